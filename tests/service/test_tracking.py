"""POST /track and /track/batch: 202 with ids, errors naming the field, nothing half-stored in an atomic batch
(unknown products and lenient batches: test_tracking_lenient.py)."""

from __future__ import annotations

import json
import uuid

import pytest

from tests.service.conftest import call


def count(conn, user_id: str) -> int:
    return conn.execute("select count(*) from rec_events where user_id = %s", (user_id,)).fetchone()[0]


async def test_track_one_event(app, conn):
    request_id = str(uuid.uuid4())
    event = {
        "user_id": "t-1",
        "product_id": "mugs-2",
        "interaction_type": "add_to_cart",
        "session_id": "t-1-s",
        "quantity": 2,
        "context": {"page": "pdp"},
        "request_id": request_id,
        "occurred_at": "2026-01-02T03:04:05Z",
        "unit_price": 3.5,
    }
    status, body = await call(app, "POST", "/track", json=event)
    assert status == 202, body
    assert isinstance(body["id"], int) and body["duplicate"] is False
    row = conn.execute(
        "select product_id, interaction_type, session_id, quantity, context, request_id::text, created_at, unit_price::float8"
        " from rec_events where user_id = 't-1' and id = %s",
        (body["id"],),
    ).fetchone()
    assert row[:6] == ("mugs-2", "add_to_cart", "t-1-s", 2, {"page": "pdp"}, request_id)
    assert row[6].isoformat().startswith("2026-01-02T03:04:05") and row[7] == 3.5


async def test_external_id_makes_tracking_idempotent(app, conn):
    event = {"user_id": "t-2", "product_id": "mugs-1", "interaction_type": "view", "external_id": "ev-1"}
    _, first = await call(app, "POST", "/track", json=event)
    status, second = await call(app, "POST", "/track", json=event)
    assert status == 202
    assert first["id"] is not None and second == {"id": None, "duplicate": True}
    assert count(conn, "t-2") == 1


async def test_session_only_event_gets_an_anonymous_user(app, conn):
    status, body = await call(
        app, "POST", "/track", json={"session_id": "s-9", "product_id": "mugs-1", "interaction_type": "view"}
    )
    assert status == 202, body
    assert count(conn, "anonymous:s-9") == 1


@pytest.mark.parametrize(
    ("event", "status", "field"),
    [
        ({"product_id": "mugs-1", "interaction_type": "view"}, 400, "user_id"),
        ({"user_id": "t-3", "interaction_type": "view"}, 400, "product_id"),
        ({"user_id": "t-3", "product_id": "mugs-1"}, 400, "interaction_type"),
        ({"user_id": "t-3", "product_id": "mugs-1", "interaction_type": "View!"}, 400, "interaction_type"),
        ({"user_id": "t-3", "product_id": "mugs-1", "interaction_type": "teleport"}, 400, "interaction_type"),
        (
            {"user_id": "t-3", "product_id": "mugs-1", "interaction_type": "view", "quantity": 0},
            400,
            "quantity",
        ),
        (
            {"user_id": "t-3", "product_id": "mugs-1", "interaction_type": "view", "quantity": "2"},
            400,
            "quantity",
        ),
        (
            {"user_id": "t-3", "product_id": "mugs-1", "interaction_type": "view", "context": [1]},
            400,
            "context",
        ),
        (
            {"user_id": "t-3", "product_id": "mugs-1", "interaction_type": "view", "request_id": "nope"},
            400,
            "request_id",
        ),
        (
            {
                "user_id": "t-3",
                "product_id": "mugs-1",
                "interaction_type": "view",
                "occurred_at": "yesterday",
            },
            400,
            "occurred_at",
        ),
        (
            {"user_id": "t-3", "product_id": "mugs-1", "interaction_type": "view", "unit_price": -1},
            400,
            "unit_price",
        ),
        (  # the column is numeric(14, 4): this overflowed it, a 400 that named no field
            {"user_id": "t-3", "product_id": "mugs-1", "interaction_type": "view", "unit_price": 1e10},
            400,
            "unit_price",
        ),
        (
            {"user_id": "t-3", "product_id": "mugs-1", "interaction_type": "view", "colour": "red"},
            400,
            "colour",
        ),
        ({"user_id": 7, "product_id": "mugs-1", "interaction_type": "view"}, 400, "user_id"),
    ],
)
async def test_bad_event_is_rejected_naming_the_field(app, conn, event, status, field):
    got, body = await call(app, "POST", "/track", json=event)
    assert got == status, body
    assert body["error"]["field"] == field, body
    assert body["error"]["message"]
    assert count(conn, "t-3") == 0


