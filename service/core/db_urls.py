"""Small helpers on PostgreSQL connection URLs."""

from __future__ import annotations

import re
from urllib.parse import urlsplit, urlunsplit


def redact(url: str) -> str:
    """The URL with any password replaced, for messages and logs."""
    return re.sub(r"(://[^:/@]*):[^@/]*@", r"\1:***@", url)


def with_database(url: str, database: str) -> str:
    """The same server and credentials, another database."""
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/" + database, parts.query, parts.fragment))


def yoyo_url(url: str) -> str:
    """yoyo picks its driver from the scheme; psycopg 3 is `postgresql+psycopg`."""
    _scheme, sep, rest = url.partition("://")
    if not sep:
        raise ValueError(f"not a database URL: {redact(url)!r}")
    return f"postgresql+psycopg://{rest}"
