"""The cache on a real 3-node Valkey cluster (PGREC_REDIS_URL=redis+cluster://...): lists are cached and
served from it, a user's event turns that user's lists over, a change announced by PostgreSQL turns every
list over, one user's lists share a hash slot, and with a node killed every answer is still a 200
(uncached where its slot is gone). And behind a real Sentinel (redis+sentinel://...)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import psycopg
import pytest
from redis.crc import key_slot
from sanic import Sanic

from service.http.cache import Cache
from tests.service.conftest import build_app, cached_twice, call, close_app, settings_for, turned_over
from tests.support.valkey_cluster import ValkeyCluster, cluster_ports
from tests.support.valkey_sentinel import ValkeySentinel

USER = "shopper-3"


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ValkeyCluster]:
    nodes = ValkeyCluster(Path(tmp_path_factory.mktemp("valkey-cluster")), cluster_ports(3))
    try:
        nodes.start()  # inside: a node that started before another failed is stopped too
        yield nodes
    finally:
        nodes.stop()


@pytest.fixture
async def app(database_url: str, catalog: list[str], cluster: ValkeyCluster) -> AsyncIterator[Sanic]:
    settings = settings_for(database_url, cluster.url(), PGREC_REDIS_TIMEOUT_MS="200")
    application = await build_app(settings, cluster.url())
    try:
        yield application
    finally:
        await close_app(application)


def test_one_users_lists_share_a_hash_slot() -> None:
    keys = [Cache.key(kind, f"user:{USER}", {"k": k}) for kind in ("recs", "buy_again") for k in (5, 10)]
    assert len({key_slot(key.encode()) for key in keys}) == 1
    others = {key_slot(Cache.key("recs", f"user:shopper-{n}", {"k": 10}).encode()) for n in range(6)}
    assert len(others) > 1  # users are spread over the cluster


async def test_lists_are_cached_in_the_cluster(app: Sanic) -> None:
    for path in (f"/recommendations?user_id={USER}", "/products/mugs-0/similar", "/trending"):
        assert (await cached_twice(app, path))["cached"]


async def test_a_users_event_turns_their_lists_over(app: Sanic) -> None:
    before = await cached_twice(app, f"/recommendations?user_id={USER}")
    viewed = before["recommendations"][0]["id"]
    status, body = await call(
        app, "POST", "/track", json={"user_id": USER, "product_id": viewed, "interaction_type": "view"}
    )
    assert status == 202, body
    status, after = await call(app, "GET", f"/recommendations?user_id={USER}")
    assert status == 200 and not after["cached"]
    assert viewed not in [item["id"] for item in after["recommendations"]]


async def test_a_change_announced_by_postgres_turns_every_list_over(app: Sanic, database_url: str) -> None:
    before = await cached_twice(app, "/products/mugs-0/similar")
    dropped = before["recommendations"][0]["id"]
    with psycopg.connect(database_url, autocommit=True) as conn:
        conn.execute("update rec_products set is_active = false where id = %s", (dropped,))
    try:
        after = await turned_over(app, "/products/mugs-0/similar")
        assert dropped not in [item["id"] for item in after["recommendations"]]
    finally:
        with psycopg.connect(database_url, autocommit=True) as conn:
            conn.execute("update rec_products set is_active = true where id = %s", (dropped,))


async def test_a_killed_node_leaves_answers_uncached_never_failed(app: Sanic, cluster: ValkeyCluster) -> None:
    users = [f"shopper-{n}" for n in range(6)]
    for user in users:
        await cached_twice(app, f"/recommendations?user_id={user}")
    cluster.kill(cluster.ports[0])
    sources = []
    for _ in range(3):
        for user in users:
            _request, response = await app.asgi_client.get(f"/recommendations?user_id={user}")
            assert response.status == 200, response.text
            assert response.json["recommendations"]
            sources.append(response.headers["x-pgrec-cache"])
    # The killed node's users are answered from PostgreSQL (the second level, or computed).
    assert set(sources) - {"redis"}, sources
    status, health = await call(app, "GET", "/health")
    assert status == 200 and health["status"] == "degraded" and health["cache"]["status"] == "down"


@pytest.fixture(scope="module")
def sentinel(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ValkeySentinel]:
    watched = ValkeySentinel(Path(tmp_path_factory.mktemp("valkey-sentinel")))
    try:
        watched.start()
        yield watched
    finally:
        watched.stop()


async def test_sentinel_names_the_cache(
    database_url: str, catalog: list[str], sentinel: ValkeySentinel
) -> None:
    settings = settings_for(database_url, sentinel.url())
    application = await build_app(settings, sentinel.url())
    try:
        assert (await cached_twice(application, f"/recommendations?user_id={USER}"))["cached"]
        status, health = await call(application, "GET", "/health")
        assert status == 200 and health["cache"]["status"] == "up"
    finally:
        await close_app(application)
