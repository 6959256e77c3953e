"""The collaborative part of rec_personalized against an independent numpy implementation of its documented
formula, on a random fixture (30 customers x 20 products, purchases, some repeated, at random times over a
year), and two metamorphic properties of it: a co-purchase of i and j never lowers j's collaborative score for a
holder of i, and the order the events arrive in changes nothing.

The oracle reads only the raw events: co_interaction (rec_refresh_similarities' comment: a(u, i) decayed to
the newest event, score(i, j) = M / (S(i) + S(j) - M), M = sum over users of least(a(u, i), a(u, j)), pairs
shared by >= 2 users), anchor(u, j) = the largest decayed term of u's events on j, collaborative(u, i) = sum
over anchors j of anchor(u, j) * similarity(j, i) with similarity(j, j) = 1, calibrated by the user's highest
score from neighbours alone (rec_personalized's comment)."""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta

import numpy as np
import psycopg
import pytest

from tests.sql.helpers import add_product, empty_tables
from tests.support.upkeep import fold

PRODUCTS = [f"r{n:02}" for n in range(20)]
USERS = [f"c{n:02}" for n in range(30)]
PURCHASE_WEIGHT, HALF_LIFE_DAYS = 8.0, 90.0  # the default purchase type (tests.sql.helpers.DEFAULT_TYPES)
START = datetime(2024, 1, 1, tzinfo=UTC)

Event = tuple[str, str, datetime]


def random_events(seed: int) -> list[Event]:
    """Each customer buys 2 to 7 products, a third of them more than once, at random minutes of a year."""
    rng = random.Random(seed)
    events = []
    for user in USERS:
        for product in rng.sample(PRODUCTS, rng.randint(2, 7)):
            for _ in range(rng.choice([1, 1, 2, 3])):
                events.append((user, product, START + timedelta(minutes=rng.randrange(365 * 24 * 60))))
    return events


EVENTS = random_events(14)
AS_OF = max(at for *_, at in EVENTS) + timedelta(days=10)


def terms(events: Sequence[Event], ref: datetime) -> dict[tuple[str, str], list[float]]:
    found: dict[tuple[str, str], list[float]] = {}
    for user, product, at in events:
        age_days = (ref - at) / timedelta(days=1)
        found.setdefault((user, product), []).append(PURCHASE_WEIGHT * 0.5 ** (age_days / HALF_LIFE_DAYS))
    return found


def matrix(values: dict[tuple[str, str], float], users: Sequence[str]) -> np.ndarray:
    out = np.zeros((len(users), len(PRODUCTS)))
    for (user, product), value in values.items():
        out[users.index(user), PRODUCTS.index(product)] = value
    return out


def co_interaction(events: Sequence[Event]) -> np.ndarray:
    """similarity[j, i] (0 on the diagonal and for pairs fewer than 2 users share); with 20 products every
    product's 19 possible neighbours fit in the refresh's top 20."""
    users = sorted({user for user, *_ in events})
    newest = max(at for *_, at in events)
    a = matrix({key: sum(found) for key, found in terms(events, newest).items()}, users)
    held = a > 0
    shared = held.T.astype(int) @ held.astype(int)
    m = np.minimum(a[:, :, None], a[:, None, :]).sum(axis=0)
    s = a.sum(axis=0)
    with np.errstate(divide="ignore", invalid="ignore"):
        score = m / (s[:, None] + s[None, :] - m)
    score[(shared < 2) | ~np.isfinite(score)] = 0.0
    np.fill_diagonal(score, 0.0)
    return score


def oracle(events: Sequence[Event], user: str) -> list[tuple[str, float, float]]:
    """(product, score, collaborative) of the user's ranked products with exclude_purchased, best first."""
    similarity = co_interaction(events)
    anchors = matrix(
        {key: max(found) for key, found in terms(events, AS_OF).items() if key[0] == user}, [user]
    )[0]
    from_neighbours = anchors @ similarity
    collaborative = from_neighbours + anchors  # similarity(j, j) = 1
    scale = from_neighbours.max() if from_neighbours.max() > 0 else collaborative.max()
    buyers = {product: len({u for u, p, _ in events if p == product}) for product in PRODUCTS}
    ranked = [
        (product, collaborative[n] / scale, collaborative[n])
        for n, product in enumerate(PRODUCTS)
        if collaborative[n] > 0 and anchors[n] == 0
    ]
    return sorted(ranked, key=lambda row: (-row[1], -buyers[row[0]], row[0]))


