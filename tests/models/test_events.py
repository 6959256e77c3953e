"""The matrices the fitted model starts from (service/models/events.py), on real events."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import numpy as np
import psycopg
import pytest

from service.models.events import read_events
from tests.sql.helpers import add_product, empty_tables

NEWEST = datetime(2024, 6, 1, tzinfo=UTC)
CUTOFF = NEWEST + timedelta(days=30)  # the age counts from the newest event, not from the cutoff


def test_the_recency_matrix_weighs_a_pair_by_its_latest_event(
    conn: psycopg.Connection, database_url: str
) -> None:
    """sqrt(0.5 ^ (age / half-life)) of the user's latest event on the product (purchases: 90 days), the age
    from the newest event before the cutoff; repeats count once; the binary matrix stays 1 everywhere."""
    empty_tables(conn)
    for product in ("a", "b", "c"):
        add_product(conn, product)
    for user, product, days_before in [
        ("u1", "a", 0),  # the newest event: weight 1
        ("u1", "b", 180),  # two half-lives: 0.25, sqrt 0.5
        ("u2", "b", 360),  # four half-lives, then again at 90: the latest counts, sqrt(0.5)
        ("u2", "b", 90),
        ("u2", "c", 720),
    ]:
        conn.execute(
            "insert into rec_user_interactions (user_id, product_id, interaction_type, created_at)"
            " values (%s, %s, 'purchase', %s)",
            (user, product, NEWEST - timedelta(days=days_before)),
        )
    events = read_events(database_url, CUTOFF)
    recency = events.recency_matrix().toarray()
    at = {
        (u, p): (events.users.index(u), events.items.index(p)) for u in ("u1", "u2") for p in ("a", "b", "c")
    }
    expected = {("u1", "a"): 1.0, ("u1", "b"): 0.5, ("u2", "b"): 0.5**0.5, ("u2", "c"): 0.5**4}
    for pair, index in at.items():
        assert recency[index] == pytest.approx(expected.get(pair, 0.0), rel=1e-5), pair
    np.testing.assert_array_equal(events.binary().toarray(), (recency > 0).astype(np.float32))
