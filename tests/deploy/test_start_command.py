"""The recommendation container's start command, run for real against the test database.

The container runs `pgrec migrate && exec pgrec serve --host 0.0.0.0 --port 8001` (read from
docker-compose.yml here, so the test follows the file) with the database settings compose gives it: the owner's
URL as PGREC_ADMIN_DATABASE_URL, the service login's as PGREC_DATABASE_URL, its name and password (which
`pgrec migrate` gives it) as PGREC_SERVICE_USER and PGREC_SERVICE_PASSWORD. Here the same verbs run
against a fresh database named like the seed's (`medusa-store...`), holding a Medusa-like table to leave alone.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import subprocess
import sys
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from psycopg import sql

from tests.cli import REPO_ROOT, pgrec_env, run_pgrec
from tests.deploy.compose_file import load_compose, shell_steps
from tests.support.databases import temporary_database, unique_name
from tests.support.free_port import free_port
from tests.support.postgres_source import TestPostgres
from tests.support.processes import start_in_own_group, stop_group, wait_until_ready
from tests.support.roles import as_login

HEALTHCHECK = REPO_ROOT / "docker" / "healthcheck.py"


@pytest.fixture(scope="module")
def service_login(pg_server: TestPostgres) -> Iterator[dict[str, str]]:
    """PGREC_SERVICE_USER (unique to this run: roles are server-wide) and PGREC_SERVICE_PASSWORD; the login the
    start command makes is dropped afterwards."""
    name = unique_name("pgrec_test_app")
    yield {"PGREC_SERVICE_USER": name, "PGREC_SERVICE_PASSWORD": secrets.token_hex(12)}
    with psycopg.connect(pg_server.url, autocommit=True) as conn:
        conn.execute(sql.SQL("drop role if exists {}").format(sql.Identifier(name)))


def compose_env(owner_url: str, login: dict[str, str], **more: str) -> dict[str, str]:
    """The recommendation container's database settings, as docker-compose.yml gives them."""
    service_url = as_login(owner_url, login["PGREC_SERVICE_USER"], login["PGREC_SERVICE_PASSWORD"])
    return pgrec_env(PGREC_ADMIN_DATABASE_URL=owner_url, PGREC_DATABASE_URL=service_url, **login, **more)


@pytest.fixture(scope="module")
def start_steps() -> list[list[str]]:
    steps = shell_steps(load_compose()["services"]["recommendation"]["command"])
    assert [step[:2] for step in steps] == [["pgrec", "migrate"], ["pgrec", "serve"]]
    return steps


@pytest.fixture(scope="module")
def sql_dirs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """A snapshot of migrations/ and sql_functions/, pointed at the way the image does
    (PGREC_MIGRATIONS_DIR / PGREC_SQL_FUNCTIONS_DIR): a restart then sees the same files even
    while someone edits the working tree."""
    root = tmp_path_factory.mktemp("sql")
    shutil.copytree(REPO_ROOT / "migrations", root / "migrations")
    shutil.copytree(REPO_ROOT / "sql_functions", root / "sql_functions")
    return {
        "PGREC_MIGRATIONS_DIR": str(root / "migrations"),
        "PGREC_SQL_FUNCTIONS_DIR": str(root / "sql_functions"),
    }


@pytest.fixture(scope="module")
def medusa_database(pg_server: TestPostgres) -> Iterator[str]:
    """An un-migrated database with a hyphen in its name and a Medusa `product` table."""
    with temporary_database(pg_server.url, "medusa-store") as url:
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("create table product (id text primary key, title text not null, handle text)")
            conn.execute("insert into product values ('prod_01', 'Medusa Hoodie', 'hoodie')")
        yield url


