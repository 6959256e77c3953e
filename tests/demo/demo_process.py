"""Running `pgrec demo` as a user would: its own process group, stopped by pid, output in a log."""

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


def get_json(url: str, timeout: float = 30) -> Any:
    with urllib.request.urlopen(url, timeout=timeout) as response:
        return json.load(response)


class DemoProcess:
    def __init__(self, env: dict[str, str], port: int, log: Path) -> None:
        self.base_url = f"http://127.0.0.1:{port}"
        self.log = log
        with open(log, "w") as out:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "service.cli.main", "demo", "--port", str(port), "--single-process"],
                env={**env, "PYTHONUNBUFFERED": "1"},
                cwd=REPO_ROOT,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )

    def output(self) -> str:
        return self.log.read_text(errors="replace")

    def wait_until_serving(self, timeout: float) -> float:
        """Seconds from now until GET /health answers; fails if the process dies or time runs out."""
        started = time.monotonic()
        while time.monotonic() - started < timeout:
            if self.process.poll() is not None:
                raise AssertionError(f"pgrec demo exited with {self.process.returncode}:\n{self.output()}")
            try:
                get_json(f"{self.base_url}/health", timeout=2)
                return time.monotonic() - started
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.25)
        raise AssertionError(f"pgrec demo was not serving after {timeout} s:\n{self.output()[-3000:]}")

    def stop(self) -> None:
        if self.process.poll() is not None:
            return
        os.killpg(self.process.pid, signal.SIGINT)
        try:
            self.process.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(10)
