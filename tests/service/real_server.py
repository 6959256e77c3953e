"""A real `pgrec serve` process for tests: started in its own session (process group), spoken to over
HTTP, stopped by its process group id (never by name)."""

from __future__ import annotations

import json
import subprocess
import sys
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from tests.support.processes import READY_SECONDS, start_in_own_group, stop_group, wait_until_ready


def http_full(
    method: str, url: str, body: Any = None, timeout: float = 10
) -> tuple[int, Any, dict[str, str]]:
    """(status, parsed JSON, lower-cased headers)."""
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(
        url, data=data, method=method, headers={"content-type": "application/json"}
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            headers = {key.lower(): value for key, value in response.headers.items()}
            return response.status, json.loads(response.read() or b"null"), headers
    except urllib.error.HTTPError as exc:
        headers = {key.lower(): value for key, value in exc.headers.items()}
        return exc.code, json.loads(exc.read() or b"null"), headers


def http(method: str, url: str, body: Any = None, timeout: float = 10) -> tuple[int, Any]:
    status, parsed, _ = http_full(method, url, body, timeout)
    return status, parsed


def http_text(url: str, timeout: float = 10) -> str:
    with urllib.request.urlopen(url, timeout=timeout) as response:
        return str(response.read().decode())


def start(args: list[str], env: dict[str, str], log_path: Path) -> subprocess.Popen[bytes]:
    """`pgrec <args>` with its output in `log_path`, in a new session so that stop() reaches its
    workers through the process group. The background model refit is off unless `env` sets it: on a test
    database with events and no fit it would fit mid-test and turn the lists over (test_model_refit.py
    tests it)."""
    env = {"PGREC_MODEL_CHECK_INTERVAL_MS": "0", **env}
    return start_in_own_group([sys.executable, "-m", "service.cli.main", *args], env, log_path)


def stop(process: subprocess.Popen[bytes]) -> None:
    """SIGTERM to the server's own process group (it was started with setsid), then SIGKILL."""
    stop_group(process)


def first_health(
    process: subprocess.Popen[bytes], base: str, log_path: Path, seconds: float = READY_SECONDS
) -> tuple[int, Any, float]:
    """Poll /health until it answers 200: (status, body, seconds since the call)."""

    def healthy() -> tuple[int, Any] | None:
        try:
            status, body = http("GET", f"{base}/health", timeout=5)
        except OSError:
            return None
        return (status, body) if status == 200 else None

    (status, body), waited = wait_until_ready(
        healthy, process, log_path.read_text, what="pgrec serve answering /health with 200", seconds=seconds
    )
    return status, body, waited


@contextmanager
def served(
    database_url: str, redis_url: str, directory: Path, *options: str, **settings: str
) -> Iterator[str]:
    """`pgrec serve --port <free> <options>` on this database and Redis, its data and log in `directory`,
    with more PGREC_* `settings` (e.g. PGREC_API_KEY="..."); yields its base URL once /health answers 200,
    and stops it on exit."""
    from tests.cli import pgrec_env
    from tests.support.free_port import free_port

    port = free_port()
    env = pgrec_env(
        PGREC_DATABASE_URL=database_url,
        PGREC_REDIS_URL=redis_url,
        PGREC_DATA_DIR=str(directory / "data"),
        **settings,
    )
    log_path = directory / "serve.log"
    process = start(["serve", "--port", str(port), *options], env, log_path)
    base = f"http://127.0.0.1:{port}"
    try:
        first_health(process, base, log_path)
        yield base
    finally:
        stop(process)
