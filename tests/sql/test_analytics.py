"""rec_log_impressions, attribution of tracked events, rec_analytics_items and rec_analytics_daily."""

from __future__ import annotations

import time
import uuid
from concurrent.futures import Future, ThreadPoolExecutor
from decimal import Decimal

import psycopg
import pytest
from psycopg.types.json import Jsonb

from tests.sql.helpers import add_product, count, track_batch
from tests.support.upkeep import fold

R1 = uuid.UUID("00000000-0000-0000-0000-000000000001")
R2 = uuid.UUID("00000000-0000-0000-0000-000000000002")


@pytest.fixture
def shop(db: psycopg.Connection) -> psycopg.Connection:
    add_product(db, "a", price=10)
    add_product(db, "b", price=4)
    add_product(db, "c")  # no price
    return db


def log(
    conn: psycopg.Connection, request: uuid.UUID, algorithm: str, products: list[str], user: str | None = "u1"
) -> int:
    row = conn.execute(
        "select rec_log_impressions(%s, %s, %s, %s)", (request, user, algorithm, products)
    ).fetchone()
    assert row is not None
    return int(row[0])


def test_impressions_get_positions(shop: psycopg.Connection) -> None:
    assert log(shop, R1, "personalized", ["a", "b", "a", "c"]) == 3
    assert log(shop, R1, "personalized", ["c", "zz"]) == 1  # next page: c already shown
    rows = shop.execute(
        "select product_id, position, user_id, algorithm from rec_analytics_items order by position"
    ).fetchall()
    assert rows == [
        ("a", 1, "u1", "personalized"),
        ("b", 2, "u1", "personalized"),
        ("c", 3, "u1", "personalized"),
        ("zz", 4, "u1", "personalized"),
    ]
    assert log(shop, R2, "similar", [], user=None) == 0


@pytest.mark.parametrize(
    ("args", "words"),
    [
        ("null, 'u', 'x', array['a']", "request_id"),
        ("%(r)s, 'u', ' ', array['a']", "algorithm"),
        ("%(r)s, 'u', 'x', null", "product_ids"),
        ("%(r)s, 'u', 'x', array['a', null]", "must not contain null (position 2)"),
    ],
)
def test_bad_impressions(shop: psycopg.Connection, args: str, words: str) -> None:
    with pytest.raises(psycopg.Error) as caught:
        shop.execute(f"select rec_log_impressions({args})", {"r": R1})
    assert caught.value.sqlstate == "22023" and words in str(caught.value)
    assert count(shop, "rec_analytics") == 0


def test_events_are_attributed_to_their_request(shop: psycopg.Connection) -> None:
    log(shop, R1, "personalized", ["a", "b", "c"])
    log(shop, R2, "similar", ["a"])
    r1 = str(R1)
    track_batch(
        shop,
        [
            {
                "user_id": "u1",
                "product_id": "a",
                "interaction_type": "click",
                "request_id": r1,
                "occurred_at": "2026-03-01T10:00:00Z",
            },
            {
                "user_id": "u1",
                "product_id": "a",
                "interaction_type": "click",
                "request_id": r1,
                "occurred_at": "2026-03-01T09:00:00Z",
            },
            {
                "user_id": "u1",
                "product_id": "a",
                "interaction_type": "add_to_cart",
                "request_id": r1,
                "occurred_at": "2026-03-01T10:05:00Z",
            },
            {
                "user_id": "u1",
                "product_id": "a",
                "interaction_type": "purchase",
                "request_id": r1,
                "quantity": 2,
                "occurred_at": "2026-03-01T10:10:00Z",
            },
            {
                "user_id": "u1",
                "product_id": "b",
                "interaction_type": "purchase",
                "request_id": r1,
                "quantity": 3,
                "unit_price": 1.5,
            },
            {"user_id": "u1", "product_id": "c", "interaction_type": "view", "request_id": r1},
            {"user_id": "u1", "product_id": "b", "interaction_type": "click"},  # no request: not attributed
            {
                "user_id": "u1",
                "product_id": "c",
                "interaction_type": "click",
                "request_id": str(R2),
            },  # c not shown in R2
        ],
    )
    shop.execute(
        "select rec_track_interaction('u1', 'c', 'purchase', request_id => %s)", (R1,)
    )  # no price: 0
    shop.execute(
        "select rec_track_interaction('u9', 'b', 'purchase', request_id => %s, quantity => 1)", (R1,)
    )  # another purchase adds up
    fold(shop)
    rows = shop.execute(
        "select request_id = %s, product_id, clicked_at = '2026-03-01T09:00:00Z', added_to_cart_at = '2026-03-01T10:05:00Z', "
        "purchased_at = '2026-03-01T10:10:00Z', clicked_at is not null, added_to_cart_at is not null, purchased_at is not null, revenue "
        "from rec_analytics_items order by 1 desc, 2",
        (R1,),
    ).fetchall()
    assert rows == [
        (True, "a", True, True, True, True, True, True, Decimal("20.0000")),
        (True, "b", None, None, False, False, False, True, Decimal("8.5000")),
        (True, "c", None, None, False, False, False, True, Decimal("0.0000")),
        (False, "a", None, None, None, False, False, False, Decimal("0.0000")),
    ]


