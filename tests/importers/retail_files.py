"""Paths of the Online Retail files and a writer for small hand-made files in the same format."""

from __future__ import annotations

import csv
import gzip
from pathlib import Path

import pytest

from tests.cli import REPO_ROOT

DEMO_FILE = REPO_ROOT / "data" / "online_retail_demo" / "online_retail_demo.csv.gz"
FULL_FILE = Path("/work/shared/data/online_retail/online_retail.csv.gz")
HEADER = [
    "InvoiceNo",
    "StockCode",
    "Description",
    "Quantity",
    "InvoiceDate",
    "UnitPrice",
    "CustomerID",
    "Country",
]


def full_file() -> Path:
    """The full 541,909-line file, or skip the test when this machine does not have it."""
    if not FULL_FILE.is_file():
        pytest.skip(f"the full Online Retail file is not on this machine ({FULL_FILE})")
    return FULL_FILE


def write_retail(path: Path, rows: list[list[str]]) -> Path:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "wt", newline="", encoding="utf-8") as handle:  # type: ignore[operator]
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(HEADER)
        writer.writerows(rows)
    return path
