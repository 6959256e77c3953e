"""The test cache server: PGREC_TEST_REDIS_URL, else a Redis container, else embedded Valkey."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from service.local.valkey import LocalRedis
from tests.support.docker_probe import docker_available
from tests.support.free_port import free_port


@dataclass
class TestRedis:
    __test__ = False  # a fixture value, not a test class
    kind: str  # "env", "container" or "embedded"
    url: str
    stop: Callable[[], None]


def start_test_redis() -> TestRedis:
    url = os.environ.get("PGREC_TEST_REDIS_URL", "").strip()
    if url:
        return TestRedis("env", url, lambda: None)
    if docker_available():
        from testcontainers.redis import RedisContainer

        container = RedisContainer("redis:7-alpine").start()
        host, port = container.get_container_host_ip(), container.get_exposed_port(6379)
        return TestRedis("container", f"redis://{host}:{port}/0", container.stop)
    root = Path(tempfile.mkdtemp(prefix="pgrec-test-valkey-", dir="/tmp"))
    server = LocalRedis(root, free_port())
    url = server.ensure_running()

    def stop() -> None:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)

    return TestRedis("embedded", url, stop)
