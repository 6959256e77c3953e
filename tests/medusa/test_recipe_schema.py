"""The committed Medusa dump against what the npm packages of docker/medusa/package-lock.json create: the same
tables and columns.

Slow: recipe.sh installs the packages (`npm ci`, about 1 minute with a warm npm cache, 4-5 cold; kept in
$TMPDIR/pgrec-medusa-<hash of package-lock.json> for the next run) and runs `medusa db:migrate` (1-1.5 minutes)
on an empty database of the test server. Both sides go through dump.sh, so the tables it leaves out are left out
of both. Skips when node or npm is missing, or when the packages are not installed yet and the npm registry does
not answer.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from tests.cli import REPO_ROOT
from tests.medusa.store import HERE, PSQL, SEEDED, load_sql_file
from tests.support.databases import temporary_database
from tests.support.postgres_source import TestPostgres
from tests.support.psql import NO_PSQL

pytestmark = pytest.mark.slow

LOCK = REPO_ROOT / "docker" / "medusa" / "package-lock.json"
# Defaults are left out: Medusa's migrations write a fresh ULID into one (workflow_execution.run_id).
COLUMNS = """
select table_name::text, column_name::text, data_type::text, is_nullable::text
from information_schema.columns where table_schema = 'public' order by 1, 2
"""


def work_dir() -> Path:
    digest = hashlib.sha256(LOCK.read_bytes()).hexdigest()
    return Path(tempfile.gettempdir()) / f"pgrec-medusa-{digest[:12]}"


def installed(work: Path) -> bool:
    """docker/medusa/install.sh writes the lock file's hash next to the packages once `npm ci` has finished."""
    marker = work / "node_modules" / ".pgrec-installed"
    return marker.is_file() and marker.read_text().strip() == hashlib.sha256(LOCK.read_bytes()).hexdigest()


def registry_answers() -> bool:
    try:
        return subprocess.run(["npm", "ping"], capture_output=True, timeout=30, check=False).returncode == 0
    except subprocess.TimeoutExpired:
        return False


@pytest.fixture
def built_schema(pg_server: TestPostgres, tmp_path: Path) -> Iterator[str]:
    """URL of a database holding the schema as recipe.sh builds it from the packages and dump.sh dumps it."""
    missing = [tool for tool in ("node", "npm") if shutil.which(tool) is None]
    if missing:
        pytest.skip(
            f"{' and '.join(missing)} not on PATH: cannot build Medusa's schema from its npm packages"
        )
    if PSQL is None:
        pytest.skip(NO_PSQL)
    work = work_dir()
    if not installed(work) and not registry_answers():
        pytest.skip(
            "the npm registry does not answer (`npm ping`) and the Medusa packages are not installed yet"
        )
    # The PostgreSQL client programs next to psql (the embedded server's, of its major version) come first.
    env = {**os.environ, "PATH": f"{PSQL.parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    with temporary_database(pg_server.url, "pgrec_medusa_built") as built:
        migrated = subprocess.run(
            [str(HERE / "recipe.sh"), str(work), built], env=env, capture_output=True, text=True, timeout=1800
        )
        assert migrated.returncode == 0, (
            f"recipe.sh failed:\n{migrated.stdout[-3000:]}\n{migrated.stderr[-3000:]}"
        )
        schema = tmp_path / "built_schema.sql"
        with schema.open("w") as out:
            dumped = subprocess.run(
                [str(HERE / "dump.sh"), built, "--schema-only"], env=env, stdout=out, text=True, timeout=300
            )
        assert dumped.returncode == 0
        with temporary_database(pg_server.url, "pgrec_medusa_rebuilt") as url:
            load_sql_file(url, schema)
            yield url


def test_the_committed_dump_has_the_tables_and_columns_the_packages_create(
    pg_server: TestPostgres, built_schema: str
) -> None:
    with temporary_database(pg_server.url, "pgrec_medusa_committed") as committed:
        load_sql_file(committed, SEEDED)
        with psycopg.connect(committed) as ours, psycopg.connect(built_schema) as theirs:
            expected = theirs.execute(COLUMNS).fetchall()
            got = ours.execute(COLUMNS).fetchall()
    assert len({row[0] for row in expected}) > 100  # the build made Medusa's schema, not an empty one
    assert [row for row in got if row not in expected] == []
    assert [row for row in expected if row not in got] == []
