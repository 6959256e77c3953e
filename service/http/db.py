"""The psycopg connection pool (pgvector types registered on every connection) and query helpers."""

from __future__ import annotations

from typing import Any

from pgvector.psycopg import register_vector_async
from psycopg import AsyncConnection, sql
from psycopg.rows import dict_row
from psycopg_pool import AsyncConnectionPool

from service.http.database import Database

POOL_MIN_SIZE = 2
POOL_MAX_SIZE = 10
POOL_TIMEOUT_SECONDS = 5.0

Query = str | sql.Composed | sql.SQL


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


async def fetch_value(database: Database, query: Query, params: Any = None) -> Any:
    async with database.connection() as conn:
        cursor = await conn.execute(query, params)
        row = await cursor.fetchone()
    return None if row is None else row[0]


async def fetch_rows(database: Database, query: Query, params: Any = None) -> list[dict[str, Any]]:
    async with database.connection() as conn, conn.cursor(row_factory=dict_row) as cursor:
        await cursor.execute(query, params)
        return await cursor.fetchall()
