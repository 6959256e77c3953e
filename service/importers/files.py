"""Reading import files as a stream of (line number, record), plain or gzip-compressed."""

from __future__ import annotations

import csv
import gzip
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from service.errors import PgrecError


class ImportFileError(PgrecError):
    """The file itself is unusable (missing, wrong format, missing columns)."""


def base_suffix(path: Path) -> str:
    """The format suffix without a trailing .gz: data.csv.gz -> .csv."""
    suffixes = [suffix.lower() for suffix in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return suffixes[-1] if suffixes else ""


def open_text(path: Path) -> TextIO:
    if not path.is_file():
        raise ImportFileError(f"{path}: no such file")
    if path.suffix.lower() == ".gz":
        return io.TextIOWrapper(gzip.open(path, "rb"), encoding="utf-8", errors="replace", newline="")
    return open(path, encoding="utf-8", errors="replace", newline="")


def csv_rows(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """Rows of a CSV file with a header, keyed by column name, with the line number where each
    row ends (the header is line 1). Column names are stripped."""
    with open_text(path) as handle:
        reader = csv.reader(handle)
        try:
            header = [name.strip().lstrip("\ufeff") for name in next(reader)]
        except StopIteration:
            raise ImportFileError(f"{path}: empty file (no header line)") from None
        width = len(header)
        for fields in reader:
            if not fields:
                continue
            if len(fields) < width:
                fields = fields + [""] * (width - len(fields))
            yield reader.line_num, dict(zip(header, fields, strict=False))


def csv_header(path: Path) -> list[str]:
    with open_text(path) as handle:
        line = handle.readline()
    return [name.strip().lstrip("\ufeff") for name in next(csv.reader([line]), [])]


def jsonl_rows(path: Path) -> Iterator[tuple[int, dict[str, Any] | str]]:
    """Objects of a JSON-lines file with their line numbers; a line that is not a JSON object
    comes back as the error message (a str) so the caller can report it with its line."""
    with open_text(path) as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                value = json.loads(line)
            except json.JSONDecodeError as exc:
                yield number, f"not valid JSON: {exc.msg} at column {exc.colno}"
                continue
            if not isinstance(value, dict):
                yield number, f"expected a JSON object, got {type(value).__name__}"
                continue
            yield number, value


def require_columns(path: Path, header: list[str], required: tuple[str, ...]) -> None:
    missing = [name for name in required if name not in header]
    if missing:
        raise ImportFileError(
            f"{path}: missing column(s) {', '.join(missing)} (found: {', '.join(header) or 'none'})"
        )
