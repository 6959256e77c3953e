"""rec_trending, rec_popular and the popularity table behind them, on the hand-made catalog."""

from __future__ import annotations

import psycopg
import pytest

from tests.sql.fixtures_a2 import T0, add_events, catalog, days, ids, rows, small_catalog

__all__ = ["catalog", "small_catalog"]


def test_popular_ranks_by_type_weighted_distinct_users(catalog: psycopg.Connection) -> None:
    # purchase weight 8: p1, p2 three buyers each, p4 two; p7 (two buyers) is inactive.
    got = rows(catalog, "select product_id, score, reason from rec_popular(4)")
    assert got == [
        ("p1", 24.0, {"rule": "popular", "text": "popular"}),
        ("p2", 24.0, {"rule": "popular", "text": "popular"}),
        ("p4", 16.0, {"rule": "popular", "text": "popular"}),
        ("p3", 8.0, {"rule": "popular", "text": "popular"}),
    ]


def test_popular_in_a_category(catalog: psycopg.Connection) -> None:
    got = rows(catalog, "select product_id, reason->>'text' from rec_popular(10, 'kitchen')")
    assert got == [("p1", "popular in kitchen"), ("p2", "popular in kitchen"), ("p3", "popular in kitchen")]


def test_trending_decays_with_age_within_the_window(catalog: psycopg.Connection) -> None:
    as_of = T0 + days(2)
    decay = 0.5 ** (2 / 3.5)  # window 7 days -> half-life 3.5 days
    got = rows(catalog, "select product_id, score from rec_trending(3, '7 days', null, %s)", (as_of,))
    assert [r[0] for r in got] == ["p1", "p2", "p4"]
    assert [r[1] for r in got] == pytest.approx([24 * decay, 24 * decay, 16 * decay])


def test_trending_window_excludes_old_events(catalog: psycopg.Connection) -> None:
    assert ids(catalog, "select product_id from rec_trending(5, '7 days', null, %s)", (T0 + days(8),)) == []
    assert ids(catalog, "select product_id from rec_trending(2, '9 days', null, %s)", (T0 + days(8),)) == [
        "p1",
        "p2",
    ]
    assert ids(catalog, "select product_id from rec_trending(5, '7 days', null, %s)", (T0 - days(1),)) == []


def test_trending_in_a_category_names_it(catalog: psycopg.Connection) -> None:
    got = rows(catalog, "select product_id, reason from rec_trending(5, '7 days', 'garden', %s)", (T0,))
    assert got == [
        ("p4", {"rule": "trending", "text": "trending in garden"}),
        ("p5", {"rule": "trending", "text": "trending in garden"}),
    ]


def test_trending_counts_a_user_once_per_type_at_the_latest_event(catalog: psycopg.Connection) -> None:
    # u9 views p5 three times, the latest at T0 + 1 day; u5's view of p5 was at T0.
    add_events(catalog, [("u9", "p5", "view")] * 2, at=T0)
    add_events(catalog, [("u9", "p5", "view")], at=T0 + days(1))
    try:
        (score,) = rows(
            catalog,
            "select score from rec_trending(10, '7 days', 'garden', %s) where product_id = 'p5'",
            (T0 + days(1),),
        )[0]
        assert score == pytest.approx(0.5 ** (1 / 3.5) + 1.0)
    finally:
        catalog.execute("delete from rec_user_interactions where user_id = 'u9'")
        catalog.execute("select rec_refresh_popularity()")


def test_incremental_popularity_equals_a_rebuild(catalog: psycopg.Connection) -> None:
    add_events(
        catalog,
        [("u8", "p3", "view"), ("u8", "p3", "view"), ("u8", "p3", "purchase"), ("u1", "p1", "purchase")],
    )
    add_events(catalog, [("u8", "p3", "purchase"), ("u8", "p6", "click")], at=T0 + days(1))
    try:
        before = rows(
            catalog, "select product_id, popularity, users, events from rec_product_popularity order by 1"
        )
        assert ("p3", 8.0 + 8.0 + 1.0, 2, 5) in before  # u3 + u8 buyers, u8 viewer; 5 event rows
        assert ("p1", 24.0, 3, 4) in before  # a repeat purchase adds an event, not popularity
        assert ("p6", 10.0, 2, 2) in before
        assert rows(catalog, "select rec_refresh_popularity()") == [(0,)]
    finally:
        catalog.execute(
            "delete from rec_user_interactions where user_id = 'u8' or (user_id = 'u1' and created_at = %s and id > 14)",
            (T0,),
        )
        catalog.execute("select rec_refresh_popularity()")


def test_refresh_popularity_reports_and_fixes_drift(catalog: psycopg.Connection) -> None:
    catalog.execute("update rec_product_popularity set popularity = 99 where product_id = 'p3'")
    catalog.execute(
        "insert into rec_product_popularity (product_id, popularity) values ('p7', 0) on conflict do nothing"
    )
    assert rows(catalog, "select rec_refresh_popularity()") == [(1,)]
    assert rows(catalog, "select popularity from rec_product_popularity where product_id = 'p3'") == [(8.0,)]


@pytest.mark.parametrize(
    ("call", "fragment"),
    [
        ("rec_popular(0)", "k must be between 1 and 1000, got 0"),
        ("rec_popular(5, '')", "category must not be empty"),
        ("rec_trending(5, '-1 day')", "window must be a positive interval"),
        ("rec_trending(null)", "k must be between 1 and 1000, got null"),
    ],
)
def test_bad_arguments_raise_22023(catalog: psycopg.Connection, call: str, fragment: str) -> None:
    with pytest.raises(psycopg.Error) as caught:
        catalog.execute(f"select * from {call}")
    assert caught.value.sqlstate == "22023"
    assert fragment in str(caught.value)
