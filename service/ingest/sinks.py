"""Writing imported rows: products through _rec_upsert_products, events through rec_store_interactions."""

from __future__ import annotations

import re
import sys
import time
from array import array
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import psycopg
from psycopg.types.json import Jsonb

from service.core.errors import PgrecError

EVENT_ERROR_INDEX = re.compile(r"^events\[(\d+)\]:\s*")

# Events per catch-up transaction. One fold copies its events into arrays, and PostgreSQL refuses a value over
# 1 GB (about 7M events at once); a chunk commits, so an interrupted catch-up leaves only the rest queued for
# rec_upkeep(). An import of up to a million events is still folded in one go.
CATCH_UP_CHUNK = 1_000_000


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


# The one product upsert is the SQL function _rec_upsert_products (sql_functions/003-product-upsert.sql):
# a row is touched only when something differs, so re-importing the same file changes nothing (no
# updated_at bump, no embedding re-queue). partial: a file carries no collection, product type or handle
# (those keep their stored values) and its metadata is merged into the stored one.
_UPSERT = "select action from _rec_upsert_products(%s::jsonb, %s, partial => true)"


def _product_object(row: ProductRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "title": row.title,
        "description": row.description,
        "categories": row.categories,
        "tags": row.tags,
        "price": None if row.price is None else str(row.price),
        "currency": row.currency,
        "thumbnail": row.thumbnail,
        "is_active": row.is_active,
        "metadata": row.metadata,
    }


def upsert_products(conn: psycopg.Connection[Any], rows: Sequence[ProductRow]) -> tuple[int, int, int]:
    """Insert or update `rows` in the caller's transaction; returns (inserted, updated, unchanged).
    A later row with the same id wins over an earlier one."""
    latest = {row.id: row for row in rows}
    by_source: dict[str, list[dict[str, Any]]] = {}
    for row in latest.values():
        by_source.setdefault(row.source, []).append(_product_object(row))
    actions: list[str] = []
    for source, products in by_source.items():
        actions += [action for (action,) in conn.execute(_UPSERT, (Jsonb(products), source)).fetchall()]
    inserted, updated = actions.count("inserted"), actions.count("updated")
    return inserted, updated, len(latest) - inserted - updated


def has_function(conn: psycopg.Connection[Any], signature: str) -> bool:
    row = conn.execute("select to_regprocedure(%s) is not null", (signature,)).fetchone()
    return bool(row and row[0])


def has_track_function(conn: psycopg.Connection[Any]) -> bool:
    return has_function(conn, "rec_store_interactions(jsonb,text)")


def triggers_off(conn: psycopg.Connection[Any]) -> bool:
    """True when this session skips triggers (session_replication_role = replica, as `pgrec evaluate`
    loads its scratch database): nothing is maintained, and whoever switched them off rebuilds."""
    row = conn.execute("select current_setting('session_replication_role') = 'replica'").fetchone()
    return bool(row and row[0])


def track_events(conn: psycopg.Connection[Any], events: Sequence[dict[str, Any]]) -> list[int | None]:
    """Store `events` (the rec_track_interactions format) in the caller's transaction through
    rec_store_interactions: checked as tracking checks them, straight into the event log (not the
    tracking inbox), queued for upkeep (preferences, popularity, basket pairs).
    Returns the new ids in input order, None for a duplicate (an external_id already stored).
    Raises psycopg errors unchanged."""
    if not events:
        return []
    # A file's event for a product not in the catalog is a bad line, reported (no placeholder: unlike a live
    # store's tracking, a file import is checked against the catalog imported before it).
    row = conn.execute(
        "select rec_store_interactions(%s, unknown_products => 'reject')", (Jsonb(list(events)),)
    ).fetchone()
    ids: list[int | None] = list(row[0]) if row and row[0] is not None else [None] * len(events)
    return ids


def failing_event_index(error: psycopg.Error) -> int | None:
    """The 0-based index from rec_track_interactions' `events[<i>]: ...` message, if any."""
    match = EVENT_ERROR_INDEX.match(_primary(error))
    return int(match.group(1)) if match else None


def error_text(error: psycopg.Error) -> str:
    """The database's message without rec_track_interactions' `events[<i>]: ` prefix (the caller
    names the file line instead)."""
    return EVENT_ERROR_INDEX.sub("", _primary(error), count=1).strip()


def _primary(error: psycopg.Error) -> str:
    return (error.diag.message_primary or str(error)).strip()


