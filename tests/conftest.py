"""Test harness: real PostgreSQL + pgvector and real Redis, never mocks.

One database server and one cache server per test session (see tests/support/*_source.py for
how each is chosen); each test module gets its own database, copied from a migrated template,
and its own Redis database number, so tests never see each other's rows or keys.

The real Online Retail data is loaded at most once per session into a template of its own (the
demo subset, and the full file for the `slow` tests; tests/support/retail_data.py), and the
modules that need it work on copies.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator

import psycopg
import pytest
import redis
from pgvector.psycopg import register_vector

from service.core.config import default_data_dir
from service.core.migrate import migrate
from tests.support.databases import create_database, drop_database, temporary_database, unique_name
from tests.support.postgres_source import TestPostgres, start_test_postgres
from tests.support.redis_source import TestRedis, start_test_redis
from tests.support.retail_data import RetailTemplate, build_retail_template

_redis_db_numbers = itertools.cycle(range(1, 16))


@pytest.fixture(scope="session", autouse=True)
def users_data_dir_untouched() -> Iterator[None]:
    """No test may start pgrec's embedded servers in the user's own data directory (PGREC_DATA_DIR's
    default): they would outlive the suite and become the user's demo servers. Checked when the directory
    did not exist before the session."""
    path = default_data_dir(os.environ)
    existed = path.exists()
    yield
    if not existed and path.exists():
        pytest.fail(
            f"the suite created {path}, the user's own pgrec data directory: some test ran a command "
            "that starts an embedded server without PGREC_DATA_DIR",
            pytrace=False,
        )


@pytest.fixture(scope="session")
def pg_server() -> Iterator[TestPostgres]:
    server = start_test_postgres()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def template_database(pg_server: TestPostgres) -> Iterator[str]:
    """Name of a database migrated once per session; module databases are copies of it."""
    name = unique_name("pgrec_template")
    migrate(create_database(pg_server.url, name))
    try:
        yield name
    finally:
        drop_database(pg_server.url, name)


@pytest.fixture(scope="module")
def database_url(pg_server: TestPostgres, template_database: str) -> Iterator[str]:
    """A migrated database of this test module's own."""
    name = unique_name("pgrec_test")
    url = create_database(pg_server.url, name, template=template_database)
    try:
        yield url
    finally:
        drop_database(pg_server.url, name)


_retail_loads: list[RetailTemplate] = []


def _retail_template(server: TestPostgres, migrated: str, data: str) -> Iterator[RetailTemplate]:
    template = build_retail_template(server.url, migrated, unique_name(f"pgrec_retail_{data}"), data)
    _retail_loads.append(template)
    try:
        yield template
    finally:
        drop_database(server.url, template.name)


@pytest.fixture(scope="session")
def retail_demo_template(pg_server: TestPostgres, template_database: str) -> Iterator[RetailTemplate]:
    """The bundled demo subset imported, embedded (vector cache) and refreshed, once per session."""
    yield from _retail_template(pg_server, template_database, "demo")


@pytest.fixture(scope="session")
def retail_full_template(pg_server: TestPostgres, template_database: str) -> Iterator[RetailTemplate]:
    """The full Online Retail file loaded like the demo one (skips where the file is absent)."""
    yield from _retail_template(pg_server, template_database, "full")


@pytest.fixture(scope="module", params=["demo", pytest.param("full", marks=pytest.mark.slow)])
def retail_template(request: pytest.FixtureRequest) -> RetailTemplate:
    """Each of the two loaded templates in turn: the module's tests run on both, the full one `slow`."""
    template: RetailTemplate = request.getfixturevalue(f"retail_{request.param}_template")
    return template


@pytest.fixture(scope="module")
def retail_url(pg_server: TestPostgres, retail_template: RetailTemplate) -> Iterator[str]:
    """A copy of `retail_template` of this module's own."""
    with temporary_database(pg_server.url, "pgrec_retail_copy", retail_template.name) as url:
        yield url


@pytest.fixture
def conn(database_url: str) -> Iterator[psycopg.Connection]:
    """An autocommit connection to the module's database, with pgvector types registered."""
    with psycopg.connect(database_url, autocommit=True) as connection:
        register_vector(connection)
        yield connection


@pytest.fixture(scope="session")
def redis_server() -> Iterator[TestRedis]:
    server = start_test_redis()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def redis_url(redis_server: TestRedis) -> str:
    """An emptied Redis database number of this module's own."""
    base = redis_server.url.rsplit("/", 1)[0] if redis_server.url.count("/") > 2 else redis_server.url
    url = f"{base}/{next(_redis_db_numbers)}"
    client = redis.Redis.from_url(url)
    try:
        client.flushdb()
    finally:
        client.close()
    return url


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """What loading each Online Retail template cost (it shows as the setup of its first test)."""
    for template in _retail_loads:
        steps = ", ".join(f"{step} {seconds:.1f} s" for step, seconds in template.seconds.items())
        terminalreporter.write_line(f"Online Retail template ({template.data}) loaded once: {steps}")
