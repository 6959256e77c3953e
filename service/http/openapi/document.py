"""`build_document(app)`: the OpenAPI 3.1 document of an app, one operation per registered route and
method (OPERATIONS), its security from route_access.py, its schemas from the pydantic models. Works on an
app that was never started (no database or Redis needed)."""

from __future__ import annotations

import inspect
import re
from dataclasses import dataclass
from importlib.metadata import version
from typing import Any

from pydantic import BaseModel
from pydantic.json_schema import GenerateJsonSchema, models_json_schema
from sanic import Sanic

from service.http import route_access
from service.http.openapi import errors
from service.http.openapi.operations import OPERATIONS, Operation, Reply

TITLE = "pgrec"
DOCS_PREFIX = "/docs"
_SCHEMAS = "#/components/schemas/"
_PARAMETER = re.compile(r"<([^:>]+)(:[^>]*)?>")
_SKIPPED_METHODS = frozenset({"HEAD", "OPTIONS"})
REQUEST_ID_HEADER = {"$ref": "#/components/headers/X-Request-Id"}
SECURITY_SCHEMES = {
    "apiKey": {
        "type": "http",
        "scheme": "bearer",
        "description": "PGREC_API_KEY, as `Authorization: Bearer <key>` (checked only when the key is set).",
    },
    "metricsKey": {
        "type": "http",
        "scheme": "bearer",
        "description": "PGREC_METRICS_KEY, or PGREC_API_KEY when no metrics key is set.",
    },
}
_SECURITY: dict[route_access.Access, list[dict[str, list[str]]]] = {
    route_access.Access.PUBLIC: [],
    route_access.Access.API_KEY: [{"apiKey": []}],
    route_access.Access.METRICS_KEY: [{"metricsKey": []}],
}
DESCRIPTION = (
    "Recommendations, tracking and catalog writes over the rec_* SQL functions of pgrec. Every error "
    'answers `{"error": {"code", "message", "field"}}` with a named code; every answer carries '
    "`X-Request-Id`."
)


def openapi_path(route_path: str) -> str:
    """Sanic's `products/<product_id:str>/similar` as `/products/{product_id}/similar`."""
    return "/" + _PARAMETER.sub(r"{\1}", route_path.lstrip("/"))


@dataclass(frozen=True)
class Route:
    method: str
    path: str  # OpenAPI form
    route_path: str  # Sanic's, with a leading slash
    handler: Any
    blueprint: str


def documented_routes(app: Sanic[Any, Any]) -> list[Route]:
    """Every route and method the document describes: all but HEAD, OPTIONS and the documentation's
    own routes."""
    found = []
    for route in app.router.routes:
        path = openapi_path(route.path)
        if path == DOCS_PREFIX or path.startswith(DOCS_PREFIX + "/"):
            continue
        parts = route.name.split(".")  # <app>.<blueprint>.<handler>
        blueprint = parts[1] if len(parts) == 3 else ""
        for method in sorted(set(route.methods) - _SKIPPED_METHODS):
            found.append(Route(method, path, "/" + route.path.lstrip("/"), route.handler, blueprint))
    return sorted(found, key=lambda entry: (entry.path, entry.method))


def _models(operations: list[Operation]) -> list[type[BaseModel]]:
    models: dict[str, type[BaseModel]] = {"ErrorBody": errors.ErrorBody}
    for operation in operations:
        if operation.body is not None:
            models[operation.body.__name__] = operation.body
        for reply in operation.replies.values():
            if reply.model is not None:
                models[reply.model.__name__] = reply.model
    return list(models.values())


class _Schemas(GenerateJsonSchema):
    """Pydantic's JSON schemas without a title on every field (the models keep theirs)."""

    def field_title_should_be_set(self, schema: Any) -> bool:
        return False


def _component_schemas(
    models: list[type[BaseModel]],
) -> tuple[dict[type[BaseModel], dict[str, Any]], dict[str, Any]]:
    keys, top = models_json_schema(
        [(model, "validation") for model in models],
        ref_template=_SCHEMAS + "{model}",
        schema_generator=_Schemas,
    )
    refs = {model: keys[(model, "validation")] for model in models}
    return refs, top.get("$defs", {})


def _content(schema: dict[str, Any], media_type: str = "application/json") -> dict[str, Any]:
    return {media_type: {"schema": schema}}


