"""Background refit of the collaborative model in `pgrec serve`: a refresh run without the fit (CALL
rec_refresh() from psql, a scheduler's SQL) changes the co_interaction neighbours, which makes the model due
(rec_model_fits). Every PGREC_MODEL_CHECK_INTERVAL_MS each worker asks; a session advisory lock lets one
worker of one instance (or a `pgrec upkeep --watch` beside it) check and fit, in a child process so the
worker never holds the fit's memory and its event loop keeps answering. A stopping worker kills its child
(fit_in_child) and its closed connection releases the lock."""

from __future__ import annotations

import logging
from typing import Any

import psycopg

from service.http.periodic import Periodic
from service.models.collab_fit import EASE_METHOD
from service.models.refresh_fit import CLAIM_FIT_SQL, RELEASE_FIT_SQL, fit_in_child

log = logging.getLogger("pgrec.upkeep")


class ModelRefit(Periodic):
    name = "model refit"
    application_name = "pgrec-model-refit"

    async def run_once(self, conn: psycopg.AsyncConnection[Any]) -> bool:
        """Fit when the model is due and no other watcher holds the lock; True when this worker fitted."""
        claimed = await (await conn.execute(CLAIM_FIT_SQL, (EASE_METHOD,))).fetchone()
        if not (claimed and claimed[0]):
            return False
        try:
            log.warning("a refresh changed the neighbours: fitting the collaborative model")
            step = await fit_in_child(self.conninfo)
            log.warning("model fitted: %s rows changed in %.1f s", step["changed"], step["seconds"])
            return True
        finally:
            await conn.execute(RELEASE_FIT_SQL)
