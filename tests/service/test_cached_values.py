"""A value in Redis is served only when it has the shape of a list (list_shape.py): garbage or a
wrong-shaped value written under a real cache key, with the current token, is a miss: the answer is the
fresh list, the impression batch gets the real ids, and the key is overwritten with a good value."""

from __future__ import annotations

import json
from typing import Any

import pytest
import redis

from service.http.list_shape import well_formed
from tests.service.conftest import call

GOOD_ITEM = {"id": "x", "title": "MUG", "thumbnail": None, "price": 1.0, "score": 0.5, "reason": None}
SCRIPT = "<script>alert(1)</script>"


def shaped(ids: Any, items: Any) -> bytes:
    return json.dumps(ids).encode() + b"\n" + json.dumps(items).encode()


BAD_VALUES = {
    "not_json": b'["x"]\n{"recommendations": ' + SCRIPT.encode(),
    "ids_not_json": b"<script>\n" + json.dumps([GOOD_ITEM]).encode(),
    "no_newline": json.dumps([GOOD_ITEM]).encode(),
    "items_an_object": shaped(["x"], {"x": GOOD_ITEM}),
    "counts_differ": shaped(["x", "y"], [GOOD_ITEM]),
    "id_not_the_listed_one": shaped(["y"], [GOOD_ITEM]),
    "extra_key": shaped(["x"], [{**GOOD_ITEM, "html": SCRIPT}]),
    "missing_key": shaped(["x"], [{k: v for k, v in GOOD_ITEM.items() if k != "score"}]),
    "title_not_text": shaped(["x"], [{**GOOD_ITEM, "title": {"html": SCRIPT}}]),
    "nan_price": b'["x"]\n[{"id": "x", "title": "MUG", "thumbnail": null, "price": NaN, "score": 1, "reason": null}]',
    "invalid_utf8": b'["x"]\n[{"id": "x", "title": "\xff", "thumbnail": null, "price": 1, "score": 1, "reason": null}]',
    "ids_not_strings": shaped([1], [{**GOOD_ITEM, "id": 1}]),
}


def test_the_shape_check_itself():
    assert well_formed(*shaped(["x"], [GOOD_ITEM]).split(b"\n", 1))
    assert well_formed(b"[]", b"[]")
    for name, value in BAD_VALUES.items():
        ids_json, _, items = value.partition(b"\n")
        assert not well_formed(ids_json, items), name


def only_key(client: redis.Redis, pattern: str) -> str:
    keys = client.keys(pattern)
    assert len(keys) == 1, keys
    return keys[0].decode()


@pytest.mark.parametrize("name", sorted(BAD_VALUES))
async def test_a_bad_cached_value_is_a_miss_and_is_overwritten(app, redis_url, conn, flush_redis, name):
    path = "/recommendations?user_id=shopper-1&limit=5"
    status, fresh = await call(app, "GET", path)
    assert status == 200 and fresh["recommendations"], fresh
    _, response = await app.asgi_client.get(path)
    assert response.headers["x-pgrec-cache"] == "redis"  # the stored value is served as it is
    client = redis.Redis.from_url(redis_url)
    try:
        key = only_key(client, "rec:{user:shopper-1}:recs:*")
        token, _, good = client.get(key).partition(b"\n")
        client.set(key, token + b"\n" + BAD_VALUES[name])  # under the current token: it would be served
        _, response = await app.asgi_client.get(path)
        assert response.status == 200, response.text
        assert response.headers["x-pgrec-cache"] != "redis"
        body = response.json
        assert body["recommendations"] == fresh["recommendations"]
        assert SCRIPT not in response.text
        assert client.get(key) == token + b"\n" + good  # overwritten with the list computed again
    finally:
        client.close()
    await app.ctx.impressions.flush()
    shown = conn.execute("select product_ids from rec_analytics where request_id = %s", (body["request_id"],))
    assert shown.fetchone() == ([item["id"] for item in fresh["recommendations"]],)


@pytest.mark.parametrize(
    "path",
    [
        "/recommendations?user_id=shopper-2&limit=4",
        "/recommendations?session_id=no-such-session&limit=4",
        "/products/lights-0/similar?limit=4",
        "/products/lights-0/frequently-bought-together?limit=4",
        "/trending?limit=4",
    ],
)
async def test_every_list_the_service_stores_passes_the_check(app, flush_redis, path):
    status, first = await call(app, "GET", path)
    assert status == 200, first
    _, response = await app.asgi_client.get(path)
    assert response.headers["x-pgrec-cache"] == "redis", path
    assert response.json["recommendations"] == first["recommendations"]
