"""Rebuild online_retail_demo.csv.gz from the full UCI Online Retail file (deterministic).

Usage: python data/online_retail_demo/make_subset.py /path/to/online_retail.csv.gz
Keeps every row (purchases and cancellations) of 600 repeat customers: those with at least 3
purchase invoices, picked by the md5 of their CustomerID so the choice is stable and unbiased.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import sys
from collections import defaultdict
from pathlib import Path

CUSTOMERS = 600
MIN_INVOICES = 3
OUTPUT = Path(__file__).resolve().parent / "online_retail_demo.csv.gz"


def main(source: Path) -> None:
    with gzip.open(source, "rt", encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        rows = list(reader)
    invoices: dict[str, set[str]] = defaultdict(set)
    for invoice, _code, _title, quantity, _date, _price, customer, _country in rows:
        if customer and not invoice.startswith("C") and int(quantity) > 0:
            invoices[customer].add(invoice)
    repeat = [customer for customer, seen in invoices.items() if len(seen) >= MIN_INVOICES]
    chosen = set(sorted(repeat, key=lambda c: hashlib.md5(c.encode()).hexdigest())[:CUSTOMERS])
    with (
        open(OUTPUT, "wb") as raw,
        gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as zipped,
        io.TextIOWrapper(zipped, encoding="utf-8", newline="") as out,
    ):
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(row for row in rows if row[6] in chosen)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
