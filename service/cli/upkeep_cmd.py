"""`pgrec upkeep [--watch]`: fold tracked events into preferences, popularity and baskets (rec_upkeep()),
for deployments that run it beside the service or without one. The service does the same every second."""

from __future__ import annotations

import argparse
import time
from typing import Any

import psycopg

from service.core.config import Settings
from service.core.db_urls import redact
from service.local.sources import admin_database_url

BATCH_EVENTS = 20_000


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
            left = conn.execute("select count(*) from rec_event_queue").fetchone()
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
        while True:
            fold_queued(conn)
            time.sleep(args.interval)
