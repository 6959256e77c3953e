"""The second level of the lists cache, rec_recommendations_cache: lists computed on a miss are queued here
and one writer per worker upserts them with _rec_store_lists, a whole batch per statement, off the request
path (as impressions.py does); the same statement deletes a bounded batch of expired rows. A queued list
that is computed again before the write replaces the queued one. A failed write is logged and dropped
(a list that is not stored is only a later miss); nothing here ever fails a request. The read is part of
the list query (lists.py), under the same token rule as Redis."""

from __future__ import annotations

import json
import logging
import time

from service.http.batch_writer import BatchWriter, Outcome

log = logging.getLogger("pgrec.stored_lists")

FLUSH_DELAY_SECONDS = 0.2  # a quiet worker writes this long after the first queued list
FLUSH_AT = 200  # ... or at once when this many lists are queued
MAX_BATCH = 1_000  # lists per statement
MAX_PENDING = 10_000  # beyond this (database slow or unreachable) new lists are not stored
FLUSH_SQL = "select _rec_store_lists(%s::jsonb)"

Key = tuple[str, str, str]


class StoredLists(BatchWriter):
    def __init__(self) -> None:
        super().__init__(FLUSH_DELAY_SECONDS, FLUSH_AT, log, "lists in rec_recommendations_cache")
        self._pending: dict[Key, tuple[float, str]] = {}  # key -> (monotonic time computed, JSON sans age)
        self.stored = 0
        self.failed = 0

    def _queued(self) -> int:
        return len(self._pending)

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
        self._schedule()

    async def _drain(self) -> None:
        while self._pending:
            keys = list(self._pending)[:MAX_BATCH]
            now = time.monotonic()
            batch = []
            for key in keys:
                computed, entry = self._pending.pop(key)
                batch.append(f'{entry},"age_seconds":{now - computed:.3f}}}')
            # on any failure the lists are dropped (and counted): they are only a cache
            if await self._execute(FLUSH_SQL, batch) is Outcome.STORED:
                self.stored += len(batch)
            else:
                self.failed += len(batch)