class EventWriter:
    """Stores events in batches, each batch in its own transaction (or savepoint inside the
    caller's transaction), so a failure never leaves half a batch. When the database rejects one
    event (`events[i]: ...`) it is reported with its line number and the rest is retried, unless
    `strict`, where the error propagates."""

    def __init__(
        self,
        conn: psycopg.Connection[Any],
        report: Any,
        strict: bool,
        defer_derived: bool = False,
        catch_up_chunk: int = CATCH_UP_CHUNK,
    ) -> None:
        self.conn = conn
        self.catch_up_chunk = catch_up_chunk
        self.report = report
        self.strict = strict
        if not has_track_function(conn):
            raise PgrecError(
                "this database has no rec_store_interactions(jsonb, text); run `pgrec migrate` first"
            )
        # defer_derived: the events stored are folded into preferences, popularity and baskets once at the
        # end (catch_up: rec_refresh_after_import), not left to rec_upkeep() batch by batch. A session
        # without triggers queues nothing, and whoever switched them off rebuilds.
        self.triggers_off = triggers_off(conn)
        self.defer_derived = (
            defer_derived
            and not self.triggers_off
            and has_function(conn, "rec_refresh_after_import(bigint[])")
        )
        self.stored_ids = array("q")  # 8 bytes per event stored, for the catch-up

    def write(self, events: list[dict[str, Any]], lines: list[int]) -> None:
        events, lines = list(events), list(lines)
        while events:
            try:
                with self.conn.transaction():
                    ids = self._store(events)
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
            stored = [value for value in ids if value is not None]
            self.report.events_inserted += len(stored)
            self.report.events_duplicate += len(events) - len(stored)
            if self.defer_derived:
                self.stored_ids.extend(stored)
            return

    def finish(self, progress: bool = False) -> list[tuple[str, int | None, float]]:
        """Fold the events stored into preferences, popularity and baskets (rec_refresh_after_import), in
        chunks of `catch_up_chunk` events, each committed on its own on an autocommit connection; returns
        (step, changed, seconds) per step, summed over the chunks. `progress`: a line per chunk on stderr
        when there is more than one."""
        ids, self.stored_ids = self.stored_ids, array("q")
        chunks = range(0, len(ids), self.catch_up_chunk)
        totals: dict[str, tuple[int | None, float]] = {}
        for number, start in enumerate(chunks, 1):
            chunk = ids[start : start + self.catch_up_chunk]
            started = time.monotonic()
            rows = self.conn.execute(
                "select step, changed, seconds from rec_refresh_after_import(%s::bigint[])", (list(chunk),)
            ).fetchall()
            for step, changed, seconds in rows:
                before, spent = totals.get(str(step), (0, 0.0))
                both = None if before is None or changed is None else before + int(changed)
                totals[str(step)] = (both, spent + float(seconds))
            if progress and len(chunks) > 1:
                took = time.monotonic() - started
                print(f"  {number} of {len(chunks)}: {len(chunk):,} events in {took:.1f} s", file=sys.stderr)
        return [(step, changed, seconds) for step, (changed, seconds) in totals.items()]

    def catch_up(self, progress: bool) -> None:
        """finish(), telling on stderr what it does when `progress`."""
        if progress and self.stored_ids:
            print(
                f"catching up preferences, popularity and baskets for {len(self.stored_ids):,} events ...",
                file=sys.stderr,
            )
        for step, _, seconds in self.finish(progress):
            if progress:
                print(f"  {step}: {seconds:.1f} s", file=sys.stderr)

    def _store(self, events: list[dict[str, Any]]) -> list[int | None]:
        return track_events(self.conn, events)


@contextmanager
def deferred_event_writer(
    conn: psycopg.Connection[Any], report: Any, path: Path, *, strict: bool, progress: bool
) -> Iterator[EventWriter]:
    """An EventWriter whose batches defer the upkeep of preferences, popularity and baskets to one
    catch-up when the block ends. strict: the block runs in one transaction (batches become
    savepoints), a rejected event aborts it with nothing written. Outside --strict the batches
    stored before a failure get their catch-up too."""
    writer = EventWriter(conn, report, strict, defer_derived=True)
    outer: AbstractContextManager[Any] = conn.transaction() if strict else nullcontext()
    committed = False
    try:
        with outer:
            yield writer
        committed = True
    except BatchRejected as exc:
        raise PgrecError(f"{path}: line {exc.line}: {exc.reason}; nothing imported (--strict)") from exc
    finally:
        idle = not conn.closed and conn.info.transaction_status == psycopg.pq.TransactionStatus.IDLE
        if idle and (committed or not strict):
            writer.catch_up(progress)


class BatchRejected(Exception):
    """The database refused one event of a batch under --strict."""

    def __init__(self, line: int, reason: str) -> None:
        super().__init__(f"line {line}: {reason}")
        self.line = line
        self.reason = reason
