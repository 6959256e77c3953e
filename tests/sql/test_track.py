"""rec_track_interaction / rec_track_interactions: stored rows, defaults, errors, idempotency."""

from __future__ import annotations

import json
import uuid

import psycopg
import pytest

from tests.sql.helpers import add_product, count, track_batch
from tests.support.upkeep import fold


@pytest.fixture
def shop(db: psycopg.Connection) -> psycopg.Connection:
    add_product(db, "p1", categories=["a"], price=10)
    add_product(db, "p2", categories=["b"], price=5)
    add_product(db, "old", active=False)
    return db


def test_single_event_is_stored_with_its_fields(shop: psycopg.Connection) -> None:
    request = uuid.uuid4()
    row = shop.execute(
        "select rec_track_interaction('u1', 'p1', 'purchase', session_id => 's1', quantity => 3, "
        "context => '{\"order_id\": \"o1\"}', request_id => %s, occurred_at => '2024-05-01T10:00:00Z', "
        "unit_price => 2.5, external_id => 'line-1')",
        (request,),
    ).fetchone()
    assert row is not None and isinstance(row[0], int)
    stored = shop.execute(
        "select user_id, session_id, product_id, interaction_type, quantity, unit_price::float8, context, request_id, "
        "external_id, created_at = '2024-05-01T10:00:00Z'::timestamptz from rec_events where id = %s",
        (row[0],),
    ).fetchone()
    assert stored == ("u1", "s1", "p1", "purchase", 3, 2.5, {"order_id": "o1"}, request, "line-1", True)


def test_single_event_defaults(shop: psycopg.Connection) -> None:
    shop.execute("select rec_track_interaction('u1', 'p1', 'view')")
    stored = shop.execute(
        "select session_id, quantity, unit_price, context, request_id, external_id, now() - created_at < interval '1 minute' "
        "from rec_events"
    ).fetchone()
    assert stored == (None, 1, None, {}, None, None, True)


def test_inactive_products_may_be_tracked(shop: psycopg.Connection) -> None:
    row = shop.execute("select rec_track_interaction('u1', 'old', 'view')").fetchone()
    assert row is not None and row[0] is not None


@pytest.mark.parametrize(
    ("call", "sqlstate", "words"),
    [
        ("rec_track_interaction('u1', 'p1', 'teleport')", "22023", "unknown interaction_type 'teleport'"),
        (
            "rec_track_interaction('u1', 'nope', 'view', unknown_products => 'reject')",
            "23503",
            "unknown product_id 'nope'",
        ),
        ("rec_track_interaction('', 'p1', 'view')", "22023", "user_id"),
        ("rec_track_interaction(null, 'p1', 'view')", "22023", "user_id"),
        ("rec_track_interaction('u1', 'p1', 'view', quantity => 0)", "22023", "quantity"),
        ("rec_track_interaction('u1', 'p1', 'view', context => '[1]')", "22023", "context"),
        ("rec_track_interaction('u1', 'p1', 'view', occurred_at => 'infinity')", "22023", "occurred_at"),
        ("rec_track_interaction('u1', 'p1', 'view', unit_price => -1)", "22023", "unit_price"),
        ("rec_track_interaction('u1', 'p1', 'view', external_id => '')", "22023", "external_id"),
    ],
)
def test_single_event_errors(shop: psycopg.Connection, call: str, sqlstate: str, words: str) -> None:
    with pytest.raises(psycopg.Error) as caught:
        shop.execute(f"select {call}")
    assert caught.value.sqlstate == sqlstate
    assert words in str(caught.value)
    assert count(shop, "rec_events") == 0


def test_external_id_makes_tracking_idempotent(shop: psycopg.Connection) -> None:
    first = shop.execute(
        "select rec_track_interaction('u1', 'p1', 'purchase', external_id => 'x')"
    ).fetchone()
    again = shop.execute(
        "select rec_track_interaction('u1', 'p1', 'purchase', external_id => 'x')"
    ).fetchone()
    other_user = shop.execute(
        "select rec_track_interaction('u2', 'p1', 'purchase', external_id => 'x')"
    ).fetchone()
    assert first is not None and first[0] is not None
    assert again == (None,)
    assert other_user is not None and other_user[0] is not None
    assert count(shop, "rec_events") == 2
    assert count(shop, "rec_event_inbox") == 2  # the repeat stored nothing either
    assert fold(shop) == 2
    prefs = shop.execute("select interaction_count from rec_user_preferences where user_id = 'u1'").fetchone()
    assert prefs == (1,)


