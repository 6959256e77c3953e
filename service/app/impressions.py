"""Impression logging off the response path: recommendation responses queue their product ids under
their request id; a flush shortly after writes the whole batch in one rec_log_impressions_batch call."""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any

import psycopg
from psycopg_pool import AsyncConnectionPool, PoolTimeout

log = logging.getLogger("pgrec.impressions")

FLUSH_DELAY_SECONDS = 0.2
FLUSH_AT = 500
FLUSH_SQL = "select rec_log_impressions_batch(%s::jsonb)"


class ImpressionLog:
    def __init__(self) -> None:
        self.pool: AsyncConnectionPool | None = None
        self._pending: list[dict[str, Any]] = []
        self._timer: asyncio.TimerHandle | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self.logged = 0
        self.failed = 0

    def add(self, request_id: str, user_id: str | None, algorithm: str, product_ids: list[str]) -> None:
        if not product_ids or self.pool is None:
            return
        self._pending.append(
            {"request_id": request_id, "user_id": user_id, "algorithm": algorithm, "product_ids": product_ids}
        )
        if len(self._pending) >= FLUSH_AT:
            self._spawn()
        elif self._timer is None:
            self._timer = asyncio.get_running_loop().call_later(FLUSH_DELAY_SECONDS, self._spawn)

    def _take(self) -> list[dict[str, Any]]:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        batch, self._pending = self._pending, []
        return batch

    def _spawn(self) -> None:
        task = asyncio.get_running_loop().create_task(self._write(self._take()))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _write(self, batch: list[dict[str, Any]]) -> None:
        if not batch or self.pool is None:
            return
        try:
            async with self.pool.connection() as conn:
                await conn.execute(FLUSH_SQL, (json.dumps(batch),))
            self.logged += len(batch)
        except (psycopg.Error, PoolTimeout) as exc:
            self.failed += len(batch)
            log.warning("could not log %d impression lists: %s", len(batch), exc)

    async def flush(self) -> None:
        """Write everything queued so far and wait for the writes already running (at shutdown and
        in tests; the background writes never wait on each other)."""
        running = list(self._tasks)
        await self._write(self._take())
        if running:
            await asyncio.gather(*running, return_exceptions=True)
