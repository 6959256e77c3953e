"""Serving a ranked list: cache lookup, else the SQL function with the product details joined in
SQL in the function's order (Python never re-ranks), then impressions under the request id."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from psycopg import sql
from sanic import Request
from sanic.response import HTTPResponse

# `{source}` is one of the fixed function calls below, never text from a request.
LIST_SQL = """
select coalesce(jsonb_agg(to_jsonb(x) - 'ord' order by x.ord), '[]'::jsonb)::text,
       coalesce(array_agg(x.id order by x.ord), '{{}}'::text[])
  from (select p.id, p.title, p.thumbnail, p.price::float8 as price, r.score, r.reason, r.ordinality as ord
          from {source} with ordinality as r
          join rec_products as p on p.id = r.product_id
         where {where}
         order by r.ordinality
         limit %(k)s) as x
"""

FILTERS = """
    p.is_active
    and p.id <> all(%(exclude)s::text[])
    and (%(category)s::text is null or %(category)s::text = any(p.categories))
    and (%(min_price)s::numeric is null or p.price >= %(min_price)s::numeric)
    and (%(max_price)s::numeric is null or p.price <= %(max_price)s::numeric)
"""


@dataclass
class ListRequest:
    kind: str  # cache kind
    subject: str  # cache subject: a user, session, product, "all", ...
    algorithm: str
    source: str  # a fixed function call with %(name)s placeholders
    args: dict[str, Any]  # must hold "k"
    owner: str | None = None  # "user:<id>" / "session:<id>": invalidated when that owner acts
    impression_user: str | None = None
    filtered: bool = False  # apply FILTERS in SQL (for functions without their own filters)
    log_impressions: bool = True
    items_key: str = "recommendations"
    extra: dict[str, Any] = field(default_factory=dict)


def list_query(source: str, filtered: bool) -> sql.Composed:
    return sql.SQL(LIST_SQL).format(
        source=sql.SQL(source), where=sql.SQL(FILTERS if filtered else "p.is_active")
    )


async def fetch_list(request: Request, spec: ListRequest) -> tuple[bytes, list[str]]:
    """The list as JSON text (never parsed here) and its product ids, in the function's order."""
    async with request.app.ctx.database.connection() as conn:
        cursor = await conn.execute(list_query(spec.source, spec.filtered), spec.args)
        row = await cursor.fetchone()
    assert row is not None
    return row[0].encode(), list(row[1])


async def serve_list(request: Request, spec: ListRequest, precheck: Any = None) -> HTTPResponse:
    """Answer from the cache or the database. `precheck`, an async callable, runs on a miss
    before the query (e.g. 404 for an unknown product, or embedding a search text). The cached
    value is `<product ids JSON>\\n<items JSON>`, spliced into the answer without parsing."""
    ctx = request.app.ctx
    params = {key: value for key, value in spec.args.items() if not key.startswith("_")}
    lookup = await ctx.cache.get(spec.kind, spec.subject, params, spec.owner)
    if lookup.value is not None:
        ids_json, _, items = lookup.value.partition(b"\n")
        cached = True
    else:
        if precheck is not None:
            await precheck()
        items, ids = await fetch_list(request, spec)
        ids_json, cached = json.dumps(ids).encode(), False
        await ctx.cache.put(lookup, ids_json + b"\n" + items)
    request_id: str = request.ctx.request_id
    if spec.log_impressions:
        ctx.impressions.add(request_id, spec.impression_user, spec.algorithm, ids_json)
    meta = {"algorithm": spec.algorithm, "cached": cached, "request_id": request_id, **spec.extra}
    body = b'{"' + spec.items_key.encode() + b'":' + items + b"," + json.dumps(meta).encode()[1:]
    return HTTPResponse(body, content_type="application/json")
