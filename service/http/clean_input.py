"""The one definition of a clean text parameter, checked once per request at the edge (before any
handler): every query argument, path parameter and JSON string or key is text PostgreSQL can store (no
NUL, no lone surrogate: invalid UTF-8 in a query string decodes to one), and a JSON body nests at most
MAX_JSON_DEPTH levels (deeper ones overflow the encoder's recursion). A failure is 400 naming the field."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import parse_qsl

from sanic import Request

from service.http.api_errors import bad_request

MAX_JSON_DEPTH = 32
# Prices are numeric(14, 4) columns (rec_products.price, rec_user_interactions.unit_price): below 10^10.
PRICE_LIMIT = 10**10
_UNCLEAN = re.compile("[\x00\ud800-\udfff]")


def check_text(value: str, field: str) -> str:
    """`value` when PostgreSQL can store it as text; else 400 naming `field`."""
    if _UNCLEAN.search(value):
        raise bad_request(field, "must not contain NUL characters or invalid Unicode (lone surrogates)")
    return value


def check_price(value: Any, field: str) -> None:
    """None or a finite number from 0 up to (not including) PRICE_LIMIT; else 400 naming `field` (a larger
    one overflowed the column: a 400 without a field)."""
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value < PRICE_LIMIT:
        raise bad_request(field, f"expected a non-negative number below {PRICE_LIMIT:,}")


def check_request(request: Request) -> None:
    """Query arguments (decoded strictly: invalid UTF-8 is rejected, not replaced), path parameters and
    the JSON body, if it parses (a malformed one is the handler's 400)."""
    if request.query_string:
        pairs = parse_qsl(request.query_string, keep_blank_values=True, errors="surrogateescape")
        for name, value in pairs:
            check_text(value, check_text(name, "query"))
    for name, value in request.match_info.items():
        if isinstance(value, str):
            check_text(value, name)
    if request.body:
        try:
            body = request.json
        except Exception:
            return
        check_json(body)


def _top_field(path: str) -> str:
    return re.split(r"[.\[]", path, maxsplit=1)[0] or "body"


def check_json(document: Any) -> None:
    """Every string and key clean, at most MAX_JSON_DEPTH levels; iterative, so any depth is safe."""
    stack: list[tuple[Any, str, int]] = [(document, "", 0)]
    while stack:
        node, path, depth = stack.pop()
        if isinstance(node, str):
            check_text(node, path or "body")
        elif isinstance(node, dict | list):
            if depth >= MAX_JSON_DEPTH:
                field = _top_field(path)
                raise bad_request(field, f"nested deeper than {MAX_JSON_DEPTH} levels")
            if isinstance(node, dict):
                children = []
                for key, value in node.items():
                    check_text(key, path or "body")  # an unclean key is named by its object
                    children.append((value, f"{path}.{key}" if path else key, depth + 1))
            else:
                children = [(value, f"{path}[{index}]", depth + 1) for index, value in enumerate(node)]
            stack.extend(reversed(children))
