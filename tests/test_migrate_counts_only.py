"""Migration 0150 keeps only the derived state serving reads: the stored pair metrics and the content
neighbours of a running store go, the counts and every other neighbour method stay."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from service.core.migrate import apply_functions, apply_migrations
from service.core.paths import MIGRATIONS_DIR
from tests.support.databases import database_before_migration
from tests.support.postgres_source import TestPostgres


@pytest.fixture
def store_before_0150(pg_server: TestPostgres, tmp_path: Path) -> Iterator[str]:
    with database_before_migration(pg_server.url, "0150", tmp_path) as url:
        yield url


def test_0150_drops_stored_metrics_and_content_rows(store_before_0150: str) -> None:
    url = store_before_0150
    with psycopg.connect(url) as conn:
        conn.execute(
            "insert into rec_products (id, title) values ('a', 'Apple'), ('b', 'Bread'), ('c', 'Cheese')"
        )
        conn.execute("update rec_basket_totals set basket_count = 4")
        conn.execute(
            "insert into rec_product_basket_counts (product_id, basket_count) values ('a', 2), ('b', 3)"
        )
        # stored metrics as the old code left them: stale (N was 3 when they were written)
        conn.execute(
            "insert into rec_frequently_together (product_id, other_product_id, pair_count, support, confidence, "
            "lift, last_seen_at) values ('a', 'b', 2, 0.667, 1, 1, '2026-01-02'), "
            "('b', 'a', 2, 0.667, 0.667, 1, '2026-01-02')"
        )
        conn.execute(
            "insert into rec_product_similarities (method, product_id, similar_product_id, score, rank) values "
            "('content', 'a', 'b', 0.9, 1), ('co_interaction', 'a', 'b', 0.5, 1), ('ease', 'b', 'c', 0.2, 1)"
        )
    later = sorted(path.stem for path in MIGRATIONS_DIR.glob("*.sql") if path.name >= "0150")
    assert later[0] == "0150.counts-only-derived-state" and apply_migrations(url) == later
    apply_functions(url, force=True)
    with psycopg.connect(url) as conn:
        columns = conn.execute(
            "select attname from pg_attribute where attrelid = 'rec_frequently_together'::regclass "
            "and attnum > 0 and not attisdropped order by attnum"
        ).fetchall()
        assert [c for (c,) in columns] == ["product_id", "other_product_id", "pair_count"]
        metrics = conn.execute(
            "select product_id, other_product_id, pair_count, support, confidence, lift "
            "from rec_frequently_together_metrics order by 1, 2"
        ).fetchall()
        # from the live counts: N = 4, n(a) = 2, n(b) = 3
        assert metrics == [
            ("a", "b", 2, pytest.approx(0.5), pytest.approx(1.0), pytest.approx(4 / 3)),
            ("b", "a", 2, pytest.approx(0.5), pytest.approx(2 / 3), pytest.approx(4 / 3)),
        ]
        methods = conn.execute(
            "select method, product_id, similar_product_id from rec_product_similarities order by 1"
        ).fetchall()
        assert methods == [("co_interaction", "a", "b"), ("ease", "b", "c")]
