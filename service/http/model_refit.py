"""Background refit of the collaborative model in `pgrec serve`: a refresh run without the fit (CALL
rec_refresh() from psql, a scheduler's SQL) changes the co_interaction neighbours, which makes the model due
(rec_model_fits). Every PGREC_MODEL_CHECK_INTERVAL_MS each worker asks; a session advisory lock lets one
worker of one instance (or a `pgrec upkeep --watch` beside it) check and fit, in a child process so the
worker never holds the fit's memory and its event loop keeps answering."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any

import psycopg

from service.models.collab_fit import EASE_METHOD
from service.models.refresh_fit import DUE_SQL, WATCH_LOCK_KEY, fit_in_child

log = logging.getLogger("pgrec.upkeep")


class ModelRefit:
    def __init__(self, conninfo: str, interval_ms: int) -> None:
        self.conninfo = conninfo
        self.interval = interval_ms / 1000
        self._task: asyncio.Task[None] | None = None
        self._conn: psycopg.AsyncConnection[Any] | None = None

    def start(self) -> None:
        if self.interval > 0 and self._task is None:
            self._task = asyncio.get_running_loop().create_task(self._loop())

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()  # a fit under way: its child is killed (fit_in_child)
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        if self._conn is not None:
            await self._conn.close()  # releases the lock with the session
            self._conn = None

    async def _loop(self) -> None:
        while True:
            # Asked after a first interval, not at start: a worker that just started (or a test app started
            # around one request) does not begin a fit it would be stopped in.
            await asyncio.sleep(self.interval)
            try:
                await self.refit_if_due()
            except psycopg.Error as exc:
                # PostgreSQL away or restarting: asked again at the next check.
                log.warning("model check failed (%s: %s)", type(exc).__name__, exc)
                if self._conn is not None:
                    await self._conn.close()
                    self._conn = None
            except RuntimeError as exc:  # the child failed; its error is in its message
                log.warning("%s; retried at the next check", exc)

    async def refit_if_due(self) -> bool:
        """Fit when the model is due and no other watcher holds the lock; True when this worker fitted."""
        if self._conn is None or self._conn.closed:
            self._conn = await psycopg.AsyncConnection.connect(
                self.conninfo, autocommit=True, application_name="pgrec-model-refit"
            )
        conn = self._conn
        locked = await (await conn.execute("select pg_try_advisory_lock(%s)", (WATCH_LOCK_KEY,))).fetchone()
        if not (locked and locked[0]):
            return False
        try:
            due = await (await conn.execute(DUE_SQL, (EASE_METHOD,))).fetchone()
            if not (due and due[0]):
                return False
            log.warning("a refresh changed the neighbours: fitting the collaborative model")
            step = await fit_in_child(self.conninfo)
            log.warning("model fitted: %s rows changed in %.1f s", step["changed"], step["seconds"])
            return True
        finally:
            await conn.execute("select pg_advisory_unlock(%s)", (WATCH_LOCK_KEY,))
