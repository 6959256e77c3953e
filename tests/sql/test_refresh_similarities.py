"""rec_refresh_similarities and rec_refresh_all on the hand-made catalog."""

from __future__ import annotations

import psycopg
import pytest

from tests.sql.fixtures_a2 import T0, add_events, catalog, days, rows, small_catalog

__all__ = ["catalog", "small_catalog"]


def neighbours(conn: psycopg.Connection, method: str) -> list[tuple[str, str, float, int]]:
    return rows(
        conn,
        "select product_id, similar_product_id, round(score::numeric, 4)::float, rank "
        "from rec_product_similarities where method = %s order by product_id, rank",
        (method,),
    )


def test_co_interaction_is_the_weighted_jaccard_of_pairs_shared_by_two_users(
    catalog: psycopg.Connection,
) -> None:
    assert neighbours(catalog, "co_interaction") == [
        ("p1", "p4", 0.6667, 1),
        ("p1", "p2", 0.5, 2),
        ("p2", "p1", 0.5, 1),
        ("p4", "p1", 0.6667, 1),
    ]


def test_content_neighbours_are_not_stored(catalog: psycopg.Connection) -> None:
    """Nothing reads stored content rows: rec_similar_products(..., 'content') and the ranking ask the HNSW
    index, so the refresh stores co_interaction only and the content list is served all the same."""
    assert rows(catalog, "select distinct method from rec_product_similarities") == [("co_interaction",)]
    served = rows(catalog, "select product_id from rec_similar_products('p1', 5, 'content')")
    assert [r[0] for r in served] == ["p2", "p3", "p4", "p5", "p6"]


def test_a_second_run_changes_nothing(catalog: psycopg.Connection) -> None:
    assert rows(catalog, "select rec_refresh_similarities()") == [(0,)]


def test_k_and_min_co_users_shape_the_lists(catalog: psycopg.Connection) -> None:
    try:
        catalog.execute("select rec_refresh_similarities(1, 100, 1)")
        co = neighbours(catalog, "co_interaction")
        assert all(r[3] == 1 for r in co)
        # u4 alone links p6 and p8 (nobody else bought them): with min_co_users = 1 their Jaccard is 1.
        assert ("p6", "p8", 1.0, 1) in co and ("p8", "p6", 1.0, 1) in co
        assert neighbours(catalog, "content") == []
    finally:
        catalog.execute("select rec_refresh_similarities()")


def test_new_events_are_picked_up_with_time_decay(catalog: psycopg.Connection) -> None:
    # u9 buys p3 and p4 thirty days after T0: a(u9, .) = 8; the older purchases now weigh 8 * 0.5 ^ (30 / 90).
    add_events(catalog, [("u9", "p3", "purchase"), ("u9", "p4", "purchase")], at=T0 + days(30))
    try:
        changed = rows(catalog, "select rec_refresh_similarities()")[0][0]
        old = 8 * 0.5 ** (30 / 90)
        # p3, p4 are shared by u3 (old, old) and u9 (8, 8): M = old + 8, S(p3) = old + 8, S(p4) = 2 old + 8.
        expected = (old + 8) / ((old + 8) + (2 * old + 8) - (old + 8))
        got = rows(
            catalog,
            "select score from rec_product_similarities where method = 'co_interaction' and product_id = 'p3' and similar_product_id = 'p4'",
        )
        assert got == [(pytest.approx(expected),)]
        assert changed >= 2
    finally:
        catalog.execute("delete from rec_user_interactions where user_id = 'u9'")
        catalog.execute("select rec_refresh_popularity()")
        catalog.execute("select rec_refresh_similarities()")
    assert neighbours(catalog, "co_interaction")[0] == ("p1", "p4", 0.6667, 1)


def test_fitted_methods_are_left_alone(catalog: psycopg.Connection) -> None:
    catalog.execute(
        "insert into rec_product_similarities (method, product_id, similar_product_id, score, rank) values ('ease', 'p1', 'p6', 0.5, 1)"
    )
    try:
        catalog.execute("select rec_refresh_similarities()")
        assert neighbours(catalog, "ease") == [("p1", "p6", 0.5, 1)]
    finally:
        catalog.execute("delete from rec_product_similarities where method = 'ease'")


@pytest.mark.parametrize(
    ("call", "fragment"),
    [
        ("rec_refresh_similarities(0)", "k must be between 1 and 200, got 0"),
        ("rec_refresh_similarities(20, 1)", "max_items_per_user must be >= 2, got 1"),
        ("rec_refresh_similarities(20, 100, 0)", "min_co_users must be >= 1, got 0"),
    ],
)
def test_bad_arguments_raise_22023(catalog: psycopg.Connection, call: str, fragment: str) -> None:
    with pytest.raises(psycopg.Error) as caught:
        catalog.execute(f"select {call}")
    assert caught.value.sqlstate == "22023"
    assert fragment in str(caught.value)


def test_refresh_all_runs_every_step_in_order(catalog: psycopg.Connection) -> None:
    got = rows(catalog, "select step, changed, seconds from rec_refresh_all()")
    assert [r[0] for r in got] == [
        "preferences",
        "frequently_together",
        "popularity",
        "trending",
        "similarities",
        "segments",
    ]
    assert all(r[2] >= 0 for r in got)
    by_step = {r[0]: r[1] for r in got}
    assert by_step["popularity"] == 0 and by_step["similarities"] == 0  # already current
    assert by_step["segments"] is not None
    again = {r[0]: r[1] for r in rows(catalog, "select step, changed from rec_refresh_all()")}
    assert again["segments"] == 0
