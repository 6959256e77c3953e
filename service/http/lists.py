"""Serving a ranked list: from the cache when the stored token is the current one, else the SQL function
with the product details joined in SQL in the function's order (Python never re-ranks), then impressions
under the request id. The token: the worker's lists epoch, and for an owner's list ("user:<id>" /
"session:<id>") that owner's watermark, read from PostgreSQL before (or with) the list (see cache.py).
On a Redis miss the same statement first looks in the second level, rec_recommendations_cache, for the
list stored under the current token (stored_lists.py writes it), and computes the list only without one."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field, replace
from typing import Any

from psycopg import sql
from sanic import Request
from sanic.response import HTTPResponse

from service.http.cache import Lookup, params_digest
from service.http.database import Database
from service.http.db import fetch_row
from service.http.derived_lists import ListBase, cut
from service.http.list_shape import well_formed
from service.http.public_reasons import full_reasons, without_owner_history
from service.http.replicas import on_a_replica

log = logging.getLogger("pgrec.lists")

# `{source}` is one of the fixed function calls below, never text from a request. `{watermark}`: the
# owner's watermark (a stable function: it reads this statement's snapshot, which the list sees or overtakes)
# or null.
LIST_SQL = """
select coalesce(jsonb_agg(to_jsonb(x) - 'ord' order by x.ord), '[]'::jsonb)::text,
       coalesce(array_agg(x.id order by x.ord), '{{}}'::text[]),
       {watermark},
       null::float8
  from (select p.id, p.title, p.thumbnail, p.price::float8 as price, r.score, r.reason, r.ordinality as ord
          from {source} with ordinality as r
          join rec_products as p on p.id = r.product_id
         where p.is_active
         order by r.ordinality
         limit %(k)s) as x
"""

# The second level first: the row stored under the current token (the epoch read before, the owner's watermark
# read now), with the seconds it has left; else the list computed now (no seconds). The Append runs its
# branches in order and the limit stops it at the first row: a stored list costs no computation.
STORED_OR_LIST_SQL = """
(select s.results::text,
        array(select e.item->>'id' from jsonb_array_elements(s.results) with ordinality as e(item, ord)
              order by e.ord),
        s.owner_watermark,
        extract(epoch from s.expires_at - now())::float8
   from rec_recommendations_cache as s
  where s.kind = %(_kind)s and s.subject = %(_subject)s and s.params_digest = %(_digest)s
    and s.lists_epoch = %(_epoch)s and s.owner_watermark is not distinct from {watermark}
    and s.expires_at > now())
union all
({list})
limit 1
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
    log_impressions: bool = True
    items_key: str = "recommendations"
    extra: dict[str, Any] = field(default_factory=dict)
    ttl: int | None = None  # seconds in the cache when shorter than PGREC_CACHE_TTL
    base: ListBase | None = None  # the stored list this one is cut from (derived_lists.py)


def _watermark_sql(owned: bool) -> sql.SQL:
    return sql.SQL("_rec_list_watermark(%(_owner_kind)s, %(_owner_id)s)" if owned else "null::text")


def list_query(source: str, owned: bool = False, stored: bool = False) -> sql.Composed:
    """The list (its items as JSON text, its ids, the owner's watermark, null); with `stored`, the row of
    the second level under the current token instead when there is one (its seconds left, not null)."""
    query = sql.SQL(LIST_SQL).format(source=sql.SQL(source), watermark=_watermark_sql(owned))
    if not stored:
        return query
    return sql.SQL(STORED_OR_LIST_SQL).format(list=query, watermark=_watermark_sql(owned))


def _owner_args(spec: ListRequest) -> dict[str, Any]:
    if spec.owner is None:
        return spec.args
    kind, _, owner_id = spec.owner.partition(":")
    return {**spec.args, "_owner_kind": kind, "_owner_id": owner_id}


async def fetch_list(
    request: Request, spec: ListRequest, stored_under: tuple[str, str] | None = None
) -> tuple[bytes, list[str], str | None, float | None]:
    """The list as JSON text (never parsed here), its product ids in the function's order, the owner's
    watermark read in the same statement (None without an owner), and None; or, with `stored_under` =
    (lists epoch, params digest) and a list of the second level stored under that epoch and the current
    watermark, that list with the seconds it has left."""
    args = _owner_args(spec)
    if stored_under is not None:
        epoch, digest = stored_under
        args = {**args, "_kind": spec.kind, "_subject": spec.subject, "_digest": digest, "_epoch": epoch}
    query = list_query(spec.source, spec.owner is not None, stored_under is not None)
    ctx = request.app.ctx

    async def read(database: Database) -> tuple[Any, ...]:
        row = await fetch_row(database, query, args)
        assert row is not None
        return row

    if ctx.replicas is None:
        row, request.ctx.read_from = await read(ctx.database), "primary"
    else:
        # Read-your-writes: an owner's list comes from a replica only when the replica has the owner's
        # watermark the primary has now (every event the owner was answered for, and no other).
        expected = None if spec.owner is None else await ctx.watermarks.read(spec.owner)
        row, request.ctx.read_from = await on_a_replica(
            ctx.replicas, read, None if spec.owner is None else (lambda row: row[2] == expected)
        )
    return row[0].encode(), list(row[1]), row[2], row[3]


def _token(epoch: str, watermark: str | None) -> str:
    return epoch if watermark is None else f"{epoch}/{watermark}"


async def _current_token(request: Request, spec: ListRequest, epoch: str) -> str:
    if spec.owner is None:
        return epoch
    return _token(epoch, await request.app.ctx.watermarks.read(spec.owner))


