"""How scripts/install.sh and the Dockerfile install torch: found by running them with `pip` (and
`python`) replaced by stubs that record each pip call, in a scratch copy of the files they read."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from tests.cli import REPO_ROOT
from tests.deploy.compose_file import dockerfile_instructions

TORCH_ENV = REPO_ROOT / "scripts" / "torch.env"
INSTALL_SCRIPT = REPO_ROOT / "scripts" / "install.sh"

# The stub interpreter: `python -m pip ARGS` and `pip ARGS` append ARGS as one JSON line to
# $PIP_LOG; any other call (the install script's reachability probe of the torch index) prints
# $PROBE_ERROR and fails when that is set, else succeeds silently.
_STUB = f"""#!/bin/sh
if [ "$(basename "$0")" = pip ]; then set -- -m pip "$@"; fi
if [ "$1" = -m ] && [ "$2" = pip ]; then
    shift 2
    exec {sys.executable} -c 'import json, os, sys
with open(os.environ["PIP_LOG"], "a") as log:
    log.write(json.dumps(sys.argv[1:]) + "\\n")' "$@"
fi
if [ -n "${{PROBE_ERROR:-}}" ]; then echo "$PROBE_ERROR"; exit 1; fi
"""


@dataclass(frozen=True)
class PipInstall:
    """One `pip install` call: what it asks for and where from."""

    requirements: tuple[str, ...]
    index_url: str | None
    constraints: tuple[str, ...]
    editables: tuple[str, ...]
    upgrade: bool


_OPTIONS_WITH_VALUE = {"-c", "--constraint", "-i", "--index-url", "-e", "--editable", "-r", "--requirement"}
_OPTIONS_WITH_VALUE |= {"--extra-index-url", "-f", "--find-links", "--timeout", "--retries"}


def parse_pip_install(argv: list[str]) -> PipInstall | None:
    """`pip [general options] install ...` -> PipInstall; other pip commands -> None."""
    if "install" not in argv:
        return None
    args = argv[argv.index("install") + 1 :]
    values: dict[str, list[str]] = {}
    requirements: list[str] = []
    upgrade = False
    i = 0
    while i < len(args):
        arg = args[i]
        name, has_value, value = arg.partition("=")
        if arg.startswith("-") and name in _OPTIONS_WITH_VALUE:
            if not has_value:
                value = args[i + 1]
                i += 1
            values.setdefault(name, []).append(value)
        elif arg in ("-U", "--upgrade"):
            upgrade = True
        elif not arg.startswith("-"):
            requirements.append(arg)
        i += 1
    index_urls = values.get("-i", []) + values.get("--index-url", [])
    assert len(index_urls) <= 1, argv
    return PipInstall(
        requirements=tuple(requirements),
        index_url=index_urls[0] if index_urls else None,
        constraints=tuple(values.get("-c", []) + values.get("--constraint", [])),
        editables=tuple(values.get("-e", []) + values.get("--editable", [])),
        upgrade=upgrade,
    )


def read_torch_env() -> dict[str, str]:
    """The variables scripts/torch.env sets, as a POSIX shell sourcing it sees them."""
    result = subprocess.run(
        ["sh", "-c", 'set -a; . "$1"; env -0', "sh", str(TORCH_ENV)],
        env={"PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    variables = dict(item.split("=", 1) for item in result.stdout.split("\0") if "=" in item)
    return {key: value for key, value in variables.items() if key.startswith("TORCH_")}


def _stub_bin(directory: Path, *names: str) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    for name in names:
        (directory / name).write_text(_STUB)
        (directory / name).chmod(0o755)


def _pip_installs(log: Path) -> list[PipInstall]:
    calls = [json.loads(line) for line in log.read_text().splitlines()] if log.exists() else []
    return [install for call in calls if (install := parse_pip_install(call)) is not None]


def install_script_pip_installs(
    scratch: Path, probe_error: str | None = None, copy_files: bool = True
) -> tuple[list[PipInstall], subprocess.CompletedProcess[str]]:
    """Run scripts/install.sh in `scratch`, a copy of the files it reads (made unless
    `copy_files` is false: a re-run), with a stub .venv/bin/python; `probe_error` makes the torch
    index unreachable with that reason. Returns its pip installs in order, and the finished
    process (for its stderr)."""
    if copy_files:
        for name in ("scripts/install.sh", "scripts/torch.env", "pyproject.toml", "constraints.txt"):
            (scratch / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(REPO_ROOT / name, scratch / name)
    _stub_bin(scratch / ".venv" / "bin", "python")
    log = scratch / "pip-calls.jsonl"
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "PIP_LOG": str(log)}
    if probe_error is not None:
        env["PROBE_ERROR"] = probe_error
    result = subprocess.run(
        ["bash", "scripts/install.sh"],
        cwd=scratch,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return _pip_installs(log), result


def docker_build_pip_installs(scratch: Path) -> list[PipInstall]:
    """Replay the Dockerfile up to and including its first RUN that installs the project (`-e`):
    WORKDIR is `scratch`, COPY copies from the repository, RUN runs under `sh -c` with stub
    `pip` and `python`. Returns the pip installs in build order."""
    stubs = scratch / ".stub-bin"
    _stub_bin(stubs, "pip", "python")
    log = scratch / "pip-calls.jsonl"
    workdir = scratch / "app"
    workdir.mkdir()
    env = {"PATH": f"{stubs}:/usr/bin:/bin", "PIP_LOG": str(log)}
    for keyword, rest in dockerfile_instructions():
        if keyword == "COPY":
            *sources, destination = rest.split()
            for source in sources:
                target = workdir / destination
                if destination.endswith("/") or len(sources) > 1:
                    target = target / Path(source).name
                target.parent.mkdir(parents=True, exist_ok=True)
                if (REPO_ROOT / source).is_dir():
                    shutil.copytree(REPO_ROOT / source, target)
                else:
                    shutil.copy(REPO_ROOT / source, target)
        elif keyword == "RUN":
            # Docker joins continuation lines (the backslash and newline go), then runs `sh -c`.
            command = rest.replace("\n", " ")
            subprocess.run(["sh", "-c", command], cwd=workdir, env=env, timeout=60, check=True)
            installs = _pip_installs(log)
            if any(install.editables for install in installs):
                return installs
    raise AssertionError("the Dockerfile never installs the project (pip install -e)")
