"""The Redis cache of result lists: a value is served only under the token it was computed under, so
correctness never depends on Redis.

Keys: `rec:{<subject>}:<kind>:<params digest>` (the subject is the hash tag, so on a cluster one user's
lists share a slot); each value carries its token: the worker's lists epoch
(lists_epoch.py: the last change to lists PostgreSQL announced with NOTIFY, so changes from psql, the
CLI, the Medusa sync or HTTP all turn the cache over) and, for a list about a user or a session, that
owner's watermark (_rec_list_watermark: the count and largest id of their events), read from PostgreSQL
on every read of such a list and before the list is computed. So no list cached before an owner's event
is served after it, whichever worker cached it and whatever Redis did meanwhile; a stale value is a miss
and is overwritten. A miss reads the second level, rec_recommendations_cache, under the same rule
(lists.py, stored_lists.py). Redis errors and time-outs are logged once per outage and answered uncached; a
refused connection (or several time-outs in a row) skips Redis for a short back-off. Nothing is ever
flushed.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import redis

from service.http.cache_client import CacheClient, cache_client, ping_every_node
from service.http.metrics import Metrics

log = logging.getLogger("pgrec.cache")

DEFAULT_TIMEOUT_SECONDS = 0.05
BACKOFF_SECONDS = 1.0
TIMEOUTS_BEFORE_BACKOFF = 3
HEALTH_PING_SECONDS = 0.5  # /health: how long Redis may take to answer a ping before it counts as down
T = TypeVar("T")


class _Unavailable(Exception):
    """Redis is off, down or in back-off."""


@dataclass
class Lookup:
    """What Redis holds for a key: the stored token and payload (None when absent), and whether a list
    computed now may be stored (Redis answered)."""

    key: str
    usable: bool
    token: bytes | None = None
    payload: bytes | None = None


def params_digest(params: dict[str, Any]) -> str:
    canonical = json.dumps(params, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()[:20]


class Cache:
    def __init__(
        self,
        client: CacheClient | None,
        ttl: int,
        metrics: Metrics | None = None,
        timeout: float = DEFAULT_TIMEOUT_SECONDS,
    ) -> None:
        self.client = client
        self.ttl = ttl
        self.metrics = metrics
        self.timeout = timeout  # seconds for a whole operation (sends, reads, pipeline)
        self._down_since: float | None = None
        self._skip_until = 0.0
        self._failures = 0  # consecutive

    @classmethod
    def from_url(cls, url: str | None, ttl: int, timeout_ms: int, metrics: Metrics | None = None) -> Cache:
        if url is None:
            return cls(None, ttl, metrics)
        timeout = timeout_ms / 1000
        # No socket_timeout: with one, redis-py wraps every send in asyncio.wait_for, a task and an
        # event-loop round per command (3 % of a cached answer in py-spy). _run puts one deadline
        # around the whole operation instead; a cancelled read closes its connection in redis-py.
        return cls(cache_client(url, timeout), ttl, metrics, timeout)

    @property
    def enabled(self) -> bool:
        return self.client is not None

    async def close(self) -> None:
        if self.client is not None:
            await self.client.aclose()

    # -- state ---------------------------------------------------------------------------------
    async def _run(self, op: Callable[[CacheClient], Awaitable[T]]) -> T:
        """Run `op`; any Redis failure becomes _Unavailable. A refused connection (or several
        time-outs in a row) starts a short back-off. A failure changes nothing else: no value can
        become servable by a write that was lost."""
        client = self.client
        if client is None or time.monotonic() < self._skip_until:
            raise _Unavailable
        try:
            async with asyncio.timeout(self.timeout):
                result = await op(client)
        except (TimeoutError, redis.RedisError, OSError) as exc:
            self._failures += 1
            if self._down_since is None:
                self._down_since = time.monotonic()
                log.warning("Redis unavailable (%s: %s); serving uncached", type(exc).__name__, exc)
            timed_out = isinstance(exc, TimeoutError | redis.TimeoutError)
            if not timed_out or self._failures >= TIMEOUTS_BEFORE_BACKOFF:
                self._skip_until = time.monotonic() + BACKOFF_SECONDS
            raise _Unavailable from None
        self._failures = 0
        if self._down_since is not None:
            log.warning("Redis answers again after %.1f s", time.monotonic() - self._down_since)
            self._down_since = None
        return result

    async def ping(self) -> str:
        """ "up", "down" or "disabled" (always asks Redis, ignoring the back-off). Waits at least
        HEALTH_PING_SECONDS: the request deadline (50 ms by default) is a budget for serving, and a worker
        busy loading the model (its thread holds the GIL in turns) overran it with Redis answering."""
        if self.client is None:
            return "disabled"
        try:
            async with asyncio.timeout(max(self.timeout, HEALTH_PING_SECONDS)):
                await ping_every_node(self.client)
        except (TimeoutError, redis.RedisError, OSError):
            return "down"
        return "up"

    # -- lists ---------------------------------------------------------------------------------
    @staticmethod
    def key(kind: str, subject: str, params: dict[str, Any]) -> str:
        # {subject} is the hash tag: on a cluster all lists of one user (or product, ...) share a slot.
        return f"rec:{{{subject}}}:{kind}:{params_digest(params)}"

    async def get(self, kind: str, subject: str, params: dict[str, Any]) -> Lookup:
        """What is stored for this list, unparsed; the caller compares its token with the current one
        and counts the result (count())."""
        key = self.key(kind, subject, params)
        try:
            raw = await self._run(lambda client: client.get(key))
        except _Unavailable:
            return Lookup(key, usable=False)
        lookup = Lookup(key, usable=True)
        if isinstance(raw, bytes):
            lookup.token, _, lookup.payload = raw.partition(b"\n")
        return lookup

    async def put(self, lookup: Lookup, token: str, payload: bytes, ttl: int | None = None) -> None:
        """Store `payload` under `token` (the token read before the list was computed) for `ttl` seconds
        (default: the cache's), unless the read found Redis unavailable. A failure is only logged: the
        value is simply not cached."""
        if not lookup.usable:
            return
        value = token.encode() + b"\n" + payload
        expires = min(ttl, self.ttl) if ttl is not None else self.ttl
        with contextlib.suppress(_Unavailable):
            await self._run(lambda client: client.set(lookup.key, value, ex=expires))

    def count(self, kind: str, result: str) -> None:
        """hit, miss, error (Redis unavailable), off (no Redis configured) or bypass (not listening)."""
        if self.metrics is not None:
            self.metrics.cache_event(kind, result)
