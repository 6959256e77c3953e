"""Derived state without waste (issue 13: derived tables no larger than the event log): upkeep writes a new
user's rec_user_preferences row once, with its values (a bare row rewritten at the end of the fold left a
dead tuple and a second index entry per new user), and rec_user_segments carries no index nobody reads."""

from __future__ import annotations

import psycopg
import pytest

from tests.sql.helpers import add_product, track_batch, unit


@pytest.fixture
def shop(db: psycopg.Connection) -> psycopg.Connection:
    add_product(db, "p1", categories=["a"], embedding=unit((0, 1.0)))
    add_product(db, "p2", categories=["b"], embedding=unit((1, 1.0)))
    add_product(db, "p3", categories=["c"])  # no embedding: a user of p3 alone has no taste vector
    return db


def writes(conn: psycopg.Connection) -> tuple[int, int]:
    """(rows inserted, rows updated) in rec_user_preferences by this backend and not yet in the shared
    statistics (a difference of two readings in one transaction is that transaction's)."""
    row = conn.execute(
        "select n_tup_ins, n_tup_upd from pg_stat_xact_user_tables where relname = 'rec_user_preferences'"
    ).fetchone()
    assert row is not None
    return int(row[0]), int(row[1])


def upkeep(conn: psycopg.Connection) -> tuple[dict[str, int], tuple[int, int]]:
    """rec_upkeep() in one transaction: changed per step, and (inserted, updated) in rec_user_preferences."""
    with conn.transaction():
        before = writes(conn)
        steps = {step: changed for step, changed, _ in conn.execute("select * from rec_upkeep()").fetchall()}
        after = writes(conn)
    return steps, (after[0] - before[0], after[1] - before[1])


def test_a_new_users_preferences_row_is_written_once(shop: psycopg.Connection) -> None:
    track_batch(
        shop,
        [
            {"user_id": "n1", "product_id": "p1", "interaction_type": "view"},
            {"user_id": "n1", "product_id": "p2", "interaction_type": "purchase"},
            {"user_id": "n1", "product_id": "p1", "interaction_type": "view"},
            {"user_id": "n2", "product_id": "p3", "interaction_type": "view"},
            {"user_id": "n3", "product_id": "p2", "interaction_type": "click"},
        ],
    )
    steps, written = upkeep(shop)
    assert steps["events"] == 5
    assert steps["preferences"] == 3  # the users written
    assert written == (3, 0)  # inserted once each, never rewritten
    rows = shop.execute(
        "select user_id, interaction_count, taste_vector is not null from rec_user_preferences order by 1"
    ).fetchall()
    assert rows == [("n1", 3, True), ("n2", 1, False), ("n3", 1, True)]
    # the values are the rebuild's: a refresh finds nothing to change
    assert shop.execute("select rec_refresh_preferences()").fetchone() == (0,)

    # a user with a row: the fold merges and rewrites it, as before
    track_batch(shop, [{"user_id": "n1", "product_id": "p2", "interaction_type": "view"}])
    steps, written = upkeep(shop)
    assert steps["preferences"] == 1
    assert written == (0, 1)
    assert shop.execute(
        "select interaction_count from rec_user_preferences where user_id = 'n1'"
    ).fetchone() == (4,)
    assert shop.execute("select rec_refresh_preferences()").fetchone() == (0,)


def test_a_new_user_also_rebuilt_in_the_same_fold_ends_as_the_rebuild(shop: psycopg.Connection) -> None:
    """An event of a user not folded yet is updated in psql: the fold rebuilds the user from the log (a
    recount) and the row inserted from the batch's sums is rewritten where it differs."""
    track_batch(
        shop,
        [
            {"user_id": "r1", "product_id": "p1", "interaction_type": "view"},
            {"user_id": "r1", "product_id": "p2", "interaction_type": "view"},
        ],
    )
    shop.execute(
        "update rec_user_interactions set product_id = 'p3' where user_id = 'r1' and product_id = 'p2'"
    )
    upkeep(shop)
    folded = shop.execute(
        "select interaction_count, taste_vector from rec_user_preferences where user_id = 'r1'"
    ).fetchone()
    assert folded is not None and folded[0] == 2
    assert shop.execute("select rec_refresh_preferences()").fetchone() == (0,)


def test_segments_have_no_index_on_segment(db: psycopg.Connection) -> None:
    indexes = [
        row[0] for row in db.execute("select indexname from pg_indexes where tablename = 'rec_user_segments'")
    ]
    assert indexes == ["rec_user_segments_pkey"]


def test_new_users_past_one_chunk_are_each_written_once(shop: psycopg.Connection) -> None:
    """The fold inserts new users' rows 10,000 at a time: one user past the first chunk is written too."""
    users = 10_001
    track_batch(
        shop,
        [
            {"user_id": f"c{i:05d}", "product_id": "p1" if i % 2 else "p3", "interaction_type": "view"}
            for i in range(users)
        ],
    )
    steps, written = upkeep(shop)
    assert steps["preferences"] == users
    assert written == (users, 0)
    assert shop.execute("select count(*) from rec_user_preferences").fetchone() == (users,)
    assert shop.execute("select rec_refresh_preferences()").fetchone() == (0,)
