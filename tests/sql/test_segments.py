"""rec_refresh_segments: RFM segments with the documented thresholds, on hand-made purchase histories."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import psycopg
import pytest
from pgvector.psycopg import register_vector

from tests.sql.fixtures_a2 import T0, add_products, days, reset, rows

AS_OF = T0
PRICE = {"p1": 5.0, "p2": 6.0}

# user: list of (days before AS_OF, product, type, quantity, order id)
HISTORIES: dict[str, list[tuple[float, str, str, int, str | None]]] = {
    "new": [(10, "p1", "purchase", 1, "n1")],
    "lapsed": [(200, "p1", "purchase", 1, "l1"), (190, "p2", "purchase", 1, "l2")],
    "at_risk": [(150, "p1", "purchase", 1, "r1"), (100, "p1", "purchase", 1, "r2")],
    "loyal": [(80, "p1", "purchase", 1, f"y{i}") for i in range(3)] + [(40, "p2", "purchase", 2, "y9")],
    "active": [(60, "p1", "purchase", 1, "a1"), (45, "p2", "purchase", 1, "a2")],
    "champion": [(68 - 12 * i, "p2", "purchase", 10, f"c{i}") for i in range(6)],
    "prospect": [(3, "p1", "view", 1, None), (2, "p2", "add_to_cart", 1, None)],
}


def event_rows() -> list[tuple[str, str, str, int, float | None, str, datetime]]:
    out = []
    for user, history in HISTORIES.items():
        for age, product, kind, quantity, order in history:
            context = f'{{"order_id": "{order}"}}' if order else "{}"
            price = PRICE[product] if kind == "purchase" else None
            out.append((user, product, kind, quantity, price, context, AS_OF - days(age)))
    return out


@pytest.fixture(scope="module")
def histories(database_url: str) -> Iterator[str]:
    with psycopg.connect(database_url, autocommit=True) as conn:
        register_vector(conn)
        reset(conn)
        add_products(conn)
        with conn.cursor() as cur:
            cur.executemany(
                "insert into rec_user_interactions (user_id, product_id, interaction_type, quantity, unit_price, "
                "context, created_at) values (%s, %s, %s, %s, %s, %s, %s)",
                event_rows(),
            )
    yield database_url


@pytest.fixture
def db(histories: str) -> Iterator[psycopg.Connection]:
    with psycopg.connect(histories, autocommit=True) as conn:
        yield conn


def test_segments_follow_the_documented_thresholds(db: psycopg.Connection) -> None:
    assert rows(db, "select rec_refresh_segments(%s)", (AS_OF,)) == [(len(HISTORIES),)]
    segments = dict(rows(db, "select user_id, segment from rec_user_segments"))
    assert segments == {user: user for user in HISTORIES}


def test_rfm_values(db: psycopg.Connection) -> None:
    db.execute("select rec_refresh_segments(%s)", (AS_OF,))
    got = {
        r[0]: r[1:]
        for r in rows(
            db,
            "select user_id, round(recency_days::numeric, 3)::float, frequency, monetary::float, r_score, f_score, m_score "
            "from rec_user_segments",
        )
    }
    # monetary order: new 5, at_risk 10, active 11, lapsed 11, loyal 27, champion 360 -> quintiles 1 1 2 3 4 5
    assert got["loyal"] == (40.0, 4, 3 * 5.0 + 2 * 6.0, 3, 4, 4)
    assert got["champion"] == (8.0, 6, 6 * 10 * 6.0, 5, 5, 5)
    assert got["prospect"] == (2.0, 0, 0.0, None, None, None)
    assert got["lapsed"][:3] == (190.0, 2, 11.0)


def test_a_second_run_changes_nothing_and_as_of_moves_users(db: psycopg.Connection) -> None:
    db.execute("select rec_refresh_segments(%s)", (AS_OF,))
    assert rows(db, "select rec_refresh_segments(%s)", (AS_OF,)) == [(0,)]
    # 60 days later the new customer's only purchase is 70 days old: active.
    db.execute("select rec_refresh_segments(%s)", (AS_OF + days(60),))
    assert dict(rows(db, "select user_id, segment from rec_user_segments"))["new"] == "active"
    db.execute("select rec_refresh_segments(%s)", (AS_OF + days(90),))
    segments = dict(rows(db, "select user_id, segment from rec_user_segments"))
    assert (segments["new"], segments["active"], segments["at_risk"]) == ("at_risk", "at_risk", "lapsed")


def test_events_after_as_of_are_ignored_and_users_without_events_are_dropped(db: psycopg.Connection) -> None:
    db.execute("select rec_refresh_segments(%s)", (AS_OF - days(50),))
    segments = dict(rows(db, "select user_id, segment from rec_user_segments"))
    assert "new" not in segments and "prospect" not in segments
    assert segments["active"] == "new"  # its first purchase was 10 days before that as_of
