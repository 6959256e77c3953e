"""rec_personalized's max_per_category: at most that many products of one category, the list filled from the
next candidates in score order. Before, one customer's list held 11 lunch bags out of 12."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta

import psycopg
import pytest

from tests.sql.helpers import add_product, unit

AS_OF = datetime(2024, 6, 1, tzinfo=UTC)
# 15 lunch bags around one direction, 8 cups and 8 lights further away, 3 uncategorised bags near the lunch bags.
CATALOG = (
    [(f"bag-{i}", ["lunch bags"], unit((0, 1.0), (10 + i, 0.15))) for i in range(15)]
    + [(f"cup-{i}", ["cups"], unit((0, 0.5), (1, 1.0), (40 + i, 0.1))) for i in range(8)]
    + [(f"light-{i}", ["lights"], unit((0, 0.4), (2, 1.0), (60 + i, 0.1))) for i in range(8)]
    + [(f"plain-{i}", [], unit((0, 1.0), (80 + i, 0.3))) for i in range(3)]
)
CATEGORY = {product: (categories[0] if categories else None) for product, categories, _ in CATALOG}
LIST = "select product_id from rec_personalized('lunch-fan', %s, as_of => %s, max_per_category => %s)"


@pytest.fixture
def store(db: psycopg.Connection) -> psycopg.Connection:
    for product, categories, embedding in CATALOG:
        add_product(db, product, categories=categories, embedding=embedding)
    db.execute(
        "insert into rec_user_interactions (user_id, product_id, interaction_type, created_at) "
        "select 'lunch-fan', p, 'purchase', %s from unnest(array['bag-0', 'bag-1', 'bag-2']) as p",
        (AS_OF - timedelta(days=3),),
    )
    return db


def listed(conn: psycopg.Connection, k: int, cap: int | None) -> list[str]:
    return [row[0] for row in conn.execute(LIST, (k, AS_OF, cap))]


def test_without_a_cap_one_category_fills_the_list(store: psycopg.Connection) -> None:
    bags = Counter(CATEGORY[p] for p in listed(store, 12, None))["lunch bags"]
    assert bags >= 9


def test_the_cap_keeps_three_lunch_bags_and_fills_from_the_next_candidates(store: psycopg.Connection) -> None:
    capped = listed(store, 12, 3)
    assert len(capped) == 12
    per_category = Counter(CATEGORY[p] for p in capped if CATEGORY[p] is not None)
    assert max(per_category.values()) <= 3 and per_category["lunch bags"] == 3
    # the same order as the uncapped ranking with the products over the cap skipped
    seen: Counter[str | None] = Counter()
    expected = []
    for product in listed(store, 40, None):
        category = CATEGORY[product]
        seen[category] += 1
        if category is None or seen[category] <= 3:
            expected.append(product)
    assert capped == expected[:12]
    assert {"plain-0", "plain-1", "plain-2"} <= set(capped)  # no category: not capped


def test_a_cap_of_one(store: psycopg.Connection) -> None:
    got = listed(store, 6, 1)
    assert Counter(CATEGORY[p] for p in got if CATEGORY[p] is not None) == {
        "lunch bags": 1,
        "cups": 1,
        "lights": 1,
    }
    assert len(got) == 6  # 3 categorised + 3 uncategorised; nothing else is listable


@pytest.mark.parametrize("cap", [0, -2])
def test_a_cap_below_one_raises_22023(store: psycopg.Connection, cap: int) -> None:
    with pytest.raises(psycopg.Error) as caught:
        listed(store, 5, cap)
    assert caught.value.sqlstate == "22023"
    assert f"max_per_category must be >= 1 (null = no cap), got {cap}" in str(caught.value)


def test_the_trending_and_popular_fill_obeys_the_cap(store: psycopg.Connection) -> None:
    # popularity: every bag above every cup above every light; a user without history gets only the fill
    store.execute(
        "insert into rec_product_popularity (product_id, popularity, users, events) "
        "select p.id, case split_part(p.id, '-', 1) when 'bag' then 100 when 'cup' then 50 when 'light' then 10 "
        "else 1 end - split_part(p.id, '-', 2)::int * 0.1, 1, 1 from rec_products p"
    )
    query = "select product_id, reason->>'rule' from rec_personalized('nobody', 5, max_per_category => %s)"
    assert [row[0] for row in store.execute(query, (None,))] == ["bag-0", "bag-1", "bag-2", "bag-3", "bag-4"]
    got = store.execute(query, (2,)).fetchall()
    assert [row[0] for row in got] == ["bag-0", "bag-1", "cup-0", "cup-1", "light-0"]
    assert {row[1] for row in got} == {"popular"}
