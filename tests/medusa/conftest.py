"""Databases holding pgrec's tables and a real Medusa 2.21.2 store (this folder's dumps), loaded once per session."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.medusa.store import PSQL, load_seeded_store
from tests.support.databases import create_database, drop_database, temporary_database, unique_name
from tests.support.postgres_source import TestPostgres
from tests.support.psql import NO_PSQL


@pytest.fixture(scope="session")
def medusa_template(pg_server: TestPostgres, template_database: str) -> Iterator[str]:
    """Name of a copy of the migrated pgrec database with the seeded Medusa store loaded into it."""
    if PSQL is None:
        pytest.skip(f"the Medusa dump holds COPY FROM stdin and \\restrict lines, which need psql: {NO_PSQL}")
    name = unique_name("pgrec_medusa_template")
    load_seeded_store(create_database(pg_server.url, name, template=template_database))
    try:
        yield name
    finally:
        drop_database(pg_server.url, name)


@pytest.fixture
def medusa_url(pg_server: TestPostgres, medusa_template: str) -> Iterator[str]:
    """A fresh copy of `medusa_template` for one test (the sync writes into it)."""
    with temporary_database(pg_server.url, "pgrec_medusa", medusa_template, file_copy=True) as url:
        yield url
