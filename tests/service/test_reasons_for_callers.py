"""Reasons of a customer's or session's list name their own products ("similar to <what they viewed>"): only
a call with the API key (the store's server) gets them; a call without it gets the same list with generic
reasons, whether the list was computed or cached. PGREC_PUBLIC_REASONS decides for calls without the key
(default: generic when a key is set, full when none is)."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from sanic import Sanic

from service.core.config import Settings
from service.core.errors import ConfigurationError
from service.http.public_reasons import GENERIC_REASON, OWNER_FREE_RULES
from tests.service.conftest import build_app, call, close_app, settings_for

API_KEY = "reasons-key"
KEY = {"authorization": f"Bearer {API_KEY}"}
VIEWED = ("bags-2", "bags-5")
ANCHOR_KEYS = {"anchor_product_id", "anchor_title"}


async def viewer(app: Sanic, *, session: bool = False) -> str:
    """A new user (or session) who viewed VIEWED; the query string that asks for their list."""
    owner = f"reasons-{uuid.uuid4().hex[:8]}"
    for pid in VIEWED:
        event = {"user_id": owner, "product_id": pid, "interaction_type": "view"}
        if session:
            event = {**event, "user_id": f"anon-{owner}", "session_id": owner}
        status, body = await call(app, "POST", "/track", json=event, headers=KEY)
        assert status == 202, body
    return f"session_id={owner}" if session else f"user_id={owner}&exclude_seen=false"


def assert_generic(items: list[dict[str, Any]]) -> None:
    """No reason names a product or says it is in the owner's history."""
    for item in items:
        reason = item["reason"]
        assert not ANCHOR_KEYS & reason.keys(), reason
        assert reason == GENERIC_REASON or (
            reason["rule"] in OWNER_FREE_RULES and set(reason) <= {"rule", "text"}
        )
        assert not any(pid in str(reason) for pid in VIEWED)


def assert_names_the_owners_products(items: list[dict[str, Any]]) -> None:
    rules = {item["reason"]["rule"] for item in items}
    anchors = {item["reason"].get("anchor_product_id") for item in items}
    assert rules & {"history", "content", "collaborative"}, rules
    assert "history" in rules or anchors & set(VIEWED), [item["reason"] for item in items]


async def keyed(database_url: str, redis_url: str, **env: str) -> Sanic:
    return await build_app(settings_for(database_url, redis_url, PGREC_API_KEY=API_KEY, **env), redis_url)


@pytest.mark.parametrize("session", [False, True], ids=["user", "session"])
async def test_only_calls_with_the_key_get_reasons_naming_the_owners_products(
    database_url, redis_url, catalog, session
):
    app = await keyed(database_url, redis_url)
    try:
        query = await viewer(app, session=session)
        path = f"/recommendations?{query}&limit=8"
        status, public = await call(app, "GET", path)  # computed now, stored with its full reasons
        assert status == 200 and public["cached"] is False, public
        assert_generic(public["recommendations"])
        status, private = await call(app, "GET", path, headers=KEY)  # from the cache
        assert status == 200 and private["cached"] is True, private
        assert_names_the_owners_products(private["recommendations"])
        assert [item["id"] for item in public["recommendations"]] == [
            item["id"] for item in private["recommendations"]
        ]
        status, again = await call(app, "GET", path, headers={"authorization": "Bearer not-the-key"})
        assert status == 200 and again["cached"] is True
        assert again["recommendations"] == public["recommendations"]  # a wrong key is no key
        for public_item, private_item in zip(
            public["recommendations"], private["recommendations"], strict=True
        ):
            assert {k: v for k, v in public_item.items() if k != "reason"} == {
                k: v for k, v in private_item.items() if k != "reason"
            }
    finally:
        await close_app(app)


async def test_lists_not_about_a_customer_keep_their_reasons(database_url, redis_url, catalog):
    """A product's neighbours are named by the product asked about, not by anyone's history."""
    app = await keyed(database_url, redis_url)
    try:
        status, body = await call(app, "GET", "/products/lights-0/similar?limit=3")
        assert status == 200, body
        assert all(item["reason"].get("anchor_product_id") == "lights-0" for item in body["recommendations"])
    finally:
        await close_app(app)


async def test_public_reasons_full_gives_every_caller_the_full_reasons(database_url, redis_url, catalog):
    app = await keyed(database_url, redis_url, PGREC_PUBLIC_REASONS="full")
    try:
        query = await viewer(app)
        status, body = await call(app, "GET", f"/recommendations?{query}&limit=8")
        assert status == 200, body
        assert_names_the_owners_products(body["recommendations"])
    finally:
        await close_app(app)


async def test_without_an_api_key_reasons_are_full_unless_set_generic(database_url, redis_url, catalog):
    """No key: no call can authenticate (and `pgrec serve` listens on loopback only), so every call gets
    full reasons by default; PGREC_PUBLIC_REASONS=generic gives every call generic ones."""
    for setting, check in (("", assert_names_the_owners_products), ("generic", assert_generic)):
        env = {"PGREC_PUBLIC_REASONS": setting} if setting else {}
        app = await build_app(settings_for(database_url, redis_url, **env), redis_url)
        try:
            query = await viewer(app)
            status, body = await call(app, "GET", f"/recommendations?{query}&limit=8")
            assert status == 200, body
            check(body["recommendations"])
            if setting == "generic":  # buy-again (open without a key) counts purchases: generic too
                status, body = await call(app, "GET", "/recommendations/buy-again?user_id=buyer-0&limit=3")
                assert status == 200 and body["recommendations"], body
                assert all(item["reason"] == GENERIC_REASON for item in body["recommendations"])
        finally:
            await close_app(app)


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({}, "full"),
        ({"PGREC_API_KEY": API_KEY}, "generic"),
        ({"PGREC_API_KEY": API_KEY, "PGREC_PUBLIC_REASONS": "FULL"}, "full"),
        ({"PGREC_PUBLIC_REASONS": "generic"}, "generic"),
    ],
)
def test_public_reasons_setting(env: dict[str, str], expected: str) -> None:
    assert Settings.from_env(env).public_reasons == expected


def test_public_reasons_setting_refuses_other_values() -> None:
    with pytest.raises(ConfigurationError) as error:
        Settings.from_env({"PGREC_PUBLIC_REASONS": "anchors"})
    assert "PGREC_PUBLIC_REASONS" in str(error.value) and "generic, full" in str(error.value)
