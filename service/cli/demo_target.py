"""Which databases `pgrec demo` may write its invented data into: an empty one (then marked as the
demo's) or one already marked; never a store's database with products, events or tables of its own."""

from __future__ import annotations

from typing import Any

import psycopg
from psycopg import sql

from service.core.db_urls import redact
from service.core.errors import PgrecError

MARK_KEY = "demo_database"
# Written by earlier versions once the demo data was in: a database with it is the demo's too.
LEGACY_MARK_KEY = "demo_dataset_digest"
# Tables that migrating creates besides the rec_* ones (yoyo's bookkeeping).
_MIGRATION_TABLES = ("_yoyo_migration", "_yoyo_log", "_yoyo_version", "yoyo_lock")

_OTHER_TABLES_SQL = """
select n.nspname || '.' || c.relname
  from pg_class c join pg_namespace n on n.oid = c.relnamespace
 where c.relkind in ('r', 'p', 'v', 'm', 'f')
   and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_%%'
   and not (n.nspname = 'public' and (c.relname like 'rec\\_%%' or c.relname = any(%s)))
 order by 1
"""


class NotADemoDatabase(PgrecError):
    """The database holds data that is not pgrec's demo: the demo must not write into it."""


def _count(conn: psycopg.Connection[Any], table: str) -> int:
    if conn.execute("select to_regclass(%s)", (table,)).fetchone() == (None,):
        return 0
    row = conn.execute(sql.SQL("select count(*) from {}").format(sql.Identifier(table))).fetchone()
    return int(row[0]) if row else 0


def _is_marked(conn: psycopg.Connection[Any]) -> bool:
    if conn.execute("select to_regclass('rec_meta')").fetchone() == (None,):
        return False
    row = conn.execute(
        "select count(*) from rec_meta where key in (%s, %s)", (MARK_KEY, LEGACY_MARK_KEY)
    ).fetchone()
    return bool(row and row[0])


def claim_for_demo(url: str) -> bool:
    """True if `url` is the demo's database already; False if it is empty (the caller marks it with
    `mark_as_demo` once migrated). Raises NotADemoDatabase for anything else."""
    with psycopg.connect(url) as conn:
        if _is_marked(conn):
            return True
        others = [str(name) for (name,) in conn.execute(_OTHER_TABLES_SQL, (list(_MIGRATION_TABLES),))]
        products = _count(conn, "rec_products")
        events = _count(conn, "rec_user_interactions")
    if not (others or products or events):
        return False
    found = []
    if products:
        found.append(f"{products:,} products")
    if events:
        found.append(f"{events:,} events")
    if others:
        shown = ", ".join(others[:5]) + (", ..." if len(others) > 5 else "")
        found.append(f"{len(others)} tables that are not pgrec's ({shown})")
    raise NotADemoDatabase(
        f"refusing to write demo data into {redact(url)}: it holds {' and '.join(found)} and is not "
        "marked as pgrec's demo database. Run the demo on the embedded server (unset "
        "PGREC_DATABASE_URL) or on an empty database, or pass --into-existing-database to add the "
        "invented Online Retail products and purchases to this one anyway."
    )


def mark_as_demo(url: str) -> None:
    with psycopg.connect(url) as conn:
        conn.execute(
            "insert into rec_meta (key, value) values (%s, 'true') on conflict (key) do nothing", (MARK_KEY,)
        )
