"""Query and path parameters, with the ranges the handlers enforce (params.py and the blueprints)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from service.http.blueprints.search import MAX_QUERY
from service.http.params import (
    LONGEST_WINDOW,
    MAX_CATEGORY_LENGTH,
    MAX_ID_LENGTH,
    MAX_LIMIT,
    MAX_LISTED_IDS,
    SHORTEST_WINDOW,
)

# Not blank by str.strip(): a character that is whitespace neither to Python (which also counts
# \x1c-\x1f and \x85) nor to the ECMA regular expressions of JSON Schema.
NOT_BLANK = r"[^\s\x1c-\x1f\x85]"
# check_id: a non-blank string of at most MAX_ID_LENGTH characters (surrounding blanks are stripped).
ID = {"type": "string", "minLength": 1, "maxLength": MAX_ID_LENGTH, "pattern": NOT_BLANK}
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
    {"type": "string", "minLength": 1, "maxLength": MAX_QUERY, "pattern": NOT_BLANK},
    "The search text.",
    required=True,
    example="red mug",
)


def one_to(n: int) -> str:
    """A regular expression for the integers 1..n written without leading zeros."""
    digits = str(n)
    parts = [rf"[1-9]\d{{0,{len(digits) - 2}}}"] if len(digits) > 1 else []
    for place, digit in enumerate(digits):  # n's first `place` digits, then a smaller digit, then any
        low = 1 if place == 0 else 0
        if int(digit) > low:
            rest = len(digits) - place - 1
            parts.append(digits[:place] + f"[{low}-{int(digit) - 1}]" + (rf"\d{{{rest}}}" if rest else ""))
    return "(?:" + "|".join([*parts, digits]) + ")"


def window_pattern() -> str:
    """params.window_arg's windows: a count of hours, days or weeks from 1 up to LONGEST_WINDOW."""
    assert timedelta(hours=1) >= SHORTEST_WINDOW  # so 1 of every unit is long enough
    units = {"h": timedelta(hours=1), "d": timedelta(days=1), "w": timedelta(weeks=1)}
    counts = [f"{one_to(LONGEST_WINDOW // length)} *[{unit}{unit.upper()}]" for unit, length in units.items()]
    return "^ *(?:" + "|".join(counts) + ") *$"


WINDOW = query(
    "window",
    {"type": "string", "pattern": window_pattern(), "default": "7d"},
    f"How far back: hours, days or weeks such as 24h, 7d or 2w, from 1h to {LONGEST_WINDOW.days}d.",
    example="7d",
)
