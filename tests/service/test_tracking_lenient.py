"""Lenient tracking over HTTP: an event for a product the catalog does not have yet is kept with an inactive
placeholder product that no list serves until a catalog write fills it in (its events counted); a batch stores
its good events and names the bad ones, or stores none with ?atomic=true; PGREC_TRACK_UNKNOWN_PRODUCTS=reject
answers 404 as before."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from typing import Any

import psycopg
import pytest
from sanic import Sanic

from tests.service.conftest import build_app, call, close_app, settings_for, turned_over
from tests.support.upkeep import fold


@pytest.fixture
async def reject_app(database_url: str, redis_url: str, catalog: list[str]) -> AsyncIterator[Sanic]:
    settings = settings_for(database_url, redis_url, PGREC_TRACK_UNKNOWN_PRODUCTS="reject")
    application = await build_app(settings, redis_url)
    try:
        yield application
    finally:
        await close_app(application)


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


def events_of(conn: psycopg.Connection, user_id: str) -> list[str]:
    rows = conn.execute(
        "select product_id from rec_events where user_id = %s order by id", (user_id,)
    ).fetchall()
    return [row[0] for row in rows]


def product_row(conn: psycopg.Connection, product_id: str) -> tuple[Any, ...] | None:
    return conn.execute(
        "select placeholder, is_active, title, source from rec_products where id = %s", (product_id,)
    ).fetchone()


def ids_in(body: Any) -> set[str]:
    """Every product id anywhere in a list answer (items, reasons, fills)."""
    found: set[str] = set()
    if isinstance(body, dict):
        for key, value in body.items():
            if key in ("id", "product_id") and isinstance(value, str):
                found.add(value)
            else:
                found |= ids_in(value)
    elif isinstance(body, list):
        for value in body:
            found |= ids_in(value)
    return found


async def test_unknown_product_is_kept_with_a_placeholder(app, conn):
    user, product = unique("lt-user"), unique("not-synced")
    status, body = await call(
        app, "POST", "/track", json={"user_id": user, "product_id": product, "interaction_type": "view"}
    )
    assert status == 202, body
    assert isinstance(body["id"], int) and body["duplicate"] is False
    assert events_of(conn, user) == [product]
    assert product_row(conn, product) == (True, False, product, "tracking")
    queued = conn.execute("select count(*) from rec_embedding_queue where product_id = %s", (product,))
    assert queued.fetchone()[0] == 0  # nothing to embed but its id


async def test_option_off_answers_404_and_stores_nothing(reject_app, conn):
    user, product = unique("lt-user"), unique("not-synced")
    event = {"user_id": user, "product_id": product, "interaction_type": "view"}
    status, body = await call(reject_app, "POST", "/track", json=event)
    assert status == 404, body
    assert body["error"]["code"] == "unknown_product" and body["error"]["field"] == "product_id"
    assert events_of(conn, user) == [] and product_row(conn, product) is None


async def test_placeholder_is_never_served_until_the_catalog_fills_it(app, conn, flush_redis):
    product = unique("ph-lamp")
    buyers = [unique("ph-buyer") for _ in range(6)]
    fan, session = unique("ph-fan"), unique("ph-session")
    events: list[dict[str, Any]] = []
    for n, buyer in enumerate(buyers):  # six orders of lights-0 with the product: its strongest pair
        for pid in ("lights-0", product):
            events.append(
                {
                    "user_id": buyer,
                    "product_id": pid,
                    "interaction_type": "purchase",
                    "context": {"order_id": f"{buyer}-{n}"},
                }
            )
            events.append({"user_id": buyer, "product_id": pid, "interaction_type": "view"})
    events.append({"user_id": fan, "product_id": "lights-0", "interaction_type": "purchase"})
    events += [
        {"session_id": session, "product_id": pid, "interaction_type": "view"}
        for pid in ("lights-0", product)
    ]
    status, body = await call(app, "POST", "/track/batch", json={"events": events})
    assert status == 202 and body["rejected"] == [] and None not in body["ids"], body
    assert fold(conn) >= len(events)
    conn.execute("select * from rec_refresh_all()")

    reads: list[tuple[str, str, Any]] = [
        ("GET", f"/recommendations?user_id={fan}&limit=50", None),
        ("GET", f"/recommendations?user_id={buyers[0]}&limit=50&exclude_seen=false", None),
        ("GET", f"/recommendations?session_id={session}&limit=50", None),
        ("GET", f"/recommendations/buy-again?user_id={buyers[0]}&limit=50", None),
        ("GET", "/products/lights-0/similar?limit=50", None),
        ("GET", "/products/lights-0/similar?limit=50&method=co_interaction", None),
        ("GET", "/products/lights-0/frequently-bought-together?limit=50", None),
        ("POST", "/cart/recommendations", {"product_ids": ["lights-0"], "limit": 50}),
        ("GET", "/trending?limit=50", None),
        ("GET", "/trending?limit=50&window=30d", None),
    ]
    for method, path, payload in reads:
        status, body = await call(app, method, path, **({"json": payload} if payload else {}))
        assert status == 200, (path, body)
        assert product not in ids_in(body), (path, body)
    row = conn.execute(
        "select (select count(*) from rec_products where id = %(p)s and placeholder),"
        " (select count(*) from rec_product_popularity where product_id = %(p)s),"
        " (select coalesce(sum(pair_count), 0) from rec_frequently_together"
        "   where product_id = 'lights-0' and other_product_id = %(p)s)",
        {"p": product},
    ).fetchone()
    assert row[0] == 1 and row[1] == 1 and row[2] >= 6, row  # counted all along, only not served

    # The catalog brings the product: filled in, active, and served with the events it already has.
    status, body = await call(
        app,
        "PUT",
        "/products",
        json={"products": [{"id": product, "title": "Paper lamp", "categories": ["lights"], "price": 9}]},
    )
    assert status in (200, 201), body
    assert product_row(conn, product) == (False, True, "Paper lamp", "api")
    assert events_of(conn, buyers[0]).count(product) == 2
    queued = conn.execute(
        "select reason from rec_embedding_queue where product_id = %s", (product,)
    ).fetchone()
    assert queued is not None  # now it has a text worth embedding
    for path in (
        "/products/lights-0/frequently-bought-together?limit=50",
        f"/recommendations/buy-again?user_id={buyers[0]}&limit=50",
    ):
        # The catalog change reaches the cache by NOTIFY (lists_epoch.py): within a second, not at once.
        body = await turned_over(app, path)
        assert product in ids_in(body), (path, body)


async def test_batch_stores_the_good_events_and_names_the_bad(app, conn):
    user = unique("lt-batch")
    good = {"user_id": user, "product_id": "mugs-1", "interaction_type": "view"}
    events = [
        good,
        {**good, "quantity": 0},  # refused by the service's own checks
        {**good, "product_id": "mugs-2"},
        {**good, "interaction_type": "teleport"},  # refused by the database (no such type)
        {**good, "product_id": "mugs-3"},
    ]
    status, body = await call(app, "POST", "/track/batch", json={"events": events})
    assert status == 202, body
    assert body["count"] == 5 and body["accepted"] == 3 and body["duplicates"] == 0
    assert [i is not None for i in body["ids"]] == [True, False, True, False, True]
    assert [(r["index"], r["field"], r["code"]) for r in body["rejected"]] == [
        (1, "events[1].quantity", "invalid_parameter"),
        (3, "events[3].interaction_type", "invalid_parameter"),
    ]
    assert all(r["message"] for r in body["rejected"])
    assert "teleport" in body["rejected"][1]["message"]
    assert events_of(conn, user) == ["mugs-1", "mugs-2", "mugs-3"]


async def test_one_bad_event_of_five_with_an_unknown_product(app, conn):
    user, product = unique("lt-batch"), unique("new-in-store")
    events = [
        {"user_id": user, "product_id": pid, "interaction_type": "view"}
        for pid in ("mugs-1", product, "mugs-2", "mugs-3")
    ]
    events.insert(
        2, {"user_id": user, "product_id": unique("never"), "interaction_type": "view", "context": [1]}
    )
    status, body = await call(app, "POST", "/track/batch", json=events)
    assert status == 202, body
    assert [r["index"] for r in body["rejected"]] == [2] and body["rejected"][0][
        "field"
    ] == "events[2].context"
    assert events_of(conn, user) == ["mugs-1", product, "mugs-2", "mugs-3"]
    assert product_row(conn, product)[0] is True
    assert (
        conn.execute(
            "select count(*) from rec_products where id = %s", (events[2]["product_id"],)
        ).fetchone()[0]
        == 0
    )  # no placeholder for the product of a rejected event


async def test_atomic_batch_stores_none(app, conn):
    user = unique("lt-atomic")
    good = {"user_id": user, "product_id": "mugs-1", "interaction_type": "view"}
    for bad, field in (
        ({**good, "quantity": -3}, "events[2].quantity"),
        ({**good, "interaction_type": "teleport"}, "events[2].interaction_type"),
    ):
        status, body = await call(
            app, "POST", "/track/batch?atomic=true", json={"events": [good, good, bad, good]}
        )
        assert status == 400, body
        assert body["error"]["field"] == field, body
    assert events_of(conn, user) == []
    status, body = await call(
        app, "POST", "/track/batch?atomic=true", json=[good, {**good, "product_id": unique("new")}]
    )
    assert status == 202 and body["accepted"] == 2 and body["rejected"] == [], body
    status, body = await call(app, "POST", "/track/batch?atomic=maybe", json=[good])
    assert status == 400 and body["error"]["field"] == "atomic", body


async def test_batch_with_no_good_event_is_400_naming_each(app, conn):
    user = unique("lt-none")
    bad = {"user_id": user, "product_id": "mugs-1", "interaction_type": "view", "quantity": 0}
    status, body = await call(
        app, "POST", "/track/batch", json=[bad, {**bad, "interaction_type": "teleport", "quantity": 1}]
    )
    assert status == 400, body
    assert body["error"]["field"] == "events[0].quantity" and body["error"]["code"] == "invalid_parameter"
    assert [r["field"] for r in body["rejected"]] == ["events[0].quantity", "events[1].interaction_type"]
    assert events_of(conn, user) == []


async def test_option_off_rejects_only_the_unknown_products_of_a_batch(reject_app, conn):
    user, product = unique("lt-reject"), unique("not-synced")
    good = {"user_id": user, "product_id": "mugs-1", "interaction_type": "view"}
    status, body = await call(
        reject_app, "POST", "/track/batch", json=[good, {**good, "product_id": product}, good]
    )
    assert status == 202, body
    assert body["rejected"] == [
        {
            "index": 1,
            "field": "events[1].product_id",
            "code": "unknown_product",
            "message": f'events[1]: unknown product_id "{product}"',
        }
    ]
    assert events_of(conn, user) == ["mugs-1", "mugs-1"] and product_row(conn, product) is None
    status, body = await call(reject_app, "POST", "/track/batch", json=[{**good, "product_id": product}])
    assert status == 404 and body["error"]["code"] == "unknown_product", body
    assert body["error"]["field"] == "events[0].product_id" and product in body["error"]["message"], body
    status, body = await call(
        reject_app, "POST", "/track/batch?atomic=true", json=[good, {**good, "product_id": product}]
    )
    assert status == 404 and body["error"]["field"] == "events[1].product_id", body
    assert events_of(conn, user) == ["mugs-1", "mugs-1"]


def test_the_setting_takes_placeholder_or_reject() -> None:
    from service.core.config import Settings
    from service.core.errors import ConfigurationError

    assert Settings.from_env({}).track_unknown_products == "placeholder"
    assert Settings.from_env({"PGREC_TRACK_UNKNOWN_PRODUCTS": " Reject "}).track_unknown_products == "reject"
    with pytest.raises(ConfigurationError, match="PGREC_TRACK_UNKNOWN_PRODUCTS"):
        Settings.from_env({"PGREC_TRACK_UNKNOWN_PRODUCTS": "drop"})
