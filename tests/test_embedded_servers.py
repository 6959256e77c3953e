"""The embedded default: started on demand, reused, safe under concurrent commands, stopped cleanly."""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from tests.cli import REPO_ROOT, run_pgrec
from tests.support.embedded import private_embedded_servers
from tests.support.free_port import free_port


@pytest.fixture
def embedded_env() -> Iterator[dict[str, str]]:
    """Settings for a private embedded Postgres + Valkey; both are stopped afterwards."""
    with private_embedded_servers("pgrec-embedded-") as env:
        yield env


def test_two_commands_at_once_share_one_server(embedded_env: dict[str, str]) -> None:
    command = [sys.executable, "-m", "service.cli.main", "migrate"]
    processes = [
        subprocess.Popen(
            command,
            env=embedded_env,
            cwd=REPO_ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    outputs = [process.communicate(timeout=300) for process in processes]
    assert [process.returncode for process in processes] == [0, 0], outputs
    stdout = "".join(out for out, _ in outputs)
    assert stdout.count("applied migration 0001.vector-and-catalog") == 1
    assert stdout.count("nothing applied") == 1

    status = run_pgrec("embedded", "status", env=embedded_env)
    assert (
        f"127.0.0.1:{embedded_env['PGREC_EMBEDDED_PG_PORT']}" in status.stdout and "running" in status.stdout
    )


def test_stop_then_reuse_keeps_the_data(embedded_env: dict[str, str]) -> None:
    assert run_pgrec("embedded", "start", env=embedded_env).returncode == 0
    assert run_pgrec("migrate", env=embedded_env).returncode == 0
    url = f"postgresql://postgres@127.0.0.1:{embedded_env['PGREC_EMBEDDED_PG_PORT']}/pgrec"
    with psycopg.connect(url) as conn:
        conn.execute(
            "insert into rec_products (id, title) values ('kept', 'A product that survives a restart')"
        )

    stopped = run_pgrec("embedded", "stop", env=embedded_env)
    assert "postgres: stopped" in stopped.stdout and "valkey:   stopped" in stopped.stdout
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(url, connect_timeout=2)

    again = run_pgrec("migrate", env=embedded_env)
    assert again.returncode == 0 and "nothing applied" in again.stdout
    with psycopg.connect(url) as conn:
        assert conn.execute("select title from rec_products where id = 'kept'").fetchone() is not None


def test_embedded_cache_answers_and_stops(embedded_env: dict[str, str]) -> None:
    import redis

    started = run_pgrec("embedded", "start", env=embedded_env)
    assert started.returncode == 0, started.stderr
    client = redis.Redis(port=int(embedded_env["PGREC_EMBEDDED_REDIS_PORT"]))
    assert client.set("pgrec:probe", "1") and client.get("pgrec:probe") == b"1"
    client.close()
    run_pgrec("embedded", "stop", env=embedded_env)
    assert "valkey:   stopped" in run_pgrec("embedded", "status", env=embedded_env).stdout


NORMAL_USER_SCRIPT = """
import sys
from pathlib import Path
import psycopg
from service.local.postgres import LocalPostgres
server = LocalPostgres(Path(sys.argv[1]), int(sys.argv[2]))
url = server.ensure_running()
with psycopg.connect(url) as conn:
    conn.execute("create extension if not exists vector")
    print(conn.execute("select current_user, '[1,2,3]'::vector <=> '[1,2,4]'::vector < 0.01").fetchone())
print("stopped" if server.stop() else "not stopped")
"""


@pytest.mark.skipif(os.geteuid() != 0, reason="running as a normal user already: every other test covers it")
def test_works_as_a_normal_user(tmp_path: Path) -> None:
    """As root the server runs as a system user; here a plain user runs it directly."""
    system_python = "/usr/bin/python3.11"
    if not os.path.exists(system_python):
        pytest.skip(f"no {system_python}: `nobody` cannot run this venv's interpreter (under /root)")
    user = pwd.getpwnam("nobody")
    data_dir = Path(tempfile.mkdtemp(prefix="pgrec-nobody-", dir="/tmp"))
    os.chown(data_dir, user.pw_uid, user.pw_gid)
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(data_dir),
        "PYTHONPATH": f"{sysconfig.get_paths()['purelib']}:{REPO_ROOT}",
    }
    try:
        result = subprocess.run(
            [system_python, "-c", NORMAL_USER_SCRIPT, str(data_dir / "pgrec"), str(free_port())],
            env=env,
            user=user.pw_uid,
            group=user.pw_gid,
            capture_output=True,
            text=True,
            timeout=120,
            cwd="/",
        )
        assert result.returncode == 0, result.stderr
        assert "('postgres', True)" in result.stdout and "stopped" in result.stdout
        assert (data_dir / "pgrec" / "postgres").stat().st_uid == user.pw_uid
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)
