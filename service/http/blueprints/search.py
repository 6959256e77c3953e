"""GET /search?q=: hybrid product search, the query embedded with the model that embeds the catalog and its
words matched against the products' titles, categories and tags (rec_semantic_search fuses both)."""

from __future__ import annotations

from sanic import Blueprint, Request
from sanic.response import HTTPResponse, json

from service.http.api_errors import ApiError, bad_request, error_body
from service.http.lists import ListRequest, serve_list
from service.http.params import arg, category_arg, limit_arg, price_arg
from service.http.query_encoder import ModelLoading, ModelUnavailable

bp = Blueprint("search")

MAX_QUERY = 500
RETRY_AFTER_SECONDS = 5
SEARCH = (
    "rec_semantic_search(%(_vector)s::vector, %(k)s::integer, %(category)s::text, %(max_price)s::numeric,"
    " %(q)s::text)"
)


@bp.get("/search")
async def search(request: Request) -> HTTPResponse:
    """Query: q (required, at most 500 characters), limit (1..100), category, max_price. 503
    `model_loading` (with Retry-After) while the worker loads the embedding model, unless the answer
    is cached."""
    query = arg(request, "q")
    if query is None:
        raise bad_request("q", "a search text is required")
    if len(query) > MAX_QUERY:
        raise bad_request("q", f"at most {MAX_QUERY} characters")
    category = category_arg(request)
    normalized = " ".join(query.split()).lower()
    spec = ListRequest(
        kind="search",
        subject="q",
        algorithm="search",
        source=SEARCH,
        args={
            "q": normalized,
            "k": limit_arg(request),
            "category": category,
            "max_price": price_arg(request, "max_price"),
        },
        log_impressions=False,
        extra={"query": query},
    )

    async def embed() -> None:
        try:
            spec.args["_vector"] = await request.app.ctx.encoder.encode(normalized)
        except ModelUnavailable as exc:
            raise ApiError(503, "model_unavailable", f"the embedding model is unavailable: {exc}") from None

    try:
        return await serve_list(request, spec, precheck=embed)
    except ModelLoading:
        message = "the search model is still loading (it takes a few seconds after start-up): retry shortly"
        response = json(error_body("model_loading", message), status=503)
        response.headers["retry-after"] = str(RETRY_AFTER_SECONDS)
        return response
