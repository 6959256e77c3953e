"""The worker's way to PostgreSQL: the pool behind a circuit. Once a connection is lost (PostgreSQL
stopped, restarted or unreachable) every request answers 503 at once instead of each one waiting out
the pool's time-out; a probe connects every PROBE_INTERVAL_SECONDS and closes the circuit as soon as
PostgreSQL accepts connections again, on a fresh pool (or, without a way to make one, after dropping the
pool's dead connections)."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
from collections.abc import AsyncIterator, Callable
from typing import Any

import psycopg
from psycopg_pool import AsyncConnectionPool, PoolClosed, PoolTimeout

from service.http.api_errors import ApiError

log = logging.getLogger("pgrec.database")

PROBE_INTERVAL_SECONDS = 0.2
PROBE_CONNECT_TIMEOUT_SECONDS = 2
# admin_shutdown, crash_shutdown, cannot_connect_now: the server went (or is not yet) away.
_SERVER_GONE = frozenset({"57P01", "57P02", "57P03"})


class DatabaseUnavailable(ApiError):
    def __init__(self) -> None:
        super().__init__(503, "database_unavailable", "the database is unavailable; retry shortly")


def is_connection_failure(exc: BaseException) -> bool:
    """A lost or refused connection (not an error of the statement itself)."""
    if not isinstance(exc, psycopg.OperationalError):
        return False
    state = exc.sqlstate
    return state is None or state.startswith("08") or state in _SERVER_GONE


class Database:
    """`connection()` like the pool's, failing fast with DatabaseUnavailable while the circuit is open.
    With `fresh_pool` (a closed pool like the first), the circuit closes on a new pool, the old one retired:
    psycopg_pool replaces connections that died in an outage with attempts 1, 2, 4, ... s apart, so requests
    waited seconds for a connection after PostgreSQL was back (2.9 s seen under load)."""

    def __init__(
        self, pool: AsyncConnectionPool, fresh_pool: Callable[[], AsyncConnectionPool] | None = None
    ) -> None:
        self.pool = pool
        self._fresh_pool = fresh_pool
        self._renewed = False  # self.pool is one this object made (it closes it)
        self._retiring: set[asyncio.Task[None]] = set()
        # make_pool gives a URL; psycopg_pool also allows a callable, which the probe cannot use.
        self.conninfo = pool.conninfo if isinstance(pool.conninfo, str) else ""
        self.available = True
        self._probe: asyncio.Task[None] | None = None
        # Done when the circuit opens: requests already waiting for a connection give up at once.
        self._opened: asyncio.Future[None] | None = None
        self._returning: set[asyncio.Task[None]] = set()

    @contextlib.asynccontextmanager
    async def connection(self, timeout: float | None = None) -> AsyncIterator[psycopg.AsyncConnection[Any]]:
        if not self.available:
            raise DatabaseUnavailable()
        pool = self.pool  # a connection goes back to the pool it came from, even once the pool is renewed
        try:
            conn = await self._getconn(pool, timeout)
            try:
                async with conn:  # commit or roll back as the pool's own connection() does
                    yield conn
            finally:
                await pool.putconn(conn)
        except PoolClosed:  # a retired pool: the circuit already knows
            raise DatabaseUnavailable() from None
        except PoolTimeout:
            # A busy pool times out too: only a failed connection attempt opens the circuit.
            if not await self._reachable():
                self._open_circuit("no connection within the pool's time-out")
            raise DatabaseUnavailable() from None
        except psycopg.OperationalError as exc:
            if not is_connection_failure(exc):
                raise
            self._open_circuit(str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__)
            raise DatabaseUnavailable() from None

    async def _getconn(
        self, pool: AsyncConnectionPool, timeout: float | None
    ) -> psycopg.AsyncConnection[Any]:
        """The pool's getconn, abandoned (DatabaseUnavailable) if the circuit opens meanwhile: else
        every request queued behind dead connections would wait out the pool's time-out."""
        if self._opened is None:
            self._opened = asyncio.get_running_loop().create_future()
        getting = asyncio.ensure_future(pool.getconn(timeout=timeout))
        give_back = functools.partial(self._return_unused, pool)
        try:
            await asyncio.wait((getting, self._opened), return_when=asyncio.FIRST_COMPLETED)
        except asyncio.CancelledError:
            # The request was cancelled (its client left): the connection it was waiting for, given
            # now or later, goes back to the pool instead of staying with a task nobody awaits.
            getting.add_done_callback(give_back)
            getting.cancel()
            raise
        if getting.done():
            return getting.result()
        getting.add_done_callback(give_back)
        getting.cancel()
        raise DatabaseUnavailable()

    def _return_unused(
        self, pool: AsyncConnectionPool, getting: asyncio.Future[psycopg.AsyncConnection[Any]]
    ) -> None:
        if not getting.cancelled() and getting.exception() is None:
            task = asyncio.ensure_future(pool.putconn(getting.result()))
            self._returning.add(task)
            task.add_done_callback(self._returning.discard)

    async def _reachable(self) -> bool:
        try:
            conn = await psycopg.AsyncConnection.connect(
                self.conninfo, connect_timeout=PROBE_CONNECT_TIMEOUT_SECONDS, autocommit=True
            )
        except psycopg.Error:
            return False
        try:
            await conn.execute("select 1")
            return True
        except psycopg.Error:
            return False
        finally:
            await conn.close()

    def _open_circuit(self, reason: str) -> None:
        if self.available:
            log.error("database unavailable (%s): answering 503 until it accepts connections", reason)
        self.available = False
        if self._opened is not None and not self._opened.done():
            self._opened.set_result(None)
        self._opened = None
        if self._probe is None or self._probe.done():
            self._probe = asyncio.get_running_loop().create_task(self._wait_until_back())

    async def _wait_until_back(self) -> None:
        while not (await self._reachable() and await self._renew_pool()):
            await asyncio.sleep(PROBE_INTERVAL_SECONDS)
        self.available = True
        log.warning("database available again")

    async def _renew_pool(self) -> bool:
        """Connections for the requests to come, now: a fresh pool once it holds its first connections (False
        when it cannot get them yet), the old one closed in the background; without `fresh_pool` the old
        pool's idle connections are checked and the dead ones replaced."""
        if self._fresh_pool is None:
            await self.pool.check()
            return True
        fresh = self._fresh_pool()
        try:
            await fresh.open(wait=True, timeout=PROBE_CONNECT_TIMEOUT_SECONDS)
        except psycopg.Error:  # PoolTimeout included
            await fresh.close()
            return False
        # the first pool's owner closes it again at stop: a no-op on a closed pool
        old, self.pool, self._renewed = self.pool, fresh, True
        task = asyncio.ensure_future(old.close())
        self._retiring.add(task)
        task.add_done_callback(self._retiring.discard)
        return True

    async def close(self) -> None:
        if self._probe is not None:
            self._probe.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._probe
        if self._retiring:
            await asyncio.gather(*self._retiring, return_exceptions=True)
        if self._renewed:
            await self.pool.close()