def load(conn: psycopg.Connection, events: Sequence[Event]) -> None:
    """The products, the events in the given order, folded, and co_interaction neighbours."""
    empty_tables(conn)
    for product in PRODUCTS:
        add_product(conn, product)
    insert(conn, events)
    conn.execute("select rec_refresh_similarities()")


def insert(conn: psycopg.Connection, events: Sequence[Event]) -> None:
    with conn.cursor() as cur:
        cur.executemany(
            "insert into rec_user_interactions (user_id, product_id, interaction_type, created_at)"
            " values (%s, %s, 'purchase', %s)",
            list(events),
        )
    fold(conn)


def collaborative_list(conn: psycopg.Connection, user: str) -> list[tuple[str, float, float]]:
    """rec_personalized with the collaborative part only (content 0, no trend term, the default popularity
    prior 0); the fill (no collaborative score) left out."""
    found = conn.execute(
        "select product_id, score, collab_score from rec_personalized(%s, 20, content_weight => 0,"
        " collab_weight => 1, as_of => %s) where collab_score is not null",
        (user, AS_OF),
    ).fetchall()
    return [(product, score, collab) for product, score, collab in found]


@pytest.fixture(scope="module")
def store(database_url: str) -> Iterator[psycopg.Connection]:
    with psycopg.connect(database_url, autocommit=True) as conn:
        load(conn, EVENTS)
        conn.execute("set pgrec.trend_prior = 0")
        yield conn


def test_rec_personalized_collaborative_part_equals_the_numpy_oracle(store: psycopg.Connection) -> None:
    assert store.execute("select _rec_collab_method()").fetchone() == ("co_interaction",)
    repeated = sum(1 for found in terms(EVENTS, AS_OF).values() if len(found) > 1)
    assert repeated >= 20, "the fixture repeats purchases, so anchor (largest term) and affinity (sum) differ"
    for user in USERS:
        got, expected = collaborative_list(store, user), oracle(EVENTS, user)
        assert [row[0] for row in got] == [row[0] for row in expected], user
        assert [row[1] for row in got] == pytest.approx([row[1] for row in expected], rel=1e-9), user
        assert [row[2] for row in got] == pytest.approx([row[2] for row in expected], rel=1e-9), user


def test_a_co_purchase_of_i_and_j_never_lowers_js_score_for_a_holder_of_i(database_url: str) -> None:
    """A customer who holds i (only i: with other products k, the co-purchase also grows S(j) and so lowers
    similarity(k, j), which co_interaction's formula allows) gains on j from anyone's co-purchase of i and j."""
    rng = random.Random(3)
    pairs = [tuple(rng.sample(PRODUCTS, 2)) for _ in range(12)]
    midway = START + timedelta(days=180)  # before the newest event: the decay reference stays put
    gained = 0
    with psycopg.connect(database_url) as conn:  # one transaction, rolled back
        load(conn, EVENTS)
        conn.execute("set local pgrec.trend_prior = 0")
        for i, j in pairs:
            conn.execute("savepoint pair")
            insert(conn, [("holder", i, midway)])
            conn.execute("select rec_refresh_similarities()")
            before = dict((p, collab) for p, _, collab in collaborative_list(conn, "holder"))
            insert(conn, [("newcomer", i, midway), ("newcomer", j, midway)])
            conn.execute("select rec_refresh_similarities()")
            after = dict((p, collab) for p, _, collab in collaborative_list(conn, "holder"))
            assert after.get(j, 0.0) >= before.get(j, 0.0), (i, j, before.get(j), after.get(j))
            gained += after.get(j, 0.0) > before.get(j, 0.0)
            conn.execute("rollback to savepoint pair")
        conn.rollback()
    assert gained >= len(pairs) // 2, "most co-purchases raise the score (a pair needs 2 sharers to count)"


def test_the_order_events_arrive_in_changes_nothing(database_url: str) -> None:
    with psycopg.connect(database_url, autocommit=True) as conn:
        conn.execute("set pgrec.trend_prior = 0")
        load(conn, EVENTS)
        first = {user: collaborative_list(conn, user) for user in USERS}
        hybrid_first = conn.execute(
            "select product_id, score from rec_personalized(%s, 10, as_of => %s)", (USERS[0], AS_OF)
        ).fetchall()
        shuffled = list(EVENTS)
        random.Random(5).shuffle(shuffled)
        load(conn, shuffled)
        assert {user: collaborative_list(conn, user) for user in USERS} == first
        assert (
            conn.execute(
                "select product_id, score from rec_personalized(%s, 10, as_of => %s)", (USERS[0], AS_OF)
            ).fetchall()
            == hybrid_first
        )
