"""GET /recommendations/buy-again: rec_buy_again's list for a user, cached and turned over per user as
GET /recommendations is."""

from __future__ import annotations

import uuid

import pytest

from tests.service.conftest import call


async def buy(app, user: str, product: str) -> None:
    status, body = await call(
        app, "POST", "/track", json={"user_id": user, "product_id": product, "interaction_type": "purchase"}
    )
    assert status == 202, body


async def test_buy_again_lists_what_the_user_bought(app, conn, flush_redis):
    user = f"buyer-{uuid.uuid4().hex[:8]}"
    for product in ("mugs-4", "mugs-4", "bags-6"):
        await buy(app, user, product)
    path = f"/recommendations/buy-again?user_id={user}&limit=5"
    status, body = await call(app, "GET", path)
    assert status == 200, body
    assert body["algorithm"] == "buy_again" and body["cached"] is False
    got = [item["id"] for item in body["recommendations"]]
    # the default fill: own purchases first, then popular products they did not buy, up to limit
    assert got[:2] == ["mugs-4", "bags-6"] and len(got) == 5 == len(set(got))
    assert got == [row[0] for row in conn.execute("select product_id from rec_buy_again(%s, 5)", (user,))]
    assert body["recommendations"][0]["reason"] == {"rule": "buy_again", "text": "you bought this 2 times"}
    assert {item["reason"]["rule"] for item in body["recommendations"][2:]} == {"popular"}
    _, again = await call(app, "GET", path)
    assert again["cached"] is True and again["recommendations"] == body["recommendations"]
    # the user's next event turns their list over at once
    await buy(app, user, "lights-7")
    _, after = await call(app, "GET", path)
    assert after["cached"] is False
    assert "lights-7" in [item["id"] for item in after["recommendations"]]


async def test_fill_none_lists_only_what_the_user_bought(app, conn, flush_redis):
    user = f"buyer-{uuid.uuid4().hex[:8]}"
    await buy(app, user, "mugs-4")
    status, body = await call(app, "GET", f"/recommendations/buy-again?user_id={user}&limit=5&fill=none")
    assert status == 200, body
    assert [item["id"] for item in body["recommendations"]] == ["mugs-4"]
    # a newcomer: nothing without the fill, `limit` popular products with it (the default)
    newcomer = f"new-{uuid.uuid4().hex[:8]}"
    _, empty = await call(app, "GET", f"/recommendations/buy-again?user_id={newcomer}&limit=3&fill=None")
    assert empty["recommendations"] == []
    _, filled = await call(app, "GET", f"/recommendations/buy-again?user_id={newcomer}&limit=3")
    assert [item["id"] for item in filled["recommendations"]] == [
        row[0] for row in conn.execute("select product_id from rec_popular(3)")
    ]
    assert len(filled["recommendations"]) == 3


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("limit=5", "user_id"),
        ("user_id=u&limit=0", "limit"),
        ("user_id=" + "x" * 300, "user_id"),
        ("user_id=u&fill=trending", "fill"),
        ("user_id=u&fill=true", "fill"),
    ],
)
async def test_buy_again_errors(app, flush_redis, query, field):
    status, body = await call(app, "GET", f"/recommendations/buy-again?{query}")
    assert status == 400, body
    assert body["error"]["field"] == field
