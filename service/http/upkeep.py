"""Background upkeep in every worker: rec_upkeep() every PGREC_UPKEEP_INTERVAL_MS on a connection of its
own (never one of the pool's, which serve requests). Tracking only appends; this folds the queued events
into preferences, popularity and baskets. With several workers or instances, each calls it and
rec_upkeep's advisory lock lets one fold while the others return at once."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any

import psycopg

log = logging.getLogger("pgrec.upkeep")

BATCH_EVENTS = 20_000
_FOLD_SQL = "select changed from rec_upkeep(%s) where step = 'events'"


class Upkeep:
    def __init__(self, conninfo: str, interval_ms: int) -> None:
        self.conninfo = conninfo
        self.interval = interval_ms / 1000
        self._task: asyncio.Task[None] | None = None
        self._conn: psycopg.AsyncConnection[Any] | None = None
        self._failing = False

    def start(self) -> None:
        if self.interval > 0 and self._task is None:
            self._task = asyncio.get_running_loop().create_task(self._loop())

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        if self._conn is not None:
            await self._conn.close()
            self._conn = None

    async def _loop(self) -> None:
        while True:
            await asyncio.sleep(self.interval)
            try:
                await self.fold()
            except psycopg.Error as exc:
                # PostgreSQL away or restarting: the circuit answers requests; retry on the next tick.
                if not self._failing:
                    log.warning("upkeep failed (%s: %s); retrying", type(exc).__name__, exc)
                self._failing = True
                if self._conn is not None:
                    await self._conn.close()
                    self._conn = None
                continue
            if self._failing:
                log.warning("upkeep runs again")
                self._failing = False

    async def fold(self) -> int:
        """Fold the queued events, a batch per transaction; returns how many this worker folded (0 when
        another worker or instance holds the upkeep lock)."""
        if self._conn is None or self._conn.closed:
            self._conn = await psycopg.AsyncConnection.connect(
                self.conninfo, autocommit=True, application_name="pgrec-upkeep"
            )
        total = 0
        while True:
            cursor = await self._conn.execute(_FOLD_SQL, (BATCH_EVENTS,))
            row = await cursor.fetchone()
            folded = 0 if row is None else int(row[0])
            total += folded
            if folded < BATCH_EVENTS:
                return total
