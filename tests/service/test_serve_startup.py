"""`pgrec serve` start-up as a user sees it: refusals before any worker starts, and a service that
answers at once while each worker loads the embedding model in the background."""

from __future__ import annotations

import socket
import subprocess
import time
from pathlib import Path

import psycopg

from tests.cli import pgrec_env, run_pgrec
from tests.service.real_server import first_health, http, http_full, http_text, start, stop
from tests.support.databases import create_database, drop_database, unique_name
from tests.support.free_port import free_port
from tests.support.postgres_source import TestPostgres


def assert_one_line(result: subprocess.CompletedProcess[str], status: int, *expected: str) -> str:
    assert result.returncode == status, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    assert "vector type not found" not in result.stdout + result.stderr
    for text in expected:
        assert text in lines[0], lines[0]
    return lines[0]


def test_serve_refuses_a_database_without_the_schema(pg_server: TestPostgres, tmp_path: Path) -> None:
    # Before: workers started and retried "vector type not found in the database" forever.
    name = unique_name("pgrec_bare")
    url = create_database(pg_server.url, name)
    try:
        env = pgrec_env(PGREC_DATABASE_URL=url, PGREC_REDIS_URL="none", PGREC_DATA_DIR=str(tmp_path))
        result = run_pgrec("serve", "--port", str(free_port()), env=env, timeout=60)
    finally:
        drop_database(pg_server.url, name)
    assert_one_line(result, 1, "has no pgrec schema", "run `pgrec migrate` first")


def test_serve_refuses_a_database_that_lacks_a_migration(
    pg_server: TestPostgres, template_database: str, tmp_path: Path
) -> None:
    name = unique_name("pgrec_behind")
    url = create_database(pg_server.url, name, template=template_database)
    try:
        with psycopg.connect(url, autocommit=True) as conn:
            newest = conn.execute(
                "delete from _yoyo_migration where migration_id = "
                "(select max(migration_id) from _yoyo_migration) returning migration_id"
            ).fetchone()[0]
        env = pgrec_env(PGREC_DATABASE_URL=url, PGREC_REDIS_URL="none", PGREC_DATA_DIR=str(tmp_path))
        result = run_pgrec("serve", "--port", str(free_port()), env=env, timeout=60)
    finally:
        drop_database(pg_server.url, name)
    assert_one_line(result, 1, newest, "run `pgrec migrate` first")


def test_serve_refuses_a_port_in_use(database_url: str, tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        env = pgrec_env(PGREC_DATABASE_URL=database_url, PGREC_REDIS_URL="none", PGREC_DATA_DIR=str(tmp_path))
        result = run_pgrec("serve", "--port", str(port), env=env, timeout=60)
        assert_one_line(result, 2, "--port", "already in use")
        result = run_pgrec("serve", env={**env, "PGREC_PORT": str(port)}, timeout=60)
        assert_one_line(result, 2, "PGREC_PORT", "already in use")


def test_two_workers_answer_while_the_model_loads(
    database_url: str, redis_url: str, catalog: list[str], tmp_path: Path
) -> None:
    port = free_port()
    env = pgrec_env(
        PGREC_DATABASE_URL=database_url, PGREC_REDIS_URL=redis_url, PGREC_DATA_DIR=str(tmp_path / "data")
    )
    log_path = tmp_path / "serve.log"
    began = time.monotonic()
    process = start(["serve", "--workers", "2", "--port", str(port)], env, log_path)  # default: background
    base = f"http://127.0.0.1:{port}"
    try:
        _, health, _ = first_health(process, base, log_path)
        first_answer = time.monotonic() - began
        # Answered before the model was ready (it takes seconds to load), and healthy meanwhile.
        assert health["status"] == "healthy" and health["model"]["status"] == "loading", health
        status, body = http("GET", f"{base}/recommendations?user_id=early-user&limit=3")
        assert status == 200 and body["recommendations"], body

        searches: list[int] = []
        loading_health_seconds: list[float] = []
        loaded_in_a_row = 0
        deadline = time.monotonic() + 240
        query = 0
        while loaded_in_a_row < 4:
            assert time.monotonic() < deadline, (searches, log_path.read_text())
            asked = time.monotonic()
            status, health = http("GET", f"{base}/health", timeout=30)
            seconds = time.monotonic() - asked
            assert status == 200 and health["status"] == "healthy", health
            assert health["model"]["status"] in ("loading", "loaded"), health
            if health["model"]["status"] == "loading":
                loading_health_seconds.append(seconds)
            query += 1  # a new text each time: a cached search would not need the model
            status, body, headers = http_full("GET", f"{base}/search?q=lights+{query}&limit=3", timeout=30)
            searches.append(status)
            if status == 503:
                assert body["error"]["code"] == "model_loading", body
                assert "loading" in body["error"]["message"] and int(headers["retry-after"]) > 0
                loaded_in_a_row = 0
            else:
                assert status == 200 and body["algorithm"] == "search" and body["recommendations"], body
                loaded_in_a_row = loaded_in_a_row + 1 if health["model"]["status"] == "loaded" else 0
            time.sleep(0.05)
        assert searches[0] == 503 and searches[-1] == 200, searches
        # The loading thread leaves the event loop free: no /health waits on it for long.
        assert max(loading_health_seconds, default=0) < 2.0, loading_health_seconds
        print(
            f"first /health 200 after {first_answer:.1f} s; {len(loading_health_seconds)} /health while"
            f" loading, slowest {max(loading_health_seconds, default=0) * 1000:.0f} ms;"
            f" /search 200 after {time.monotonic() - began:.1f} s"
        )
        metrics = http_text(f"{base}/metrics")
        assert 'status="500"' not in metrics, metrics
    finally:
        stop(process)
