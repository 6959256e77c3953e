"""Progress of long jobs: a tqdm bar with rate and ETA on a terminal, plain log lines otherwise."""

from __future__ import annotations

import sys
import time
from types import TracebackType
from typing import TextIO

from tqdm import tqdm


class Progress:
    """Counts units of work. On a terminal: a bar (rate, ETA when the total is known);
    otherwise one line every `interval` seconds and a last line at the end."""

    def __init__(
        self,
        description: str,
        total: int | None = None,
        unit: str = "rows",
        stream: TextIO | None = None,
        enabled: bool = True,
        interval: float = 5.0,
    ) -> None:
        self.description = description
        self.total = total
        self.unit = unit
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = enabled
        self.interval = interval
        self.count = 0
        self._start = time.monotonic()
        self._last_line = self._start
        self._bar: tqdm[None] | None = None
        if enabled and self.stream.isatty():
            self._bar = tqdm(
                total=total, desc=description, unit=f" {unit}", unit_scale=True, file=self.stream, leave=True
            )

    def update(self, n: int = 1) -> None:
        self.count += n
        if self._bar is not None:
            self._bar.update(n)
            return
        now = time.monotonic()
        if self.enabled and now - self._last_line >= self.interval:
            self._last_line = now
            self._log(now)

    def _log(self, now: float) -> None:
        elapsed = max(now - self._start, 1e-9)
        rate = self.count / elapsed
        line = f"{self.description}: {self.count:,}"
        if self.total:
            remaining = (self.total - self.count) / rate if rate > 0 else float("inf")
            line += f"/{self.total:,} ({100 * self.count / self.total:.0f}%)"
            line += f", {rate:,.0f} {self.unit}/s, ETA {remaining:.0f} s"
        else:
            line += f" {self.unit}, {rate:,.0f} {self.unit}/s"
        print(line, file=self.stream, flush=True)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None
        elif self.enabled:
            self._log(time.monotonic())

    def __enter__(self) -> Progress:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
