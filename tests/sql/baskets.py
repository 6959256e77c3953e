"""The bought-together state a fold keeps and a rebuild writes: basket items, n(a), N and pair counts."""

from __future__ import annotations

from typing import Any

import psycopg

BASKET_STATE = {
    "basket_items": "select user_id, basket_id, product_id, first_at from rec_user_basket_items order by 1, 2, 3",
    "basket_counts": "select product_id, basket_count from rec_product_basket_counts order by 1",
    "basket_total": "select basket_count from rec_basket_totals",
    "pairs": "select product_id, other_product_id, pair_count from rec_frequently_together "
    "where pair_count > 0 order by 1, 2",
}


def basket_state(conn: psycopg.Connection) -> dict[str, list[tuple[Any, ...]]]:
    return {name: conn.execute(query).fetchall() for name, query in BASKET_STATE.items()}


def rebuilt_basket_state(conn: psycopg.Connection) -> dict[str, list[tuple[Any, ...]]]:
    """The state rec_refresh_frequently_together() rebuilds from the log (it stays rebuilt)."""
    conn.execute("select rec_refresh_frequently_together()")
    return basket_state(conn)
