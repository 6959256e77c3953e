"""Serving a ranked list: from the cache when the stored token is the current one, else the SQL function
with the product details joined in SQL in the function's order (Python never re-ranks), then impressions
under the request id. The token: the worker's lists epoch, and for an owner's list ("user:<id>" /
"session:<id>") that owner's watermark, read from PostgreSQL before (or with) the list (see cache.py)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from psycopg import sql
from sanic import Request
from sanic.response import HTTPResponse

from service.http.cache import Lookup

# `{source}` is one of the fixed function calls below, never text from a request. `{watermark}`: the
# owner's watermark (a stable function: it reads this statement's snapshot, which the list sees or overtakes)
# or null.
LIST_SQL = """
select coalesce(jsonb_agg(to_jsonb(x) - 'ord' order by x.ord), '[]'::jsonb)::text,
       coalesce(array_agg(x.id order by x.ord), '{{}}'::text[]),
       {watermark}
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
    owner: str | None = None  # "user:<id>" / "session:<id>": its watermark is part of the token
    impression_user: str | None = None
    filtered: bool = False  # apply FILTERS in SQL (for functions without their own filters)
    log_impressions: bool = True
    items_key: str = "recommendations"
    extra: dict[str, Any] = field(default_factory=dict)
    ttl: int | None = None  # seconds in the cache when shorter than PGREC_CACHE_TTL


def list_query(source: str, filtered: bool, owned: bool = False) -> sql.Composed:
    return sql.SQL(LIST_SQL).format(
        source=sql.SQL(source),
        where=sql.SQL(FILTERS if filtered else "p.is_active"),
        watermark=sql.SQL("_rec_list_watermark(%(_owner_kind)s, %(_owner_id)s)" if owned else "null::text"),
    )


def _owner_args(spec: ListRequest) -> dict[str, Any]:
    if spec.owner is None:
        return spec.args
    kind, _, owner_id = spec.owner.partition(":")
    return {**spec.args, "_owner_kind": kind, "_owner_id": owner_id}


async def fetch_list(request: Request, spec: ListRequest) -> tuple[bytes, list[str], str | None]:
    """The list as JSON text (never parsed here), its product ids in the function's order, and the
    owner's watermark read in the same statement (None without an owner)."""
    query = list_query(spec.source, spec.filtered, spec.owner is not None)
    async with request.app.ctx.database.connection() as conn:
        cursor = await conn.execute(query, _owner_args(spec))
        row = await cursor.fetchone()
    assert row is not None
    return row[0].encode(), list(row[1]), row[2]


def _token(epoch: str, watermark: str | None) -> str:
    return epoch if watermark is None else f"{epoch}/{watermark}"


async def _current_token(request: Request, spec: ListRequest, epoch: str) -> str:
    if spec.owner is None:
        return epoch
    return _token(epoch, await request.app.ctx.watermarks.read(spec.owner))


async def serve_list(request: Request, spec: ListRequest, precheck: Any = None) -> HTTPResponse:
    """Answer from the cache or the database. `precheck`, an async callable, runs on a miss
    before the query (e.g. 404 for an unknown product, or embedding a search text). The cached
    value is `<product ids JSON>\\n<items JSON>`, spliced into the answer without parsing. A stored
    value is served only when its token equals the current one (the epoch read first, the owner's
    watermark read now); a list computed now is stored under the epoch read first and the
    watermark read with it, so a change committed meanwhile makes it a later miss, never a stale hit."""
    ctx = request.app.ctx
    cache = ctx.cache
    epoch: str | None = ctx.lists_epoch.current if ctx.lists_epoch is not None else None
    params = {key: value for key, value in spec.args.items() if not key.startswith("_")}
    if not cache.enabled:
        lookup, result = Lookup("", usable=False), "off"
    elif epoch is None:
        lookup, result = Lookup("", usable=False), "bypass"
    else:
        lookup = await cache.get(spec.kind, spec.subject, params)
        result = "miss" if lookup.usable else "error"
    payload = None
    if (
        lookup.payload is not None
        and epoch is not None
        and lookup.token == (await _current_token(request, spec, epoch)).encode()
    ):
        payload, result = lookup.payload, "hit"
    cache.count(spec.kind, result)
    if payload is not None:
        ids_json, _, items = payload.partition(b"\n")
        cached = True
    else:
        if precheck is not None:
            await precheck()
        items, ids, watermark = await fetch_list(request, spec)
        ids_json, cached = json.dumps(ids).encode(), False
        if epoch is not None:
            await cache.put(lookup, _token(epoch, watermark), ids_json + b"\n" + items, spec.ttl)
    request_id: str = request.ctx.request_id
    if spec.log_impressions:
        ctx.impressions.add(request_id, spec.impression_user, spec.algorithm, ids_json)
    meta = {"algorithm": spec.algorithm, "cached": cached, "request_id": request_id, **spec.extra}
    body = b'{"' + spec.items_key.encode() + b'":' + items + b"," + json.dumps(meta).encode()[1:]
    return HTTPResponse(body, content_type="application/json")
