"""The admin work's way to PostgreSQL (refresh jobs, background upkeep, catalog writes): a small pool on
PGREC_ADMIN_DATABASE_URL, the owner of pgrec's tables, when it differs from PGREC_DATABASE_URL (a role that
may only read and track, see README, Privileges); else the service's own pool."""

from __future__ import annotations

from psycopg_pool import AsyncConnectionPool

from service.http.database import Database
from service.http.db import make_pool

# Admin requests are rare; the refresh job and upkeep hold connections of their own, not the pool's.
ADMIN_POOL_MAX_SIZE = 2


async def open_admin_database(
    url: str | None, database: Database
) -> tuple[Database, AsyncConnectionPool | None]:
    """(the admin Database, its own pool to close at stop or None when it is `database`)."""
    if not url or url == database.conninfo:
        return database, None
    pool = make_pool(url, min_size=0, max_size=ADMIN_POOL_MAX_SIZE)
    await pool.open(wait=False)
    return Database(pool), pool
