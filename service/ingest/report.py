"""What an import did: counts, skipped rows with their line numbers, and timing."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from service.core.errors import PgrecError

# How many bad rows a report keeps word for word (those of the lowest lines); the rest are only counted.
MAX_KEPT_BAD_ROWS = 1000
# `pgrec import` exits with this status when it skipped bad rows (and imported the others).
EXIT_BAD_ROWS = 3


@dataclass(frozen=True, order=True)
class BadRow:
    """A row that was not imported: its line number in the file (1 = header) and why."""

    line: int
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}"


@dataclass
class ImportReport:
    """Counters of one import run; `skipped` holds named reasons such as cancellations or guests,
    `bad_rows` the rows that could not be imported, in line order (whatever order they were found
    in: a file's own errors while reading, the database's when a batch is written)."""

    source: str
    rows_read: int = 0
    products_inserted: int = 0
    products_updated: int = 0
    products_unchanged: int = 0
    events_inserted: int = 0
    events_duplicate: int = 0
    skipped: dict[str, int] = field(default_factory=dict)
    bad_rows: list[BadRow] = field(default_factory=list)
    bad_row_count: int = 0
    seconds: float = 0.0

    def skip(self, reason: str, count: int = 1) -> None:
        self.skipped[reason] = self.skipped.get(reason, 0) + count

    def bad(self, line: int, reason: str) -> None:
        self.bad_row_count += 1
        bisect.insort(self.bad_rows, BadRow(line, reason))
        if len(self.bad_rows) > MAX_KEPT_BAD_ROWS:
            self.bad_rows.pop()

    @property
    def exit_status(self) -> int:
        """0, or EXIT_BAD_ROWS when bad rows were skipped."""
        return EXIT_BAD_ROWS if self.bad_row_count else 0

    @property
    def rows_per_second(self) -> float:
        return self.rows_read / self.seconds if self.seconds > 0 else 0.0

    def summary_lines(self) -> list[str]:
        lines = [
            f"{self.source}: {self.rows_read:,} rows read in {self.seconds:.1f} s "
            f"({self.rows_per_second:,.0f} rows/s)",
            f"products: {self.products_inserted:,} new, {self.products_updated:,} updated, "
            f"{self.products_unchanged:,} unchanged",
            f"events: {self.events_inserted:,} stored, {self.events_duplicate:,} already present",
        ]
        lines += [f"skipped {reason}: {count:,}" for reason, count in sorted(self.skipped.items())]
        if self.bad_row_count:
            lines.append(f"bad rows skipped: {self.bad_row_count:,}")
            lines += [f"  {row}" for row in self.bad_rows[:20]]
            if self.bad_row_count > 20:
                lines.append(f"  ... and {self.bad_row_count - 20:,} more")
        return lines


class ImportAborted(PgrecError):
    """--strict found bad rows (or the database refused a batch): nothing was written."""

    def __init__(self, path: str, bad_rows: list[BadRow], total: int) -> None:
        shown = "; ".join(str(row) for row in bad_rows[:5])
        more = f" (and {total - 5} more)" if total > 5 else ""
        super().__init__(f"{path}: {total} bad row(s), nothing imported (--strict): {shown}{more}")
        self.bad_rows = bad_rows
