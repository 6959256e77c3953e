"""Reasons of a customer's or session's list for a call without the API key: nothing that names what the
owner bought, viewed or carted (a user id in a browser's URL is no proof of being that user)."""

from __future__ import annotations

import json

from sanic import Request

# Rules that say nothing about the owner (no anchor: the product is popular or trending for everyone).
OWNER_FREE_RULES = frozenset({"popular", "trending"})
# Every other rule (content and collaborative name one of the owner's products as anchor, history says the
# product is in their history, buy_again counts their purchases) becomes this.
GENERIC_REASON: dict[str, object] = {"rule": "personalized", "text": "picked for you"}


def full_reasons(request: Request) -> bool:
    """Full reasons for a call with the API key (the store's server), or for everyone with
    PGREC_PUBLIC_REASONS=full (the default when no API key is set)."""
    return bool(request.ctx.has_api_key) or request.app.ctx.settings.public_reasons == "full"


def generic_reason(reason: dict[str, object] | None) -> dict[str, object]:
    if reason is not None and reason.get("rule") in OWNER_FREE_RULES:
        return {"rule": reason["rule"], "text": reason.get("text")}
    return GENERIC_REASON


def without_owner_history(items: bytes) -> bytes:
    """The items JSON (a list of objects with a `reason`) with every reason made generic."""
    parsed = json.loads(items)
    for item in parsed:
        item["reason"] = generic_reason(item.get("reason"))
    return json.dumps(parsed, separators=(",", ":"), ensure_ascii=False).encode()
