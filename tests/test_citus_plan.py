"""The schema keeps to the Citus plan (service/core/citus_plan.py): every table placed, unique keys
with the distribution column, no foreign key from a reference table to a distributed one, triggers on
distributed tables accounted for; `pgrec migrate --citus` prints the calls that distribute it."""

from __future__ import annotations

import re
from collections.abc import Iterator

import psycopg
import pytest

from service.core import citus_plan
from tests.cli import pgrec_env, run_pgrec


def test_the_migrated_schema_keeps_to_the_plan(conn: psycopg.Connection) -> None:
    assert citus_plan.violations(citus_plan.read_schema(conn)) == []


def test_the_seed_tables_of_one_user_share_a_shard() -> None:
    per_user = {"rec_user_interactions", "rec_user_preferences", "rec_user_segments"}
    assert {citus_plan.PLAN[t].column for t in per_user} == {"user_id"}
    assert {citus_plan.PLAN[t].colocate_with or t for t in per_user} == {"rec_user_interactions"}
    for table in (
        "rec_products",
        "rec_product_embeddings",
        "rec_product_similarities",
        "rec_frequently_together",
    ):
        assert citus_plan.PLAN[table].kind == "reference", table


@pytest.fixture
def scratch(conn: psycopg.Connection) -> Iterator[psycopg.Connection]:
    """The module's database inside a transaction that is rolled back: breakage never persists."""
    conn.autocommit = False
    try:
        yield conn
    finally:
        conn.rollback()
        conn.autocommit = True


BREAKAGES = {
    "a table nobody placed": (
        "create table rec_new_thing (id int primary key)",
        "rec_new_thing: not in the Citus plan",
    ),
    "a unique key without user_id": (
        "create unique index rec_prefs_bad on rec_user_preferences (updated_at)",
        "rec_user_preferences: unique index rec_prefs_bad",
    ),
    "a reference table pointing at a distributed one": (
        "alter table rec_product_popularity add column u text, "
        "add foreign key (u) references rec_user_preferences (user_id)",
        "rec_product_popularity -> rec_user_preferences: a reference table may not reference a distributed one",
    ),
    "a foreign key across co-location groups": (
        "alter table rec_analytics add foreign key (user_id) references rec_user_preferences (user_id)",
        "rec_analytics -> rec_user_preferences: a foreign key between tables that are not co-located",
    ),
    "a new trigger on the event log": (
        "create trigger rec_extra after insert on rec_user_interactions "
        "for each statement execute function _rec_queue_events_trigger()",
        "rec_user_interactions: trigger rec_extra on a distributed table",
    ),
}


@pytest.mark.parametrize("case", sorted(BREAKAGES))
def test_each_rule_catches_its_breakage(scratch: psycopg.Connection, case: str) -> None:
    ddl, expected = BREAKAGES[case]
    scratch.execute(ddl)
    found = citus_plan.violations(citus_plan.read_schema(scratch))
    assert any(v.startswith(expected) for v in found), found


def test_migrate_citus_prints_the_distribution_script(database_url: str) -> None:
    done = run_pgrec("migrate", "--citus", env=pgrec_env(PGREC_DATABASE_URL=database_url))
    assert done.returncode == 0, done.stderr
    script = done.stdout
    assert "database:" not in script  # the report goes to stderr; stdout is SQL alone
    calls = re.findall(r"select (create_\w+)\('(\w+)'", script)
    placed = {table: call for call, table in calls}
    assert placed.keys() == citus_plan.PLAN.keys()
    assert placed["rec_products"] == "create_reference_table"
    assert (
        "create_distributed_table('rec_user_preferences', 'user_id', colocate_with => 'rec_user_interactions')"
        in script
    )
    # Citus needs a reference table before the reference tables that point at it.
    order = [table for _, table in calls]
    assert order.index("rec_products") < order.index("rec_product_embeddings")
    assert order.index("rec_user_interactions") < order.index("rec_user_preferences")
