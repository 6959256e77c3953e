"""GET /recommendations: shape, order from SQL, caching, invalidation on tracking, filters, errors."""

from __future__ import annotations

import uuid

import psycopg
import pytest

from tests.service.conftest import call

FIELDS = {"id", "title", "thumbnail", "price", "score", "reason"}


async def test_shape_and_order_come_from_sql(app, conn, flush_redis):
    status, body = await call(app, "GET", "/recommendations?user_id=shopper-1&limit=5")
    assert status == 200, body
    assert body["algorithm"] == "hybrid"
    assert body["cached"] is False
    uuid.UUID(body["request_id"])
    items = body["recommendations"]
    assert 0 < len(items) <= 5
    assert all(set(item) == FIELDS for item in items)
    expected = [row[0] for row in conn.execute("select product_id from rec_personalized('shopper-1', 5)")]
    assert [item["id"] for item in items] == expected
    title, price, thumbnail = conn.execute(
        "select title, price::float8, thumbnail from rec_products where id = %s", (items[0]["id"],)
    ).fetchone()
    assert (items[0]["title"], items[0]["price"], items[0]["thumbnail"]) == (title, price, thumbnail)
    assert isinstance(items[0]["reason"], dict) and "rule" in items[0]["reason"]


async def test_second_answer_is_cached_and_identical(app, flush_redis):
    _, first = await call(app, "GET", "/recommendations?user_id=shopper-2&limit=4")
    status, second = await call(app, "GET", "/recommendations?user_id=shopper-2&limit=4")
    assert status == 200
    assert (first["cached"], second["cached"]) == (False, True)
    assert second["recommendations"] == first["recommendations"]
    assert second["request_id"] != first["request_id"]
    # another limit is another key, answered from the user's stored list of 50 (derived_lists.py): its head
    _, other_limit = await call(app, "GET", "/recommendations?user_id=shopper-2&limit=3")
    assert other_limit["cached"] is True
    assert other_limit["recommendations"] == first["recommendations"][:3]
    # a category cap is ranked again
    _, capped = await call(app, "GET", "/recommendations?user_id=shopper-2&limit=3&max_per_category=5")
    assert capped["cached"] is False


async def test_view_then_recommend_is_never_stale(app, flush_redis):
    """A user views a product: the next answer reflects it (cached false) and differs from the
    cached one from before the event; asking again is served from the cache."""
    user = "viewer-1"
    path = f"/recommendations?user_id={user}&limit=6"
    await call(app, "GET", path)
    _, before = await call(app, "GET", path)
    assert before["cached"] is True

    status, tracked = await call(
        app, "POST", "/track", json={"user_id": user, "product_id": "bags-3", "interaction_type": "view"}
    )
    assert status == 202, tracked

    _, after = await call(app, "GET", path)
    assert after["cached"] is False
    assert [i["id"] for i in after["recommendations"]] != [i["id"] for i in before["recommendations"]]
    bags = [i for i in after["recommendations"] if i["id"].startswith("bags-")]
    assert bags, after  # the taste now points at bags
    _, again = await call(app, "GET", path)
    assert again["cached"] is True
    assert again["recommendations"] == after["recommendations"]


async def test_filters_are_applied_in_sql(app, flush_redis):
    status, body = await call(
        app,
        "GET",
        "/recommendations?user_id=shopper-3&limit=10&category=mugs&max_price=8&exclude=mugs-5",
    )
    assert status == 200, body
    items = body["recommendations"]
    assert items  # mugs-6 (shopper-3 viewed mugs-0 to mugs-4: seen, so excluded too)
    assert all(item["id"].startswith("mugs-") for item in items)
    assert all(item["price"] <= 8 for item in items)
    assert not {"mugs-0", "mugs-5"} & {item["id"] for item in items}
    _, cheap = await call(app, "GET", "/recommendations?user_id=shopper-3&min_price=8&max_price=9")
    assert cheap["recommendations"] and all(8 <= item["price"] <= 9 for item in cheap["recommendations"])


async def test_what_the_user_just_viewed_is_not_recommended_back(app, conn, flush_redis):
    """A user who only viewed two products: before, exactly those two came back first ("from your history");
    GET /recommendations excludes seen products by default (exclude_seen=false gives them back)."""
    user = f"viewer-{uuid.uuid4().hex[:8]}"
    for pid in ("bags-2", "bags-5"):
        status, _ = await call(
            app, "POST", "/track", json={"user_id": user, "product_id": pid, "interaction_type": "view"}
        )
        assert status == 202
    status, body = await call(app, "GET", f"/recommendations?user_id={user}&limit=5")
    assert status == 200, body
    got = [item["id"] for item in body["recommendations"]]
    assert len(got) == 5 and not {"bags-2", "bags-5"} & set(got)
    assert got == [row[0] for row in conn.execute("select product_id from rec_personalized(%s, 5)", (user,))]
    assert any(pid.startswith("bags-") for pid in got)  # the views still shape the list
    _, shown = await call(app, "GET", f"/recommendations?user_id={user}&limit=5&exclude_seen=false")
    assert shown["cached"] is False  # its own cache entry
    assert {item["id"] for item in shown["recommendations"][:2]} == {"bags-2", "bags-5"}
    assert shown["recommendations"][0]["reason"]["rule"] == "history"
    _, again = await call(app, "GET", f"/recommendations?user_id={user}&limit=5&exclude_seen=true")
    assert again["cached"] is True and again["recommendations"] == body["recommendations"]


