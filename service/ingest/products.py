"""`pgrec import products FILE`: a catalog file (JSON lines or CSV) into rec_products.

Fields: id, title (required), description, categories, tags (JSON arrays, or `a|b` in CSV),
price, currency, thumbnail, active (or is_active; default true), metadata (JSON object); any other
column or field is an error. Upserted in batches, each its own transaction; an unchanged product
is not touched, so re-importing changes nothing.
"""

from __future__ import annotations

import re
import time
from contextlib import AbstractContextManager, nullcontext
from decimal import Decimal
from pathlib import Path
from typing import Any

import psycopg

from service.ingest import values
from service.ingest.files import Column
from service.ingest.progress import Progress
from service.ingest.records import file_rows
from service.ingest.report import BadRow, ImportAborted, ImportReport
from service.ingest.sinks import ProductRow, upsert_products
from service.ingest.values import RowError

CURRENCY = re.compile(r"^[A-Za-z]{3}$")
COLUMNS = (
    Column("id", required=True),
    Column("title", required=True),
    Column("description"),
    Column("categories"),
    Column("tags"),
    Column("price"),
    Column("currency"),
    Column("thumbnail"),
    Column("active", alias="is_active"),
    Column("metadata"),
)


def parse_product(line: int, row: dict[str, Any] | str, source: str) -> ProductRow:
    if isinstance(row, str):
        raise RowError(row)
    product_id = values.text(row, "id", required=True, max_length=255)
    title = values.text(row, "title", required=True)
    assert product_id is not None and title is not None
    currency = values.text(row, "currency")
    if currency is not None and not CURRENCY.match(currency):
        raise RowError(f"currency {currency!r} is not a 3-letter code")
    active_key = "active" if "active" in row else "is_active"
    return ProductRow(
        id=product_id,
        title=" ".join(title.split()),
        description=values.text(row, "description") or "",
        categories=values.string_list(row, "categories"),
        tags=values.string_list(row, "tags"),
        price=values.number(row, "price", minimum=Decimal(0)),
        currency=currency.upper() if currency else None,
        thumbnail=values.text(row, "thumbnail"),
        is_active=values.boolean(row, active_key, default=True),
        source=source,
        metadata=values.json_object(row, "metadata"),
        line=line,
    )


def import_products(
    database_url: str,
    path: Path,
    *,
    strict: bool = False,
    batch_size: int = 1000,
    progress: bool = True,
    source: str = "file",
) -> ImportReport:
    """Upsert the products of `path`. strict: the first bad row aborts and nothing is written."""
    path = Path(path)
    report = ImportReport(source=str(path))
    started = time.monotonic()
    with psycopg.connect(database_url, autocommit=True) as conn:
        outer: AbstractContextManager[Any] = conn.transaction() if strict else nullcontext()
        with outer, Progress("importing products", unit="rows", enabled=progress) as bar:
            batch: list[ProductRow] = []
            for line, row in file_rows(path, COLUMNS):
                report.rows_read += 1
                bar.update()
                try:
                    batch.append(parse_product(line, row, source))
                except RowError as exc:
                    if strict:
                        raise ImportAborted(str(path), [BadRow(line, str(exc))], 1) from None
                    report.bad(line, str(exc))
                    continue
                if len(batch) >= batch_size:
                    _flush(conn, batch, report)
                    batch = []
            _flush(conn, batch, report)
    report.seconds = time.monotonic() - started
    return report


def _flush(conn: psycopg.Connection[Any], batch: list[ProductRow], report: ImportReport) -> None:
    if not batch:
        return
    with conn.transaction():
        inserted, updated, unchanged = upsert_products(conn, batch)
    report.products_inserted += inserted
    report.products_updated += updated
    report.products_unchanged += unchanged
