"""rec_personalized on the hand-made catalog: hybrid scores, reasons, filters, fallback, errors."""

from __future__ import annotations

import math

import psycopg
import pytest

from tests.sql.fixtures_a2 import AS_OF, PRODUCTS, T0, catalog, days, ids, rows, small_catalog

__all__ = ["catalog", "small_catalog"]

EMBEDDING = {product[0]: product[5] for product in PRODUCTS}


def cosine(a: list[float], b: list[float]) -> float:
    return sum(x * y for x, y in zip(a, b, strict=True)) / math.sqrt(
        sum(x * x for x in a) * sum(y * y for y in b)
    )


def taste(*products: str) -> list[float]:
    return [sum(values) for values in zip(*(EMBEDDING[p] for p in products), strict=True)]


def without_the_trend_term(conn: psycopg.Connection) -> None:
    """These expectations lock the content, collaborative and popularity terms by hand; the trend term (and its
    candidates) are checked against the documented formula in test_personalized_oracle.py. The popularity prior
    is set (its default is 0) so that its term stays checked here."""
    conn.execute("set pgrec.trend_prior = 0")
    conn.execute("set pgrec.popularity_prior = 0.05")


def test_content_candidates_are_scored_by_cosine_to_the_taste_vector(catalog: psycopg.Connection) -> None:
    # u1 bought p1, p2, p4 (excluded); nothing collaborative is left, so content decides.
    without_the_trend_term(catalog)
    got = rows(catalog, "select * from rec_personalized('u1', 5, as_of => %s)", (AS_OF,))
    t = taste("p1", "p2", "p4")
    c3, c5 = cosine(t, EMBEDDING["p3"]), cosine(t, EMBEDDING["p5"])
    # at most k; p8 (no embedding) comes from the fill: popular, since fewer than 3 customers (the fallback's
    # minimum) acted on any product in the trending window
    assert [r[0] for r in got] == ["p3", "p5", "p6", "p8"]
    assert [r[1] for r in got] == pytest.approx(
        [0.4 + 0.05 * 8 / 24, 0.4 * c5 / c3 + 0.05 / 24, 0.05 * 8 / 24, 0.0]
    )
    assert [r[2] for r in got][:3] == pytest.approx([c3, c5, 0.0], abs=1e-6)
    assert [r[3] for r in got] == [0.0, 0.0, 0.0, None]
    assert [r[4] for r in got] == pytest.approx([8 / 24, 1 / 24, 8 / 24, 8 / 24])
    assert [r[5] for r in got] == [
        {
            "rule": "content",
            "text": "similar to RED CUP",
            "anchor_product_id": "p2",
            "anchor_title": "RED CUP",
        },
        {
            "rule": "content",
            "text": "similar to GARDEN GNOME",
            "anchor_product_id": "p4",
            "anchor_title": "GARDEN GNOME",
        },
        {"rule": "popular", "text": "popular"},
        {"rule": "popular", "text": "popular"},
    ]


def test_collaborative_and_content_combine_with_the_weights(catalog: psycopg.Connection) -> None:
    # u2 bought p1, p2: p4 is p1's co_interaction neighbour (2/3), p3 is closest in content.
    without_the_trend_term(catalog)
    got = rows(
        catalog, "select product_id, score, reason from rec_personalized('u2', 5, as_of => %s)", (AS_OF,)
    )
    t = taste("p1", "p2")
    c3, c4, c5 = (cosine(t, EMBEDDING[p]) for p in ("p3", "p4", "p5"))
    assert [r[0] for r in got] == ["p4", "p3", "p5", "p6", "p8"]
    assert [r[1] for r in got] == pytest.approx(
        [
            0.4 * c4 / c3 + 0.6 + 0.05 * 16 / 24,
            0.4 + 0.05 * 8 / 24,
            0.4 * c5 / c3 + 0.05 / 24,
            0.05 * 8 / 24,
            0.0,
        ]
    )
    assert [(r[2]["rule"], r[2].get("anchor_product_id")) for r in got] == [
        ("collaborative", "p1"),
        ("content", "p2"),
        ("content", "p1"),
        ("popular", None),
        ("popular", None),  # p8: 1 customer in the window, below the fallback's 3
    ]
    assert got[0][2]["text"] == "customers who bought RED MUG also bought this"


