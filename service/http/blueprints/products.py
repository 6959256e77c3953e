"""Product resources: similar products, bought-together, batch upsert and deactivation."""

from __future__ import annotations

import json
import re
from typing import Any

from sanic import Blueprint, Request
from sanic.response import HTTPResponse
from sanic.response import json as json_response

from service.http.api_errors import bad_request, unknown_product
from service.http.clean_input import check_price
from service.http.db import fetch_rows, fetch_value
from service.http.lists import ListRequest, serve_list
from service.http.params import arg, check_id, json_body, limit_arg

bp = Blueprint("products")

MAX_PRODUCTS = 1000
SIMILAR = "rec_similar_products(%(product_id)s::text, %(k)s::integer, %(method)s::text)"
# Unknown products: rec_similar_products raises P0002 itself; _rec_known_product_ids raises it for the
# function that takes unknown ids (one statement: no look-up of its own before the list).
TOGETHER = (
    "rec_frequently_bought_together(_rec_known_product_ids(array[%(product_id)s::text], 'product_id'),"
    " %(k)s::integer)"
)
METHOD = re.compile(r"^[a-z][a-z0-9_]{0,62}$")


@bp.get("/products/<product_id:str>/similar")
async def similar(request: Request, product_id: str) -> HTTPResponse:
    """Products similar to this one. Query: limit (1..100), method (hybrid, content, co_interaction, ...)."""
    check_id(product_id, "product_id")
    method = arg(request, "method") or "hybrid"
    if not METHOD.match(method):
        raise bad_request("method", f"expected a method name such as hybrid or content, got {method!r}")
    spec = ListRequest(
        kind="similar",
        subject=product_id,
        algorithm=f"similar_{method}",
        source=SIMILAR,
        args={"product_id": product_id, "k": limit_arg(request), "method": method},
    )
    return await serve_list(request, spec)


@bp.get("/products/<product_id:str>/frequently-bought-together")
async def frequently_bought_together(request: Request, product_id: str) -> HTTPResponse:
    """Products bought in the same orders as this one. Query: limit (1..100)."""
    check_id(product_id, "product_id")
    spec = ListRequest(
        kind="together",
        subject=product_id,
        algorithm="bought_together",
        source=TOGETHER,
        args={"product_id": product_id, "k": limit_arg(request)},
    )
    return await serve_list(request, spec)


# -- catalog writes ---------------------------------------------------------------------------
_TEXT_FIELDS = ("description", "collection", "product_type", "handle", "thumbnail")
_LIST_FIELDS = ("categories", "tags")
_ALLOWED = {"id", "title", "price", "currency", "is_active", "metadata", *_TEXT_FIELDS, *_LIST_FIELDS}
_CURRENCY = re.compile(r"^[A-Za-z]{3}$")


def validate_product(product: Any, where: str) -> dict[str, Any]:
    if not isinstance(product, dict):
        raise bad_request(where, "expected a JSON object")
    unknown = sorted(set(product) - _ALLOWED)
    if unknown:
        raise bad_request(f"{where}.{unknown[0]}", f"unknown field (allowed: {', '.join(sorted(_ALLOWED))})")
    check_id(product.get("id"), f"{where}.id")
    title = product.get("title")
    if not isinstance(title, str) or not title.strip():
        raise bad_request(f"{where}.title", "expected a non-empty string")
    for name in _TEXT_FIELDS:
        if product.get(name) is not None and not isinstance(product[name], str):
            raise bad_request(f"{where}.{name}", "expected a string")
    for name in _LIST_FIELDS:
        value = product.get(name)
        if value is not None and (
            not isinstance(value, list) or not all(isinstance(item, str) for item in value)
        ):
            raise bad_request(f"{where}.{name}", "expected a list of strings")
    check_price(product.get("price"), f"{where}.price")
    currency = product.get("currency")
    if currency is not None and (not isinstance(currency, str) or not _CURRENCY.match(currency)):
        raise bad_request(f"{where}.currency", "expected a three-letter currency code")
    if product.get("is_active") is not None and not isinstance(product["is_active"], bool):
        raise bad_request(f"{where}.is_active", "expected true or false")
    if product.get("metadata") is not None and not isinstance(product["metadata"], dict):
        raise bad_request(f"{where}.metadata", "expected a JSON object")
    return product


@bp.put("/products")
async def upsert_products(request: Request) -> HTTPResponse:
    """Insert or replace up to 1000 products: body `{"products": [{"id", "title", ...}]}` (or the bare
    list). Changed product text is queued for embedding; a change turns cached lists over (a trigger
    on rec_products announces it, service/http/cache.py)."""
    body = json_body(request)
    products = body.get("products") if isinstance(body, dict) else body
    if not isinstance(products, list) or not products:
        raise bad_request("products", "expected a non-empty list of products")
    if len(products) > MAX_PRODUCTS:
        raise bad_request("products", f"at most {MAX_PRODUCTS} products per request", status=413)
    seen: set[str] = set()
    for index, product in enumerate(products):
        validate_product(product, f"products[{index}]")
        if product["id"] in seen:
            raise bad_request(f"products[{index}].id", f"duplicate id {product['id']!r}")
        seen.add(product["id"])
    rows = await fetch_rows(
        request.app.ctx.admin_database,
        "select product_id, inserted from rec_upsert_products(%s::jsonb)",
        (json.dumps(products),),
    )
    inserted = sum(1 for row in rows if row["inserted"])
    return json_response(
        {
            "upserted": len(rows),
            "inserted": inserted,
            "updated": len(rows) - inserted,
            "ids": [r["product_id"] for r in rows],
        }
    )


@bp.delete("/products/<product_id:str>")
async def delete_product(request: Request, product_id: str) -> HTTPResponse:
    """Deactivate a product: it is never recommended again; its history is kept."""
    check_id(product_id, "product_id")
    found = await fetch_value(
        request.app.ctx.admin_database,
        "update rec_products set is_active = false, updated_at = now() where id = %s returning id",
        (product_id,),
    )
    if found is None:
        raise unknown_product("product_id", f"unknown product {product_id!r}")
    return json_response({"id": product_id, "is_active": False})
