"""VACUUM of the tracking inbox between folds. Every fold deletes what tracking appended to
rec_event_inbox; autovacuum wakes at most once a minute, and by then a busy store's inbox holds a
minute of dead rows that every read of it (a user's or session's recent events, the watermark) scans.
The upkeep loops (the service's, `pgrec upkeep --watch`) vacuum it every few seconds instead: the
table is a few seconds of events, so one VACUUM takes milliseconds. skip_locked: never wait for a lock."""

from __future__ import annotations

import time
from collections.abc import Callable

VACUUM_INBOX_SQL = "vacuum (skip_locked) rec_event_inbox"
VACUUM_EVERY_SECONDS = 5.0


class InboxVacuum:
    """Says when the inbox is due for VACUUM_INBOX_SQL (run on an autocommit connection: VACUUM cannot
    run in a transaction)."""

    def __init__(
        self, every: float = VACUUM_EVERY_SECONDS, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.every = every
        self.clock = clock
        self.last = clock()

    def due(self) -> bool:
        now = self.clock()
        if now - self.last < self.every:
            return False
        self.last = now
        return True
