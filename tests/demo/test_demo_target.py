"""`pgrec demo` never writes its invented data into a store's database: a database with products,
events or tables of its own is refused before anything is written, unless a flag says otherwise."""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest

from service.cli.demo_target import NotADemoDatabase, claim_for_demo, mark_as_demo
from service.core.migrate import migrate
from tests.cli import pgrec_env, run_pgrec
from tests.support.databases import temporary_database
from tests.support.postgres_source import TestPostgres


@pytest.fixture
def empty_database(pg_server: TestPostgres) -> Iterator[str]:
    with temporary_database(pg_server.url, "pgrec_demo_target") as url:
        yield url


def demo_env(database_url: str) -> dict[str, str]:
    """`pgrec demo` against this database with the cache off: the demo starts its cache first, and an
    embedded one would be the user's own (PGREC_DATA_DIR's default), left running after the test."""
    return pgrec_env(PGREC_DATABASE_URL=database_url, PGREC_REDIS_URL="none")


def tables(url: str) -> list[str]:
    with psycopg.connect(url) as conn:
        rows = conn.execute("select tablename from pg_tables where schemaname = 'public' order by 1")
        return [str(name) for (name,) in rows]


def test_a_store_with_its_own_product_is_refused_and_left_as_it_was(empty_database: str) -> None:
    migrate(empty_database)
    with psycopg.connect(empty_database) as conn:
        conn.execute(
            "insert into rec_products (id, title, price, currency) values ('85123A', 'Our lantern', 99, 'EUR')"
        )
    result = run_pgrec("demo", "--no-serve", env=demo_env(empty_database))
    assert result.returncode == 1, result.stdout + result.stderr
    assert "refusing to write demo data" in result.stderr and "1 products" in result.stderr
    assert "--into-existing-database" in result.stderr and "Traceback" not in result.stderr
    with psycopg.connect(empty_database) as conn:
        product = conn.execute("select title, price, currency from rec_products").fetchall()
        (events,) = conn.execute("select count(*) from rec_events").fetchone()
    assert product == [("Our lantern", 99, "EUR")] and events == 0


def test_a_medusa_database_without_pgrec_is_refused_before_migrating(empty_database: str) -> None:
    with psycopg.connect(empty_database) as conn:
        conn.execute("create table product (id text primary key, title text)")
        conn.execute('create table "order" (id text primary key)')
    result = run_pgrec("demo", "--no-serve", env=demo_env(empty_database))
    assert result.returncode == 1 and "public.product" in result.stderr, result.stderr
    assert tables(empty_database) == ["order", "product"]  # not even the rec_* schema was created


def test_an_empty_database_becomes_the_demos_and_stays_accepted(empty_database: str) -> None:
    assert claim_for_demo(empty_database) is False  # empty: usable, not yet marked
    migrate(empty_database)
    mark_as_demo(empty_database)
    with psycopg.connect(empty_database) as conn:
        conn.execute("insert into rec_products (id, title) values ('85123A', 'demo lantern')")
        conn.execute("create table scratch_notes (note text)")
    assert claim_for_demo(empty_database) is True


def test_an_unmarked_database_with_events_is_refused(empty_database: str) -> None:
    migrate(empty_database)
    with psycopg.connect(empty_database) as conn:
        conn.execute("insert into rec_products (id, title) values ('p1', 'a product')")
        conn.execute(
            "insert into rec_user_interactions (user_id, product_id, interaction_type) values ('u1', 'p1', 'view')"
        )
    with pytest.raises(NotADemoDatabase, match=r"1 products and 1 events"):
        claim_for_demo(empty_database)
