"""The write path: tracking only appends (the event in rec_event_inbox); rec_upkeep() moves the inbox
into the event log (queuing the events in rec_event_queue) and folds queued events into preferences, popularity and baskets, and what it builds equals a rebuild from the
event log. Future-dated rows already stored break nothing and re-weight nobody else."""

from __future__ import annotations

import random
import threading
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import psycopg
import pytest

from tests.service.catalog import seed_catalog
from tests.sql.baskets import BASKET_STATE, basket_state, rebuilt_basket_state
from tests.sql.helpers import count, track_batch
from tests.support.databases import temporary_database
from tests.support.postgres_source import TestPostgres
from tests.support.retail_data import RetailTemplate
from tests.support.upkeep import fold

DERIVED = {
    "preferences": "select user_id, interaction_count, first_seen_at, last_seen_at, "
    "taste_vector::real[] from rec_user_preferences where interaction_count > 0 order by user_id",
    "popularity": "select product_id, popularity, users, events, last_event_at from rec_product_popularity "
    "order by product_id",
    **BASKET_STATE,
}


def snapshot(conn: psycopg.Connection) -> dict[str, list[tuple[Any, ...]]]:
    return {name: conn.execute(query).fetchall() for name, query in DERIVED.items()}


def assert_same_derived_state(folded: dict[str, Any], rebuilt: dict[str, Any]) -> None:
    for name in DERIVED:
        if name != "preferences":
            assert folded[name] == rebuilt[name], name
    assert [row[:4] for row in folded["preferences"]] == [row[:4] for row in rebuilt["preferences"]]
    for a, b in zip(folded["preferences"], rebuilt["preferences"], strict=True):
        if a[4] is None or b[4] is None:
            assert a[4] == b[4], a[0]
        else:  # the taste vector decays to now(): seconds apart, equal to float precision
            assert max(abs(x - y) for x, y in zip(a[4], b[4], strict=True)) < 1e-5, a[0]


@pytest.fixture
def shop(db: psycopg.Connection) -> psycopg.Connection:
    seed_catalog(db)
    return db


def test_tracking_only_appends_and_upkeep_folds(shop: psycopg.Connection) -> None:
    ids = track_batch(
        shop,
        [
            {"user_id": "u1", "product_id": "mugs-1", "interaction_type": "view"},
            {
                "user_id": "u1",
                "product_id": "mugs-2",
                "interaction_type": "purchase",
                "context": {"order_id": "o"},
            },
            {
                "user_id": "u1",
                "product_id": "bags-2",
                "interaction_type": "purchase",
                "context": {"order_id": "o"},
            },
        ],
    )
    appended = [row[0] for row in shop.execute("select id from rec_event_inbox order by 1")]
    assert appended == sorted(ids) and count(shop, "rec_user_interactions") == 0
    for table in (
        "rec_user_preferences",
        "rec_product_popularity",
        "rec_user_basket_items",
        "rec_frequently_together",
    ):
        assert count(shop, table) == 0, table
    steps = shop.execute("select step, changed from rec_upkeep() where step <> 'trending'").fetchall()
    assert steps == [
        ("events", 3),
        ("preferences", 1),
        ("popularity", 3),
        ("frequently_together", 2),
        ("attribution", 0),
    ]
    assert count(shop, "rec_event_queue") == 0
    assert shop.execute(
        "select interaction_count, taste_vector is not null from rec_user_preferences where user_id = 'u1'"
    ).fetchone() == (3, True)
    assert count(shop, "rec_frequently_together") == 2
    assert shop.execute("select step, changed from rec_upkeep()").fetchall() == [
        ("events", 0)
    ]  # trending is fresh


