"""Writing a fitted model into rec_product_similarities (only the rows that changed, one transaction) and
recording the fit in rec_model_fits, which tells the workers when a refresh made it due."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

import psycopg
from psycopg.types.json import Jsonb

from service.models.neighbours import Row

COPY_CHUNK = 200_000  # rows per progress line

_STAGE = """
create temp table _rec_fit_new (
    product_id text, similar_product_id text, score double precision, rank integer
) on commit drop
"""
# Keyed after the copy: the anti-join below stays a lookup per row whatever the planner thinks of the stored
# method's rows (their statistics lag behind a first fit; a nested loop over an unkeyed table took minutes).
_KEY = "create unique index on _rec_fit_new (product_id, similar_product_id)"
# Only rows that changed are touched (row locks, no table lock): readers never wait, and a rerun on the same
# events writes nothing. Rows of products deleted meanwhile are skipped (the foreign keys would refuse them).
_DELETE_GONE = """
delete from rec_product_similarities s
 where s.method = %(method)s
   and not exists (select 1 from _rec_fit_new n
                    where n.product_id = s.product_id and n.similar_product_id = s.similar_product_id)
"""
_UPSERT = """
insert into rec_product_similarities as s (method, product_id, similar_product_id, score, rank, computed_at)
select %(method)s, n.product_id, n.similar_product_id, n.score, n.rank, now()
  from _rec_fit_new n
 where exists (select 1 from rec_products p where p.id = n.product_id)
   and exists (select 1 from rec_products p where p.id = n.similar_product_id)
 order by n.product_id, n.similar_product_id
    on conflict (method, product_id, similar_product_id) do update
   set score = excluded.score, rank = excluded.rank, computed_at = excluded.computed_at
 where s.rank <> excluded.rank or abs(s.score - excluded.score) > 1e-9 * greatest(abs(s.score), 1e-9)
"""
# Two fits that finish together (a refresh job and a background refit) write one after the other, the
# later finding most rows equal; interleaved, one's deletes and the other's upserts could deadlock.
_WRITE_LOCK = "select pg_advisory_xact_lock(7270431019)"  # a key of pgrec's own
_RECORD = """
insert into rec_model_fits as f (method, fitted_at, similarities_at, report)
values (%(method)s, now(), %(similarities_at)s, %(report)s)
    on conflict (method) do update
   set fitted_at = excluded.fitted_at, similarities_at = excluded.similarities_at, report = excluded.report
"""
# The newest co_interaction neighbour: a refresh that changed any moves it.
SIMILARITIES_AT = "select max(computed_at) from rec_product_similarities where method = 'co_interaction'"


def write_neighbours(
    conn: psycopg.Connection[Any],
    method: str,
    rows: Sequence[Row],
    progress: Callable[[str], None] | None = None,
) -> int:
    """Make the rows of `method` in rec_product_similarities exactly `rows` (product j, neighbour i, score,
    rank), in one transaction that announces a change to cached lists (heard at its commit) when any row
    changed; returns the rows inserted, updated or deleted."""
    with conn.transaction():
        conn.execute(_WRITE_LOCK)
        conn.execute("drop table if exists _rec_fit_new")
        conn.execute(_STAGE)
        with conn.cursor().copy(
            "copy _rec_fit_new (product_id, similar_product_id, score, rank) from stdin"
        ) as copy:
            for count, row in enumerate(rows, start=1):
                copy.write_row(row)
                if progress and count % COPY_CHUNK == 0:
                    progress(f"staged {count:,} of {len(rows):,} rows")
        conn.execute(_KEY)
        conn.execute("analyze _rec_fit_new")
        deleted = conn.execute(_DELETE_GONE, {"method": method}).rowcount
        upserted = conn.execute(_UPSERT, {"method": method}).rowcount
        changed = max(deleted, 0) + max(upserted, 0)
        if changed:
            conn.execute("select _rec_lists_changed(%s)", (f"fit-{method}",))
        conn.execute("drop table _rec_fit_new")
    return changed


def similarities_at(conn: psycopg.Connection[Any]) -> datetime | None:
    row = conn.execute(SIMILARITIES_AT).fetchone()
    return None if row is None else row[0]


def record_fit(
    conn: psycopg.Connection[Any], method: str, since: datetime | None, report: dict[str, Any]
) -> None:
    """The fit of `method` done, from the co_interaction neighbours as they were at `since`."""
    with conn.transaction():
        conn.execute(_RECORD, {"method": method, "similarities_at": since, "report": Jsonb(report)})
