"""The scale benchmark's figures: each a value next to its same-run ceiling; printed, and saved as JSON."""

from __future__ import annotations

import json
import os
import platform
import time
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

STARTED = time.monotonic()
GROUPS = ("load", "embeddings", "rec_refresh_all()", "read p50", "read p99", "http", "track")


def log(message: str) -> None:
    """A progress line, stamped with the minutes and seconds since the run started."""
    elapsed = int(time.monotonic() - STARTED)
    print(f"[{elapsed // 60:02d}:{elapsed % 60:02d}] {message}", flush=True)


@dataclass
class Figure:
    """One measured figure. ratio = value / ceiling: for a rate the share of the ceiling reached
    (<= 1 is expected), for a latency how many times the ceiling's round trip it takes."""

    group: str
    name: str
    value: float
    unit: str
    ceiling: float | None = None
    ceiling_name: str = ""
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        if self.ceiling is None or self.ceiling == 0:
            return None
        return self.value / self.ceiling

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "ratio": self.ratio}


def _number(value: float | None, unit: str = "") -> str:
    if value is None:
        return "-"
    text = f"{value:,.0f}" if abs(value) >= 100 else f"{value:,.2f}"
    return f"{text} {unit}".rstrip()


def ordered(figures: list[Figure]) -> list[Figure]:
    """By group (GROUPS order), keeping the run order inside a group."""
    return sorted(figures, key=lambda f: GROUPS.index(f.group) if f.group in GROUPS else len(GROUPS))


def print_figures(figures: list[Figure]) -> None:
    print()
    print(f"{'figure':<66}{'value':>18}{'ceiling':>18}{'ratio':>9}  ceiling is")
    group = None
    for figure in ordered(figures):
        if figure.group != group:
            group = figure.group
            print(f"-- {group}")
        ratio = "-" if figure.ratio is None else f"{figure.ratio:.2f}"
        print(
            f"  {figure.name:<64}{_number(figure.value, figure.unit):>18}"
            f"{_number(figure.ceiling, figure.unit):>18}{ratio:>9}  {figure.ceiling_name}"
        )
        if figure.note:
            print(f"  {'':<64}note: {figure.note}")


def _meminfo_gib() -> float | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    return None


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def machine() -> dict[str, Any]:
    return {
        "cores": os.cpu_count(),
        "ram_gib": _meminfo_gib(),
        "cpu_model": _cpu_model(),
        "system": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "load_average_at_end": [round(x, 2) for x in os.getloadavg()],
    }


def default_json_path(directory: Path) -> Path:
    return directory / f"scale-{datetime.now(UTC):%Y-%m-%d}.json"


def write_results(
    path: Path,
    parameters: dict[str, Any],
    figures: list[Figure],
    phases: dict[str, float],
    details: dict[str, Any],
) -> None:
    """Everything the run measured, with the date, the machine and the parameters."""
    path.parent.mkdir(parents=True, exist_ok=True)
    document = {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": machine(),
        "parameters": parameters,
        "total_seconds": round(time.monotonic() - STARTED, 1),
        "phase_seconds": {name: round(seconds, 1) for name, seconds in phases.items()},
        "figures": [figure.as_dict() for figure in ordered(figures)],
        **details,
    }
    path.write_text(json.dumps(document, indent=2, default=str) + "\n")


class Phases:
    """Wall time per phase of the run, for the JSON and to see where the 30 minutes go."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    def run(self, name: str) -> _Phase:
        return _Phase(self, name)


class _Phase:
    def __init__(self, phases: Phases, name: str) -> None:
        self.phases, self.name = phases, name

    def __enter__(self) -> None:
        log(f"{self.name} ...")
        self.started = time.monotonic()

    def __exit__(self, *exc: object) -> None:
        seconds = time.monotonic() - self.started
        self.phases.seconds[self.name] = seconds
        log(f"{self.name}: {seconds:.1f} s")
