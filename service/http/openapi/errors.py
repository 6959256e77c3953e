"""The error body every failure answers with (api_errors.render), and the error responses of an operation."""

from __future__ import annotations

from pydantic import BaseModel, Field

from service.http.openapi.responses import Rejection


class ErrorDetail(BaseModel):
    code: str = Field(
        description="A named code (never a SQLSTATE): invalid_parameter, unauthorized, not_found, "
        "unknown_product, payload_too_large, too_many_events, forbidden, conflict, database_unavailable, "
        "transaction_conflict, model_loading, model_unavailable, internal_error, ...",
        examples=["invalid_parameter"],
    )
    message: str = Field(
        description="What was wrong, for a person.", examples=["limit: must be between 1 and 100, got 0"]
    )
    field: str | None = Field(
        description="The request field at fault (a query argument, a path parameter, `body`, or a path into "
        "the body such as `events[3].product_id`), or null.",
        examples=["limit"],
    )


class ErrorBody(BaseModel):
    """Every 4xx/5xx answer of the service: `{"error": {"code", "message", "field"}}`."""

    error: ErrorDetail


# Why each status happens, for the operations that answer it.
BAD_REQUEST = "A query argument, path parameter or body field is invalid (`field` names it)."
UNAUTHORIZED = "PGREC_API_KEY is set and the request lacks `Authorization: Bearer <key>`."
TOO_LARGE = "The body is larger than {max_body} bytes (`field`: body)."
UNAVAILABLE = "The database is unavailable, or the request lost to concurrent work twice (retry)."
UNKNOWN_PRODUCT = "A product id is not in the catalog (`code`: unknown_product)."


class BatchError(ErrorBody):
    """A batch none of whose events could be stored: the error body with every bad event (`rejected`, absent
    with `?atomic=true`, where the first bad event rejects the batch)."""

    rejected: list[Rejection] | None = None
