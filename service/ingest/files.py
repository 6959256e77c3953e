"""Reading import files as a stream of (line number, record), plain or gzip-compressed."""

from __future__ import annotations

import csv
import gzip
import io
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from service.core.errors import PgrecError


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


@dataclass(frozen=True)
class Column:
    """A column an import file may have; `alias` is another accepted name for it."""

    name: str
    required: bool = False
    alias: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name,) if self.alias is None else (self.name, self.alias)

    def __str__(self) -> str:
        return self.name if self.alias is None else f"{self.name} (or {self.alias})"


def column_problems(
    names: Sequence[str], columns: Sequence[Column], *, what: str = "column", missing: bool = True
) -> list[str]:
    """What is wrong with a header (or a JSON object's keys): repeated and unknown names, missing
    required ones (unless `missing` is False) and a column given under both of its names. Empty
    when all is well."""
    problems: list[str] = []
    known = {name for column in columns for name in column.names}
    repeated = sorted({name for name in names if names.count(name) > 1})
    if repeated:
        problems.append(f"repeated {what}(s) {', '.join(repeated)}")
    unknown = [name for name in dict.fromkeys(names) if name not in known]
    if unknown:
        shown = ", ".join(name or "'' (an empty name)" for name in unknown)
        problems.append(f"unknown {what}(s) {shown}")
    absent = [str(column) for column in columns if column.required and not set(column.names) & set(names)]
    if missing and absent:
        problems.append(f"missing {what}(s) {', '.join(absent)}")
    both = [column for column in columns if column.alias is not None and set(column.names) <= set(names)]
    problems += [f"both {column.name} and {column.alias} (they are the same {what})" for column in both]
    return problems


def describe_columns(columns: Sequence[Column]) -> str:
    required = [str(column) for column in columns if column.required]
    optional = [str(column) for column in columns if not column.required]
    parts = [f"required: {', '.join(required)}"] if required else []
    if optional:
        parts.append(f"optional: {', '.join(optional)}")
    return "; ".join(parts)


def check_header(path: Path, header: Sequence[str], columns: Sequence[Column]) -> None:
    """Raise one ImportFileError naming every problem of the header line, or return."""
    problems = column_problems(header, columns)
    if problems:
        raise ImportFileError(
            f"{path}: line 1 (header): {'; '.join(problems)} ({describe_columns(columns)}; "
            f"found: {', '.join(header) or 'none'})"
        )


def csv_rows(
    path: Path, columns: Sequence[Column] | None = None
) -> Iterator[tuple[int, dict[str, str] | str]]:
    """Rows of a CSV file with a header, keyed by column name (names stripped), with the line
    number where each row starts (the header is line 1). A row that cannot be used comes back as
    the reason (a str): a field count other than the header's, or bad quoting. An unterminated
    quote swallows the rest of the file: it is reported at the line where it opens, and reading
    stops. With `columns`, the header must name each required one and nothing else."""
    with open_text(path) as handle:
        reader = csv.reader(handle, strict=True)
        try:
            header = [name.strip().lstrip("\ufeff") for name in next(reader)]
        except StopIteration:
            raise ImportFileError(f"{path}: empty file (no header line)") from None
        except csv.Error as exc:
            problem = _csv_problem(exc, 1, reader.line_num)
            raise ImportFileError(f"{path}: line 1 (header): {problem}") from None
        if columns is not None:
            check_header(path, header, columns)
        width = len(header)
        while True:
            start = reader.line_num + 1
            try:
                fields = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                yield start, _csv_problem(exc, start, reader.line_num)
                if _swallows_the_rest(exc):
                    return
                continue
            if not fields:
                continue
            if len(fields) != width:
                yield start, f"{len(fields)} fields where the header has {width}"
                continue
            yield start, dict(zip(header, fields, strict=True))


def _swallows_the_rest(error: csv.Error) -> bool:
    text = str(error)
    return "unexpected end of data" in text or "field larger than field limit" in text


def _csv_problem(error: csv.Error, start: int, end: int) -> str:
    text = str(error)
    if "unexpected end of data" in text:
        return (
            "unterminated quote: the quoted field opened on this line is never closed "
            f"(lines {start}-{end} not read)"
        )
    if "field larger than field limit" in text:
        return (
            f"a field longer than {csv.field_size_limit():,} characters starts on this line, most likely an "
            "unterminated quote; the rest of the file was not read"
        )
    return f"not valid CSV: {text}"


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
