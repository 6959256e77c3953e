"""Running `pgrec` as a subprocess, as a user would, with a controlled environment."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent


def pgrec_env(**overrides: str) -> dict[str, str]:
    """The current environment without any PGREC_* setting, plus `overrides`."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("PGREC_")}
    env.update(overrides)
    return env


def run_pgrec(
    *args: str, env: dict[str, str], timeout: float = 300, **kwargs: object
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "service.cli.main", *args],
        env=env,
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        **kwargs,  # type: ignore[arg-type]
    )
