"""Running the README's first command (`make demo`) as a user would: its own process group, stopped by
pid, output in a log; with a terminal (a pseudo-terminal, so progress bars draw) or without one."""

from __future__ import annotations

import fcntl
import json
import os
import pty
import signal
import struct
import subprocess
import termios
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

from tests.cli import REPO_ROOT

# The README's first command. The install step inside it is a no-op once .venv is current.
README_DEMO_COMMAND = ("make", "demo")


def get_json(url: str, timeout: float = 30) -> Any:
    with urllib.request.urlopen(url, timeout=timeout) as response:
        return json.load(response)


def _copy_terminal(master: int, log: Path) -> None:
    """Drain the pseudo-terminal into the log (an undrained terminal would block the demo)."""
    with open(log, "ab") as out:
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # EIO: every process holding the terminal has exited
                break
            if not chunk:
                break
            out.write(chunk)
            out.flush()
    os.close(master)


class DemoProcess:
    def __init__(self, env: dict[str, str], port: int, log: Path, *, tty: bool = False) -> None:
        self.base_url = f"http://127.0.0.1:{port}"
        self.log = log
        env = {**env, "PGREC_PORT": str(port)}
        log.write_bytes(b"")
        self._reader: threading.Thread | None = None
        if tty:
            master, terminal = pty.openpty()
            # A terminal of 40 rows and 120 columns (a new pseudo-terminal is 0 x 0: bars draw nothing).
            fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
            self.process = subprocess.Popen(
                README_DEMO_COMMAND,
                env=env,
                cwd=REPO_ROOT,
                stdin=terminal,
                stdout=terminal,
                stderr=terminal,
                start_new_session=True,
            )
            os.close(terminal)
            self._reader = threading.Thread(target=_copy_terminal, args=(master, log), daemon=True)
            self._reader.start()
        else:
            with open(log, "ab") as out:
                self.process = subprocess.Popen(
                    README_DEMO_COMMAND,
                    env=env,
                    cwd=REPO_ROOT,
                    stdin=subprocess.DEVNULL,
                    stdout=out,
                    stderr=subprocess.STDOUT,
                    start_new_session=True,
                )

    def output(self) -> str:
        # Bytes decoded as they are: text mode would turn a progress bar's carriage returns into newlines.
        return self.log.read_bytes().decode(errors="replace")

    def wait_until_serving(self, timeout: float) -> float:
        """Seconds from now until GET /health answers; fails if the process dies or time runs out."""
        started = time.monotonic()
        while time.monotonic() - started < timeout:
            if self.process.poll() is not None:
                time.sleep(0.5)  # let the terminal reader catch the last lines
                raise AssertionError(f"make demo exited with {self.process.returncode}:\n{self.output()}")
            try:
                get_json(f"{self.base_url}/health", timeout=2)
                return time.monotonic() - started
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.25)
        raise AssertionError(f"make demo was not serving after {timeout} s:\n{self.output()[-3000:]}")

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGINT)
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(10)
        if self._reader is not None:
            self._reader.join(10)
