"""Embedding components too small for float4 once decayed: MiniLM emits some near 1e-36, and a taste term
that scales one by an old event's decay (here 2^-35) underflowed, so pgvector failed the whole refresh
with "value out of range: underflow" (it did on MovieLens, 1995-2016). rec_store_embeddings stores such
components as 0, and migration 0320 cleans vectors stored before."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import psycopg
import pytest

from tests.cli import REPO_ROOT
from tests.sql.helpers import add_product, set_embedding, track_batch, unit

TINY = 1e-36
MIGRATION = REPO_ROOT / "migrations" / "0320.flush-tiny-embedding-components.sql"


def with_tiny_component() -> list[float]:
    vector = unit((0, 1.0), (1, 1.0))
    vector[2] = TINY
    return vector


def store(conn: psycopg.Connection, product_id: str, vector: list[float]) -> None:
    row = conn.execute("select content_hash from rec_products where id = %s", (product_id,)).fetchone()
    assert row is not None
    conn.execute(
        "select rec_store_embeddings(array[%s], array[%s::vector], array[%s], 'test')",
        (product_id, str(vector), row[0]),
    )


def stored(conn: psycopg.Connection, product_id: str) -> list[float]:
    row = conn.execute(
        "select embedding::real[] from rec_product_embeddings where product_id = %s", (product_id,)
    ).fetchone()
    assert row is not None
    return list(row[0])


def long_history(conn: psycopg.Connection) -> None:
    """A user's view of `old`, then 35 view half-lives (14 days each) later one of `recent`: the old view's
    decay is 2^-35 = 2.9e-11, and 1e-36 * 2.9e-11 is below the smallest float4."""
    first = datetime(2010, 1, 1, tzinfo=UTC)
    events: list[dict[str, Any]] = [
        {"user_id": "u", "product_id": "old", "interaction_type": "view", "occurred_at": first.isoformat()},
        {
            "user_id": "u",
            "product_id": "recent",
            "interaction_type": "view",
            "occurred_at": (first + timedelta(days=35 * 14)).isoformat(),
        },
    ]
    track_batch(conn, events)
    conn.execute("select * from rec_upkeep()")  # folds the queued events into the taste terms


def test_store_sets_tiny_components_to_zero(db: psycopg.Connection) -> None:
    add_product(db, "old")
    vector = with_tiny_component()
    store(db, "old", vector)
    saved = stored(db, "old")
    assert saved[2] == 0.0
    assert saved[:2] == pytest.approx(vector[:2], rel=1e-6)


def test_refresh_on_a_long_history_with_a_stored_tiny_component(db: psycopg.Connection) -> None:
    add_product(db, "old")
    add_product(db, "recent", embedding=unit((1, 1.0)))
    store(db, "old", with_tiny_component())
    long_history(db)  # the fold: raised 22003 underflow before
    db.execute("select * from rec_refresh_all()")  # the rebuild: so did it
    row = db.execute(
        "select taste_magnitude from rec_user_taste_terms where user_id = 'u' and interaction_type = 'view'"
    ).fetchone()
    assert row is not None and row[0] > 0


def test_migration_cleans_vectors_stored_before(db: psycopg.Connection) -> None:
    add_product(db, "old")
    add_product(db, "recent", embedding=unit((1, 1.0)))
    set_embedding(db, "old", with_tiny_component())  # written directly, as rows stored before the fix
    assert stored(db, "old")[2] == pytest.approx(TINY)
    with pytest.raises(psycopg.errors.NumericValueOutOfRange, match="underflow"):
        long_history(db)
    db.execute(MIGRATION.read_text())
    assert stored(db, "old")[2] == 0.0
    db.execute("select * from rec_upkeep()")
    db.execute("select * from rec_refresh_all()")
    assert db.execute("select count(*) from rec_user_taste_terms where user_id = 'u'").fetchone() == (1,)
