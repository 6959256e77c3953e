"""The Redis client behind the cache for each form of PGREC_REDIS_URL (service/core/redis_urls.py): one
server, a cluster (redis-py's cluster client: it learns the slots from any node and follows moves) or
Sentinel (the primary the sentinels name, looked up again after a failover). The cache uses get, set,
ping and aclose, which all three offer."""

from __future__ import annotations

from typing import Any

import redis.asyncio as aioredis
from redis.asyncio.cluster import ClusterNode, RedisCluster
from redis.asyncio.sentinel import Sentinel

from service.core.redis_urls import SINGLE_SCHEMES, parse_multi_node, scheme_of

# redis.asyncio.Redis, RedisCluster: no common base class in redis-py.
CacheClient = Any


def cache_client(url: str, timeout: float) -> CacheClient:
    """A client that connects on first use. No socket_timeout: the cache puts one deadline around each
    whole operation (cache.py); `timeout` bounds connecting."""
    if scheme_of(url) in SINGLE_SCHEMES:
        return aioredis.Redis.from_url(url, socket_connect_timeout=timeout, retry_on_timeout=False)
    parts = parse_multi_node(url)
    if parts.kind == "cluster":
        return RedisCluster(
            startup_nodes=[ClusterNode(host, port) for host, port in parts.nodes],
            ssl=parts.tls,
            socket_connect_timeout=timeout,
            username=parts.username,
            password=parts.password,
        )
    sentinel = Sentinel(  # type: ignore[no-untyped-call]
        list(parts.nodes),
        sentinel_kwargs={"socket_connect_timeout": timeout},
        socket_connect_timeout=timeout,
        db=parts.db,
        username=parts.username,
        password=parts.password,
    )
    assert parts.master is not None
    return sentinel.master_for(parts.master)


async def ping_every_node(client: CacheClient) -> None:
    """PING the server, or every primary of a cluster (a cluster client's plain PING asks one node)."""
    if isinstance(client, RedisCluster):
        await client.ping(target_nodes=RedisCluster.PRIMARIES)
    else:
        await client.ping()
