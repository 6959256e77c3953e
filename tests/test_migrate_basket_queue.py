"""Migration 0180: rec_basket_queue holds baskets to recount, not event ids; the events a running store had
put off become their baskets, which the next fold recounts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from service.core.migrate import apply_functions, apply_migrations
from tests.support.databases import database_before_migration
from tests.support.postgres_source import TestPostgres
from tests.support.upkeep import fold


@pytest.fixture
def store_before_0180(pg_server: TestPostgres, tmp_path: Path) -> Iterator[str]:
    with database_before_migration(pg_server.url, "0180", tmp_path) as url:
        yield url


def test_0180_turns_queued_events_into_their_baskets(store_before_0180: str) -> None:
    url = store_before_0180
    with psycopg.connect(url) as conn:
        conn.execute("insert into rec_products (id, title) values ('a', 'Apple'), ('b', 'Bread')")
        ids = [
            row[0]
            for row in conn.execute(
                "insert into rec_user_interactions (user_id, session_id, product_id, interaction_type, context) "
                "values ('u1', 's1', 'a', 'purchase', '{\"order_id\": \"o1\"}'), "
                "('u1', 's1', 'b', 'purchase', '{\"order_id\": \"o1\"}'), "
                "('u2', 's2', 'a', 'purchase', '{}'), ('u3', null, 'a', 'purchase', '{}') returning id"
            ).fetchall()
        ]
        conn.execute("insert into rec_basket_queue (event_id) select unnest(%s::bigint[])", (ids,))
    apply_migrations(url)
    apply_functions(url, force=True)
    with psycopg.connect(url, autocommit=True) as conn:
        assert conn.execute("select user_id, basket_id from rec_basket_queue order by 1").fetchall() == [
            ("u1", "order:o1"),
            ("u2", "session:s2"),
        ]
        fold(conn)
        assert conn.execute(
            "select user_id, basket_id, product_id from rec_user_basket_items order by 1, 3"
        ).fetchall() == [("u1", "order:o1", "a"), ("u1", "order:o1", "b"), ("u2", "session:s2", "a")]
        assert conn.execute("select basket_count from rec_basket_totals").fetchone() == (2,)
        assert conn.execute("select count(*) from rec_frequently_together").fetchone() == (2,)
