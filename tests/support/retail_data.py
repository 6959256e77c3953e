"""Session templates of the real Online Retail data: imported, embedded and refreshed once, then copied.

A template is loaded the way a user loads the data: `import_online_retail` (the deferred-upkeep
path of `pgrec import online-retail`), the embed worker, `rec_refresh_all()`, `vacuum analyze`.
The vectors come from the on-disk cache `pgrec evaluate` keeps (service/evaluation/embed.py: one
file per model name, keyed by the hash of each product's text) under VECTOR_CACHE_DIR, so the
model encodes a catalog once per machine, not once per run or per module. Test modules work on
copies (`CREATE DATABASE ... TEMPLATE`, a few seconds) and never write to a template.

Two sources: the bundled demo subset (always present) for tests that only need real-shaped data,
and the full file (on this machine and in CI, not in a user's clone) for the full-data tests,
which skip without it and carry the `slow` marker.
"""

from __future__ import annotations

import os
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
import pytest

from service.evaluation.embed import embed_catalog
from service.ingest.online_retail import import_online_retail
from service.ingest.report import ImportReport
from tests.cli import REPO_ROOT
from tests.support.databases import create_database, drop_database

DEMO_FILE = REPO_ROOT / "data" / "online_retail_demo" / "online_retail_demo.csv.gz"
FULL_FILE = Path("/work/shared/data/online_retail/online_retail.csv.gz")
FULL_FILE_MISSING = f"the full Online Retail file is not on this machine ({FULL_FILE})"

# The data directory whose evaluation/ holds the vector cache; tests/evaluation points `pgrec
# evaluate` (PGREC_DATA_DIR) at the same place, so both fill and reuse one file.
VECTOR_CACHE_DIR = Path(
    os.environ.get("PGREC_TEST_VECTOR_CACHE", "").strip()
    or Path(tempfile.gettempdir()) / "pgrec-test-evaluation"
)


def full_file() -> Path:
    """The full 541,909-line file, or skip the test when this machine does not have it."""
    if not FULL_FILE.is_file():
        pytest.skip(FULL_FILE_MISSING)
    return FULL_FILE


@dataclass
class RetailTemplate:
    """A loaded database to copy: its name, which data ("demo" or "full") from which file, the
    import's report and each step's seconds."""

    name: str
    data: str
    path: Path
    report: ImportReport
    seconds: dict[str, float] = field(default_factory=dict)


def build_retail_template(server_url: str, migrated: str, name: str, data: str) -> RetailTemplate:
    """Database `name`, a copy of the migrated template `migrated`, with the `data` ("demo" or
    "full") loaded into it. Skips without the full file; drops the database when loading fails."""
    path = DEMO_FILE if data == "demo" else full_file()
    url = create_database(server_url, name, template=migrated)
    seconds: dict[str, float] = {}
    try:
        started = time.monotonic()
        report = import_online_retail(url, path, progress=False)
        seconds["import"] = time.monotonic() - started
        started = time.monotonic()
        embedded = embed_catalog(url, VECTOR_CACHE_DIR, None, progress=False)
        seconds["embed"] = time.monotonic() - started
        assert embedded.failed == 0, embedded.errors[:3]
        with psycopg.connect(url, autocommit=True) as conn:
            started = time.monotonic()
            conn.execute("select * from rec_refresh_all()").fetchall()
            seconds["refresh"] = time.monotonic() - started
            started = time.monotonic()
            conn.execute("vacuum analyze")
            seconds["vacuum"] = time.monotonic() - started
    except BaseException:
        drop_database(server_url, name)
        raise
    return RetailTemplate(name, data, path, report, seconds)
