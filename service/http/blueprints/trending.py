"""GET /trending: what is gaining interest now, overall or in a category."""

from __future__ import annotations

from sanic import Blueprint, Request
from sanic.response import HTTPResponse

from service.http.lists import ListRequest, serve_list
from service.http.params import category_arg, limit_arg, window_arg

bp = Blueprint("trending")
# Upkeep rewrites the trending snapshot once a minute without announcing it (that would turn every
# cached list over each minute): trending lists live in the cache no longer than that.
TRENDING_TTL_SECONDS = 60

TRENDING = "rec_trending(%(k)s::integer, %(window)s::interval, %(category)s::text)"


@bp.get("/trending")
async def trending(request: Request) -> HTTPResponse:
    """Query: window (e.g. 24h, 7d, 2w; default 7d), category, limit (1..100)."""
    category = category_arg(request)
    window = window_arg(request)
    spec = ListRequest(
        kind="trending",
        subject=category or "all",
        algorithm="trending",
        source=TRENDING,
        args={"k": limit_arg(request), "window": window, "category": category},
        extra={"window_seconds": int(window.total_seconds())},
        ttl=TRENDING_TTL_SECONDS,
    )
    return await serve_list(request, spec)
