"""Background upkeep in every worker: rec_upkeep() every PGREC_UPKEEP_INTERVAL_MS. Tracking only appends;
this moves the tracking inbox into the event log and folds the queued events into preferences, popularity
and baskets (and vacuums the inbox every few seconds). With several
workers or instances, each calls it and rec_upkeep's advisory lock lets one fold while the others return
at once."""

from __future__ import annotations

from typing import Any

import psycopg

from service.core.inbox_vacuum import VACUUM_INBOX_SQL, InboxVacuum
from service.http.periodic import Periodic

BATCH_EVENTS = 20_000
_FOLD_SQL = "select changed from rec_upkeep(%s) where step = 'events'"


class Upkeep(Periodic):
    name = "upkeep"
    application_name = "pgrec-upkeep"

    def __init__(self, conninfo: str, interval_ms: int) -> None:
        super().__init__(conninfo, interval_ms)
        self.inbox_vacuum = InboxVacuum()

    async def run_once(self, conn: psycopg.AsyncConnection[Any]) -> int:
        """Fold the queued events, a batch per transaction; returns how many this worker folded (0 when
        another worker or instance holds the upkeep lock)."""
        total = 0
        while True:
            cursor = await conn.execute(_FOLD_SQL, (BATCH_EVENTS,))
            row = await cursor.fetchone()
            folded = 0 if row is None else int(row[0])
            total += folded
            if folded < BATCH_EVENTS:
                if self.inbox_vacuum.due():
                    await conn.execute(VACUUM_INBOX_SQL)
                return total
