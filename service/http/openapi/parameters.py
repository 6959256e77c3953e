"""Query and path parameters, with the ranges the handlers enforce (params.py and the blueprints)."""

from __future__ import annotations

from typing import Any

from service.http.blueprints.search import MAX_QUERY
from service.http.params import MAX_CATEGORY_LENGTH, MAX_ID_LENGTH, MAX_LIMIT, MAX_LISTED_IDS

# check_id: a non-blank string of at most MAX_ID_LENGTH characters (surrounding blanks are stripped).
ID = {"type": "string", "minLength": 1, "maxLength": MAX_ID_LENGTH, "pattern": r"\S"}
PRICE = {"type": "number", "minimum": 0}
EXAMPLE_PRODUCT = "85123A"
EXAMPLE_USER = "17841"


def query(
    name: str, schema: dict[str, Any], description: str, *, required: bool = False, example: Any = None
) -> dict[str, Any]:
    parameter: dict[str, Any] = {
        "name": name,
        "in": "query",
        "required": required,
        "description": description,
        "schema": schema,
    }
    if example is not None:
        parameter["example"] = example
    return parameter


def path(name: str, schema: dict[str, Any], description: str, example: Any = None) -> dict[str, Any]:
    parameter = {"name": name, "in": "path", "required": True, "description": description, "schema": schema}
    if example is not None:
        parameter["example"] = example
    return parameter


def limit(default: int = 10, maximum: int = MAX_LIMIT) -> dict[str, Any]:
    return query(
        "limit",
        {"type": "integer", "minimum": 1, "maximum": maximum, "default": default},
        "How many products (at most).",
    )


CATEGORY = query(
    "category",
    {"type": "string", "maxLength": MAX_CATEGORY_LENGTH},
    "Only products of this category.",
)
MAX_PRICE = query("max_price", PRICE, "Only products at most this price.")
MIN_PRICE = query("min_price", PRICE, "Only products at least this price (not above max_price).")
PRODUCT_ID = path("product_id", ID, "A product id (rec_products.id).", EXAMPLE_PRODUCT)
EXCLUDE = query(
    "exclude",
    {"type": "string"},
    f"Product ids to leave out, comma-separated (or the argument repeated); at most {MAX_LISTED_IDS}, "
    f"each at most {MAX_ID_LENGTH} characters.",
)
USER_ID = query("user_id", ID, "The customer's id.", example=EXAMPLE_USER)
SESSION_ID = query("session_id", ID, "An anonymous visitor's session id (instead of user_id).")
Q = query(
    "q",
    {"type": "string", "minLength": 1, "maxLength": MAX_QUERY, "pattern": r"\S"},
    "The search text.",
    required=True,
    example="red mug",
)
WINDOW = query(
    "window",
    {"type": "string", "pattern": r"^\s*\d{1,4}\s*[hdwHDW]\s*$", "default": "7d"},
    "How far back: hours, days or weeks such as 24h, 7d or 2w, between 1h and 366d.",
    example="7d",
)
