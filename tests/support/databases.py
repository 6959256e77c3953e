"""Creating and dropping the isolated test databases on the test server."""

from __future__ import annotations

import itertools
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
from psycopg import sql

from service.core.db_urls import with_database
from service.core.migrate import apply_migrations
from service.core.paths import MIGRATIONS_DIR

_counter = itertools.count(1)


def unique_name(prefix: str) -> str:
    return f"{prefix}_{os.getpid()}_{next(_counter)}"


def create_database(server_url: str, name: str, template: str | None = None, file_copy: bool = False) -> str:
    """Create `name` (a copy of `template` if given) and return its URL. `file_copy` copies the template's files
    whole (strategy file_copy) rather than block by block through the WAL: faster for a template of many tables."""
    statement = sql.SQL("create database {}").format(sql.Identifier(name))
    if template:
        statement += sql.SQL(" template {}").format(sql.Identifier(template))
    if file_copy:
        statement += sql.SQL(" strategy file_copy")
    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute(statement)
    return with_database(server_url, name)


def drop_database(server_url: str, name: str) -> None:
    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute(sql.SQL("drop database if exists {} with (force)").format(sql.Identifier(name)))


@contextmanager
def temporary_database(
    server_url: str, prefix: str, template: str | None = None, file_copy: bool = False
) -> Iterator[str]:
    """A database of the caller's own (a copy of `template` if given), dropped afterwards; yields its URL."""
    name = unique_name(prefix)
    url = create_database(server_url, name, template=template, file_copy=file_copy)
    try:
        yield url
    finally:
        drop_database(server_url, name)


@contextmanager
def database_before_migration(server_url: str, first_left_out: str, scratch: Path) -> Iterator[str]:
    """A new database with only the migrations named before `first_left_out` applied (a store as an
    earlier release left it, for testing that migration on it); `scratch` holds their copies."""
    earlier = scratch / "migrations"
    earlier.mkdir()
    for path in MIGRATIONS_DIR.glob("*.sql"):
        if path.name < first_left_out:
            shutil.copy(path, earlier / path.name)
    with temporary_database(server_url, f"pgrec_before_{first_left_out}") as url:
        apply_migrations(url, earlier)
        yield url
