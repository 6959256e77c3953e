"""The psycopg connection pool (pgvector types registered on every connection) and query helpers."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import psycopg
from pgvector.psycopg import register_vector_async
from psycopg import AsyncConnection, sql
from psycopg.rows import dict_row
from psycopg_pool import AsyncConnectionPool

from service.http.api_errors import RETRIED_SQLSTATES
from service.http.database import Database

POOL_MIN_SIZE = 2
POOL_MAX_SIZE = 10
POOL_TIMEOUT_SECONDS = 5.0

Query = str | sql.Composed | sql.SQL
T = TypeVar("T")
log = logging.getLogger("pgrec.service")


async def _configure(conn: AsyncConnection[Any]) -> None:
    await register_vector_async(conn)


def make_pool(url: str, min_size: int = POOL_MIN_SIZE, max_size: int = POOL_MAX_SIZE) -> AsyncConnectionPool:
    """A closed pool; open it with `await pool.open()` inside the event loop that will use it."""
    return AsyncConnectionPool(
        url,
        min_size=min_size,
        max_size=max_size,
        timeout=POOL_TIMEOUT_SECONDS,
        open=False,
        configure=_configure,
        kwargs={"autocommit": True, "application_name": "pgrec-service"},
        name="pgrec",
    )


async def retried_once(attempt: Callable[[], Awaitable[T]]) -> T:
    """`attempt()`, run once more after a serialization failure or a deadlock. Every request statement
    runs alone in autocommit, so the failed one changed nothing; a second failure is the caller's
    (503 transaction_conflict, api_errors.py)."""
    try:
        return await attempt()
    except psycopg.Error as exc:
        if exc.sqlstate not in RETRIED_SQLSTATES:
            raise
        log.warning("retrying a statement once after %s: %s", exc.sqlstate, exc.diag.message_primary)
    return await attempt()


async def fetch_row(database: Database, query: Query, params: Any = None) -> tuple[Any, ...] | None:
    async def attempt() -> tuple[Any, ...] | None:
        async with database.connection() as conn:
            cursor = await conn.execute(query, params)
            return await cursor.fetchone()

    return await retried_once(attempt)


async def fetch_value(database: Database, query: Query, params: Any = None) -> Any:
    row = await fetch_row(database, query, params)
    return None if row is None else row[0]


async def fetch_rows(database: Database, query: Query, params: Any = None) -> list[dict[str, Any]]:
    async def attempt() -> list[dict[str, Any]]:
        async with database.connection() as conn, conn.cursor(row_factory=dict_row) as cursor:
            await cursor.execute(query, params)
            return await cursor.fetchall()

    return await retried_once(attempt)
