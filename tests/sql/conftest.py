"""Fixtures for the SQL function tests: an emptied database per test."""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest

from tests.sql.helpers import empty_tables


@pytest.fixture
def db(conn: psycopg.Connection) -> Iterator[psycopg.Connection]:
    """`conn` on a database with no products, events or derived rows (default event types restored)."""
    empty_tables(conn)
    yield conn
