"""The real Medusa 2.21.2 store of this folder (recipe.sh's two dumps) loaded into a database with psql.

medusa_2.21.2_seeded.sql is the store as seed.ts left it (schema and rows); medusa_2.21.2_changes.sql holds, whole,
the tables changes.ts wrote to afterwards (order 1 edited, the scarf soft-deleted, the cap retitled, order 6).
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from tests.support.psql import find_psql

HERE = Path(__file__).resolve().parent
SEEDED = HERE / "medusa_2.21.2_seeded.sql"
CHANGES = HERE / "medusa_2.21.2_changes.sql"
PSQL = find_psql()


def _psql(url: str, *args: str) -> None:
    assert PSQL is not None
    result = subprocess.run(
        [str(PSQL), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", url, *args],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, f"psql {' '.join(args)[:200]} failed:\n{result.stderr}"


def load_sql_file(url: str, path: Path) -> None:
    """A pg_dump output (COPY FROM stdin, \\restrict) through psql, stopping at the first error."""
    _psql(url, "-f", str(path))


def load_seeded_store(url: str) -> None:
    """Medusa's schema and the seed's rows, beside whatever the database holds (pgrec's tables)."""
    load_sql_file(url, SEEDED)


def changed_tables() -> list[str]:
    return re.findall(r"^COPY (public\.\S+) \(", CHANGES.read_text(), flags=re.MULTILINE)


def apply_store_changes(url: str) -> None:
    """Replace the rows of the tables changes.ts wrote to by theirs, in one transaction. Foreign keys are not
    checked meanwhile (session_replication_role = replica): the old rows go and the new ones come, like a restore."""
    deletes = "; ".join(f"delete from {table}" for table in changed_tables())
    _psql(url, "-1", "-c", "set session_replication_role = replica", "-c", deletes, "-f", str(CHANGES))