def test_batch_returns_ids_in_input_order(shop: psycopg.Connection) -> None:
    ids = track_batch(
        shop,
        [
            {"user_id": "u1", "product_id": "p1", "interaction_type": "view"},
            {
                "user_id": 17850,
                "product_id": "p2",
                "interaction_type": "click",
                "session_id": "s",
                "quantity": "2",
            },
            {
                "user_id": "u3",
                "product_id": "old",
                "interaction_type": "wishlist",
                "occurred_at": "2024-01-02T03:04:05+01:00",
            },
        ],
    )
    assert len(ids) == 3 and all(isinstance(i, int) for i in ids)
    rows = shop.execute(
        "select id, user_id, product_id, interaction_type, quantity, session_id from rec_events order by id"
    ).fetchall()
    assert rows == [
        (ids[0], "u1", "p1", "view", 1, None),
        (ids[1], "17850", "p2", "click", 2, "s"),
        (ids[2], "u3", "old", "wishlist", 1, None),
    ]
    at = shop.execute(
        "select created_at = '2024-01-02T02:04:05Z'::timestamptz from rec_events where id = %s",
        (ids[2],),
    ).fetchone()
    assert at == (True,)


def test_batch_all_fields(shop: psycopg.Connection) -> None:
    request = str(uuid.uuid4())
    (event_id,) = track_batch(
        shop,
        [
            {
                "user_id": "u1",
                "product_id": "p1",
                "interaction_type": "purchase",
                "session_id": "s1",
                "quantity": 4,
                "context": {"order_id": "o9"},
                "request_id": request,
                "occurred_at": "2024-05-01T10:00:00Z",
                "unit_price": "1.25",
                "external_id": "e1",
            }
        ],
    )
    row = shop.execute(
        "select quantity, unit_price::float8, context, request_id::text, external_id, created_at = '2024-05-01T10:00:00Z' "
        "from rec_events where id = %s",
        (event_id,),
    ).fetchone()
    assert row == (4, 1.25, {"order_id": "o9"}, request, "e1", True)


def test_batch_skips_known_and_repeated_external_ids(shop: psycopg.Connection) -> None:
    shop.execute("select rec_track_interaction('u1', 'p1', 'purchase', external_id => 'a')")
    ids = track_batch(
        shop,
        [
            {"user_id": "u1", "product_id": "p1", "interaction_type": "purchase", "external_id": "a"},
            {"user_id": "u1", "product_id": "p2", "interaction_type": "purchase", "external_id": "b"},
            {"user_id": "u1", "product_id": "p2", "interaction_type": "purchase", "external_id": "b"},
            {"user_id": "u2", "product_id": "p2", "interaction_type": "purchase", "external_id": "b"},
        ],
    )
    assert ids[0] is None and ids[2] is None
    assert ids[1] is not None and ids[3] is not None
    assert count(shop, "rec_events") == 3


