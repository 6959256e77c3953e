"""Benchmark: batch tracking paths side by side on one database: rec_track_interactions (all or nothing),
rec_track_interactions_lenient (good events kept), each with a bad event or a new product per batch, an
older rec_track_interactions from git (--baseline REV) and COPY of the same batches into the event log.

Run by hand: `.venv/bin/python -m benchmarks.track_lenient_benchmark [--products N] [--preload N]
[--events N] [--batch N] [--rounds N] [--baseline REV] [--database-url URL]`.
Starts a throw-away embedded PostgreSQL (or makes a scratch database on --database-url's server), migrates,
loads --preload events by COPY so the log's indexes have a realistic size, then runs the scenarios in
rotating order for --rounds rounds (one call and transaction per batch, as POST /track/batch) and prints the
median events/s of each and its ratio to COPY. Never asserts a time.
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import psycopg
from psycopg.types.json import Jsonb

from service.core.migrate import migrate
from tests.support.databases import create_database, drop_database, unique_name
from tests.support.postgres_source import start_test_postgres

KINDS = ["view"] * 12 + ["click"] * 4 + ["add_to_cart"] * 2 + ["purchase"]
REPO = Path(__file__).resolve().parent.parent
# The renamed copies of an older batch write (the section of 011-track.sql between these two lines).
BASELINE_START = "-- Validation of a batch"
BASELINE_END = "-- Every stored event is queued"
BASELINE_NAMES = {
    "rec_track_interactions(": "_bench_base_track_interactions(",
    "_rec_event_errors(": "_bench_base_event_errors(",
    "_rec_raise_event_error(": "_bench_base_raise_event_error(",
}


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--products", type=int, default=5_000)
    parser.add_argument("--users", type=int, default=20_000)
    parser.add_argument("--preload", type=int, default=200_000, help="events loaded by COPY first")
    parser.add_argument("--events", type=int, default=10_000, help="events per scenario and round")
    parser.add_argument("--batch", type=int, default=100, help="events per call")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--baseline", help="a git revision whose rec_track_interactions runs beside")
    parser.add_argument("--database-url", help="a server to create the scratch database on")
    return parser.parse_args()


@contextmanager
def scratch_database(server_url: str | None) -> Iterator[str]:
    server = None
    if server_url is None:
        server = start_test_postgres()
        server_url = server.url
    name = unique_name("pgrec_bench_track")
    url = create_database(server_url, name)
    try:
        migrate(url)
        yield url
    finally:
        drop_database(server_url, name)
        if server is not None:
            server.stop()


def load(conn: psycopg.Connection[Any], args: argparse.Namespace) -> None:
    with conn.cursor() as cur, cur.copy("copy rec_products (id, title, price) from stdin") as copy:
        for number in range(args.products):
            copy.write_row((f"p{number}", f"Product {number}", 1 + number % 50))
    rng = random.Random(1)
    columns = "(user_id, product_id, interaction_type, external_id)"
    with cur_copy(conn, f"copy rec_user_interactions {columns} from stdin") as copy:
        for number in range(args.preload):
            copy.write_row(
                (
                    f"u{rng.randrange(args.users)}",
                    f"p{rng.randrange(args.products)}",
                    rng.choice(KINDS),
                    f"pre-{number}",
                )
            )
    conn.execute("truncate rec_event_queue")
    conn.execute("analyze")


@contextmanager
def cur_copy(conn: psycopg.Connection[Any], statement: str) -> Iterator[Any]:
    with conn.cursor() as cur, cur.copy(statement) as copy:
        yield copy


def install_baseline(conn: psycopg.Connection[Any], revision: str) -> None:
    source = subprocess.run(
        ["git", "show", f"{revision}:sql_functions/011-track.sql"],
        cwd=REPO,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    section = source[source.index(BASELINE_START) : source.index(BASELINE_END)]
    for old, new in BASELINE_NAMES.items():
        section = section.replace(old, new)
    conn.execute(section)


def events_for(args: argparse.Namespace, tag: str, bad: str | None) -> list[list[dict[str, Any]]]:
    """Batches of new events; `bad`: one event per batch is bad ("quantity") or of a new product ("new")."""
    rng = random.Random(tag)
    groups = []
    for start in range(0, args.events, args.batch):
        group = []
        for number in range(start, min(start + args.batch, args.events)):
            event: dict[str, Any] = {
                "user_id": f"u{rng.randrange(args.users)}",
                "session_id": f"s-{tag}-{number // 8}",
                "product_id": f"p{rng.randrange(args.products)}",
                "interaction_type": rng.choice(KINDS),
                "external_id": f"{tag}-{number}",
            }
            group.append(event)
        if bad == "quantity":
            group[len(group) // 2]["quantity"] = 0
        elif bad == "new":
            group[len(group) // 2]["product_id"] = f"new-{tag}-{start}"
        groups.append(group)
    return groups


def timed(conn: psycopg.Connection[Any], statement: str, groups: list[list[dict[str, Any]]]) -> float:
    started = time.perf_counter()
    for group in groups:
        conn.execute(statement, (Jsonb(group),)).fetchall()
    return time.perf_counter() - started


def copied(conn: psycopg.Connection[Any], groups: list[list[dict[str, Any]]]) -> float:
    columns = "(user_id, session_id, product_id, interaction_type, external_id)"
    started = time.perf_counter()
    for group in groups:
        with conn.transaction(), cur_copy(conn, f"copy rec_user_interactions {columns} from stdin") as copy:
            for e in group:
                copy.write_row(
                    (e["user_id"], e["session_id"], e["product_id"], e["interaction_type"], e["external_id"])
                )
    return time.perf_counter() - started


def main() -> int:
    args = parse_args()
    scenarios: dict[
        str, tuple[str | None, Callable[[psycopg.Connection[Any], list[list[dict[str, Any]]]], float]]
    ] = {
        "COPY into the event log": (None, copied),
        "rec_track_interactions": (None, lambda c, g: timed(c, "select rec_track_interactions(%s)", g)),
        "rec_track_interactions_lenient": (
            None,
            lambda c, g: timed(c, "select * from rec_track_interactions_lenient(%s)", g),
        ),
        "lenient, 1 bad event per batch": (
            "quantity",
            lambda c, g: timed(c, "select * from rec_track_interactions_lenient(%s)", g),
        ),
        "atomic, 1 new product per batch": (
            "new",
            lambda c, g: timed(c, "select rec_track_interactions(%s)", g),
        ),
    }
    if args.baseline:
        scenarios[f"rec_track_interactions at {args.baseline}"] = (
            None,
            lambda c, g: timed(c, "select _bench_base_track_interactions(%s)", g),
        )
    rates: dict[str, list[float]] = {name: [] for name in scenarios}
    with scratch_database(args.database_url) as url, psycopg.connect(url, autocommit=True) as conn:
        load(conn, args)
        if args.baseline:
            install_baseline(conn, args.baseline)
        names = list(scenarios)
        for round_number in range(args.rounds):
            order = names[round_number % len(names) :] + names[: round_number % len(names)]
            for name in order:
                bad, run = scenarios[name]
                groups = events_for(args, f"r{round_number}-{names.index(name)}", bad)
                rates[name].append(args.events / run(conn, groups))
                conn.execute("truncate rec_event_queue")  # nobody folds here: keep the queue from growing
            print(f"round {round_number + 1}/{args.rounds} done", file=sys.stderr)
    copy_rate = statistics.median(rates["COPY into the event log"])
    print(
        f"{args.events:,} events per scenario and round, {args.batch}/batch, {args.rounds} rounds, medians:"
    )
    for name in scenarios:
        rate = statistics.median(rates[name])
        print(f"  {name:<45} {rate:>10,.0f} events/s  {rate / copy_rate:5.2f} of COPY")
    return 0


if __name__ == "__main__":
    sys.exit(main())
