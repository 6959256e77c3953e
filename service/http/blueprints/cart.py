"""POST /cart/recommendations: what to add to a cart, from the products already in it."""

from __future__ import annotations

import hashlib

from sanic import Blueprint, Request
from sanic.response import HTTPResponse

from service.http.api_errors import bad_request
from service.http.lists import ListRequest, serve_list
from service.http.params import MAX_LIMIT, check_id, json_object

bp = Blueprint("cart")

MAX_CART = 100
# Unknown products raise P0002 (404 unknown_product) in the same statement as the list.
CART = (
    "rec_cart_recommendations(_rec_known_product_ids(%(product_ids)s::text[], 'product_ids'), %(k)s::integer)"
)


@bp.post("/cart/recommendations")
async def cart_recommendations(request: Request) -> HTTPResponse:
    """Body `{"product_ids": [...], "limit": 10}` (the cart in the order its products were added):
    products bought together with the cart, topped up with session-style recommendations; never one
    already in the cart."""
    body = json_object(request)
    ids = body.get("product_ids")
    if not isinstance(ids, list) or not ids:
        raise bad_request("product_ids", "expected a non-empty list of product ids")
    if len(ids) > MAX_CART:
        raise bad_request("product_ids", f"at most {MAX_CART} products")
    for index, product_id in enumerate(ids):
        check_id(product_id, f"product_ids[{index}]")
    k = body.get("limit", 10)
    if isinstance(k, bool) or not isinstance(k, int) or not 1 <= k <= MAX_LIMIT:
        raise bad_request("limit", f"must be an integer between 1 and {MAX_LIMIT}, got {k!r}")
    # The client's order, as given: rec_cart_recommendations weighs the cart by position (and counts a
    # repeated id at its first position), so the order is part of the question and of the cache key.
    product_ids: list[str] = ids

    spec = ListRequest(
        kind="cart",
        subject=hashlib.sha256("\0".join(product_ids).encode()).hexdigest()[:20],
        algorithm="cart",
        source=CART,
        args={"product_ids": product_ids, "k": k},
    )
    return await serve_list(request, spec)