def test_upkeep_batches_oldest_first_and_reports_what_is_left(shop: psycopg.Connection) -> None:
    track_batch(
        shop, [{"user_id": f"u{i}", "product_id": "mugs-1", "interaction_type": "view"} for i in range(5)]
    )
    assert shop.execute("select changed from rec_upkeep(2) where step = 'events'").fetchone() == (2,)
    assert count(shop, "rec_event_queue") == 3
    assert [r[0] for r in shop.execute("select user_id from rec_user_preferences order by 1")] == ["u0", "u1"]
    assert fold(shop) == 3
    assert count(shop, "rec_user_preferences") == 5
    with pytest.raises(psycopg.errors.InvalidParameterValue, match="max_events must be a positive integer"):
        shop.execute("select * from rec_upkeep(0)")


def test_one_fold_at_a_time(shop: psycopg.Connection, database_url: str) -> None:
    track_batch(shop, [{"user_id": "u1", "product_id": "mugs-1", "interaction_type": "view"}])
    with psycopg.connect(database_url) as other:
        other.execute("select pg_advisory_xact_lock(_rec_upkeep_lock())")
        assert shop.execute("select * from rec_upkeep()").fetchall() == []  # returns at once
        assert count(shop, "rec_event_inbox") == 1
    assert fold(shop) == 1


def test_purchases_during_a_bought_together_rebuild_are_folded_after_it(
    shop: psycopg.Connection, database_url: str
) -> None:
    basket = [
        {"user_id": "b1", "product_id": pid, "interaction_type": "purchase", "context": {"order_id": "o1"}}
        for pid in ("lights-1", "lights-2", "mugs-3")
    ]
    with psycopg.connect(database_url) as rebuild:
        rebuild.execute("select pg_advisory_xact_lock(_rec_baskets_lock())")  # as the rebuild holds it
        track_batch(shop, basket)
        folded = dict(shop.execute("select step, changed from rec_upkeep()").fetchall())
        assert folded["events"] == 3 and folded["frequently_together"] == 0
        assert shop.execute("select user_id, basket_id from rec_basket_queue").fetchall() == [
            ("b1", "order:o1")
        ]
        assert count(shop, "rec_frequently_together") == 0
        assert shop.execute(
            "select interaction_count from rec_user_preferences where user_id = 'b1'"
        ).fetchone() == (3,)  # preferences and popularity did not wait for the baskets
    fold(shop)
    assert count(shop, "rec_basket_queue") == 0
    assert count(shop, "rec_frequently_together") == 6
    folded_state = snapshot(shop)
    shop.execute("select rec_refresh_frequently_together()")
    assert snapshot(shop) == folded_state


def test_purchases_deleted_in_psql_leave_their_baskets_at_the_next_fold(
    shop: psycopg.Connection, database_url: str
) -> None:
    """A plain DELETE of purchases: their baskets are queued and recounted from the log by the next fold (put
    off while a rebuild holds the baskets), whether a basket shrinks, shrinks to the 50-item limit and starts
    counting, or loses its last item."""
    shop.execute(
        "insert into rec_products (id, title) select 'extra-' || g, 'Extra ' || g from generate_series(10, 39) g"
    )
    products = [r[0] for r in shop.execute("select id from rec_products order by id")]
    big = products[:51]

    def order(user: str, order_id: str, pids: list[str]) -> list[dict[str, Any]]:
        return [
            {
                "user_id": user,
                "product_id": p,
                "interaction_type": "purchase",
                "context": {"order_id": order_id},
            }
            for p in pids
        ]

    track_batch(
        shop,
        order("u1", "big", big)
        + order("u2", "o2", ["lights-1", "lights-2", "mugs-3"])
        + order("u3", "o3", ["lights-1", "mugs-3"])
        + [{"user_id": "u3", "product_id": "mugs-3", "interaction_type": "view"}],
    )
    fold(shop)
    assert basket_state(shop)["basket_total"] == [(2,)]  # 51 items: u1's order does not count
    shop.execute("delete from rec_user_interactions where user_id = 'u1' and product_id = %s", (big[0],))
    shop.execute("delete from rec_user_interactions where user_id = 'u2' and product_id = 'lights-2'")
    shop.execute("delete from rec_user_interactions where user_id = 'u3'")
    assert shop.execute("select user_id, basket_id from rec_basket_queue order by 1").fetchall() == [
        ("u1", "order:big"),
        ("u2", "order:o2"),
        ("u3", "order:o3"),
    ]
    before = basket_state(shop)
    with psycopg.connect(database_url) as rebuild:
        rebuild.execute("select pg_advisory_xact_lock(_rec_baskets_lock())")  # as the rebuild holds it
        folded = dict(shop.execute("select step, changed from rec_upkeep()").fetchall())
        assert folded["frequently_together"] == 0 and count(shop, "rec_basket_queue") == 3
        assert basket_state(shop) == before
    fold(shop)
    assert count(shop, "rec_basket_queue") == 0
    after = basket_state(shop)
    assert after["basket_total"] == [(2,)]  # u1's 50 items now count, u3's order is gone
    assert [row[1:3] for row in after["basket_items"] if row[0] == "u2"] == [
        ("order:o2", "lights-1"),
        ("order:o2", "mugs-3"),
    ]
    assert not [row for row in after["basket_items"] if row[0] == "u3"]
    assert len(after["pairs"]) == 50 * 49  # u1's 50 items (among them u2's two)
    assert ("lights-1", "mugs-3", 2) in after["pairs"]
    assert rebuilt_basket_state(shop) == after


