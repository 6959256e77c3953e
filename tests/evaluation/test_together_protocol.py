"""The bought-together protocol of `pgrec evaluate` (service/evaluation/together.py) and the pair pruning
comparison (service/evaluation/pruning.py) on hand-made baskets with exact expectations."""

from __future__ import annotations

import math

import psycopg
import pytest

from service.evaluation.pruning import compare_pruning, top_n
from service.evaluation.together import Case, cases, score_together
from tests.sql.helpers import empty_tables, track_batch
from tests.support.upkeep import fold

# training baskets: {a, b} three times, {a, c} once, {c, d} twice
BASKETS = [("a", "b")] * 3 + [("a", "c")] + [("c", "d")] * 2
CASES = [
    Case("t1", held_out="b", rest=("a",), page="a"),
    Case("t2", held_out="d", rest=("a", "c"), page="a"),
    Case("t3", held_out="a", rest=("e",), page="e"),  # e was never bought: no list
]


@pytest.fixture
def shop(conn: psycopg.Connection) -> psycopg.Connection:
    empty_tables(conn)
    conn.execute(
        "insert into rec_products (id, title) select x, upper(x) from unnest('{a,b,c,d,e}'::text[]) x"
    )
    track_batch(
        conn,
        [
            {
                "user_id": f"u{n}",
                "product_id": p,
                "interaction_type": "purchase",
                "context": {"order_id": f"o{n}"},
            }
            for n, basket in enumerate(BASKETS)
            for p in basket
        ],
    )
    fold(conn)
    return conn


def test_cases_hold_out_one_known_item_of_each_basket() -> None:
    many = {f"p{i}" for i in range(51)}
    baskets = {"i1": {"a", "b", "zz"}, "i2": {"a"}, "i3": {"a", "zz"}, "i4": many}
    found = cases(baskets, ["a", "b", *many])
    assert [case.basket for case in found] == ["i1"]  # one known item, or 51: no case
    (case,) = found
    assert {case.held_out, *case.rest} == {"a", "b"} and case.page in case.rest
    assert cases(baskets, ["a", "b"], seed=3) == cases(baskets, ["a", "b"], seed=3)


def test_score_together_ranks_the_held_out_item(shop: psycopg.Connection) -> None:
    rows = {row["protocol"]: row for row in score_together(shop, CASES, 10, 5)}
    # cart: t1 b first; t2 d second (b: (3/4 + 0) / 2, d: (0 + 2/3) / 2); t3 nothing
    assert rows["cart"]["users"] == 3
    assert rows["cart"]["hit_rate"] == pytest.approx(2 / 3)
    assert rows["cart"]["ndcg"] == pytest.approx((1 + 1 / math.log2(3)) / 3)
    assert rows["cart"]["answered"] == pytest.approx(2 / 3)
    # product page: t1 b first beside a; t2 d not beside a (b, c); t3 nothing
    assert rows["product"]["hit_rate"] == pytest.approx(1 / 3)
    assert rows["product"]["ndcg"] == pytest.approx(1 / 3)
    assert rows["product"]["precision"] == pytest.approx(1 / 3 / 10)


def test_compare_pruning_keeps_counts_and_drops_rows(shop: psycopg.Connection, database_url: str) -> None:
    prunings = {
        "none": None,
        "count>=2": "delete from rec_frequently_together where pair_count < 2",
        "top-1": top_n(1),
    }
    found = compare_pruning(database_url, CASES, 10, 5, prunings)
    assert [(row["pruning"], row["pairs"]) for row in found] == [("none", 6), ("count>=2", 4), ("top-1", 4)]
    assert all(row["bytes"] > 0 for row in found)
    # a -> c (1) and c -> a (1) go; a keeps b, c keeps d (2 beats 1): the lists asked for do not change
    assert shop.execute(
        "select product_id, other_product_id from rec_frequently_together order by 1, 2"
    ).fetchall() == [
        ("a", "b"),
        ("b", "a"),
        ("c", "d"),
        ("d", "c"),
    ]
    assert [r["hit_rate"] for r in found[0]["results"]] == [r["hit_rate"] for r in found[2]["results"]]
