"""A streaming standby of a test server, built from the embedded binaries (pg_basebackup -R) and run
on a port of its own: the read replica of the replica tests."""

from __future__ import annotations

import time
from pathlib import Path

import psycopg

from service.local.postgres import LocalPostgres


class Standby(LocalPostgres):
    """`LocalPostgres` whose data directory is a base backup of the primary on `primary_port`."""

    def __init__(self, data_dir: Path, port: int, primary_port: int) -> None:
        super().__init__(data_dir, port)
        self.primary_port = primary_port

    def start(self) -> str:
        """Copy the primary (first call), start streaming from it; the URL of its `postgres` database."""
        if not (self.pgdata / "PG_VERSION").exists():
            self.data_dir.mkdir(parents=True, exist_ok=True)
            self.pgdata.mkdir(exist_ok=True)
            self._hand_to_server_user(self.pgdata)
            self._run(
                "pg_basebackup",
                ["-h", "127.0.0.1", "-p", str(self.primary_port), "-U", "postgres", "-R", "-X", "stream",
                 "-c", "fast"],
            )  # fmt: skip
        return self.ensure_running()

    def replay(self, paused: bool) -> None:
        """Pause or resume applying the primary's changes (the standby keeps receiving them)."""
        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute("select pg_wal_replay_pause()" if paused else "select pg_wal_replay_resume()")

    def wait_caught_up(self, primary_url: str, timeout: float = 30) -> None:
        """Until the standby has replayed everything the primary had written when this was called."""
        with psycopg.connect(primary_url, autocommit=True) as conn:
            row = conn.execute("select pg_current_wal_lsn()::text").fetchone()
        assert row is not None
        deadline = time.monotonic() + timeout
        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            while True:
                done = conn.execute("select pg_last_wal_replay_lsn() >= %s::pg_lsn", (row[0],)).fetchone()
                if done and done[0]:
                    return
                if time.monotonic() > deadline:
                    raise TimeoutError(f"standby on port {self.port} did not catch up within {timeout} s")
                time.sleep(0.05)
