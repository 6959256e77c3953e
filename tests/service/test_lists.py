"""Cart recommendations, trending and semantic search."""

from __future__ import annotations

import pytest
import redis

from tests.service.conftest import call


async def test_cart_recommendations(app, conn, flush_redis):
    status, body = await call(
        app, "POST", "/cart/recommendations", json={"product_ids": ["lights-0", "bags-0"], "limit": 5}
    )
    assert status == 200, body
    ids = [item["id"] for item in body["recommendations"]]
    assert len(ids) == 5 and len(set(ids)) == 5
    assert not {"lights-0", "bags-0"} & set(ids)
    assert ids[0] == "lights-1"  # bought with lights-0 in both orders
    assert body["algorithm"] == "cart" and body["cached"] is False
    _, again = await call(
        app, "POST", "/cart/recommendations", json={"product_ids": ["lights-0", "bags-0"], "limit": 5}
    )
    assert again["cached"] is True and again["recommendations"] == body["recommendations"]


async def test_cart_order_is_the_clients(app, conn, flush_redis):
    """The cart's order weighs its products (the last added most, as rec_cart_recommendations documents): the
    answer is the SQL's for the order sent, and each order is its own cache entry."""
    lists = {}
    for cart in (["mugs-3", "bags-5"], ["bags-5", "mugs-3"]):
        status, body = await call(
            app, "POST", "/cart/recommendations", json={"product_ids": cart, "limit": 6}
        )
        assert status == 200, body
        assert body["cached"] is False
        got = [item["id"] for item in body["recommendations"]]
        expected = [
            row[0] for row in conn.execute("select product_id from rec_cart_recommendations(%s, 6)", (cart,))
        ]
        assert got == expected
        # mostly like the last added (the first may be a trending product of the other kind: a near tie)
        assert sum(item.split("-")[0] == cart[-1].split("-")[0] for item in got) > len(got) / 2
        lists[tuple(cart)] = got
    assert lists[("mugs-3", "bags-5")] != lists[("bags-5", "mugs-3")]
    _, again = await call(
        app, "POST", "/cart/recommendations", json={"product_ids": ["mugs-3", "bags-5"], "limit": 6}
    )
    assert (
        again["cached"] is True
        and [item["id"] for item in again["recommendations"]] == lists[("mugs-3", "bags-5")]
    )


@pytest.mark.parametrize(
    ("payload", "status", "field"),
    [
        ({}, 400, "product_ids"),
        ({"product_ids": []}, 400, "product_ids"),
        ({"product_ids": ["lights-0", 5]}, 400, "product_ids[1]"),
        ({"product_ids": ["lights-0"], "limit": 0}, 400, "limit"),
        ({"product_ids": ["lights-0", "no-such"]}, 404, "product_ids"),
    ],
)
async def test_cart_errors(app, flush_redis, payload, status, field):
    got, body = await call(app, "POST", "/cart/recommendations", json=payload)
    assert got == status, body
    assert body["error"]["field"] == field


async def test_trending(app, conn, redis_url, flush_redis):
    status, body = await call(app, "GET", "/trending?window=7d&limit=5")
    assert status == 200, body
    expected = [row[0] for row in conn.execute("select product_id from rec_trending(5, interval '7 days')")]
    assert [item["id"] for item in body["recommendations"]] == expected and expected
    assert body["algorithm"] == "trending" and body["window_seconds"] == 7 * 86400
    _, again = await call(app, "GET", "/trending?window=7d&limit=5")
    assert again["cached"] is True
    # cached for at most the minute after which upkeep rewrites the trending snapshot
    client = redis.Redis.from_url(redis_url)
    try:
        ttls = [client.ttl(key) for key in client.scan_iter("rec:*:trending:*")]
    finally:
        client.close()
    assert ttls and all(0 < ttl <= 60 for ttl in ttls)
    _, mugs = await call(app, "GET", "/trending?window=24h&category=mugs&limit=3")
    assert all(item["id"].startswith("mugs-") for item in mugs["recommendations"])


@pytest.mark.parametrize(
    ("query", "field"),
    [("window=7 days", "window"), ("window=0h", "window"), ("window=900d", "window"), ("limit=-1", "limit")],
)
async def test_trending_errors(app, query, field):
    status, body = await call(app, "GET", f"/trending?{query}")
    assert status == 400, body
    assert body["error"]["field"] == field


async def test_semantic_search(app, conn, flush_redis):
    # The test app loads the model on the first /search ("off"), which answers at once meanwhile.
    _request, response = await app.asgi_client.get("/search?q=lights&limit=4")
    assert response.status == 503, response.text
    assert response.json["error"]["code"] == "model_loading"
    assert int(response.headers["retry-after"]) > 0
    await app.ctx.encoder.wait()
    status, body = await call(app, "GET", "/search?q=lights&limit=4")
    assert status == 200, body
    assert body["algorithm"] == "search" and body["cached"] is False and body["query"] == "lights"
    assert "results" not in body  # the list key of every other endpoint
    assert len(body["recommendations"]) == 4
    assert all({"id", "title", "price", "score", "reason"} <= set(item) for item in body["recommendations"])
    scores = [item["score"] for item in body["recommendations"]]
    assert scores == sorted(scores, reverse=True)
    assert app.ctx.encoder.state == "loaded"
    _, again = await call(app, "GET", "/search?q=%20LIGHTS%20&limit=4")
    assert again["cached"] is True and again["recommendations"] == body["recommendations"]
    _, cheap = await call(app, "GET", "/search?q=mug&max_price=3&category=mugs")
    assert all(item["price"] <= 3 and item["id"].startswith("mugs-") for item in cheap["recommendations"])


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("", "q"),
        ("q=%20", "q"),
        ("q=" + "a" * 501, "q"),
        ("q=x&limit=1000", "limit"),
        ("q=x&max_price=no", "max_price"),
    ],
)
async def test_search_errors(app, query, field):
    status, body = await call(app, "GET", f"/search?{query}")
    assert status == 400, body
    assert body["error"]["field"] == field
