"""The query model's states as /health and /search show them, in each --model-preload mode."""

from __future__ import annotations

import pytest

from tests.service.conftest import build_app, call, close_app, settings_for


async def test_blocking_preload_loads_before_the_first_answer(database_url, redis_url, catalog, flush_redis):
    app = await build_app(settings_for(database_url, redis_url), redis_url, preload_model="blocking")
    try:
        # The test client runs the start-up listeners before the request, as a worker would.
        status, body = await call(app, "GET", "/search?q=mug&limit=2")
        assert status == 200, body
        _, health = await call(app, "GET", "/health")
        assert health["status"] == "healthy" and health["model"]["status"] == "loaded"
    finally:
        await close_app(app)


async def test_health_stays_healthy_while_the_model_loads(app, flush_redis):
    _, before = await call(app, "GET", "/health")
    assert before["status"] == "healthy" and before["model"]["status"] == "not_loaded"
    status, _ = await call(app, "GET", "/search?q=lamp")  # "off": the first search starts the load
    assert status == 503
    _, during = await call(app, "GET", "/health")
    assert during["status"] == "healthy" and during["model"]["status"] in ("loading", "loaded")
    status, body = await call(app, "GET", "/recommendations?user_id=while-loading&limit=3")
    assert status == 200 and body["recommendations"]
    await app.ctx.encoder.wait()
    _, after = await call(app, "GET", "/health")
    assert after["model"]["status"] == "loaded" and after["model"]["load_seconds"] is not None


@pytest.mark.parametrize("preload", ["off", "background"])
async def test_a_model_that_cannot_load(database_url, redis_url, catalog, tmp_path, preload, flush_redis):
    empty = tmp_path / "not-a-model"
    empty.mkdir()
    settings = settings_for(database_url, redis_url, PGREC_EMBEDDING_MODEL=str(empty))
    app = await build_app(settings, redis_url, preload_model=preload)
    try:
        status, body = await call(app, "GET", "/search?q=lamp")
        assert status == 503 and body["error"]["code"] in ("model_loading", "model_unavailable")
        await app.ctx.encoder.wait()
        status, body = await call(app, "GET", "/search?q=lamp")
        assert status == 503 and body["error"]["code"] == "model_unavailable", body
        _, health = await call(app, "GET", "/health")
        assert health["status"] == "degraded" and health["model"]["status"] == "error"
        assert health["model"]["error"]
        status, _ = await call(app, "GET", "/trending")
        assert status == 200
    finally:
        await close_app(app)
