"""GET /recommendations: personalised lists for a user, or session-based ones for a visitor."""

from __future__ import annotations

from sanic import Blueprint, Request
from sanic.response import HTTPResponse

from service.http.api_errors import bad_request
from service.http.derived_lists import list_base
from service.http.lists import ListRequest, serve_list
from service.http.params import (
    MAX_LIMIT,
    arg,
    bool_arg,
    category_arg,
    check_id,
    choice_arg,
    id_list_arg,
    int_arg,
    limit_arg,
    price_arg,
)

bp = Blueprint("recommendations")

PERSONALIZED = """rec_personalized(%(user_id)s::text, k => %(k)s::integer, exclude_ids => %(exclude)s::text[],
    category => %(category)s::text, min_price => %(min_price)s::numeric,
    max_price => %(max_price)s::numeric, exclude_seen => %(exclude_seen)s::boolean,
    max_per_category => %(max_per_category)s::integer)"""
SESSION = """rec_session_recommendations(_rec_session_product_ids(%(session_id)s::text), k => %(k)s::integer,
    exclude_ids => %(exclude)s::text[], category => %(category)s::text, min_price => %(min_price)s::numeric,
    max_price => %(max_price)s::numeric)"""


@bp.get("/recommendations")
async def recommendations(request: Request) -> HTTPResponse:
    """Ranked products for `user_id` (hybrid content + collaborative) or, for an anonymous visitor,
    for `session_id` (from the products seen in that session).

    Query: user_id | session_id, limit (1..100, default 10), category, exclude (comma-separated ids),
    min_price, max_price; for a user, exclude_seen (default true: a "recommended for you" list does not
    repeat what the visitor viewed, clicked or carted in the last 30 days; a session list never holds
    the session's products) and max_per_category (1..100, default none: at most that many products of
    one category)."""
    user_id, session_id = arg(request, "user_id"), arg(request, "session_id")
    if user_id is None and session_id is None:
        raise bad_request("user_id", "user_id or session_id is required")
    if user_id is not None:
        check_id(user_id, "user_id")
    if session_id is not None:
        check_id(session_id, "session_id")
    category = category_arg(request)
    k = limit_arg(request)
    min_price, max_price = price_arg(request, "min_price"), price_arg(request, "max_price")
    if min_price is not None and max_price is not None and min_price > max_price:
        raise bad_request("min_price", f"must not exceed max_price ({min_price} > {max_price})")
    args = {
        "k": k,
        "exclude": sorted(set(id_list_arg(request, "exclude"))),
        "category": category,
        "min_price": min_price,
        "max_price": max_price,
    }
    exclude_seen = bool_arg(request, "exclude_seen", True)
    max_per_category = (
        None
        if arg(request, "max_per_category") is None
        else int_arg(request, "max_per_category", 0, 1, MAX_LIMIT)
    )
    if user_id is not None:
        user_args = {
            "user_id": user_id,
            "exclude_seen": exclude_seen,
            "max_per_category": max_per_category,
            **args,
        }
        spec = ListRequest(
            kind="recs",
            subject=f"user:{user_id}",
            owner=f"user:{user_id}",
            algorithm="hybrid",
            source=PERSONALIZED,
            args=user_args,
            impression_user=user_id,
            # a category cap counts the places of the excluded products: such a list is computed in full
            base=list_base(user_args, derivable=max_per_category is None),
        )
    else:
        session_args = {"session_id": session_id, **args}
        spec = ListRequest(
            kind="session",
            subject=f"session:{session_id}",
            owner=f"session:{session_id}",
            algorithm="session",
            source=SESSION,
            args=session_args,
            impression_user=None,
            base=list_base(session_args),
        )
    return await serve_list(request, spec)


BUY_AGAIN = "rec_buy_again(%(user_id)s::text, k => %(k)s::integer, fill => %(fill)s::text)"
# rec_buy_again's fill values; the route's default is the function's (popular, chosen on a validation window).
BUY_AGAIN_FILLS = ("popular", "none")


@bp.get("/recommendations/buy-again")
async def buy_again(request: Request) -> HTTPResponse:
    """What `user_id` is likely to buy again (rec_buy_again: products they bought, by repurchase
    likelihood). Query: user_id (required), limit (1..100, default 10), fill (popular, the default: after
    the user's own products, the store's most popular ones they did not buy, reason rule popular, so a
    carousel always gets `limit` tiles, a newcomer's too; none: only what they bought, possibly empty).
    Cached and turned over per user as GET /recommendations is (the user's watermark is part of the token)."""
    user_id = arg(request, "user_id")
    if user_id is None:
        raise bad_request("user_id", "user_id is required")
    check_id(user_id, "user_id")
    spec = ListRequest(
        kind="buy_again",
        subject=f"user:{user_id}",
        owner=f"user:{user_id}",
        algorithm="buy_again",
        source=BUY_AGAIN,
        args={
            "user_id": user_id,
            "k": limit_arg(request),
            "fill": choice_arg(request, "fill", BUY_AGAIN_FILLS, BUY_AGAIN_FILLS[0]),
        },
        impression_user=user_id,
    )
    return await serve_list(request, spec)
