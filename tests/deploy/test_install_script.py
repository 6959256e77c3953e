"""scripts/install.sh (what `make demo` / `make test` run first): CPU torch from the PyTorch CPU
wheel index named in scripts/torch.env, pip's configured index only when that one cannot be
reached, then the project under constraints.txt, which keeps that torch."""

from __future__ import annotations

import tomllib
from pathlib import Path
from urllib.parse import urlsplit

from packaging.requirements import Requirement
from packaging.version import Version

from tests.cli import REPO_ROOT
from tests.deploy.torch_install import PipInstall, install_script_pip_installs, read_torch_env


def torch_and_project_installs(installs: list[PipInstall]) -> tuple[PipInstall, PipInstall]:
    """(the torch install, the project install), checking they are the script's only installs
    besides upgrading pip itself, in that order."""
    upgrade_pip, torch_install, project_install = installs
    assert upgrade_pip.requirements == ("pip",) and upgrade_pip.upgrade
    return torch_install, project_install


def test_torch_from_the_cpu_index_then_the_project(tmp_path: Path) -> None:
    torch_env = read_torch_env()
    installs, result = install_script_pip_installs(tmp_path)
    torch_install, project_install = torch_and_project_installs(installs)
    assert torch_install.requirements == (f"torch=={torch_env['TORCH_VERSION']}",)
    assert torch_install.index_url == torch_env["TORCH_INDEX_URL"]
    assert torch_install.constraints == ("constraints.txt",)
    assert project_install.editables == (".[test,dev,eval]",)
    assert project_install.constraints == ("constraints.txt",)
    assert project_install.index_url is None
    assert torch_env["TORCH_INDEX_URL"] in result.stderr  # says which path it took


def test_falls_back_to_the_configured_index_only_when_the_cpu_index_is_unreachable(tmp_path: Path) -> None:
    torch_env = read_torch_env()
    reason = "<urlopen error [Errno -2] Name or service not known>"
    installs, result = install_script_pip_installs(tmp_path, probe_error=reason)
    torch_install, project_install = torch_and_project_installs(installs)
    assert torch_install.requirements == (f"torch=={torch_env['TORCH_VERSION']}",)
    assert torch_install.index_url is None
    assert project_install.editables == (".[test,dev,eval]",)
    # says which index it could not reach and why
    assert torch_env["TORCH_INDEX_URL"] in result.stderr
    assert reason in result.stderr


def test_torch_env_names_the_cpu_build_and_the_pins_keep_it() -> None:
    """The CPU index's wheels carry the local version `+cpu` (2.13.0+cpu): the `==` pins in
    constraints.txt and pyproject.toml must accept it, or the project install would swap it for
    PyPI's CUDA build."""
    torch_env = read_torch_env()
    assert set(torch_env) == {"TORCH_VERSION", "TORCH_INDEX_URL"}
    index = urlsplit(torch_env["TORCH_INDEX_URL"])
    assert (index.scheme, index.netloc) == ("https", "download.pytorch.org")
    assert index.path.rstrip("/") == "/whl/cpu"  # the CPU build's index, not /whl/cu130 etc.
    cpu_build = Version(f"{torch_env['TORCH_VERSION']}+cpu")
    assert cpu_build.public == torch_env["TORCH_VERSION"]
    constraints = [
        Requirement(line.split("#")[0])
        for line in (REPO_ROOT / "constraints.txt").read_text().splitlines()
        if line.split("#")[0].strip()
    ]
    pyproject = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text())
    dependencies = [Requirement(dep) for dep in pyproject["project"]["dependencies"]]
    for source, requirements in (("constraints.txt", constraints), ("pyproject.toml", dependencies)):
        (torch,) = [req for req in requirements if req.name == "torch"]
        assert torch.specifier.contains(cpu_build), f"{source}: {torch} refuses the CPU build {cpu_build}"
        assert str(torch.specifier) == f"=={torch_env['TORCH_VERSION']}", f"{source}: {torch}"


def test_a_second_run_installs_nothing_until_torch_env_changes(tmp_path: Path) -> None:
    installs, _ = install_script_pip_installs(tmp_path)
    assert installs
    pgrec = tmp_path / ".venv" / "bin" / "pgrec"  # what the real project install leaves
    pgrec.write_text("#!/bin/sh\n")
    pgrec.chmod(0o755)
    (tmp_path / "pip-calls.jsonl").unlink()
    installs, _ = install_script_pip_installs(tmp_path, copy_files=False)
    assert installs == []
    with (tmp_path / "scripts" / "torch.env").open("a") as torch_env:
        torch_env.write("# changed\n")
    installs, _ = install_script_pip_installs(tmp_path, copy_files=False)
    assert len(installs) == 3
