"""The directory the workers of one `pgrec serve` share their metrics in (prometheus_client's multiprocess
mode). Kept apart from metrics.py: this must run before prometheus_client is imported, which reads
PROMETHEUS_MULTIPROC_DIR once, at import."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"
_PREFIX = "pgrec-metrics-"


def multiprocess_dir() -> Path:
    """The directory the workers of one `pgrec serve` share their values in: PROMETHEUS_MULTIPROC_DIR
    when set (emptied of an earlier run's files, as prometheus_client requires), else a new temporary
    directory. Call before prometheus_client is imported by anything that records (it reads the variable
    at import), that is before the workers start."""
    given = os.environ.get(MULTIPROC_ENV)
    if given:
        path = Path(given)
        path.mkdir(parents=True, exist_ok=True)
        for stale in path.glob("*.db"):
            stale.unlink()
        return path
    path = Path(tempfile.mkdtemp(prefix=_PREFIX))
    os.environ[MULTIPROC_ENV] = str(path)
    return path


def remove_multiprocess_dir(path: Path) -> None:
    """Drop a directory multiprocess_dir() created (not one the user named)."""
    if str(path).startswith(tempfile.gettempdir()) and path.name.startswith(_PREFIX):
        shutil.rmtree(path, ignore_errors=True)
