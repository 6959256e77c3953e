"""Health, metrics, OpenAPI, admin refresh, analytics, auth and CORS (error codes: test_error_codes.py)."""

from __future__ import annotations

import asyncio
import uuid

import psycopg
import pytest

from tests.service.conftest import build_app, call, close_app, settings_for, turned_over
from tests.support.free_port import free_port
from tests.support.metrics import sample
from tests.support.upkeep import fold


async def test_health_reports_each_part(app):
    status, body = await call(app, "GET", "/health")
    assert status == 200
    assert body["status"] == "healthy" and body["service"] == "recommendation"
    assert body["database"]["status"] == "up" and body["cache"]["status"] == "up"
    assert body["model"]["status"] in ("not_loaded", "loading", "loaded")


async def test_health_is_503_without_postgres(redis_url):
    from service.http.factory import create_app

    settings = settings_for(
        f"postgresql://postgres@127.0.0.1:{free_port()}/nothing?connect_timeout=1", redis_url
    )
    app = create_app(settings, name=f"pgrec_test_{uuid.uuid4().hex[:10]}")
    try:
        status, body = await call(app, "GET", "/health")
        assert status == 503, body
        assert body["status"] == "unhealthy" and body["database"]["status"] == "down"
        status, body = await call(app, "GET", "/recommendations?user_id=u")
        assert status == 503 and body["error"]["code"] == "database_unavailable"
    finally:
        from sanic import Sanic

        Sanic._app_registry.pop(app.name, None)


async def test_metrics_count_requests_and_cache_results(app, flush_redis):
    await call(app, "GET", "/recommendations?user_id=m-1")
    await call(app, "GET", "/recommendations?user_id=m-1")
    await call(app, "GET", "/recommendations?limit=0&user_id=m-1")
    status, text = await call(app, "GET", "/metrics")
    assert status == 200
    route = {"route": "/recommendations", "method": "GET"}
    assert sample(text, "pgrec_http_requests_total", **route, status="200") == 2
    assert sample(text, "pgrec_http_requests_total", **route, status="400") == 1
    assert sample(text, "pgrec_cache_requests_total", kind="recs", result="hit") == 1
    assert sample(text, "pgrec_cache_requests_total", kind="recs", result="miss") == 1
    assert sample(text, "pgrec_http_request_duration_seconds_count", **route) == 3
    assert sample(text, "pgrec_http_request_duration_seconds_bucket", **route, le="+Inf") == 3
    assert sample(text, "pgrec_process_resident_memory_bytes") > 10_000_000


async def test_openapi_document(app):
    status, spec = await call(app, "GET", "/docs/openapi.json")
    assert status == 200
    for path in (
        "/recommendations",
        "/track",
        "/track/batch",
        "/products",
        "/search",
        "/trending",
        "/health",
    ):
        assert path in spec["paths"], path
    status, _ = await call(app, "GET", "/docs")
    assert status == 200


async def test_unknown_route_and_method_are_json(app):
    status, body = await call(app, "GET", "/nowhere")
    assert status == 404 and body["error"]["code"] == "not_found"
    status, body = await call(app, "DELETE", "/recommendations")
    assert status == 405 and body["error"]["code"] == "method_not_allowed"


async def poll_refresh(app, job_id: str, seconds: float = 120) -> dict:
    deadline = asyncio.get_running_loop().time() + seconds
    while True:
        status, job = await call(app, "GET", f"/admin/refresh/{job_id}")
        assert status == 200, job
        if job["status"] != "running" or asyncio.get_running_loop().time() > deadline:
            return job
        await asyncio.sleep(0.1)


