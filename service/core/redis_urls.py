"""PGREC_REDIS_URL's forms: one server (redis://, rediss://, unix://), a Redis/Valkey cluster
(redis+cluster://[user:password@]host:port[,host:port...]: any of its nodes; the client finds the rest)
or Sentinel (redis+sentinel://[user:password@]host:port[,host:port...]/<master name>[/db]: the
sentinels, which name the current primary). Parsed here, without connecting."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import unquote

SINGLE_SCHEMES = ("redis", "rediss", "unix")
CLUSTER_SCHEMES = ("redis+cluster", "rediss+cluster")
SENTINEL_SCHEMES = ("redis+sentinel",)


@dataclass(frozen=True)
class MultiNodeUrl:
    kind: str  # "cluster" | "sentinel"
    nodes: tuple[tuple[str, int], ...]
    username: str | None
    password: str | None
    tls: bool
    master: str | None = None  # sentinel: the monitored primary's name
    db: int = 0


def scheme_of(url: str) -> str:
    scheme, sep, _ = url.partition("://")
    return scheme.lower() if sep else ""


def parse_multi_node(url: str) -> MultiNodeUrl:
    """A cluster or Sentinel URL's parts; ValueError saying what is wrong."""
    scheme = scheme_of(url)
    if scheme not in CLUSTER_SCHEMES + SENTINEL_SCHEMES:
        raise ValueError(f"not a cluster or sentinel URL: {scheme!r}")
    rest = url.split("://", 1)[1]
    hosts, _, path = rest.partition("/")
    credentials, at, hosts = hosts.rpartition("@")
    username = password = None
    if at:
        user, colon, secret = credentials.partition(":")
        username, password = (unquote(user) or None), (unquote(secret) if colon else None)
    nodes = tuple(_node(part) for part in hosts.split(",") if part.strip())
    if not nodes:
        raise ValueError("no host:port given")
    if scheme in CLUSTER_SCHEMES:
        if path.strip("/"):
            raise ValueError("a cluster has only database 0: no /<db> path")
        return MultiNodeUrl("cluster", nodes, username, password, scheme.startswith("rediss"))
    master, _, db = path.strip("/").partition("/")
    if not master:
        raise ValueError("the sentinel URL needs the master's name as its path: /<master name>[/db]")
    if db and not db.isdigit():
        raise ValueError(f"db must be a number, got {db!r}")
    return MultiNodeUrl("sentinel", nodes, username, password, False, master, int(db or 0))


def _node(part: str) -> tuple[str, int]:
    host, colon, port = part.strip().rpartition(":")
    if not colon or not host or not port.isdigit() or not 1 <= int(port) <= 65535:
        raise ValueError(f"expected host:port, got {part.strip()!r}")
    return host.strip("[]"), int(port)