def test_folding_the_same_events_twice_changes_nothing(shop: psycopg.Connection) -> None:
    ids = track_batch(
        shop,
        [
            {"user_id": "u1", "product_id": pid, "interaction_type": "purchase", "context": {"order_id": "o"}}
            for pid in ("mugs-1", "mugs-2", "bags-1")
        ],
    )
    fold(shop)
    before = snapshot(shop)
    shop.execute("select * from rec_refresh_after_import(%s)", (ids,))
    assert_same_derived_state(snapshot(shop), before)


@pytest.fixture(scope="module")
def demo_url(pg_server: TestPostgres, retail_demo_template: RetailTemplate) -> Iterator[str]:
    with temporary_database(pg_server.url, "pgrec_upkeep_demo", retail_demo_template.name) as url:
        yield url


def burst(conn: psycopg.Connection, seed: int) -> int:
    """Live-store traffic on the demo data: returning and new users, singles and batches, orders
    tracked over several calls (their baskets grow), some past the 50-item limit. Returns events sent."""
    rng = random.Random(seed)
    users = [
        r[0] for r in conn.execute("select user_id from rec_user_preferences order by user_id limit 300")
    ]
    users += [f"new-{seed}-{i}" for i in range(40)]
    products = [
        r[0] for r in conn.execute("select id from rec_products where is_active order by id limit 800")
    ]
    kinds = ["view", "view", "click", "add_to_cart", "wishlist", "purchase"]
    sent = 0
    for call in range(120):
        user = rng.choice(users)
        if call % 3 == 0:
            conn.execute(
                "select rec_track_interaction(%s, %s, %s)", (user, rng.choice(products), rng.choice(kinds))
            )
            sent += 1
            continue
        order = f"burst-{seed}-{call % 17}"  # an order id comes back in later calls: its basket grows
        size = 60 if call == 50 else rng.randint(1, 6)
        events = [
            {
                "user_id": f"buyer-{order}",
                "product_id": rng.choice(products),
                "interaction_type": "purchase",
                "context": {"order_id": order},
            }
            for _ in range(size)
        ] + [{"user_id": user, "product_id": rng.choice(products), "interaction_type": rng.choice(kinds)}]
        track_batch(conn, events)
        sent += len(events)
    return sent


