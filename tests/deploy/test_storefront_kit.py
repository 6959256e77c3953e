"""examples/storefront: the Next.js kit type-checks, and the API key stays on the server."""

from __future__ import annotations

import json
import re
import subprocess

from tests.cli import REPO_ROOT
from tests.deploy.storefront_node import KIT, installed_kit, run

REQUIRED = [
    "app/api/recommendations/route.ts",
    "app/api/recommendations/track/route.ts",
    "components/tracking/tracking-wrapper.tsx",
    "components/recommendations/personalized.tsx",
    "lib/pgrec.ts",
    "lib/pgrec-api.d.ts",
    "lib/pgrec-identity.ts",
    "lib/pgrec-server.ts",
    "lib/pgrec-signing.ts",
    "pgrec-openapi.json",
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
    # The key and the session secret are read in exactly one place, the server-side configuration.
    for variable in ("PGREC_API_KEY", "PGREC_SESSION_SECRET"):
        readers = [name for name in sources() if f"env.{variable}" in (KIT / name).read_text()]
        assert readers == ["lib/pgrec-server.ts"], variable
    # Browser code calls the storefront's own routes, not the service.
    for name in [*clients, "lib/pgrec.ts"]:
        assert not re.search(r"https?://", (KIT / name).read_text()), name


def code(relative: str) -> str:
    """The file without its comments."""
    text = re.sub(r"/\*.*?\*/", "", (KIT / relative).read_text(), flags=re.DOTALL)
    return re.sub(r"(?m)^\s*//.*$", "", text)


ROUTES = ["app/api/recommendations/route.ts", "app/api/recommendations/track/route.ts"]


def test_routes_call_the_service_through_the_typed_client() -> None:
    listing, track = (code(route) for route in ROUTES)
    assert "export async function GET" in listing and 'client.GET("/recommendations"' in listing
    assert "export async function POST" in track and 'client.POST("/track"' in track
    server = code("lib/pgrec-server.ts")
    assert 'DEFAULT_PGREC_URL = "http://recommendation:8001"' in server
    assert "createClient<paths>(" in server and 'from "@/lib/pgrec-api"' in server
    assert "fetch(" not in server.replace("openapi-fetch", ""), "calls to pgrec go through the typed client"


def test_routes_take_the_visitor_from_the_session_only() -> None:
    """The routes never read user_id or session_id from the request: both come from resolveVisitor
    (the store's session hook and the signed cookie), and a request naming them is refused."""
    assert re.search(
        r'BROWSER_IDENTITY_FIELDS = \["user_id", "session_id"\] as const', code("lib/pgrec-server.ts")
    )
    allowed = re.compile(r"(\.|\b)user_id(: | = )visitor\.customerId\b|\bsession_id: visitor\.sessionId\b")
    for route in ROUTES:
        text = code(route)
        # Fails closed first, then refuses a named visitor, then resolves the visitor from the session.
        order = [
            text.find(call)
            for call in ("notConfigured(", "refuseBrowserIdentity(", "resolveVisitor(", "relay(")
        ]
        assert -1 not in order and order == sorted(order), (route, order)
        left = allowed.sub("", text)
        assert not re.search(r"user_id|session_id|userId", left), f"{route} handles a visitor id itself"
    # Browser code never sends a visitor id.
    for name in [n for n in sources() if is_client(n)] + ["lib/pgrec.ts"]:
        assert not re.search(r"user_id|session_id|userId", code(name)), name


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


def test_typescript_type_checks() -> None:
    installed_kit()
    tsc = run(["npx", "--no-install", "tsc", "--noEmit", "-p", "tsconfig.json"], timeout=300)
    assert tsc.returncode == 0, f"tsc --noEmit:\n{tsc.stdout[-4000:]}{tsc.stderr[-2000:]}"
