"""The tracking inbox: tracking appends to rec_event_inbox (seen at once through rec_events), rec_upkeep()
moves it into the event log with the same ids, idempotency holds across both, bulk loads go straight to the
log, and an event whose product went away before the move goes with it."""

from __future__ import annotations

import psycopg
import pytest

from tests.sql.helpers import add_product, count, track_batch
from tests.support.upkeep import fold


@pytest.fixture
def shop(db: psycopg.Connection) -> psycopg.Connection:
    add_product(db, "p1", categories=["a"], price=10)
    add_product(db, "p2", categories=["b"], price=5)
    return db


def ids_in(conn: psycopg.Connection, table: str, column: str = "id") -> list[int]:
    return [row[0] for row in conn.execute(f"select {column} from {table} order by 1")]


def test_tracked_events_wait_in_the_inbox_and_upkeep_moves_them_with_their_ids(
    shop: psycopg.Connection,
) -> None:
    ids = track_batch(shop, [{"user_id": "u1", "product_id": "p1", "interaction_type": "view"},
                             {"user_id": "u1", "product_id": "p2", "interaction_type": "purchase",
                              "context": {"order_id": "o1"}}])  # fmt: skip
    single = shop.execute("select rec_track_interaction('u2', 'p2', 'click')").fetchone()
    assert single is not None
    tracked = sorted([*ids, single[0]])
    assert ids_in(shop, "rec_event_inbox") == tracked
    assert ids_in(shop, "rec_events") == tracked
    assert count(shop, "rec_user_interactions") == 0 and count(shop, "rec_event_queue") == 0

    assert fold(shop) == 3
    assert count(shop, "rec_event_inbox") == 0
    assert ids_in(shop, "rec_user_interactions") == tracked
    stored = shop.execute(
        "select user_id, product_id, interaction_type, context ->> 'order_id' from rec_user_interactions where id = %s",
        (ids[1],),
    ).fetchone()
    assert stored == ("u1", "p2", "purchase", "o1")
    folded = shop.execute(
        "select interaction_count from rec_user_preferences where user_id = 'u1'"
    ).fetchone()
    assert folded == (2,)


def test_an_external_id_is_stored_once_across_the_inbox_and_the_log(shop: psycopg.Connection) -> None:
    event = {"user_id": "u1", "product_id": "p1", "interaction_type": "view", "external_id": "e1"}
    first = track_batch(shop, [event, event])
    assert first[0] is not None and first[1] is None  # twice in one batch
    assert track_batch(shop, [event]) == [None]  # while the first is in the inbox
    again = shop.execute("select rec_track_interaction('u1', 'p1', 'view', external_id => 'e1')").fetchone()
    assert again == (None,)
    fold(shop)
    assert track_batch(shop, [event]) == [None]  # once it is in the log
    assert shop.execute(
        "select rec_track_interaction('u1', 'p1', 'view', external_id => 'e1')"
    ).fetchone() == (None,)
    assert track_batch(shop, [{**event, "user_id": "u2"}])[0] is not None  # the key is per user
    fold(shop)
    assert count(shop, "rec_events") == 2 and count(shop, "rec_user_interactions") == 2


def test_a_duplicate_that_reached_the_inbox_while_its_first_copy_was_moved_is_stored_once(
    shop: psycopg.Connection,
) -> None:
    track_batch(
        shop, [{"user_id": "u1", "product_id": "p1", "interaction_type": "view", "external_id": "e1"}]
    )
    fold(shop)
    # what a retry racing the move leaves: the same key in the inbox and the log
    shop.execute(
        "insert into rec_event_inbox (id, user_id, product_id, interaction_type, external_id) "
        "values (nextval(pg_get_serial_sequence('rec_user_interactions', 'id')), 'u1', 'p1', 'view', 'e1')"
    )
    fold(shop)
    assert count(shop, "rec_event_inbox") == 0 and count(shop, "rec_user_interactions") == 1


def test_an_event_whose_product_was_deleted_before_the_move_goes_with_it(shop: psycopg.Connection) -> None:
    track_batch(shop, [{"user_id": "u1", "product_id": "p1", "interaction_type": "view"},
                       {"user_id": "u1", "product_id": "p2", "interaction_type": "view"}])  # fmt: skip
    shop.execute("delete from rec_products where id = 'p2'")
    fold(shop)
    assert [row[0] for row in shop.execute("select product_id from rec_user_interactions")] == ["p1"]
    assert count(shop, "rec_event_inbox") == 0


def test_a_bad_value_only_a_cast_finds_is_named_and_keeps_the_rest_out_of_the_inbox(
    shop: psycopg.Connection,
) -> None:
    events = [{"user_id": "u1", "product_id": "p1", "interaction_type": "view"},
              {"user_id": "u1", "product_id": "p1", "interaction_type": "view", "quantity": "many"}]  # fmt: skip
    with pytest.raises(psycopg.errors.InvalidParameterValue, match=r"events\[1\]: quantity"):
        track_batch(shop, events)
    shop.rollback() if not shop.autocommit else None
    assert count(shop, "rec_events") == 0
    rows = shop.execute(
        "select idx, id is not null, errcode, field from rec_track_interactions_lenient(%s::jsonb)",
        (psycopg.types.json.Jsonb(events),),
    ).fetchall()
    assert rows == [(0, True, None, None), (1, False, "22023", "quantity")]
    assert count(shop, "rec_event_inbox") == 1
    # a rejected event of an unknown product leaves no placeholder behind
    rejected = [{"user_id": "u1", "product_id": "new-one", "interaction_type": "view", "quantity": True}]
    shop.execute(
        "select * from rec_track_interactions_lenient(%s::jsonb)", (psycopg.types.json.Jsonb(rejected),)
    )
    assert count(shop, "rec_products where id = 'new-one'") == 0


def test_store_interactions_writes_straight_to_the_log_and_queues_the_events(
    shop: psycopg.Connection,
) -> None:
    tracked = track_batch(shop, [{"user_id": "u9", "product_id": "p2", "interaction_type": "view"}])
    row = shop.execute(
        "select rec_store_interactions(%s::jsonb)",
        (psycopg.types.json.Jsonb([{"user_id": "u1", "product_id": "p1", "interaction_type": "purchase"}]),),
    ).fetchone()
    assert row is not None and len(row[0]) == 1
    # the whole inbox goes with them (moving a few more costs less than picking them out)
    assert ids_in(shop, "rec_user_interactions") == sorted(tracked + row[0])
    assert ids_in(shop, "rec_event_queue", "event_id") == sorted(tracked + row[0])
    assert count(shop, "rec_event_inbox") == 0
    with pytest.raises(psycopg.errors.ForeignKeyViolation, match=r"events\[0\]: unknown product_id"):
        shop.execute(
            "select rec_store_interactions(%s::jsonb, 'reject')",
            (
                psycopg.types.json.Jsonb(
                    [{"user_id": "u1", "product_id": "nope", "interaction_type": "view"}]
                ),
            ),
        )


def test_a_refresh_procedure_reads_the_events_still_in_the_inbox(shop: psycopg.Connection) -> None:
    assert shop.autocommit
    track_batch(shop, [{"user_id": "u1", "product_id": "p1", "interaction_type": "purchase",
                        "context": {"order_id": "o1"}},
                       {"user_id": "u1", "product_id": "p2", "interaction_type": "purchase",
                        "context": {"order_id": "o1"}}])  # fmt: skip
    shop.execute("call rec_refresh()")
    assert count(shop, "rec_event_inbox") == 0
    pairs = shop.execute("select count(*) from rec_frequently_bought_together(array['p1'])").fetchone()
    assert pairs == (1,)
