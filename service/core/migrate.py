"""`pgrec migrate`: yoyo migrations (DDL), then every sql_functions/ file, each sent whole."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
from yoyo import get_backend, read_migrations

from service.core.db_urls import yoyo_url
from service.core.errors import PgrecError
from service.core.paths import MIGRATIONS_DIR, SQL_FUNCTIONS_DIR

FUNCTIONS_DIGEST_KEY = "sql_functions_digest"
# Serialises concurrent `pgrec migrate` runs while the function files are re-applied.
FUNCTIONS_LOCK_ID = 727_001


@dataclass
class MigrationReport:
    migrations: list[str] = field(default_factory=list)
    function_files: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)  # what the function files ask of the user ("pgrec: ...")

    @property
    def changed(self) -> bool:
        return bool(self.migrations or self.function_files)


def function_files(directory: Path = SQL_FUNCTIONS_DIR) -> list[Path]:
    return sorted(directory.glob("*.sql"))


def functions_digest(files: list[Path]) -> str:
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def apply_migrations(url: str, directory: Path = MIGRATIONS_DIR) -> list[str]:
    backend = get_backend(yoyo_url(url))
    try:
        with backend.lock():
            pending = backend.to_apply(read_migrations(str(directory)))
            backend.apply_migrations(pending)
        return [migration.id for migration in pending]
    finally:
        backend.connection.close()


def apply_functions(
    url: str, force: bool = False, directory: Path = SQL_FUNCTIONS_DIR, notices: list[str] | None = None
) -> list[str]:
    """Re-apply every function file, in filename order and in one transaction, when any of them
    changed since the last run (or when forced, e.g. after a migration dropped a function). The files'
    NOTICEs that start with "pgrec:" (e.g. roles it may not create, 990-privileges.sql) go to `notices`."""
    files = function_files(directory)
    digest = functions_digest(files)
    with psycopg.connect(url) as conn:
        if notices is not None:
            kept = notices

            def keep(diagnostic: psycopg.errors.Diagnostic) -> None:
                message = diagnostic.message_primary or ""
                if message.startswith("pgrec:"):
                    kept.append(message)

            conn.add_notice_handler(keep)
        conn.execute("select pg_advisory_xact_lock(%s)", (FUNCTIONS_LOCK_ID,))
        row = conn.execute("select value from rec_meta where key = %s", (FUNCTIONS_DIGEST_KEY,)).fetchone()
        if row is not None and row[0] == digest and not force:
            return []
        for path in files:
            # Whole file in one execute(): no parameters, so psycopg sends it as a simple query and
            # no statement splitter ever sees the $$ bodies.
            try:
                conn.execute(path.read_text())  # type: ignore[call-overload]
            except psycopg.Error as exc:
                raise PgrecError(f"sql_functions/{path.name} failed: {exc}") from exc
        conn.execute(
            "insert into rec_meta (key, value) values (%s, %s) "
            "on conflict (key) do update set value = excluded.value, updated_at = now()",
            (FUNCTIONS_DIGEST_KEY, digest),
        )
    return [path.name for path in files]


def migrate(url: str, force_functions: bool = False) -> MigrationReport:
    applied = apply_migrations(url)
    notices: list[str] = []
    files = apply_functions(url, force=force_functions or bool(applied), notices=notices)
    return MigrationReport(migrations=applied, function_files=files, notices=notices)
