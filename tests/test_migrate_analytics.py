"""Migration 0060 turns the row-per-item rec_analytics of a running store into one row per answer,
keeping every impression, its order and every outcome."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import psycopg
import pytest

from service.core.migrate import apply_functions, apply_migrations
from service.core.paths import MIGRATIONS_DIR
from tests.support.databases import database_before_migration
from tests.support.postgres_source import TestPostgres

R1 = uuid.UUID("00000000-0000-0000-0000-000000000001")
R2 = uuid.UUID("00000000-0000-0000-0000-000000000002")


@pytest.fixture
def store_before_0060(pg_server: TestPostgres, tmp_path: Path) -> Iterator[str]:
    with database_before_migration(pg_server.url, "0060", tmp_path) as url:
        yield url


def test_0060_keeps_impressions_positions_and_outcomes(store_before_0060: str) -> None:
    url = store_before_0060
    with psycopg.connect(url) as conn:
        conn.execute(
            """insert into rec_analytics (request_id, product_id, user_id, algorithm, position, shown_at,
                                          clicked_at, purchased_at, revenue)
               values (%(r1)s, 'b', 'u1', 'hybrid', 2, '2026-03-01T10:00:00Z', '2026-03-01T10:01:00Z', null, 0),
                      (%(r1)s, 'a', 'u1', 'hybrid', 1, '2026-03-01T10:00:00Z', null, '2026-03-01T10:05:00Z', 12.5),
                      (%(r1)s, 'c', 'u1', 'hybrid', 3, '2026-03-01T10:00:00Z', null, null, 0),
                      (%(r2)s, 'c', null, 'similar', 1, '2026-03-02T08:00:00Z', null, null, 0)""",
            {"r1": R1, "r2": R2},
        )
    # 0060 and whatever came after it (their own tests cover those).
    later = sorted(path.stem for path in MIGRATIONS_DIR.glob("*.sql") if path.name >= "0060")
    assert later[0] == "0060.analytics-per-answer" and apply_migrations(url) == later
    apply_functions(url, force=True)
    with psycopg.connect(url) as conn:
        answers = conn.execute(
            "select request_id, user_id, algorithm, product_ids, shown_at::text from rec_analytics order by 1"
        ).fetchall()
        assert answers == [
            (R1, "u1", "hybrid", ["a", "b", "c"], "2026-03-01 10:00:00+00"),
            (R2, None, "similar", ["c"], "2026-03-02 08:00:00+00"),
        ]
        outcomes = conn.execute(
            "select product_id, clicked_at is not null, purchased_at is not null, revenue "
            "from rec_analytics_outcomes order by 1"
        ).fetchall()
        assert outcomes == [("a", False, True, Decimal("12.5000")), ("b", True, False, Decimal("0.0000"))]
        daily = conn.execute(
            "select day::text, algorithm, impressions, clicks, purchases, revenue from rec_analytics_daily order by 1"
        ).fetchall()
        assert daily == [
            ("2026-03-01", "hybrid", 3, 1, 1, Decimal("12.5000")),
            ("2026-03-02", "similar", 1, 0, 0, Decimal("0")),
        ]