async def test_admin_refresh_runs_in_the_background(app, database_url, flush_redis):
    await call(app, "GET", "/trending")
    _, cached = await call(app, "GET", "/trending")
    assert cached["cached"] is True
    # A lock the refresh's first step needs keeps it running while the requests below are answered.
    with psycopg.connect(database_url) as blocker:
        blocker.execute("lock table rec_user_preferences in access exclusive mode")
        status, started = await call(app, "POST", "/admin/refresh")
        assert status == 202 and started["status"] == "running", started
        assert started["poll"] == f"/admin/refresh/{started['job_id']}"
        status, again = await call(app, "POST", "/admin/refresh")
        assert status == 202 and again["job_id"] == started["job_id"]  # one refresh at a time
        _, polled = await call(app, "GET", started["poll"])
        assert polled["status"] == "running"
    job = await poll_refresh(app, started["job_id"])
    assert job["status"] == "done", job
    assert job["steps"] and all(isinstance(row["seconds"], float) for row in job["steps"])
    assert job["steps"][-1]["step"] == "ease"  # the model fit (a child process) ends every refresh job
    await turned_over(app, "/trending")  # the refresh announced its changes (NOTIFY at commit)
    status, body = await call(app, "GET", "/admin/refresh/not-a-job")
    assert status == 400 and body["error"]["field"] == "job_id"
    status, body = await call(app, "GET", f"/admin/refresh/{uuid.uuid4()}")
    assert status == 404


async def test_analytics_summary(app, conn, flush_redis):
    _, recs = await call(app, "GET", "/recommendations?user_id=a-1&limit=3")
    await app.ctx.impressions.flush()
    clicked = recs["recommendations"][0]["id"]
    await call(
        app,
        "POST",
        "/track",
        json={
            "user_id": "a-1",
            "product_id": clicked,
            "interaction_type": "click",
            "request_id": recs["request_id"],
        },
    )
    fold(conn)  # what the service's upkeep does within a second
    status, body = await call(app, "GET", "/analytics/summary?days=1")
    assert status == 200, body
    hybrid = next(row for row in body["by_algorithm"] if row["algorithm"] == "hybrid")
    assert hybrid["impressions"] >= 3 and hybrid["clicks"] >= 1
    assert hybrid["ctr"] == pytest.approx(hybrid["clicks"] / hybrid["impressions"])
    assert body["daily"] and body["days"] == 1


@pytest.mark.parametrize("query", ["days=0", "days=400", "days=week"])
async def test_analytics_days_validated(app, query):
    status, body = await call(app, "GET", f"/analytics/summary?{query}")
    assert status == 400 and body["error"]["field"] == "days"


async def test_api_key_guards_writes_and_admin(database_url, redis_url, catalog):
    settings = settings_for(database_url, redis_url, PGREC_API_KEY="s3cret")
    app = await build_app(settings, redis_url)
    try:
        event = {"user_id": "k-1", "product_id": "mugs-1", "interaction_type": "view"}
        for method, path, kwargs in [
            ("POST", "/track", {"json": event}),
            ("POST", "/track/batch", {"json": [event]}),
            ("PUT", "/products", {"json": [{"id": "k", "title": "K"}]}),
            ("DELETE", "/products/mugs-7", {}),
            ("POST", "/admin/refresh", {}),
        ]:
            status, body = await call(app, method, path, **kwargs)
            assert status == 401, (path, body)
            assert body["error"]["field"] == "authorization"
            status, _ = await call(app, method, path, headers={"authorization": "Bearer wrong"}, **kwargs)
            assert status == 401
        status, body = await call(
            app, "POST", "/track", json=event, headers={"authorization": "Bearer s3cret"}
        )
        assert status == 202, body
        for path in ("/recommendations?user_id=k-1", "/products/mugs-1/similar", "/trending", "/health"):
            status, _ = await call(app, "GET", path)
            assert status == 200, path
    finally:
        await close_app(app)


async def test_cors_for_the_configured_origin(database_url, redis_url, catalog):
    settings = settings_for(database_url, redis_url, PGREC_CORS_ORIGINS="https://shop.example")
    app = await build_app(settings, redis_url)
    try:
        _, response = await app.asgi_client.get("/trending", headers={"origin": "https://shop.example"})
        assert response.headers.get("access-control-allow-origin") == "https://shop.example"
        _, response = await app.asgi_client.get("/trending", headers={"origin": "https://evil.example"})
        assert "access-control-allow-origin" not in response.headers
        _, response = await app.asgi_client.options(
            "/track",
            headers={"origin": "https://shop.example", "access-control-request-method": "POST"},
        )
        assert response.status in (200, 204)
        assert response.headers.get("access-control-allow-origin") == "https://shop.example"
    finally:
        await close_app(app)
