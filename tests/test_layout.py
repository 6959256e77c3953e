"""Imports point one way: cli -> http, ingest, evaluation -> local, embeddings -> core (README, Layout).

Every module under service/ and embeddings/ is parsed (not imported) and every import in it is
checked, lazy ones inside functions and `if TYPE_CHECKING:` blocks included, as are
`importlib.import_module("...")` / `__import__("...")` calls with a literal name.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

from tests.cli import REPO_ROOT

PACKAGES = ("service", "embeddings")

# Each part of the code and the parts it may import (itself included). `service` alone is the
# package's __init__: it holds a docstring and must stay empty of imports.
ALLOWED: dict[str, frozenset[str]] = {
    "service": frozenset(),
    "service.core": frozenset({"service.core"}),
    "service.local": frozenset({"service.core", "service.local"}),
    "embeddings": frozenset({"service.core", "embeddings"}),
    "service.ingest": frozenset({"service.core", "service.ingest"}),
    "service.models": frozenset({"service.core", "service.models"}),
    "service.evaluation": frozenset(
        {
            "service.core",
            "service.local",
            "service.ingest",
            "service.models",
            "embeddings",
            "service.evaluation",
        }
    ),
    "service.http": frozenset(
        {"service.core", "service.local", "service.models", "embeddings", "service.http"}
    ),
    "service.cli": frozenset(
        {
            "service.core",
            "service.local",
            "service.ingest",
            "service.models",
            "service.evaluation",
            "service.http",
            "embeddings",
            "service.cli",
        }
    ),
}
# Never imported by the shipped packages (the image does not even contain them).
FORBIDDEN_ROOTS = ("tests", "benchmarks")


@dataclass(frozen=True)
class Violation:
    path: str
    line: int
    statement: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: `{self.statement}`: {self.reason}"


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def part_of(module: str) -> str | None:
    """The entry of ALLOWED that `module` belongs to (the longest matching prefix), or None.

    `service` itself matches only its __init__: a loose module beside the subpackages has no part."""
    best = None
    for part in ALLOWED:
        inside = module.startswith(part + ".") and part != "service"
        if (module == part or inside) and (best is None or len(part) > len(best)):
            best = part
    return best


def imported_modules(node: ast.AST, module: str, is_package: bool) -> list[str]:
    """Dotted names an import node brings in; `from a import b` yields `a.b` (b may be a module)."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if isinstance(node, ast.ImportFrom):
        base = node.module or ""
        if node.level:
            package = module.split(".") if is_package else module.split(".")[:-1]
            anchor = package[: len(package) - (node.level - 1)]
            base = ".".join([*anchor, *([base] if base else [])])
        return [f"{base}.{alias.name}" if alias.name != "*" else base for alias in node.names]
    if isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
        if name in ("import_module", "__import__") and isinstance(node.args[0].value, str):
            return [node.args[0].value]
    return []


def violations(root: Path) -> list[Violation]:
    found: list[Violation] = []
    for package in PACKAGES:
        for path in sorted((root / package).rglob("*.py")):
            module = module_name(path, root)
            rel = path.relative_to(root).as_posix()
            own = part_of(module)
            if own is None:
                found.append(Violation(rel, 1, module, "module belongs to no package of the layout"))
                continue
            source = path.read_text()
            tree = ast.parse(source, filename=rel)
            for node in ast.walk(tree):
                for target in imported_modules(node, module, path.name == "__init__.py"):
                    top = target.split(".")[0]
                    statement = ast.get_source_segment(source, node) or ast.unparse(node)
                    statement = " ".join(statement.split())
                    if top in FORBIDDEN_ROOTS:
                        reason = f"{own} must not import {top}/"
                    elif top in PACKAGES:
                        other = part_of(target)
                        if other in ALLOWED[own]:
                            continue
                        allowed = ", ".join(sorted(ALLOWED[own])) or "nothing from service or embeddings"
                        reason = f"{own} imports {other or target}; it may import only {allowed}"
                    else:
                        continue
                    found.append(Violation(rel, getattr(node, "lineno", 1), statement, reason))
    return found


def test_imports_point_downward_only() -> None:
    found = violations(REPO_ROOT)
    assert not found, "imports against the layout's direction (README, Layout):\n" + "\n".join(
        str(v) for v in found
    )


def test_every_part_of_the_layout_exists() -> None:
    for part in ALLOWED:
        directory = REPO_ROOT / part.replace(".", "/")
        assert (directory / "__init__.py").is_file(), f"{part}: no package at {directory}"


def plant(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)


def test_the_check_catches_lazy_relative_and_dynamic_imports(tmp_path: Path) -> None:
    plant(
        tmp_path,
        {
            "service/__init__.py": "",
            "service/core/__init__.py": "",
            "service/core/config.py": "from service.core.errors import PgrecError\n",
            "service/core/bad.py": "def f():\n    from service.http.factory import create_app\n",
            "service/local/__init__.py": "",
            "service/local/sources.py": "from ..ingest import sinks\n",
            "service/ingest/__init__.py": "",
            "service/ingest/sinks.py": "import importlib\nimportlib.import_module('service.cli.main')\n",
            "service/http/__init__.py": "",
            "service/http/factory.py": "from service.local import sources\nfrom embeddings import model\n",
            "service/loose.py": "",
            "embeddings/__init__.py": "",
            "embeddings/model.py": "from service import http\nimport tests.cli\n",
        },
    )
    found = {(v.path, v.line): v for v in violations(tmp_path)}
    assert set(found) == {
        ("service/core/bad.py", 2),
        ("service/local/sources.py", 1),
        ("service/ingest/sinks.py", 2),
        ("service/loose.py", 1),
        ("embeddings/model.py", 1),
        ("embeddings/model.py", 2),
    }, "\n".join(str(v) for v in found.values())
    bad = found[("service/core/bad.py", 2)]
    assert bad.statement == "from service.http.factory import create_app"
    assert "service.core imports service.http" in bad.reason
    assert "service.local imports service.ingest" in found[("service/local/sources.py", 1)].reason
    assert "must not import tests/" in found[("embeddings/model.py", 2)].reason
