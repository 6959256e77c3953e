"""JSON errors `{"error": {"code", "message", "field"}}` and the SQLSTATE -> HTTP status mapping."""

from __future__ import annotations

import logging
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


# PostgREST's table (docs.postgrest.org, "Errors": HTTP status codes), exact codes before classes.
_EXACT = {
    "23503": 409,
    "23505": 409,
    "25006": 405,
    "53400": 500,
    "P0001": 400,
    "42883": 404,
    "42P01": 404,
    "42501": 403,
    "42P17": 500,
}
_CLASSES = {
    "08": 503,
    "09": 500,
    "0L": 403,
    "0P": 403,
    "25": 500,
    "28": 403,
    "2D": 500,
    "38": 500,
    "39": 500,
    "3B": 500,
    "40": 500,
    "53": 503,
    "54": 500,
    "55": 500,
    "57": 500,
    "58": 500,
    "F0": 500,
    "HV": 500,
    "P0": 500,
    "XX": 500,
}


def status_for_sqlstate(sqlstate: str | None) -> int:
    """HTTP status for a PostgreSQL error code, as PostgREST maps it (anything else: 400)."""
    if not sqlstate:
        return 500
    if sqlstate in _EXACT:
        return _EXACT[sqlstate]
    return _CLASSES.get(sqlstate[:2], 400)


def from_database_error(exc: psycopg.Error, fields: tuple[str, ...] = ()) -> ApiError:
    """An ApiError for a database error; `fields` are the request fields whose name the message may
    mention (the first one found becomes `field`)."""
    sqlstate = exc.sqlstate
    diag = exc.diag
    message = (diag.message_primary or str(exc)).strip()
    field = next((name for name in fields if name in message), None)
    status = status_for_sqlstate(sqlstate)
    code = f"sqlstate_{sqlstate}" if sqlstate else "database_error"
    if status >= 500:
        log.error("database error %s: %s", sqlstate, message)
        if status == 503:
            return ApiError(503, "database_unavailable", "the database is unavailable", None)
        return ApiError(status, code, "internal database error", None)
    return ApiError(status, code, message, field)


def error_body(code: str, message: str, field: str | None = None) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, "field": field}}


def render(request: Request, exc: Exception) -> HTTPResponse:
    """The app-wide exception handler."""
    if isinstance(exc, ApiError):
        error = exc
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
