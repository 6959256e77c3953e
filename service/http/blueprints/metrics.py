"""GET /metrics: Prometheus text exposition of this worker's counters."""

from __future__ import annotations

from sanic import Blueprint, Request
from sanic.response import HTTPResponse, text

bp = Blueprint("metrics")


@bp.get("/metrics")
async def metrics(request: Request) -> HTTPResponse:
    """Request counts and latencies per route, cache hits and misses (per worker process)."""
    return text(request.app.ctx.metrics.render(), content_type="text/plain; version=0.0.4; charset=utf-8")
