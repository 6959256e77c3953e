"""Long-running commands in tests (`pgrec serve`, the container command, `pgrec embed --watch`, `make demo`):
started in a session of their own, so that one process group holds the command and every worker it starts;
waited for by polling a readiness probe while checking that the command is still alive; stopped by that
process group's id, never by name."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar

import pytest

from tests.cli import REPO_ROOT

T = TypeVar("T")

# How long a command may take to become ready before the test gives up: generous, because a loaded CI
# machine (or a first model load) can be slow, and a ready command ends the wait at once anyway.
READY_SECONDS = 300.0


def start_in_own_group(
    command: Sequence[str],
    env: Mapping[str, str],
    log: Path | None = None,
    *,
    cwd: Path = REPO_ROOT,
    **popen: Any,
) -> subprocess.Popen[bytes]:
    """`command` in a new session (setsid), its output (stdout and stderr) in `log` when given; other
    Popen arguments (e.g. stdin, or the streams of a pseudo-terminal) pass through."""
    if log is None:
        return subprocess.Popen(list(command), env=dict(env), cwd=cwd, start_new_session=True, **popen)
    with log.open("wb") as out:
        return subprocess.Popen(
            list(command),
            env=dict(env),
            cwd=cwd,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            **popen,
        )


def wait_until_ready(
    probe: Callable[[], T | None],
    process: subprocess.Popen[bytes],
    output: Callable[[], str],
    *,
    what: str,
    seconds: float = READY_SECONDS,
    interval: float = 0.1,
) -> tuple[T, float]:
    """Call `probe` until it returns something other than None: (that, seconds waited). Fails with the
    command's `output` as soon as the command exits, or when `seconds` pass."""
    began = time.monotonic()
    while True:
        if process.poll() is not None:
            pytest.fail(f"{what}: the command exited with {process.returncode}:\n{output()}")
        answer = probe()
        if answer is not None:
            return answer, time.monotonic() - began
        if time.monotonic() - began > seconds:
            pytest.fail(f"{what}: not ready after {seconds:.0f} s:\n{output()}")
        time.sleep(interval)


def stop_group(
    process: subprocess.Popen[bytes], sig: signal.Signals = signal.SIGTERM, grace: float = 15
) -> None:
    """`sig` to the command's process group, SIGKILL to the group if it is still there after `grace` s."""
    if process.poll() is not None:
        return
    os.killpg(process.pid, sig)
    try:
        process.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
