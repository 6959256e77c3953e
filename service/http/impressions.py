"""Impression logging off the response path: recommendation responses queue their product ids under
their request id, and one writer per worker stores them with rec_log_impressions_batch, a whole batch
per statement (batch_writer.py). A batch that finds the database unavailable is kept and retried."""

from __future__ import annotations

import json
import logging

from service.http.batch_writer import BatchWriter, Outcome

log = logging.getLogger("pgrec.impressions")

FLUSH_DELAY_SECONDS = 0.2  # a quiet worker writes this long after the first queued list
FLUSH_AT = 500  # ... or at once when this many lists are queued
MAX_BATCH = 5_000  # lists per statement
MAX_PENDING = 100_000  # beyond this (database unreachable) new lists are dropped and counted
RETRY_SECONDS = 1.0  # a batch that found the database unavailable is tried again this much later
FLUSH_SQL = "select rec_log_impressions_batch(%s::jsonb)"


class ImpressionLog(BatchWriter):
    def __init__(self) -> None:
        super().__init__(FLUSH_DELAY_SECONDS, FLUSH_AT, log, "impression lists")
        self._pending: list[str] = []  # JSON objects, one per list
        self.logged = 0
        self.failed = 0

    def _queued(self) -> int:
        return len(self._pending)

    def add(self, request_id: str, user_id: str | None, algorithm: str, product_ids_json: bytes) -> None:
        """Queue one answer's list. `product_ids_json` is the JSON array the cache stores beside the
        list, spliced in as it is (serve_list checked a cached one's shape, list_shape.py)."""
        if product_ids_json == b"[]" or self.database is None:
            return
        if len(self._pending) >= MAX_PENDING:
            self.failed += 1
            return
        self._pending.append(
            f'{{"request_id":"{request_id}","user_id":{json.dumps(user_id)},'
            f'"algorithm":{json.dumps(algorithm)},"product_ids":{product_ids_json.decode()}}}'
        )
        self._schedule()

    async def _drain(self) -> None:
        while self._pending:
            batch, self._pending = self._pending[:MAX_BATCH], self._pending[MAX_BATCH:]
            outcome = await self._execute(FLUSH_SQL, batch)
            if outcome is Outcome.UNAVAILABLE:
                # keep the batch (in order, within MAX_PENDING) and retry
                self._pending = batch + self._pending
                self.failed += max(0, len(self._pending) - MAX_PENDING)
                del self._pending[MAX_PENDING:]
                self._retry_later(RETRY_SECONDS)
                return
            if outcome is Outcome.STORED:
                self.logged += len(batch)
            else:
                self.failed += len(batch)
