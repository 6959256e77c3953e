"""Time from `make demo` in a clean clone to the first 200 of GET /recommendations, split by step, then
the same for a second `make demo` in that clone.

Run by hand (not part of the tests): `.venv/bin/python -m benchmarks.demo_benchmark`. It clones
this repository's HEAD into a temporary directory, runs the README's first command there with its own
data directory and ports (no PGREC_* setting of yours is passed on), reads the step lines the demo
prints as they come, polls GET /recommendations for the sample customer the demo prints, stops the
demo by its process group, runs it again, and prints one table. Wheels come from pip's cache when an
earlier install put them there (the figure is then the install without downloads)."""

from __future__ import annotations

import argparse
import os
import re
import shutil
import signal
import subprocess
import tempfile
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from tests.cli import REPO_ROOT, pgrec_env
from tests.support.free_port import free_port

# Lines of `pgrec demo` that open a step, in order; the install runs before the first of them.
STEP_MARKS = (
    ("start servers", "[1/6]"),
    ("migrate", "[2/6]"),
    ("import", "[3/6]"),
    ("embed", "[4/6]"),
    ("refresh", "[5/6]"),
    ("serve ready", "[6/6]"),
)
SAMPLE_USER = re.compile(r"/recommendations\?user_id=([^&\s\"]+)")


@dataclass
class Run:
    started: float
    marks: dict[str, float] = field(default_factory=dict)
    user: str | None = None
    first_200: float | None = None
    lines: list[str] = field(default_factory=list)


def _read(process: subprocess.Popen[str], run: Run) -> None:
    assert process.stdout is not None
    for line in process.stdout:
        run.lines.append(line)
        for name, mark in STEP_MARKS:
            if line.startswith(mark) and name not in run.marks:
                run.marks[name] = time.monotonic()
        found = SAMPLE_USER.search(line)
        if found and run.user is None:
            run.user = found.group(1)


def _status(url: str) -> int | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return int(response.status)
    except urllib.error.HTTPError as exc:
        return exc.code
    except (urllib.error.URLError, OSError):
        return None


def run_demo(clone: Path, env: dict[str, str], port: int, timeout: float) -> Run:
    run = Run(started=time.monotonic())
    process = subprocess.Popen(
        ["make", "demo"],
        cwd=clone,
        env={**env, "PGREC_PORT": str(port)},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    reader = threading.Thread(target=_read, args=(process, run), daemon=True)
    reader.start()
    try:
        while time.monotonic() - run.started < timeout:
            if process.poll() is not None:
                raise SystemExit(f"make demo exited with {process.returncode}:\n{''.join(run.lines[-40:])}")
            if run.user is not None:
                url = f"http://127.0.0.1:{port}/recommendations?user_id={run.user}&limit=5"
                if _status(url) == 200:
                    run.first_200 = time.monotonic()
                    return run
            time.sleep(0.1)
        raise SystemExit(f"no 200 after {timeout} s:\n{''.join(run.lines[-40:])}")
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGINT)
            try:
                process.wait(30)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(10)
        reader.join(5)


def step_seconds(run: Run) -> list[tuple[str, float]]:
    """Seconds per step: install until the first step line, each step until the next one starts."""
    assert run.first_200 is not None
    points = [("install", run.started)] + [(name, run.marks[name]) for name, _ in STEP_MARKS]
    ends = [moment for _, moment in points[1:]] + [run.first_200]
    return [(name, end - begin) for (name, begin), end in zip(points, ends, strict=True)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--timeout", type=float, default=1800, help="seconds allowed per make demo")
    parser.add_argument("--keep", action="store_true", help="keep the clone and its data directory")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="pgrec-demo-bench-", dir="/tmp"))
    clone = work / "pgrec"
    subprocess.run(["git", "clone", "-q", str(REPO_ROOT), str(clone)], check=True)
    env = pgrec_env(
        PGREC_DATA_DIR=str(work / "data"),
        PGREC_EMBEDDED_PG_PORT=str(free_port()),
        PGREC_EMBEDDED_REDIS_PORT=str(free_port()),
    )
    try:
        first = run_demo(clone, env, free_port(), args.timeout)
        second = run_demo(clone, env, free_port(), args.timeout)
    finally:
        if (clone / ".venv" / "bin" / "pgrec").exists():
            subprocess.run([str(clone / ".venv/bin/pgrec"), "embedded", "stop"], env=env, check=False)
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)

    head = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=REPO_ROOT, capture_output=True, text=True
    )
    print(f"\nmake demo from a clean clone of {head.stdout.strip()} ({os.cpu_count()} cores)")
    print("| step | first run (s) |\n|---|---|")
    steps = step_seconds(first)
    for name, seconds in steps:
        print(f"| {name} | {seconds:.1f} |")
    data = sum(seconds for name, seconds in steps if name in ("import", "embed", "refresh"))
    assert first.first_200 is not None and second.first_200 is not None
    print(f"| data steps (import + embed + refresh) | {data:.1f} |")
    print(f"| total to the first 200 | {first.first_200 - first.started:.1f} |")
    print(f"second make demo: first 200 after {second.first_200 - second.started:.1f} s")


if __name__ == "__main__":
    main()
