"""Where the database and the cache come from: a configured URL, else the embedded servers."""

from __future__ import annotations

import psycopg

from service.core.config import Settings
from service.core.db_urls import redact
from service.core.errors import ConfigurationError, PgrecError
from service.core.paths import MIGRATIONS_DIR
from service.local.postgres import LocalPostgres
from service.local.valkey import LocalRedis


class NotMigrated(PgrecError):
    """The database lacks pgrec's schema or part of it: `pgrec migrate` has not run (or not since an
    upgrade brought new migrations)."""


def database_url(settings: Settings) -> str:
    """PGREC_DATABASE_URL if set, else the embedded server (started if needed). Checked reachable."""
    if settings.database_url is None:
        return LocalPostgres(settings.data_dir, settings.embedded_pg_port).ensure_running()
    check_database(settings.database_url, "PGREC_DATABASE_URL")
    return settings.database_url


def admin_database_url(settings: Settings) -> str:
    """Where admin work runs (migrate, refresh, upkeep, imports, embeddings: the owner of pgrec's tables):
    PGREC_ADMIN_DATABASE_URL if set, else the database of database_url(). Checked reachable."""
    if settings.admin_database_url is None:
        return database_url(settings)
    check_database(settings.admin_database_url, "PGREC_ADMIN_DATABASE_URL")
    return settings.admin_database_url


def _reason(exc: psycopg.Error) -> str:
    return str(exc).strip().splitlines()[-1] if str(exc).strip() else type(exc).__name__


def check_database(url: str, setting: str) -> None:
    try:
        with psycopg.connect(url, connect_timeout=5) as conn:
            conn.execute("select 1")
    except psycopg.Error as exc:
        raise ConfigurationError(setting, f"cannot connect to {redact(url)}: {_reason(exc)}") from None


def check_migrated(url: str, setting: str = "PGREC_DATABASE_URL") -> str | None:
    """Raise NotMigrated unless the database has the vector extension, every migration in
    migrations/ and the SQL functions. Only reads (yoyo's own check would create its tables). Returns
    a warning when the function files changed since they were last applied (the old ones still
    serve), else None."""
    from yoyo import read_migrations

    from service.core.migrate import FUNCTIONS_DIGEST_KEY, function_files, functions_digest

    expected = [migration.id for migration in read_migrations(str(MIGRATIONS_DIR))]
    try:
        with psycopg.connect(url, connect_timeout=5, autocommit=True) as conn:
            row = conn.execute(
                "select exists (select from pg_extension where extname = 'vector'),"
                " to_regclass('_yoyo_migration') is not null, to_regclass('rec_meta') is not null"
            ).fetchone()
            assert row is not None
            has_vector, has_yoyo, has_meta = row
            applied: set[str] = set()
            if has_yoyo:
                applied = {r[0] for r in conn.execute("select migration_id from _yoyo_migration")}
            digest = None
            if has_meta:
                found = conn.execute(
                    "select value from rec_meta where key = %s", (FUNCTIONS_DIGEST_KEY,)
                ).fetchone()
                digest = found[0] if found else None
    except psycopg.Error as exc:
        raise ConfigurationError(setting, f"cannot read {redact(url)}: {_reason(exc)}") from None
    where = f"the database {redact(url)}"
    if not has_vector or not has_yoyo:
        raise NotMigrated(f"{where} has no pgrec schema: run `pgrec migrate` first")
    pending = [name for name in expected if name not in applied]
    if pending:
        listed = ", ".join(pending[:3]) + (f" and {len(pending) - 3} more" if len(pending) > 3 else "")
        raise NotMigrated(f"{where} lacks migration(s) {listed}: run `pgrec migrate` first")
    if digest is None:
        raise NotMigrated(f"{where} has no rec_* SQL functions: run `pgrec migrate` first")
    if digest != functions_digest(function_files()):
        return "warning: sql_functions/ changed since the last `pgrec migrate` (the old functions serve)"
    return None


def redis_url(settings: Settings) -> str | None:
    """PGREC_REDIS_URL if set, None when it is `none` (cache off), else the embedded Valkey."""
    if not settings.cache_enabled:
        return None
    if settings.redis_url is None:
        return LocalRedis(settings.data_dir, settings.embedded_redis_port).ensure_running()
    return settings.redis_url
