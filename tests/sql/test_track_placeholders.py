"""Lenient tracking in SQL: placeholders for unknown products (the rule from the parameter, the setting
pgrec.track_unknown_products, else placeholder), rec_track_interactions_lenient keeping the good events of a
batch, and the product upsert filling a placeholder in."""

from __future__ import annotations

import json
import threading
import time
from typing import Any

import psycopg
import pytest

from tests.sql.helpers import add_product, count, track_batch


@pytest.fixture
def shop(db: psycopg.Connection) -> psycopg.Connection:
    add_product(db, "p1", categories=["a"], price=10)
    add_product(db, "p2", categories=["b"], price=5)
    return db


def placeholders(conn: psycopg.Connection) -> list[tuple[Any, ...]]:
    return conn.execute(
        "select id, title, is_active, source from rec_products where placeholder order by id"
    ).fetchall()


def lenient(conn: psycopg.Connection, events: list[Any], rule: str | None = None) -> list[tuple[Any, ...]]:
    return conn.execute(
        "select idx, id is not null, errcode, field, message from rec_track_interactions_lenient(%s::jsonb, %s)",
        (json.dumps(events), rule),
    ).fetchall()


def test_single_event_adds_a_placeholder_once(shop: psycopg.Connection) -> None:
    shop.execute("select rec_track_interaction('u1', 'new-1', 'view')")
    shop.execute("select rec_track_interaction('u2', 'new-1', 'purchase')")
    assert placeholders(shop) == [("new-1", "new-1", False, "tracking")]
    assert count(shop, "rec_events") == 2
    queued = shop.execute("select count(*) from rec_embedding_queue where product_id = 'new-1'").fetchone()
    assert queued == (0,)  # its text is only its id
    shop.execute("select rec_enqueue_embeddings(everything => true)")
    queued = shop.execute("select count(*) from rec_embedding_queue where product_id = 'new-1'").fetchone()
    assert queued == (0,)


def test_reject_rule_from_parameter_or_setting(shop: psycopg.Connection) -> None:
    with pytest.raises(psycopg.Error) as caught:
        shop.execute("select rec_track_interaction('u1', 'new-1', 'view', unknown_products => 'reject')")
    assert caught.value.sqlstate == "23503"
    shop.execute("set pgrec.track_unknown_products = 'reject'")
    try:
        with pytest.raises(psycopg.Error) as caught:
            track_batch(shop, [{"user_id": "u1", "product_id": "new-1", "interaction_type": "view"}])
        assert caught.value.sqlstate == "23503"
        # the parameter wins over the setting
        shop.execute("select rec_track_interaction('u1', 'new-2', 'view', unknown_products => 'placeholder')")
    finally:
        shop.execute("reset pgrec.track_unknown_products")
    assert [row[0] for row in placeholders(shop)] == ["new-2"]
    assert count(shop, "rec_events") == 1


def test_unknown_rule_is_22023(shop: psycopg.Connection) -> None:
    with pytest.raises(psycopg.Error) as caught:
        shop.execute("select rec_track_interaction('u1', 'p1', 'view', unknown_products => 'keep')")
    assert caught.value.sqlstate == "22023" and "unknown_products must be placeholder or reject" in str(
        caught.value
    )


def test_atomic_batch_with_a_bad_event_leaves_no_placeholder(shop: psycopg.Connection) -> None:
    events = [
        {"user_id": "u1", "product_id": "new-1", "interaction_type": "view"},
        {"user_id": "u1", "product_id": "new-2", "interaction_type": "fly"},
        {"user_id": "u1", "product_id": "new-3", "interaction_type": "view", "quantity": "many"},
    ]
    with pytest.raises(psycopg.Error, match=r"^events\[1\]: unknown interaction_type"):
        track_batch(shop, events)
    assert placeholders(shop) == [] and count(shop, "rec_events") == 0
    ids = track_batch(shop, [events[0], events[0] | {"product_id": "p1"}, events[0]])
    assert None not in ids and [row[0] for row in placeholders(shop)] == ["new-1"]


def test_lenient_batch_keeps_the_good_events(shop: psycopg.Connection) -> None:
    shop.execute("select rec_track_interaction('u1', 'p1', 'purchase', external_id => 'seen')")
    good = {"user_id": "u1", "product_id": "p1", "interaction_type": "view"}
    rows = lenient(
        shop,
        [
            good,
            good
            | {"interaction_type": "fly", "product_id": "new-0"},  # found by the insert, not the fast check
            good | {"quantity": "many"},  # a failed cast in the insert
            good | {"product_id": "new-1"},
            good | {"interaction_type": "purchase", "external_id": "seen"},  # a duplicate, not a rejection
            good | {"occurred_at": "3000-01-01T00:00:00Z"},
            "view",
            good | {"product_id": "x" * 256},
        ],
    )
    assert rows == [
        (0, True, None, None, None),
        (1, False, "22023", "interaction_type", 'unknown interaction_type "fly"'),
        (2, False, "22023", "quantity", 'quantity must be a positive integer, got "many"'),
        (3, True, None, None, None),
        (4, False, None, None, None),
        (
            5,
            False,
            "22008",
            "occurred_at",
            'occurred_at must not be later than now() + 5 minutes, got "3000-01-01T00:00:00Z"',
        ),
        (6, False, "22023", None, "must be a JSON object, got string"),
        (7, False, "22023", "product_id", "product_id must be 1 to 255 characters, got 256"),
    ]
    assert [row[0] for row in placeholders(shop)] == ["new-1"]  # none for the rejected event's new-0
    assert count(shop, "rec_events") == 3