def _reply(reply: Reply, refs: dict[type[BaseModel], dict[str, Any]]) -> dict[str, Any]:
    schema = refs[reply.model] if reply.model is not None else reply.schema or {}
    answer = {
        "description": reply.description,
        "headers": {"X-Request-Id": REQUEST_ID_HEADER, **reply.headers},
        "content": _content(schema, reply.media_type),
    }
    if reply.links:
        answer["links"] = reply.links
    return answer


def _error(status: int, description: str, refs: dict[type[BaseModel], dict[str, Any]]) -> dict[str, Any]:
    headers: dict[str, Any] = {"X-Request-Id": REQUEST_ID_HEADER}
    if status == 401:
        headers["WWW-Authenticate"] = {"description": "Bearer", "schema": {"type": "string"}}
    return {"description": description, "headers": headers, "content": _content(refs[errors.ErrorBody])}


def _body(
    operation: Operation, refs: dict[type[BaseModel], dict[str, Any]], schemas: dict[str, Any]
) -> dict[str, Any]:
    assert operation.body is not None
    schema = refs[operation.body]
    if operation.bare_list is not None:
        # The body may also be the bare list of that field (e.g. [{...}] for {"products": [{...}]}).
        name = schema["$ref"].removeprefix(_SCHEMAS)
        schema = {"oneOf": [schema, schemas[name]["properties"][operation.bare_list]]}
    return {"required": True, "content": _content(schema)}


def _operation(
    operation: Operation,
    route: Route,
    access: route_access.Access,
    refs: dict[type[BaseModel], dict[str, Any]],
    schemas: dict[str, Any],
    max_body_bytes: int,
) -> dict[str, Any]:
    answers: dict[int, dict[str, Any]] = {
        status: _reply(reply, refs) for status, reply in operation.replies.items()
    }
    failures = {400: errors.BAD_REQUEST}
    if access is not route_access.Access.PUBLIC:
        failures[401] = errors.UNAUTHORIZED
    if operation.body is not None:
        failures[413] = errors.TOO_LARGE.format(max_body=max_body_bytes)
    if operation.uses_database:
        failures[503] = errors.UNAVAILABLE
    failures.update(operation.errors)
    for status, why in failures.items():
        answers.setdefault(status, _error(status, why, refs))
    document: dict[str, Any] = {
        "operationId": operation.operation_id,
        "summary": operation.summary,
        "description": inspect.getdoc(route.handler) or operation.summary,
        "tags": [route.blueprint] if route.blueprint else [],
        "security": _SECURITY[access],
        "parameters": list(operation.parameters),
        "responses": {str(status): answers[status] for status in sorted(answers)},
    }
    if operation.body is not None:
        document["requestBody"] = _body(operation, refs, schemas)
    return document


def _undocumented(handler: Any) -> dict[str, Any]:
    """A route with no entry in OPERATIONS (tests/service/test_openapi.py fails on it)."""
    return {
        "summary": (inspect.getdoc(handler) or handler.__name__).split("\n", 1)[0],
        "responses": {
            "default": {"description": "Undocumented: add it to service/http/openapi/operations.py."}
        },
    }


def build_document(app: Sanic[Any, Any], max_body_bytes: int) -> dict[str, Any]:
    """The document; `max_body_bytes`: the largest body the service reads (413 beyond)."""
    routes = documented_routes(app)
    known = [OPERATIONS[(r.method, r.path)] for r in routes if (r.method, r.path) in OPERATIONS]
    refs, schemas = _component_schemas(_models(known))
    paths: dict[str, dict[str, Any]] = {}
    for route in routes:
        operation = OPERATIONS.get((route.method, route.path))
        access = route_access.route_access(route.method, route.route_path)
        paths.setdefault(route.path, {})[route.method.lower()] = (
            _undocumented(route.handler)
            if operation is None
            else _operation(operation, route, access, refs, schemas, max_body_bytes)
        )
    return {
        "openapi": "3.1.0",
        "info": {"title": TITLE, "version": version("pgrec"), "description": DESCRIPTION},
        "paths": paths,
        "components": {
            "schemas": schemas,
            "securitySchemes": SECURITY_SCHEMES,
            "headers": {
                "X-Request-Id": {
                    "description": "This request's id (also in list answers and in the log).",
                    "schema": {"type": "string"},
                }
            },
        },
    }
