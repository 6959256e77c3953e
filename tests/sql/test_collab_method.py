"""The setting pgrec.collab_method: an unknown method is an error (22023 naming the setting and the allowed
values), never a silently empty collaborative part."""

from __future__ import annotations

import psycopg
import pytest

from tests.sql.fixtures_a2 import AS_OF, catalog, ids, rows, small_catalog

__all__ = ["catalog", "small_catalog"]

CALLS = [
    "rec_personalized('u1', 5)",
    "rec_session_recommendations(array['p1'], 5)",
    "rec_similar_products('p1', 5)",
    "rec_cart_recommendations(array['p1'], 5)",
]


@pytest.mark.parametrize("call", CALLS)
def test_an_unknown_method_raises_22023_naming_the_setting(catalog: psycopg.Connection, call: str) -> None:
    catalog.execute("set pgrec.collab_method = 'co_interation'")  # a typo of co_interaction
    with pytest.raises(psycopg.Error) as caught:
        catalog.execute(f"select * from {call}").fetchall()
    assert caught.value.sqlstate == "22023"
    message = str(caught.value)
    assert "pgrec.collab_method" in message
    assert "co_interaction, ease or a method present in rec_product_similarities" in message
    assert "'co_interation'" in message


def test_known_methods_serve(catalog: psycopg.Connection) -> None:
    query = "select product_id, collab_score from rec_personalized('u2', 5, as_of => %s)"
    default = rows(catalog, query, (AS_OF,))
    assert any(collab for _, collab in default)
    catalog.execute("set pgrec.collab_method = 'co_interaction'")
    assert rows(catalog, query, (AS_OF,)) == default
    # ease before any fit: a known method with no neighbours yet, served without error
    catalog.execute("set pgrec.collab_method = 'ease'")
    assert len(ids(catalog, "select product_id from rec_personalized('u2', 5)")) == 5


def test_a_method_written_into_the_similarities_serves(catalog: psycopg.Connection) -> None:
    catalog.execute("begin")
    try:
        catalog.execute(
            "insert into rec_product_similarities (method, product_id, similar_product_id, score, rank, computed_at) "
            "values ('als', 'p1', 'p6', 0.9, 1, now())"
        )
        catalog.execute("set local pgrec.collab_method = 'als'")
        got = rows(
            catalog,
            "select product_id, reason->>'anchor_product_id' from rec_personalized('u2', 3, exclude_purchased => true)"
            " where reason->>'rule' = 'collaborative'",
        )
        assert got == [("p6", "p1")]
    finally:
        catalog.execute("rollback")
