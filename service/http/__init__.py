"""The HTTP service: a Sanic app built by `service.http.factory.create_app`."""

from __future__ import annotations
