"""GET /metrics: Prometheus text exposition of the service's metrics, summed over its workers."""

from __future__ import annotations

from sanic import Blueprint, Request
from sanic.response import HTTPResponse, raw

from service.http.metrics import CONTENT_TYPE

bp = Blueprint("metrics")


@bp.get("/metrics")
async def metrics(request: Request) -> HTTPResponse:
    """Request counts and latencies per route, cache results, and each worker's process figures (one
    view over every worker of this `pgrec serve`, whichever answers)."""
    return raw(request.app.ctx.metrics.render(), content_type=CONTENT_TYPE)
