"""rec_sync_medusa_catalog / rec_sync_medusa_orders called in SQL on the real Medusa 2.21.2 store (tests/medusa):
what the command's end-to-end tests do not show (derived state after upkeep, `since`, long histories, hard
deletes) and the 42P01 error where Medusa is absent."""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest

from tests.medusa.store import apply_store_changes
from tests.sql.baskets import basket_state, rebuilt_basket_state
from tests.support.upkeep import fold

CATALOG = "select * from rec_sync_medusa_catalog()"
ORDERS = "select * from rec_sync_medusa_orders()"
POPULARITY = "select product_id, popularity, users, events from rec_product_popularity order by 1"


@pytest.fixture
def store(medusa_url: str) -> Iterator[psycopg.Connection]:
    with psycopg.connect(medusa_url, autocommit=True) as conn:
        yield conn


def ids(conn: psycopg.Connection, query: str) -> dict[str, str]:
    return dict(conn.execute(query).fetchall())


def products(conn: psycopg.Connection) -> dict[str, str]:
    return ids(conn, "select handle, id from product")


@pytest.mark.parametrize("call", ["rec_sync_medusa_catalog()", "rec_sync_medusa_orders()"])
def test_missing_medusa_tables_raise(conn: psycopg.Connection, call: str) -> None:
    with pytest.raises(psycopg.Error) as caught:
        conn.execute(f"select * from {call}")
    assert caught.value.sqlstate == "42P01"
    assert "Medusa v2 tables not found in schema public: " in str(caught.value)
    assert "order_line_item" in str(caught.value) or "product_variant" in str(caught.value)


def test_the_catalog_sync_writes_nothing_twice_and_follows_publishing_and_hard_deletes(
    store: psycopg.Connection,
) -> None:
    handles = products(store)
    assert store.execute(CATALOG).fetchone() == (5, 5, 0, 0)
    stamp = store.execute("select max(updated_at) from rec_products").fetchone()
    assert store.execute(CATALOG).fetchone() == (5, 0, 0, 0)
    assert store.execute("select max(updated_at) from rec_products").fetchone() == stamp
    # the admin publishes the sweatpants; someone deletes the hoodie's row by hand (Medusa itself soft-deletes)
    store.execute("update product set status = 'published' where handle = 'sweatpants'")
    store.execute("delete from product where handle = 'hoodie'")
    assert store.execute(CATALOG).fetchone() == (4, 0, 1, 1)
    active = dict(store.execute("select id, is_active from rec_products").fetchall())
    assert {handle: active[id_] for handle, id_ in handles.items()} == {
        "cap": True,
        "hoodie": False,
        "scarf": True,
        "sweatpants": True,
        "t-shirt": True,
    }


def test_purchases_fold_into_preferences_and_baskets(store: psycopg.Connection) -> None:
    p = products(store)
    store.execute(CATALOG)
    assert store.execute(ORDERS).fetchone() == (4, 8, 0, 0)
    fold(store)
    counts = store.execute(
        "select c.email, r.interaction_count from rec_user_preferences r join customer c on c.id = r.user_id order by 1"
    ).fetchall()
    assert counts == [("jane@example.com", 4), ("john@example.com", 4)]
    pairs = store.execute(
        "select product_id, other_product_id, pair_count from rec_frequently_together where pair_count > 0"
    ).fetchall()
    by_handle = {v: k for k, v in p.items()}
    assert sorted((by_handle[a], by_handle[b], n) for a, b, n in pairs) == [
        ("cap", "hoodie", 1),  # order 6
        ("cap", "t-shirt", 2),  # orders 1 and 2
        ("hoodie", "cap", 1),
        ("scarf", "t-shirt", 1),  # order 3
        ("t-shirt", "cap", 2),
        ("t-shirt", "scarf", 1),
    ]
    assert store.execute(ORDERS).fetchone() == (4, 0, 0, 0)


def test_an_edit_and_a_cancellation_after_a_sync_leave_derived_state_equal_to_a_rebuild(
    store: psycopg.Connection, medusa_url: str
) -> None:
    """Order 1 edited to version 2 (cap dropped, hoodie added) and order 6 canceled in Medusa after the first
    sync: once synced again and folded, baskets, pairs and popularity equal a recount from the log."""
    store.execute(CATALOG)
    store.execute(ORDERS)
    fold(store)
    apply_store_changes(medusa_url)
    store.execute(CATALOG)
    assert store.execute(ORDERS).fetchone() == (4, 3, 4, 0)
    fold(store)
    folded = basket_state(store)
    corrected = store.execute(POPULARITY).fetchall()
    assert rebuilt_basket_state(store) == folded
    store.execute("select rec_refresh_popularity()")
    assert store.execute(POPULARITY).fetchall() == corrected
    by_handle = {v: k for k, v in products(store).items()}
    assert sorted((by_handle[a], by_handle[b], n) for a, b, n in folded["pairs"]) == [
        ("cap", "t-shirt", 1),  # order 2 only: order 1 lost its cap
        ("hoodie", "t-shirt", 1),  # order 1, version 2
        ("scarf", "t-shirt", 1),
        ("t-shirt", "cap", 1),
        ("t-shirt", "hoodie", 1),
        ("t-shirt", "scarf", 1),
    ]


def test_order_sync_since(store: psycopg.Connection) -> None:
    store.execute(CATALOG)
    since = store.execute('select created_at from "order" where display_id = 3').fetchone()[0]
    assert store.execute("select * from rec_sync_medusa_orders(%s)", (since,)).fetchone() == (2, 4, 0, 0)
    assert store.execute(
        "select distinct o.display_id from rec_events i join \"order\" o on o.id = i.context->>'order_id' "
        "order by 1"
    ).fetchall() == [(3,), (6,)]


def test_a_long_history_syncs_in_batches_and_corrections_keep_popularity_right(
    store: psycopg.Connection,
) -> None:
    """Order 3 (two lines) copied 2,600 times, a minute apart before it, for 300 customers (5,200 purchases: two
    batches of 5,000), then 100 copies canceled: every purchase recorded once, and popularity after the correction equals a recount."""
    store.execute(CATALOG)
    store.execute(
        'insert into "order" select (jsonb_populate_record(null::"order", to_jsonb(o) || jsonb_build_object('
        "'id', 'bulk_' || g, 'display_id', 1000 + g, 'customer_id', 'cus_bulk_' || (g % 300), "
        "'created_at', o.created_at - g * interval '1 minute'))).* "
        'from "order" o, generate_series(1, 2600) g where o.display_id = 3'
    )
    store.execute(
        "insert into order_item select (jsonb_populate_record(null::order_item, to_jsonb(oi) || jsonb_build_object("
        "'id', oi.id || '_bulk_' || g, 'order_id', 'bulk_' || g))).* "
        'from order_item oi join "order" o on o.id = oi.order_id, generate_series(1, 2600) g where o.display_id = 3'
    )
    assert store.execute(ORDERS).fetchone() == (2604, 5208, 0, 0)
    assert store.execute(
        "select count(*), count(distinct external_id) from rec_events where context->>'order_id' like 'bulk_%'"
    ).fetchone() == (5200, 5200)
    fold(store)
    store.execute(
        "update \"order\" set status = 'canceled' where id in (select 'bulk_' || g from generate_series(1, 100) g)"
    )
    assert store.execute(ORDERS).fetchone() == (2604 - 100, 0, 200, 0)
    fold(store)
    corrected = store.execute(POPULARITY).fetchall()
    store.execute("select rec_refresh_popularity()")
    assert store.execute(POPULARITY).fetchall() == corrected
