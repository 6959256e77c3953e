"""Paths of the Online Retail files and a writer for small hand-made files in the same format."""

from __future__ import annotations

import csv
import gzip
from pathlib import Path

from tests.support.retail_data import DEMO_FILE, FULL_FILE, full_file

__all__ = ["DEMO_FILE", "FULL_FILE", "HEADER", "full_file", "write_retail"]

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


def write_retail(path: Path, rows: list[list[str]]) -> Path:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "wt", newline="", encoding="utf-8") as handle:  # type: ignore[operator]
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(HEADER)
        writer.writerows(rows)
    return path
