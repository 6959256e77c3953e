"""The time split: events before the cutoff train, purchases in [cutoff, end) are what users did next."""

from __future__ import annotations

import csv
import gzip
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import psycopg

from service.core.errors import PgrecError
from service.ingest.files import ImportFileError, base_suffix, open_text
from service.ingest.online_retail import parse_time, purchases
from service.ingest.values import RowError


@dataclass(frozen=True)
class Window:
    """Training events are those before `start`; test purchases are in [start, end) (end None = open)."""

    start: datetime
    end: datetime | None = None

    def contains(self, moment: datetime) -> bool:
        return moment >= self.start and (self.end is None or moment < self.end)

    def describe(self) -> str:
        return f"[{self.start.isoformat()}, {self.end.isoformat() if self.end else 'end of data'})"


def _check_file(path: Path) -> None:
    if not path.is_file():
        raise PgrecError(f"{path}: no such file")
    if base_suffix(path) != ".csv":
        raise ImportFileError(f"{path}: expected the Online Retail .csv or .csv.gz file")


def file_test_purchases(path: Path, window: Window) -> tuple[dict[str, set[str]], datetime | None]:
    """Each customer's products bought in the window (purchases as the importer reads them: no
    cancellations, no guests), and the time of the last purchase in the file."""
    _check_file(path)
    bought: dict[str, set[str]] = defaultdict(set)
    last: datetime | None = None
    for row in purchases(path, None):
        if last is None or row.invoiced_at > last:
            last = row.invoiced_at
        if window.contains(row.invoiced_at):
            bought[row.customer].add(row.stock_code)
    return dict(bought), last


def write_training_file(path: Path, start: datetime, directory: Path) -> Path:
    """A copy of the Online Retail file with only the lines invoiced before `start`."""
    _check_file(path)
    target = directory / "training.csv.gz"
    with open_text(path) as source, gzip.open(target, "wt", newline="", encoding="utf-8") as sink:
        reader = csv.reader(source)
        writer = csv.writer(sink)
        header = next(reader, None)
        if header is None or "InvoiceDate" not in header:
            raise ImportFileError(f"{path}: no InvoiceDate column in the header")
        writer.writerow(header)
        column = header.index("InvoiceDate")
        for row in reader:
            if len(row) <= column:
                continue
            try:
                moment = parse_time(row[column])
            except RowError:
                continue
            if moment < start:
                writer.writerow(row)
    return target


def database_test_purchases(url: str, window: Window) -> tuple[dict[str, set[str]], datetime | None]:
    """Each user's products with a conversion event (e.g. purchase) in the window, and the time
    of the newest conversion in the database at `url`."""
    bought: dict[str, set[str]] = defaultdict(set)
    with psycopg.connect(url) as conn:
        rows = conn.execute(
            "select i.user_id, i.product_id from rec_user_interactions i "
            "join rec_interaction_types t on t.interaction_type = i.interaction_type "
            "where t.is_conversion and i.created_at >= %s and (%s::timestamptz is null or i.created_at < %s)",
            (window.start, window.end, window.end),
        )
        for user, product in rows:
            bought[user].add(product)
        row = conn.execute(
            "select max(i.created_at) from rec_user_interactions i "
            "join rec_interaction_types t on t.interaction_type = i.interaction_type where t.is_conversion"
        ).fetchone()
    return dict(bought), None if row is None else row[0]


def require_test_users(test: dict[str, set[str]], window: Window, last: datetime | None) -> None:
    """Raise one clear line when nobody bought anything in the test window."""
    if test:
        return
    newest = f"the newest purchase is at {last.isoformat()}" if last else "there are no purchases at all"
    raise PgrecError(
        f"no test users: nobody bought anything in {window.describe()} ({newest}); choose an earlier --cutoff"
    )