@pytest.mark.parametrize(("data", "field"), [("{not json", "body"), ("[1, 2]", "body"), ("", "body")])
async def test_malformed_bodies(app, data, field):
    status, body = await call(
        app, "POST", "/track", content=data, headers={"content-type": "application/json"}
    )
    assert status == 400, body
    assert body["error"]["field"] == field


async def test_body_over_one_mebibyte_is_413(app):
    big = json.dumps(
        {"events": [{"user_id": "x" * 200, "product_id": "mugs-1", "interaction_type": "view"}] * 5000}
    )
    assert len(big) > 1024 * 1024
    status, body = await call(
        app, "POST", "/track/batch", content=big, headers={"content-type": "application/json"}
    )
    assert status == 413, body
    assert body["error"]["field"] == "body"


async def test_batch(app, conn):
    events = [
        {"user_id": "b-1", "product_id": f"lights-{i}", "interaction_type": "view", "external_id": f"b1-{i}"}
        for i in range(5)
    ]
    status, body = await call(app, "POST", "/track/batch", json={"events": events})
    assert status == 202, body
    assert body["count"] == 5 and all(isinstance(i, int) for i in body["ids"])
    assert body["ids"] == sorted(body["ids"])
    status, again = await call(app, "POST", "/track/batch", json=events)  # the bare list works too
    assert status == 202 and again["ids"] == [None] * 5 and again["duplicates"] == 5
    assert count(conn, "b-1") == 5


@pytest.mark.parametrize(
    ("bad", "status", "field"),
    [
        (
            {"user_id": "b-2", "product_id": "mugs-1", "interaction_type": "teleport"},
            400,
            "events[2].interaction_type",
        ),
        ({"user_id": "b-2", "product_id": "mugs-1"}, 400, "events[2].interaction_type"),
        (
            {"user_id": "b-2", "product_id": "mugs-1", "interaction_type": "view", "quantity": -3},
            400,
            "events[2].quantity",
        ),
    ],
)
async def test_one_bad_event_rejects_the_whole_atomic_batch(app, conn, bad, status, field):
    good = {"user_id": "b-2", "product_id": "mugs-1", "interaction_type": "view"}
    got, body = await call(app, "POST", "/track/batch?atomic=true", json={"events": [good, good, bad, good]})
    assert got == status, body
    assert body["error"]["field"] == field, body
    assert count(conn, "b-2") == 0


async def test_batch_limits(app):
    event = {"user_id": "b-3", "product_id": "mugs-1", "interaction_type": "view"}
    status, body = await call(app, "POST", "/track/batch", json={"events": [event] * 1001})
    assert status == 413 and body["error"]["field"] == "events"
    status, body = await call(app, "POST", "/track/batch", json={"events": []})
    assert status == 400 and body["error"]["field"] == "events"
    status, body = await call(app, "POST", "/track/batch", json={"events": [event] * 1000})
    assert status == 202 and body["count"] == 1000


async def test_tracking_invalidates_before_answering(app, flush_redis):
    path = "/recommendations?user_id=b-4&limit=5"
    await call(app, "GET", path)
    _, cached = await call(app, "GET", path)
    assert cached["cached"] is True
    await call(
        app,
        "POST",
        "/track/batch",
        json=[{"user_id": "b-4", "product_id": "bags-2", "interaction_type": "purchase"}],
    )
    _, fresh = await call(app, "GET", path)
    assert fresh["cached"] is False
    assert "bags-2" not in [i["id"] for i in fresh["recommendations"]]  # purchased products are excluded
