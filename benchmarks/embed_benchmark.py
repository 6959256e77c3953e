"""Benchmark: raw `model.encode` against the whole `pgrec embed` pipeline on the same texts.

Run by hand: `.venv/bin/python -m benchmarks.embed_benchmark [--products N] [--repeat R]`.
Texts are distinct Online Retail titles (the full shared file when present, else the demo
subset in data/). Each round times (1) the model alone: SentenceTransformer.encode over all N
texts, batch 64, normalised; (2) the pipeline: the same N products queued by the insert trigger
and drained by the embedding worker (claim with skip locked, encode, store vectors + HNSW, delete
queue items), with the model already loaded in both. Rounds alternate so that load from other
processes hits both alike; prints each round, the medians and pipeline/raw (goal >= 0.9).
Never asserts a time.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import statistics
import time
from pathlib import Path

import psycopg

from embeddings.model import encode_texts, load_model
from embeddings.worker import EmbedOptions, embed
from service.core.migrate import migrate
from tests.support.databases import create_database, drop_database, unique_name
from tests.support.postgres_source import start_test_postgres

FULL = Path("/work/shared/data/online_retail/online_retail.csv.gz")
DEMO = Path(__file__).resolve().parents[1] / "data" / "online_retail_demo" / "online_retail_demo.csv.gz"


def titles(limit: int) -> tuple[str, dict[str, str]]:
    source = FULL if FULL.is_file() else DEMO
    found: dict[str, str] = {}
    seen: set[str] = set()
    with gzip.open(source, "rt", newline="") as handle:
        for row in csv.DictReader(handle):
            title = " ".join(row["Description"].split())
            if row["StockCode"] in found or title in seen or not title:
                continue
            found[row["StockCode"]] = title
            seen.add(title)
            if len(found) >= limit:
                break
    return str(source), found


def time_raw(texts: list[str]) -> float:
    started = time.perf_counter()
    encode_texts(texts, batch_size=64)
    return time.perf_counter() - started


def time_pipeline(url: str, products: dict[str, str], options: EmbedOptions) -> float:
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("truncate rec_products cascade")
        with conn.cursor() as cur:
            cur.executemany("insert into rec_products (id, title) values (%s, %s)", list(products.items()))
        conn.execute("checkpoint")
    started = time.perf_counter()
    report = embed(url, options)
    seconds = time.perf_counter() - started
    if report.embedded != len(products):
        raise SystemExit(f"pipeline embedded {report.embedded} of {len(products)} products")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--products", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=EmbedOptions().batch_size)
    args = parser.parse_args()

    source, products = titles(args.products)
    texts = list(products.values())
    n = len(texts)
    options = EmbedOptions(batch_size=args.batch_size, refresh_preferences=False)
    print(f"{n} distinct product titles from {source}; claim batch {args.batch_size}, model batch 64")
    load_model()
    encode_texts(texts[:128])  # warm-up
    server = start_test_postgres()
    name = unique_name("pgrec_embed_bench")
    try:
        url = create_database(server.url, name)
        migrate(url)
        raw_runs, pipe_runs = [], []
        for round_no in range(1, args.repeat + 1):
            raw = time_raw(texts)
            pipe = time_pipeline(url, products, options)
            raw_runs.append(n / raw)
            pipe_runs.append(n / pipe)
            print(
                f"round {round_no}: raw encode {n / raw:7.1f} texts/s ({raw:.2f} s)   "
                f"pgrec embed pipeline {n / pipe:7.1f} products/s ({pipe:.2f} s)   ratio {raw / pipe:.3f}"
            )
        raw_median, pipe_median = statistics.median(raw_runs), statistics.median(pipe_runs)
        ratios = [p / r for p, r in zip(pipe_runs, raw_runs, strict=True)]
        print(f"median raw encode:      {raw_median:7.1f} texts/s")
        print(f"median pipeline:        {pipe_median:7.1f} products/s")
        print(
            f"pipeline / raw:         {pipe_median / raw_median:.3f} (of medians; per round "
            f"{', '.join(f'{r:.3f}' for r in ratios)}; goal >= 0.9)"
        )
    finally:
        drop_database(server.url, name)
        server.stop()


if __name__ == "__main__":
    main()
