"""`pgrec import medusa`: runs the SQL sync functions that copy Medusa's catalog and orders."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import psycopg

from service.core.errors import PgrecError

CATALOG = "rec_sync_medusa_catalog()"
ORDERS = "rec_sync_medusa_orders(timestamp with time zone)"


@dataclass
class MedusaReport:
    catalog: list[dict[str, Any]] = field(default_factory=list)
    orders: list[dict[str, Any]] = field(default_factory=list)


def _exists(conn: psycopg.Connection[Any], signature: str) -> bool:
    row = conn.execute("select to_regprocedure(%s) is not null", (signature,)).fetchone()
    return bool(row and row[0])


def _rows(cur: psycopg.Cursor[Any]) -> list[dict[str, Any]]:
    names = [column.name for column in cur.description or []]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def import_medusa(database_url: str, since: datetime | None = None, orders: bool = True) -> MedusaReport:
    """Catalog first (orders refer to products), then orders since `since` (all when None)."""
    report = MedusaReport()
    with psycopg.connect(database_url, autocommit=True) as conn:
        missing = [name for name in (CATALOG, ORDERS) if not _exists(conn, name)]
        if missing:
            raise PgrecError(
                f"this database has no {' / '.join(missing)}: the Medusa sync functions are not installed "
                "(run `pgrec migrate`)"
            )
        with conn.cursor() as cur:
            try:
                cur.execute("select * from rec_sync_medusa_catalog()")
                report.catalog = _rows(cur)
                if orders:
                    cur.execute("select * from rec_sync_medusa_orders(%s)", (since,))
                    report.orders = _rows(cur)
            except psycopg.errors.UndefinedTable as exc:
                raise PgrecError(_not_a_medusa_database(exc, catalog_synced=bool(report.catalog))) from exc
    return report


def _not_a_medusa_database(exc: psycopg.errors.UndefinedTable, catalog_synced: bool) -> str:
    """The sync functions' own 42P01 message (it names the missing tables) and hint, and what was done."""
    done = "the catalog was synced, the orders were not" if catalog_synced else "nothing was synced"
    hint = f" {exc.diag.message_hint}" if exc.diag.message_hint else ""
    return f"{exc.diag.message_primary} ({done}).{hint} PGREC_DATABASE_URL names the database pgrec uses."
