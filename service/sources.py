"""Where the database and the cache come from: a configured URL, else the embedded servers."""

from __future__ import annotations

import psycopg
import redis

from service.config import Settings
from service.db_urls import redact
from service.errors import ConfigurationError
from service.local_postgres import LocalPostgres
from service.local_redis import LocalRedis


def database_url(settings: Settings) -> str:
    """PGREC_DATABASE_URL if set, else the embedded server (started if needed). Checked reachable."""
    if settings.database_url is None:
        return LocalPostgres(settings.data_dir, settings.embedded_pg_port).ensure_running()
    check_database(settings.database_url, "PGREC_DATABASE_URL")
    return settings.database_url


def check_database(url: str, setting: str) -> None:
    try:
        with psycopg.connect(url, connect_timeout=5) as conn:
            conn.execute("select 1")
    except psycopg.Error as exc:
        reason = str(exc).strip().splitlines()[-1] if str(exc).strip() else type(exc).__name__
        raise ConfigurationError(setting, f"cannot connect to {redact(url)}: {reason}") from None


def redis_url(settings: Settings) -> str | None:
    """PGREC_REDIS_URL if set, None when it is `none` (cache off), else the embedded Valkey."""
    if not settings.cache_enabled:
        return None
    if settings.redis_url is None:
        return LocalRedis(settings.data_dir, settings.embedded_redis_port).ensure_running()
    return settings.redis_url


def check_redis(url: str, setting: str = "PGREC_REDIS_URL") -> None:
    client = redis.Redis.from_url(url, socket_timeout=1, socket_connect_timeout=1)
    try:
        client.ping()
    except (redis.RedisError, OSError) as exc:
        raise ConfigurationError(setting, f"cannot reach {redact(url)}: {exc}") from None
    finally:
        client.close()
