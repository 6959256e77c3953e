"""Read benchmark: latency of rec_personalized and rec_similar_products, and rec_refresh_all(), on Online Retail.

Run by hand: `.venv/bin/python -m benchmarks.sql_read_benchmark [--database-url URL] [--calls 1000]`.
Without --database-url it starts a throw-away PostgreSQL, imports the whole file
(service.ingest.online_retail), embeds the products (embeddings.model) and runs rec_refresh_all()
(a few minutes). Then, on one connection, calls each function for --calls random users / products
(after a warm-up) and prints p50/p90/p99 in milliseconds as seen by the client, then times
rec_refresh_all() step by step. Goals: rec_personalized p50 <= 15 ms, rec_similar_products p50 <= 3 ms.
Never asserts a time.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import psycopg
from pgvector.psycopg import register_vector

from benchmarks.sql_quality import retail_database
from tests.sql.fixtures_a2_retail import retail_file

LAST_DAY = datetime(2011, 12, 10, tzinfo=UTC)


def percentile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def timed(
    conn: psycopg.Connection, query: str, arguments: list[tuple[Any, ...]], warm_up: int
) -> list[float]:
    for args in arguments[:warm_up]:
        conn.execute(query, args).fetchall()
    times = []
    for args in arguments:
        started = time.perf_counter()
        conn.execute(query, args).fetchall()
        times.append((time.perf_counter() - started) * 1000)
    return times


def report(name: str, times: list[float]) -> None:
    print(
        f"{name:<58} n {len(times):>5}  p50 {percentile(times, 0.5):7.2f} ms  p90 {percentile(times, 0.9):7.2f} ms  "
        f"p99 {percentile(times, 0.99):7.2f} ms  mean {statistics.fmean(times):7.2f} ms"
    )


def run(conn: psycopg.Connection, calls: int, seed: int) -> None:
    rng = random.Random(seed)
    users = [row[0] for row in conn.execute("select distinct user_id from rec_user_interactions").fetchall()]
    products = [row[0] for row in conn.execute("select product_id from rec_product_embeddings").fetchall()]
    some_users = [rng.choice(users) for _ in range(calls)]
    some_products = [rng.choice(products) for _ in range(calls)]
    counts = conn.execute(
        "select (select count(*) from rec_products), (select count(distinct user_id) from rec_user_interactions), "
        "(select count(*) from rec_user_interactions)"
    ).fetchone()
    print(f"data: {counts[0]} products, {counts[1]} users, {counts[2]} events" if counts else "data: ?")
    warm_up = min(50, calls)
    cases: list[tuple[str, str, list[tuple[Any, ...]]]] = [
        ("rec_personalized(user, 10)", "select * from rec_personalized(%s, 10)", [(u,) for u in some_users]),
        (
            "rec_personalized(user, 10, as_of => 2011-12-10)",
            "select * from rec_personalized(%s, 10, as_of => %s)",
            [(u, LAST_DAY) for u in some_users],
        ),
        (
            "rec_personalized(new user, 10)",
            "select * from rec_personalized(%s, 10)",
            [("new-" + u,) for u in some_users],
        ),
        (
            "rec_similar_products(product, 10) (hybrid)",
            "select * from rec_similar_products(%s, 10)",
            [(p,) for p in some_products],
        ),
        (
            "rec_similar_products(product, 10, 'content')",
            "select * from rec_similar_products(%s, 10, 'content')",
            [(p,) for p in some_products],
        ),
        (
            "rec_similar_products(product, 10, 'co_interaction')",
            "select * from rec_similar_products(%s, 10, 'co_interaction')",
            [(p,) for p in some_products],
        ),
        (
            "rec_session_recommendations(3 products, 10)",
            "select * from rec_session_recommendations(%s, 10)",
            [([rng.choice(products) for _ in range(3)],) for _ in range(calls)],
        ),
    ]
    for name, query, arguments in cases:
        report(name, timed(conn, query, arguments, warm_up))

    print("rec_refresh_all() on the whole data:")
    started = time.perf_counter()
    for step, changed, seconds in conn.execute("select * from rec_refresh_all()").fetchall():
        print(f"  {step:<20} changed {changed if changed is not None else '-':>8}  {seconds:7.2f} s")
    print(f"  {'total':<20} {'':>16}  {time.perf_counter() - started:7.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", help="a database already loaded with the whole Online Retail data")
    parser.add_argument("--calls", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    retail_file()
    with retail_database(args.database_url, None) as url, psycopg.connect(url, autocommit=True) as conn:
        register_vector(conn)
        run(conn, args.calls, args.seed)


if __name__ == "__main__":
    main()
