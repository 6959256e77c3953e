"""`pgrec import online-retail`: the UCI Online Retail transaction log as products and purchases.

Products are StockCodes with their most frequent title and median unit price (the data has no
categories, so none are made up). Each purchase is one (invoice, stock code) with the quantities
summed, user = CustomerID, order id = InvoiceNo in the context, time = InvoiceDate (the dataset
gives local times without a zone: they are read as UTC, unlike `pgrec import interactions`),
external_id `online-retail:<invoice>:<stockcode>` so a second run stores nothing. Cancellations
(C invoices, negative quantities) and guest rows (no CustomerID) are skipped and counted.

Two passes over the file, both streaming: the first validates every row and gathers per-product
tallies and each invoice's last line; the second sends purchases to rec_store_interactions in
batches as soon as an invoice is complete; the stored events are folded into preferences,
popularity and baskets once at the end (rec_refresh_after_import).
With --strict a bad row aborts before anything is written, and everything is written in one
transaction.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import psycopg

from service.core.errors import PgrecError
from service.ingest.files import Column, ImportFileError, base_suffix, csv_rows
from service.ingest.progress import Progress
from service.ingest.report import ImportAborted, ImportReport
from service.ingest.sinks import EventWriter, ProductRow, deferred_event_writer, upsert_products
from service.ingest.values import RowError

REQUIRED = ("InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate", "UnitPrice", "CustomerID")
COLUMNS = (*(Column(name, required=True) for name in REQUIRED), Column("Country"))
SOURCE = "online-retail"
# StockCodes that are fees and adjustments, not merchandise: imported (purchases refer to them)
# but inactive, so they are never recommended.
NON_MERCHANDISE = frozenset(
    {"POST", "DOT", "M", "m", "C2", "D", "S", "B", "BANK CHARGES", "PADS", "CRUK", "AMAZONFEE"}
)
_DATE_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%m/%d/%Y %H:%M", "%m/%d/%Y %H:%M:%S")
PRICE_STEP = Decimal("0.0001")


@dataclass(frozen=True)
class RetailRow:
    line: int
    invoice: str
    stock_code: str
    title: str
    quantity: int
    invoiced_at: datetime
    unit_price: Decimal
    customer: str
    country: str


def parse_customer(raw: str) -> str:
    """CustomerID as text: `17850.0` -> `17850`; empty for guest checkouts."""
    value = raw.strip()
    if value.endswith(".0") and value[:-2].isdigit():
        return value[:-2]
    return value


def parse_time(raw: str) -> datetime:
    value = raw.strip()
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(value, fmt).replace(tzinfo=UTC)
        except ValueError:
            continue
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise RowError(f"InvoiceDate {raw!r} is not a date and time (expected YYYY-MM-DD HH:MM:SS)") from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def parse_row(line: int, fields: dict[str, str]) -> RetailRow:
    invoice = fields["InvoiceNo"].strip()
    if not invoice:
        raise RowError("InvoiceNo is empty")
    stock_code = fields["StockCode"].strip()
    if not stock_code:
        raise RowError("StockCode is empty")
    if len(stock_code) > 255:
        raise RowError(f"StockCode is longer than 255 characters ({len(stock_code)})")
    raw_quantity = fields["Quantity"].strip()
    try:
        quantity = int(raw_quantity)
    except ValueError:
        raise RowError(f"Quantity {raw_quantity!r} is not an integer") from None
    raw_price = fields["UnitPrice"].strip()
    try:
        unit_price = Decimal(raw_price)
    except InvalidOperation:
        raise RowError(f"UnitPrice {raw_price!r} is not a number") from None
    if not unit_price.is_finite():
        raise RowError(f"UnitPrice {raw_price!r} is not a finite number")
    return RetailRow(
        line=line,
        invoice=invoice,
        stock_code=stock_code,
        title=" ".join(fields["Description"].split()),
        quantity=quantity,
        invoiced_at=parse_time(fields["InvoiceDate"]),
        unit_price=unit_price,
        customer=parse_customer(fields["CustomerID"]),
        country=fields.get("Country", "").strip(),
    )


def classify(row: RetailRow) -> str | None:
    """None for a purchase to import, else the skip reason. Raises RowError for bad purchases."""
    if row.invoice[:1] in ("C", "c") or row.quantity < 0:
        return "cancellations"
    if not row.customer:
        return "guest rows"
    if row.quantity == 0:
        raise RowError("Quantity is 0")
    if row.unit_price < 0:
        raise RowError(f"UnitPrice {row.unit_price} is negative")
    if not row.title:
        raise RowError("Description is empty")
    if len(row.customer) > 255:
        raise RowError("CustomerID is longer than 255 characters")
    return None


def purchases(path: Path, report: ImportReport | None) -> Iterator[RetailRow]:
    """The file's purchase rows in file order; skips are counted and bad rows recorded in
    `report` (when given; the second pass passes None since the first already counted)."""
    suffix = base_suffix(path)
    if suffix == ".parquet":
        raise ImportFileError(f"{path}: parquet is not supported; use the .csv or .csv.gz copy")
    if suffix != ".csv":
        raise ImportFileError(f"{path}: expected a .csv or .csv.gz file")
    for line, fields in csv_rows(path, COLUMNS):
        if report is not None:
            report.rows_read += 1
        try:
            if isinstance(fields, str):
                raise RowError(fields)
            row = parse_row(line, fields)
            reason = classify(row)
        except RowError as exc:
            if report is not None:
                report.bad(line, str(exc))
            continue
        if reason is not None:
            if report is not None:
                report.skip(reason)
            continue
        yield row


@dataclass
class _ProductTally:
    titles: Counter[str] = field(default_factory=Counter)
    prices: Counter[Decimal] = field(default_factory=Counter)
    first_line: int = 0


def median(values: Counter[Decimal]) -> Decimal:
    ordered = sorted(values.items())
    total = sum(values.values())
    lower_rank, upper_rank = (total - 1) // 2, total // 2
    seen, lower, upper = 0, None, None
    for value, count in ordered:
        if lower is None and seen + count > lower_rank:
            lower = value
        if seen + count > upper_rank:
            upper = value
            break
        seen += count
    assert lower is not None and upper is not None
    return ((lower + upper) / 2).quantize(PRICE_STEP)


def most_frequent_title(titles: Counter[str]) -> str:
    # Ties go to the alphabetically first title, so the result does not depend on row order.
    return min(titles.items(), key=lambda item: (-item[1], item[0]))[0]


def product_rows(tallies: dict[str, _ProductTally]) -> list[ProductRow]:
    return [
        ProductRow(
            id=code,
            title=most_frequent_title(tally.titles),
            price=median(tally.prices),
            currency="GBP",
            is_active=code not in NON_MERCHANDISE,
            source=SOURCE,
            metadata={"non_merchandise": True} if code in NON_MERCHANDISE else {},
            line=tally.first_line,
        )
        for code, tally in tallies.items()
    ]


@dataclass
class _Scan:
    tallies: dict[str, _ProductTally]
    last_line: dict[str, int]
    purchase_rows: int
    newest: datetime | None


def scan(path: Path, report: ImportReport, progress: Progress) -> _Scan:
    tallies: dict[str, _ProductTally] = {}
    last_line: dict[str, int] = {}
    count, newest = 0, None
    for row in purchases(path, report):
        tally = tallies.get(row.stock_code)
        if tally is None:
            tally = tallies[row.stock_code] = _ProductTally(first_line=row.line)
        tally.titles[row.title] += 1
        tally.prices[row.unit_price] += 1
        last_line[row.invoice] = row.line
        count += 1
        if newest is None or row.invoiced_at > newest:
            newest = row.invoiced_at
        if count % 1000 == 0:
            progress.update(1000)
    progress.update(count % 1000)
    return _Scan(tallies, last_line, count, newest)


def _event(key: tuple[str, str], parts: dict[str, Any], shift: timedelta) -> dict[str, Any]:
    invoice, code = key
    quantity: int = parts["quantity"]
    price = (parts["amount"] / quantity).quantize(PRICE_STEP)
    context = {"order_id": invoice}
    if parts["country"]:
        context["country"] = parts["country"]
    return {
        "user_id": parts["customer"],
        "product_id": code,
        "interaction_type": "purchase",
        "quantity": quantity,
        "unit_price": float(price),
        "context": context,
        "occurred_at": (parts["time"] + shift).isoformat(),
        "external_id": f"{SOURCE}:{invoice}:{code}",
    }


def grouped_events(
    path: Path, last_line: dict[str, int], shift: timedelta, on_row: Callable[[], None]
) -> Iterator[tuple[dict[str, Any], int]]:
    """(event, line) per (invoice, stock code), emitted once the invoice's last row is read;
    quantities are summed and the unit price is the quantity-weighted mean."""
    open_invoices: dict[str, dict[str, dict[str, Any]]] = {}
    for row in purchases(path, None):
        on_row()
        items = open_invoices.setdefault(row.invoice, {})
        parts = items.get(row.stock_code)
        if parts is None:
            items[row.stock_code] = {
                "quantity": row.quantity,
                "amount": row.unit_price * row.quantity,
                "time": row.invoiced_at,
                "customer": row.customer,
                "country": row.country,
                "line": row.line,
            }
        else:
            parts["quantity"] += row.quantity
            parts["amount"] += row.unit_price * row.quantity
        if row.line == last_line.get(row.invoice):
            for code, item in open_invoices.pop(row.invoice).items():
                yield _event((row.invoice, code), item, shift), item["line"]
    if open_invoices:  # The file changed between the passes.
        raise ImportFileError(f"{path}: changed while it was being imported")


def import_online_retail(
    database_url: str,
    path: Path,
    *,
    strict: bool = False,
    shift_to_now: bool = False,
    batch_size: int = 5000,
    progress: bool = True,
) -> ImportReport:
    """Import the Online Retail file at `path` (.csv or .csv.gz) into `database_url`.

    strict: any bad row aborts with nothing written (everything goes in one transaction).
    shift_to_now: move every event time by the same amount so that the newest is now.
    batch_size: events per rec_store_interactions call (each call its own transaction).
    progress: show a bar on a terminal, or log lines otherwise.
    """
    if batch_size < 1:
        raise PgrecError(f"batch_size must be at least 1, got {batch_size}")
    path = Path(path)
    report = ImportReport(source=str(path))
    started = time.monotonic()
    with Progress("reading", unit="rows", enabled=progress) as bar:
        found = scan(path, report, bar)
    if strict and report.bad_row_count:
        raise ImportAborted(str(path), report.bad_rows, report.bad_row_count)
    shift = timedelta(0)
    if shift_to_now and found.newest is not None:
        shift = datetime.now(UTC) - found.newest
    with (
        psycopg.connect(database_url, autocommit=True) as conn,
        deferred_event_writer(conn, report, path, strict=strict, progress=progress) as writer,
    ):
        _write(conn, writer, path, found, report, shift, batch_size, progress)
    report.seconds = time.monotonic() - started
    return report


def _write(
    conn: psycopg.Connection[Any],
    writer: EventWriter,
    path: Path,
    found: _Scan,
    report: ImportReport,
    shift: timedelta,
    batch_size: int,
    progress: bool,
) -> None:
    with conn.transaction():
        counts = upsert_products(conn, product_rows(found.tallies))
    report.products_inserted, report.products_updated, report.products_unchanged = counts
    events: list[dict[str, Any]] = []
    lines: list[int] = []
    with Progress("importing", total=found.purchase_rows, unit="rows", enabled=progress) as bar:
        for event, line in grouped_events(path, found.last_line, shift, lambda: bar.update()):
            events.append(event)
            lines.append(line)
            if len(events) >= batch_size:
                writer.write(events, lines)
                events, lines = [], []
        writer.write(events, lines)
