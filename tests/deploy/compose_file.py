"""Reading docker-compose.yml, .env.example and the Dockerfile the way Docker Compose would."""

from __future__ import annotations

import re
import shlex
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from tests.cli import REPO_ROOT

COMPOSE_FILE = REPO_ROOT / "docker-compose.yml"
ENV_EXAMPLE = REPO_ROOT / ".env.example"
DOCKERFILE = REPO_ROOT / "Dockerfile"
DOCKERIGNORE = REPO_ROOT / ".dockerignore"

# `${NAME...}` references (the name only); `$$` is an escaped dollar.
_REFERENCE = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)")


class MissingVariable(ValueError):
    """A `${VAR:?message}` whose variable is unset or empty."""


def load_compose() -> dict[str, Any]:
    data = yaml.safe_load(COMPOSE_FILE.read_text())
    assert isinstance(data, dict)
    return data


def read_env_file(path: Path = ENV_EXAMPLE) -> dict[str, str]:
    """KEY=VALUE lines of a compose .env file (comments and blank lines skipped)."""
    values: dict[str, str] = {}
    for line in path.read_text().splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        key, sep, value = stripped.partition("=")
        assert sep, f"{path.name}: not KEY=VALUE: {line!r}"
        values[key.strip()] = value.strip()
    return values


def referenced_variables(text: str) -> set[str]:
    return set(_REFERENCE.findall(text.replace("$$", "")))


def interpolate(text: str, env: Mapping[str, str]) -> str:
    """Compose interpolation: ${VAR}, ${VAR:-default}, ${VAR-default}, ${VAR:?err}, ${VAR?err},
    defaults may nest further references, `$$` is a literal `$`."""
    out, _ = _interpolate(text, 0, env, stop_at_brace=False)
    return out


def _interpolate(text: str, i: int, env: Mapping[str, str], stop_at_brace: bool) -> tuple[str, int]:
    out: list[str] = []
    while i < len(text):
        char = text[i]
        if stop_at_brace and char == "}":
            return "".join(out), i
        if text.startswith("$$", i):
            out.append("$")
            i += 2
        elif text.startswith("${", i):
            value, i = _reference(text, i + 2, env)
            out.append(value)
        else:
            out.append(char)
            i += 1
    if stop_at_brace:
        raise ValueError(f"unclosed ${{ in {text!r}")
    return "".join(out), i


def _reference(text: str, i: int, env: Mapping[str, str]) -> tuple[str, int]:
    match = re.compile(r"[A-Za-z_][A-Za-z0-9_]*").match(text, i)
    if match is None:
        raise ValueError(f"bad reference at {i} in {text!r}")
    name, i = match.group(0), match.end()
    operator = next((op for op in (":-", ":?", "-", "?") if text.startswith(op, i)), "")
    argument, i = _interpolate(text, i + len(operator), env, stop_at_brace=True)
    i += 1  # the closing brace
    value = env.get(name)
    unset_or_empty = value is None or (value == "" and operator.startswith(":"))
    if operator in (":-", "-"):
        return (argument if unset_or_empty else value or ""), i
    if operator in (":?", "?"):
        if unset_or_empty:
            raise MissingVariable(f"{name}: {argument}")
        return value or "", i
    return value or "", i


def resolve(node: Any, env: Mapping[str, str]) -> Any:
    """The compose document with every string interpolated."""
    if isinstance(node, str):
        return interpolate(node, env)
    if isinstance(node, list):
        return [resolve(item, env) for item in node]
    if isinstance(node, dict):
        return {key: resolve(value, env) for key, value in node.items()}
    return node


def shell_steps(command: list[str]) -> list[list[str]]:
    """`["sh", "-c", "a x && exec b y"]` -> [["a", "x"], ["b", "y"]]; a plain argv -> [argv]."""
    if command[:2] != ["sh", "-c"]:
        return [command]
    steps = []
    for part in command[2].split("&&"):
        argv = shlex.split(part)
        steps.append(argv[1:] if argv and argv[0] == "exec" else argv)
    return steps


def dockerfile_instructions() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) pairs, continuation lines joined, comments dropped."""
    instructions: list[tuple[str, str]] = []
    pending = ""
    for line in DOCKERFILE.read_text().splitlines():
        if not pending and (not line.strip() or line.lstrip().startswith("#")):
            continue
        if line.rstrip().endswith("\\"):
            pending += line.rstrip()[:-1] + "\n"
            continue
        full = pending + line
        pending = ""
        keyword, _, rest = full.strip().partition(" ")
        instructions.append((keyword.upper(), rest.strip()))
    return instructions
