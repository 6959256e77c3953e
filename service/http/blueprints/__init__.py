"""One Sanic blueprint per resource."""

from __future__ import annotations
