"""Redis stops, freezes or refuses writes mid-test: answers stay 200 (from the second level in PostgreSQL, or
uncached, while it cannot answer), /health says degraded; no list cached before a user's event is served
after it, with two workers, and time-outs never flush what other users have cached."""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
import redis

from service.http import cache as cache_module
from service.local.valkey import LocalRedis
from tests.cli import pgrec_env
from tests.service.conftest import build_app, call, close_app, settings_for
from tests.service.real_server import first_health, http, start, stop
from tests.support.free_port import free_port
from tests.support.metrics import sample


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

        for _ in range(3):  # from the second level (rec_recommendations_cache)
            status, body = await call(app, "GET", path)
            assert status == 200, body
            assert body["cached"] is True
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
        assert sample(metrics, "pgrec_cache_requests_total", kind="recs", result="error")

        own_redis.ensure_running()  # back, empty
        await asyncio.sleep(0.3)  # past the back-off
        _, first = await call(app, "GET", path)
        assert first["cached"] is False
        _, second = await call(app, "GET", path)
        assert second["cached"] is True and second["recommendations"] == first["recommendations"]
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
            # from the second level (rec_recommendations_cache)
            assert body["cached"] is True and body["recommendations"] == cached["recommendations"]
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


@pytest.fixture
def serve(database_url: str, catalog: list[str], own_redis: LocalRedis, tmp_path: Path) -> Iterator[Any]:
    """serve(*options) -> (base URL, log file) of a `pgrec serve` on the private Redis (50 ms deadline),
    stopped after the test."""
    processes: list[subprocess.Popen[bytes]] = []

    def run(*options: str) -> tuple[str, Path]:
        port = free_port()
        env = pgrec_env(
            PGREC_DATABASE_URL=database_url,
            PGREC_REDIS_URL=own_redis.url(),
            PGREC_REDIS_TIMEOUT_MS="50",
            PGREC_DATA_DIR=str(tmp_path / "data"),
        )
        log_path = tmp_path / f"serve-{port}.log"
        process = start(["serve", *options, "--port", str(port)], env, log_path)
        processes.append(process)
        base = f"http://127.0.0.1:{port}"
        first_health(process, base, log_path)
        return base, log_path

    try:
        yield run
    finally:
        for process in processes:
            stop(process)


def pause_redis_writes(url: str, milliseconds: int) -> None:
    """Redis keeps answering reads, and blocks every write (SET, DEL, ...) for `milliseconds`."""
    client = redis.Redis.from_url(url)
    try:
        client.execute_command("CLIENT", "PAUSE", str(milliseconds), "WRITE")
    finally:
        client.close()


def ids(body: dict[str, Any]) -> list[str]:
    return [item["id"] for item in body["recommendations"]]


def test_a_redis_pause_with_two_workers_never_serves_the_list_from_before_an_event(serve, own_redis) -> None:
    # Measured on the old cache: after an outage, a purchase tracked during it was followed by the
    # pre-outage list (led by the product just bought) in 4 of 6 trials: only the worker whose
    # invalidation write failed knew. Here writes are blocked (reads still answer) while the purchase
    # is tracked, and the list is read by both workers during and after the pause.
    base, _ = serve("--workers", "2")
    path = f"{base}/recommendations?user_id=pause-1&limit=5"
    status, _ = http(
        "POST", f"{base}/track", {"user_id": "pause-1", "product_id": "lights-3", "interaction_type": "view"}
    )
    assert status == 202
    with ThreadPoolExecutor(8) as pool:
        warm: list[tuple[int, Any]] = []
        warmed_by = time.monotonic() + 20
        while time.monotonic() < warmed_by:  # rounds of 8 at once (both workers) until one is all cached
            round_ = list(pool.map(lambda _: http("GET", path), range(8)))
            warm.extend(round_)
            if all(body.get("cached") for _, body in round_):
                break
        assert {status for status, _ in warm} == {200}
        assert all(body["cached"] for _, body in warm[-8:]), [body["cached"] for _, body in warm]
        assert len({tuple(ids(body)) for _, body in warm}) == 1
        before = warm[-1][1]
        bought = ids(before)[0]

        pause_redis_writes(own_redis.url(), 3000)
        paused_at = time.monotonic()
        event = {"user_id": "pause-1", "product_id": bought, "interaction_type": "purchase"}
        status, body = http("POST", f"{base}/track", event)
        assert status == 202, body
        answers: list[tuple[float, int, Any]] = []
        # 3 s paused, then on until a round of 8 answers is all cached again (both workers), 20 s at most.
        while time.monotonic() - paused_at < 23.0:
            round_ = [
                (time.monotonic() - paused_at, *answer)
                for answer in pool.map(lambda _: http("GET", path), range(8))
            ]
            answers.extend(round_)
            if round_[0][0] > 3.0 and all(body.get("cached") for _, _, body in round_):
                break
    statuses = {status for _, status, _ in answers}
    assert statuses == {200}, statuses
    stale = [(round(at, 2), body["cached"]) for at, _, body in answers if bought in ids(body)]
    assert not stale, f"{len(stale)} of {len(answers)} answers still held {bought}, bought: {stale[:10]}"
    assert all(body["cached"] for _, _, body in answers[-8:]), "not cached again after the pause"


def test_redis_time_outs_during_tracking_flush_nothing(serve, own_redis, database_url) -> None:
    # Measured on the old cache with 2 workers under a mixed load: every per-user invalidation that
    # missed the 50 ms deadline replaced the global version, flushing every cached list (1,118 times in
    # 3 minutes, hit rate 0.2 %). Here Redis writes block for 0.8 s while 60 events are tracked and new
    # lists are read (their stores time out): the lists other users had cached are still hits after.
    base, log_path = serve("--single-process")
    steady = [f"{base}/recommendations?user_id=steady-{n}&limit=5" for n in range(8)]
    for path in steady:
        http("GET", path)
        status, body = http("GET", path)
        assert status == 200 and body["cached"] is True

    def load(n: int) -> int:
        if n % 10 == 9:
            events = [
                {"user_id": f"busy-{n}-{i}", "product_id": "mugs-2", "interaction_type": "view"}
                for i in range(5)
            ]
            return http("POST", f"{base}/track/batch", {"events": events})[0]
        if n % 4 == 3:
            return http("GET", f"{base}/recommendations?user_id=new-{n}&limit=5")[0]
        event = {"user_id": f"busy-{n}", "product_id": "bags-1", "interaction_type": "view"}
        return http("POST", f"{base}/track", event)[0]

    pause_redis_writes(own_redis.url(), 800)
    with ThreadPoolExecutor(16) as pool:
        statuses = list(pool.map(load, range(80)))
    assert set(statuses) <= {200, 202}, statuses
    time.sleep(1.5)  # past the pause and the back-off that several time-outs in a row start
    hits = sum(http("GET", path)[1]["cached"] for path in steady)
    assert "Redis unavailable (TimeoutError" in log_path.read_text()  # Redis did time out
    assert hits == len(steady), f"{hits} of {len(steady)} cached lists survived"
