"""_rec_store_lists, the writer of the lists cache's second level: upserts by key, never replaces a list by
one computed before it, skips lists already expired, deletes expired rows a bounded batch at a time."""

from __future__ import annotations

import json
from typing import Any

import psycopg
import pytest


def entry(
    subject: str, results: list[Any], age: float = 0.0, ttl: int = 3600, **fields: Any
) -> dict[str, Any]:
    return {
        "kind": "recs",
        "subject": subject,
        "params_digest": "d1",
        "algorithm": "hybrid",
        "parameters": {"k": 2},
        "results": results,
        "lists_epoch": "7@1",
        "owner_watermark": "1:5:-",
        "age_seconds": age,
        "ttl_seconds": ttl,
        **fields,
    }


def store(conn: psycopg.Connection, lists: list[dict[str, Any]], max_expired: int = 500) -> int:
    row = conn.execute("select _rec_store_lists(%s::jsonb, %s)", (json.dumps(lists), max_expired)).fetchone()
    assert row is not None
    return int(row[0])


def rows(conn: psycopg.Connection) -> list[tuple[Any, ...]]:
    return conn.execute(
        "select subject, results, lists_epoch, owner_watermark, round(extract(epoch from expires_at - computed_at)) "
        "from rec_recommendations_cache order by subject"
    ).fetchall()


def test_upsert_by_key_keeps_the_later_list(db: psycopg.Connection) -> None:
    assert (
        store(db, [entry("user:a", [{"id": "p1"}], age=5), entry("session:s", [], owner_watermark=None)]) == 2
    )
    assert rows(db) == [
        ("session:s", [], "7@1", None, 3600),
        ("user:a", [{"id": "p1"}], "7@1", "1:5:-", 3600),
    ]
    assert store(db, [entry("user:a", [{"id": "p2"}], age=1, lists_epoch="8@1", ttl=60)]) == 1
    assert rows(db)[1] == ("user:a", [{"id": "p2"}], "8@1", "1:5:-", 60)
    # computed before the stored one (a slower writer): not written
    assert store(db, [entry("user:a", [{"id": "p3"}], age=30)]) == 0
    assert rows(db)[1][1] == [{"id": "p2"}]


def test_expired_lists_are_skipped_and_expired_rows_deleted_in_bounded_batches(
    db: psycopg.Connection,
) -> None:
    assert store(db, [entry("user:late", [], age=61, ttl=60)]) == 0
    store(db, [entry(f"user:{n}", [], ttl=100) for n in range(5)])
    db.execute("update rec_recommendations_cache set computed_at = computed_at - interval '1 hour', "
               "expires_at = expires_at - interval '1 hour'")  # fmt: skip
    store(db, [entry("user:new", [])], max_expired=2)
    assert db.execute("select count(*) from rec_recommendations_cache").fetchone() == (4,)
    store(db, [], max_expired=10)
    assert [row[0] for row in rows(db)] == ["user:new"]


@pytest.mark.parametrize(("lists", "max_expired"), [(None, 1), ({"kind": "recs"}, 1), ([], -1)])
def test_bad_arguments(db: psycopg.Connection, lists: Any, max_expired: int) -> None:
    with pytest.raises(psycopg.errors.InvalidParameterValue):
        db.execute("select _rec_store_lists(%s::jsonb, %s)", (json.dumps(lists) if lists is not None else None,
                                                               max_expired))  # fmt: skip
