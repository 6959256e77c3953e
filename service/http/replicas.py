"""Read replicas (PGREC_REPLICA_URLS): ranked lists are read from a streaming standby that is up and
within PGREC_REPLICA_MAX_LAG_MS of the primary; tracking, catalog writes, impressions, admin work and
every other statement stay on the primary, and with no usable replica the primary serves the lists too.

Lag: each worker samples the primary's WAL position every MONITOR_INTERVAL_SECONDS and reads how far
each replica has replayed; a replica's lag is the age of the oldest sample it has not replayed yet
(0 once it has replayed every sample), so an idle primary never makes a replica look behind and a
replica whose replay stopped is seen lagging as soon as the primary writes. A replica that fails a
statement or a connection is skipped until it answers again (its own circuit, database.py)."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

import psycopg

from service.core.db_urls import redact
from service.http.database import Database, DatabaseUnavailable
from service.http.db import make_pool

log = logging.getLogger("pgrec.replicas")

MONITOR_INTERVAL_SECONDS = 0.25
REPLICA_POOL_MAX_SIZE = 5
T = TypeVar("T")


def lsn_value(lsn: str) -> int:
    """A pg_lsn's text ('16/B374D848') as a number, for comparing positions."""
    high, _, low = lsn.partition("/")
    return (int(high, 16) << 32) + int(low, 16)


@dataclass
class Replica:
    url: str
    database: Database
    state: str = "unknown"  # up | lagging | down | unknown (not measured yet)
    lag_seconds: float | None = None
    reads: int = 0  # lists this worker read here

    def describe(self) -> dict[str, Any]:
        lag = None if self.lag_seconds is None else round(self.lag_seconds * 1000, 1)
        return {"url": redact(self.url), "status": self.state, "lag_ms": lag, "reads": self.reads}


@dataclass
class Replicas:
    primary: Database
    max_lag_seconds: float
    replicas: list[Replica] = field(default_factory=list)
    _samples: deque[tuple[float, int]] = field(default_factory=deque)  # (monotonic time, primary LSN)
    _turn: itertools.count[int] = field(default_factory=itertools.count)
    _monitor: asyncio.Task[None] | None = None

    @classmethod
    async def open(cls, urls: tuple[str, ...], max_lag_ms: int, primary: Database) -> Replicas:
        replicas = cls(primary, max_lag_ms / 1000)
        for url in urls:
            pool = make_pool(url, min_size=1, max_size=REPLICA_POOL_MAX_SIZE)
            await pool.open(wait=False)
            replicas.replicas.append(Replica(url, Database(pool)))
        replicas._monitor = asyncio.get_running_loop().create_task(replicas._watch())
        return replicas

    def pick(self) -> Replica | None:
        """A usable replica, in turn; None when there is none (the primary serves)."""
        usable = [r for r in self.replicas if r.state == "up"]
        return usable[next(self._turn) % len(usable)] if usable else None

    def failed(self, replica: Replica, exc: BaseException) -> None:
        if replica.state != "down":
            log.warning("replica %s failed a read (%s): reading from the primary", redact(replica.url), exc)
        replica.state = "down"

    def describe(self) -> list[dict[str, Any]]:
        return [replica.describe() for replica in self.replicas]

    async def _watch(self) -> None:
        while True:
            try:
                await self._measure()
            except (DatabaseUnavailable, psycopg.Error):
                pass  # the primary is down: its own circuit answers 503; replicas keep their last state
            except Exception:  # the monitor outlives anything unexpected; say what it was
                log.exception("measuring the replicas failed")
            await asyncio.sleep(MONITOR_INTERVAL_SECONDS)

    async def _measure(self) -> None:
        async with self.primary.connection() as conn:
            row = await (await conn.execute("select pg_current_wal_lsn()::text")).fetchone()
        assert row is not None
        now = time.monotonic()
        self._samples.append((now, lsn_value(row[0])))
        horizon = now - max(10.0, 4 * self.max_lag_seconds)  # older samples cannot change a decision
        while len(self._samples) > 1 and self._samples[0][0] < horizon:
            self._samples.popleft()
        await asyncio.gather(*(self._measure_replica(replica, now) for replica in self.replicas))

    async def _measure_replica(self, replica: Replica, now: float) -> None:
        try:
            async with replica.database.connection(timeout=1.0) as conn:
                cursor = await conn.execute("select pg_last_wal_replay_lsn()::text")
                row = await cursor.fetchone()
        except (DatabaseUnavailable, psycopg.Error):
            replica.state, replica.lag_seconds = "down", None
            return
        if row is None or row[0] is None:  # not a standby (no replay position): never read from it
            replica.state, replica.lag_seconds = "down", None
            return
        replayed = lsn_value(row[0])
        behind = next((at for at, lsn in self._samples if lsn > replayed), None)
        replica.lag_seconds = 0.0 if behind is None else now - behind
        replica.state = "up" if replica.lag_seconds <= self.max_lag_seconds else "lagging"

    async def close(self) -> None:
        if self._monitor is not None:
            self._monitor.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._monitor
        for replica in self.replicas:
            await replica.database.close()
            await replica.database.pool.close()


async def on_a_replica(
    replicas: Replicas,
    read: Callable[[Database], Awaitable[T]],
    acceptable: Callable[[T], bool] | None = None,
) -> tuple[T, str]:
    """`read` on a usable replica when `acceptable` (e.g. it saw the owner's latest event) holds for
    its answer, else on the primary; with which one answered ("replica" or "primary")."""
    replica = replicas.pick()
    if replica is not None:
        try:
            answer = await read(replica.database)
        except (DatabaseUnavailable, psycopg.OperationalError) as exc:
            replicas.failed(replica, exc)  # includes a query cancelled by a recovery conflict
        else:
            if acceptable is None or acceptable(answer):
                replica.reads += 1
                return answer, "replica"
    return await read(replicas.primary), "primary"
