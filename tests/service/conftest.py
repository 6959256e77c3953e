"""Service test fixtures: an app per test with an already-open pool, cache and lists epoch listener on
app.ctx (the sanic-testing ASGI client runs the start/stop listeners around every request)."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from typing import Any

import psycopg
import pytest
import redis
from sanic import Sanic

from service.core.config import Settings
from service.http.cache import Cache
from service.http.db import make_pool
from service.http.factory import create_app
from service.http.lists_epoch import ListsEpoch
from tests.service.catalog import seed_catalog, seed_history


def settings_for(database_url: str, redis_url: str | None, **env: str) -> Settings:
    values = {"PGREC_DATABASE_URL": database_url, "PGREC_REDIS_URL": redis_url or "none", **env}
    return Settings.from_env(values)


@pytest.fixture(scope="module")
def catalog(database_url: str) -> list[str]:
    """The module's database with the hand-made catalog and history."""
    with psycopg.connect(database_url, autocommit=True) as conn:
        from pgvector.psycopg import register_vector

        register_vector(conn)
        ids = seed_catalog(conn)
        seed_history(conn)
    return ids


async def build_app(
    settings: Settings, redis_url: str | None, preload_model: str = "off", *, demo: bool = False
) -> Sanic:
    name = f"pgrec_test_{uuid.uuid4().hex[:10]}"
    app = create_app(settings, name=name, preload_model=preload_model, demo=demo)
    pool = make_pool(settings.database_url or "", min_size=1, max_size=4)
    await pool.open(wait=True, timeout=10)
    app.ctx.pool = pool
    app.ctx.cache = Cache.from_url(redis_url, settings.cache_ttl, settings.redis_timeout_ms, app.ctx.metrics)
    app.ctx.lists_epoch = ListsEpoch(settings.database_url or "")
    app.ctx.lists_epoch.start()
    assert await app.ctx.lists_epoch.wait_listening(10), "the lists epoch listener did not connect"
    return app


async def close_app(app: Sanic) -> None:
    await app.ctx.impressions.flush()
    await app.ctx.pool.close()
    await app.ctx.cache.close()
    await app.ctx.lists_epoch.stop()
    Sanic._app_registry.pop(app.name, None)


@pytest.fixture
async def app(database_url: str, redis_url: str, catalog: list[str]) -> AsyncIterator[Sanic]:
    application = await build_app(settings_for(database_url, redis_url), redis_url)
    try:
        yield application
    finally:
        await close_app(application)


@pytest.fixture
def flush_redis(redis_url: str) -> None:
    client = redis.Redis.from_url(redis_url)
    try:
        client.flushdb()
    finally:
        client.close()


async def call(app: Sanic, method: str, path: str, **kwargs: Any) -> tuple[int, Any]:
    """(status, parsed JSON or text) of one request through the ASGI test client."""
    _request, response = await getattr(app.asgi_client, method.lower())(path, **kwargs)
    if "json" in response.headers.get("content-type", ""):
        return response.status, response.json
    return response.status, response.text


TURNOVER_SECONDS = 1.0


async def cached_twice(app: Sanic, path: str) -> dict[str, Any]:
    """Read `path` until an answer is a cache hit (the first read stores it); that answer."""
    for _ in range(5):
        status, body = await call(app, "GET", path)
        assert status == 200, body
        if body["cached"]:
            return body
    raise AssertionError(f"{path} never answered from the cache")


async def turned_over(app: Sanic, path: str, seconds: float = TURNOVER_SECONDS) -> dict[str, Any]:
    """Poll `path` until an answer is not from the cache; fails after `seconds`. That answer."""
    loop = asyncio.get_running_loop()
    began = loop.time()
    while True:
        status, body = await call(app, "GET", path)
        assert status == 200, body
        if not body["cached"]:
            return body
        assert loop.time() - began < seconds, f"{path} still served from the cache after {seconds} s"
        await asyncio.sleep(0.02)
