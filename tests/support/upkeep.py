"""Fold tracked events into derived state the way the service's upkeep does: tracking only appends,
so a test that reads preferences, popularity or bought-together after tracking folds first."""

from __future__ import annotations

import time
from typing import Any

import psycopg


def fold(conn: psycopg.Connection[Any], timeout: float = 60.0) -> int:
    """Run rec_upkeep() until nothing is in the inbox or queued (on an autocommit connection each call commits; in a
    transaction the folds are part of it); returns the number of events folded. When another fold
    holds the upkeep lock, waits for it."""
    total = 0
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        row = conn.execute("select changed from rec_upkeep() where step = 'events'").fetchone()
        if row is None:  # another fold is running
            time.sleep(0.05)
            continue
        total += int(row[0])
        if int(row[0]) == 0:
            queued = conn.execute(
                "select exists (select 1 from rec_event_queue) or exists (select 1 from rec_basket_queue)"
                " or exists (select 1 from rec_event_inbox)"
            ).fetchone()
            if not (queued and queued[0]):
                return total
    state = conn.execute(
        "select (select count(*) from rec_event_inbox), (select count(*) from rec_event_queue),"
        " (select count(*) from rec_basket_queue),"
        " (select string_agg(pid::text || ' ' || mode || ' ' || objid::text, ', ') from pg_locks"
        "  where locktype = 'advisory')"
    ).fetchone()
    raise TimeoutError(
        f"events still queued after {timeout} s (inbox, event queue, basket queue, advisory locks: {state})"
    )