def test_daily_view(shop: psycopg.Connection) -> None:
    log(shop, R1, "personalized", ["a", "b", "c", "zz"])
    log(shop, R2, "similar", ["a", "b"])
    shop.execute("update rec_analytics set shown_at = '2026-03-01T23:30:00Z' where request_id = %s", (R1,))
    shop.execute(
        "update rec_analytics set shown_at = '2026-03-02T00:30:00+02:00' where request_id = %s", (R2,)
    )
    shop.execute("select rec_track_interaction('u1', 'a', 'click', request_id => %s)", (R1,))
    shop.execute("select rec_track_interaction('u1', 'a', 'purchase', request_id => %s)", (R1,))
    shop.execute("select rec_track_interaction('u1', 'b', 'add_to_cart', request_id => %s)", (R1,))
    shop.execute("select rec_track_interaction('u1', 'b', 'click', request_id => %s)", (R2,))
    fold(shop)
    rows = shop.execute(
        "select day::text, algorithm, impressions, clicks, ctr, add_to_carts, purchases, conversion, revenue from rec_analytics_daily order by 1, 2"
    ).fetchall()
    assert rows == [
        ("2026-03-01", "personalized", 4, 1, 0.25, 1, 1, 0.25, Decimal("10.0000")),
        ("2026-03-01", "similar", 2, 1, 0.5, 0, 0, 0.0, Decimal("0.0000")),
    ]


def test_events_tracked_before_the_impressions_are_logged_still_count(shop: psycopg.Connection) -> None:
    # The service logs impressions just after it answers; a fast click can be stored first.
    shop.execute("select rec_track_interaction('u1', 'a', 'click', request_id => %s)", (R1,))
    shop.execute(
        "select rec_track_interaction('u1', 'b', 'purchase', request_id => %s, quantity => 2)", (R1,)
    )
    assert log(shop, R1, "personalized", ["a", "b", "c"]) == 3
    rows = shop.execute(
        "select product_id, clicked_at is not null, purchased_at is not null, revenue "
        "from rec_analytics_items order by product_id"
    ).fetchall()
    assert rows == [
        ("a", True, False, Decimal("0.0000")),
        ("b", False, True, Decimal("8.0000")),
        ("c", False, False, Decimal("0.0000")),
    ]
    shop.execute("select rec_track_interaction('u1', 'c', 'click', request_id => %s)", (R1,))
    assert count(shop, "rec_analytics_items where clicked_at is not null") == 1  # upkeep attributes it
    fold(shop)
    assert count(shop, "rec_analytics_items where clicked_at is not null") == 2
    fold(shop)  # attributing again changes nothing
    assert shop.execute("select sum(revenue) from rec_analytics_items").fetchone() == (Decimal("8.0000"),)


