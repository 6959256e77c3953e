"""The Redis cache of result lists: versioned keys, per-user invalidation, never a failure.

Keys: `rec:<kind>:<subject>:<params digest>`. Each stored value carries the token it was computed
under: the global catalog version (`rec:version`, replaced on a catalog change or refresh) and,
for lists about a user or session, that owner's generation (`rec:gen:<owner>`, replaced when the
owner acts). A value whose token differs from the current one is a miss, so a list computed
while an event was being tracked can never be served after it. Tracking also deletes the
owner's keys (listed in `rec:idx:<owner>`). Redis errors and time-outs are logged once per outage
and answered uncached; a refused connection (or several time-outs in a row) makes the worker skip
Redis for a short back-off. If an invalidation could not be written meanwhile, the global version
is replaced as soon as Redis answers again, so no list that event made stale is ever served.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import logging
import time
import uuid
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

import redis
import redis.asyncio as aioredis

from service.http.metrics import Metrics

log = logging.getLogger("pgrec.cache")

VERSION_KEY = "rec:version"
DEFAULT_TIMEOUT_SECONDS = 0.05
BACKOFF_SECONDS = 1.0
TIMEOUTS_BEFORE_BACKOFF = 3
T = TypeVar("T")


class _Unavailable(Exception):
    """Redis is off, down or in back-off."""


@dataclass
class Lookup:
    """The result of a cache read: the value on a hit, and what a later put() must store with."""

    key: str
    owner: str | None
    token: str | None  # None: Redis unavailable, do not store
    value: bytes | None = None
    hit: bool = False


def params_digest(params: dict[str, Any]) -> str:
    canonical = json.dumps(params, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()[:20]


class Cache:
    def __init__(
        self,
        client: aioredis.Redis | None,
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
        self._lost_writes = False

    @classmethod
    def from_url(cls, url: str | None, ttl: int, timeout_ms: int, metrics: Metrics | None = None) -> Cache:
        if url is None:
            return cls(None, ttl, metrics)
        timeout = timeout_ms / 1000
        # No socket_timeout: with one, redis-py wraps every send in asyncio.wait_for, a task and an
        # event-loop round per command (3 % of a cached answer in py-spy). _run puts one deadline
        # around the whole operation instead; a cancelled read closes its connection in redis-py.
        client = aioredis.Redis.from_url(url, socket_connect_timeout=timeout, retry_on_timeout=False)
        return cls(client, ttl, metrics, timeout)

    @property
    def enabled(self) -> bool:
        return self.client is not None

    async def close(self) -> None:
        if self.client is not None:
            await self.client.aclose()

    # -- state ---------------------------------------------------------------------------------
    async def _run(self, op: Callable[[aioredis.Redis], Awaitable[T]], write: bool = False) -> T:
        """Run `op`; any Redis failure becomes _Unavailable. A refused connection (or several
        time-outs in a row) starts a short back-off. A failed write (an invalidation or version
        bump) may have left stale lists behind, so the next success first replaces the version."""
        client = self.client
        if client is None or time.monotonic() < self._skip_until:
            if write:
                self._lost_writes = True
            raise _Unavailable
        try:
            async with asyncio.timeout(self.timeout):
                result = await op(client)
        except (TimeoutError, redis.RedisError, OSError) as exc:
            self._failures += 1
            if write:
                self._lost_writes = True
            if self._down_since is None:
                self._down_since = time.monotonic()
                log.warning("Redis unavailable (%s: %s); serving uncached", type(exc).__name__, exc)
            timed_out = isinstance(exc, TimeoutError | redis.TimeoutError)
            if not timed_out or self._failures >= TIMEOUTS_BEFORE_BACKOFF:
                self._skip_until = time.monotonic() + BACKOFF_SECONDS
            raise _Unavailable from None
        self._failures = 0
        if self._down_since is not None:
            log.warning("Redis answers again after %.1f s", self._since())
            self._down_since = None
        if self._lost_writes:
            try:
                async with asyncio.timeout(self.timeout):
                    await client.set(VERSION_KEY, uuid.uuid4().hex)
            except (TimeoutError, redis.RedisError, OSError):
                raise _Unavailable from None
            self._lost_writes = False
            log.warning("cache version replaced: invalidations were lost while Redis was unavailable")
            if not write:
                raise _Unavailable  # this answer may predate the invalidation
        return result

    def _since(self) -> float:
        return 0.0 if self._down_since is None else time.monotonic() - self._down_since

    async def ping(self) -> str:
        """ "up", "down" or "disabled" (always asks Redis, ignoring the back-off)."""
        if self.client is None:
            return "disabled"
        try:
            async with asyncio.timeout(self.timeout):
                await self.client.ping()
        except (TimeoutError, redis.RedisError, OSError):
            return "down"
        return "up"

    # -- lists ---------------------------------------------------------------------------------
    @staticmethod
    def key(kind: str, subject: str, params: dict[str, Any]) -> str:
        return f"rec:{kind}:{subject}:{params_digest(params)}"

    async def get(self, kind: str, subject: str, params: dict[str, Any], owner: str | None = None) -> Lookup:
        """Read a list. `owner` ("user:<id>" / "session:<id>") ties it to that owner's events.
        A hit's value is the bytes given to put(), unparsed."""
        key = self.key(kind, subject, params)
        names = [VERSION_KEY, f"rec:gen:{owner}", key] if owner else [VERSION_KEY, key]
        try:
            values = await self._run(lambda client: client.mget(names))
        except _Unavailable:
            self._count(kind, "error" if self.enabled else "off")
            return Lookup(key, owner, None)
        token = "|".join(_text(value) for value in values[:-1])
        lookup = Lookup(key, owner, token)
        raw = values[-1]
        if isinstance(raw, bytes):
            stored_token, _, payload = raw.partition(b"\n")
            if stored_token == token.encode():
                lookup.value, lookup.hit = payload, True
        self._count(kind, "hit" if lookup.hit else "miss")
        return lookup

    async def put(self, lookup: Lookup, payload: bytes) -> None:
        """Store `payload` under the token read by get(): a later change makes it a miss."""
        if lookup.token is None:
            return
        value = lookup.token.encode() + b"\n" + payload

        async def store(client: aioredis.Redis) -> None:
            pipe = client.pipeline(transaction=False)
            pipe.set(lookup.key, value, ex=self.ttl)
            if lookup.owner:
                index = f"rec:idx:{lookup.owner}"
                pipe.sadd(index, lookup.key)
                pipe.expire(index, self.ttl)
            await pipe.execute()

        with contextlib.suppress(_Unavailable):
            await self._run(store)

    async def invalidate(self, owners: Iterable[str]) -> bool:
        """Forget every cached list of these owners; False when Redis could not be reached."""
        owners = sorted(set(owners))
        if not owners or self.client is None:
            return True

        async def drop(client: aioredis.Redis) -> None:
            pipe = client.pipeline(transaction=False)
            for owner in owners:
                pipe.set(f"rec:gen:{owner}", uuid.uuid4().hex, ex=self.ttl + 60)
                pipe.smembers(f"rec:idx:{owner}")
            results: Sequence[Any] = await pipe.execute()
            keys = [f"rec:idx:{owner}" for owner in owners]
            for members in results[1::2]:
                keys.extend(_text(member) for member in members)
            await client.delete(*keys)

        try:
            await self._run(drop, write=True)
        except _Unavailable:
            return False
        return True

    async def bump_version(self) -> bool:
        """A catalog change or refresh: every cached list becomes a miss."""
        try:
            await self._run(lambda client: client.set(VERSION_KEY, uuid.uuid4().hex), write=True)
        except _Unavailable:
            return False
        return True

    def _count(self, kind: str, result: str) -> None:
        if self.metrics is not None:
            self.metrics.cache_event(kind, result)


def _text(value: Any) -> str:
    if value is None:
        return "0"
    return value.decode() if isinstance(value, bytes) else str(value)
