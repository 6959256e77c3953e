"""JSON errors `{"error": {"code", "message", "field"}}` and the SQLSTATE -> HTTP status mapping."""

from __future__ import annotations

import logging
import re
from typing import Any

import psycopg
import psycopg_pool
from sanic import Request
from sanic.exceptions import SanicException
from sanic.response import HTTPResponse, json

log = logging.getLogger("pgrec.service")


class ApiError(Exception):
    """An error the client can act on; rendered as JSON with its status."""

    def __init__(self, status: int, code: str, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.field = field


def bad_request(field: str, message: str, status: int = 400) -> ApiError:
    return ApiError(status, "invalid_parameter", f"{field}: {message}", field)


def not_found(field: str, message: str) -> ApiError:
    return ApiError(404, "not_found", message, field)


def unknown_product(field: str, message: str) -> ApiError:
    return ApiError(404, "unknown_product", message, field)


# SQLSTATE -> (HTTP status, the error code clients see): exact codes before classes, anything else 400
# invalid_parameter. Statuses follow PostgREST's table (docs.postgrest.org, "Errors"), except P0002, which
# our functions raise for an unknown product, and serialization failures and deadlocks, which are retried
# once (db.py) and then 503: nothing was wrong with the request. Codes are named: SQLSTATEs stay in the log.
_EXACT: dict[str, tuple[int, str]] = {
    "23503": (409, "conflict"),
    "23505": (409, "conflict"),
    "25006": (405, "read_only"),
    "40001": (503, "transaction_conflict"),
    "40P01": (503, "transaction_conflict"),
    "42501": (403, "forbidden"),
    "42883": (404, "not_found"),
    "42P01": (404, "not_found"),
    "42P17": (500, "internal_error"),
    "53400": (500, "internal_error"),
    "P0001": (400, "invalid_parameter"),
    "P0002": (404, "unknown_product"),
}
_CLASSES: dict[str, tuple[int, str]] = {
    "08": (503, "database_unavailable"),
    "0L": (403, "forbidden"),
    "0P": (403, "forbidden"),
    "28": (403, "forbidden"),
    "53": (503, "database_unavailable"),
    **{
        cls: (500, "internal_error")
        for cls in ("09", "25", "2D", "38", "39", "3B", "40", "54", "55", "57", "58", "F0", "HV", "P0", "XX")
    },
}
_INVALID = (400, "invalid_parameter")
# serialization_failure, deadlock_detected: the statement lost to concurrent work; retried once (db.py).
RETRIED_SQLSTATES = frozenset({"40001", "40P01"})
# Request fields a database message may name, matched as whole words ("product_id" is not in "product_ids",
# "method" not in "collab_method").
REQUEST_FIELDS = (
    "product_ids",
    "product_id",
    "user_id",
    "session_id",
    "category",
    "min_price",
    "max_price",
    "method",
)


def for_sqlstate(sqlstate: str | None) -> tuple[int, str]:
    """(HTTP status, error code) for a PostgreSQL error code; no code at all is an internal error."""
    if not sqlstate:
        return 500, "internal_error"
    return _EXACT.get(sqlstate) or _CLASSES.get(sqlstate[:2], _INVALID)


def from_database_error(exc: psycopg.Error, fields: tuple[str, ...] = REQUEST_FIELDS) -> ApiError:
    """An ApiError for a database error; `fields` are the request fields whose name the message may
    mention (the first one found becomes `field`)."""
    sqlstate = exc.sqlstate
    diag = exc.diag
    message = (diag.message_primary or str(exc)).strip()
    field = next((name for name in fields if re.search(rf"\b{name}\b", message)), None)
    status, code = for_sqlstate(sqlstate)
    if status >= 500:
        log.error("database error %s: %s", sqlstate, message)
        if code == "database_unavailable":
            return ApiError(503, code, "the database is unavailable", None)
        if code == "transaction_conflict":
            return ApiError(
                503, code, "the database could not finish this request next to concurrent work: retry", None
            )
        return ApiError(status, code, "internal database error", None)
    return ApiError(status, code, message, field)


def error_body(code: str, message: str, field: str | None = None) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, "field": field}}


def render(request: Request, exc: Exception) -> HTTPResponse:
    """The app-wide exception handler."""
    if isinstance(exc, ApiError):
        error = exc
    elif isinstance(exc, psycopg.Error) and exc.sqlstate in RETRIED_SQLSTATES:
        error = from_database_error(exc)  # OperationalErrors too, but the database is up
    elif isinstance(exc, psycopg_pool.PoolTimeout | psycopg.OperationalError):
        log.error("database unavailable: %s", exc)
        error = ApiError(503, "database_unavailable", "the database is unavailable")
    elif isinstance(exc, psycopg.Error):
        error = from_database_error(exc)
    elif isinstance(exc, SanicException):
        status = int(exc.status_code)
        code = {404: "not_found", 405: "method_not_allowed", 413: "payload_too_large"}.get(
            status, "http_error"
        )
        message = str(exc) or code.replace("_", " ")
        field = "body" if status == 413 else None
        error = ApiError(status, code, message, field)
    else:
        log.exception("unhandled error on %s %s", request.method, request.path)
        error = ApiError(500, "internal_error", "internal server error")
    response = json(error_body(error.code, error.message, error.field), status=error.status)
    if error.status == 401:
        response.headers["www-authenticate"] = "Bearer"
    return response
