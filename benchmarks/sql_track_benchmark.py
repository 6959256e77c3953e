"""Benchmark: 100k events through rec_track_interactions (batches of 5,000) with and without triggers.

Run by hand: `.venv/bin/python -m benchmarks.sql_track_benchmark [--events N] [--batch N]`.
Uses the Online Retail purchases (file order, so roughly time order) when the shared file exists, else
synthetic events; every product gets a random unit embedding so the taste-vector work is real.
Each scenario starts from empty event/derived tables (best of --repeat runs); prints seconds, events/s and the ratio to the
no-trigger load. Never asserts a time.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import random
import signal
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import psycopg
from pgvector.psycopg import register_vector

from service.core.migrate import migrate
from tests.support.databases import create_database, drop_database, unique_name
from tests.support.postgres_source import start_test_postgres

ONLINE_RETAIL = Path("/work/shared/data/online_retail/online_retail.csv.gz")
DERIVED_TABLES = ("rec_user_interactions", "rec_user_preferences", "rec_user_taste_terms")


@dataclass
class Dataset:
    source: str
    products: dict[str, tuple[str, float]]
    events: list[dict[str, Any]]


def online_retail_events(limit: int) -> Dataset:
    products: dict[str, tuple[str, float]] = {}
    events: list[dict[str, Any]] = []
    with gzip.open(ONLINE_RETAIL, "rt", newline="") as handle:
        for line_no, row in enumerate(csv.DictReader(handle)):
            if row["InvoiceNo"].startswith("C") or not row["CustomerID"] or int(row["Quantity"]) <= 0:
                continue
            code = row["StockCode"]
            products.setdefault(code, (row["Description"], float(row["UnitPrice"])))
            events.append(
                {
                    "user_id": row["CustomerID"].removesuffix(".0"),
                    "product_id": code,
                    "interaction_type": "purchase",
                    "quantity": int(row["Quantity"]),
                    "unit_price": row["UnitPrice"],
                    "context": {"order_id": row["InvoiceNo"]},
                    "occurred_at": row["InvoiceDate"].replace(" ", "T") + "Z",
                    "external_id": f"{row['InvoiceNo']}:{line_no}",
                }
            )
            if len(events) >= limit:
                break
    return Dataset("Online Retail purchases", products, events)


def synthetic_events(limit: int) -> Dataset:
    rng = random.Random(1)
    products = {f"p{i}": (f"Product {i}", 1.0 + i % 50) for i in range(3000)}
    kinds = ["view"] * 6 + ["click"] * 2 + ["add_to_cart", "purchase"]
    events = [
        {
            "user_id": f"u{rng.randrange(4000)}",
            "product_id": f"p{min(int(rng.paretovariate(1.2)), 2999)}",
            "interaction_type": rng.choice(kinds),
            "session_id": f"s{i // 20}",
            "occurred_at": f"2026-{1 + i * 10 // limit:02d}-{1 + i % 28:02d}T{i % 24:02d}:00:00Z",
        }
        for i in range(limit)
    ]
    return Dataset("synthetic events", products, events)


def load_catalog(conn: psycopg.Connection, data: Dataset) -> None:
    rng = np.random.default_rng(2)
    with conn.cursor() as cur:
        with cur.copy("copy rec_products (id, title, price) from stdin") as copy:
            for code, (title, price) in data.products.items():
                copy.write_row((code, title or code, price))
        vectors = rng.normal(size=(len(data.products), 384)).astype(np.float32)
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        with cur.copy(
            "copy rec_product_embeddings (product_id, embedding, model, content_hash) from stdin"
        ) as copy:
            for code, vector in zip(data.products, vectors, strict=True):
                copy.write_row((code, "[" + ",".join(f"{x:.6f}" for x in vector) + "]", "random", "x"))


def batches(events: list[dict[str, Any]], size: int) -> Iterator[str]:
    for start in range(0, len(events), size):
        yield json.dumps(events[start : start + size])


def user_triggers(conn: psycopg.Connection) -> list[str]:
    rows = conn.execute(
        "select tgname from pg_trigger where tgrelid = 'rec_user_interactions'::regclass and not tgisinternal order by 1"
    ).fetchall()
    return [row[0] for row in rows]


def run(conn: psycopg.Connection, payloads: list[str], enabled: set[str], all_triggers: list[str]) -> float:
    derived = [
        row[0]
        for row in conn.execute(
            "select tablename from pg_tables where schemaname = 'public' and tablename like 'rec\\_%' "
            "and tablename not in ('rec_meta', 'rec_interaction_types', 'rec_products', 'rec_product_embeddings', "
            "'rec_embedding_queue', 'rec_product_similarities')"
        )
    ]
    conn.execute(f"truncate {', '.join(derived)}")
    for name in all_triggers:
        state = "enable" if name in enabled else "disable"
        conn.execute(f"alter table rec_user_interactions {state} trigger {name}")
    conn.execute("vacuum analyze")
    started = time.perf_counter()
    for payload in payloads:
        conn.execute("select rec_track_interactions(%s::jsonb)", (payload,))
    elapsed = time.perf_counter() - started
    for name in all_triggers:
        conn.execute(f"alter table rec_user_interactions enable trigger {name}")
    return elapsed


def main() -> None:
    # A SIGTERM ends the run through the finally blocks (test database dropped, embedded server stopped).
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--batch", type=int, default=5_000)
    parser.add_argument("--repeat", type=int, default=2, help="runs per scenario; the best one is printed")
    args = parser.parse_args()

    data = online_retail_events(args.events) if ONLINE_RETAIL.exists() else synthetic_events(args.events)
    payloads = list(batches(data.events, args.batch))
    users = len({event["user_id"] for event in data.events})
    print(
        f"{len(data.events):,} {data.source}, {users:,} users, {len(data.products):,} products, "
        f"{len(payloads)} batches of {args.batch:,}"
    )

    server = start_test_postgres()
    name = unique_name("pgrec_bench_track")
    try:
        url = migrate_fresh(server.url, name)
        with psycopg.connect(url, autocommit=True) as conn:
            register_vector(conn)
            load_catalog(conn, data)
            triggers = user_triggers(conn)
            scenarios: list[tuple[str, set[str]]] = [("no triggers", set())]
            scenarios += [(f"only {t}", {t}) for t in triggers] if len(triggers) > 1 else []
            scenarios.append(("all triggers: " + ", ".join(triggers), set(triggers)))
            run(conn, payloads[:2], set(triggers), triggers)  # warm-up: caches, plans
            baseline = None
            for label, enabled in scenarios:
                seconds = min(run(conn, payloads, enabled, triggers) for _ in range(args.repeat))
                baseline = baseline or seconds
                print(
                    f"{label:<70} {seconds:7.2f} s  {len(data.events) / seconds:9,.0f} events/s  "
                    f"{seconds / len(payloads) * 1000:7.1f} ms/batch  ratio {seconds / baseline:5.2f}"
                )
            summary = conn.execute(
                "select count(*), sum(interaction_count) from rec_user_preferences"
            ).fetchone()
            print(f"after the last run: {summary}")
    finally:
        drop_database(server.url, name)
        server.stop()


def migrate_fresh(server_url: str, name: str) -> str:
    url = create_database(server_url, name)
    migrate(url)
    return url


if __name__ == "__main__":
    main()
