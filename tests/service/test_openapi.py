"""The OpenAPI document covers every registered route (walked from the router, the demo's included) with
its parameters, body and answers, takes its limits from the handlers' constants, and is served with
Swagger UI from this host only (no CDN: every file the page loads answers here)."""

from __future__ import annotations

import inspect
import re
from collections.abc import AsyncIterator
from html.parser import HTMLParser
from importlib.metadata import version
from types import SimpleNamespace
from typing import Any

import pytest
import schemathesis
from sanic import Sanic

from service.core.config import Settings
from service.http.api_errors import ApiError
from service.http.blueprints.cart import MAX_CART
from service.http.blueprints.search import MAX_QUERY
from service.http.blueprints.tracking import MAX_BATCH, MAX_QUANTITY
from service.http.factory import MAX_BODY_BYTES, create_app
from service.http.openapi.document import build_document, documented_routes
from service.http.openapi.parameters import NOT_BLANK
from service.http.params import MAX_ID_LENGTH, MAX_LIMIT, window_arg
from service.http.route_access import Access, route_access
from tests.service.conftest import build_app, call, close_app, settings_for

API_KEY = "docs-test-key"
# How handlers read query arguments (params.py): the argument names a handler's source mentions.
_READS = re.compile(r"\b(?:arg|int_arg|bool_arg|price_arg|id_list_arg|choice_arg)\(request, \"([a-z_]+)\"")
_IMPLIED = {"limit_arg(request": "limit", "window_arg(request": "window", "category_arg(request": "category"}
_PATH_PARAMETER = re.compile(r"<([^:>]+)")


@pytest.fixture(scope="module")
def demo_app() -> Sanic:
    """An app with every route (the demo's too), never started: the document needs no database."""
    app = create_app(Settings.from_env({}), name="pgrec_openapi_test", demo=True)
    yield app
    Sanic._app_registry.pop(app.name, None)


@pytest.fixture(scope="module")
def document(demo_app: Sanic) -> dict[str, Any]:
    return build_document(demo_app, MAX_BODY_BYTES)


def schema_of(document: dict[str, Any], ref: dict[str, Any]) -> dict[str, Any]:
    return document["components"]["schemas"][ref["$ref"].rsplit("/", 1)[1]]


def query_arguments(handler: Any) -> set[str]:
    source = inspect.getsource(handler)
    return set(_READS.findall(source)) | {name for call, name in _IMPLIED.items() if call in source}


def test_title_version_and_auth_schemes(document: dict[str, Any]) -> None:
    assert document["openapi"] == "3.1.0"
    assert document["info"]["title"] == "pgrec"
    assert document["info"]["version"] == version("pgrec")
    schemes = document["components"]["securitySchemes"]
    assert {scheme["type"] for scheme in schemes.values()} == {"http"}
    assert {scheme["scheme"] for scheme in schemes.values()} == {"bearer"}


def test_the_document_is_valid_openapi_3_1(document: dict[str, Any]) -> None:
    """Against the OpenAPI 3.1 meta-schema (schemathesis's copy); a broken one is refused (checked)."""
    schemathesis.openapi.from_dict(document).validate()
    broken = {**document, "paths": {"/health": {"get": {"responses": "none"}}}}
    with pytest.raises(Exception, match="responses"):
        schemathesis.openapi.from_dict(broken).validate()


def test_every_registered_route_is_documented(demo_app: Sanic, document: dict[str, Any]) -> None:
    routes = documented_routes(demo_app)
    documented = {(method.upper(), path) for path, item in document["paths"].items() for method in item}
    assert documented == {(route.method, route.path) for route in routes}
    assert len(routes) >= 18
    error_ref = document["components"]["schemas"]["ErrorBody"]
    for route in routes:
        where = f"{route.method} {route.path}"
        operation = document["paths"][route.path][route.method.lower()]
        assert operation.get("operationId"), f"{where}: not in service/http/openapi/operations.py"
        assert operation["summary"] and operation["description"] == inspect.getdoc(route.handler), where
        statuses = set(operation["responses"])
        assert "default" not in statuses, where
        assert any(status.startswith("2") for status in statuses), where
        assert "400" in statuses, where  # every request's text is checked (clean_input)
        for status, answer in operation["responses"].items():
            content = next(iter(answer["content"].values()))
            assert content["schema"], (where, status)
            assert "X-Request-Id" in answer["headers"], (where, status)
            if status >= "400" and route.path != "/health":  # the error body (a batch's adds `rejected`)
                error = schema_of(document, content["schema"])["properties"]["error"]
                assert error == error_ref["properties"]["error"], (where, status)
        parameters = {(p["in"], p["name"]) for p in operation["parameters"]}
        path_names = set(_PATH_PARAMETER.findall(route.route_path))
        assert {name for where_, name in parameters if where_ == "path"} == path_names, where
        assert {name for where_, name in parameters if where_ == "query"} == query_arguments(route.handler), (
            where
        )
        for parameter in operation["parameters"]:
            assert parameter["schema"] and parameter["description"], (where, parameter["name"])
        access = route_access(route.method, route.route_path)
        assert (operation["security"] == []) is (access is Access.PUBLIC), where
        assert ("401" in statuses) is (access is not Access.PUBLIC), where
        if route.method in ("POST", "PUT") and route.path != "/admin/refresh":
            assert operation["requestBody"]["required"] is True, where
            assert "413" in statuses, where


