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
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

from tests.support.processes import start_in_own_group, stop_group, wait_until_ready

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
            self.process = start_in_own_group(
                README_DEMO_COMMAND, env, stdin=terminal, stdout=terminal, stderr=terminal
            )
            os.close(terminal)
            self._reader = threading.Thread(target=_copy_terminal, args=(master, log), daemon=True)
            self._reader.start()
        else:
            self.process = start_in_own_group(README_DEMO_COMMAND, env, log, stdin=subprocess.DEVNULL)

    def output(self) -> str:
        # Bytes decoded as they are: text mode would turn a progress bar's carriage returns into newlines.
        return self.log.read_bytes().decode(errors="replace")

    def _last_output(self) -> str:
        """The end of the output; once the demo has exited, after the terminal reader drained the rest."""
        if self.process.poll() is not None and self._reader is not None:
            self._reader.join(10)
        return self.output()[-6000:]

    def wait_until_serving(self, timeout: float) -> float:
        """Seconds from now until GET /health answers; fails if the process dies or time runs out."""

        def serving() -> bool | None:
            try:
                get_json(f"{self.base_url}/health", timeout=2)
                return True
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                return None

        _, seconds = wait_until_ready(
            serving, self.process, self._last_output, what="make demo serving", seconds=timeout, interval=0.25
        )
        return seconds

    def stop(self) -> None:
        stop_group(self.process, signal.SIGINT, grace=30)
        if self._reader is not None:
            self._reader.join(10)
