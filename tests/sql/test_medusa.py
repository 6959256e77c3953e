"""rec_sync_medusa_catalog / rec_sync_medusa_orders against a minimal Medusa v2 schema."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import psycopg
import pytest

from tests.sql.baskets import basket_state, rebuilt_basket_state
from tests.sql.medusa_schema import create_store, drop_store
from tests.support.upkeep import fold


@pytest.fixture
def store(db: psycopg.Connection) -> Iterator[psycopg.Connection]:
    create_store(db)
    try:
        yield db
    finally:
        drop_store(db)


@pytest.mark.parametrize("call", ["rec_sync_medusa_catalog()", "rec_sync_medusa_orders()"])
def test_missing_medusa_tables_raise(db: psycopg.Connection, call: str) -> None:
    with pytest.raises(psycopg.Error) as caught:
        db.execute(f"select * from {call}")
    assert caught.value.sqlstate == "42P01"
    assert "Medusa v2 tables not found in schema public: " in str(caught.value)
    assert "order_line_item" in str(caught.value) or "product_variant" in str(caught.value)


def catalog(conn: psycopg.Connection) -> dict[str, tuple[object, ...]]:
    rows = conn.execute(
        "select id, title, description, categories, tags, collection, product_type, handle, price, currency, thumbnail, "
        "is_active, source, metadata from rec_products order by id"
    ).fetchall()
    return {row[0]: row[1:] for row in rows}


def test_catalog_sync(store: psycopg.Connection) -> None:
    assert store.execute("select * from rec_sync_medusa_catalog()").fetchone() == (5, 5, 0, 0)
    assert catalog(store) == {
        "prod_bag": (
            "Beach Bag",
            "Roomy",
            [],
            [],
            None,
            None,
            "beach-bag",
            None,
            None,
            None,
            True,
            "medusa",
            {},
        ),
        "prod_draft": (
            "Secret Sock",
            "",
            [],
            [],
            None,
            None,
            "secret-sock",
            None,
            None,
            None,
            False,
            "medusa",
            {},
        ),
        "prod_gone": (
            "Old Scarf",
            "",
            [],
            [],
            None,
            None,
            "old-scarf",
            None,
            None,
            None,
            False,
            "medusa",
            {},
        ),
        "prod_hat": (
            "Sun Hat",
            "",
            ["Clothing"],
            [],
            None,
            None,
            "sun-hat",
            Decimal("12.5000"),
            "eur",
            None,
            True,
            "medusa",
            {},
        ),
        "prod_tee": (
            "Linen Tee",
            "A light tee",
            ["Clothing", "Tops"],
            ["linen", "summer"],
            "Summer",
            "Shirt",
            "linen-tee",
            Decimal("20.0000"),
            "usd",
            "https://img/tee.jpg",
            True,
            "medusa",
            {"fabric": "linen"},
        ),
    }


def test_catalog_sync_is_idempotent_and_follows_changes(store: psycopg.Connection) -> None:
    store.execute("select * from rec_sync_medusa_catalog()")
    stamp = store.execute("select max(updated_at) from rec_products").fetchone()
    assert store.execute("select * from rec_sync_medusa_catalog()").fetchone() == (5, 0, 0, 0)
    assert store.execute("select max(updated_at) from rec_products").fetchone() == stamp
    store.execute("update product set title = 'Linen Tee 2', status = 'draft' where id = 'prod_tee'")
    store.execute("update product set status = 'published' where id = 'prod_draft'")
    store.execute("delete from product where id = 'prod_bag'")
    assert store.execute("select * from rec_sync_medusa_catalog()").fetchone() == (4, 0, 2, 1)
    rows = store.execute("select id, title, is_active from rec_products order by id").fetchall()
    assert rows == [
        ("prod_bag", "Beach Bag", False),
        ("prod_draft", "Secret Sock", True),
        ("prod_gone", "Old Scarf", False),
        ("prod_hat", "Sun Hat", True),
        ("prod_tee", "Linen Tee 2", False),
    ]


def purchases(conn: psycopg.Connection) -> list[tuple[object, ...]]:
    return conn.execute(
        "select user_id, product_id, quantity, unit_price, created_at::text, external_id, context "
        "from rec_user_interactions where interaction_type = 'purchase' order by user_id, created_at, product_id"
    ).fetchall()


def test_order_sync(store: psycopg.Connection) -> None:
    store.execute("set timezone = 'UTC'")
    store.execute("select * from rec_sync_medusa_catalog()")
    assert store.execute("select * from rec_sync_medusa_orders()").fetchone() == (2, 3, 0, 1)
    ctx1 = {
        "order_id": "order_1",
        "order_version": 2,
        "display_id": "1",
        "currency": "usd",
        "source": "medusa",
    }
    ctx5 = {
        "order_id": "order_5",
        "order_version": 1,
        "display_id": "5",
        "currency": "eur",
        "source": "medusa",
    }
    assert purchases(store) == [
        (
            "cus_1",
            "prod_bag",
            1,
            Decimal("30.0000"),
            "2026-02-01 10:00:00+00",
            "medusa:order_1:prod_bag",
            ctx1,
        ),
        # version 2 only: tee 1 x 25 + 2 x 20; the hat of version 1 is gone
        (
            "cus_1",
            "prod_tee",
            3,
            Decimal("21.6667"),
            "2026-02-01 10:00:00+00",
            "medusa:order_1:prod_tee",
            ctx1,
        ),
        (
            "cus_2",
            "prod_hat",
            2,
            Decimal("12.5000"),
            "2026-03-01 10:00:00+00",
            "medusa:order_5:prod_hat",
            ctx5,
        ),
    ]
    # the purchases went through tracking: once upkeep folded them, preferences and baskets are current
    fold(store)
    assert store.execute(
        "select interaction_count from rec_user_preferences where user_id = 'cus_1'"
    ).fetchone() == (2,)
    assert store.execute(
        "select pair_count from rec_frequently_together where product_id = 'prod_tee' and other_product_id = 'prod_bag'"
    ).fetchone() == (1,)
    # idempotent
    assert store.execute("select * from rec_sync_medusa_orders()").fetchone() == (2, 0, 0, 1)
    assert len(purchases(store)) == 3


def test_order_edits_and_cancellations_replace_synced_events(store: psycopg.Connection) -> None:
    store.execute("select * from rec_sync_medusa_catalog()")
    store.execute("select * from rec_sync_medusa_orders()")
    fold(store)  # upkeep folded the first sync: cus_1 and cus_2 have preferences
    assert store.execute("select count(*) from rec_user_preferences").fetchone() == (2,)
    # order_1 edited again: version 3 holds only the hat; order_5 canceled
    store.execute("update \"order\" set version = 3 where id = 'order_1'")
    store.execute(
        "insert into order_item (id, order_id, version, item_id, quantity) values ('oi_20', 'order_1', 3, 'li_2', 1)"
    )
    store.execute("update \"order\" set status = 'canceled' where id = 'order_5'")
    assert store.execute("select * from rec_sync_medusa_orders()").fetchone() == (1, 1, 3, 0)
    rows = store.execute(
        "select user_id, product_id, context->>'order_version' from rec_user_interactions order by 1, 2"
    ).fetchall()
    assert rows == [("cus_1", "prod_hat", "3")]
    fold(store)  # the new version's event, as upkeep folds it
    assert store.execute(
        "select interaction_count from rec_user_preferences where user_id = 'cus_1'"
    ).fetchone() == (1,)
    assert store.execute("select user_id from rec_user_preferences where user_id = 'cus_2'").fetchall() == []


def test_an_item_dropped_from_a_synced_order_leaves_its_basket_and_pairs(store: psycopg.Connection) -> None:
    """order_1 (tee + bag) and order_6 (tee + bag) synced and folded, then order_1 edited in Medusa to keep
    the tee only: once synced again and folded, basket items, n(a), N and pair counts equal a rebuild."""
    store.execute(
        'insert into "order" (id, display_id, customer_id, version, status, currency_code, created_at) '
        "values ('order_6', 6, 'cus_2', 1, 'completed', 'usd', '2026-03-02T10:00:00Z')"
    )
    store.execute(
        "insert into order_item (id, order_id, version, item_id, quantity) "
        "values ('oi_30', 'order_6', 1, 'li_5', 1), ('oi_31', 'order_6', 1, 'li_4', 1)"
    )
    store.execute("select * from rec_sync_medusa_catalog()")
    store.execute("select * from rec_sync_medusa_orders()")
    fold(store)
    pair = "select pair_count from rec_frequently_together where product_id = 'prod_tee' and other_product_id = 'prod_bag'"
    assert store.execute(pair).fetchone() == (2,)
    store.execute("update \"order\" set version = 3 where id = 'order_1'")
    store.execute(
        "insert into order_item (id, order_id, version, item_id, quantity) values ('oi_20', 'order_1', 3, 'li_1', 1)"
    )
    assert store.execute("select * from rec_sync_medusa_orders()").fetchone() == (3, 1, 2, 1)
    fold(store)
    folded = basket_state(store)
    assert [row[1:3] for row in folded["basket_items"]] == [
        ("order:order_1", "prod_tee"),
        ("order:order_5", "prod_hat"),
        ("order:order_6", "prod_bag"),
        ("order:order_6", "prod_tee"),
    ]
    assert folded["basket_counts"] == [("prod_bag", 1), ("prod_hat", 1), ("prod_tee", 2)]
    assert folded["pairs"] == [("prod_bag", "prod_tee", 1), ("prod_tee", "prod_bag", 1)]
    assert rebuilt_basket_state(store) == folded


def test_order_sync_since(store: psycopg.Connection) -> None:
    store.execute("select * from rec_sync_medusa_catalog()")
    assert store.execute("select * from rec_sync_medusa_orders('2026-02-15T00:00:00Z')").fetchone() == (
        1,
        1,
        0,
        1,
    )
    assert [r[1] for r in purchases(store)] == ["prod_hat"]


def test_a_long_history_syncs_in_batches_and_corrections_keep_popularity_right(
    store: psycopg.Connection,
) -> None:
    """6,000 orders of two lines (12,000 purchases, three batches of 5,000), then 100 of them canceled:
    every purchase recorded once, and popularity after the correction equals a recount from the log."""
    store.execute("select * from rec_sync_medusa_catalog()")
    store.execute(
        'insert into "order" (id, display_id, customer_id, version, status, currency_code, created_at) '
        "select 'bulk_' || g, 1000 + g, 'cus_' || (g % 300), 1, 'completed', 'usd', "
        "'2026-01-01'::timestamptz + g * interval '1 minute' from generate_series(1, 6000) g"
    )
    store.execute(
        "insert into order_item (id, order_id, version, item_id, quantity) "
        "select 'bulk_oi_' || g || '_' || l, 'bulk_' || g, 1, l, 1 "
        "from generate_series(1, 6000) g, unnest(array['li_1', case when g % 2 = 0 then 'li_4' else 'li_2' end]) l"
    )
    orders, added, removed, unknown = store.execute("select * from rec_sync_medusa_orders()").fetchone()
    assert (orders, removed, unknown) == (6002, 0, 1) and added == 12000 + 3
    assert store.execute(
        "select count(*), count(distinct external_id) from rec_user_interactions where context->>'order_id' like 'bulk_%'"
    ).fetchone() == (12000, 12000)
    fold(store)
    store.execute(
        "update \"order\" set status = 'canceled' where id in (select 'bulk_' || g from generate_series(1, 100) g)"
    )
    assert store.execute("select * from rec_sync_medusa_orders()").fetchone()[2] == 200
    fold(store)
    popularity = "select product_id, popularity, users, events from rec_product_popularity order by 1"
    corrected = store.execute(popularity).fetchall()
    store.execute("select rec_refresh_popularity()")
    assert store.execute(popularity).fetchall() == corrected
