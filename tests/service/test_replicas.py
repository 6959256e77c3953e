"""Read replicas (PGREC_REPLICA_URLS) against a real streaming standby of the test server, built with the
embedded binaries' pg_basebackup: lists are read from it; a user's own event is in their next list at
once even while the standby replays nothing; a standby past the lag bound is skipped, a stopped one
answered for by the primary."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
from sanic import Sanic

from service.core.config import Settings
from service.http.database import Database
from service.http.replicas import Replicas
from tests.service.conftest import build_app, close_app, settings_for
from tests.service.real_server import served
from tests.support.free_port import free_port
from tests.support.postgres_source import TestPostgres
from tests.support.standby import Standby

USER = "shopper-3"  # viewed mugs-0..mugs-3 (tests/service/catalog.py)


@pytest.fixture(scope="module")
def standby(
    pg_server: TestPostgres, database_url: str, catalog: list[str], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Standby]:
    if pg_server.kind != "embedded":
        pytest.skip(
            f"a standby is built from the embedded server's binaries; the test server is {pg_server.kind}"
        )
    primary_port = urlsplit(pg_server.url).port
    assert primary_port is not None
    server = Standby(Path(tmp_path_factory.mktemp("standby")), free_port(), primary_port)
    try:
        server.start()
        server.wait_caught_up(database_url)
        yield server
    finally:
        server.stop()


def replica_url(standby: Standby, database_url: str) -> str:
    return standby.url(urlsplit(database_url).path.lstrip("/"))


@pytest.fixture
async def replica_app(standby: Standby, database_url: str) -> AsyncIterator[Any]:
    """A factory of apps reading from the standby (no cache: every list is read from a database)."""
    apps: list[Sanic] = []

    async def make(max_lag_ms: int) -> Sanic:
        settings = settings_for(
            database_url,
            None,
            PGREC_REPLICA_URLS=replica_url(standby, database_url),
            PGREC_REPLICA_MAX_LAG_MS=str(max_lag_ms),
        )
        app = await with_replicas(await build_app(settings, None), settings)
        apps.append(app)
        await replica_state(app, "up")
        return app

    yield make
    for app in apps:
        await close_with_replicas(app)


async def with_replicas(app: Sanic, settings: Settings) -> Sanic:
    """Opened here, as the pool is: the test client starts and stops the app around every request."""
    app.ctx.replicas = await Replicas.open(
        settings.replica_urls, settings.replica_max_lag_ms, Database(app.ctx.pool)
    )
    return app


async def close_with_replicas(app: Sanic) -> None:
    await app.ctx.replicas.close()
    await close_app(app)


async def get(app: Sanic, path: str) -> tuple[dict[str, Any], str | None]:
    _request, response = await app.asgi_client.get(path)
    assert response.status == 200, response.text
    return response.json, response.headers.get("x-pgrec-database")


async def replica_state(app: Sanic, wanted: str, seconds: float = 20) -> dict[str, Any]:
    """Poll /health until the replica's status is `wanted`; its entry."""
    loop = asyncio.get_running_loop()
    began = loop.time()
    while True:
        _request, response = await app.asgi_client.get("/health")
        entries = response.json.get("replicas") or []
        if entries and entries[0]["status"] == wanted:
            return entries[0]
        assert loop.time() - began < seconds, f"replica never {wanted}: {entries}"
        await asyncio.sleep(0.1)


async def read_from_the_replica_again(app: Sanic, path: str, seconds: float = 10) -> None:
    loop = asyncio.get_running_loop()
    began = loop.time()
    while (await get(app, path))[1] != "replica":
        assert loop.time() - began < seconds, f"{path} still read from the primary after {seconds} s"
        await asyncio.sleep(0.1)


def track(app: Sanic, user_id: str, product_id: str) -> Any:
    return app.asgi_client.post(
        "/track", json={"user_id": user_id, "product_id": product_id, "interaction_type": "view"}
    )


async def test_lists_are_read_from_the_replica(replica_app: Any) -> None:
    app = await replica_app(60_000)
    entry = await replica_state(app, "up")
    assert entry["lag_ms"] is not None and "password" not in entry["url"]
    for path in (f"/recommendations?user_id={USER}", "/products/mugs-0/similar", "/trending"):
        body, source = await get(app, path)
        assert source == "replica", path
        assert body["recommendations"], path
    assert (await replica_state(app, "up"))["reads"] >= 3


