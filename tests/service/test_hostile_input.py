"""Hostile input on every registered route (walked from the app's router, so a new route is covered
without editing this file): NUL characters, lone surrogates, JSON nested a thousand deep and bodies over
the limit get a 4xx whose JSON body names the field, never a 500; injection-looking strings are plain
ids; nothing already stored is lost."""

from __future__ import annotations

import asyncio
import json
import re
import socket
import uuid
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
from sanic import Sanic

from service.http.factory import MAX_BODY_BYTES
from tests.cli import pgrec_env
from tests.service.conftest import call
from tests.service.real_server import first_health, start, stop
from tests.support.free_port import free_port

INJECTION = "'; drop table rec_user_interactions; --"
# The same hostile text as it arrives in a query string or a path (percent-encoded: %ED%A0%80 is the
# UTF-8 form of the lone surrogate U+D800, which no valid UTF-8 holds) and in a JSON string.
IN_URLS = {"nul": "a%00b", "surrogate": "a%ED%A0%80b"}
IN_JSON = {"nul": "a\x00b", "surrogate": "a\ud800b"}
QUERY_FIELDS = ("user_id", "session_id", "category", "exclude", "q", "product_id")
VALID_PATH_VALUES = {"product_id": "lights-0", "job_id": str(uuid.UUID(int=1))}
_PARAM = re.compile(r"<([A-Za-z_][A-Za-z0-9_]*)(?::[^>]*)?>")
BODY_METHODS = ("POST", "PUT", "PATCH")
DEPTH = 1_000


def nested(depth: int) -> str:
    """A JSON array nested `depth` deep (as text: json.dumps itself gives up before that depth)."""
    return "[" * depth + '"leaf"' + "]" * depth


def hostile_bodies(text: str) -> list[tuple[dict[str, Any] | list[Any], str]]:
    """(body, the field its 4xx must name), the hostile text at several places of a JSON body."""
    return [
        ({"user_id": text, "product_id": "lights-0", "interaction_type": "view"}, "user_id"),
        ({"session_id": text}, "session_id"),
        (
            {"events": [{"user_id": "u", "product_id": "lights-0"}, {"product_id": text}]},
            "events[1].product_id",
        ),
        ({"product_ids": ["lights-0", text]}, "product_ids[1]"),
        ({"products": [{"id": text, "title": "mug"}]}, "products[0].id"),
        ({"category": text, "exclude": ["lights-1"]}, "category"),
        ({"exclude": ["lights-1", text]}, "exclude[1]"),
        ({"q": text}, "q"),
    ]


def routes(app: Sanic) -> Iterator[tuple[str, str, tuple[str, ...]]]:
    """(method, path template, path parameter names) of every registered route."""
    for route in app.router.routes:
        names = tuple(_PARAM.findall(route.path))
        for method in sorted(route.methods - {"HEAD", "OPTIONS"}):
            yield method, "/" + route.path, names


def fill(template: str, **values: str) -> str:
    return _PARAM.sub(lambda m: values.get(m.group(1), VALID_PATH_VALUES.get(m.group(1), "x")), template)


def stored(database_url: str) -> tuple[int, int]:
    with psycopg.connect(database_url) as conn:
        row = conn.execute(
            "select (select count(*) from rec_events), (select count(*) from rec_products)"
        ).fetchone()
    assert row is not None
    return int(row[0]), int(row[1])


def assert_names(status: int, body: Any, field: str, what: str) -> None:
    assert 400 <= status < 500, f"{what}: {status} {body}"
    assert isinstance(body, dict) and isinstance(body.get("error"), dict), f"{what}: not a JSON error: {body}"
    assert body["error"]["field"] == field, f"{what}: {body}"


async def walked(app: Sanic) -> list[tuple[str, str, tuple[str, ...]]]:
    await call(app, "GET", "/health")  # started once: extensions have added their routes
    found = list(routes(app))
    assert {path for _, path, _ in found} >= {
        "/track",
        "/recommendations",
        "/products/<product_id:str>/similar",
    }
    return found


