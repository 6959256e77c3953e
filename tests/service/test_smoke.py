"""Quick check that the app answers."""

from __future__ import annotations

from tests.service.conftest import call


async def test_health(app):
    status, body = await call(app, "GET", "/health")
    assert status == 200, body
    assert body["status"] == "healthy"
