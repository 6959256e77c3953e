"""rec_cart_recommendations keeps the client's order of the cart: the session part weighs the last added product
most (0.8 ^ (n - position)), and a repeated id counts once, at its first position."""

from __future__ import annotations

import psycopg

from tests.sql.fixtures_a2 import catalog, rows, small_catalog

__all__ = ["catalog", "small_catalog"]

CART = "select product_id, score, reason from rec_cart_recommendations(%s, 10)"
SESSION = "select product_id, score, reason from rec_session_recommendations(%s, 10)"


def test_the_order_of_the_cart_changes_the_list(catalog: psycopg.Connection) -> None:
    # p3 (blue mug) and p5 (garden hose) have no bought-together pairs: the list is the session part.
    mug_last = [row[0] for row in rows(catalog, CART, (["p5", "p3"],))]
    hose_last = [row[0] for row in rows(catalog, CART, (["p3", "p5"],))]
    assert mug_last != hose_last
    # the last added weighs most: p1 (a mug, near p3) ranks above p6 (the lantern, near p5) when p3 is last
    assert mug_last.index("p1") < mug_last.index("p6")
    assert hose_last.index("p6") < hose_last.index("p1")


def test_the_session_part_is_the_session_ranking_of_the_cart_in_its_order(
    catalog: psycopg.Connection,
) -> None:
    for cart in (["p3", "p5"], ["p5", "p3"]):
        assert rows(catalog, CART, (cart,)) == rows(catalog, SESSION, (cart,))


def test_a_repeated_id_counts_at_its_first_position(catalog: psycopg.Connection) -> None:
    assert rows(catalog, CART, (["p3", "p5", "p3"],)) == rows(catalog, CART, (["p3", "p5"],))
    assert rows(catalog, CART, (["p5", "p5", "p3", "p5"],)) == rows(catalog, CART, (["p5", "p3"],))
