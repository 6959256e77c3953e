"""`pgrec refresh [all|preferences|together|popularity|similarities|segments]`: rebuild derived tables."""

from __future__ import annotations

import argparse
import time
from typing import Any

import psycopg

from service.core.config import Settings
from service.core.db_urls import redact
from service.local.sources import database_url

# Each target is one SQL function; `all` runs rec_refresh_all(), which reports per step.
TARGETS = {
    "preferences": "select rec_refresh_preferences()",
    "together": "select rec_refresh_frequently_together()",
    "popularity": "select rec_refresh_popularity()",
    "similarities": "select rec_refresh_similarities()",
    "segments": "select rec_refresh_segments()",
}


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("refresh", help="rebuild similarities, basket pairs, segments, ...")
    parser.add_argument("target", nargs="?", default="all", choices=("all", *TARGETS))
    parser.set_defaults(run=run)


def refresh(url: str, target: str = "all") -> list[tuple[str, int | None, float]]:
    """Run the refresh and return (step, rows changed, seconds) per step."""
    with psycopg.connect(url, autocommit=True) as conn:
        if target == "all":
            rows = conn.execute("select step, changed, seconds from rec_refresh_all()").fetchall()
            return [(str(step), changed, float(seconds)) for step, changed, seconds in rows]
        started = time.monotonic()
        row = conn.execute(TARGETS[target]).fetchone()
        return [(target, None if row is None else row[0], time.monotonic() - started)]


def print_steps(steps: list[tuple[str, int | None, float]]) -> None:
    for step, changed, seconds in steps:
        shown = "-" if changed is None else f"{changed:,}"
        print(f"  {step:<20} {shown:>10} rows  {seconds:6.2f} s")


def run(args: argparse.Namespace, settings: Settings) -> int:
    url = database_url(settings)
    print(f"database: {redact(url)}")
    print_steps(refresh(url, args.target))
    return 0
