"""Trending from the upkeep snapshot: rec_trending and the cold-start fallback read rec_trending_snapshot
(rewritten by rec_upkeep at most once a minute) instead of ranking the last days of the log per call;
the snapshot holds exactly what the live formula gives at its computed_at; stale or historic: live."""

from __future__ import annotations

import psycopg
import pytest

from tests.service.catalog import seed_catalog
from tests.sql.helpers import track_batch
from tests.support.upkeep import fold


@pytest.fixture
def shop(db: psycopg.Connection) -> psycopg.Connection:
    seed_catalog(db)
    track_batch(
        db,
        [
            {"user_id": f"u{i}", "product_id": pid, "interaction_type": kind}
            for i in range(6)
            for pid, kind in (
                ("mugs-1", "view"),
                ("mugs-2", "purchase" if i % 2 else "view"),
                ("bags-3", "click"),
            )
            if i < 4 or pid != "bags-3"
        ],
    )
    fold(db)
    return db


def ranking(conn: psycopg.Connection, query: str, *params: object) -> list[tuple[str, float]]:
    return [(pid, round(score, 9)) for pid, score in conn.execute(query, params).fetchall()]


def test_the_snapshot_is_the_live_formula_at_its_time(shop: psycopg.Connection) -> None:
    for window in ("1 day", "7 days"):
        snap = ranking(
            shop,
            'select product_id, score from rec_trending_snapshot where "window" = %s::interval order by 1',
            window,
        )
        live = ranking(
            shop,
            "select t.product_id, t.score from _rec_trending_scores("
            "(select max(computed_at) from rec_trending_snapshot), %s::interval) t order by 1",
            window,
        )
        assert snap == live and len(snap) == 3, window


def test_rec_trending_reads_the_snapshot_until_upkeep_rewrites_it(shop: psycopg.Connection) -> None:
    before = ranking(shop, "select product_id, score from rec_trending(10)")
    assert before[0][0] == "mugs-2"
    track_batch(
        shop,
        [
            {"user_id": f"late-{i}", "product_id": "lights-4", "interaction_type": "purchase"}
            for i in range(5)
        ],
    )
    fold(shop)  # the snapshot is less than a minute old: not rewritten
    assert ranking(shop, "select product_id, score from rec_trending(10)") == before
    live = ranking(shop, "select product_id, score from rec_trending(10, as_of => clock_timestamp())")
    assert live[0][0] == "lights-4"  # a set as_of is always live
    shop.execute("update rec_trending_snapshot set computed_at = computed_at - interval '2 minutes'")
    steps = [row[0] for row in shop.execute("select step from rec_upkeep()")]
    assert steps == ["events", "trending"]
    assert shop.execute("select product_id from rec_trending(1)").fetchone() == ("lights-4",)


def test_a_stale_snapshot_is_not_served(shop: psycopg.Connection) -> None:
    track_batch(
        shop,
        [
            {"user_id": f"late-{i}", "product_id": "lights-4", "interaction_type": "purchase"}
            for i in range(5)
        ],
    )
    shop.execute("delete from rec_event_queue")  # as if upkeep had stopped: nothing rewrites the snapshot
    assert shop.execute("select product_id from rec_trending(1)").fetchone() == ("mugs-2",)
    shop.execute("update rec_trending_snapshot set computed_at = now() - interval '11 minutes'")
    assert shop.execute("select product_id from rec_trending(1)").fetchone() == ("lights-4",)


def test_a_new_visitor_gets_trending_from_the_snapshot(shop: psycopg.Connection) -> None:
    first = shop.execute(
        "select product_id, reason->>'rule' from rec_personalized('never-seen', 3)"
    ).fetchall()
    snapshot_order = [
        row[0]
        for row in shop.execute(
            "select product_id from rec_trending_snapshot where \"window\" = '7 days' "
            "order by score desc, product_id limit 3"
        )
    ]
    assert [row[0] for row in first] == snapshot_order
    assert {row[1] for row in first} == {"trending"}


def test_a_new_visitor_is_not_shown_one_customers_binge_as_trending(shop: psycopg.Connection) -> None:
    # A quiet week's one customer buying five lamps: the snapshot holds their scores, with 1 customer each,
    # and a new visitor's list goes on from the products enough customers acted on to popular ones.
    lamps = [f"lights-{i}" for i in range(5)]
    track_batch(
        shop, [{"user_id": "binge", "product_id": pid, "interaction_type": "purchase"} for pid in lamps]
    )
    fold(shop)
    shop.execute("select _rec_refresh_trending()")
    users = dict(
        shop.execute(
            "select product_id, users from rec_trending_snapshot where \"window\" = '7 days'"
        ).fetchall()
    )
    assert users == {"mugs-1": 6, "mugs-2": 6, "bags-3": 4, **dict.fromkeys(lamps, 1)}
    # 8 products trend by score, so without the minimum a list of 8 would be trending throughout
    listed = shop.execute(
        "select product_id, reason->>'rule' from rec_personalized('never-seen', 8)"
    ).fetchall()
    trending = [pid for pid, rule in listed if rule == "trending"]
    assert sorted(trending) == ["bags-3", "mugs-1", "mugs-2"]
    assert [rule for _, rule in listed[:3]] == ["trending"] * 3
    assert {rule for _, rule in listed[3:]} == {"popular"}
    live = shop.execute(
        "select product_id, reason->>'rule' from rec_personalized('never-seen', 8, as_of => clock_timestamp())"
    ).fetchall()
    assert [rule for _, rule in live[:3]] == ["trending"] * 3  # the live formula applies the same minimum
