"""Each route's operation: summary, parameters, body and the answers it gives per status. The route's
handler docstring becomes the description, and route_access.py decides its security (document.py)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

from service.http.blueprints.analytics import MAX_DAYS
from service.http.blueprints.recommendations import BUY_AGAIN_FILLS
from service.http.blueprints.tracking import MAX_BATCH
from service.http.openapi import bodies, errors, lists, responses
from service.http.openapi import parameters as p
from service.http.params import MAX_LIMIT


@dataclass(frozen=True)
class Reply:
    """One status's answer: a JSON model, or another media type with its schema."""

    description: str
    model: type[BaseModel] | None = None
    media_type: str = "application/json"
    schema: dict[str, Any] | None = None
    headers: dict[str, Any] = field(default_factory=dict)
    links: dict[str, Any] = field(default_factory=dict)  # OpenAPI links to the operations that follow


@dataclass(frozen=True)
class Operation:
    operation_id: str
    summary: str
    parameters: tuple[dict[str, Any], ...] = ()
    body: type[BaseModel] | None = None
    bare_list: str | None = None  # the body may also be the bare list of this field of `body`
    replies: dict[int, Reply] = field(default_factory=dict)
    errors: dict[int, str] = field(default_factory=dict)  # status -> why, answered with the error body
    uses_database: bool = True


# Writes run on PGREC_ADMIN_DATABASE_URL: a service login there may not make them (42501).
FORBIDDEN = "The database role of PGREC_ADMIN_DATABASE_URL may not do this (`forbidden`)."
LIST_ERRORS = {404: errors.UNKNOWN_PRODUCT}
_LIST = "The ranked list (`X-Pgrec-Cache`: redis, database or miss)."
_CACHE_HEADER = {
    "X-Pgrec-Cache": {
        "description": "Where the list came from: redis, database (rec_recommendations_cache: the list "
        "stored, or for a user's or session's list cut from their stored list of 50) or miss (ranked now).",
        "schema": {"type": "string", "enum": ["redis", "database", "miss"]},
    }
}


def _list_reply(model: type[BaseModel] = lists.RankedList) -> dict[int, Reply]:
    return {200: Reply(_LIST, model, headers=_CACHE_HEADER)}


