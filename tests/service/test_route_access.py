"""Which key each route needs: every route registered on a real app (the demo's included, walked from its
router, so a new route is covered without editing this file) is in route_access's one table, and answers
401 without the key the table names for it and gets past the check with that key."""

from __future__ import annotations

import re
import uuid
from collections import Counter
from collections.abc import AsyncIterator

import pytest
from sanic import Sanic

from service.http.route_access import ROUTES, Access, route_access
from tests.service.conftest import build_app, call, close_app, settings_for

API_KEY, METRICS_KEY = "the-api-key", "the-metrics-key"
# clean_input refuses this (400 naming `probe`) right after the key check and before any handler: a 400
# proves the request got past the check without running the route (no refresh started, nothing written).
PROBE = "probe=a%00b"
PATH_VALUES = {"product_id": "lights-0", "job_id": str(uuid.UUID(int=1))}
_PARAM = re.compile(r"<([A-Za-z_][A-Za-z0-9_]*)(?::[^>]*)?>")


def bearer(key: str) -> dict[str, str]:
    return {"authorization": f"Bearer {key}"}


def registered(app: Sanic) -> set[tuple[str, str]]:
    """(method, path template) of every route; HEAD and OPTIONS are Sanic's automatic companions."""
    return {
        (method, "/" + route.path)
        for route in app.router.routes
        for method in route.methods - {"HEAD", "OPTIONS"}
    }


def probe_url(template: str) -> str:
    return _PARAM.sub(lambda m: PATH_VALUES.get(m.group(1), "x"), template) + "?" + PROBE


async def started(app: Sanic) -> Sanic:
    """The app after its start-up listeners ran once (sanic-ext registers the /docs routes then)."""
    status, _ = await call(app, "GET", "/health")
    assert status == 200
    return app


@pytest.fixture
async def keyed_app(database_url: str, redis_url: str, catalog: list[str]) -> AsyncIterator[Sanic]:
    settings = settings_for(database_url, redis_url, PGREC_API_KEY=API_KEY, PGREC_METRICS_KEY=METRICS_KEY)
    app = await build_app(settings, redis_url, demo=True)
    try:
        yield await started(app)
    finally:
        await close_app(app)


async def test_every_registered_route_is_in_the_table_and_every_entry_is_registered(keyed_app: Sanic) -> None:
    table = {(entry.method, entry.path) for entry in ROUTES}
    routes = registered(keyed_app)
    assert routes - table == set(), "routes missing from service/http/route_access.py (they need the API key)"
    assert table - routes == set(), "entries of route_access.py that no route matches"
    assert len(table) == len(ROUTES), "a route listed twice"


def test_unlisted_routes_need_the_api_key_and_head_follows_get() -> None:
    assert route_access("GET", "/admin/something-new") is Access.API_KEY
    assert route_access("POST", "/recommendations") is Access.API_KEY  # listed for GET only
    assert route_access("HEAD", "/analytics/summary") is Access.API_KEY
    assert route_access("HEAD", "/trending") is Access.PUBLIC
    assert route_access("OPTIONS", "/track") is Access.PUBLIC  # CORS preflights carry no credentials
    assert route_access("GET", "recommendations") is Access.PUBLIC  # Sanic's form, without the slash


async def test_each_route_wants_the_key_of_its_access_class(keyed_app: Sanic) -> None:
    keys = {Access.API_KEY: API_KEY, Access.METRICS_KEY: METRICS_KEY}
    checked: Counter[Access] = Counter()
    for method, template in sorted(registered(keyed_app)):
        access = route_access(method, template)
        url = probe_url(template)
        status, body = await call(keyed_app, method, url)
        if access is Access.PUBLIC:
            assert (status, body["error"]["field"]) == (400, "probe"), (method, template, body)
        else:
            assert status == 401 and body["error"]["field"] == "authorization", (method, template, body)
            wrong = METRICS_KEY if access is Access.API_KEY else API_KEY
            status, body = await call(keyed_app, method, url, headers=bearer(wrong))
            assert status == 401, (method, template, "the other key opened it")
            status, body = await call(keyed_app, method, url, headers=bearer(keys[access]))
            assert (status, body["error"]["field"]) == (400, "probe"), (method, template, body)
        checked[access] += 1
    # HEAD on a protected GET route is refused too.
    _, response = await keyed_app.asgi_client.head("/analytics/summary")
    assert response.status == 401
    assert checked == Counter(entry.access for entry in ROUTES)  # every class walked, every route of each


async def test_the_keys_open_their_routes(keyed_app: Sanic) -> None:
    """Real answers with the key: what the issue found open (top customers, revenue per algorithm, metrics,
    a customer's purchases) now answers only to it."""
    for path in (
        "/demo/customers?limit=3",
        "/analytics/summary?days=1",
        "/recommendations/buy-again?user_id=buyer-0&limit=3",
    ):
        status, body = await call(keyed_app, "GET", path)
        assert status == 401, (path, body)
        status, body = await call(keyed_app, "GET", path, headers=bearer(API_KEY))
        assert status == 200, (path, body)
    _, customers = await call(keyed_app, "GET", "/demo/customers?limit=3", headers=bearer(API_KEY))
    assert customers["customers"]
    status, text = await call(keyed_app, "GET", "/metrics", headers=bearer(METRICS_KEY))
    assert status == 200 and "pgrec_http_requests" in text
    status, body = await call(keyed_app, "GET", "/metrics", headers=bearer(API_KEY))
    assert status == 401 and "PGREC_METRICS_KEY" in body["error"]["message"]


async def test_metrics_take_the_api_key_without_a_metrics_key(database_url, redis_url, catalog) -> None:
    app = await build_app(settings_for(database_url, redis_url, PGREC_API_KEY=API_KEY), redis_url)
    try:
        status, _ = await call(app, "GET", "/metrics")
        assert status == 401
        status, text = await call(app, "GET", "/metrics", headers=bearer(API_KEY))
        assert status == 200 and "pgrec_http_requests" in text
    finally:
        await close_app(app)


async def test_without_keys_every_route_is_open(database_url, redis_url, catalog) -> None:
    """No PGREC_API_KEY (`pgrec serve` then listens on loopback only): nothing asks for a key."""
    app = await started(await build_app(settings_for(database_url, redis_url), redis_url, demo=True))
    try:
        for method, template in sorted(registered(app)):
            status, body = await call(app, method, probe_url(template))
            assert (status, body["error"]["field"]) == (400, "probe"), (method, template, body)
    finally:
        await close_app(app)


async def test_the_demo_routes_exist_only_in_the_demo_app(database_url, redis_url, catalog) -> None:
    """`pgrec serve` builds the app without `demo`: the demo page and /demo/* are not there."""
    app = await started(await build_app(settings_for(database_url, redis_url), redis_url))
    try:
        for path in ("/", "/demo/customers"):
            status, body = await call(app, "GET", path)
            assert status == 404 and body["error"]["code"] == "not_found", (path, body)
        assert not {path for _, path in registered(app)} & {"/", "/demo/customers"}
    finally:
        await close_app(app)
