"""Owners' watermarks (_rec_list_watermark), read in batches: every cache hit on a user's or session's
list needs one, so a worker sends the lookups its requests ask for meanwhile as one query (one pool
connection, one round trip), one query at a time; each lookup is still read after it was asked for."""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

from service.http.database import Database

BATCH_SQL = """
select u.ord, _rec_list_watermark(u.kind, u.owner_id)
  from unnest(%s::text[], %s::text[]) with ordinality as u(kind, owner_id, ord)
"""


class Watermarks:
    def __init__(self, database: Database) -> None:
        self.database = database
        self._pending: dict[str, asyncio.Future[str]] = {}
        self._running: asyncio.Task[None] | None = None
        self.queries = 0  # batches sent, for tests

    async def read(self, owner: str) -> str:
        """The watermark of `owner` ("user:<id>" / "session:<id>"), read by a query sent after this call."""
        future = self._pending.get(owner)
        if future is None:
            future = asyncio.get_running_loop().create_future()
            future.add_done_callback(_retrieved)
            self._pending[owner] = future
            if self._running is None:
                self._running = asyncio.get_running_loop().create_task(self._send())
        return await asyncio.shield(future)

    async def _send(self) -> None:
        try:
            while self._pending:
                await asyncio.sleep(0)  # lookups asked for in this turn of the loop join the batch
                batch, self._pending = self._pending, {}
                await self._query(batch)
        finally:
            self._running = None

    async def _query(self, batch: dict[str, asyncio.Future[str]]) -> None:
        owners = list(batch)
        kinds, ids = zip(*(owner.partition(":")[::2] for owner in owners), strict=True)
        self.queries += 1
        try:
            async with self.database.connection() as conn:
                cursor = await conn.execute(BATCH_SQL, (list(kinds), list(ids)))
                rows: list[Any] = await cursor.fetchall()
        except BaseException as exc:
            for future in batch.values():
                if not future.done():
                    future.set_exception(exc)
            if not isinstance(exc, Exception):
                raise
            return
        for ordinality, watermark in rows:
            future = batch[owners[ordinality - 1]]
            if not future.done():
                future.set_result(watermark)

    async def close(self) -> None:
        task = self._running
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        pending, self._pending = self._pending, {}
        for future in pending.values():
            future.cancel()


def _retrieved(future: asyncio.Future[str]) -> None:
    """A lookup whose requests all went away (cancelled) must not log an unretrieved exception."""
    if not future.cancelled():
        future.exception()
