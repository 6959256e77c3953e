"""A list asked for with another exclude or a shorter limit is cut from the owner's stored list of 50
(service/http/derived_lists.py) instead of ranked again, and equals what psql computes for the same call:
the stored list answers (X-Pgrec-Cache: database) while enough of it is left, the ranking runs when the
exclusions took too many places or a category cap counts them. On the demo subset of Online Retail."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import psycopg
import pytest
from sanic import Sanic

from tests.service.conftest import build_app, close_app, settings_for
from tests.support.databases import temporary_database
from tests.support.postgres_source import TestPostgres
from tests.support.retail_data import RetailTemplate


@pytest.fixture(scope="module")
def demo_url(pg_server: TestPostgres, retail_demo_template: RetailTemplate) -> Iterator[str]:
    with temporary_database(pg_server.url, "pgrec_derived", retail_demo_template.name) as url:
        yield url


@pytest.fixture
async def demo_app(demo_url: str, redis_url: str, flush_redis: None) -> AsyncIterator[Sanic]:
    app = await build_app(settings_for(demo_url, redis_url), redis_url)
    try:
        yield app
    finally:
        await close_app(app)


@pytest.fixture(scope="module")
def user(demo_url: str) -> str:
    with psycopg.connect(demo_url) as conn:
        row = conn.execute(
            "select user_id from rec_events group by 1 order by count(*) desc, 1 limit 1"
        ).fetchone()
    assert row is not None
    return str(row[0])


async def get(app: Sanic, path: str) -> tuple[str, list[dict[str, Any]]]:
    """(X-Pgrec-Cache, items); the client runs the stop listeners after the request, so a list of 50 computed
    for it is in rec_recommendations_cache when this returns."""
    _request, response = await app.asgi_client.get(path)
    assert response.status == 200, response.text
    return response.headers["x-pgrec-cache"], response.json["recommendations"]


def computed(url: str, call: str, args: tuple[Any, ...]) -> list[tuple[str, float]]:
    with psycopg.connect(url) as conn:
        return [(row[0], row[1]) for row in conn.execute(f"select product_id, score from {call}", args)]


def same(items: list[dict[str, Any]], expected: list[tuple[str, float]]) -> None:
    assert [item["id"] for item in items] == [product for product, _ in expected]
    assert [item["score"] for item in items] == pytest.approx([score for _, score in expected], abs=1e-9)


async def test_other_excludes_and_limits_come_from_the_stored_list_and_equal_psql(
    demo_app: Sanic, demo_url: str, user: str
) -> None:
    source, first = await get(demo_app, f"/recommendations?user_id={user}&limit=10")
    assert source == "miss"
    listed = [item["id"] for item in first]
    for limit, exclude in ((12, listed[:2]), (10, [listed[4], "no-such-product"]), (3, []), (40, listed[:9])):
        source, items = await get(
            demo_app, f"/recommendations?user_id={user}&limit={limit}&exclude={','.join(exclude)}"
        )
        assert source == "database", (limit, exclude)
        same(items, computed(demo_url, "rec_personalized(%s, %s, exclude_ids => %s)", (user, limit, exclude)))
        assert not set(exclude) & {item["id"] for item in items}
    source, _again = await get(
        demo_app, f"/recommendations?user_id={user}&limit=12&exclude={','.join(listed[:2])}"
    )
    assert source == "redis"  # the cut answer went into Redis under its own key


async def test_too_many_excluded_or_a_category_cap_ranks_again(
    demo_app: Sanic, demo_url: str, user: str
) -> None:
    await get(demo_app, f"/recommendations?user_id={user}")
    with psycopg.connect(demo_url) as conn:
        base = [row[0] for row in conn.execute("select product_id from rec_personalized(%s, 50)", (user,))]
    assert len(base) == 50
    exclude = base[:45]  # 5 of the 50 are left: the 10 asked for need the ranking
    source, items = await get(
        demo_app, f"/recommendations?user_id={user}&limit=10&exclude={','.join(exclude)}"
    )
    assert source == "miss"
    same(items, computed(demo_url, "rec_personalized(%s, 10, exclude_ids => %s)", (user, exclude)))
    source, items = await get(
        demo_app, f"/recommendations?user_id={user}&limit=10&max_per_category=1&exclude={base[0]}"
    )
    assert source == "miss"
    same(
        items,
        computed(
            demo_url, "rec_personalized(%s, 10, exclude_ids => %s, max_per_category => 1)", (user, [base[0]])
        ),
    )


async def test_an_event_of_the_owner_turns_the_stored_list_over(
    demo_app: Sanic, demo_url: str, user: str
) -> None:
    _, first = await get(demo_app, f"/recommendations?user_id={user}&limit=5")
    bought = first[0]["id"]
    with psycopg.connect(demo_url, autocommit=True) as conn:
        conn.execute(
            "select rec_track_interaction(user_id => %s, product_id => %s, interaction_type => 'purchase')",
            (user, bought),
        )
    source, items = await get(demo_app, f"/recommendations?user_id={user}&limit=5&exclude=no-such-product")
    assert source == "miss" and bought not in {item["id"] for item in items}
    same(items, computed(demo_url, "rec_personalized(%s, 5, exclude_ids => %s)", (user, ["no-such-product"])))


async def test_session_lists_are_cut_too(demo_app: Sanic, demo_url: str) -> None:
    with psycopg.connect(demo_url, autocommit=True) as conn:
        products = [
            row[0] for row in conn.execute("select id from rec_products where is_active order by id limit 3")
        ]
        for product in products:
            conn.execute(
                "select rec_track_interaction(user_id => 'visitor-1', product_id => %s, interaction_type => 'view', "
                "session_id => 'derived-session')",
                (product,),
            )
    source, first = await get(demo_app, "/recommendations?session_id=derived-session&limit=10")
    assert source == "miss"
    exclude = [first[1]["id"]]
    source, items = await get(
        demo_app, f"/recommendations?session_id=derived-session&limit=8&exclude={exclude[0]}"
    )
    assert source == "database"
    same(
        items,
        computed(
            demo_url,
            "rec_session_recommendations(_rec_session_product_ids('derived-session'), 8, exclude_ids => %s)",
            (exclude,),
        ),
    )
