"""Rows of a products or interactions file, JSON lines or CSV, as (line number, dict or error)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from service.ingest.files import (
    Column,
    ImportFileError,
    base_suffix,
    column_problems,
    csv_rows,
    describe_columns,
    jsonl_rows,
)


def file_rows(path: Path, columns: Sequence[Column]) -> Iterator[tuple[int, dict[str, Any] | str]]:
    """.jsonl/.ndjson/.json (one object per line) or .csv, each optionally .gz. A CSV header must
    name the required `columns` and no others (one error for the file); a JSON object with a field
    outside `columns` comes back as that line's error (its missing fields are left to the parser,
    which names them)."""
    suffix = base_suffix(path)
    if suffix in (".jsonl", ".ndjson", ".json"):
        for line, row in jsonl_rows(path):
            if isinstance(row, dict):
                problems = column_problems(list(row), columns, what="field", missing=False)
                if problems:
                    yield line, f"{'; '.join(problems)} ({describe_columns(columns)})"
                    continue
            yield line, row
    elif suffix == ".csv":
        yield from csv_rows(path, columns)
    else:
        raise ImportFileError(f"{path}: expected a .jsonl or .csv file (optionally .gz), got {suffix!r}")
