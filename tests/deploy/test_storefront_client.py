"""examples/storefront's typed client: its OpenAPI document and generated types are the service's
current ones, and its routes, run for real against a real pgrec serve, take the visitor from the
storefront's session only and fail closed."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest

from tests.cli import REPO_ROOT, pgrec_env
from tests.deploy.storefront_node import KIT, installed_kit, run
from tests.service.catalog import seed_catalog
from tests.service.real_server import http_text, served
from tests.support.free_port import free_port

DOCUMENT = KIT / "pgrec-openapi.json"
TYPES = KIT / "lib" / "pgrec-api.d.ts"
REGENERATE = "regenerate them: make storefront-api"
HARNESS = Path(__file__).with_name("storefront_routes.cjs")
API_KEY = "storefront-test-key-" + uuid.uuid4().hex
SECRET = "s" * 16 + uuid.uuid4().hex
RECOMMENDATIONS = "app/api/recommendations/route"
TRACK = "app/api/recommendations/track/route"
SIGN_IN = "app/demo/sign-in/route"
SHOP = "http://shop.test"


def exported_document() -> str:
    result = subprocess.run(
        [sys.executable, "-m", "service.http.openapi_export"],
        cwd=REPO_ROOT,
        env=pgrec_env(),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


def test_the_committed_document_is_the_services() -> None:
    assert DOCUMENT.read_text() == exported_document(), (
        f"{DOCUMENT} is not the service's document: {REGENERATE}"
    )


def test_the_committed_types_are_generated_from_the_document(tmp_path: Path) -> None:
    installed_kit()
    # The kit's own generate:api command (one definition of the generator's options), into tmp_path.
    command = json.loads((KIT / "package.json").read_text())["scripts"]["generate:api"].split()
    assert command[0] == "openapi-typescript" and command[-2:] == ["--output", "lib/pgrec-api.d.ts"], command
    fresh = tmp_path / "pgrec-api.d.ts"
    generated = run(["npx", "--no-install", *command[:-1], str(fresh)], timeout=120)
    assert generated.returncode == 0, generated.stderr[-3000:]
    assert TYPES.read_text() == fresh.read_text(), f"{TYPES} is not generated from {DOCUMENT}: {REGENERATE}"


def signed(value: str, secret: str = SECRET) -> str:
    """lib/pgrec-signing.ts's signValue, computed independently: `<value>.<base64url HMAC-SHA-256>`."""
    digest = hmac.new(secret.encode(), value.encode(), hashlib.sha256).digest()
    return f"{value}.{base64.urlsafe_b64encode(digest).rstrip(b'=').decode()}"