def test_a_burst_of_live_traffic_folded_equals_a_rebuild_from_the_log(demo_url: str) -> None:
    """Two writers, upkeep folding in small batches meanwhile, then a rebuild of every table it keeps."""
    with psycopg.connect(demo_url, autocommit=True) as conn:
        writers = [threading.Thread(target=lambda s=s: _burst_on_own_connection(demo_url, s)) for s in (1, 2)]
        for thread in writers:
            thread.start()
        while any(thread.is_alive() for thread in writers):
            conn.execute("select * from rec_upkeep(50)").fetchall()
        for thread in writers:
            thread.join()
        assert fold(conn) >= 0
        folded = snapshot(conn)
        conn.execute("select * from rec_refresh_after_import(null)").fetchall()  # rebuild from the log
        rebuilt = snapshot(conn)
    assert_same_derived_state(folded, rebuilt)
    assert len(folded["pairs"]) > 1000 and len(folded["preferences"]) > 300


def _burst_on_own_connection(url: str, seed: int) -> None:
    with psycopg.connect(url, autocommit=True) as conn:
        burst(conn, seed)


def test_deletes_and_updates_in_psql_are_folded_into_every_derived_table(demo_url: str) -> None:
    """Corrections made outside tracking (psql, a Medusa order edit, a product deleted with its events): the
    next fold recounts what they were folded into, so preferences, popularity, baskets and the outcomes of
    recommendations equal a rebuild from the log again (before, only baskets were corrected)."""
    outcomes = "select request_id, product_id, clicked_at, added_to_cart_at, purchased_at, revenue " \
        "from rec_analytics_outcomes order by 1, 2"  # fmt: skip
    with psycopg.connect(demo_url, autocommit=True) as conn:
        users = [
            r[0] for r in conn.execute("select user_id from rec_user_preferences order by user_id limit 6")
        ]
        shown = [
            r[0] for r in conn.execute("select id from rec_products where is_active order by id limit 2")
        ]
        request = str(uuid.uuid4())
        conn.execute("select rec_log_impressions(%s, %s, 'hybrid', %s)", (request, users[0], shown))
        for product, kind in ((shown[0], "click"), (shown[1], "purchase")):
            conn.execute(
                "select rec_track_interaction(%s, %s, %s, request_id => %s)",
                (users[0], product, kind, request),
            )
        burst(conn, 7)
        fold(conn)
        attributed = [row[1:5:3] for row in conn.execute(outcomes) if str(row[0]) == request]
        assert [(product, purchased is not None) for product, purchased in attributed] == [
            (shown[0], False),
            (shown[1], True),
        ]
        events = [
            r[0]
            for r in conn.execute(
                "select id from rec_events where user_id = any(%s) order by id", (users[1:4],)
            )
        ]
        deleted_product = conn.execute(
            "select product_id from rec_product_popularity where users between 2 and 20 and product_id <> all(%s) "
            "order by product_id limit 1",
            (shown,),
        ).fetchone()[0]
        other_product = conn.execute(
            "select id from rec_products where is_active and id <> %s order by id desc limit 1",
            (deleted_product,),
        ).fetchone()[0]
        before = snapshot(conn)
        # a user's views gone; another's events moved to another product and retyped; a product deleted
        conn.execute(
            "delete from rec_user_interactions where user_id = %s and interaction_type = 'view'", (users[1],)
        )
        conn.execute(
            "update rec_user_interactions set product_id = %s, interaction_type = 'click' where id = any(%s)",
            (other_product, events[len(events) // 2 :]),
        )
        conn.execute("delete from rec_products where id = %s", (deleted_product,))
        conn.execute(
            "delete from rec_user_interactions where request_id = %s and interaction_type = 'purchase'",
            (request,),
        )
        queued = conn.execute("select kind, count(*) from rec_recount_queue group by 1 order by 1").fetchall()
        assert dict(queued)["product"] >= 2 and dict(queued)["user"] >= 2
        assert fold(conn) >= 0
        assert count(conn, "rec_recount_queue") == 0
        folded = snapshot(conn)
        assert folded["popularity"] != before["popularity"] and folded["preferences"] != before["preferences"]
        folded_outcomes = conn.execute(outcomes).fetchall()
        conn.execute("select * from rec_refresh_after_import(null)").fetchall()  # rebuild from the log
        rebuilt = snapshot(conn)
        assert conn.execute(outcomes).fetchall() == folded_outcomes
    assert_same_derived_state(folded, rebuilt)
    # the purchase is gone: only the click remains attributed
    assert [(row[1], row[4]) for row in folded_outcomes if str(row[0]) == request] == [(shown[0], None)]


def test_an_event_dated_2100_already_stored_breaks_no_refresh(shop: psycopg.Connection) -> None:
    """Stored before occurred_at was bounded (or by a plain INSERT): it used to make every refresh fail
    with `value out of range: overflow`."""
    track_batch(shop, [{"user_id": "u1", "product_id": "mugs-1", "interaction_type": "view"}])
    shop.execute(
        "insert into rec_user_interactions (user_id, product_id, interaction_type, created_at) "
        "values ('u1', 'mugs-2', 'purchase', '2100-01-01Z'), ('u2', 'mugs-2', 'view', '2100-01-01Z')"
    )
    fold(shop)
    steps = shop.execute("select step from rec_refresh_all()").fetchall()
    assert len(steps) == 6  # every step ran
    shop.execute("call rec_refresh()")
    assert shop.execute("select count(*) from rec_personalized('u1', 5)").fetchone()[0] == 5


def personal_scores(conn: psycopg.Connection, users: list[str]) -> dict[str, list[tuple[str, float]]]:
    return {
        user: [
            (pid, score)
            for pid, score in conn.execute("select product_id, score from rec_personalized(%s, 10)", (user,))
        ]
        for user in users
    }


def similarity_scores(conn: psycopg.Connection) -> list[tuple[str, str, float]]:
    return [
        (a, b, score)
        for a, b, score in conn.execute(
            "select product_id, similar_product_id, score from rec_product_similarities "
            "where method = 'co_interaction' and product_id <> 'bags-7' and similar_product_id <> 'bags-7' "
            "order by 1, 2"
        )
    ]


def test_a_year_ahead_event_does_not_change_other_users_scores(shop: psycopg.Connection) -> None:
    """Co-interaction weights decay from least(newest event, now()): one event dated a year ahead
    (on a product nobody else touched) leaves every other score as it was."""
    rng = random.Random(5)
    now = datetime.now(UTC)
    events = []
    for user in range(12):
        for _ in range(6):
            events.append(
                {
                    "user_id": f"s{user}",
                    "product_id": f"{rng.choice(['mugs', 'lights'])}-{rng.randrange(6)}",
                    "interaction_type": rng.choice(["view", "add_to_cart", "purchase"]),
                    "occurred_at": (now - timedelta(days=rng.uniform(0.5, 40))).isoformat(),
                }
            )
    events.append({"user_id": "s1", "product_id": "mugs-1", "interaction_type": "view"})  # now: the newest
    track_batch(shop, events)
    fold(shop)
    shop.execute("select rec_refresh_similarities()")
    users = ["s0", "s3", "s7"]
    before_similar, before_personal = similarity_scores(shop), personal_scores(shop, users)
    assert before_similar and all(before_personal.values())
    shop.execute(
        "insert into rec_user_interactions (user_id, product_id, interaction_type, created_at) "
        "values ('time-traveller', 'bags-7', 'purchase', now() + interval '1 year')"
    )
    fold(shop)
    shop.execute("select rec_refresh_similarities()")
    # The reference moves from the newest event to now(), seconds later: equal but for that.
    after_similar, after_personal = similarity_scores(shop), personal_scores(shop, users)
    assert [row[:2] for row in after_similar] == [row[:2] for row in before_similar]
    assert [row[2] for row in after_similar] == pytest.approx([row[2] for row in before_similar], rel=1e-4)
    for user in users:
        assert [pid for pid, _ in after_personal[user]] == [pid for pid, _ in before_personal[user]]
        assert [s for _, s in after_personal[user]] == pytest.approx(
            [s for _, s in before_personal[user]], rel=1e-4
        )