@pytest.mark.parametrize(
    ("bad", "sqlstate", "message"),
    [
        (
            {"user_id": "u1", "product_id": "zz", "interaction_type": "view"},
            "23503",
            'events[1]: unknown product_id "zz"',
        ),
        (
            {"user_id": "u1", "product_id": "p1", "interaction_type": "fly"},
            "22023",
            'events[1]: unknown interaction_type "fly"',
        ),
        ({"product_id": "p1", "interaction_type": "view"}, "22023", "events[1]: user_id is required"),
        ({"user_id": "u1", "interaction_type": "view"}, "22023", "events[1]: product_id is required"),
        ({"user_id": "u1", "product_id": "p1"}, "22023", "events[1]: interaction_type is required"),
        (
            {"user_id": ["u"], "product_id": "p1", "interaction_type": "view"},
            "22023",
            "events[1]: user_id must be a string",
        ),
        (
            {"user_id": "u1", "product_id": "p1", "interaction_type": "view", "quantity": 0},
            "22023",
            "events[1]: quantity must be a positive integer, got 0",
        ),
        (
            {"user_id": "u1", "product_id": "p1", "interaction_type": "view", "quantity": 1.5},
            "22023",
            "events[1]: quantity",
        ),
        (
            {"user_id": "u1", "product_id": "p1", "interaction_type": "view", "context": [1]},
            "22023",
            "events[1]: context must be a JSON object",
        ),
        (
            {"user_id": "u1", "product_id": "p1", "interaction_type": "view", "request_id": "abc"},
            "22023",
            'events[1]: request_id must be a UUID, got "abc"',
        ),
        (
            {"user_id": "u1", "product_id": "p1", "interaction_type": "view", "occurred_at": "yesterday-ish"},
            "22023",
            "events[1]: occurred_at",
        ),
        (
            {"user_id": "u1", "product_id": "p1", "interaction_type": "view", "occurred_at": "infinity"},
            "22023",
            "events[1]: occurred_at must be a finite timestamp",
        ),
        (
            {"user_id": "u1", "product_id": "p1", "interaction_type": "view", "unit_price": -2},
            "22023",
            "events[1]: unit_price",
        ),
        (
            {"user_id": "u1", "product_id": "p1", "interaction_type": "view", "unit_price": "NaN"},
            "22023",
            "events[1]: unit_price",
        ),
        (
            {"user_id": "u1", "product_id": "p1", "interaction_type": "view", "occured_at": "2024-01-01"},
            "22023",
            'events[1]: unknown key "occured_at"',
        ),
        ("view", "22023", "events[1]: must be a JSON object, got string"),
    ],
)
def test_one_bad_event_stores_nothing(
    shop: psycopg.Connection, bad: object, sqlstate: str, message: str
) -> None:
    good = {"user_id": "u1", "product_id": "p1", "interaction_type": "view"}
    with pytest.raises(psycopg.Error) as caught:  # reject: an unknown product is a bad event too
        shop.execute("select rec_track_interactions(%s::jsonb, 'reject')", (json.dumps([good, bad, good]),))
    assert caught.value.sqlstate == sqlstate
    assert str(caught.value).startswith(message)
    assert count(shop, "rec_events") == 0
    assert count(shop, "rec_event_queue") == 0
    fold(shop)
    assert count(shop, "rec_user_preferences") == 0


def test_first_bad_event_is_reported(shop: psycopg.Connection) -> None:
    events = [{"user_id": "u1", "product_id": "p1", "interaction_type": "view"}] * 5
    events[3] = {"user_id": "u1", "product_id": "p1", "interaction_type": "nope"}
    events[4] = {"user_id": "u1", "product_id": "zz", "interaction_type": "view"}
    with pytest.raises(psycopg.Error, match=r"^events\[3\]: "):
        track_batch(shop, events)


@pytest.mark.parametrize("payload", ['{"user_id": "u1"}', "null", '"x"'])
def test_batch_must_be_an_array(shop: psycopg.Connection, payload: str) -> None:
    with pytest.raises(psycopg.Error) as caught:
        shop.execute("select rec_track_interactions(%s::jsonb)", (payload,))
    assert caught.value.sqlstate == "22023"
    assert "events must be a JSON array" in str(caught.value)


def test_empty_batch(shop: psycopg.Connection) -> None:
    assert track_batch(shop, []) == []


def test_thousands_of_events_in_one_call(shop: psycopg.Connection) -> None:
    events = [
        {
            "user_id": f"u{i % 300}",
            "product_id": "p1" if i % 3 else "p2",
            "interaction_type": "view",
            "external_id": str(i),
        }
        for i in range(5000)
    ]
    ids = track_batch(shop, events)
    assert len(ids) == 5000 and None not in ids and ids == sorted(ids)
    assert count(shop, "rec_events") == 5000
    assert count(shop, "rec_event_inbox") == 5000
    assert fold(shop) == 5000
    assert count(shop, "rec_user_preferences") == 300
    again = track_batch(shop, events)
    assert again == [None] * 5000
    assert count(shop, "rec_event_inbox") == 0
