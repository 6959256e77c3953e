"""rec_user_preferences: exact values once upkeep folded the events, agreement with rec_refresh_preferences.
The taste vector is what ranking reads: p1 and p2 point along axes 0 and 1, so its first two coordinates are
the weights w(p1) and w(p2) up to a common factor."""

from __future__ import annotations

import math
import random

import psycopg
import pytest

from tests.sql.helpers import (
    HALF_PRECISION,
    add_product,
    count,
    set_embedding,
    track_batch,
    unit,
    upkeep_running,
)
from tests.support.upkeep import fold


def prefs(conn: psycopg.Connection, user_id: str) -> dict[str, object]:
    row = conn.execute(
        "select taste_vector, interaction_count, now() - first_seen_at, now() - last_seen_at, updated_at "
        "from rec_user_preferences where user_id = %s",
        (user_id,),
    ).fetchone()
    assert row is not None, f"no preferences for {user_id}"
    keys = ["taste_vector", "count", "first_age", "last_age", "updated_at"]
    return dict(zip(keys, row, strict=True))


def weight_ratio(conn: psycopg.Connection, user_id: str) -> float:
    """w(p1) / w(p2) as the taste vector holds it."""
    vector = prefs(conn, user_id)["taste_vector"].to_numpy()  # type: ignore[attr-defined]
    return float(vector[0] / vector[1])


def track_ago(conn: psycopg.Connection, user_id: str, product_id: str, kind: str, days: float) -> None:
    conn.execute(
        "select rec_track_interaction(%s, %s, %s, occurred_at => now() - make_interval(secs => %s))",
        (user_id, product_id, kind, days * 86400),
    )


@pytest.fixture
def shop(db: psycopg.Connection) -> psycopg.Connection:
    add_product(db, "p1", categories=["a"], embedding=unit((0, 1.0)))
    add_product(db, "p2", categories=["a", "b"], embedding=unit((1, 1.0)))
    add_product(db, "p3", categories=["c"])  # no embedding
    return db


def test_exact_preferences_after_single_events(shop: psycopg.Connection) -> None:
    with shop.transaction():  # one now() for all three
        track_ago(shop, "u1", "p1", "view", 14)  # w = 1 * 0.5
        track_ago(shop, "u1", "p2", "purchase", 0)  # w = 8
        track_ago(shop, "u1", "p3", "click", 28)  # w = 2 * 0.25, no embedding
        fold(shop)
    p = prefs(shop, "u1")
    assert p["count"] == 3
    vector = p["taste_vector"].to_numpy()  # type: ignore[attr-defined]
    norm = math.hypot(0.5, 8)
    assert vector[0] == pytest.approx(0.5 / norm, rel=HALF_PRECISION)
    assert vector[1] == pytest.approx(8 / norm, rel=HALF_PRECISION)
    assert abs(vector[2:]).max() == 0  # p3 has no embedding: it does not steer
    assert p["first_age"].days == 28 and p["last_age"].total_seconds() < 60  # type: ignore[attr-defined]
    (last_event,) = shop.execute("select max(created_at) from rec_events").fetchone()  # type: ignore[misc]
    assert p["updated_at"] >= last_event  # type: ignore[operator]  # the lists' watermark moved with the fold


def test_repeated_events_and_batches_accumulate(shop: psycopg.Connection) -> None:
    track_batch(
        shop,
        [{"user_id": "u1", "product_id": "p1", "interaction_type": "view"} for _ in range(3)]
        + [{"user_id": "u1", "product_id": "p2", "interaction_type": "view"}],
    )
    fold(shop)
    track_batch(shop, [{"user_id": "u1", "product_id": "p2", "interaction_type": "view"}])
    fold(shop)
    p = prefs(shop, "u1")
    assert p["count"] == 5
    vector = p["taste_vector"].to_numpy()  # type: ignore[attr-defined]
    assert vector[0] == pytest.approx(3 / math.hypot(3, 2), abs=1e-5)
    assert vector[1] == pytest.approx(2 / math.hypot(3, 2), abs=1e-5)


