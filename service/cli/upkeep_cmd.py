"""`pgrec upkeep [--watch]`: fold tracked events into preferences, popularity and baskets (rec_upkeep()),
for deployments that run it beside the service or without one. The service does the same every second.
With --watch it also refits the collaborative model (ease) in a child process when a refresh made it
due: CALL rec_refresh() from psql refreshes the SQL parts only (the fit needs numpy)."""

from __future__ import annotations

import argparse
import subprocess
import time
from typing import Any

import psycopg

from service.core.config import Settings
from service.core.db_urls import redact
from service.core.inbox_vacuum import VACUUM_INBOX_SQL, InboxVacuum
from service.local.sources import admin_database_url
from service.models.collab_fit import EASE_METHOD
from service.models.refresh_fit import CLAIM_FIT_SQL, RELEASE_FIT_SQL, child_step, start_child

BATCH_EVENTS = 20_000
FIT_CHECK_SECONDS = 30.0  # how often --watch asks whether a refresh made the model due


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "upkeep", help="fold tracked events into preferences, popularity and baskets"
    )
    parser.add_argument("--watch", action="store_true", help="keep folding new events until stopped")
    parser.add_argument(
        "--interval", type=float, default=1.0, help="seconds between folds with --watch (default 1)"
    )
    parser.set_defaults(run=run)


def fold_queued(conn: psycopg.Connection[Any]) -> tuple[int, int]:
    """Fold every queued event, a batch per transaction; returns (events folded, queued left when
    another fold holds the lock)."""
    total = 0
    while True:
        rows = conn.execute("select step, changed, seconds from rec_upkeep(%s)", (BATCH_EVENTS,)).fetchall()
        if not rows:  # another fold (the service, another `pgrec upkeep`) is running
            left = conn.execute(
                "select (select count(*) from rec_event_inbox) + (select count(*) from rec_event_queue)"
            ).fetchone()
            return total, int(left[0]) if left else 0
        folded = int(rows[0][1])
        total += folded
        if folded:
            steps = ", ".join(f"{step} {seconds:.2f} s" for step, _, seconds in rows[1:])
            print(f"folded {folded:,} events ({steps})", flush=True)
        if folded < BATCH_EVENTS:
            return total, 0


def run(args: argparse.Namespace, settings: Settings) -> int:
    url = admin_database_url(settings)
    print(f"database: {redact(url)}")
    with psycopg.connect(url, autocommit=True, application_name="pgrec-upkeep") as conn:
        if not args.watch:
            total, left = fold_queued(conn)
            elsewhere = f"; {left:,} left to the fold running elsewhere" if left else ""
            print(f"{total:,} events folded{elsewhere}")
            return 0
        print(f"folding new events every {args.interval:g} s; Ctrl-C to stop", flush=True)
        refit = ModelRefit(url)
        inbox_vacuum = InboxVacuum()
        while True:
            fold_queued(conn)
            if inbox_vacuum.due():
                conn.execute(VACUUM_INBOX_SQL)
            refit.poll(conn)
            time.sleep(args.interval)


class ModelRefit:
    """The model fit of --watch: at most one child at a time, started when the model is due (checked
    every FIT_CHECK_SECONDS) and no other watcher (a `pgrec serve` worker) holds the watch lock, which
    this connection holds until the child ends; its end reported; folding goes on meanwhile."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.child: subprocess.Popen[bytes] | None = None
        self.checked = float("-inf")

    def poll(self, conn: psycopg.Connection[Any]) -> None:
        if self.child is not None:
            if self.child.poll() is None:
                return
            try:
                step = child_step(self.child)
                changed, seconds = step["changed"], step["seconds"]
                print(f"model fitted: {changed:,} rows changed in {seconds:.1f} s", flush=True)
            except RuntimeError as exc:
                print(f"{exc}; retried at the next check", flush=True)
            conn.execute(RELEASE_FIT_SQL)
            self.child = None
        if time.monotonic() - self.checked < FIT_CHECK_SECONDS:
            return
        self.checked = time.monotonic()
        claimed = conn.execute(CLAIM_FIT_SQL, (EASE_METHOD,)).fetchone()
        if not (claimed and claimed[0]):
            return
        print("a refresh changed the neighbours: fitting the collaborative model", flush=True)
        self.child = start_child(self.url)