def fold_on_own_connection(database_url: str) -> int:
    with psycopg.connect(database_url, autocommit=True) as conn:
        return fold(conn)


def test_a_click_tracked_while_its_impressions_are_being_written_is_attributed(
    shop: psycopg.Connection, database_url: str
) -> None:
    """The click commits while the impression writer's transaction is still open: neither sees the
    other's row. Upkeep attributes it once the impressions commit (the two take turns on a lock);
    the old insert trigger missed it for good."""
    with psycopg.connect(database_url) as writer:
        writer.execute("select rec_log_impressions(%s, 'u1', 'personalized', array['a', 'b'])", (R1,))
        shop.execute("select rec_track_interaction('u1', 'a', 'click', request_id => %s)", (R1,))
        with ThreadPoolExecutor(1) as pool:
            folding = pool.submit(fold_on_own_connection, database_url)
            time.sleep(0.3)
            assert not folding.done()  # the fold waits for the writer's attribution to commit
            writer.commit()
            assert folding.result(timeout=30) == 1
    assert shop.execute(
        "select product_id, clicked_at is not null from rec_analytics_items order by 1"
    ).fetchall() == [("a", True), ("b", False)]


def log_batch(conn: psycopg.Connection, impressions: list[dict[str, object]]) -> int:
    row = conn.execute("select rec_log_impressions_batch(%s)", (Jsonb(impressions),)).fetchone()
    assert row is not None
    return int(row[0])


def test_a_batch_logs_each_request_like_single_calls(shop: psycopg.Connection) -> None:
    shop.execute("select rec_log_impressions(%s, 'u1', 'personalized', array['a'])", (R1,))
    added = log_batch(
        shop,
        [
            {
                "request_id": str(R1),
                "user_id": "u1",
                "algorithm": "personalized",
                "product_ids": ["b", "a", "c"],
            },
            {"request_id": str(R2), "user_id": None, "algorithm": "similar", "product_ids": ["c", "b", "c"]},
            {"request_id": str(R1), "user_id": "u1", "algorithm": "personalized", "product_ids": ["zz", "b"]},
        ],
    )
    assert added == 5  # R1: b, c, zz (a was logged before); R2: c, b
    rows = shop.execute(
        "select request_id = %s, product_id, position, user_id, algorithm from rec_analytics_items order by 1 desc, 3",
        (R1,),
    ).fetchall()
    assert rows == [
        (True, "a", 1, "u1", "personalized"),
        (True, "b", 2, "u1", "personalized"),
        (True, "c", 3, "u1", "personalized"),
        (True, "zz", 4, "u1", "personalized"),
        (False, "c", 1, None, "similar"),
        (False, "b", 2, None, "similar"),
    ]
    assert log_batch(shop, []) == 0


def test_a_batch_attributes_earlier_events_to_new_rows_only(shop: psycopg.Connection) -> None:
    log(shop, R1, "personalized", ["a"])
    shop.execute(
        "select rec_track_interaction('u1', 'a', 'purchase', request_id => %s, quantity => 1)", (R1,)
    )
    # Stored before R2's and R1's next page's impressions are logged.
    shop.execute("select rec_track_interaction('u1', 'b', 'click', request_id => %s)", (R1,))
    shop.execute(
        "select rec_track_interaction('u2', 'a', 'purchase', request_id => %s, quantity => 3)", (R2,)
    )
    log_batch(
        shop,
        [
            {"request_id": str(R1), "user_id": "u1", "algorithm": "personalized", "product_ids": ["a", "b"]},
            {"request_id": str(R2), "user_id": "u2", "algorithm": "similar", "product_ids": ["a"]},
        ],
    )
    rows = shop.execute(
        "select request_id = %s, product_id, clicked_at is not null, revenue from rec_analytics_items order by 1 desc, 2",
        (R1,),
    ).fetchall()
    assert rows == [
        (True, "a", False, Decimal("10.0000")),  # attributed once, by the trigger, not again
        (True, "b", True, Decimal("0.0000")),
        (False, "a", False, Decimal("30.0000")),
    ]