def test_migrate_on_first_start_then_nothing_on_restart(
    medusa_database: str,
    start_steps: list[list[str]],
    sql_dirs: dict[str, str],
    service_login: dict[str, str],
) -> None:
    env = compose_env(medusa_database, service_login, **sql_dirs)
    migrate_args = start_steps[0][1:]
    first = run_pgrec(*migrate_args, env=env)
    assert first.returncode == 0, first.stderr
    assert "applied migration 0001.vector-and-catalog" in first.stdout
    assert f"service login {service_login['PGREC_SERVICE_USER']}: " in first.stdout
    second = run_pgrec(*migrate_args, env=env)  # a container restart
    assert second.returncode == 0, second.stderr
    assert "nothing applied" in second.stdout
    with psycopg.connect(medusa_database) as conn:
        assert conn.execute("select to_regclass('public.rec_products') is not null").fetchone() == (True,)
        assert conn.execute("select extname from pg_extension where extname = 'vector'").fetchone()
        # Medusa's own tables are untouched.
        assert conn.execute("select id, title from product").fetchall() == [("prod_01", "Medusa Hoodie")]


def test_migrate_fails_with_one_clear_line_when_postgres_is_unreachable(
    start_steps: list[list[str]], service_login: dict[str, str]
) -> None:
    # What the container prints when the owner's URL (PGREC_DATABASE_URL in .env) is wrong (e.g. the Medusa variables).
    url = f"postgresql://postgres:secret@127.0.0.1:{free_port()}/medusa-store"
    result = run_pgrec(*start_steps[0][1:], env=compose_env(url, service_login), timeout=60)
    assert result.returncode == 2
    assert "PGREC_ADMIN_DATABASE_URL" in result.stderr
    assert "secret" not in result.stderr  # the password is redacted
    assert "Traceback" not in result.stderr


def wait_for_health(url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    def answers() -> bool | None:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return True
        except urllib.error.HTTPError:
            return True  # it answers: the assertions judge the status
        except (urllib.error.URLError, OSError):
            return None

    wait_until_ready(answers, process, log.read_text, what=f"the start command answering {url}", interval=0.2)


def container_command(port: int) -> list[str]:
    """The compose command verbatim, but on loopback and a free port instead of 0.0.0.0:8001."""
    command = list(load_compose()["services"]["recommendation"]["command"])
    assert command[:2] == ["sh", "-c"] and "--host 0.0.0.0 --port 8001" in command[2]
    command[2] = command[2].replace("--host 0.0.0.0 --port 8001", f"--host 127.0.0.1 --port {port}")
    return command


def healthcheck(url: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(HEALTHCHECK), url], capture_output=True, text=True, timeout=30, check=False
    )


def start_container_command(env: dict[str, str], port: int, log: Path) -> subprocess.Popen[bytes]:
    # In a session of its own: the shell, pgrec and its workers share one process group.
    return start_in_own_group(container_command(port), env, log)


@pytest.fixture
def fresh_medusa_database(pg_server: TestPostgres) -> Iterator[str]:
    with temporary_database(pg_server.url, "medusa-store") as url:
        yield url


def test_container_command_migrates_then_serves_and_restarts(
    fresh_medusa_database: str,
    redis_url: str,
    tmp_path: Path,
    sql_dirs: dict[str, str],
    service_login: dict[str, str],
) -> None:
    """`sh -c "pgrec migrate && exec pgrec serve ..."` as the container runs it: the first start
    migrates the empty database and then answers the container's health check; a restart applies
    nothing and answers again."""
    bin_dir = Path(sys.executable).parent
    # The container command runs the `pgrec` script that pyproject's [project.scripts] installs.
    assert (bin_dir / "pgrec").is_file(), f"no `pgrec` script beside {sys.executable}: run `make install`"
    env = compose_env(
        fresh_medusa_database,
        service_login,
        PGREC_REDIS_URL=redis_url,
        HF_HUB_OFFLINE="1",
        **sql_dirs,
        PATH=f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '/usr/bin:/bin')}",
    )
    for start, expected in enumerate(("applied migration 0001.vector-and-catalog", "nothing applied")):
        port = free_port()
        health = f"http://127.0.0.1:{port}/health"
        log = tmp_path / f"start-{start}.log"
        process = start_container_command(env, port, log)
        try:
            wait_for_health(health, process, log)
            check = healthcheck(health)
            assert check.returncode == 0, check.stderr
            assert json.loads(check.stdout.split(" ", 1)[1])["status"] == "healthy"
            assert expected in log.read_text()
        finally:
            stop_group(process)
        # Once the server is gone, the same health check reports unhealthy.
        assert healthcheck(health).returncode == 1
