"""One background writer per worker for what answers leave behind (impressions, stored lists): items queue
in memory and one task writes them a whole batch per statement, off the response path. While a write runs
the next batch gathers, so under load the batches grow instead of the number of concurrent writes (each
write is a Postgres backend competing with the workers for CPU)."""

from __future__ import annotations

import asyncio
import logging
from enum import Enum

import psycopg

from service.http.database import Database, DatabaseUnavailable


class Outcome(Enum):
    STORED = "stored"
    UNAVAILABLE = "unavailable"  # the database could not be reached: the caller decides to retry or drop
    FAILED = "failed"  # the statement failed: logged, the batch is lost


class BatchWriter:
    """Subclasses keep the queue and say how a batch is written (`_drain`); this class schedules the
    writer and runs the statement."""

    def __init__(self, flush_delay_seconds: float, flush_at: int, log: logging.Logger, what: str) -> None:
        self.database: Database | None = None
        self._flush_delay = flush_delay_seconds  # a quiet worker writes this long after the first item
        self._flush_at = flush_at  # ... or at once when this many items are queued
        self._log, self._what = log, what
        self._timer: asyncio.TimerHandle | None = None
        self._writer: asyncio.Task[None] | None = None

    def _queued(self) -> int:
        raise NotImplementedError

    async def _drain(self) -> None:
        """Write everything queued, batch after batch (runs as the writer task)."""
        raise NotImplementedError

    @property
    def idle(self) -> bool:
        """Nothing queued and no write running."""
        return not self._queued() and self._writer is None

    def _schedule(self) -> None:
        """After an item was queued: the running writer takes it with its next batch; else write now
        when enough are queued, or after the flush delay."""
        if self._writer is not None:
            return
        if self._queued() >= self._flush_at:
            self._start_writer()
        elif self._timer is None:
            self._timer = asyncio.get_running_loop().call_later(self._flush_delay, self._start_writer)

    def _retry_later(self, seconds: float) -> None:
        self._timer = asyncio.get_running_loop().call_later(seconds, self._start_writer)

    def _start_writer(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if self._writer is None and self._queued():
            self._writer = asyncio.get_running_loop().create_task(self._run())

    async def _run(self) -> None:
        try:
            await self._drain()
        finally:
            self._writer = None

    async def _execute(self, statement: str, batch: list[str]) -> Outcome:
        """Run `statement` with the batch as one JSON array (its items are JSON texts)."""
        if self.database is None:
            return Outcome.STORED
        try:
            async with self.database.connection() as conn:
                await conn.execute(statement, ("[" + ",".join(batch) + "]",))
        except DatabaseUnavailable:
            return Outcome.UNAVAILABLE
        except psycopg.Error as exc:
            self._log.warning("could not store %d %s: %s", len(batch), self._what, exc)
            return Outcome.FAILED
        except Exception:  # a background task: nobody else would ever see the error
            self._log.exception("could not store %d %s", len(batch), self._what)
            return Outcome.FAILED
        return Outcome.STORED

    async def flush(self) -> None:
        """Write everything queued so far and wait until it is stored (at shutdown and in tests)."""
        self._start_writer()
        if self._writer is not None:
            await asyncio.shield(self._writer)
