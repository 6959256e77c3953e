"""`pgrec refresh [all|preferences|together|popularity|similarities|segments|ease]`: rebuild derived tables;
`all` ends with the fit of the collaborative model (ease), which needs numpy and so runs here, not in SQL."""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any

import psycopg

from service.core.config import Settings
from service.core.db_urls import redact
from service.local.sources import admin_database_url
from service.models.collab_fit import stderr_progress
from service.models.refresh_fit import FIT_STEP, fit_step

# Each target is one SQL function; `all` runs the procedure rec_refresh(), which reports per step.
TARGETS = {
    "preferences": "select rec_refresh_preferences()",
    "together": "select rec_refresh_frequently_together()",
    "popularity": "select rec_refresh_popularity()",
    "similarities": "select rec_refresh_similarities()",
    "segments": "select rec_refresh_segments()",
}


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("refresh", help="rebuild similarities, basket pairs, segments, ...")
    parser.add_argument("target", nargs="?", default="all", choices=("all", *TARGETS, FIT_STEP))
    parser.set_defaults(run=run)


def refresh(url: str, target: str = "all", progress: bool = False) -> list[tuple[str, int | None, float]]:
    """Run the refresh and return (step, rows changed, seconds) per step. `all` is CALL rec_refresh(),
    which commits per step (and per chunk of users), so upkeep keeps folding new events meanwhile, then
    the model fit (step ease, from the neighbours just refreshed); with `progress` each step is printed
    on stderr as it ends."""
    say = stderr_progress if progress else None
    if target == FIT_STEP:
        return [fit_step(url, say)]
    with psycopg.connect(url, autocommit=True) as conn:
        if target == "all":
            if progress:
                conn.add_notice_handler(lambda notice: print(f"  {notice.message_primary}", file=sys.stderr))
            row = conn.execute("call rec_refresh()").fetchone()
            steps = row[0] if row and row[0] else []
            done = [(str(s["step"]), s["changed"], float(s["seconds"])) for s in steps]
        else:
            started = time.monotonic()
            row = conn.execute(TARGETS[target]).fetchone()
            return [(target, None if row is None else row[0], time.monotonic() - started)]
    return [*done, fit_step(url, say)]


def print_steps(steps: list[tuple[str, int | None, float]]) -> None:
    for step, changed, seconds in steps:
        shown = "-" if changed is None else f"{changed:,}"
        print(f"  {step:<20} {shown:>10} rows  {seconds:6.2f} s")


def run(args: argparse.Namespace, settings: Settings) -> int:
    url = admin_database_url(settings)
    print(f"database: {redact(url)}")
    print_steps(refresh(url, args.target, progress=sys.stderr.isatty()))
    return 0
