"""The second level of the lists cache (rec_recommendations_cache): a list computed earlier and still valid is
served from PostgreSQL when Redis lost it (emptied, restarted or down), under the same token rule as Redis:
never after an event of its owner, never after a lists change. Writing it never fails a request."""

from __future__ import annotations

import asyncio
from typing import Any

import psycopg
import redis
from sanic import Sanic

from service.http import cache as cache_module
from service.local.valkey import LocalRedis
from tests.service.conftest import build_app, close_app, settings_for
from tests.service.test_redis_outage import own_redis as own_redis_fixture
from tests.support.metrics import sample

own_redis = own_redis_fixture  # the fixture, for this module's tests


async def get(app: Sanic, path: str) -> tuple[str, dict[str, Any]]:
    """(X-Pgrec-Cache, parsed answer) of GET `path`; the test client runs the stop listeners after each
    request, so the lists it computed are stored in rec_recommendations_cache when it returns."""
    _request, response = await app.asgi_client.get(path)
    assert response.status == 200, response.text
    return response.headers["x-pgrec-cache"], response.json


def ids(body: dict[str, Any]) -> list[str]:
    return [item["id"] for item in body["recommendations"]]


def empty_redis(url: str) -> None:
    client = redis.Redis.from_url(url)
    try:
        client.flushdb()  # the module's database of the test Valkey: FLUSHALL for this module
    finally:
        client.close()


def stored(database_url: str, subject: str) -> list[tuple[Any, ...]]:
    with psycopg.connect(database_url) as conn:
        return conn.execute(
            "select kind, algorithm, lists_epoch is not null, owner_watermark is not null, "
            "expires_at > computed_at from rec_recommendations_cache where subject = %s",
            (subject,),
        ).fetchall()


async def test_a_list_lost_by_redis_comes_from_the_second_level_and_equals_the_first(
    app, database_url, redis_url, flush_redis
):
    path = "/recommendations?user_id=stored-1&limit=5"
    source, first = await get(app, path)
    assert source == "miss" and first["cached"] is False
    assert stored(database_url, "user:stored-1") == [("recs", "hybrid", True, True, True)]
    empty_redis(redis_url)
    source, again = await get(app, path)
    assert source == "database" and again["cached"] is True
    assert again["recommendations"] == first["recommendations"]
    source, third = await get(app, path)  # back in Redis
    assert source == "redis" and third["recommendations"] == first["recommendations"]
    _, metrics = await app.asgi_client.get("/metrics")
    assert sample(metrics.text, "pgrec_cache_requests_total", kind="recs", result="database") == 1


async def test_lists_without_an_owner_come_back_too(app, redis_url, flush_redis):
    path = "/products/mugs-3/similar?limit=4"
    _, first = await get(app, path)
    empty_redis(redis_url)
    source, again = await get(app, path)
    assert source == "database" and again["recommendations"] == first["recommendations"]


async def test_an_event_of_the_owner_is_never_followed_by_the_stored_list(
    app, database_url, redis_url, flush_redis
):
    path = "/recommendations?user_id=stored-2&limit=5"
    _, first = await get(app, path)
    bought = ids(first)[0]
    empty_redis(redis_url)
    with psycopg.connect(database_url, autocommit=True) as other:
        other.execute(
            "select rec_track_interaction(user_id => 'stored-2', product_id => %s, interaction_type => 'purchase')",
            (bought,),
        )
    source, after = await get(app, path)
    assert source == "miss" and after["cached"] is False
    assert bought not in ids(after)
    empty_redis(redis_url)
    source, again = await get(app, path)  # the list computed after the event is the stored one now
    assert source == "database" and again["recommendations"] == after["recommendations"]


async def test_a_lists_change_is_never_followed_by_a_stored_list(app, database_url, redis_url, flush_redis):
    path = "/trending?limit=5"
    await get(app, path)
    empty_redis(redis_url)
    epoch = app.ctx.lists_epoch
    before = epoch.current
    with psycopg.connect(database_url, autocommit=True) as other:
        other.execute("select _rec_lists_changed('test')")
    for _ in range(500):  # the notification arrives within milliseconds
        if epoch.current != before:
            break
        await asyncio.sleep(0.01)
    assert epoch.current != before
    source, body = await get(app, path)
    assert source == "miss" and body["cached"] is False


async def test_with_redis_down_stored_lists_are_served_and_never_stale(
    database_url, catalog, own_redis: LocalRedis, monkeypatch
):
    monkeypatch.setattr(cache_module, "BACKOFF_SECONDS", 0.2)
    url = own_redis.url()
    app = await build_app(settings_for(database_url, url, PGREC_REDIS_TIMEOUT_MS="50"), url)
    try:
        path = "/recommendations?user_id=stored-3&limit=5"
        _, first = await get(app, path)
        assert own_redis.stop()
        for _ in range(2):
            source, body = await get(app, path)
            assert source == "database" and body["recommendations"] == first["recommendations"]
        bought = ids(first)[0]
        with psycopg.connect(database_url, autocommit=True) as other:
            other.execute(
                "select rec_track_interaction(user_id => 'stored-3', product_id => %s, "
                "interaction_type => 'purchase')",
                (bought,),
            )
        source, after = await get(app, path)
        assert source == "miss" and bought not in ids(after)
        source, again = await get(app, path)  # stored under the new watermark meanwhile
        assert source == "database" and again["recommendations"] == after["recommendations"]
        with psycopg.connect(database_url, autocommit=True) as other:
            other.execute("select _rec_lists_changed('test')")
        for _ in range(500):
            source, body = await get(app, path)
            if source == "miss":
                break
            await asyncio.sleep(0.01)
        assert source == "miss"
    finally:
        await close_app(app)


async def test_a_failing_write_never_fails_a_request(app, database_url, redis_url, flush_redis):
    with psycopg.connect(database_url, autocommit=True) as other:
        other.execute(
            "alter table rec_recommendations_cache add constraint refuse_all check (kind = 'none') not valid"
        )
    try:
        failed = app.ctx.stored_lists.failed
        source, first = await get(app, "/recommendations?user_id=stored-4&limit=5")
        assert source == "miss"
        assert app.ctx.stored_lists.failed == failed + 1
        assert stored(database_url, "user:stored-4") == []
        source, again = await get(app, "/recommendations?user_id=stored-4&limit=5")
        assert source == "redis" and again["recommendations"] == first["recommendations"]
    finally:
        with psycopg.connect(database_url, autocommit=True) as other:
            other.execute("alter table rec_recommendations_cache drop constraint refuse_all")