def test_quantity_does_not_weigh(shop: psycopg.Connection) -> None:
    shop.execute("select rec_track_interaction('u1', 'p1', 'view', quantity => 50)")
    shop.execute("select rec_track_interaction('u1', 'p2', 'view')")
    fold(shop)
    vector = prefs(shop, "u1")["taste_vector"].to_numpy()  # type: ignore[attr-defined]
    assert vector[0] == pytest.approx(vector[1], abs=1e-6)


def test_user_without_embedded_products_has_no_taste_vector(shop: psycopg.Connection) -> None:
    shop.execute("select rec_track_interaction('u2', 'p3', 'purchase')")
    fold(shop)
    p = prefs(shop, "u2")
    assert p["taste_vector"] is None and p["count"] == 1


def test_zero_weight_type_is_counted_but_does_not_steer(shop: psycopg.Connection) -> None:
    shop.execute(
        "insert into rec_interaction_types (interaction_type, weight, half_life) values ('impression', 0, '1 day')"
    )
    shop.execute("select rec_track_interaction('u1', 'p1', 'impression')")
    shop.execute("select rec_track_interaction('u1', 'p2', 'view')")
    fold(shop)
    p = prefs(shop, "u1")
    assert p["count"] == 2
    assert p["taste_vector"].to_numpy()[1] == pytest.approx(1.0)  # type: ignore[attr-defined]


def test_events_older_than_many_half_lives_do_not_underflow(shop: psycopg.Connection) -> None:
    track_ago(shop, "u1", "p1", "view", 20 * 365)
    track_ago(shop, "u1", "p2", "view", 20 * 365 + 300)
    fold(shop)
    p = prefs(shop, "u1")
    vector = p["taste_vector"].to_numpy()  # type: ignore[attr-defined]
    assert vector[0] > 0.999  # the later one dominates completely
    assert math.isfinite(vector[1]) and vector[1] >= 0
    track_ago(shop, "u1", "p2", "purchase", 0)
    fold(shop)
    assert prefs(shop, "u1")["taste_vector"].to_numpy()[1] > 0.999  # type: ignore[attr-defined]


def test_refresh_after_embeddings_arrive(shop: psycopg.Connection) -> None:
    shop.execute("select rec_track_interaction('u2', 'p3', 'view')")
    fold(shop)
    set_embedding(shop, "p3", unit((5, 1.0)))
    assert prefs(shop, "u2")["taste_vector"] is None
    assert shop.execute("select rec_refresh_preferences(array['u2'])").fetchone() == (1,)
    assert prefs(shop, "u2")["taste_vector"].to_numpy()[5] == pytest.approx(1.0)  # type: ignore[attr-defined]


def test_refresh_drops_users_without_events(shop: psycopg.Connection) -> None:
    shop.execute("select rec_track_interaction('u1', 'p1', 'view')")
    shop.execute("select rec_track_interaction('u2', 'p1', 'view')")
    fold(shop)
    assert count(shop, "rec_user_preferences") == 2
    shop.execute("delete from rec_user_interactions where user_id = 'u1'")
    assert shop.execute("select rec_refresh_preferences()").fetchone() == (0,)  # u2's row was already right
    assert [r[0] for r in shop.execute("select user_id from rec_user_preferences")] == ["u2"]


def test_half_life_edit_is_picked_up_by_the_next_event(shop: psycopg.Connection) -> None:
    with shop.transaction():  # one now() throughout
        track_ago(shop, "u1", "p1", "view", 14)
        fold(shop)  # folded with the 14-day half-life: p1 weighs 0.5
        shop.execute("update rec_interaction_types set half_life = '7 days' where interaction_type = 'view'")
        track_ago(shop, "u1", "p2", "view", 0)  # p1 now decays to 0.25, not 0.5
        fold(shop)  # the fold rebuilds u1 from the history with the current half-lives
    assert weight_ratio(shop, "u1") == pytest.approx(0.25, rel=2 * HALF_PRECISION)


def test_weight_edit_applies_at_the_next_update(shop: psycopg.Connection) -> None:
    shop.execute("select rec_track_interaction('u1', 'p1', 'view')")
    shop.execute("select rec_track_interaction('u1', 'p2', 'click')")
    fold(shop)
    assert weight_ratio(shop, "u1") == pytest.approx(1 / 2, rel=2 * HALF_PRECISION)
    shop.execute("update rec_interaction_types set weight = 6 where interaction_type = 'click'")
    shop.execute("select rec_refresh_preferences()")
    assert weight_ratio(shop, "u1") == pytest.approx(1 / 6, rel=2 * HALF_PRECISION)


