"""The documentation routes: /docs (Swagger UI from the swagger-ui-py wheel's files, served here: no
CDN, works offline), /docs/openapi.json (built once per worker) and the UI's OAuth2 redirect page."""

from __future__ import annotations

import importlib.util
import json
from functools import cache
from pathlib import Path
from typing import Any

from sanic import Request, Sanic
from sanic.response import HTTPResponse, file, html
from sanic.response import json as json_response

from service.http.api_errors import not_found
from service.http.openapi.document import DOCS_PREFIX, TITLE, build_document


def _ui_files() -> Path:
    """The wheel's static directory, found without importing the package (it imports jinja2 and yaml)."""
    spec = importlib.util.find_spec("swagger_ui")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("swagger-ui-py is not installed (a dependency of pgrec: reinstall pgrec)")
    return Path(spec.submodule_search_locations[0]) / "static"


UI_FILES = _ui_files()
ASSETS = {  # what the page loads, and its media type
    "swagger-ui.css": "text/css",
    "index.css": "text/css",
    "swagger-ui-bundle.js": "application/javascript",
    "swagger-ui-standalone-preset.js": "application/javascript",
    "favicon-32x32.png": "image/png",
    "favicon-16x16.png": "image/png",
}
_UI_OPTIONS = {
    "url": f"{DOCS_PREFIX}/openapi.json",
    "dom_id": "#swagger-ui",
    "deepLinking": True,
    "oauth2RedirectUrl": f"{DOCS_PREFIX}/oauth2-redirect.html",
    "validatorUrl": None,  # no badge from the online validator: nothing leaves this host
}
PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} API</title>
<link rel="stylesheet" href="{prefix}/static/swagger-ui.css">
<link rel="stylesheet" href="{prefix}/static/index.css">
<link rel="icon" type="image/png" href="{prefix}/static/favicon-32x32.png" sizes="32x32">
<link rel="icon" type="image/png" href="{prefix}/static/favicon-16x16.png" sizes="16x16">
</head>
<body>
<div id="swagger-ui"></div>
<script src="{prefix}/static/swagger-ui-bundle.js"></script>
<script src="{prefix}/static/swagger-ui-standalone-preset.js"></script>
<script>
window.onload = function () {{
  const options = {options};
  options.presets = [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset];
  options.layout = "StandaloneLayout";
  window.ui = SwaggerUIBundle(options);
}};
</script>
</body>
</html>
"""


@cache
def page() -> str:
    return PAGE.format(title=TITLE, prefix=DOCS_PREFIX, options=json.dumps(_UI_OPTIONS))


def install(app: Sanic[Any, Any], max_body_bytes: int) -> None:
    """Add the documentation routes to `app` (route_access.py lists them as public)."""

    async def docs(request: Request) -> HTTPResponse:
        """The API documentation (Swagger UI)."""
        return html(page())

    async def openapi_json(request: Request) -> HTTPResponse:
        """The OpenAPI document."""
        document = getattr(request.app.ctx, "openapi_document", None)
        if document is None:
            document = request.app.ctx.openapi_document = build_document(request.app, max_body_bytes)
        return json_response(document)

    async def oauth2_redirect(request: Request) -> HTTPResponse:
        """Swagger UI's OAuth2 redirect page."""
        return await file(UI_FILES / "oauth2-redirect.html", mime_type="text/html")

    async def asset(request: Request, name: str) -> HTTPResponse:
        """One of the files the documentation page loads."""
        media_type = ASSETS.get(name)
        if media_type is None:
            raise not_found("name", f"no documentation asset {name!r}")
        return await file(UI_FILES / name, mime_type=media_type, headers={"cache-control": "max-age=86400"})

    app.add_route(docs, DOCS_PREFIX, methods=["GET"], name="docs", strict_slashes=False)
    app.add_route(openapi_json, f"{DOCS_PREFIX}/openapi.json", methods=["GET"], name="openapi_json")
    app.add_route(
        oauth2_redirect, f"{DOCS_PREFIX}/oauth2-redirect.html", methods=["GET"], name="oauth2_redirect"
    )
    app.add_route(asset, f"{DOCS_PREFIX}/static/<name:str>", methods=["GET"], name="docs_asset")
