"""Pair pruning chosen by measurement: rec_frequently_bought_together on a time split of Online Retail with
every pair kept, with pair_count >= 2 only and with the top N pairs per product (service/evaluation/pruning.py).

Run by hand: `.venv/bin/python -m benchmarks.pair_pruning [--dataset FILE] [--cutoff 2011-10-01]
[--cases N] [--json PATH]`. Starts a throw-away PostgreSQL, imports the purchases invoiced before the cutoff
(as `pgrec evaluate` does), rebuilds the pairs, and scores each pruning on the baskets invoiced from the
cutoff on (one item held out per basket, ranked from the rest of the basket and from one other item).
Prints rows kept, size and hit rate / NDCG at k per pruning. Never asserts anything.
"""

from __future__ import annotations

import argparse
import json
import time
from datetime import UTC, datetime
from pathlib import Path

import psycopg

from service.evaluation.prepare import active_products
from service.evaluation.pruning import compare_pruning
from service.evaluation.scratch import load_file, scratch_database
from service.evaluation.split import Window
from service.evaluation.together import cases, file_test_baskets
from tests.support.postgres_source import start_test_postgres
from tests.support.retail_data import FULL_FILE


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dataset", type=Path, default=FULL_FILE)
    parser.add_argument("--cutoff", default="2011-10-01")
    parser.add_argument("--k", type=int, default=10)
    parser.add_argument("--cases", type=int, help="score a seeded sample of N test baskets")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    window = Window(datetime.fromisoformat(args.cutoff).replace(tzinfo=UTC))
    server = start_test_postgres()
    try:
        with scratch_database(server.url) as url:
            started = time.monotonic()
            load_file(url, args.dataset, window.start, progress=False)
            with psycopg.connect(url, autocommit=True) as conn:
                conn.execute("select rec_refresh_frequently_together()")
            print(f"loaded and rebuilt the pairs in {time.monotonic() - started:.0f} s", flush=True)
            catalog = active_products(url)
            found = cases(file_test_baskets(args.dataset, window), catalog, args.cases, args.seed)
            print(f"{len(found):,} test baskets from {window.describe()}", flush=True)
            rows = compare_pruning(url, found, args.k, len(catalog))
    finally:
        server.stop()
    print(f"{'pruning':<10} {'pairs':>10} {'MB':>7}  protocol  hit@{args.k}   NDCG@{args.k} (se)    answered")
    for variant in rows:
        for row in variant["results"]:
            print(
                f"{variant['pruning']:<10} {variant['pairs']:>10,} {variant['bytes'] / 2**20:>7.1f}  "
                f"{row['protocol']:<8}  {row['hit_rate']:.4f}  {row['ndcg']:.4f} ({row['ndcg_se']:.4f})  "
                f"{row['answered']:.3f}"
            )
    if args.json:
        report = {
            "dataset": str(args.dataset),
            "cutoff": window.start.isoformat(),
            "k": args.k,
            "cases": len(found),
        }
        args.json.write_text(json.dumps({**report, "prunings": rows}, indent=2) + "\n")


if __name__ == "__main__":
    main()
