"""Parsing one field of an imported row; a bad value raises RowError naming the field."""

from __future__ import annotations

import json
import math
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Any


class RowError(ValueError):
    """Why one row cannot be imported (the message names the field and the value)."""


def text(row: dict[str, Any], name: str, required: bool = False, max_length: int | None = None) -> str | None:
    value = row.get(name)
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise RowError(f"{name} is missing or empty")
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise RowError(f"{name} must be a string, got {json.dumps(value)[:60]}")
    result = str(value).strip()
    if max_length is not None and len(result) > max_length:
        raise RowError(f"{name} is longer than {max_length} characters ({len(result)})")
    return result


def string_list(row: dict[str, Any], name: str) -> list[str]:
    """A JSON array of strings, or in CSV a JSON array text or `a|b|c`."""
    value = row.get(name)
    if value is None or value == "":
        return []
    if isinstance(value, str):
        stripped = value.strip()
        if stripped.startswith("["):
            try:
                value = json.loads(stripped)
            except json.JSONDecodeError:
                raise RowError(f"{name} {stripped[:60]!r} is not a JSON array") from None
        else:
            return [part.strip() for part in stripped.split("|") if part.strip()]
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise RowError(f"{name} must be a list of strings, got {json.dumps(value)[:60]}")
    return [item.strip() for item in value if item.strip()]


def number(row: dict[str, Any], name: str, minimum: Decimal | None = None) -> Decimal | None:
    value = row.get(name)
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise RowError(f"{name} must be a number, got {value!r}")
    try:
        result = Decimal(str(value).strip())
    except InvalidOperation:
        raise RowError(f"{name} {value!r} is not a number") from None
    if not result.is_finite():
        raise RowError(f"{name} {value!r} is not a finite number")
    if minimum is not None and result < minimum:
        raise RowError(f"{name} {value} is below {minimum}")
    return result


def integer(row: dict[str, Any], name: str, default: int, minimum: int) -> int:
    value = row.get(name)
    if value is None or value == "":
        return default
    if isinstance(value, bool):
        raise RowError(f"{name} must be an integer, got {value!r}")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    try:
        result = int(str(value).strip())
    except ValueError:
        raise RowError(f"{name} {value!r} is not an integer") from None
    if result < minimum:
        raise RowError(f"{name} must be at least {minimum}, got {result}")
    return result


_TRUE = {"true", "t", "1", "yes", "y"}
_FALSE = {"false", "f", "0", "no", "n"}


def boolean(row: dict[str, Any], name: str, default: bool) -> bool:
    value = row.get(name)
    if value is None or value == "":
        return default
    if isinstance(value, bool):
        return value
    lowered = str(value).strip().lower()
    if lowered in _TRUE:
        return True
    if lowered in _FALSE:
        return False
    raise RowError(f"{name} {value!r} is not a boolean (true/false)")


def timestamp(row: dict[str, Any], name: str) -> datetime | None:
    """ISO 8601 with a time zone (Z or an offset; a time without one is an error, as over HTTP)
    or Unix seconds."""
    value = row.get(name)
    if value is None or value == "":
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if not math.isfinite(value):
            raise RowError(f"{name} {value!r} is not a time")
        return datetime.fromtimestamp(value, UTC)
    try:
        parsed = datetime.fromisoformat(str(value).strip().replace("Z", "+00:00"))
    except ValueError:
        raise RowError(f"{name} {value!r} is not an ISO 8601 time") from None
    if parsed.tzinfo is None:
        raise RowError(f"{name} {value!r} has no time zone (add Z or an offset, e.g. 2024-05-01T12:00:00Z)")
    return parsed


def json_object(row: dict[str, Any], name: str) -> dict[str, Any]:
    value = row.get(name)
    if value is None or value == "":
        return {}
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except json.JSONDecodeError:
            raise RowError(f"{name} {value[:60]!r} is not JSON") from None
    if not isinstance(value, dict):
        raise RowError(f"{name} must be a JSON object, got {json.dumps(value)[:60]}")
    return value