async def test_max_per_category_caps_each_category(app, conn, flush_redis):
    user = f"bag-buyer-{uuid.uuid4().hex[:8]}"
    for pid in ("bags-0", "bags-1", "bags-2"):
        status, _ = await call(
            app, "POST", "/track", json={"user_id": user, "product_id": pid, "interaction_type": "purchase"}
        )
        assert status == 202
    _, plain = await call(app, "GET", f"/recommendations?user_id={user}&limit=8")
    assert sum(item["id"].startswith("bags-") for item in plain["recommendations"]) > 2
    status, capped = await call(app, "GET", f"/recommendations?user_id={user}&limit=8&max_per_category=2")
    assert status == 200, capped
    got = [item["id"] for item in capped["recommendations"]]
    assert got == [
        row[0]
        for row in conn.execute(
            "select product_id from rec_personalized(%s, 8, max_per_category => 2)", (user,)
        )
    ]
    assert all(sum(pid.startswith(c) for pid in got) <= 2 for c in ("bags-", "mugs-", "lights-"))


async def test_anonymous_session(app, flush_redis):
    session = f"sess-{uuid.uuid4().hex[:8]}"
    for pid in ("lights-2", "lights-3"):
        status, _ = await call(
            app, "POST", "/track", json={"session_id": session, "product_id": pid, "interaction_type": "view"}
        )
        assert status == 202
    status, body = await call(app, "GET", f"/recommendations?session_id={session}&limit=5")
    assert status == 200, body
    assert body["algorithm"] == "session" and body["cached"] is False
    ids = [item["id"] for item in body["recommendations"]]
    assert ids and not {"lights-2", "lights-3"} & set(ids)
    assert any(pid.startswith("lights-") for pid in ids)
    _, again = await call(app, "GET", f"/recommendations?session_id={session}&limit=5")
    assert again["cached"] is True
    await call(
        app,
        "POST",
        "/track",
        json={"session_id": session, "product_id": "bags-1", "interaction_type": "view"},
    )
    _, after = await call(app, "GET", f"/recommendations?session_id={session}&limit=5")
    assert after["cached"] is False
    _, filtered = await call(app, "GET", f"/recommendations?session_id={session}&limit=3&category=mugs")
    assert filtered["recommendations"] and all(
        i["id"].startswith("mugs-") for i in filtered["recommendations"]
    )


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("limit=5", "user_id"),
        ("user_id=u&limit=0", "limit"),
        ("user_id=u&limit=101", "limit"),
        ("user_id=u&limit=ten", "limit"),
        ("user_id=u&min_price=cheap", "min_price"),
        ("user_id=u&max_price=-1", "max_price"),
        ("user_id=u&min_price=5&max_price=2", "min_price"),
        ("user_id=u&exclude_seen=maybe", "exclude_seen"),
        ("user_id=u&max_per_category=0", "max_per_category"),
        ("user_id=u&max_per_category=two", "max_per_category"),
        ("user_id=" + "x" * 300, "user_id"),
    ],
)
async def test_bad_parameters_name_the_field(app, query, field):
    status, body = await call(app, "GET", f"/recommendations?{query}")
    assert status == 400, body
    assert body["error"]["field"] == field
    assert field in body["error"]["message"]
    assert body["error"]["code"]


async def test_impressions_are_logged_under_the_request_id(app, conn, flush_redis):
    _, body = await call(app, "GET", "/recommendations?user_id=shopper-4&limit=3")
    _, cached = await call(app, "GET", "/recommendations?user_id=shopper-4&limit=3")
    await app.ctx.impressions.flush()
    for answer in (body, cached):
        rows = conn.execute(
            "select product_id, algorithm, position, user_id from rec_analytics_items where request_id = %s order by position",
            (answer["request_id"],),
        ).fetchall()
        assert [row[0] for row in rows] == [item["id"] for item in answer["recommendations"]]
        assert {row[1] for row in rows} == {"hybrid"}
        assert {row[3] for row in rows} == {"shopper-4"}


def test_database_fixture_is_isolated(conn: psycopg.Connection) -> None:
    assert conn.execute("select count(*) from rec_products").fetchone()[0] == 24