# Keyed by (method, path in OpenAPI form).
OPERATIONS: dict[tuple[str, str], Operation] = {
    ("GET", "/health"): Operation(
        "getHealth",
        "Health of the database, the cache and the search model",
        replies={
            200: Reply(
                "healthy or degraded (served, perhaps uncached or without /search).", responses.Health
            ),
            503: Reply("unhealthy: the database is down.", responses.Health),
        },
        uses_database=False,  # its own answer when the database is down
    ),
    ("GET", "/recommendations"): Operation(
        "getRecommendations",
        "Personalised products for a customer, or session-based ones for a visitor",
        parameters=(
            p.USER_ID,
            p.SESSION_ID,
            p.limit(),
            p.CATEGORY,
            p.EXCLUDE,
            p.MIN_PRICE,
            p.MAX_PRICE,
            p.query(
                "exclude_seen",
                {"type": "boolean", "default": True},
                "For a user: leave out what they viewed, clicked or carted in the last 30 days.",
            ),
            p.query(
                "max_per_category",
                {"type": "integer", "minimum": 1, "maximum": MAX_LIMIT},
                "At most this many products of one category (default: no cap).",
            ),
        ),
        replies=_list_reply(),
    ),
    ("GET", "/recommendations/buy-again"): Operation(
        "getBuyAgain",
        "What a customer is likely to buy again",
        parameters=(
            {**p.USER_ID, "required": True},
            p.limit(),
            p.query(
                "fill",
                {"type": "string", "enum": list(BUY_AGAIN_FILLS), "default": BUY_AGAIN_FILLS[0]},
                "popular: after the customer's own products, the most popular ones they did not buy (reason "
                "rule popular), so the list has `limit` rows, a newcomer's too; none: only what they bought.",
                example="popular",
            ),
        ),
        replies=_list_reply(),
    ),
    ("GET", "/products/{product_id}/similar"): Operation(
        "getSimilarProducts",
        "Products similar to one product",
        parameters=(
            p.PRODUCT_ID,
            p.limit(),
            p.query(
                "method",
                {"type": "string", "pattern": r"^[a-z][a-z0-9_]{0,62}$", "default": "hybrid"},
                "hybrid, content, co_interaction or another stored neighbour method.",
                example="hybrid",
            ),
        ),
        replies=_list_reply(),
        errors=LIST_ERRORS,
    ),
    ("GET", "/products/{product_id}/frequently-bought-together"): Operation(
        "getFrequentlyBoughtTogether",
        "Products bought in the same orders as one product",
        parameters=(p.PRODUCT_ID, p.limit()),
        replies=_list_reply(),
        errors=LIST_ERRORS,
    ),
    ("POST", "/cart/recommendations"): Operation(
        "getCartRecommendations",
        "What to add to a cart",
        body=bodies.CartRequest,
        replies=_list_reply(),
        errors=LIST_ERRORS,
    ),
    ("GET", "/trending"): Operation(
        "getTrending",
        "Products gaining interest now, overall or in a category",
        parameters=(p.WINDOW, p.CATEGORY, p.limit()),
        replies=_list_reply(lists.TrendingList),
    ),
    ("GET", "/search"): Operation(
        "searchProducts",
        "Hybrid product search (embedding neighbours fused with full-text matches)",
        parameters=(p.Q, p.limit(), p.CATEGORY, p.MAX_PRICE),
        replies={
            **_list_reply(lists.SearchList),
            503: Reply(
                "The search model is still loading (`model_loading`: retry after Retry-After seconds) or "
                "failed to load (`model_unavailable`), or the database is unavailable.",
                errors.ErrorBody,
                headers={
                    "Retry-After": {
                        "description": "With model_loading: seconds to wait.",
                        "schema": {"type": "integer", "minimum": 0},
                    }
                },
            ),
        },
    ),
    ("PUT", "/products"): Operation(
        "upsertProducts",
        "Insert or replace catalog products",
        body=bodies.ProductBatch,
        bare_list="products",
        replies={200: Reply("What was written, in input order.", responses.Upserted)},
        errors={
            403: FORBIDDEN,
            413: "More products than allowed in one request, or a body over the size limit.",
        },
    ),
    ("DELETE", "/products/{product_id}"): Operation(
        "deactivateProduct",
        "Deactivate a product (its history is kept)",
        parameters=({**p.PRODUCT_ID, "example": "prod_01"},),  # the product PUT /products's example writes
        replies={200: Reply("The product is inactive.", responses.Deactivated)},
        errors={403: FORBIDDEN, 404: errors.UNKNOWN_PRODUCT},
    ),
    ("POST", "/track"): Operation(
        "trackEvent",
        "Record one interaction",
        body=bodies.TrackEvent,
        replies={202: Reply("Stored.", responses.Tracked)},
        errors={404: errors.UNKNOWN_PRODUCT},
    ),
    ("POST", "/track/batch"): Operation(
        "trackEvents",
        "Record a batch of interactions",
        parameters=(
            p.query(
                "atomic",
                {"type": "boolean", "default": False},
                "true: one bad event rejects the whole batch and nothing is stored.",
            ),
        ),
        body=bodies.TrackBatch,
        bare_list="events",
        replies={
            202: Reply("The good events are stored; `rejected` names the others.", responses.TrackedBatch),
            400: Reply(
                "No event could be stored (or, atomic, one was bad): `rejected` says why.", errors.BatchError
            ),
            404: Reply(
                "Every event names a product the catalog does not have (with reject).", errors.BatchError
            ),
        },
        errors={413: f"More than {MAX_BATCH} events, or a body over the size limit."},
    ),
    ("POST", "/admin/refresh"): Operation(
        "startRefresh",
        "Start a refresh of the derived tables in the background",
        replies={
            202: Reply(
                "Started (or the one already running).",
                responses.RefreshJob,
                headers={"Location": {"description": "The job to poll.", "schema": {"type": "string"}}},
                links={
                    "getRefresh": {
                        "operationId": "getRefresh",
                        "parameters": {"job_id": "$response.body#/job_id"},
                        "description": "Poll the job.",
                    }
                },
            )
        },
        errors={403: FORBIDDEN},
    ),
    ("GET", "/admin/refresh/{job_id}"): Operation(
        "getRefresh",
        "The state of a refresh job",
        parameters=(
            p.path("job_id", {"type": "string", "format": "uuid"}, "The job id POST /admin/refresh gave."),
        ),
        replies={200: Reply("The job.", responses.RefreshJob)},
        errors={404: "No such job."},
    ),
    ("GET", "/analytics/summary"): Operation(
        "getAnalyticsSummary",
        "Impressions, clicks, conversions and revenue per algorithm and day",
        parameters=(
            p.query(
                "days",
                {"type": "integer", "minimum": 1, "maximum": MAX_DAYS, "default": 7},
                "How many days, counting today.",
            ),
        ),
        replies={200: Reply("Totals per algorithm and the daily rows.", responses.AnalyticsSummary)},
    ),
    ("GET", "/metrics"): Operation(
        "getMetrics",
        "Prometheus metrics of every worker",
        replies={
            200: Reply(
                "Prometheus text exposition format.",
                media_type="text/plain",
                schema={"type": "string"},
            )
        },
        uses_database=False,
    ),
    ("GET", "/"): Operation(
        "getDemoPage",
        "The demo page",
        replies={200: Reply("HTML.", media_type="text/html", schema={"type": "string"})},
        uses_database=False,
    ),
    ("GET", "/demo/customers"): Operation(
        "getDemoCustomers",
        "The customers with the most history",
        parameters=(p.limit(default=12),),
        replies={200: Reply("Customers, most history first.", responses.Customers)},
    ),
}
