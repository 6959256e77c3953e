"""A real `pgrec serve` process for tests: started in its own session (process group), spoken to over
HTTP, stopped by its process group id (never by name)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

from tests.cli import REPO_ROOT


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
    workers through the process group."""
    with log_path.open("wb") as log:
        return subprocess.Popen(
            [sys.executable, "-m", "service.cli.main", *args],
            env=env,
            cwd=REPO_ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )


def stop(process: subprocess.Popen[bytes]) -> None:
    """SIGTERM to the server's own process group (it was started with setsid), then SIGKILL."""
    if process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)


def first_health(
    process: subprocess.Popen[bytes], base: str, log_path: Path, seconds: float = 90
) -> tuple[int, Any, float]:
    """Poll /health until it answers 200: (status, body, seconds since the call)."""
    began = time.monotonic()
    while True:
        if process.poll() is not None:
            raise AssertionError(f"pgrec serve exited with {process.returncode}: {log_path.read_text()}")
        try:
            status, body = http("GET", f"{base}/health", timeout=5)
            if status == 200:
                return status, body, time.monotonic() - began
        except OSError:
            pass
        if time.monotonic() - began > seconds:
            raise AssertionError(f"pgrec serve did not answer: {log_path.read_text()}")
        time.sleep(0.1)
