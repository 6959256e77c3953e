"""GET /: the demo page (plain HTML + JS over the public endpoints) and the customer list it offers."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from sanic import Blueprint, Request
from sanic.response import HTTPResponse, html, json

from service.http.db import fetch_value
from service.http.params import limit_arg

bp = Blueprint("demo_page")

PAGE = Path(__file__).resolve().parent.parent / "static" / "demo.html"
SAMPLE_USERS_SQL = """
select coalesce(jsonb_agg(to_jsonb(u) order by u.interactions desc, u.user_id), '[]'::jsonb)
  from rec_sample_users(%(k)s) as u
"""


@cache
def _page() -> str:
    return PAGE.read_text(encoding="utf-8")


@bp.get("/")
async def demo_page(request: Request) -> HTTPResponse:
    """The demo page: a customer's personalised list with reasons, similar and bought-together
    products, view tracking that changes the list, and CTR per algorithm."""
    return html(_page())


@bp.get("/demo/customers")
async def sample_customers(request: Request) -> HTTPResponse:
    """Query: limit (1..100, default 12). The customers with the most history (rec_sample_users)."""
    k = limit_arg(request, default=12)
    users = await fetch_value(request.app.ctx.database, SAMPLE_USERS_SQL, {"k": k})
    return json({"customers": users})