async def finish_refreshes(app: Sanic) -> None:
    """A request that reached POST /admin/refresh started a background job: let it end here."""
    await asyncio.gather(*list(app.ctx.refresh_tasks), return_exceptions=True)


@pytest.mark.parametrize("kind", sorted(IN_URLS))
async def test_hostile_query_arguments_and_path_parameters(app, database_url, flush_redis, kind):
    before = stored(database_url)
    for method, template, params in await walked(app):
        for name in QUERY_FIELDS:
            path = f"{fill(template)}?{name}={IN_URLS[kind]}"
            status, body = await call(app, method, path)
            assert_names(status, body, name, f"{method} {path}")
        path = f"{fill(template)}?exclude=lights-1,{IN_URLS[kind]}"
        status, body = await call(app, method, path)
        assert_names(status, body, "exclude", f"{method} {path}")
        for param in params:
            path = fill(template, **{param: IN_URLS[kind]})
            status, body = await call(app, method, path)
            assert_names(status, body, param, f"{method} {path}")
    assert stored(database_url) == before


@pytest.mark.parametrize("kind", sorted(IN_JSON))
async def test_hostile_json_strings(app, database_url, flush_redis, kind):
    before = stored(database_url)
    for method, template, _ in await walked(app):
        if method not in BODY_METHODS:
            continue
        for body, field in hostile_bodies(IN_JSON[kind]):
            data = json.dumps(body)  # ASCII: \u0000 and \ud800 escapes, as a client would send them
            status, answer = await call(
                app, method, fill(template), content=data, headers={"content-type": "application/json"}
            )
            assert_names(status, answer, field, f"{method} {template} {data[:80]}")
    assert stored(database_url) == before


async def test_json_nested_a_thousand_deep(app, database_url, flush_redis):
    before = stored(database_url)
    deep_bodies = [
        ('{"user_id": "u", "product_id": "lights-0", "interaction_type": "view", "context": %s}', "context"),
        ('{"events": [{"user_id": "u", "product_id": "lights-0", "context": {"a": %s}}]}', "events"),
        ("%s", "body"),
    ]
    for method, template, _ in await walked(app):
        if method not in BODY_METHODS:
            continue
        for body, field in deep_bodies:
            status, answer = await call(
                app,
                method,
                fill(template),
                content=body % nested(DEPTH),
                headers={"content-type": "application/json"},
            )
            assert_names(status, answer, field, f"{method} {template} nested {DEPTH} deep")
    assert stored(database_url) == before


async def test_bodies_over_the_limit_get_413(app, database_url, flush_redis):
    before = stored(database_url)
    big = json.dumps({"events": [{"user_id": "u" * 200, "product_id": "lights-0"}] * 6_000})
    assert len(big) > MAX_BODY_BYTES
    for method, template, _ in await walked(app):
        if method not in BODY_METHODS:
            continue
        status, answer = await call(
            app, method, fill(template), content=big, headers={"content-type": "application/json"}
        )
        assert status == 413, f"{method} {template}: {status} {answer}"
        assert_names(status, answer, "body", f"{method} {template}")
        assert answer["error"]["code"] == "payload_too_large"
    assert stored(database_url) == before


