"""`pgrec import interactions` defers preferences, popularity and baskets to one rebuild: same end state."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest
from psycopg.types.json import Jsonb

from service.importers.interactions import import_interactions
from service.importers.products import import_products
from tests.importers.test_products_and_interactions import PRODUCTS_JSONL, write_jsonl

EVENTS = [
    {"user_id": "u1", "product_id": "lantern", "interaction_type": "view", "occurred_at": "2025-01-02T03:04:05Z"},
    {"user_id": "u1", "product_id": "mug", "interaction_type": "click", "occurred_at": "2025-01-02T03:05:00Z"},
    {"user_id": "u1", "product_id": "mug", "interaction_type": "purchase", "context": {"order_id": "o1"},
     "occurred_at": "2025-01-02T03:09:00Z"},
    {"user_id": "u1", "product_id": "lantern", "interaction_type": "purchase", "context": {"order_id": "o1"},
     "occurred_at": "2025-01-02T03:09:00Z"},
    {"user_id": "u2", "product_id": "mug", "interaction_type": "view", "session_id": "s2",
     "occurred_at": "2025-02-01T10:00:00Z"},
    {"user_id": "u2", "product_id": "mug", "interaction_type": "purchase", "session_id": "s2", "quantity": 3,
     "occurred_at": "2025-02-01T10:05:00Z"},
    {"user_id": "u2", "product_id": "old", "interaction_type": "purchase", "session_id": "s2",
     "occurred_at": "2025-02-01T10:05:00Z"},
    {"user_id": "u3", "product_id": "lantern", "interaction_type": "add_to_cart", "occurred_at": "2025-03-01T00:00:00Z"},
]  # fmt: skip

DERIVED = "rec_user_preferences, rec_user_taste_terms, rec_user_basket_items, rec_frequently_together"
SNAPSHOT = [
    "select user_id, interaction_count, interaction_counts, first_seen_at, last_seen_at, "
    "(select jsonb_object_agg(key, round(value::numeric, 9)) from jsonb_each_text(category_scores)) "
    "from rec_user_preferences where interaction_count > 0 order by user_id",
    "select product_id, popularity, users, events from rec_product_popularity order by product_id",
    "select user_id, basket_id, product_id from rec_user_basket_items order by 1, 2, 3",
    "select product_id, other_product_id, pair_count, round(lift::numeric, 9) from rec_frequently_together order by 1, 2",
    "select basket_count from rec_basket_totals",
]


def snapshot(conn: psycopg.Connection) -> list[list[tuple]]:
    return [conn.execute(query).fetchall() for query in SNAPSHOT]


@pytest.fixture(autouse=True)
def empty(conn: psycopg.Connection) -> None:
    conn.execute("delete from rec_user_interactions")
    conn.execute("delete from rec_products")
    conn.execute(f"truncate {DERIVED}")
    conn.execute("update rec_basket_totals set basket_count = 0")


def test_deferred_import_ends_where_live_tracking_ends(
    tmp_path: Path, database_url: str, conn: psycopg.Connection
) -> None:
    import_products(database_url, write_jsonl(tmp_path / "p.jsonl", PRODUCTS_JSONL), progress=False)
    conn.execute("select rec_track_interactions(%s)", (Jsonb(EVENTS),))  # triggers on, one statement
    live = snapshot(conn)
    assert live[0] and live[1] and live[2] and live[3], "the fixture exercises every derived table"

    conn.execute("delete from rec_user_interactions")
    conn.execute(f"truncate {DERIVED}")
    conn.execute("delete from rec_product_popularity")
    conn.execute("update rec_basket_totals set basket_count = 0")
    report = import_interactions(
        database_url, write_jsonl(tmp_path / "e.jsonl", EVENTS), batch_size=3, progress=False
    )
    assert report.events_inserted == len(EVENTS)
    assert snapshot(conn) == live


def test_the_setting_defers_only_its_own_transaction(database_url: str, conn: psycopg.Connection) -> None:
    conn.execute("insert into rec_products (id, title) values ('lantern', 'Lantern')")
    with conn.transaction():
        conn.execute("select set_config('pgrec.defer_derived', 'on', true)")
        conn.execute("select rec_track_interaction('u1', 'lantern', 'view')")
    assert conn.execute(
        "select count(*) from rec_user_preferences where interaction_count > 0"
    ).fetchone() == (0,)
    conn.execute(
        "select rec_track_interaction('u2', 'lantern', 'view')"
    )  # a later transaction: upkeep as usual
    assert conn.execute(
        "select user_id from rec_user_preferences where interaction_count > 0"
    ).fetchall() == [("u2",)]
    rows = conn.execute("select step from rec_refresh_after_import(array['u1'])").fetchall()
    assert rows == [("preferences",), ("popularity",), ("frequently_together",)]
    counts = conn.execute("select user_id, interaction_count from rec_user_preferences order by 1").fetchall()
    assert counts == [("u1", 1), ("u2", 1)]
