"""The harness itself: it honours PGREC_TEST_DATABASE_URL / PGREC_TEST_REDIS_URL and isolates modules."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import psycopg
import redis

from tests.cli import REPO_ROOT, pgrec_env
from tests.support.postgres_source import TestPostgres
from tests.support.redis_source import TestRedis

PROBE = textwrap.dedent(
    """
    import psycopg, redis

    def test_probe(pg_server, database_url, redis_url):
        print("KIND", pg_server.kind, "PORT", psycopg.connect(database_url).execute("show port").fetchone()[0])
        with psycopg.connect(database_url) as conn:
            assert conn.execute("select count(*) from rec_interaction_types").fetchone()[0] >= 5
        client = redis.Redis.from_url(redis_url)
        print("REDIS", client.connection_pool.connection_kwargs["port"])
    """
)


def test_env_urls_are_honoured(pg_server: TestPostgres, redis_server: TestRedis, tmp_path: Path) -> None:
    """A nested test run given our servers' URLs uses them instead of starting its own."""
    probe_dir = REPO_ROOT / "tests" / f"_probe_{tmp_path.name}"
    probe_dir.mkdir()
    (probe_dir / "__init__.py").write_text("")
    (probe_dir / "test_probe.py").write_text(PROBE)
    try:
        env = pgrec_env(PGREC_TEST_DATABASE_URL=pg_server.url, PGREC_TEST_REDIS_URL=redis_server.url)
        result = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-s", "-p", "no:cacheprovider", str(probe_dir)],
            env=env,
            cwd=REPO_ROOT,
            capture_output=True,
            text=True,
            timeout=300,
        )
    finally:
        for path in sorted(probe_dir.rglob("*"), reverse=True):
            path.unlink() if path.is_file() else path.rmdir()
        probe_dir.rmdir()
    assert result.returncode == 0, result.stdout + result.stderr
    with psycopg.connect(pg_server.url) as conn:
        (port,) = conn.execute("show port").fetchone()
    assert f"KIND env PORT {port}" in result.stdout
    redis_port = redis.Redis.from_url(redis_server.url).connection_pool.connection_kwargs["port"]
    assert f"REDIS {redis_port}" in result.stdout


def test_each_module_has_its_own_database(conn: psycopg.Connection, pg_server: TestPostgres) -> None:
    conn.execute("insert into rec_products (id, title) values ('harness-only', 'Only in this module')")
    with psycopg.connect(pg_server.url) as admin:
        databases = [
            name
            for (name,) in admin.execute("select datname from pg_database where datname like 'pgrec_test_%'")
        ]
    (current,) = conn.execute("select current_database()").fetchone()
    assert current in databases
    for other in set(databases) - {current}:
        with psycopg.connect(pg_server.url.rsplit("/", 1)[0] + "/" + other) as other_conn:
            assert other_conn.execute(
                "select count(*) from rec_products where id = 'harness-only'"
            ).fetchone() == (0,)


def test_redis_url_is_an_emptied_database_of_its_own(redis_url: str) -> None:
    client = redis.Redis.from_url(redis_url)
    assert client.dbsize() == 0
    client.set("pgrec:harness", "x")
    assert client.get("pgrec:harness") == b"x"
    client.close()


def test_harness_environment_has_no_pgrec_settings() -> None:
    assert not any(key.startswith("PGREC_") and key != "PGREC_TEST_DATABASE_URL" for key in pgrec_env())
