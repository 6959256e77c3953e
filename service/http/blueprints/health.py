"""GET /health: database, cache and model state; degraded without Redis or with a model that failed
to load, 503 without Postgres. A model still loading is healthy: only /search needs it."""

from __future__ import annotations

import time
from typing import Any

import psycopg
from sanic import Blueprint, Request
from sanic.response import HTTPResponse, json

from service.http.database import DatabaseUnavailable

bp = Blueprint("health")

HEALTH_DB_TIMEOUT_SECONDS = 2.0


async def database_state(request: Request) -> dict[str, Any]:
    started = time.perf_counter()
    try:
        async with request.app.ctx.database.connection(timeout=HEALTH_DB_TIMEOUT_SECONDS) as conn:
            await conn.execute("select 1")
    except (psycopg.Error, DatabaseUnavailable) as exc:
        return {"status": "down", "error": type(exc).__name__}
    return {"status": "up", "latency_ms": round((time.perf_counter() - started) * 1000, 2)}


@bp.get("/health")
async def health(request: Request) -> HTTPResponse:
    """`healthy`, `degraded` (Redis down, or this worker not listening for changes to lists
    (cache.lists_epoch): answers are served uncached; or the embedding model failed to load: /search
    answers 503) or `unhealthy` (503). Model status: not_loaded, loading, loaded or
    error."""
    database = await database_state(request)
    cache = await request.app.ctx.cache.ping()
    epoch = request.app.ctx.lists_epoch
    listening = epoch is not None and epoch.listening
    model = request.app.ctx.encoder.describe()
    if database["status"] != "up":
        status, code = "unhealthy", 503
    elif cache == "down" or (cache == "up" and not listening) or model["status"] == "error":
        status, code = "degraded", 200
    else:
        status, code = "healthy", 200
    body = {
        "status": status,
        "service": "recommendation",
        "database": database,
        "cache": {"status": cache, "lists_epoch": "listening" if listening else "not_listening"},
        "model": model,
    }
    if request.app.ctx.replicas is not None:  # list reads go to these while up and within the lag bound
        body["replicas"] = request.app.ctx.replicas.describe()
    return json(body, status=code)