@pytest.fixture(scope="module")
def pgrec(database_url: str, redis_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real `pgrec serve` with an API key, on the module's database with the hand-made catalog."""
    with psycopg.connect(database_url, autocommit=True) as conn:
        from pgvector.psycopg import register_vector

        register_vector(conn)
        seed_catalog(conn)
    with served(
        database_url, redis_url, tmp_path_factory.mktemp("pgrec"), "--single-process", PGREC_API_KEY=API_KEY
    ) as base:
        yield base


def test_the_document_is_what_pgrec_serve_answers(pgrec: str) -> None:
    served = json.loads(http_text(f"{pgrec}/docs/openapi.json"))
    assert served == json.loads(DOCUMENT.read_text())


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The kit's server code (lib, app/api, app/demo) compiled by tsc to CommonJS, as Node runs it."""
    installed_kit()
    directory = tmp_path_factory.mktemp("storefront")
    out = directory / "out"
    config = {
        "extends": str(KIT / "tsconfig.json"),
        "compilerOptions": {
            "noEmit": False,
            "module": "node16",
            "moduleResolution": "node16",
            "outDir": str(out),
            "rootDir": str(KIT),
            "baseUrl": str(KIT),
            "plugins": [],
        },
        "include": [
            str(KIT / "lib" / "*.ts"),
            str(KIT / "app" / "api" / "**" / "*.ts"),
            str(KIT / "app" / "demo" / "**" / "*.ts"),
        ],
    }
    (directory / "tsconfig.json").write_text(json.dumps(config))
    # Type errors are test_typescript_type_checks' to report; the output is written regardless.
    run(["npx", "--no-install", "tsc", "-p", str(directory / "tsconfig.json")], timeout=300)
    for route in (RECOMMENDATIONS, TRACK, SIGN_IN):
        assert (out / f"{route}.js").is_file(), f"tsc wrote no {route}.js"
    return out


def call_routes(out: Path, steps: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each step through the kit's handler (storefront_routes.cjs), in one Node.js process."""
    env = {**os.environ, "NODE_PATH": str(KIT / "node_modules")}
    result = run(["node", str(HARNESS), str(out)], timeout=120, input=json.dumps(steps), env=env)
    assert result.returncode == 0, result.stderr[-3000:]
    answers: list[dict[str, Any]] = json.loads(result.stdout)
    return answers


def configured(pgrec: str, **changes: str | None) -> dict[str, str]:
    env = {"PGREC_URL": pgrec, "PGREC_API_KEY": API_KEY, "PGREC_SESSION_SECRET": SECRET, **changes}
    return {name: value for name, value in env.items() if value is not None}


def step(env: dict[str, str], route: str, method: str, url: str, **extra: Any) -> dict[str, Any]:
    return {"env": env, "route": route, "method": method, "url": f"{SHOP}{url}", **extra}


def track_body(product_id: str, **fields: Any) -> str:
    return json.dumps({"product_id": product_id, "interaction_type": "view", **fields})


def events_of(conn: psycopg.Connection, product_id: str) -> list[tuple[Any, ...]]:
    return conn.execute(
        "select user_id, session_id, context->>'source' from rec_events where product_id = %s order by id",
        (product_id,),
    ).fetchall()


def test_without_key_or_secret_the_routes_answer_500_and_send_nothing(
    pgrec: str, compiled: Path, conn: psycopg.Connection
) -> None:
    broken = {
        "PGREC_API_KEY": configured(pgrec, PGREC_API_KEY=None),
        "PGREC_SESSION_SECRET": configured(pgrec, PGREC_SESSION_SECRET=None),
        "PGREC_SESSION_SECRET too short": configured(pgrec, PGREC_SESSION_SECRET="x" * 31),
    }
    for problem, env in broken.items():
        answers = call_routes(
            compiled,
            [
                step(env, RECOMMENDATIONS, "GET", "/api/recommendations?limit=3"),
                step(env, TRACK, "POST", "/api/recommendations/track", body=track_body("mugs-1")),
            ],
        )
        for answer in answers:
            assert answer["status"] == 500, (problem, answer)
            assert answer["body"]["error"]["code"] == "not_configured", (problem, answer)
            assert problem.split()[0] in answer["body"]["error"]["message"], (problem, answer)
            assert answer["cookies"] == {}, problem
    assert events_of(conn, "mugs-1") == []


def test_a_browser_naming_the_visitor_is_refused(
    pgrec: str, compiled: Path, conn: psycopg.Connection
) -> None:
    env = configured(pgrec)
    cookies = {"pgrec_sid": signed("session-refused-1")}
    answers = call_routes(
        compiled,
        [
            step(env, RECOMMENDATIONS, "GET", "/api/recommendations?user_id=17850", cookies=cookies),
            step(
                env, RECOMMENDATIONS, "GET", "/api/recommendations?limit=3&session_id=s-42", cookies=cookies
            ),
            step(
                env, TRACK, "POST", "/api/recommendations/track", body=track_body("mugs-2", user_id="17850")
            ),
            step(
                env, TRACK, "POST", "/api/recommendations/track", body=track_body("mugs-2", session_id="s-42")
            ),
        ],
    )
    fields = [answer["body"]["error"]["field"] for answer in answers]
    assert [answer["status"] for answer in answers] == [400] * 4, answers
    assert fields == ["user_id", "session_id", "user_id", "session_id"]
    assert events_of(conn, "mugs-2") == []


def test_the_visitor_comes_from_the_signed_session(
    pgrec: str, compiled: Path, conn: psycopg.Connection
) -> None:
    env = configured(pgrec)
    forged_customer = signed("cus_victim", secret="another secret of at least 32 characters")
    first, anonymous, customer, forged, unsigned_session, listing = call_routes(
        compiled,
        [
            # A new visitor gets a signed session cookie with its first answer.
            step(env, RECOMMENDATIONS, "GET", "/api/recommendations?limit=3"),
            step(
                env,
                TRACK,
                "POST",
                "/api/recommendations/track",
                body=track_body("mugs-3", context={"position": 1}),
                cookies={"pgrec_sid": signed("session-anonymous-1")},
            ),
            step(
                env,
                TRACK,
                "POST",
                "/api/recommendations/track",
                body=track_body("mugs-3"),
                cookies={"pgrec_sid": signed("session-customer-1"), "pgrec_customer": signed("cus_01")},
            ),
            step(
                env,
                TRACK,
                "POST",
                "/api/recommendations/track",
                body=track_body("mugs-3"),
                cookies={"pgrec_sid": signed("session-forged-1"), "pgrec_customer": forged_customer},
            ),
            step(
                env,
                RECOMMENDATIONS,
                "GET",
                "/api/recommendations?limit=3",
                cookies={"pgrec_sid": "session-chosen-by-the-browser"},
            ),
            step(
                env,
                RECOMMENDATIONS,
                "GET",
                "/api/recommendations?limit=2&category=mugs",
                cookies={"pgrec_sid": signed("session-customer-1"), "pgrec_customer": signed("cus_01")},
            ),
        ],
    )
    assert first["status"] == 200, first
    assert set(first["body"]) >= {"recommendations", "algorithm", "request_id"}
    session_id, _, _ = first["cookies"]["pgrec_sid"].rpartition(".")
    assert first["cookies"]["pgrec_sid"] == signed(session_id) and uuid.UUID(session_id)
    assert [anonymous["status"], customer["status"], forged["status"]] == [202, 202, 202], (
        anonymous,
        customer,
        forged,
    )
    assert anonymous["cookies"] == customer["cookies"] == forged["cookies"] == {}  # valid sessions kept
    assert events_of(conn, "mugs-3") == [
        ("anonymous:session-anonymous-1", "session-anonymous-1", "storefront"),
        ("cus_01", "session-customer-1", "storefront"),
        # Signed with another secret: not a customer, the visitor stays anonymous.
        ("anonymous:session-forged-1", "session-forged-1", "storefront"),
    ]
    # An unsigned session cookie is replaced by a new signed one.
    assert unsigned_session["status"] == 200
    replaced, _, _ = unsigned_session["cookies"]["pgrec_sid"].rpartition(".")
    assert replaced != "session-chosen-by-the-browser" and uuid.UUID(replaced)
    assert listing["status"] == 200 and len(listing["body"]["recommendations"]) <= 2, listing
    assert all(item["id"].startswith("mugs-") for item in listing["body"]["recommendations"]), listing


def test_pgrec_answers_are_relayed_with_the_key_sent(pgrec: str, compiled: Path) -> None:
    wrong_key, bad_limit, not_a_string, unreachable = call_routes(
        compiled,
        [
            step(
                configured(pgrec, PGREC_API_KEY="not-the-key"),
                TRACK,
                "POST",
                "/api/recommendations/track",
                body=track_body("mugs-4"),
            ),
            step(configured(pgrec), RECOMMENDATIONS, "GET", "/api/recommendations?limit=1000"),
            step(configured(pgrec), TRACK, "POST", "/api/recommendations/track", body='{"product_id": 1}'),
            step(
                configured(f"http://127.0.0.1:{free_port()}"), RECOMMENDATIONS, "GET", "/api/recommendations"
            ),
        ],
    )
    assert wrong_key["status"] == 401 and wrong_key["body"]["error"]["code"] == "unauthorized", wrong_key
    assert bad_limit["status"] == 400 and bad_limit["body"]["error"]["field"] == "limit", bad_limit
    assert not_a_string["status"] == 400 and not_a_string["body"]["error"]["field"] == "product_id", (
        not_a_string
    )
    assert unreachable["status"] == 502, unreachable
    assert unreachable["body"]["error"]["code"] == "upstream_unavailable"


def test_the_demo_sign_in_is_off_unless_asked_for_under_next_dev(pgrec: str, compiled: Path) -> None:
    on = {"NODE_ENV": "development", "PGREC_DEMO_SIGN_IN": "1"}
    default, production, signed_in, signed_out = call_routes(
        compiled,
        [
            step(configured(pgrec), SIGN_IN, "GET", "/demo/sign-in?customer_id=cus_01"),
            step(
                {**configured(pgrec), **on, "NODE_ENV": "production"},
                SIGN_IN,
                "GET",
                "/demo/sign-in?customer_id=cus_01",
            ),
            step({**configured(pgrec), **on}, SIGN_IN, "GET", "/demo/sign-in?customer_id=cus_01"),
            step({**configured(pgrec), **on}, SIGN_IN, "GET", "/demo/sign-in"),
        ],
    )
    assert default["status"] == production["status"] == 404, (default, production)
    assert default["cookies"] == production["cookies"] == {}
    assert signed_in["status"] in (302, 307) and signed_in["location"] == f"{SHOP}/", signed_in
    assert signed_in["cookies"] == {"pgrec_customer": signed("cus_01")}
    assert signed_out["cookies"] == {"pgrec_customer": ""}