def test_weights_change_the_order(catalog: psycopg.Connection) -> None:
    assert ids(catalog, "select product_id from rec_personalized('u2', 2, 1, 0, as_of => %s)", (AS_OF,)) == [
        "p3",
        "p4",
    ]


def test_purchased_products_come_back_when_not_excluded(catalog: psycopg.Connection) -> None:
    got = rows(
        catalog,
        "select product_id, reason from rec_personalized('u1', 3, exclude_purchased => false, as_of => %s)",
        (AS_OF,),
    )
    # collaborative with similarity(j, j) = 1: p1 = 8 + 8 * 1/2 + 8 * 2/3, p4 = 8 + 8 * 2/3, p2 = 8 + 8 * 1/2.
    assert [r[0] for r in got] == ["p1", "p2", "p4"]
    assert got[0][1] == {"rule": "history", "text": "from your history"}


@pytest.mark.parametrize(
    ("arguments", "expected"),
    [
        ("category => 'garden'", ["p5"]),
        ("max_price => 10", ["p3", "p8"]),
        ("min_price => 6, max_price => 12", ["p3", "p6"]),
        ("exclude_ids => array['p3', 'p8']", ["p5", "p6"]),
        ("category => 'home', exclude_ids => array['p6']", ["p8"]),
    ],
)
def test_filters(catalog: psycopg.Connection, arguments: str, expected: list[str]) -> None:
    assert (
        ids(catalog, f"select product_id from rec_personalized('u1', 5, {arguments}, as_of => %s)", (AS_OF,))
        == expected
    )


def test_k_is_respected(catalog: psycopg.Connection) -> None:
    assert ids(catalog, "select product_id from rec_personalized('u1', 2, as_of => %s)", (AS_OF,)) == [
        "p3",
        "p5",
    ]


def test_inactive_products_are_never_returned_even_from_history(catalog: psycopg.Connection) -> None:
    got = rows(
        catalog,
        "select product_id, reason from rec_personalized('u6', 10, exclude_purchased => false, as_of => %s)",
        (AS_OF,),
    )
    assert "p7" not in [r[0] for r in got]
    assert got[0] == (
        "p1",
        {
            "rule": "content",
            "text": "similar to OLD MUG",
            "anchor_product_id": "p7",
            "anchor_title": "OLD MUG",
        },
    )
    assert len({r[0] for r in got}) == len(got) == 7


def test_a_user_without_history_gets_trending_then_popular(catalog: psycopg.Connection) -> None:
    trending = rows(
        catalog,
        "select product_id, score, reason->>'rule' from rec_personalized('nobody', 3, as_of => %s)",
        (AS_OF,),
    )
    # p1 and p2 have 3 buyers in the window, enough to trend; p4's 2 are not: it comes as popular
    assert trending == [("p1", 0.0, "trending"), ("p2", 0.0, "trending"), ("p4", 0.0, "popular")]
    later = T0 + days(30)  # nothing in the 7 days before: popular
    popular = rows(
        catalog,
        "select product_id, reason->>'rule' from rec_personalized('nobody', 3, as_of => %s)",
        (later,),
    )
    assert popular == [("p1", "popular"), ("p2", "popular"), ("p4", "popular")]


def test_events_after_as_of_do_not_count(catalog: psycopg.Connection) -> None:
    # Before T0 u1 had no events: a cold start; purchases made at T0 are not excluded yet.
    got = ids(catalog, "select product_id from rec_personalized('u1', 3, as_of => %s)", (T0 - days(1),))
    assert got == ["p1", "p2", "p4"]


def test_without_as_of_the_stored_taste_vector_gives_the_same_ranking(catalog: psycopg.Connection) -> None:
    assert ids(catalog, "select product_id from rec_personalized('u2', 4)") == ["p4", "p3", "p5", "p6"]