async def _stored_or_computed(
    request: Request, spec: ListRequest, lookup: Lookup, params: dict[str, Any], epoch: str | None
) -> tuple[bytes, bytes, str]:
    """On a Redis miss: (product ids JSON, items JSON, "database" or "miss"): the list of the second level
    under the current token when there is one (put back into Redis for the seconds it has left), else the
    list computed now (put into Redis and queued for the second level, both under the token it was
    computed under). Without a cache or an epoch, computed and stored nowhere."""
    cache = request.app.ctx.cache
    if epoch is None or not cache.enabled:
        items, ids, _, _ = await fetch_list(request, spec)
        return json.dumps(ids).encode(), items, "miss"
    if spec.base is not None:
        return await _cut_from_base(request, spec, spec.base, lookup, epoch)
    digest = params_digest(params)
    items, ids, watermark, seconds_left = await fetch_list(request, spec, (epoch, digest))
    ids_json = json.dumps(ids).encode()
    token = _token(epoch, watermark)
    if seconds_left is not None:
        cache.count(spec.kind, "database")
        await cache.put(lookup, token, ids_json + b"\n" + items, max(1, int(seconds_left)))
        return ids_json, items, "database"
    await cache.put(lookup, token, ids_json + b"\n" + items, spec.ttl)
    ttl = min(spec.ttl, cache.ttl) if spec.ttl is not None else cache.ttl
    params_json = json.dumps(params, sort_keys=True, default=str)
    key = (spec.kind, spec.subject, digest)
    request.app.ctx.stored_lists.add(key, spec.algorithm, params_json, items, epoch, watermark, ttl)
    return ids_json, items, "miss"


async def _cut_from_base(
    request: Request, spec: ListRequest, base: ListBase, lookup: Lookup, epoch: str
) -> tuple[bytes, bytes, str]:
    """On a Redis miss of a list cut from a longer one: the longer list of the second level under the current
    token, else computed now (and queued for the second level), then cut (derived_lists.py); computed in full
    only when too few products are left of it. The answer goes into Redis under the request's own key."""
    ctx = request.app.ctx
    base_spec = replace(spec, args=base.args, base=None)
    base_params = {key: value for key, value in base.args.items() if not key.startswith("_")}
    digest = params_digest(base_params)
    items, ids, watermark, seconds_left = await fetch_list(request, base_spec, (epoch, digest))
    ttl = min(spec.ttl, ctx.cache.ttl) if spec.ttl is not None else ctx.cache.ttl
    if seconds_left is None:
        params_json = json.dumps(base_params, sort_keys=True, default=str)
        key = (spec.kind, spec.subject, digest)
        ctx.stored_lists.add(key, spec.algorithm, params_json, items, epoch, watermark, ttl)
    answer = cut(base, items, ids)
    if answer is None:  # the excluded products took too many places: the list itself
        items, ids, watermark, _ = await fetch_list(request, spec)
        seconds_left = None
    else:
        items, ids = answer
    ids_json = json.dumps(ids).encode()
    source = "miss" if seconds_left is None else "database"
    if source == "database":
        ctx.cache.count(spec.kind, "database")
    redis_ttl = ttl if seconds_left is None else max(1, int(seconds_left))
    await ctx.cache.put(lookup, _token(epoch, watermark), ids_json + b"\n" + items, redis_ttl)
    return ids_json, items, source


async def serve_list(request: Request, spec: ListRequest, precheck: Any = None) -> HTTPResponse:
    """Answer from the cache or the database. `precheck`, an async callable, runs on a miss
    before the query (e.g. 404 for an unknown product, or embedding a search text). The cached
    value is `<product ids JSON>\\n<items JSON>`, spliced into the answer once its shape is checked
    (list_shape.py: anything else is a miss, recomputed and overwritten). A stored
    value is served only when its token equals the current one (the epoch read first, the owner's
    watermark read now); a list computed now is stored under the epoch read first and the
    watermark read with it, so a change committed meanwhile makes it a later miss, never a stale hit.
    The same holds for the second level (rec_recommendations_cache), read with the list on a Redis miss
    (or while Redis fails) and written in the background; a list found there goes back into Redis for
    the seconds it has left. Header X-Pgrec-Cache: redis, database (second level) or miss; X-Pgrec-Database:
    primary or replica (replicas.py) when a database answered. An owner's list
    answered to a call without the API key gets generic reasons (public_reasons.py)."""
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
    hit: tuple[bytes, bytes] | None = None
    if (
        lookup.payload is not None
        and epoch is not None
        and lookup.token == (await _current_token(request, spec, epoch)).encode()
    ):
        ids_json, _, items = lookup.payload.partition(b"\n")
        if well_formed(ids_json, items):
            hit, result = (ids_json, items), "hit"
        else:  # a miss: recomputed and overwritten below
            log.warning("ignoring a malformed cached list under %s", lookup.key)
    cache.count(spec.kind, result)
    source = "redis"
    if hit is not None:
        ids_json, items = hit
    else:
        if precheck is not None:
            await precheck()
        ids_json, items, source = await _stored_or_computed(request, spec, lookup, params, epoch)
    cached = source != "miss"
    if spec.owner is not None and not full_reasons(request):  # the cache keeps full reasons
        items = without_owner_history(items)
    request_id: str = request.ctx.request_id
    if spec.log_impressions:
        ctx.impressions.add(request_id, spec.impression_user, spec.algorithm, ids_json)
    meta = {"algorithm": spec.algorithm, "cached": cached, "request_id": request_id, **spec.extra}
    body = b'{"' + spec.items_key.encode() + b'":' + items + b"," + json.dumps(meta).encode()[1:]
    headers = {"X-Pgrec-Cache": source}
    read_from = getattr(request.ctx, "read_from", None)
    if read_from is not None:  # computed or read from the second level now: which database answered
        headers["X-Pgrec-Database"] = read_from
    return HTTPResponse(body, content_type="application/json", headers=headers)
