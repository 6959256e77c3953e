"""Rows of a products or interactions file, JSON lines or CSV, as (line number, dict or error)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from service.importers.files import ImportFileError, base_suffix, csv_rows, jsonl_rows


def file_rows(path: Path) -> Iterator[tuple[int, dict[str, Any] | str]]:
    """.jsonl/.ndjson/.json (one object per line) or .csv, each optionally .gz."""
    suffix = base_suffix(path)
    if suffix in (".jsonl", ".ndjson", ".json"):
        yield from jsonl_rows(path)
    elif suffix == ".csv":
        yield from csv_rows(path)
    else:
        raise ImportFileError(f"{path}: expected a .jsonl or .csv file (optionally .gz), got {suffix!r}")
