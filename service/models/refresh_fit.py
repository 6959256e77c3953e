"""The fit as a step of every refresh: in the refreshing process (`pgrec refresh`, the demo), in a
child process where a long-lived process should not hold the fit's memory (the HTTP refresh job, the
upkeep worker), and the check that tells a worker a refresh run from psql has made the model due."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from typing import Any

import psycopg

from service.models.collab_fit import EASE_METHOD, Progress, fit_collab_model, stderr_progress

FIT_STEP = EASE_METHOD  # the step's name in refresh reports
_CHILD = [sys.executable, "-m", "service.models.refresh_fit"]
# A session advisory lock of pgrec's own (the SQL side's keys end in 15-17): held by the one background
# watcher (a `pgrec serve` worker or `pgrec upkeep --watch`) that is fitting, so no other starts the same fit.
WATCH_LOCK_KEY = 7270431018

# Due: there are events and no fit yet, or a refresh changed co_interaction neighbours since the fit began.
DUE_SQL = """
select exists (select 1 from rec_user_interactions)
       and (f.method is null
            or (s.newest is not null and (f.similarities_at is null or s.newest > f.similarities_at)))
  from (select max(computed_at) as newest from rec_product_similarities where method = 'co_interaction') s
  left join rec_model_fits f on f.method = %s
"""
# A watcher's claim, in one statement for the sync and the async watcher: true when this session took the
# watch lock and the model is due (the lock then stays held until RELEASE_FIT_SQL); taken but not due, the
# lock is released at once. CASE fixes the order: the lock first, so no watcher fits what another just fitted.
CLAIM_FIT_SQL = f"""
select case when pg_try_advisory_lock({WATCH_LOCK_KEY})
            then case when ({DUE_SQL}) then true else not pg_advisory_unlock({WATCH_LOCK_KEY}) end
            else false end
"""
RELEASE_FIT_SQL = f"select pg_advisory_unlock({WATCH_LOCK_KEY})"


def fit_step(url: str, progress: Progress | None = None) -> tuple[str, int | None, float]:
    """Fit and write the model; (step, rows changed, seconds) like the SQL refresh steps."""
    result = fit_collab_model(url, progress=progress)
    return FIT_STEP, result.changed, result.seconds


def model_due(conn: psycopg.Connection[Any]) -> bool:
    row = conn.execute(DUE_SQL, (EASE_METHOD,)).fetchone()
    return bool(row and row[0])


def start_child(url: str) -> subprocess.Popen[bytes]:
    """The fit in a child process (its memory is returned when it exits); the URL goes on stdin, never
    on the command line. Its stdout ends with the step as JSON."""
    child = subprocess.Popen(_CHILD, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert child.stdin is not None
    child.stdin.write(url.encode())
    child.stdin.close()
    return child


def child_step(child: subprocess.Popen[bytes]) -> dict[str, Any]:
    """The step a finished child reported; RuntimeError when it failed."""
    output = child.stdout.read() if child.stdout else b""
    if child.wait() != 0:
        raise RuntimeError(f"the model fit failed (exit status {child.returncode}; its error is on stderr)")
    return dict(json.loads(output.decode().strip().splitlines()[-1]))


async def fit_in_child(url: str) -> dict[str, Any]:
    """fit_step in a child process, awaited without blocking the event loop: {step, changed, seconds}."""
    child = await asyncio.create_subprocess_exec(
        *_CHILD, stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
    )
    try:
        output, errors = await child.communicate(url.encode())
    except asyncio.CancelledError:  # the service is stopping: the fit must not outlive it
        child.kill()
        await child.wait()
        raise
    if child.returncode != 0:
        reason = errors.decode(errors="replace").strip().splitlines()[-1:] or ["no message"]
        raise RuntimeError(f"the model fit failed: {reason[0]}")
    return dict(json.loads(output.decode().strip().splitlines()[-1]))


def main() -> int:
    url = sys.stdin.read().strip()
    step, changed, seconds = fit_step(url, progress=stderr_progress)
    print(json.dumps({"step": step, "changed": changed, "seconds": seconds}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
