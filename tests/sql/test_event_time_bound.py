"""Events dated in the future: at most rec_latest_event_time() (now() + 5 minutes of clock skew). One
event dated 2100 used to be stored and then made every refresh fail with `value out of range: overflow`."""

from __future__ import annotations

import psycopg
import pytest
from psycopg.types.json import Jsonb

from tests.service.catalog import seed_catalog


@pytest.fixture(scope="module", autouse=True)
def catalog(database_url: str) -> None:
    with psycopg.connect(database_url, autocommit=True) as conn:
        from pgvector.psycopg import register_vector

        register_vector(conn)
        seed_catalog(conn)


def stored(conn: psycopg.Connection, user: str) -> int:
    (count,) = conn.execute("select count(*) from rec_events where user_id = %s", (user,)).fetchone()
    return int(count)


def test_an_event_from_2100_is_refused_with_22008(conn: psycopg.Connection) -> None:
    with pytest.raises(psycopg.errors.DatetimeFieldOverflow, match="occurred_at must not be later"):
        conn.execute(
            "select rec_track_interaction('future-1', 'mugs-1', 'view', occurred_at => '2100-01-01Z')"
        )
    assert stored(conn, "future-1") == 0
    conn.execute("select * from rec_refresh_all()")  # nothing stored, nothing to overflow


def test_a_batch_names_the_future_event_and_stores_nothing(conn: psycopg.Connection) -> None:
    events = [
        {"user_id": "future-2", "product_id": "mugs-1", "interaction_type": "view"},
        {
            "user_id": "future-2",
            "product_id": "mugs-2",
            "interaction_type": "view",
            "occurred_at": "2100-01-01T00:00:00Z",
        },
    ]
    with pytest.raises(
        psycopg.errors.DatetimeFieldOverflow, match=r"events\[1\]: occurred_at must not be later"
    ):
        conn.execute("select rec_track_interactions(%s)", (Jsonb(events),))
    assert stored(conn, "future-2") == 0


def test_clock_skew_within_the_allowance_is_accepted(conn: psycopg.Connection) -> None:
    conn.execute(
        "select rec_track_interaction('future-3', 'mugs-1', 'view', occurred_at => now() + interval '4 minutes')"
    )
    events = [{"user_id": "future-3", "product_id": "mugs-2", "interaction_type": "view"}]
    (latest,) = conn.execute("select rec_latest_event_time() - now()").fetchone()
    events[0]["occurred_at"] = conn.execute("select (now() + interval '1 minute')::text").fetchone()[0]
    conn.execute("select rec_track_interactions(%s)", (Jsonb(events),))
    assert stored(conn, "future-3") == 2 and latest.total_seconds() == 300
