"""Redis stops mid-test: answers stay 200 with cached false, /health says degraded; when Redis is
back, nothing cached before the outage is trusted."""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from service.http import cache as cache_module
from service.local.valkey import LocalRedis
from tests.service.conftest import build_app, call, close_app, settings_for
from tests.support.free_port import free_port


@pytest.fixture
def own_redis() -> Iterator[LocalRedis]:
    root = Path(tempfile.mkdtemp(prefix="pgrec-outage-", dir="/tmp"))
    server = LocalRedis(root, free_port())
    server.ensure_running()
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)


async def test_requests_survive_redis_stopping(database_url, catalog, own_redis, monkeypatch):
    monkeypatch.setattr(cache_module, "BACKOFF_SECONDS", 0.2)
    url = own_redis.url()
    app = await build_app(settings_for(database_url, url, PGREC_REDIS_TIMEOUT_MS="50"), url)
    try:
        path = "/recommendations?user_id=outage-1&limit=5"
        await call(app, "GET", path)
        _, cached = await call(app, "GET", path)
        assert cached["cached"] is True

        pid = own_redis._pid()
        assert pid is not None and own_redis.stop()  # SIGTERM to its pid, waits until it is gone

        for _ in range(3):
            status, body = await call(app, "GET", path)
            assert status == 200, body
            assert body["cached"] is False
            assert body["recommendations"] == cached["recommendations"]
        status, body = await call(app, "GET", "/products/lights-0/similar")
        assert status == 200 and body["cached"] is False
        status, body = await call(
            app,
            "POST",
            "/track",
            json={"user_id": "outage-1", "product_id": "bags-2", "interaction_type": "view"},
        )
        assert status == 202, body
        status, health = await call(app, "GET", "/health")
        assert status == 200
        assert health["status"] == "degraded" and health["cache"]["status"] == "down"
        _, metrics = await call(app, "GET", "/metrics")
        assert 'pgrec_cache_requests_total{kind="recs",result="error"}' in metrics

        own_redis.ensure_running()  # back, empty
        await asyncio.sleep(0.3)  # past the back-off
        _, first = await call(app, "GET", path)
        assert first["cached"] is False
        _, second = await call(app, "GET", path)
        assert second["cached"] is False  # the answer that saw Redis come back was not stored
        _, third = await call(app, "GET", path)
        assert third["cached"] is True
        status, health = await call(app, "GET", "/health")
        assert health["status"] == "healthy"
    finally:
        await close_app(app)


async def test_a_redis_that_stops_answering_is_skipped_after_the_time_out(database_url, catalog, own_redis):
    # SIGSTOP: connections stay open and accept what is sent, but no reply ever comes. Every cache
    # operation has one deadline (PGREC_REDIS_TIMEOUT_MS), so requests answer uncached instead of hanging.
    url = own_redis.url()
    app = await build_app(settings_for(database_url, url, PGREC_REDIS_TIMEOUT_MS="50"), url)
    pid = own_redis._pid()
    assert pid is not None
    try:
        path = "/recommendations?user_id=frozen-1&limit=5"
        await call(app, "GET", path)
        _, cached = await call(app, "GET", path)
        assert cached["cached"] is True
        os.kill(pid, signal.SIGSTOP)
        for _ in range(4):  # time-outs, then the back-off
            status, body = await asyncio.wait_for(call(app, "GET", path), timeout=10)
            assert status == 200, body
            assert body["cached"] is False and body["recommendations"] == cached["recommendations"]
        status, health = await asyncio.wait_for(call(app, "GET", "/health"), timeout=10)
        assert status == 200 and health["cache"]["status"] == "down"
    finally:
        os.kill(pid, signal.SIGCONT)
        await close_app(app)


async def test_cache_off_serves_uncached(database_url, catalog):
    app = await build_app(settings_for(database_url, None), None)
    try:
        for _ in range(2):
            status, body = await call(app, "GET", "/recommendations?user_id=nocache&limit=3")
            assert status == 200 and body["cached"] is False
        _, health = await call(app, "GET", "/health")
        assert health["status"] == "healthy" and health["cache"]["status"] == "disabled"
    finally:
        await close_app(app)
