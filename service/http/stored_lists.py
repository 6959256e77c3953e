"""The second level of the lists cache, rec_recommendations_cache: lists computed on a miss are queued here
and one writer per worker upserts them with _rec_store_lists, a whole batch per statement, off the request
path (as impressions.py does); the same statement deletes a bounded batch of expired rows. A queued list
that is computed again before the write replaces the queued one. A failed write is logged and dropped
(a list that is not stored is only a later miss); nothing here ever fails a request. The read is part of
the list query (lists.py), under the same token rule as Redis."""

from __future__ import annotations

import asyncio
import json
import logging
import time

import psycopg

from service.http.database import Database, DatabaseUnavailable

log = logging.getLogger("pgrec.stored_lists")

FLUSH_DELAY_SECONDS = 0.2  # a quiet worker writes this long after the first queued list
FLUSH_AT = 200  # ... or at once when this many lists are queued
MAX_BATCH = 1_000  # lists per statement
MAX_PENDING = 10_000  # beyond this (database slow or unreachable) new lists are not stored
FLUSH_SQL = "select _rec_store_lists(%s::jsonb)"

Key = tuple[str, str, str]


class StoredLists:
    def __init__(self) -> None:
        self.database: Database | None = None
        self._pending: dict[Key, tuple[float, str]] = {}  # key -> (monotonic time computed, JSON sans age)
        self._timer: asyncio.TimerHandle | None = None
        self._writer: asyncio.Task[None] | None = None
        self.stored = 0
        self.failed = 0

    @property
    def idle(self) -> bool:
        """Nothing queued and no write running."""
        return not self._pending and self._writer is None

    def add(
        self,
        key: Key,
        algorithm: str,
        params_json: str,
        items: bytes,
        epoch: str,
        watermark: str | None,
        ttl: int,
    ) -> None:
        """Queue a list computed just now: `key` = (kind, subject, params digest), `items` the answer's
        JSON array as served (spliced in, never parsed), stored under `epoch` and the owner's `watermark`
        read with it, for `ttl` seconds from now."""
        if self.database is None or ttl <= 0:
            return
        if key not in self._pending and len(self._pending) >= MAX_PENDING:
            self.failed += 1
            return
        kind, subject, digest = key
        fields = {
            "kind": kind,
            "subject": subject,
            "params_digest": digest,
            "algorithm": algorithm,
            "lists_epoch": epoch,
            "owner_watermark": watermark,
            "ttl_seconds": ttl,
        }
        head = json.dumps(fields)[:-1]
        self._pending[key] = (
            time.monotonic(),
            f'{head},"parameters":{params_json},"results":{items.decode()}',
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
                keys = list(self._pending)[:MAX_BATCH]
                now = time.monotonic()
                batch = []
                for key in keys:
                    computed, entry = self._pending.pop(key)
                    batch.append(f'{entry},"age_seconds":{now - computed:.3f}}}')
                await self._write(batch)
        finally:
            self._writer = None

    async def _write(self, batch: list[str]) -> None:
        """Store `batch`; on any failure the lists are dropped (and counted): they are only a cache."""
        if self.database is None:
            return
        try:
            async with self.database.connection() as conn:
                await conn.execute(FLUSH_SQL, ("[" + ",".join(batch) + "]",))
            self.stored += len(batch)
        except DatabaseUnavailable:
            self.failed += len(batch)
        except psycopg.Error as exc:
            self.failed += len(batch)
            log.warning("could not store %d lists in rec_recommendations_cache: %s", len(batch), exc)
        except Exception:  # a background task: nobody else would ever see the error
            self.failed += len(batch)
            log.exception("could not store %d lists in rec_recommendations_cache", len(batch))

    async def flush(self) -> None:
        """Write everything queued so far and wait until it is stored (at shutdown and in tests)."""
        self._start_writer()
        if self._writer is not None:
            await asyncio.shield(self._writer)
