"""The shape a list read back from Redis must have before its bytes are spliced into an answer and into
the impression batch: the JSON array of product ids, then the JSON array of items exactly as LIST_SQL
(lists.py) builds them, in the same order. Redis is outside the database's guarantees (anyone who can
reach it can write there): a value of any other shape is a miss, recomputed and overwritten."""

from __future__ import annotations

import json
import math
from typing import Any

ITEM_KEYS = frozenset({"id", "title", "thumbnail", "price", "score", "reason"})


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")  # NaN and Infinity, which json.loads accepts by default


def _number(value: Any) -> bool:
    return value is None or (
        isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
    )


def well_formed(ids_json: bytes, items_json: bytes) -> bool:
    """True when `ids_json` is a JSON array of strings and `items_json` a JSON array of as many items,
    each {"id" (the id at the same place), "title", "thumbnail", "price", "score", "reason"} with their
    types (strings, numbers or null, reason an object or null)."""
    try:
        ids = json.loads(ids_json, parse_constant=_no_constant)
        items = json.loads(items_json, parse_constant=_no_constant)
    except ValueError:  # also UnicodeDecodeError
        return False
    if not isinstance(ids, list) or not isinstance(items, list) or len(ids) != len(items):
        return False
    for product_id, item in zip(ids, items, strict=True):
        if not (
            isinstance(item, dict)
            and item.keys() == ITEM_KEYS
            and isinstance(product_id, str)
            and item["id"] == product_id
            and isinstance(item["title"], str)
            and (item["thumbnail"] is None or isinstance(item["thumbnail"], str))
            and _number(item["price"])
            and _number(item["score"])
            and (item["reason"] is None or isinstance(item["reason"], dict))
        ):
            return False
    return True