def test_lenient_batch_under_the_reject_rule(shop: psycopg.Connection) -> None:
    good = {"user_id": "u1", "product_id": "p1", "interaction_type": "view"}
    rows = lenient(shop, [good | {"product_id": "zz"}, good, good | {"product_id": "zz"}], "reject")
    assert [(r[0], r[1], r[2], r[3]) for r in rows] == [
        (0, False, "23503", "product_id"),
        (1, True, None, None),
        (2, False, "23503", "product_id"),
    ]
    assert rows[0][4] == 'unknown product_id "zz"' and placeholders(shop) == []
    assert lenient(shop, [], "reject") == []


def test_upsert_fills_a_placeholder_in(shop: psycopg.Connection) -> None:
    shop.execute("select rec_track_interaction('u1', 'new-1', 'purchase')")
    shop.execute("select rec_track_interaction('u1', 'new-2', 'view')")
    rows = shop.execute(
        "select product_id, inserted from rec_upsert_products(%s::jsonb)",
        (json.dumps([{"id": "new-1", "title": "Paper lamp", "price": 12}]),),
    ).fetchall()
    assert rows == [("new-1", True)]  # new to the catalog
    row = shop.execute(
        "select placeholder, is_active, title, price::float8, source from rec_products where id = 'new-1'"
    ).fetchone()
    assert row == (False, True, "Paper lamp", 12.0, "api")
    assert (
        shop.execute("select reason from rec_embedding_queue where product_id = 'new-1'").fetchone()
        is not None
    )
    assert count(shop, "rec_events") == 2
    # a partial write (a file import knowing some fields) still makes a whole product of a placeholder
    rows = shop.execute(
        "select product_id, action from _rec_upsert_products(%s::jsonb, 'file', partial => true)",
        (json.dumps([{"id": "new-2", "title": "Mug"}]),),
    ).fetchall()
    assert rows == [("new-2", "inserted")]
    row = shop.execute(
        "select placeholder, is_active, source from rec_products where id = 'new-2'"
    ).fetchone()
    assert row == (False, True, "file")


def test_catalog_sync_fills_its_placeholders_and_leaves_the_others(shop: psycopg.Connection) -> None:
    shop.execute("select rec_track_interaction('u1', 'new-1', 'view')")
    shop.execute("select rec_track_interaction('u1', 'new-2', 'view')")
    rows = shop.execute(
        "select product_id, action from _rec_upsert_products(%s::jsonb, 'medusa', sync => true)",
        (json.dumps([{"id": "p1", "title": "P1"}, {"id": "new-2", "title": "Mug", "is_active": False}]),),
    ).fetchall()
    assert ("new-2", "inserted") in rows and ("new-1", "deactivated") not in rows
    assert placeholders(shop) == [("new-1", "new-1", False, "tracking")]
    row = shop.execute(
        "select placeholder, is_active, source from rec_products where id = 'new-2'"
    ).fetchone()
    assert row == (False, False, "medusa")  # a draft in the store stays inactive, but is no placeholder


def test_search_never_finds_a_placeholder(shop: psycopg.Connection) -> None:
    shop.execute("select rec_track_interaction('u1', 'lamp', 'view')")
    add_product(shop, "p3", title="LAMP SHADE")
    found = shop.execute(
        "select product_id from rec_semantic_search(array_fill(0.1, array[384])::vector, 10, query_text => 'lamp')"
    ).fetchall()
    assert ("p3",) in found and ("lamp",) not in found


def test_a_placeholder_is_a_known_product_for_the_lists_that_take_one(shop: psycopg.Connection) -> None:
    # A product page of a product the catalog sync has not brought yet asks for its neighbours: an answer
    # (whatever the events say), not 404 unknown_product, and never the placeholder itself.
    for user in ("u1", "u2"):
        shop.execute("select rec_track_interaction(%s, 'new-1', 'purchase')", (user,))
        shop.execute("select rec_track_interaction(%s, 'p1', 'purchase')", (user,))
    shop.execute("select * from rec_refresh_all()")
    assert shop.execute("select _rec_known_product_ids(array['new-1'], 'product_id')").fetchone() == (
        ["new-1"],
    )
    similar = shop.execute(
        "select product_id from rec_similar_products('new-1', 10, 'co_interaction')"
    ).fetchall()
    assert ("new-1",) not in similar
    assert ("new-1",) not in shop.execute(
        "select product_id from rec_similar_products('p1', 10, 'co_interaction')"
    ).fetchall()


@pytest.mark.parametrize("second", ["single", "batch", "lenient"])
def test_concurrent_tracking_of_one_new_product(
    shop: psycopg.Connection, database_url: str, second: str
) -> None:
    """The second writer meets the first one's uncommitted placeholder: it waits, then stores its event."""
    statements = {
        "single": "select rec_track_interaction('u2', 'new-1', 'view')",
        "batch": "select rec_track_interactions(%s::jsonb)",
        "lenient": "select * from rec_track_interactions_lenient(%s::jsonb)",
    }
    event = json.dumps([{"user_id": "u2", "product_id": "new-1", "interaction_type": "view"}])
    errors: list[BaseException] = []
    with psycopg.connect(database_url) as first, psycopg.connect(database_url, autocommit=True) as other:
        first.execute("select rec_track_interactions(%s::jsonb)", (event.replace("u2", "u1"),))

        def run() -> None:
            try:
                other.execute(statements[second], () if second == "single" else (event,)).fetchall()
            except BaseException as exc:  # reported below
                errors.append(exc)

        worker = threading.Thread(target=run)
        worker.start()
        time.sleep(0.5)
        assert worker.is_alive()  # waiting for the first transaction's placeholder
        first.commit()
        worker.join(10)
    assert errors == [] and not worker.is_alive()
    assert placeholders(shop) == [("new-1", "new-1", False, "tracking")]
    assert count(shop, "rec_events") == 2