def test_limits_are_the_handlers_constants(document: dict[str, Any]) -> None:
    paths = document["paths"]

    def parameter(path: str, name: str) -> dict[str, Any]:
        return next(p for p in paths[path]["get"]["parameters"] if p["name"] == name)["schema"]

    assert parameter("/recommendations", "limit") == {
        "type": "integer",
        "minimum": 1,
        "maximum": MAX_LIMIT,
        "default": 10,
    }
    assert parameter("/recommendations", "user_id")["maxLength"] == MAX_ID_LENGTH
    assert parameter("/search", "q")["maxLength"] == MAX_QUERY
    cart = paths["/cart/recommendations"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert schema_of(document, cart)["properties"]["product_ids"]["maxItems"] == MAX_CART
    batch = paths["/track/batch"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert any(
        option.get("maxItems") == MAX_BATCH
        or schema_of(document, option).get("properties", {}).get("events", {}).get("maxItems") == MAX_BATCH
        for option in batch.get("oneOf", [batch])
    )
    assert str(MAX_BODY_BYTES) in paths["/track"]["post"]["responses"]["413"]["description"]
    event = document["components"]["schemas"]["TrackEvent"]["properties"]
    assert {"type": "integer", "minimum": 1, "maximum": MAX_QUANTITY} in event["quantity"]["anyOf"]


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.urls += [value for name, value in attrs if name in ("src", "href") and value]


@pytest.fixture
async def keyed_app(database_url: str, redis_url: str, catalog: list[str]) -> AsyncIterator[Sanic]:
    app = await build_app(settings_for(database_url, redis_url, PGREC_API_KEY=API_KEY), redis_url)
    try:
        yield app
    finally:
        await close_app(app)


async def test_the_ui_and_every_file_it_loads_are_served_here_without_a_key(keyed_app: Sanic) -> None:
    _, page = await keyed_app.asgi_client.get("/docs")
    assert page.status == 200 and page.headers["content-type"].startswith("text/html")
    links = _Links()
    links.feed(page.text)
    assert len(links.urls) >= 5, links.urls
    assert "http://" not in page.text and "https://" not in page.text  # no CDN, no online validator
    for url in links.urls:
        assert url.startswith("/docs/") and not url.startswith("//"), url
        _, asset = await keyed_app.asgi_client.get(url)
        assert asset.status == 200, url
        assert len(asset.body) > 100, url
    scripts = [url for url in links.urls if url.endswith(".js")]
    assert scripts and all(url.startswith("/docs/static/") for url in scripts)
    _, slash = await keyed_app.asgi_client.get("/docs/")
    assert slash.status == 200 and slash.text == page.text
    _, redirect = await keyed_app.asgi_client.get("/docs/oauth2-redirect.html")
    assert redirect.status == 200 and "<html" in redirect.text.lower()
    status, served = await call(keyed_app, "GET", "/docs/openapi.json")
    assert status == 200 and served == build_document(keyed_app, MAX_BODY_BYTES)
    status, body = await call(keyed_app, "GET", "/docs/static/../../etc/passwd")
    assert status == 404 and body["error"]["code"] == "not_found"
    status, body = await call(keyed_app, "GET", "/docs/static/swagger-ui.js.map")
    assert status == 404 and body["error"]["field"] == "name"


def test_the_window_pattern_accepts_exactly_what_window_arg_accepts(document: dict[str, Any]) -> None:
    """Every count 0..9999 of every unit (and a few spellings): the document's pattern matches where the
    handler's parser (params.window_arg) accepts, no more and no fewer (leading zeros aside, which the
    document leaves out)."""
    schema = next(p for p in document["paths"]["/trending"]["get"]["parameters"] if p["name"] == "window")
    pattern = re.compile(schema["schema"]["pattern"])
    values = [f"{n}{unit}" for n in range(10_000) for unit in "hdw"] + ["7D", " 24 h ", "2W", "1.5d", "d", ""]
    for value in values:
        try:
            window_arg(SimpleNamespace(args={"window": value}), default="-")  # type: ignore[arg-type]
            accepted = True
        except ApiError:
            accepted = False
        assert bool(pattern.fullmatch(value)) is accepted, value


def test_not_blank_is_what_strip_leaves_something_of() -> None:
    """The ids' pattern finds a character in a one-character string exactly when str.strip() (check_id)
    keeps it, over every code point but the surrogates (refused anyway)."""
    pattern = re.compile(NOT_BLANK)
    for code in (c for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF):
        char = chr(code)
        assert bool(pattern.search(char)) is bool(char.strip()), hex(code)
