"""Where the repository's SQL lives (migrations/ and sql_functions/ sit beside service/ and embeddings/)."""

from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
MIGRATIONS_DIR = Path(os.environ.get("PGREC_MIGRATIONS_DIR", REPO_ROOT / "migrations"))
SQL_FUNCTIONS_DIR = Path(os.environ.get("PGREC_SQL_FUNCTIONS_DIR", REPO_ROOT / "sql_functions"))
