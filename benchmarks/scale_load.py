"""Load rate: `pgrec import products|interactions` next to a plain COPY of the same rows.

The imports run in this process (service.ingest, the code behind the CLI verbs, without
interpreter start-up). The ceiling reads and parses the same JSON-lines file and COPYs the rows
into an unlogged table without indexes, constraints or triggers: the fastest any loader could go.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import psycopg

from benchmarks.scale_report import Figure, log
from service.ingest.interactions import import_interactions
from service.ingest.products import import_products

Row = tuple[Any, ...]

PRODUCT_TABLE = """
create unlogged table _bench_copy_products (
    id text, title text, description text, categories text[], tags text[], price numeric, currency text
)"""
INTERACTION_TABLE = """
create unlogged table _bench_copy_interactions (
    user_id text, session_id text, product_id text, interaction_type text, quantity integer,
    unit_price numeric, context jsonb, external_id text, created_at timestamptz
)"""


def product_row(record: dict[str, Any]) -> Row:
    return (
        record["id"],
        record["title"],
        record.get("description", ""),
        record.get("categories", []),
        record.get("tags", []),
        record.get("price"),
        record.get("currency"),
    )


def interaction_row(record: dict[str, Any]) -> Row:
    return (
        record["user_id"],
        record.get("session_id"),
        record["product_id"],
        record["interaction_type"],
        record.get("quantity", 1),
        record.get("unit_price"),
        json.dumps(record.get("context", {})),
        record.get("external_id"),
        record.get("occurred_at"),
    )


def copy_rows(url: str, create: str, rows: Callable[[], Any]) -> tuple[int, float]:
    """COPY `rows()` into a fresh unlogged table made by `create`; returns (rows, seconds).
    The table is dropped afterwards; the clock covers producing the rows and the COPY."""
    table = create.split("table", 1)[1].split("(", 1)[0].strip()
    count = 0
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"drop table if exists {table}")
        conn.execute(create)
        try:
            started = time.perf_counter()
            with conn.cursor() as cur, cur.copy(f"copy {table} from stdin") as copy:
                for row in rows():
                    copy.write_row(row)
                    count += 1
            seconds = time.perf_counter() - started
        finally:
            conn.execute(f"drop table if exists {table}")
    return count, seconds


def file_rows(path: Path, convert: Callable[[dict[str, Any]], Row]) -> Callable[[], Any]:
    def rows() -> Any:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                yield convert(json.loads(line))

    return rows


def load_products(url: str, path: Path) -> Figure:
    count, copy_seconds = copy_rows(url, PRODUCT_TABLE, file_rows(path, product_row))
    log(f"  COPY ceiling: {count:,} product rows in {copy_seconds:.1f} s")
    report = import_products(url, path, progress=False)
    if report.products_inserted != count or report.bad_rows:
        raise SystemExit(f"product import: {report.summary_lines()}")
    rate = count / report.seconds
    log(f"  pgrec import products: {count:,} rows in {report.seconds:.1f} s ({rate:,.0f} rows/s)")
    return Figure(
        "load",
        "pgrec import products (upsert batches of 1,000)",
        rate,
        "rows/s",
        count / copy_seconds,
        "parse + COPY into an unlogged table",
        extra={"rows": count, "seconds": report.seconds, "ceiling_seconds": copy_seconds},
    )


def load_interactions(url: str, path: Path) -> Figure:
    count, copy_seconds = copy_rows(url, INTERACTION_TABLE, file_rows(path, interaction_row))
    log(f"  COPY ceiling: {count:,} event rows in {copy_seconds:.1f} s")
    report = import_interactions(url, path, progress=True)
    if report.events_inserted != count or report.bad_rows:
        raise SystemExit(f"interaction import: {report.summary_lines()}")
    rate = count / report.seconds
    log(f"  pgrec import interactions: {count:,} rows in {report.seconds:.1f} s ({rate:,.0f} rows/s)")
    return Figure(
        "load",
        "pgrec import interactions (rec_store_interactions, 5,000/batch)",
        rate,
        "rows/s",
        count / copy_seconds,
        "parse + COPY into an unlogged table",
        note="upkeep of preferences, popularity, baskets deferred to rec_refresh_after_import (timed in)",
        extra={"rows": count, "seconds": report.seconds, "ceiling_seconds": copy_seconds},
    )
