"""The HTTP service: a Sanic app built by `service.app.factory.create_app`."""

from __future__ import annotations