async def test_a_users_own_event_is_in_their_next_list_while_the_replica_replays_nothing(
    replica_app: Any, standby: Standby, database_url: str
) -> None:
    app = await replica_app(60_000)
    before, _ = await get(app, f"/recommendations?user_id={USER}")
    shown = [item["id"] for item in before["recommendations"]]
    assert shown
    standby.replay(paused=True)
    try:
        _request, response = await track(app, USER, shown[0])
        assert response.status == 202, response.text
        after, source = await get(app, f"/recommendations?user_id={USER}")
        # exclude_seen: the product just viewed leaves the list; only the primary knows the view yet.
        assert source == "primary"
        assert shown[0] not in [item["id"] for item in after["recommendations"]]
        other, other_source = await get(app, "/recommendations?user_id=shopper-1")
        assert other_source == "replica" and other["recommendations"]  # others still read the replica
    finally:
        standby.replay(paused=False)
    standby.wait_caught_up(database_url)
    # Caught up: the user's lists go back to the replica (a read cancelled by a recovery conflict while
    # replay resumed falls back to the primary and skips the replica until the monitor sees it again).
    await read_from_the_replica_again(app, f"/recommendations?user_id={USER}")


async def test_a_replica_past_the_lag_bound_is_skipped(
    replica_app: Any, standby: Standby, database_url: str
) -> None:
    app = await replica_app(300)
    standby.replay(paused=True)
    try:
        _request, response = await track(app, "shopper-5", "mugs-1")  # the primary moves on
        assert response.status == 202, response.text
        entry = await replica_state(app, "lagging")
        assert entry["lag_ms"] > 300
        body, source = await get(app, "/recommendations?user_id=shopper-1")
        assert source == "primary" and body["recommendations"]
    finally:
        standby.replay(paused=False)
    standby.wait_caught_up(database_url)
    await read_from_the_replica_again(app, "/recommendations?user_id=shopper-1")


async def test_a_stopped_replica_leaves_the_lists_to_the_primary(replica_app: Any, standby: Standby) -> None:
    app = await replica_app(60_000)
    assert standby.stop(), "the standby was not running"
    try:
        for path in ("/recommendations?user_id=shopper-1", "/products/mugs-0/similar"):
            _body, source = await get(app, path)  # at once: the first failed read falls back
            assert source == "primary", path
        await replica_state(app, "down")
    finally:
        standby.ensure_running()
    await replica_state(app, "up")


async def test_a_primary_named_as_a_replica_is_never_read_from(database_url: str) -> None:
    # pg_last_wal_replay_lsn() is null on a primary: a misconfigured URL is reported down, not used.
    settings = settings_for(database_url, None, PGREC_REPLICA_URLS=database_url)
    app = await with_replicas(await build_app(settings, None), settings)
    try:
        await replica_state(app, "down")
        _, source = await get(app, "/recommendations?user_id=shopper-1")
        assert source == "primary"
    finally:
        await close_with_replicas(app)


def test_pgrec_serve_with_two_workers_reads_lists_from_the_replica(
    standby: Standby, database_url: str, redis_url: str, tmp_path: Path
) -> None:
    with served(
        database_url,
        "none",
        tmp_path,
        PGREC_WORKERS="2",
        PGREC_REPLICA_URLS=replica_url(standby, database_url),
    ) as base:
        deadline, up_in_a_row = time.monotonic() + 20, 0
        # each worker measures its replicas within a fraction of a second of starting; /health is answered by
        # either worker, so both have when ten answers in a row say up
        while up_in_a_row < 10:
            health = httpx.get(f"{base}/health").json()
            up = all(entry["status"] == "up" for entry in health["replicas"])
            up_in_a_row = up_in_a_row + 1 if up else 0
            assert time.monotonic() < deadline, health
            time.sleep(0.05)
        sources = {
            httpx.get(f"{base}/recommendations", params={"user_id": f"shopper-{n % 6}"}).headers.get(
                "x-pgrec-database"
            )
            for n in range(20)
        }
        assert sources == {"replica"}