@pytest.mark.parametrize(
    ("entry", "words"),
    [
        ("not an object", "impressions[2]: must be an object"),
        (
            {"request_id": "nope", "algorithm": "x", "product_ids": ["a"]},
            "impressions[2]: request_id must be a uuid",
        ),
        ({"request_id": str(R2), "algorithm": " ", "product_ids": ["a"]}, "impressions[2]: algorithm"),
        ({"request_id": str(R2), "algorithm": "x", "user_id": 7, "product_ids": ["a"]}, "user_id"),
        ({"request_id": str(R2), "algorithm": "x", "product_ids": "a"}, "product_ids must be an array"),
        ({"request_id": str(R2), "algorithm": "x", "product_ids": ["a", None]}, "(position 2)"),
    ],
)
def test_a_bad_batch_entry_is_named_and_nothing_is_stored(
    shop: psycopg.Connection, entry: object, words: str
) -> None:
    good = {"request_id": str(R1), "user_id": "u1", "algorithm": "personalized", "product_ids": ["a"]}
    with pytest.raises(psycopg.Error) as caught:
        shop.execute("select rec_log_impressions_batch(%s)", (Jsonb([good, entry]),))
    assert caught.value.sqlstate == "22023" and words in str(caught.value)
    assert count(shop, "rec_analytics") == 0
    with pytest.raises(psycopg.Error) as caught:
        shop.execute("select rec_log_impressions_batch('{}')")
    assert caught.value.sqlstate == "22023" and "JSON array" in str(caught.value)


def wait_until_blocked_by(
    watch: psycopg.Connection, waiter: int, holder: int, call: Future[int], seconds: float = 30
) -> str:
    """Poll until backend `waiter` waits on a lock (wait_event_type 'Lock') that backend `holder` holds;
    returns the wait event. Fails if `call` (the waiter's statement) ends first: then it never waited."""
    deadline = time.monotonic() + seconds
    while True:
        row = watch.execute(
            "select wait_event_type, wait_event, %s = any (pg_blocking_pids(pid)) from pg_stat_activity where pid = %s",
            (holder, waiter),
        ).fetchone()
        if row is not None and row[0] == "Lock" and row[2]:
            return str(row[1])
        if call.done():
            pytest.fail(f"the second writer finished without waiting on the first (returned {call.result()})")
        if time.monotonic() > deadline:
            pytest.fail(
                f"backend {waiter} was not waiting on a lock of backend {holder} after {seconds} s: {row}"
            )
        time.sleep(0.01)


def test_a_batch_racing_another_writer_for_the_same_request_continues_its_positions(
    shop: psycopg.Connection, database_url: str
) -> None:
    # The fast path checks that the request is new, then inserts; a writer that logs the same request in
    # between makes that insert collide, and the general path takes over with positions continued.
    with psycopg.connect(database_url) as first, psycopg.connect(database_url, autocommit=True) as watch:
        first.execute("select rec_log_impressions(%s, 'u1', 'personalized', array['a', 'b'])", (R1,))
        with ThreadPoolExecutor(1) as pool:
            second = pool.submit(
                log_batch,
                shop,
                [
                    {
                        "request_id": str(R1),
                        "user_id": "u1",
                        "algorithm": "personalized",
                        "product_ids": ["b", "c"],
                    }
                ],
            )
            # The race really happens: the second call waits on the first one's uncommitted key (a
            # transactionid lock held by `first`) before `first` commits.
            waited_on = wait_until_blocked_by(watch, shop.info.backend_pid, first.info.backend_pid, second)
            assert waited_on == "transactionid"
            first.commit()
            assert second.result(timeout=10) == 1
    rows = shop.execute("select product_id, position from rec_analytics_items order by position").fetchall()
    assert rows == [("a", 1), ("b", 2), ("c", 3)]
