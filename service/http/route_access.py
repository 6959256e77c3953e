"""Which key each route needs: one table, read by the request middleware (factory.py) and the OpenAPI
document. A registered route missing from the table needs the API key (fail closed)."""

from __future__ import annotations

import enum
import hmac
from dataclasses import dataclass

from service.core.config import Settings


class Access(enum.Enum):
    PUBLIC = "public"  # storefront reads: callable from a browser, no key
    API_KEY = "api_key"  # PGREC_API_KEY: writes, admin, analytics, a customer's own history, demo data
    METRICS_KEY = "metrics_key"  # PGREC_METRICS_KEY, else PGREC_API_KEY


@dataclass(frozen=True)
class RouteAccess:
    method: str
    path: str  # Sanic's route path with a leading slash, e.g. /products/<product_id:str>/similar
    access: Access
    why: str  # the group, shown in the README table


ROUTES: tuple[RouteAccess, ...] = (
    RouteAccess("GET", "/health", Access.PUBLIC, "liveness"),
    RouteAccess("GET", "/recommendations", Access.PUBLIC, "storefront read"),
    RouteAccess("GET", "/products/<product_id:str>/similar", Access.PUBLIC, "storefront read"),
    RouteAccess(
        "GET", "/products/<product_id:str>/frequently-bought-together", Access.PUBLIC, "storefront read"
    ),
    RouteAccess("POST", "/cart/recommendations", Access.PUBLIC, "storefront read"),
    RouteAccess("GET", "/trending", Access.PUBLIC, "storefront read"),
    RouteAccess("GET", "/search", Access.PUBLIC, "storefront read"),
    RouteAccess("GET", "/recommendations/buy-again", Access.API_KEY, "a customer's purchases"),
    RouteAccess("POST", "/track", Access.API_KEY, "write"),
    RouteAccess("POST", "/track/batch", Access.API_KEY, "write"),
    RouteAccess("PUT", "/products", Access.API_KEY, "write"),
    RouteAccess("DELETE", "/products/<product_id:str>", Access.API_KEY, "write"),
    RouteAccess("POST", "/admin/refresh", Access.API_KEY, "admin"),
    RouteAccess("GET", "/admin/refresh/<job_id:str>", Access.API_KEY, "admin"),
    RouteAccess("GET", "/analytics/summary", Access.API_KEY, "analytics"),
    RouteAccess("GET", "/metrics", Access.METRICS_KEY, "metrics"),
    # Registered only by `pgrec demo` (create_app(demo=True)).
    RouteAccess("GET", "/", Access.PUBLIC, "demo page"),
    RouteAccess("GET", "/demo/customers", Access.API_KEY, "demo: the customers with the most history"),
    # The OpenAPI document and Swagger UI with its bundled files (service/http/openapi/ui.py).
    RouteAccess("GET", "/docs", Access.PUBLIC, "API documentation"),
    RouteAccess("GET", "/docs/openapi.json", Access.PUBLIC, "API documentation"),
    RouteAccess("GET", "/docs/oauth2-redirect.html", Access.PUBLIC, "API documentation"),
    RouteAccess("GET", "/docs/static/<name:str>", Access.PUBLIC, "API documentation"),
)
_BY_ROUTE = {(entry.method, entry.path): entry.access for entry in ROUTES}


def route_access(method: str, route_path: str) -> Access:
    """The access class of a registered route (`route_path` as Sanic stores it, with or without the leading
    slash). HEAD is GET's; OPTIONS (a CORS preflight carries no credentials) is public; unlisted: API key."""
    if method == "OPTIONS":
        return Access.PUBLIC
    method = "GET" if method == "HEAD" else method
    return _BY_ROUTE.get((method, "/" + route_path.lstrip("/")), Access.API_KEY)


def key_for(access: Access, settings: Settings) -> tuple[str, str] | None:
    """(setting name, key) a request must present for `access`; None: no key is needed (or none is set)."""
    if access is Access.PUBLIC:
        return None
    if access is Access.METRICS_KEY and settings.metrics_key:
        return "PGREC_METRICS_KEY", settings.metrics_key
    return None if settings.api_key is None else ("PGREC_API_KEY", settings.api_key)


def required_key(method: str, route_path: str | None, settings: Settings) -> tuple[str, str] | None:
    """What the middleware checks: the (setting name, key) a request to this route must present. No route
    (the answer is 404 or 405, nothing is served): None."""
    return None if route_path is None else key_for(route_access(method, route_path), settings)


def bearer_matches(authorization: str, key: str) -> bool:
    """`Authorization: Bearer <key>` (scheme case-insensitive), compared in constant time."""
    scheme, _, token = authorization.partition(" ")
    return scheme.lower() == "bearer" and hmac.compare_digest(token.strip().encode(), key.encode())
