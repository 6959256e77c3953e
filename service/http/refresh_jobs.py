"""Refreshes started over HTTP: CALL rec_refresh(job_id) in a background task on a connection of its
own (never one of the pool's, which serve requests), then the collaborative model's fit in a child
process (its memory is not the worker's), its state in rec_refresh_jobs so any worker can report it."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import psycopg
from psycopg.types.json import Jsonb

from service.http.database import Database
from service.http.db import fetch_rows
from service.http.request_ids import new_request_id
from service.models.refresh_fit import fit_in_child

log = logging.getLogger("pgrec.refresh")

# A job whose backend is gone (its worker stopped) or that never got one within a minute failed.
_RETIRE_ABANDONED_SQL = """
update rec_refresh_jobs j
   set status = 'failed', finished_at = now(), error = 'the worker running it stopped'
 where status = 'running'
   and (case when backend_pid is null then requested_at < now() - interval '1 minute'
             else not exists (select 1 from pg_stat_activity a where a.pid = j.backend_pid) end)
"""
_CLAIM_SQL = "insert into rec_refresh_jobs (id) values (%s) on conflict do nothing returning id"
JOB_SQL = """
select id::text as job_id, status, requested_at, finished_at, steps, error
  from rec_refresh_jobs where {where}
"""
_RUNNING = JOB_SQL.format(where="status = 'running'")
_ONE = JOB_SQL.format(where="id = %s")


async def start(database: Database, tasks: set[asyncio.Task[None]]) -> dict[str, Any]:
    """A new job started in the background (kept in `tasks` while it runs), or the one running."""
    for _ in range(3):  # the running job may finish between the claim and the look-up: claim again
        async with database.connection() as conn:
            await conn.execute(_RETIRE_ABANDONED_SQL)
            cursor = await conn.execute(_CLAIM_SQL, (new_request_id(),))
            claimed = await cursor.fetchone()
        if claimed is not None:
            task = asyncio.get_running_loop().create_task(_run(database, str(claimed[0])))
            tasks.add(task)
            task.add_done_callback(tasks.discard)
        if claimed is not None:
            rows = await fetch_rows(database, _ONE, (claimed[0],))
        else:
            rows = await fetch_rows(database, _RUNNING)
        if rows:
            return rows[0]
    raise RuntimeError("could not start or find a refresh job")


async def job(database: Database, job_id: str) -> dict[str, Any] | None:
    rows = await fetch_rows(database, _ONE, (job_id,))
    return rows[0] if rows else None


async def _run(database: Database, job_id: str) -> None:
    try:
        async with await psycopg.AsyncConnection.connect(
            database.conninfo, autocommit=True, application_name="pgrec-refresh"
        ) as conn:
            await conn.execute(
                "update rec_refresh_jobs set backend_pid = pg_backend_pid() where id = %s", (job_id,)
            )
            # Commits per step (and per chunk of users), writing each step to the job row as it ends: a
            # poll shows progress, and upkeep keeps folding new events meanwhile.
            await conn.execute("call rec_refresh(%s)", (job_id,))
            step = await fit_in_child(database.conninfo)
            await conn.execute(
                "update rec_refresh_jobs set steps = coalesce(steps, '[]') || %s where id = %s",
                (Jsonb([step]), job_id),
            )
            await conn.execute(
                "update rec_refresh_jobs set status = 'done', finished_at = now() where id = %s", (job_id,)
            )
    except Exception as exc:  # a background task: the job row is where the error is seen
        log.exception("refresh %s failed", job_id)
        await _record_failure(database, job_id, f"{type(exc).__name__}: {exc}")


async def _record_failure(database: Database, job_id: str, error: str) -> None:
    try:
        async with database.connection() as conn:
            await conn.execute(
                "update rec_refresh_jobs set status = 'failed', finished_at = now(), error = %s "
                "where id = %s and status = 'running'",
                (error, job_id),
            )
    except Exception:
        log.exception("could not record the failure of refresh %s", job_id)
