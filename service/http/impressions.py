"""Impression logging off the response path: recommendation responses queue their product ids under
their request id, and one writer per worker stores them with rec_log_impressions_batch, a whole batch
per statement. While a write runs the next batch gathers, so under load the batches grow instead of
the number of concurrent writes (each write is a Postgres backend competing with the workers for CPU)."""

from __future__ import annotations

import asyncio
import json
import logging

import psycopg

from service.http.database import Database, DatabaseUnavailable

log = logging.getLogger("pgrec.impressions")

FLUSH_DELAY_SECONDS = 0.2  # a quiet worker writes this long after the first queued list
FLUSH_AT = 500  # ... or at once when this many lists are queued
MAX_BATCH = 5_000  # lists per statement
MAX_PENDING = 100_000  # beyond this (database unreachable) new lists are dropped and counted
RETRY_SECONDS = 1.0  # a batch that found the database unavailable is tried again this much later
FLUSH_SQL = "select rec_log_impressions_batch(%s::jsonb)"


class ImpressionLog:
    def __init__(self) -> None:
        self.database: Database | None = None
        self._pending: list[str] = []  # JSON objects, one per list
        self._timer: asyncio.TimerHandle | None = None
        self._writer: asyncio.Task[None] | None = None
        self.logged = 0
        self.failed = 0

    @property
    def idle(self) -> bool:
        """Nothing queued and no write running."""
        return not self._pending and self._writer is None

    def add(self, request_id: str, user_id: str | None, algorithm: str, product_ids_json: bytes) -> None:
        """Queue one answer's list. `product_ids_json` is the JSON array the cache stores beside the
        list, spliced in as it is: a cached answer costs no JSON parsing here."""
        if product_ids_json == b"[]" or self.database is None:
            return
        if len(self._pending) >= MAX_PENDING:
            self.failed += 1
            return
        self._pending.append(
            f'{{"request_id":"{request_id}","user_id":{json.dumps(user_id)},'
            f'"algorithm":{json.dumps(algorithm)},"product_ids":{product_ids_json.decode()}}}'
        )
        if self._writer is not None:
            return  # the running writer takes this list with its next batch
        if len(self._pending) >= FLUSH_AT:
            self._start_writer()
        elif self._timer is None:
            self._timer = asyncio.get_running_loop().call_later(FLUSH_DELAY_SECONDS, self._start_writer)

    def _start_writer(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if self._writer is None and self._pending:
            self._writer = asyncio.get_running_loop().create_task(self._drain())

    async def _drain(self) -> None:
        try:
            while self._pending:
                batch, self._pending = self._pending[:MAX_BATCH], self._pending[MAX_BATCH:]
                if not await self._write(batch):
                    # Database unavailable: keep the batch (in order, within MAX_PENDING) and retry.
                    self._pending = batch + self._pending
                    self.failed += max(0, len(self._pending) - MAX_PENDING)
                    del self._pending[MAX_PENDING:]
                    self._timer = asyncio.get_running_loop().call_later(RETRY_SECONDS, self._start_writer)
                    return
        finally:
            self._writer = None

    async def _write(self, batch: list[str]) -> bool:
        """Store `batch`; False when the database was unavailable (the batch is to be retried)."""
        if self.database is None:
            return True
        try:
            async with self.database.connection() as conn:
                await conn.execute(FLUSH_SQL, ("[" + ",".join(batch) + "]",))
            self.logged += len(batch)
        except DatabaseUnavailable:
            return False
        except psycopg.Error as exc:
            self.failed += len(batch)
            log.warning("could not log %d impression lists: %s", len(batch), exc)
        except Exception:  # a background task: nobody else would ever see the error
            self.failed += len(batch)
            log.exception("could not log %d impression lists", len(batch))
        return True

    async def flush(self) -> None:
        """Write everything queued so far and wait until it is stored (at shutdown and in tests)."""
        self._start_writer()
        if self._writer is not None:
            await asyncio.shield(self._writer)
