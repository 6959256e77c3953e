"""examples/storefront: the Next.js kit type-checks, and the API key stays on the server."""

from __future__ import annotations

import json
import re
import shutil
import subprocess

import pytest

from tests.cli import REPO_ROOT

KIT = REPO_ROOT / "examples" / "storefront"
REQUIRED = [
    "app/api/recommendations/route.ts",
    "app/api/recommendations/track/route.ts",
    "components/tracking/tracking-wrapper.tsx",
    "components/recommendations/personalized.tsx",
    "lib/pgrec.ts",
    "lib/pgrec-server.ts",
    "package.json",
    "package-lock.json",
    "tsconfig.json",
    "README.md",
]


def sources() -> list[str]:
    return sorted(
        str(path.relative_to(KIT))
        for pattern in ("**/*.ts", "**/*.tsx")
        for path in KIT.glob(pattern)
        if "node_modules" not in path.parts and ".next" not in path.parts and path.name != "next-env.d.ts"
    )


def is_client(relative: str) -> bool:
    return (KIT / relative).read_text().lstrip().startswith('"use client"')


def test_the_kit_has_its_files() -> None:
    missing = [name for name in REQUIRED if not (KIT / name).is_file()]
    assert not missing


def test_the_api_key_never_reaches_browser_code() -> None:
    clients = [name for name in sources() if is_client(name)]
    assert set(clients) >= {
        "components/tracking/tracking-wrapper.tsx",
        "components/recommendations/personalized.tsx",
    }
    for name in clients:
        text = (KIT / name).read_text()
        assert "pgrec-server" not in text, f"{name} imports the server-only module"
        assert "PGREC_API_KEY" not in text and "NEXT_PUBLIC_" not in text, name
    # The key is read in exactly one place, the server-side forwarder.
    readers = [name for name in sources() if "PGREC_API_KEY" in (KIT / name).read_text()]
    assert readers == ["lib/pgrec-server.ts"]
    # Browser code calls the storefront's own routes, not the service.
    for name in [*clients, "lib/pgrec.ts"]:
        assert not re.search(r"https?://", (KIT / name).read_text()), name


def test_routes_forward_to_the_service_endpoints() -> None:
    listing = (KIT / "app/api/recommendations/route.ts").read_text()
    track = (KIT / "app/api/recommendations/track/route.ts").read_text()
    assert "export async function GET" in listing and 'forwardToPgrec("/recommendations"' in listing
    assert "export async function POST" in track and 'forwardToPgrec("/track"' in track
    assert 'DEFAULT_PGREC_URL = "http://recommendation:8001"' in (KIT / "lib/pgrec-server.ts").read_text()


def test_exact_versions_and_ignored_node_modules() -> None:
    package = json.loads((KIT / "package.json").read_text())
    for section in ("dependencies", "devDependencies"):
        for name, version in package[section].items():
            assert re.fullmatch(r"\d+\.\d+\.\d+", version), f"{name} {version} is not an exact version"
    assert {"next", "react", "react-dom"} <= set(package["dependencies"])
    assert {"typescript", "@types/react", "@types/node"} <= set(package["devDependencies"])
    ignored = subprocess.run(
        ["git", "check-ignore", "-q", "examples/storefront/node_modules/x"], cwd=REPO_ROOT, check=False
    )
    assert ignored.returncode == 0


def run(command: list[str], timeout: float) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=KIT, capture_output=True, text=True, timeout=timeout, check=False)


def test_typescript_type_checks() -> None:
    missing = [tool for tool in ("node", "npm") if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"{' and '.join(missing)} not on PATH: examples/storefront cannot be type-checked here")
    installed = KIT / "node_modules" / ".package-lock.json"
    lock = KIT / "package-lock.json"
    if not installed.is_file() or installed.stat().st_mtime < lock.stat().st_mtime:
        # Optional packages (Next's native compiler, sharp) are not needed to type-check.
        ci = run(["npm", "ci", "--no-audit", "--no-fund", "--omit=optional", "--loglevel=error"], timeout=600)
        assert ci.returncode == 0, f"npm ci failed:\n{ci.stderr[-3000:]}"
    tsc = run(["npx", "--no-install", "tsc", "--noEmit", "-p", "tsconfig.json"], timeout=300)
    assert tsc.returncode == 0, f"tsc --noEmit:\n{tsc.stdout[-4000:]}{tsc.stderr[-2000:]}"
