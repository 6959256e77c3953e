"""rec_session_recommendations on the hand-made catalog."""

from __future__ import annotations

import psycopg
import pytest

from tests.sql.fixtures_a2 import catalog, ids, rows, small_catalog

__all__ = ["catalog", "small_catalog"]


def test_session_products_are_anchors_and_excluded(catalog: psycopg.Connection) -> None:
    got = rows(
        catalog,
        "select product_id, reason->>'rule', reason->>'anchor_product_id' from rec_session_recommendations(array['p1', 'p4'], 4)",
    )
    # p2: p1's co_interaction neighbour, and near p1 in embedding; under the calibrated fusion (the default) its
    # content part outweighs its collaborative part (p1 and p4 are each other's stronger neighbours)
    assert got == [
        ("p2", "content", "p1"),
        ("p5", "content", "p4"),
        ("p3", "content", "p1"),
        ("p6", "popular", None),
    ]


def test_the_latest_product_weighs_most(catalog: psycopg.Connection) -> None:
    # p2 then p1: the taste leans to p1 (weight 1) over p2 (0.8).
    got = rows(
        catalog, "select product_id, content_score from rec_session_recommendations(array['p2', 'p1'], 2)"
    )
    assert got[0][0] == "p4"  # p1's co_interaction neighbour
    assert (
        ids(catalog, "select product_id from rec_session_recommendations(array['p2', 'p1'], 10)").count("p3")
        == 1
    )


def test_empty_or_unknown_sessions_get_popular_when_nothing_trends(catalog: psycopg.Connection) -> None:
    # The fixture's events are from 2024: nothing is trending now.
    expected = ["p1", "p2", "p4"]
    assert ids(catalog, "select product_id from rec_session_recommendations(array[]::text[], 3)") == expected
    assert ids(catalog, "select product_id from rec_session_recommendations(array['zzz'], 3)") == expected
    assert ids(catalog, "select product_id from rec_session_recommendations(null, 3)") == expected


def test_no_duplicates_and_never_the_session_products(catalog: psycopg.Connection) -> None:
    got = ids(catalog, "select product_id from rec_session_recommendations(array['p1', 'p1', 'p2'], 20)")
    assert len(got) == len(set(got))
    assert not {"p1", "p2", "p7"} & set(got)


@pytest.mark.parametrize(
    ("call", "fragment"),
    [
        ("rec_session_recommendations(array['p1'], 0)", "k must be between 1 and 1000, got 0"),
        ("rec_session_recommendations(array_fill('p1'::text, array[1001]))", "at most 1000 ids, got 1001"),
    ],
)
def test_bad_arguments_raise_22023(catalog: psycopg.Connection, call: str, fragment: str) -> None:
    with pytest.raises(psycopg.Error) as caught:
        catalog.execute(f"select * from {call}")
    assert caught.value.sqlstate == "22023"
    assert fragment in str(caught.value)


def test_filters_apply_inside_the_ranking(catalog: psycopg.Connection) -> None:
    # p1 is a kitchen mug: its nearest products are mugs, yet a garden list still holds k rows
    garden = ids(
        catalog, "select product_id from rec_session_recommendations(array['p1'], 2, category => 'garden')"
    )
    assert garden == ["p4", "p5"]
    priced = ids(
        catalog,
        "select product_id from rec_session_recommendations(array['p1'], 3, min_price => 6, max_price => 20)",
    )
    assert len(priced) == 3 and set(priced) <= {"p2", "p3", "p4", "p6"}
    unfiltered = ids(catalog, "select product_id from rec_session_recommendations(array['p1'], 3)")
    excluded = ids(
        catalog,
        "select product_id from rec_session_recommendations(array['p1'], 3, exclude_ids => %s)",
        ([unfiltered[0], None],),  # a null inside exclude_ids is ignored
    )
    assert len(excluded) == 3 and unfiltered[0] not in excluded and excluded[:2] == unfiltered[1:]


@pytest.mark.parametrize(
    ("filters", "fragment"),
    [
        ("min_price => 5, max_price => 2", "min_price (5) must not exceed max_price (2)"),
        ("category => ' '", "category must not be empty"),
    ],
)
def test_bad_filters_raise_22023(catalog: psycopg.Connection, filters: str, fragment: str) -> None:
    with pytest.raises(psycopg.Error) as caught:
        catalog.execute(f"select * from rec_session_recommendations(array['p1'], 3, {filters})")
    assert caught.value.sqlstate == "22023"
    assert fragment in str(caught.value)