async def test_injection_looking_strings_are_plain_ids(app, database_url, conn, flush_redis):
    before = stored(database_url)
    encoded = INJECTION.replace("%", "%25").replace(" ", "%20").replace(";", "%3B").replace("'", "%27")
    for method, template, params in await walked(app):
        # q never reaches SQL as text (it is embedded), and embedding it would load the model here.
        for name in (field for field in QUERY_FIELDS if field != "q"):
            status, body = await call(app, method, f"{fill(template)}?{name}={encoded}")
            assert status < 500, f"{method} {template}?{name}=...: {status} {body}"
        for param in params:
            status, body = await call(app, method, fill(template, **{param: encoded}))
            assert status < 500, f"{method} {template} {param}=...: {status} {body}"
    await finish_refreshes(app)
    status, body = await call(
        app,
        "POST",
        "/track",
        json={
            "user_id": INJECTION,
            "session_id": INJECTION,
            "product_id": "lights-0",
            "interaction_type": "view",
        },
    )
    assert status == 202, body
    status, body = await call(
        app, "PUT", "/products", json={"products": [{"id": INJECTION, "title": INJECTION}]}
    )
    assert status == 200, body
    status, body = await call(app, "GET", f"/recommendations?user_id={encoded}")
    assert status == 200, body
    events, products = stored(database_url)
    assert (events, products) == (before[0] + 1, before[1] + 1)  # the two writes above, nothing dropped
    row = conn.execute(
        "select count(*) from rec_events where user_id = %s and session_id = %s",
        (INJECTION, INJECTION),
    ).fetchone()
    assert row == (1,)
    assert conn.execute("select title from rec_products where id = %s", (INJECTION,)).fetchone() == (
        INJECTION,
    )


def raw_request(port: int, head: bytes, body_chunks: tuple[bytes, ...] = ()) -> tuple[int, Any]:
    """One HTTP/1.1 request written as given (no client library to tidy it up): (status, parsed JSON)."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(head)
        try:
            for chunk in body_chunks:
                sock.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            if body_chunks:
                sock.sendall(b"0\r\n\r\n")
        except OSError:
            pass  # the server may answer and close before reading all of an oversized body
        answer = b""
        while b"\r\n\r\n" not in answer or len(answer.partition(b"\r\n\r\n")[2]) < content_length(answer):
            data = sock.recv(65536)
            if not data:
                break
            answer += data
    head_part, _, payload = answer.partition(b"\r\n\r\n")
    return int(head_part.split()[1]), json.loads(payload)


def content_length(answer: bytes) -> int:
    match = re.search(rb"(?im)^content-length:\s*(\d+)", answer)
    return int(match.group(1)) if match else 1 << 30


def test_over_http_chunked_bodies_and_raw_bytes(database_url, redis_url, catalog, tmp_path):
    """The real server (no ASGI test client): an oversized body sent chunked, without a Content-Length,
    gets 413 in JSON; NUL and raw non-UTF-8 bytes in the request line get a 4xx in JSON."""
    port = free_port()
    env = pgrec_env(PGREC_DATABASE_URL=database_url, PGREC_REDIS_URL=redis_url, PGREC_DATA_DIR=str(tmp_path))
    log_path = tmp_path / "serve.log"
    process = start(
        ["serve", "--single-process", "--model-preload", "off", "--port", str(port)], env, log_path
    )
    try:
        first_health(process, f"http://127.0.0.1:{port}", log_path)
        before = stored(database_url)
        head = b"POST /track/batch HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        chunk = b" " * 65536
        status, body = raw_request(port, head + b"Transfer-Encoding: chunked\r\n\r\n", (b"[", *[chunk] * 20))
        assert status == 413 and body["error"]["field"] == "body", body
        for target, field in (
            (b"/recommendations?user_id=a%00b", "user_id"),
            (b"/recommendations?user_id=a%ED%A0%80b", "user_id"),
        ):
            status, body = raw_request(port, b"GET " + target + b" HTTP/1.1\r\nHost: x\r\n\r\n")
            assert_names(status, body, field, repr(target))
        for target in (b"/recommendations?user_id=a\xffb", b"/products/a\xff\xfeb/similar"):
            # Sanic refuses raw bytes outside US-ASCII in the request line before routing: 400, no field.
            status, body = raw_request(port, b"GET " + target + b" HTTP/1.1\r\nHost: x\r\n\r\n")
            assert status == 400 and "error" in body, (target, status, body)
        assert stored(database_url) == before
    finally:
        stop(process)
    assert "Traceback" not in log_path.read_text()
