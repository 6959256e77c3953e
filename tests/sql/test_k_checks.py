"""One check of every k argument: _rec_check_k, called by each function that returns at most k rows."""

from __future__ import annotations

import psycopg
import pytest

CALLS = {
    "rec_popular": "select * from rec_popular(%s)",
    "rec_trending": "select * from rec_trending(%s)",
    "rec_similar_products": "select * from rec_similar_products('p', %s)",
    "rec_personalized": "select * from rec_personalized('u', %s)",
    "rec_session_recommendations": "select * from rec_session_recommendations(array['p'], %s)",
    "rec_frequently_bought_together": "select * from rec_frequently_bought_together(array['p'], %s)",
    "rec_cart_recommendations": "select * from rec_cart_recommendations(array['p'], %s)",
    "rec_buy_again": "select * from rec_buy_again('u', %s)",
}


@pytest.mark.parametrize("name", sorted(CALLS))
@pytest.mark.parametrize("k", [None, 0, 1001])
def test_every_k_is_checked_alike(conn: psycopg.Connection, name: str, k: int | None) -> None:
    with pytest.raises(psycopg.errors.InvalidParameterValue) as error:
        conn.execute(CALLS[name], (k,))
    assert (
        error.value.diag.message_primary == f"k must be between 1 and 1000, got {'null' if k is None else k}"
    )


def test_only_the_helper_spells_out_the_check(conn: psycopg.Connection) -> None:
    spelled = conn.execute(
        "select array_agg(p.proname order by p.proname) from pg_proc p "
        "where p.pronamespace = 'public'::regnamespace and p.prosrc like '%k must be between%'"
    ).fetchone()
    assert spelled == (["_rec_check_k"],)
    callers = conn.execute(
        "select array_agg(p.proname order by p.proname) from pg_proc p "
        "where p.pronamespace = 'public'::regnamespace and p.prosrc like '%_rec_check_k(k%'"
    ).fetchone()
    assert callers is not None and set(CALLS) <= set(callers[0])
