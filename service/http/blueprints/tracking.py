"""POST /track and /track/batch: store events before the 202 (the actors' cached lists are stale from then
on: their watermark changed with the commit, see service/http/cache.py; nothing is written to Redis).
An event for a product the catalog does not have yet is kept with a placeholder product unless
PGREC_TRACK_UNKNOWN_PRODUCTS=reject; a batch stores its good events and names the bad ones unless
?atomic=true."""

from __future__ import annotations

import json
import re
import uuid
from datetime import datetime
from typing import Any

import psycopg
from sanic import Blueprint, Request
from sanic.response import HTTPResponse
from sanic.response import json as json_response

from service.http.api_errors import (
    ApiError,
    bad_request,
    error_body,
    for_sqlstate,
    from_database_error,
    unknown_product,
)
from service.http.clean_input import check_price
from service.http.db import fetch_rows, fetch_value
from service.http.params import bool_arg, check_id, json_body, json_object

bp = Blueprint("tracking")

MAX_BATCH = 1000
MAX_QUANTITY = 1_000_000
FIELDS = (
    "user_id", "product_id", "interaction_type", "session_id", "quantity", "context",
    "request_id", "occurred_at", "unit_price", "external_id",
)  # fmt: skip
_TYPE = re.compile(r"^[a-z][a-z0-9_]{0,62}$")
TRACK_SQL = """
select rec_track_interaction(
    user_id => %(user_id)s::text, product_id => %(product_id)s::text,
    interaction_type => %(interaction_type)s::text, session_id => %(session_id)s::text,
    quantity => coalesce(%(quantity)s::integer, 1), context => coalesce(%(context)s::jsonb, '{}'::jsonb),
    request_id => %(request_id)s::uuid, occurred_at => coalesce(%(occurred_at)s::timestamptz, now()),
    unit_price => %(unit_price)s::numeric, external_id => %(external_id)s::text,
    unknown_products => %(unknown_products)s::text)
"""
BATCH_SQL = "select rec_track_interactions(%s::jsonb, %s::text)"
LENIENT_BATCH_SQL = (
    "select idx, id, errcode, field, message from rec_track_interactions_lenient(%s::jsonb, %s::text)"
)
# Batches are the heaviest requests (up to 1,000 inserts each): past two per worker they wait here, so a
# burst of them never holds every pool connection while reads and single events wait for one.
CONCURRENT_BATCHES_PER_WORKER = 2
_EVENT_INDEX = re.compile(r"^events\[(\d+)\]")


def anonymous_user(session_id: str) -> str:
    """The user id of events that carry only a session id."""
    return f"anonymous:{session_id}"


def validate_event(event: Any, prefix: str = "") -> dict[str, Any]:
    """A normalised copy of one event; 400 naming `<prefix><field>` when something is wrong."""
    if not isinstance(event, dict):
        raise bad_request(prefix.rstrip(".") or "body", "expected a JSON object")
    unknown = sorted(set(event) - set(FIELDS))
    if unknown:
        raise bad_request(f"{prefix}{unknown[0]}", f"unknown field (allowed: {', '.join(FIELDS)})")
    out: dict[str, Any] = {name: event.get(name) for name in FIELDS}
    if out["session_id"] is not None:
        check_id(out["session_id"], f"{prefix}session_id")
    if out["user_id"] is None:
        if out["session_id"] is None:
            raise bad_request(f"{prefix}user_id", "user_id or session_id is required")
        out["user_id"] = anonymous_user(out["session_id"])
    check_id(out["user_id"], f"{prefix}user_id")
    if out["product_id"] is None:
        raise bad_request(f"{prefix}product_id", "is required")
    check_id(out["product_id"], f"{prefix}product_id")
    kind = out["interaction_type"]
    if kind is None:
        raise bad_request(
            f"{prefix}interaction_type", "is required (view, click, add_to_cart, purchase, ...)"
        )
    if not isinstance(kind, str) or not _TYPE.match(kind):
        raise bad_request(f"{prefix}interaction_type", f"not an interaction type: {kind!r}")
    quantity = out["quantity"]
    if quantity is not None and (
        isinstance(quantity, bool) or not isinstance(quantity, int) or not 1 <= quantity <= MAX_QUANTITY
    ):
        raise bad_request(f"{prefix}quantity", f"expected an integer between 1 and {MAX_QUANTITY}")
    if out["context"] is not None:
        if not isinstance(out["context"], dict):
            raise bad_request(f"{prefix}context", "expected a JSON object")
        out["context"] = json.dumps(out["context"])
    if out["request_id"] is not None:
        try:
            out["request_id"] = str(uuid.UUID(str(out["request_id"])))
        except ValueError:
            raise bad_request(f"{prefix}request_id", "expected a UUID") from None
    if out["occurred_at"] is not None:
        try:
            stamp = datetime.fromisoformat(str(out["occurred_at"]).replace("Z", "+00:00"))
        except ValueError:
            raise bad_request(f"{prefix}occurred_at", "expected an ISO 8601 timestamp") from None
        if stamp.tzinfo is None:
            raise bad_request(f"{prefix}occurred_at", "needs a time zone, e.g. 2024-05-01T12:00:00Z")
    check_price(out["unit_price"], f"{prefix}unit_price")
    if out["external_id"] is not None:
        check_id(out["external_id"], f"{prefix}external_id")
    return out


