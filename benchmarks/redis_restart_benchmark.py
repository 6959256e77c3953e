"""Benchmark: the lists cache right after Redis lost everything (FLUSHALL, as a restart of a Redis that keeps
nothing on disk), with the second level (rec_recommendations_cache) and without it (its rows deleted).

Run by hand: `.venv/bin/python -m benchmarks.redis_restart_benchmark [--users 400] [--products 100]`. Starts
the demo stack of benchmarks/demo_stack.py (2 workers), reads every list once (computed, stored in Redis and,
in the background, in PostgreSQL), empties Redis, reads them all again and counts where each answer came
from (header X-Pgrec-Cache: redis, database or miss); then empties Redis and the table and reads them once
more. Prints the hit rate and the mean latency of each pass. Never asserts a time.
"""

from __future__ import annotations

import argparse
import sys
import time
import urllib.request
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import psycopg
import redis

from benchmarks.demo_stack import demo_stack


def fetch(url: str) -> tuple[str, float]:
    started = time.perf_counter()
    with urllib.request.urlopen(url, timeout=30) as response:
        response.read()
        return response.headers.get("X-Pgrec-Cache", "?"), time.perf_counter() - started


def read_all(label: str, paths: list[str]) -> None:
    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(fetch, paths))
    sources = Counter(source for source, _ in results)
    hits = sources["redis"] + sources["database"]
    mean_ms = sum(seconds for _, seconds in results) / len(results) * 1000
    print(f"  {label:<44} hit rate {hits / len(paths):.3f}  mean {mean_ms:7.2f} ms  {dict(sources)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--users", type=int, default=400)
    parser.add_argument("--products", type=int, default=100)
    args = parser.parse_args()
    with demo_stack(2, "pgrec_redis_restart", "pgrec-redis-restart-") as stack:
        base = stack.service_base
        with psycopg.connect(stack.url) as conn:
            products = [row[0] for row in conn.execute("select id from rec_products order by id limit %s",
                                                       (args.products,))]  # fmt: skip
        paths = [f"{base}/recommendations?limit=10&user_id={user}" for user in stack.users[: args.users]]
        paths += [f"{base}/products/{product}/similar?limit=8" for product in products]
        paths += [f"{base}/trending?limit=10", f"{base}/trending?limit=10&window=24h"]
        print(f"{len(paths)} lists, 8 concurrent clients, 2 workers")
        read_all("first read (computed)", paths)
        time.sleep(1.0)  # the background writer stores within 0.2 s
        with psycopg.connect(stack.url) as conn:
            row = conn.execute(
                "select count(*), pg_size_pretty(pg_total_relation_size('rec_recommendations_cache')) "
                "from rec_recommendations_cache"
            ).fetchone()
        print(f"  rec_recommendations_cache: {row}")
        client = redis.Redis.from_url(stack.redis_url)
        try:
            client.flushall()
            read_all("after FLUSHALL, with the second level", paths)
            read_all("the next read", paths)
            client.flushall()
            with psycopg.connect(stack.url) as conn:
                conn.execute("delete from rec_recommendations_cache")
            read_all("after FLUSHALL, without it (rows deleted)", paths)
        finally:
            client.close()
        metrics = urllib.request.urlopen(f"{base}/metrics", timeout=30).read().decode()
        print("  one worker's cache counters:")
        for line in metrics.splitlines():
            if line.startswith("pgrec_cache_requests_total{"):
                print(f"    {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
