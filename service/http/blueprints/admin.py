"""POST /admin/refresh: recompute preferences, basket pairs, neighbours and segments."""

from __future__ import annotations

from sanic import Blueprint, Request
from sanic.response import HTTPResponse, json

from service.http.db import fetch_rows

bp = Blueprint("admin")


@bp.post("/admin/refresh")
async def refresh(request: Request) -> HTTPResponse:
    """Runs rec_refresh_all() and invalidates every cached list; answers the time of each step."""
    rows = await fetch_rows(request.app.ctx.database, "select step, changed, seconds from rec_refresh_all()")
    cache_cleared = await request.app.ctx.cache.bump_version()
    return json({"steps": rows, "cache_invalidated": cache_cleared})