@pytest.mark.parametrize(
    ("call", "fragment"),
    [
        ("rec_personalized(null)", "user_id must not be null or empty"),
        ("rec_personalized('u1', 1001)", "k must be between 1 and 1000, got 1001"),
        ("rec_personalized('u1', 5, -1)", "content_weight must be a finite number >= 0, got -1"),
        ("rec_personalized('u1', 5, 0.5, 'NaN')", "collab_weight must be a finite number >= 0, got NaN"),
        ("rec_personalized('u1', 5, 0, 0)", "must not both be 0"),
        (
            "rec_personalized('u1', min_price => 10, max_price => 5)",
            "min_price (10) must not exceed max_price (5)",
        ),
        ("rec_personalized('u1', exclude_purchased => null)", "exclude_purchased must not be null"),
    ],
)
def test_bad_arguments_raise_22023(catalog: psycopg.Connection, call: str, fragment: str) -> None:
    with pytest.raises(psycopg.Error) as caught:
        catalog.execute(f"select * from {call}")
    assert caught.value.sqlstate == "22023"
    assert fragment in str(caught.value)


@pytest.mark.parametrize(
    ("setting", "value"),
    [
        ("pgrec.trend_prior", "-0.1"),
        ("pgrec.trend_prior", "NaN"),
        ("pgrec.trend_prior", "a lot"),
        ("pgrec.trend_window", "0 days"),
        ("pgrec.trend_window", "soon"),
    ],
)
def test_a_bad_trend_setting_is_an_error_naming_it(
    catalog: psycopg.Connection, setting: str, value: str
) -> None:
    catalog.execute("select set_config(%s, %s, false)", (setting, value))
    with pytest.raises(psycopg.Error, match=setting) as caught:
        catalog.execute("select * from rec_personalized('u2', 5, as_of => %s)", (AS_OF,))
    assert caught.value.sqlstate == "22023"


def test_the_trend_term_off_leaves_the_other_terms(catalog: psycopg.Connection) -> None:
    """pgrec.trend_prior = 0: no trend term and no trending candidates (u1's list is its content neighbours and the
    fill); on, products trending in the window join the candidates and lead by their trend."""
    catalog.execute("set pgrec.trend_prior = 0")
    off = rows(catalog, "select product_id, score from rec_personalized('u1', 5, as_of => %s)", (AS_OF,))
    catalog.execute("reset pgrec.trend_prior")
    on = rows(catalog, "select product_id, score from rec_personalized('u1', 5, as_of => %s)", (AS_OF,))
    assert [r[0] for r in off] == ["p3", "p5", "p6", "p8"]
    assert on[0][1] > off[0][1]
    assert {r[0] for r in on} >= {"p3", "p6"}


def collaborative_list(conn: psycopg.Connection, user: str) -> list[tuple[object, ...]]:
    return rows(
        conn,
        "select product_id, score, collab_score from rec_personalized(%s, 10, content_weight => 0,"
        " collab_weight => 1, as_of => %s) where collab_score is not null",
        (user, AS_OF),
    )


def test_a_repeated_purchase_weighs_its_neighbours_by_the_latest_one(small_catalog: str) -> None:
    """anchor(u, j) = the largest decayed term of u's events on j: a customer who bought p1 three times and p2
    once gets the collaborative list (scores included) of one who bought each once, at the latest times; with
    the decayed sum p1's neighbours would weigh about twice as much."""
    with psycopg.connect(small_catalog) as conn:  # one transaction, rolled back
        for user, product, age in [
            ("repeat", "p1", 60),
            ("repeat", "p1", 30),
            ("repeat", "p1", 1),
            ("repeat", "p2", 1),
            ("once", "p1", 1),
            ("once", "p2", 1),
        ]:
            conn.execute(
                "insert into rec_user_interactions (user_id, product_id, interaction_type, created_at)"
                " values (%s, %s, 'purchase', %s)",
                (user, product, AS_OF - days(age)),
            )
        repeated, once = collaborative_list(conn, "repeat"), collaborative_list(conn, "once")
        assert repeated, "p1 and p2 have neighbours in the fixture"
        assert [r[0] for r in repeated] == [r[0] for r in once]
        assert [r[1] for r in repeated] == pytest.approx([r[1] for r in once], abs=1e-9)
        assert [r[2] for r in repeated] == pytest.approx([r[2] for r in once], abs=1e-9)
        conn.rollback()
