"""Parsing and validating query arguments and JSON bodies; every failure names its field."""

from __future__ import annotations

import math
import re
from datetime import timedelta
from typing import Any

from sanic import Request

from service.http.api_errors import bad_request

MAX_LIMIT = 100
MAX_ID_LENGTH = 255
MAX_CATEGORY_LENGTH = 255
MAX_LISTED_IDS = 1000  # ids in one list argument (e.g. exclude)
_WINDOW = re.compile(r"^\s*(\d{1,4})\s*(h|d|w)\s*$", re.IGNORECASE)
_WINDOW_UNITS = {"h": "hours", "d": "days", "w": "weeks"}
SHORTEST_WINDOW, LONGEST_WINDOW = timedelta(hours=1), timedelta(days=366)


def arg(request: Request, name: str) -> str | None:
    """A query argument, stripped; None when absent or empty."""
    value = request.args.get(name)
    if value is None:
        return None
    value = str(value).strip()
    return value or None


def category_arg(request: Request, name: str = "category") -> str | None:
    """A category name to filter on: at most MAX_CATEGORY_LENGTH characters; None when absent or empty."""
    category = arg(request, name)
    if category is not None and len(category) > MAX_CATEGORY_LENGTH:
        raise bad_request(name, f"at most {MAX_CATEGORY_LENGTH} characters")
    return category


def limit_arg(request: Request, default: int = 10, name: str = "limit") -> int:
    return int_arg(request, name, default, 1, MAX_LIMIT)


def int_arg(request: Request, name: str, default: int, low: int, high: int) -> int:
    raw = arg(request, name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise bad_request(name, f"expected an integer, got {raw!r}") from None
    if not low <= value <= high:
        raise bad_request(name, f"must be between {low} and {high}, got {value}")
    return value


_BOOLEANS = {"true": True, "1": True, "false": False, "0": False}


def bool_arg(request: Request, name: str, default: bool) -> bool:
    """true/false (or 1/0, any case); absent or empty = default."""
    raw = arg(request, name)
    if raw is None:
        return default
    value = _BOOLEANS.get(raw.lower())
    if value is None:
        raise bad_request(name, f"expected true or false, got {raw!r}")
    return value


def choice_arg(request: Request, name: str, choices: tuple[str, ...], default: str) -> str:
    """One of `choices` (any case); absent or empty = default."""
    raw = arg(request, name)
    if raw is None:
        return default
    value = raw.lower()
    if value not in choices:
        raise bad_request(name, f"expected one of {', '.join(choices)}, got {raw!r}")
    return value


def price_arg(request: Request, name: str) -> float | None:
    raw = arg(request, name)
    if raw is None:
        return None
    try:
        value = float(raw)
    except ValueError:
        raise bad_request(name, f"expected a number, got {raw!r}") from None
    if not math.isfinite(value) or value < 0:
        raise bad_request(name, f"must be a non-negative number, got {raw!r}")
    return value


def id_list_arg(request: Request, name: str) -> list[str]:
    """Comma-separated ids (the argument may also repeat)."""
    values: list[str] = []
    for raw in request.args.getlist(name) or []:
        values.extend(part.strip() for part in str(raw).split(",") if part.strip())
    for value in values:
        check_id(value, name)
    if len(values) > MAX_LISTED_IDS:
        raise bad_request(name, f"at most {MAX_LISTED_IDS} ids")
    return values


def window_arg(request: Request, name: str = "window", default: str = "7d") -> timedelta:
    raw = arg(request, name) or default
    match = _WINDOW.match(raw)
    if not match:
        raise bad_request(
            name, f"expected a number of hours, days or weeks such as 24h, 7d or 2w, got {raw!r}"
        )
    window = timedelta(**{_WINDOW_UNITS[match.group(2).lower()]: int(match.group(1))})
    if not SHORTEST_WINDOW <= window <= LONGEST_WINDOW:
        raise bad_request(name, f"must be between 1h and 366d, got {raw!r}")
    return window


def check_id(value: Any, field: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise bad_request(field, "expected a non-empty string")
    if len(value) > MAX_ID_LENGTH:
        raise bad_request(field, f"at most {MAX_ID_LENGTH} characters")
    return value


def json_body(request: Request) -> Any:
    """The parsed JSON body; 400 naming `body` when missing or malformed."""
    if not request.body:
        raise bad_request("body", "a JSON body is required")
    try:
        return request.json
    except Exception:
        raise bad_request("body", "malformed JSON") from None


def json_object(request: Request) -> dict[str, Any]:
    body = json_body(request)
    if not isinstance(body, dict):
        raise bad_request("body", "expected a JSON object")
    return body


def optional_str(obj: dict[str, Any], key: str, field: str, max_length: int = MAX_ID_LENGTH) -> str | None:
    value = obj.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise bad_request(field, "expected a string")
    if len(value) > max_length:
        raise bad_request(field, f"at most {max_length} characters")
    return value


def optional_number(obj: dict[str, Any], key: str, field: str) -> float | None:
    value = obj.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise bad_request(field, "expected a number")
    if value < 0:
        raise bad_request(field, "must not be negative")
    return float(value)
