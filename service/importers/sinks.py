"""Writing imported rows: products by COPY + upsert, events through rec_track_interactions."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import psycopg
from psycopg.types.json import Jsonb

from service.errors import PgrecError

EVENT_ERROR_INDEX = re.compile(r"events\[(\d+)\]")


@dataclass
class ProductRow:
    """One product as an importer hands it over; `line` is where it came from (for errors)."""

    id: str
    title: str
    description: str = ""
    categories: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    price: Decimal | None = None
    currency: str | None = None
    thumbnail: str | None = None
    is_active: bool = True
    source: str = "file"
    metadata: dict[str, Any] = field(default_factory=dict)
    line: int = 0


_CREATE_STAGE = """
create temporary table if not exists _rec_import_products (
    id text, title text, description text, categories text[], tags text[], price numeric,
    currency text, thumbnail text, is_active boolean, source text, metadata jsonb
) on commit delete rows
"""

# Upsert that touches a row only when something differs, so re-importing the same file changes
# nothing (no updated_at bump, no embedding re-queue). xmax = 0 marks a freshly inserted row.
_UPSERT = """
insert into rec_products as p
       (id, title, description, categories, tags, price, currency, thumbnail, is_active, source, metadata)
select id, title, description, categories, tags, price, currency, thumbnail, is_active, source, metadata
  from _rec_import_products
on conflict (id) do update
   set title = excluded.title, description = excluded.description, categories = excluded.categories,
       tags = excluded.tags, price = excluded.price, currency = excluded.currency,
       thumbnail = excluded.thumbnail, is_active = excluded.is_active,
       metadata = p.metadata || excluded.metadata, updated_at = now()
 where (p.title, p.description, p.categories, p.tags, p.price, p.currency, p.thumbnail, p.is_active,
        p.metadata || excluded.metadata)
       is distinct from
       (excluded.title, excluded.description, excluded.categories, excluded.tags, excluded.price,
        excluded.currency, excluded.thumbnail, excluded.is_active, p.metadata)
returning (xmax = 0) as inserted
"""


def upsert_products(conn: psycopg.Connection[Any], rows: Sequence[ProductRow]) -> tuple[int, int, int]:
    """Insert or update `rows` in the caller's transaction; returns (inserted, updated, unchanged).
    A later row with the same id wins over an earlier one."""
    latest = {row.id: row for row in rows}
    conn.execute(_CREATE_STAGE)
    with conn.cursor() as cur:
        cur.execute("truncate _rec_import_products")
        with cur.copy(
            "copy _rec_import_products (id, title, description, categories, tags, price, currency,"
            " thumbnail, is_active, source, metadata) from stdin"
        ) as copy:
            for row in latest.values():
                copy.write_row(
                    (
                        row.id,
                        row.title,
                        row.description,
                        row.categories,
                        row.tags,
                        row.price,
                        row.currency,
                        row.thumbnail,
                        row.is_active,
                        row.source,
                        json.dumps(row.metadata),
                    )
                )
        cur.execute(_UPSERT)
        flags = [bool(inserted) for (inserted,) in cur.fetchall()]
        cur.execute("truncate _rec_import_products")
    inserted = sum(flags)
    updated = len(flags) - inserted
    return inserted, updated, len(latest) - inserted - updated


def has_function(conn: psycopg.Connection[Any], signature: str) -> bool:
    row = conn.execute("select to_regprocedure(%s) is not null", (signature,)).fetchone()
    return bool(row and row[0])


def has_track_function(conn: psycopg.Connection[Any]) -> bool:
    return has_function(conn, "rec_track_interactions(jsonb)")


def track_events(conn: psycopg.Connection[Any], events: Sequence[dict[str, Any]]) -> tuple[int, int]:
    """Store `events` (the rec_track_interactions format) in the caller's transaction through
    rec_track_interactions, so triggers keeping preferences and basket pairs current see them.
    Returns (stored, duplicates skipped by external_id). Raises psycopg errors unchanged."""
    if not events:
        return 0, 0
    row = conn.execute("select rec_track_interactions(%s)", (Jsonb(list(events)),)).fetchone()
    ids = row[0] if row and row[0] is not None else []
    stored = sum(1 for value in ids if value is not None)
    return stored, len(events) - stored


def failing_event_index(error: psycopg.Error) -> int | None:
    """The 0-based index from rec_track_interactions' `events[<i>]: ...` message, if any."""
    message = error.diag.message_primary or str(error)
    match = EVENT_ERROR_INDEX.search(message)
    return int(match.group(1)) if match else None


def error_text(error: psycopg.Error) -> str:
    return (error.diag.message_primary or str(error)).strip()


class EventWriter:
    """Stores events in batches, each batch in its own transaction (or savepoint inside the
    caller's transaction), so a failure never leaves half a batch. When the database rejects one
    event (`events[i]: ...`) it is reported with its line number and the rest is retried, unless
    `strict`, where the error propagates."""

    def __init__(
        self, conn: psycopg.Connection[Any], report: Any, strict: bool, defer_derived: bool = False
    ) -> None:
        self.conn = conn
        self.report = report
        self.strict = strict
        # defer_derived: the batches set pgrec.defer_derived, so the triggers skip preferences, popularity
        # and baskets; finish() then rebuilds them once (rec_refresh_after_import) for the users written.
        self.defer_derived = defer_derived and has_function(conn, "rec_refresh_after_import(text[])")
        self.users: set[str] = set()
        if not has_track_function(conn):
            raise PgrecError("this database has no rec_track_interactions(jsonb); run `pgrec migrate` first")

    def write(self, events: list[dict[str, Any]], lines: list[int]) -> None:
        events, lines = list(events), list(lines)
        while events:
            try:
                with self.conn.transaction():
                    stored, duplicates = self._store(events)
            except psycopg.Error as exc:
                index = failing_event_index(exc)
                if index is None or index >= len(events):
                    raise PgrecError(
                        f"the database refused the batch of lines {lines[0]}-{lines[-1]}: {error_text(exc)}; "
                        "nothing of that batch is stored (earlier batches are; a re-run skips them)"
                    ) from exc
                if self.strict:
                    raise BatchRejected(lines[index], error_text(exc)) from exc
                self.report.bad(lines[index], error_text(exc))
                del events[index]
                del lines[index]
                continue
            self.report.events_inserted += stored
            self.report.events_duplicate += duplicates
            if self.defer_derived and stored:
                self.users.update(str(event["user_id"]) for event in events)
            return

    def finish(self) -> list[tuple[str, int | None, float]]:
        """After deferred batches: rebuild what the triggers skipped; returns (step, changed, seconds)."""
        if not self.users:
            return []
        rows = self.conn.execute(
            "select step, changed, seconds from rec_refresh_after_import(%s)", (sorted(self.users),)
        ).fetchall()
        self.users.clear()
        return [(str(step), changed, float(seconds)) for step, changed, seconds in rows]

    def _store(self, events: list[dict[str, Any]]) -> tuple[int, int]:
        if self.defer_derived:
            self.conn.execute("select set_config('pgrec.defer_derived', 'on', true)")
        return track_events(self.conn, events)


class BatchRejected(Exception):
    """The database refused one event of a batch under --strict."""

    def __init__(self, line: int, reason: str) -> None:
        super().__init__(f"line {line}: {reason}")
        self.line = line
        self.reason = reason
