"""The storefront kit's Node.js side for tests: its directory, commands run in it, and its
node_modules installed from the lock (once, again only when the lock changes)."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from tests.cli import REPO_ROOT

KIT = REPO_ROOT / "examples" / "storefront"


def run(
    command: list[str], timeout: float, *, input: str | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, cwd=KIT, capture_output=True, text=True, timeout=timeout, check=False, input=input, env=env
    )


def installed_kit() -> None:
    """`npm ci` unless node_modules already holds the lock's install; skips when node or npm is missing."""
    missing = [tool for tool in ("node", "npm") if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"{' and '.join(missing)} not on PATH: examples/storefront cannot be built here")
    installed = KIT / "node_modules" / ".package-lock.json"
    lock = KIT / "package-lock.json"
    if not installed.is_file() or installed.stat().st_mtime < lock.stat().st_mtime:
        # Optional packages (Next's native compiler, sharp) are not needed to type-check.
        ci = run(["npm", "ci", "--no-audit", "--no-fund", "--omit=optional", "--loglevel=error"], timeout=600)
        assert ci.returncode == 0, f"npm ci failed:\n{ci.stderr[-3000:]}"
