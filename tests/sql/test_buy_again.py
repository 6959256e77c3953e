"""rec_buy_again: the products a customer bought, ranked by repurchase likelihood (decayed purchase count times
the product's shrunk repurchase rate across customers), exactly as its comment documents; then, with fill =>
'popular' (the default), the most popular active products they did not buy, up to k rows."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime, timedelta

import psycopg
import pytest

from tests.sql.helpers import add_product

AS_OF = datetime(2024, 6, 1, tzinfo=UTC)
HALF_LIFE = timedelta(days=90)  # the purchase type's (tests.sql.helpers.DEFAULT_TYPES)
PRIOR_BUYERS = 5
# user, product, type, days before AS_OF
EVENTS = [
    ("u", "tea", "purchase", 10),
    ("u", "tea", "purchase", 40),
    ("u", "tea", "purchase", 70),
    ("u", "mug", "purchase", 5),
    ("u", "vase", "purchase", 200),
    ("u", "lamp", "view", 1),  # viewed, never bought: not listed
    ("u", "old", "purchase", 3),  # inactive: not listed
    ("u", "later", "purchase", -2),  # after as_of: not counted
    ("v", "mug", "purchase", 30),
    ("v", "mug", "purchase", 60),
    ("w", "mug", "purchase", 20),
    ("w", "tea", "purchase", 20),
    ("x", "vase", "purchase", 100),
    ("x", "vase", "purchase", 300),
    ("y", "vase", "purchase", 50),
    ("y", "vase", "purchase", 51),
]
ACTIVE = {"tea": True, "mug": True, "vase": True, "lamp": True, "old": False, "later": True}


@pytest.fixture
def store(db: psycopg.Connection) -> psycopg.Connection:
    for product, active in ACTIVE.items():
        add_product(db, product, active=active)
    with db.cursor() as cur:
        cur.executemany(
            "insert into rec_user_interactions (user_id, product_id, interaction_type, created_at) "
            "values (%s, %s, %s, %s)",
            [(user, product, kind, AS_OF - timedelta(days=age)) for user, product, kind, age in EVENTS],
        )
    return db


def oracle(user: str, k: int = 10) -> list[tuple[str, float, int, float]]:
    """(product, score, purchases, repurchase_rate) by the documented formula."""
    bought = [(u, p, age) for u, p, kind, age in EVENTS if kind == "purchase" and age >= 0 and ACTIVE[p]]
    recency: dict[str, float] = defaultdict(float)
    purchases: dict[str, int] = defaultdict(int)
    for who, product, age in bought:
        if who == user:
            recency[product] += 0.5 ** (timedelta(days=age) / HALF_LIFE)
            purchases[product] += 1
    per_buyer: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for who, product, _ in [(u, p, a) for u, p, kind, a in EVENTS if kind == "purchase" and a >= 0]:
        if product in recency:
            per_buyer[product][who] += 1
    repeaters = {p: sum(1 for n in per_buyer[p].values() if n >= 2) for p in recency}
    buyers = {p: len(per_buyer[p]) for p in recency}
    pooled = sum(repeaters.values()) / sum(buyers.values())
    rate = {p: (repeaters[p] + PRIOR_BUYERS * pooled) / (buyers[p] + PRIOR_BUYERS) for p in recency}
    ranked = sorted(recency, key=lambda p: -recency[p] * rate[p])
    return [(p, recency[p] * rate[p], purchases[p], rate[p]) for p in ranked][:k]


def test_ranked_by_repurchase_likelihood(store: psycopg.Connection) -> None:
    got = store.execute(
        "select product_id, score, purchases, repurchase_rate, reason->>'rule', reason->>'text' "
        "from rec_buy_again('u', 10, as_of => %s, fill => 'none')",
        (AS_OF,),
    ).fetchall()
    expected = oracle("u")
    assert [row[0] for row in got] == [row[0] for row in expected] == ["tea", "mug", "vase"]
    assert [row[1] for row in got] == pytest.approx([row[1] for row in expected], rel=1e-9)
    assert [row[2] for row in got] == [3, 1, 1]
    assert [row[3] for row in got] == pytest.approx([row[3] for row in expected], rel=1e-9)
    assert got[0][4:] == ("buy_again", "you bought this 3 times")
    assert got[1][5] == "you bought this before"


def test_the_repurchase_rate_ranks_equal_histories(store: psycopg.Connection) -> None:
    # w bought mug and tea once each on the same day: the repurchase rate alone orders them. Tea first (u repeats
    # it: 1 of 2 buyers) over mug (v repeats it: 1 of 3); then z buys mug twice and q tea once: mug 2 of 4, tea 1 of 3.
    got = store.execute(
        "select product_id, repurchase_rate from rec_buy_again('w', as_of => %s, fill => 'none')", (AS_OF,)
    ).fetchall()
    expected = oracle("w")
    assert [row[0] for row in got] == [row[0] for row in expected] == ["tea", "mug"]
    assert [row[1] for row in got] == pytest.approx([row[3] for row in expected], rel=1e-9)
    store.execute(
        "insert into rec_user_interactions (user_id, product_id, interaction_type, created_at) "
        "values ('z', 'mug', 'purchase', %s), ('z', 'mug', 'purchase', %s), ('q', 'tea', 'purchase', %s)",
        (AS_OF - timedelta(days=9), AS_OF - timedelta(days=8), AS_OF - timedelta(days=7)),
    )
    mug, tea = (
        dict(
            store.execute(
                "select product_id, score from rec_buy_again('w', as_of => %s, fill => 'none')", (AS_OF,)
            ).fetchall()
        )[p]
        for p in ("mug", "tea")
    )
    assert mug > tea


def test_k_and_customers_without_purchases(store: psycopg.Connection) -> None:
    assert [
        r[0] for r in store.execute("select product_id from rec_buy_again('u', 2, as_of => %s)", (AS_OF,))
    ] == [
        "tea",
        "mug",
    ]
    assert store.execute("select * from rec_buy_again('nobody', 5, fill => 'none')").fetchall() == []


@pytest.mark.parametrize(
    ("call", "fragment"),
    [
        ("rec_buy_again(null)", "user_id must not be null or empty"),
        ("rec_buy_again(' ')", "user_id must not be null or empty"),
        ("rec_buy_again('u', 0)", "k must be between 1 and 1000, got 0"),
        ("rec_buy_again('u', fill => null)", "fill must be 'none' or 'popular', got null"),
        ("rec_buy_again('u', fill => 'trending')", "fill must be 'none' or 'popular', got 'trending'"),
        ("rec_buy_again('u', fill => 'POPULAR')", "got 'POPULAR'"),
    ],
)
def test_bad_arguments_raise_22023(store: psycopg.Connection, call: str, fragment: str) -> None:
    with pytest.raises(psycopg.Error) as caught:
        store.execute(f"select * from {call}")
    assert caught.value.sqlstate == "22023"
    assert fragment in str(caught.value)


# Best sellers among other customers for the fill: "gone" is the most bought but inactive.
OTHERS = [(f"o{n}", product) for n in range(6) for product in ("gone", "cup", "cup2")[: 1 + n % 3]]


@pytest.fixture
def shop(store: psycopg.Connection) -> psycopg.Connection:
    for product, active in (("gone", False), ("cup", True), ("cup2", True)):
        add_product(store, product, active=active)
    with store.cursor() as cur:
        cur.executemany(
            "insert into rec_user_interactions (user_id, product_id, interaction_type, created_at) "
            "values (%s, %s, 'purchase', %s)",
            [(user, product, AS_OF - timedelta(days=3)) for user, product in OTHERS],
        )
    store.execute("select rec_refresh_popularity()")
    return store


def popular(conn: psycopg.Connection) -> list[str]:
    return [row[0] for row in conn.execute("select product_id from rec_popular(100)")]


def test_the_fill_comes_after_every_own_product(shop: psycopg.Connection) -> None:
    got = shop.execute(
        "select product_id, score, purchases, last_purchased_at, repurchase_rate, reason "
        "from rec_buy_again('u', 6, as_of => %s)",
        (AS_OF,),
    ).fetchall()
    own = [row[0] for row in oracle("u")]
    assert [row[0] for row in got[:3]] == own == ["tea", "mug", "vase"]
    assert all(row[1] > 0 and row[5]["rule"] == "buy_again" for row in got[:3])
    # then rec_popular's order without what u bought, inactive products never
    fill = [product for product in popular(shop) if product not in own][:3]
    assert [row[0] for row in got[3:]] == fill and "gone" not in fill and "old" not in fill
    assert fill[0] == "cup"  # the most bought active product
    assert all(row[1:5] == (0.0, 0, None, None) for row in got[3:])
    assert all(row[5] == {"rule": "popular", "text": "popular"} for row in got[3:])
    assert len({row[0] for row in got}) == len(got) == 6


def test_a_newcomer_gets_k_popular_rows(shop: psycopg.Connection) -> None:
    # regression: without the fill a customer with no purchase got an empty list
    got = [row[0] for row in shop.execute("select product_id from rec_buy_again('nobody', 3)")]
    assert got == popular(shop)[:3] and len(got) == 3
    assert shop.execute("select * from rec_buy_again('nobody', 3, fill => 'none')").fetchall() == []


def test_no_fill_when_own_products_fill_k(shop: psycopg.Connection) -> None:
    got = shop.execute("select product_id, reason->>'rule' from rec_buy_again('u', 3, as_of => %s)", (AS_OF,))
    assert got.fetchall() == [("tea", "buy_again"), ("mug", "buy_again"), ("vase", "buy_again")]


def test_the_fill_stops_at_the_catalog(shop: psycopg.Connection) -> None:
    # fewer active products with any popularity than k: each once, no padding
    got = [row[0] for row in shop.execute("select product_id from rec_buy_again('nobody', 50)")]
    assert got == popular(shop) and len(set(got)) == len(got) < 50
    assert not {"gone", "old"} & set(got)
