"""/docs in a real browser against a real `pgrec serve`: Swagger UI renders every operation of the document
from files this host serves (not blank offline: nothing is loaded from anywhere else)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.service.real_server import http, served
from tests.support.chromium import Browser, find_chromium


def test_swagger_ui_renders_every_operation_from_this_host(
    database_url: str, redis_url: str, catalog: list[str], tmp_path: Path
) -> None:
    executable = find_chromium()
    if executable is None:
        pytest.skip(
            "none of chromium, chromium-browser, google-chrome on PATH (Debian package `chromium`; .ci/run installs it)"
        )
    with served(database_url, redis_url, tmp_path, "--single-process", PGREC_API_KEY="ui-test-key") as base:
        status, document = http("GET", f"{base}/docs/openapi.json")
        assert status == 200
        operations = sum(len(item) for item in document["paths"].values())
        browser = Browser(executable)
        try:
            browser.goto(f"{base}/docs")
            shown = browser.wait_for(
                f"document.querySelectorAll('.opblock').length >= {operations}"
                " && document.querySelectorAll('.opblock').length"
            )
            title = browser.evaluate("document.querySelector('.info .title').textContent")
            loaded = browser.evaluate(
                "[document.URL, ...performance.getEntriesByType('resource').map(r => r.name)]"
            )
        finally:
            browser.close()
    assert shown == operations
    assert title.startswith("pgrec") and document["info"]["version"] in title
    assert len(loaded) >= 5, loaded  # the page, its stylesheets and scripts, the document
    assert f"{base}/docs/openapi.json" in loaded
    assert all(url.startswith(f"{base}/docs") for url in loaded), loaded
