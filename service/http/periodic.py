"""A worker's periodic background job on a connection of its own (never one of the pool's, which serve
requests): started after the server starts, run every interval after a first wait, stopped (cancelled,
connection closed) before it stops. PostgreSQL away: the job fails, is logged once, and runs again on a new
connection at the next tick."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any

import psycopg

log = logging.getLogger("pgrec.upkeep")


class Periodic:
    name = "background job"  # in log lines
    application_name = "pgrec-background"

    def __init__(self, conninfo: str, interval_ms: int) -> None:
        self.conninfo = conninfo
        self.interval = interval_ms / 1000
        self._task: asyncio.Task[None] | None = None
        self._conn: psycopg.AsyncConnection[Any] | None = None
        self._failing = False

    async def run_once(self, conn: psycopg.AsyncConnection[Any]) -> Any:
        raise NotImplementedError

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

    async def connection(self) -> psycopg.AsyncConnection[Any]:
        if self._conn is None or self._conn.closed:
            self._conn = await psycopg.AsyncConnection.connect(
                self.conninfo, autocommit=True, application_name=self.application_name
            )
        return self._conn

    async def _loop(self) -> None:
        while True:
            # A first wait, not a run at start: a worker that just started (or a test app started around one
            # request) does not begin work it would be stopped in.
            await asyncio.sleep(self.interval)
            try:
                await self.run_once(await self.connection())
            except (psycopg.Error, RuntimeError) as exc:
                # PostgreSQL away or restarting (the circuit answers requests), or a child process failed.
                if not self._failing:
                    log.warning("%s failed (%s: %s); retrying", self.name, type(exc).__name__, exc)
                self._failing = True
                if self._conn is not None:
                    await self._conn.close()
                    self._conn = None
                continue
            if self._failing:
                log.warning("%s runs again", self.name)
                self._failing = False
