"""The worker's lists epoch: the last change PostgreSQL announced on channel pgrec_lists, heard on a
LISTEN connection of its own (_rec_lists_changed notifies at commit, in commit order, so workers that
heard the same changes hold the same epoch). After each (re)connection it is a random token of this
worker (a change committed while nobody listened was never heard, and the sequence's last value may
belong to a transaction not yet committed) until the next notification, which the worker asks for at
once: it announces a change itself, so every worker moves to one new epoch and they share cached lists
again. While the connection is down the epoch is None and cached lists are bypassed."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
import uuid
from typing import Any

import psycopg

log = logging.getLogger("pgrec.lists_epoch")

CHANNEL = "pgrec_lists"
RECONNECT_SECONDS = (0.1, 0.2, 0.5, 1.0)  # back-off between failed attempts, the last one repeated
CONNECT_TIMEOUT_SECONDS = 2
# A quiet connection is checked this often (a query), so a dead one is noticed even without a packet from
# the server (a restart sends one, and the loss is noticed at once).
CHECK_SECONDS = 5.0
CHECK_TIMEOUT_SECONDS = 2.0


class ListsEpoch:
    """`current`: the token cached lists are stored and served under (None: not listening: bypass the
    cache). start() launches the listening task, stop() ends it and closes its connection."""

    def __init__(self, conninfo: str) -> None:
        self.conninfo = conninfo
        self.current: str | None = None
        self.notifications = 0  # heard since start, for tests and logs
        self.connections = 0  # LISTENs established since start
        self._task: asyncio.Task[None] | None = None
        # The server's start time, appended to every epoch heard: a restored backup's sequence may hand
        # out epochs again, never with the same start time.
        self._server = ""
        self._listening = asyncio.Event()

    @property
    def listening(self) -> bool:
        return self.current is not None

    def start(self) -> None:
        if self._task is None or self._task.done():
            self._task = asyncio.get_running_loop().create_task(self._run(), name="pgrec-lists-epoch")

    async def wait_listening(self, timeout: float) -> bool:
        """Wait up to `timeout` seconds for the LISTEN to be in place and a first notification heard
        on it (the epoch shared with the other workers); whether the worker is listening."""
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(timeout):
                await self._listening.wait()
        return self.listening

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._set(None)

    def _set(self, epoch: str | None) -> None:
        self.current = epoch
        if epoch is None or epoch.startswith("r-"):
            self._listening.clear()
        else:
            self._listening.set()

    async def _run(self) -> None:
        failures = 0
        down_since: float | None = None
        while True:
            try:
                conn = await psycopg.AsyncConnection.connect(
                    self.conninfo,
                    autocommit=True,
                    connect_timeout=CONNECT_TIMEOUT_SECONDS,
                    application_name="pgrec-lists-epoch",
                )
                async with conn:
                    await conn.execute(f"listen {CHANNEL}")
                    cursor = await conn.execute("select extract(epoch from pg_postmaster_start_time())::text")
                    row = await cursor.fetchone()
                    self._server = f"@{row[0] if row else ''}"
                    self.connections += 1
                    self._set(f"r-{uuid.uuid4().hex}")
                    await self._announce(conn)
                    if down_since is not None:
                        seconds = time.monotonic() - down_since
                        log.warning("listening to %s again after %.1f s", CHANNEL, seconds)
                    failures, down_since = 0, None
                    await self._listen(conn)
            except Exception as exc:  # anything but a cancellation: listen again after the back-off
                self._set(None)
                if down_since is None:
                    down_since = time.monotonic()
                    log.warning(
                        "not listening to %s (%s: %s): cached lists are bypassed until it is back",
                        CHANNEL,
                        type(exc).__name__,
                        str(exc).strip().splitlines()[0] if str(exc).strip() else "",
                    )
            finally:
                self._set(None)
            await asyncio.sleep(RECONNECT_SECONDS[min(failures, len(RECONNECT_SECONDS) - 1)])
            failures += 1

    @staticmethod
    async def _announce(conn: psycopg.AsyncConnection[Any]) -> None:
        """A new epoch for every worker (one flush of what they cached): without it this worker would
        share nothing with the others until the next change, and each would overwrite the other's
        lists. Not being able to is not fatal: the random token stays until the next change."""
        try:
            await conn.execute("select _rec_lists_changed('a service worker started listening')")
        except psycopg.OperationalError:
            raise
        except psycopg.Error as exc:
            log.warning("could not announce a new lists epoch (%s); waiting for the next change", exc)

    async def _listen(self, conn: psycopg.AsyncConnection[Any]) -> None:
        while True:
            async for notify in conn.notifies(timeout=CHECK_SECONDS):
                epoch = notify.payload.split(" ", 1)[0]
                if epoch:
                    self.notifications += 1
                    self._set(epoch + self._server)
            async with asyncio.timeout(CHECK_TIMEOUT_SECONDS):
                await conn.execute("select 1")