def snapshot(conn: psycopg.Connection) -> dict[str, tuple[object, ...]]:
    rows = conn.execute(
        "select user_id, taste_vector, interaction_count, first_seen_at, last_seen_at from rec_user_preferences"
    ).fetchall()
    return {row[0]: row[1:] for row in rows}


def assert_same_preferences(a: dict[str, tuple[object, ...]], b: dict[str, tuple[object, ...]]) -> None:
    assert a.keys() == b.keys()
    for user, (vec_a, n_a, first_a, last_a) in a.items():
        vec_b, n_b, first_b, last_b = b[user]
        assert (n_a, first_a, last_a) == (n_b, first_b, last_b), user
        if vec_a is None or vec_b is None:
            assert vec_a is None and vec_b is None, user
        else:
            diff = abs(vec_a.to_numpy() - vec_b.to_numpy()).max()  # type: ignore[attr-defined]
            assert diff < 1e-4, (user, diff)


def test_incremental_preferences_equal_a_refresh(db: psycopg.Connection) -> None:
    rng = random.Random(7)
    categories = ["a", "b", "c", "d"]
    for i in range(40):
        embedding = unit((rng.randrange(384), 1.0), (rng.randrange(384), rng.random())) if i % 5 else None
        add_product(db, f"p{i}", categories=rng.sample(categories, rng.randrange(3)), embedding=embedding)
    kinds = ["view", "click", "wishlist", "add_to_cart", "purchase"]
    events = [
        {
            "user_id": f"u{rng.randrange(25)}",
            "product_id": f"p{rng.randrange(40)}",
            "interaction_type": rng.choice(kinds),
            # out of order on purpose: later batches carry older events too
            "occurred_at": f"2026-{rng.randrange(1, 11):02d}-{rng.randrange(1, 28):02d}T{rng.randrange(24):02d}:00:00Z",
        }
        for _ in range(1500)
    ]
    for start in range(0, len(events), 97):
        track_batch(db, events[start : start + 97])
        fold(db)  # as upkeep does between batches
    for event in events[:30]:
        db.execute(
            "select rec_track_interaction(%s, %s, %s, occurred_at => %s)",
            (event["user_id"], event["product_id"], event["interaction_type"], event["occurred_at"]),
        )
        fold(db)
    incremental = snapshot(db)
    term_versions = "select user_id, interaction_type, xmin::text from rec_user_taste_terms order by 1, 2"
    folded_terms = db.execute(term_versions).fetchall()
    # the rebuild finds every folded row right, so it rewrites none: no preferences row, no term (a rewrite
    # of every term left half the table dead rows at scale)
    assert db.execute("select rec_refresh_preferences()").fetchone() == (0,)
    assert db.execute(term_versions).fetchall() == folded_terms
    assert_same_preferences(incremental, snapshot(db))
    assert count(db, "rec_user_taste_terms") > 25


def test_concurrent_tracking_of_one_user_loses_nothing(shop: psycopg.Connection, database_url: str) -> None:
    """Three clients track events of one user at once while upkeep keeps folding; once the last events are
    folded, the user's preferences count every event and equal a refresh."""
    import threading

    errors: list[BaseException] = []

    def client(kind: str) -> None:
        try:
            with psycopg.connect(database_url, autocommit=True) as conn:
                for i in range(20):
                    conn.execute(
                        "select rec_track_interaction('u1', %s, %s)", ("p1" if i % 2 else "p2", kind)
                    )
        except BaseException as exc:  # surfaced below
            errors.append(exc)

    with upkeep_running(database_url) as upkeep_errors:
        threads = [threading.Thread(target=client, args=(kind,)) for kind in ("view", "click", "purchase")]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert not errors and not upkeep_errors
    fold(shop)
    incremental = snapshot(shop)
    assert incremental["u1"][1] == 60
    shop.execute("select rec_refresh_preferences()")
    assert_same_preferences(incremental, snapshot(shop))
