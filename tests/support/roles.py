"""Login roles for privilege tests. Roles are cluster-wide: each name is unique to the test run and the role is
dropped afterwards."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import quote, urlsplit, urlunsplit

import psycopg
from psycopg import sql

from tests.support.databases import unique_name


def as_login(url: str, user: str, password: str) -> str:
    """The same server and database, connecting as `user` with `password`."""
    parts = urlsplit(url)
    host = parts.netloc.rpartition("@")[2]
    netloc = f"{quote(user, safe='')}:{quote(password, safe='')}@{host}"
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


@contextmanager
def login_role(server_url: str, *groups: str, prefix: str = "pgrec_test_login") -> Iterator[tuple[str, str]]:
    """A new LOGIN role in `groups` (none: a bare login, what PUBLIC may do); yields (name, password)."""
    name, password = unique_name(prefix), secrets.token_urlsafe(16)
    statement = sql.SQL("create role {} login password {}").format(
        sql.Identifier(name), sql.Literal(password)
    )
    if groups:
        statement += sql.SQL(" in role {}").format(sql.SQL(", ").join(map(sql.Identifier, groups)))
    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute(statement)
    try:
        yield name, password
    finally:
        with psycopg.connect(server_url, autocommit=True) as conn:
            conn.execute(sql.SQL("drop role if exists {}").format(sql.Identifier(name)))
