"""Least privilege (sql_functions/990-privileges.sql): PUBLIC executes nothing of pgrec's; pgrec_reader reads,
pgrec_tracker tracks, pgrec_service does both and what the service needs besides; every public rec_* function
is classified in _rec_function_classes() and has its search_path pinned; what a role may execute runs as the
owner, so the roles need no privilege on the tables behind it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import ExitStack
from typing import Any

import psycopg
import pytest
from psycopg import sql

from service.core.migrate import migrate
from tests.sql.helpers import empty_tables
from tests.support.databases import temporary_database
from tests.support.postgres_source import TestPostgres
from tests.support.roles import as_login, login_role

GROUPS = ("pgrec_reader", "pgrec_tracker", "pgrec_service")
ALL_FUNCTIONS = """
select p.oid, p.oid::regprocedure::text as signature, p.proname, p.prokind, p.prosecdef,
       coalesce(p.proconfig, '{}') as config, c.class
  from pg_proc as p
  left join _rec_function_classes() as c on c.function_name = p.proname
 where p.pronamespace = 'public'::regnamespace and (p.proname like 'rec\\_%' or p.proname like '\\_rec\\_%')
 order by 2
"""


def functions(conn: psycopg.Connection) -> list[dict[str, Any]]:
    with conn.cursor(row_factory=psycopg.rows.dict_row) as cursor:
        return cursor.execute(ALL_FUNCTIONS).fetchall()


def pinned(function: dict[str, Any]) -> bool:
    return any(setting.startswith("search_path=") for setting in function["config"])


@pytest.fixture
def store(conn: psycopg.Connection) -> None:
    """Two products, a purchase of one and a view of the other, tracked and folded by the owner."""
    empty_tables(conn)
    conn.execute(
        "insert into rec_products (id, title, price) values ('mug', 'Mug', 5), ('cup', 'Cup', 4);"
        "select rec_track_interaction('owner-user', 'mug', 'purchase');"
        "select rec_track_interaction('other-user', 'cup', 'view');"
        "select * from rec_upkeep()"
    )


@pytest.fixture
def login(pg_server: TestPostgres, database_url: str) -> Iterator[Callable[..., psycopg.Connection]]:
    """`login(*groups)`: an autocommit connection to the module's database as a new login in those groups
    (none: a bare login, which may do what PUBLIC may); the roles are dropped afterwards."""
    with ExitStack() as stack:

        def connect(*groups: str) -> psycopg.Connection:
            user, password = stack.enter_context(login_role(pg_server.url, *groups))
            url = as_login(database_url, user, password)
            return stack.enter_context(psycopg.connect(url, autocommit=True))

        yield connect


def denied(connection: psycopg.Connection, statement: str) -> None:
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        connection.execute(statement)


def test_every_public_function_is_classified_and_pinned(conn: psycopg.Connection) -> None:
    public = [f for f in functions(conn) if f["proname"].startswith("rec_")]
    assert len(public) > 30
    # A new rec_* function is the owner's alone until it is listed in _rec_function_classes (990-privileges.sql)
    assert [f["signature"] for f in public if f["class"] is None] == []
    # Procedures are the exception: one with a SET clause may not commit, and rec_refresh commits per step.
    assert [f["signature"] for f in public if not pinned(f) and f["prokind"] == "f"] == []
    assert [f["signature"] for f in public if f["prokind"] == "p"] == ["rec_refresh(uuid,jsonb)"]
    path = next(s for s in public[0]["config"] if s.startswith("search_path="))
    assert path == "search_path=public, pg_temp"


def test_the_classes_name_existing_functions_only(conn: psycopg.Connection) -> None:
    names = {f["proname"] for f in functions(conn)}
    listed = {row[0] for row in conn.execute("select function_name from _rec_function_classes()")}
    assert sorted(listed - names) == []


def test_grants_follow_the_classes(conn: psycopg.Connection) -> None:
    wrong = []
    for function in functions(conn):
        klass = function["class"]
        for group in GROUPS:
            # pgrec_service is a member of the other two
            holders = {klass, "service"} if klass in ("reader", "tracker") else {klass}
            expected = group.removeprefix("pgrec_") in holders
            row = conn.execute("select has_function_privilege(%s, %s, 'execute')", (group, function["oid"]))
            if row.fetchone()[0] != expected:  # type: ignore[index]
                wrong.append((function["signature"], group, expected))
        shared = klass in ("reader", "tracker", "service")
        if function["prosecdef"] != shared or (shared and not pinned(function)):
            wrong.append((function["signature"], "security definer with a pinned path", shared))
    assert wrong == []


def test_public_executes_nothing(conn: psycopg.Connection, login: Any) -> None:
    bare = login()
    user = bare.info.user
    executable = [
        f["signature"]
        for f in functions(conn)
        if conn.execute("select has_function_privilege(%s, %s, 'execute')", (user, f["oid"])).fetchone()[0]  # type: ignore[index]
    ]
    assert executable == []
    denied(bare, "select * from rec_popular(5)")
    denied(bare, "select rec_track_interaction('u', 'mug', 'view')")
    denied(bare, "select * from rec_products")


def test_a_reader_reads_and_nothing_else(store: None, login: Any, conn: psycopg.Connection) -> None:
    reader = login("pgrec_reader")
    query = "select product_id, score from rec_personalized('owner-user', 5)"
    rows = reader.execute(query).fetchall()
    assert rows and rows == conn.execute(query).fetchall()  # the owner's list, read through the function
    assert reader.execute("select title from rec_products where id = 'mug'").fetchone() == ("Mug",)
    denied(reader, "select * from rec_refresh_all()")
    denied(reader, "select count(*) from rec_events")
    denied(reader, "select rec_track_interaction('u', 'mug', 'view')")
    denied(reader, "update rec_products set title = 'x'")


def test_a_tracker_tracks_and_nothing_else(store: None, login: Any, conn: psycopg.Connection) -> None:
    tracker = login("pgrec_tracker")
    event = tracker.execute("select rec_track_interaction('tracked-user', 'cup', 'view')").fetchone()
    assert event is not None and isinstance(event[0], int)
    found = conn.execute("select user_id from rec_events where id = %s", (event[0],)).fetchone()
    assert found == ("tracked-user",)
    denied(tracker, "select * from rec_personalized('tracked-user', 5)")
    denied(tracker, "select count(*) from rec_events")
    denied(tracker, "select * from rec_upkeep()")


def test_the_service_role_has_both_and_the_service_helpers(store: None, login: Any) -> None:
    service = login("pgrec_service")
    assert service.execute("select count(*) from rec_trending(5)").fetchone() is not None
    assert service.execute("select rec_track_interaction('s-user', 'cup', 'view')").fetchone() is not None
    assert service.execute("select _rec_list_watermark('user', 's-user')").fetchone() is not None
    assert service.execute("select count(*) from rec_recommendations_cache").fetchone() == (0,)
    assert service.execute("select count(*) from rec_analytics_daily").fetchone() is not None
    for statement in (
        "select * from rec_refresh_all()",
        "select * from rec_upkeep()",
        "select * from rec_upsert_products('[]')",
        "select * from rec_sync_medusa_catalog()",
        "select * from rec_claim_embedding_batch(10)",
        "call rec_refresh()",
        "update rec_products set is_active = false",
        "select count(*) from rec_events",
        "select count(*) from rec_analytics",
    ):
        denied(service, statement)


def test_a_callers_search_path_does_not_reach_inside(store: None, login: Any) -> None:
    """With its own rec_products first on its path, a caller still gets the lists of the real one."""
    reader = login("pgrec_reader")
    reader.execute("create temp table rec_products (id text, title text, is_active boolean)")
    reader.execute("set search_path = pg_temp, public")
    assert reader.execute("select count(*) from rec_products").fetchone() == (0,)
    assert [row[0] for row in reader.execute("select product_id from rec_popular(5)")] == ["mug", "cup"]


def test_a_migrating_role_without_createrole(pg_server: TestPostgres) -> None:
    """As on a managed database: the owner may not create roles; the revokes and pins still apply, the groups
    (here made by the session's template migration) get their grants, on functions that run as it, and what
    it may not do is reported for an administrator to run."""
    with (
        login_role(pg_server.url, prefix="pgrec_test_owner") as (owner, password),
        temporary_database(pg_server.url, "pgrec_privileges_owner") as url,
    ):
        with psycopg.connect(url, autocommit=True) as admin:
            for statement in ("alter database {} owner to {}", "alter schema public owner to {1}"):
                database = sql.Identifier(url.rsplit("/", 1)[1])
                admin.execute(sql.SQL(statement).format(database, sql.Identifier(owner)))
            admin.execute("create extension if not exists vector")  # an administrator's step on such a server
        owner_url = as_login(url, owner, password)
        # pgrec_service out of pgrec_tracker for a moment: the owner may not put it back, and says so.
        with psycopg.connect(pg_server.url, autocommit=True) as admin:
            admin.execute("revoke pgrec_tracker from pgrec_service")
            try:
                notices = migrate(owner_url).notices
            finally:
                admin.execute("grant pgrec_tracker to pgrec_service")
        assert notices == [
            f'pgrec: {owner} may not grant pgrec_tracker to pgrec_service: have an administrator run "grant '
            'pgrec_tracker to pgrec_service;"'
        ]
        with psycopg.connect(owner_url, autocommit=True) as conn:
            found = functions(conn)
            assert len(found) > 100
            others = conn.execute(
                "select count(*) filter (where p.proowner <> current_user::regrole),"
                "       count(*) filter (where a.grantee = 0)"
                "  from pg_proc as p, aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) as a"
                " where p.oid = any(%s)",
                ([f["oid"] for f in found],),
            ).fetchone()
            assert others == (0, 0)  # all the owner's, none executable by PUBLIC
            assert pinned(next(f for f in found if f["proname"] == "rec_popular"))
        with (
            login_role(pg_server.url, "pgrec_reader") as (user, secret),
            psycopg.connect(as_login(url, user, secret), autocommit=True) as reader,
        ):
            assert reader.execute("select count(*) from rec_popular(5)").fetchone() == (0,)
            denied(reader, "select * from rec_refresh_all()")
