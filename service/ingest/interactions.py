"""`pgrec import interactions FILE`: events (JSON lines or CSV) through rec_store_interactions.

Fields: user_id, product_id, interaction_type (or `type`), and optionally session_id, quantity,
unit_price, context (JSON object), request_id, occurred_at (ISO 8601 with a time zone, as over
HTTP, or Unix seconds), external_id; any other column or field is an error. A row without
external_id gets `import:<sha1 of its fields>`, so importing the same file twice stores nothing
the second time. Events go in batches, each its own transaction; an event the database rejects
(unknown product or type) is reported with its line and skipped.
The stored events are folded into preferences, popularity and baskets once at the end
(rec_refresh_after_import), not by upkeep batch by batch.
"""

from __future__ import annotations

import hashlib
import json
import time
import uuid
from decimal import Decimal
from pathlib import Path
from typing import Any

import psycopg

from service.ingest import values
from service.ingest.files import Column
from service.ingest.progress import Progress
from service.ingest.records import file_rows
from service.ingest.report import BadRow, ImportAborted, ImportReport
from service.ingest.sinks import deferred_event_writer
from service.ingest.values import RowError

COLUMNS = (
    Column("user_id", required=True),
    Column("product_id", required=True),
    Column("interaction_type", required=True, alias="type"),
    Column("session_id"),
    Column("quantity"),
    Column("unit_price"),
    Column("context"),
    Column("request_id"),
    Column("occurred_at"),
    Column("external_id"),
)


def parse_event(row: dict[str, Any] | str) -> dict[str, Any]:
    if isinstance(row, str):
        raise RowError(row)
    type_key = "interaction_type" if "interaction_type" in row else "type"
    event: dict[str, Any] = {
        "user_id": values.text(row, "user_id", required=True, max_length=255),
        "product_id": values.text(row, "product_id", required=True, max_length=255),
        "interaction_type": values.text(row, type_key, required=True),
        "quantity": values.integer(row, "quantity", default=1, minimum=1),
    }
    session_id = values.text(row, "session_id")
    if session_id is not None:
        event["session_id"] = session_id
    price = values.number(row, "unit_price", minimum=Decimal(0))
    if price is not None:
        event["unit_price"] = float(price)
    context = values.json_object(row, "context")
    if context:
        event["context"] = context
    request_id = values.text(row, "request_id")
    if request_id is not None:
        try:
            event["request_id"] = str(uuid.UUID(request_id))
        except ValueError:
            raise RowError(f"request_id {request_id!r} is not a UUID") from None
    occurred_at = values.timestamp(row, "occurred_at")
    if occurred_at is not None:
        event["occurred_at"] = occurred_at.isoformat()
    external_id = values.text(row, "external_id")
    event["external_id"] = external_id or derived_external_id(event)
    return event


def derived_external_id(event: dict[str, Any]) -> str:
    canonical = json.dumps(event, sort_keys=True, separators=(",", ":"))
    return "import:" + hashlib.sha1(canonical.encode("utf-8")).hexdigest()


def import_interactions(
    database_url: str,
    path: Path,
    *,
    strict: bool = False,
    batch_size: int = 5000,
    progress: bool = True,
) -> ImportReport:
    """Track every event of `path`. strict: the first bad row aborts and nothing is written."""
    path = Path(path)
    report = ImportReport(source=str(path))
    started = time.monotonic()
    with (
        psycopg.connect(database_url, autocommit=True) as conn,
        deferred_event_writer(conn, report, path, strict=strict, progress=progress) as writer,
        Progress("importing interactions", unit="rows", enabled=progress) as bar,
    ):
        events: list[dict[str, Any]] = []
        lines: list[int] = []
        for line, row in file_rows(path, COLUMNS):
            report.rows_read += 1
            bar.update()
            try:
                events.append(parse_event(row))
            except RowError as exc:
                if strict:
                    raise ImportAborted(str(path), [BadRow(line, str(exc))], 1) from None
                report.bad(line, str(exc))
                continue
            lines.append(line)
            if len(events) >= batch_size:
                writer.write(events, lines)
                events, lines = [], []
        writer.write(events, lines)
    report.seconds = time.monotonic() - started
    return report