def _database_error(exc: psycopg.Error, events: list[dict[str, Any]], batch: bool) -> ApiError:
    message = (exc.diag.message_primary or str(exc)).strip()
    prefix, event = "", events[0] if events else {}
    if batch:
        match = _EVENT_INDEX.match(message)
        if match and int(match.group(1)) < len(events):
            prefix, event = f"events[{match.group(1)}].", events[int(match.group(1))]
        else:
            prefix = "events."
    error = from_database_error(exc, FIELDS)
    field = error.field
    if field is None:  # the message names the value rather than the field
        field = next(
            (
                name
                for name in ("interaction_type", "product_id", "user_id")
                if str(event.get(name)) in message
            ),
            None,
        )
    if exc.sqlstate == "23503" and field in (None, "product_id"):
        return unknown_product(f"{prefix}product_id", message)
    error.field = f"{prefix}{field}" if field else (prefix.rstrip(".") or None)
    return error


def _rejection(index: int, error: ApiError) -> dict[str, Any]:
    """One entry of a batch answer's `rejected` list."""
    return {"index": index, "field": error.field, "code": error.code, "message": error.message}


def _sql_rejection(index: int, errcode: str, field: str | None, message: str) -> ApiError:
    """The error of one event rec_track_interactions_lenient left out, named as the atomic batch names it."""
    path = f"events[{index}].{field}" if field else f"events[{index}]"
    if errcode == "23503" and field == "product_id":
        return unknown_product(path, f"events[{index}]: {message}")
    status, code = for_sqlstate(errcode)
    return ApiError(status, code, f"events[{index}]: {message}", path)


def _sql_payload(events: list[dict[str, Any]]) -> str:
    """Validated events as rec_track_interactions takes them (absent fields left out)."""
    payload = [
        {**event, "context": json.loads(event["context"]) if event["context"] else None} for event in events
    ]
    return json.dumps(
        [{key: value for key, value in event.items() if value is not None} for event in payload]
    )


@bp.post("/track")
async def track(request: Request) -> HTTPResponse:
    """Record one event: `{"user_id", "product_id", "interaction_type", ...}` -> 202 with its id
    (null when `external_id` was already recorded for that user). Anonymous visitors send
    `session_id` instead of `user_id`. A product the catalog does not have yet gets a placeholder
    (inactive until a catalog write brings it), or 404 with PGREC_TRACK_UNKNOWN_PRODUCTS=reject."""
    event = validate_event(json_object(request))
    params = {**event, "unknown_products": request.app.ctx.settings.track_unknown_products}
    try:
        new_id = await fetch_value(request.app.ctx.database, TRACK_SQL, params)
    except psycopg.Error as exc:
        raise _database_error(exc, [event], batch=False) from None
    return json_response({"id": new_id, "duplicate": new_id is None}, status=202)


@bp.post("/track/batch")
async def track_batch(request: Request) -> HTTPResponse:
    """Record up to 1000 events at once: `{"events": [...]}` (or the bare list) -> 202 with their ids in
    input order (null for a duplicate or a rejected event), `accepted`, `duplicates` and `rejected`
    (index, field, code, message of each bad event: the good ones are stored). 400 (404 when every one
    is an unknown product) when no event is good. `?atomic=true`: one bad event rejects the whole batch
    and nothing is stored."""
    body = json_body(request)
    events = body.get("events") if isinstance(body, dict) else body
    if not isinstance(events, list) or not events:
        raise bad_request("events", "expected a non-empty list of events")
    if len(events) > MAX_BATCH:
        raise ApiError(
            413, "too_many_events", f"events: at most {MAX_BATCH} per batch, got {len(events)}", "events"
        )
    atomic = bool_arg(request, "atomic", False)
    rule = request.app.ctx.settings.track_unknown_products
    if atomic:
        clean = [validate_event(event, f"events[{index}].") for index, event in enumerate(events)]
        try:
            async with request.app.ctx.batch_writes:
                stored = await fetch_value(request.app.ctx.database, BATCH_SQL, (_sql_payload(clean), rule))
        except psycopg.Error as exc:
            raise _database_error(exc, clean, batch=True) from None
        return _batch_answer(list(stored), [])

    rejected: dict[int, ApiError] = {}
    good: list[tuple[int, dict[str, Any]]] = []
    for index, event in enumerate(events):
        try:
            good.append((index, validate_event(event, f"events[{index}].")))
        except ApiError as error:
            rejected[index] = error
    ids: list[int | None] = [None] * len(events)
    if good:
        clean = [event for _, event in good]
        try:
            async with request.app.ctx.batch_writes:
                rows = await fetch_rows(
                    request.app.ctx.database, LENIENT_BATCH_SQL, (_sql_payload(clean), rule)
                )
        except psycopg.Error as exc:
            raise _database_error(exc, clean, batch=True) from None
        for row in rows:
            index = good[row["idx"]][0]
            if row["errcode"] is not None:
                rejected[index] = _sql_rejection(index, row["errcode"], row["field"], row["message"])
            ids[index] = row["id"]
    bad = [_rejection(index, rejected[index]) for index in sorted(rejected)]
    if len(rejected) == len(events):
        first = rejected[min(rejected)]
        status = 404 if all(e.code == "unknown_product" for e in rejected.values()) else 400
        return json_response(
            {**error_body(first.code, f"no event stored: {first.message}", first.field), "rejected": bad},
            status=status,
        )
    return _batch_answer(ids, bad)


def _batch_answer(ids: list[int | None], rejected: list[dict[str, Any]]) -> HTTPResponse:
    accepted = len(ids) - len(rejected)
    stored = sum(1 for i in ids if i is not None)
    return json_response(
        {
            "ids": ids,
            "count": len(ids),
            "accepted": accepted,
            "duplicates": accepted - stored,
            "rejected": rejected,
        },
        status=202,
    )
