"""GET /analytics/summary?days=: impressions, clicks and conversions per algorithm."""

from __future__ import annotations

from sanic import Blueprint, Request
from sanic.response import HTTPResponse, json

from service.http.db import fetch_value
from service.http.params import int_arg

bp = Blueprint("analytics")

MAX_DAYS = 366

SUMMARY_SQL = """
with d as (select * from rec_analytics_daily where day >= current_date - (%(days)s::integer - 1))
select jsonb_build_object(
    'daily', coalesce((select jsonb_agg(to_jsonb(d) order by d.day, d.algorithm) from d), '[]'::jsonb),
    'by_algorithm', coalesce((
        select jsonb_agg(to_jsonb(t) order by t.algorithm)
          from (select algorithm,
                       sum(impressions)::bigint as impressions,
                       sum(clicks)::bigint as clicks,
                       coalesce(sum(clicks)::float8 / nullif(sum(impressions), 0), 0) as ctr,
                       sum(add_to_carts)::bigint as add_to_carts,
                       sum(purchases)::bigint as purchases,
                       coalesce(sum(purchases)::float8 / nullif(sum(impressions), 0), 0) as conversion,
                       coalesce(sum(revenue), 0)::float8 as revenue
                  from d group by algorithm) as t), '[]'::jsonb))
"""


@bp.get("/analytics/summary")
async def summary(request: Request) -> HTTPResponse:
    """Query: days (1..366, default 7, counting today). Totals per algorithm and the daily rows of
    rec_analytics_daily; ctr = clicks / impressions, conversion = purchases / impressions."""
    days = int_arg(request, "days", 7, 1, MAX_DAYS)
    result = await fetch_value(request.app.ctx.database, SUMMARY_SQL, {"days": days})
    return json({"days": days, **result})
