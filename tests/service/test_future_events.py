"""POST /track and /track/batch refuse an event dated after rec_latest_event_time() (now() + 5 minutes)
with a 400 naming occurred_at, and store nothing of the batch."""

from __future__ import annotations

from tests.service.conftest import call


def stored(conn, user_id: str) -> int:
    query = "select count(*) from rec_events where user_id = %s"
    return conn.execute(query, (user_id,)).fetchone()[0]


async def test_track_refuses_an_event_from_2100(app, conn):
    event = {
        "user_id": "f-1",
        "product_id": "mugs-2",
        "interaction_type": "view",
        "occurred_at": "2100-01-01T00:00:00Z",
    }
    status, body = await call(app, "POST", "/track", json=event)
    assert status == 400, body
    assert body["error"]["field"] == "occurred_at" and "now() + 5 minutes" in body["error"]["message"]
    assert stored(conn, "f-1") == 0


async def test_batch_refuses_an_event_from_2100_and_keeps_the_others(app, conn):
    events = [
        {"user_id": "f-2", "product_id": "mugs-2", "interaction_type": "view"},
        {
            "user_id": "f-2",
            "product_id": "mugs-3",
            "interaction_type": "view",
            "occurred_at": "2100-01-01T00:00:00Z",
        },
    ]
    status, body = await call(app, "POST", "/track/batch?atomic=true", json={"events": events})
    assert status == 400, body
    assert body["error"]["field"] == "events[1].occurred_at", body
    assert stored(conn, "f-2") == 0  # all or nothing when asked
    status, body = await call(app, "POST", "/track/batch", json={"events": events})
    assert status == 202 and body["accepted"] == 1, body
    assert [r["field"] for r in body["rejected"]] == ["events[1].occurred_at"], body
    assert stored(conn, "f-2") == 1  # the bad event only is refused
