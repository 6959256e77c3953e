"""Scale benchmark: load, embed, refresh, read, serve and track on 50k products / 100k users / 1M events.

Run by hand (not part of the test suite):
`.venv/bin/python -m benchmarks.scale_benchmark [--out DIR] [--products N --users N
--interactions N] [--json FILE] [--database-url URL]`.
Generates the data set (benchmarks.scale_data; reused from --out when its parameters match),
starts a throw-away embedded PostgreSQL (or creates a scratch database on --database-url's server),
migrates, then measures, each figure next to a ceiling measured in the same run:
  load        pgrec import products / interactions             vs parse + COPY into an unlogged table
  embeddings  pgrec embed on a sample                          vs raw model.encode of the same texts
  refresh     rec_refresh_all(), seconds per step
  sizes       each derived table and their sum                 vs the event log
  reads       p50 / p99 of every rec_* read function           vs a primary-key lookup round trip
  http        GET /recommendations cached / uncached           vs a bare Sanic route doing one Redis GET
  track       rec_track_interactions, POST /track/batch        vs COPY of the same batches
              POST /track (one event of a new user per request) vs the bare Sanic route
Prints progress, then the table; writes everything to --json (default
benchmarks/results/scale-<date>.json) with the date, the machine and the parameters.
Never asserts a time. Servers it starts are stopped on every exit, SIGTERM included.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psycopg

from benchmarks.scale_data import ScaleConfig, ensure_scale_data
from benchmarks.scale_embed import embed_catalog
from benchmarks.scale_fit import fit_figures
from benchmarks.scale_http import http_figures
from benchmarks.scale_load import load_interactions, load_products
from benchmarks.scale_reads import read_latencies, refresh_all
from benchmarks.scale_report import Figure, Phases, default_json_path, log, print_figures, write_results
from benchmarks.scale_sizes import table_sizes
from benchmarks.scale_track import track_batches
from service.core.migrate import migrate
from tests.support.databases import create_database, drop_database, unique_name
from tests.support.postgres_source import start_test_postgres

RESULTS = Path(__file__).resolve().parent / "results"


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/pgrec-scale"), help="data set directory")
    parser.add_argument("--products", type=int, default=ScaleConfig.products)
    parser.add_argument("--users", type=int, default=ScaleConfig.users)
    parser.add_argument("--interactions", type=int, default=ScaleConfig.interactions)
    parser.add_argument("--seed", type=int, default=ScaleConfig.seed)
    parser.add_argument(
        "--json", type=Path, help="results file (default benchmarks/results/scale-<date>.json)"
    )
    parser.add_argument(
        "--database-url", help="a server to create the scratch database on (default: embedded)"
    )
    parser.add_argument("--embed-sample", type=int, default=1000, help="products embedded by both paths")
    parser.add_argument("--calls", type=int, default=300, help="calls per read function")
    parser.add_argument("--track-events", type=int, default=20_000, help="events for the SQL track figure")
    parser.add_argument("--track-batch", type=int, default=100, help="events per rec_track_interactions call")
    parser.add_argument("--http-seconds", type=int, default=10, help="seconds per HTTP scenario")
    parser.add_argument("--connections", type=int, default=32, help="concurrent HTTP connections")
    parser.add_argument("--workers", type=int, default=2, help="worker processes per HTTP server")
    parser.add_argument("--skip-http", action="store_true", help="leave out the HTTP scenarios")
    return parser.parse_args()


@contextmanager
def scratch_database(server_url: str | None) -> Iterator[str]:
    """A fresh, migrated database on `server_url`'s server or on a throw-away embedded one."""
    server = None
    if server_url is None:
        server = start_test_postgres()
        server_url = server.url
        log(f"PostgreSQL: {server.kind} test server")
    name = unique_name("pgrec_scale")
    try:
        url = create_database(server_url, name)
        migrate(url)
        yield url
    finally:
        try:
            drop_database(server_url, name)
        finally:
            if server is not None:
                server.stop()
                log("PostgreSQL test server stopped")


def real_users(url: str, count: int) -> list[str]:
    with psycopg.connect(url) as conn:
        conn.execute("select setseed(0.5)")
        rows = conn.execute(
            "select user_id from rec_user_preferences where interaction_count >= 3 order by random() limit %s",
            (count,),
        ).fetchall()
    return [row[0] for row in rows]


def run(args: argparse.Namespace, phases: Phases, figures: list[Figure], details: dict[str, Any]) -> None:
    details["load_average_at_start"] = [round(x, 2) for x in os.getloadavg()]
    today = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    config = ScaleConfig(args.products, args.users, args.interactions, args.seed, end=today)
    with phases.run("data set"):
        data = ensure_scale_data(config, args.out)
        log(
            f"  {data.products:,} products, {data.events:,} events in {args.out} ({'reused' if data.reused else 'new'})"
        )
    with scratch_database(args.database_url) as url:
        with psycopg.connect(url) as conn:
            details["postgres"] = conn.execute("select version()").fetchone()[0]  # type: ignore[index]
        with phases.run("import products"):
            figures.append(load_products(url, data.products_file))
        with phases.run("embeddings"):
            figure, details["embeddings"] = embed_catalog(url, args.embed_sample, args.seed)
            figures.append(figure)
        with phases.run("import interactions"):
            figures.append(load_interactions(url, data.interactions_file))
        with phases.run("rec_refresh_all()"):
            refresh, details["refresh_steps"] = refresh_all(url)
            figures.extend(refresh)
        with phases.run("collaborative fit"):
            figures.extend(fit_figures(url))
        with phases.run("table sizes"):
            sizes, details["sizes_bytes"] = table_sizes(url)
            figures.extend(sizes)
        with phases.run("read latencies"):
            reads, details["reads_ms"] = read_latencies(url, args.calls, args.seed)
            figures.extend(reads)
        with phases.run("track batches (SQL)"):
            track, events = track_batches(url, args.track_events, args.track_batch, args.seed)
            figures.extend(track)
        if not args.skip_http:
            with phases.run("HTTP"):
                http, details["http"] = http_figures(
                    url, real_users(url, 1000), events, track[0].ceiling or 0, args
                )
                figures.extend(http)


def main() -> int:
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # run the finally blocks: servers stopped
    args = parse_args()
    phases = Phases()
    figures: list[Figure] = []
    details: dict[str, Any] = {}
    target = args.json or default_json_path(RESULTS)
    parameters = {key: value for key, value in vars(args).items() if key != "database_url"}
    parameters["database"] = "--database-url" if args.database_url else "embedded test server"
    failed = None
    try:
        run(args, phases, figures, details)
    except BaseException as exc:
        failed = f"{type(exc).__name__}: {exc}"
        raise
    finally:
        print_figures(figures)
        if failed:
            details["failed"] = failed
        write_results(target, parameters, figures, phases.seconds, details)
        log(f"results written to {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
