"""NULLs inside id-list arguments, one rule for every ranker: in a list that defines the query (basket,
cart, session products) a NULL raises 22004 naming the argument; in exclude_ids it is ignored. Before, both
silently emptied the answer (`id <> all (list)` is null when the list holds a null)."""

from __future__ import annotations

import psycopg
import pytest

from tests.sql.fixtures_a2 import AS_OF, catalog, ids, small_catalog

__all__ = ["catalog", "small_catalog"]


@pytest.mark.parametrize(
    ("call", "fragment"),
    [
        (
            "rec_frequently_bought_together(array['p1', null])",
            "product_ids must not contain null (element 2)",
        ),
        (
            "rec_session_recommendations(array['p1', null, 'p2'])",
            "product_ids must not contain null (element 2)",
        ),
        ("rec_cart_recommendations(array[null, 'p1'])", "product_ids must not contain null (element 1)"),
        ("rec_cart_recommendations(array[null]::text[])", "product_ids must not contain null (element 1)"),
    ],
)
def test_a_null_in_a_query_list_raises_22004(catalog: psycopg.Connection, call: str, fragment: str) -> None:
    with pytest.raises(psycopg.Error) as caught:
        catalog.execute(f"select * from {call}").fetchall()
    assert caught.value.sqlstate == "22004"
    assert fragment in str(caught.value)


def personalized(conn: psycopg.Connection, user: str, exclude: str) -> list[str]:
    return ids(
        conn,
        f"select product_id from rec_personalized(%s, 6, exclude_ids => {exclude}, as_of => %s)",
        (user, AS_OF),
    )


@pytest.mark.parametrize("user", ["u2", "nobody"])  # ranked, and only the trending/popular fill
def test_nulls_in_exclude_ids_are_ignored(catalog: psycopg.Connection, user: str) -> None:
    plain = personalized(catalog, user, "'{}'")
    assert len(plain) >= 4
    assert personalized(catalog, user, "array[null]::text[]") == plain
    without_first = personalized(catalog, user, f"array[null, '{plain[0]}']")
    assert without_first == personalized(catalog, user, f"array['{plain[0]}']")
    assert plain[0] not in without_first and len(without_first) >= len(plain) - 1


def test_a_null_exclude_list_is_no_exclusion(catalog: psycopg.Connection) -> None:
    assert personalized(catalog, "u2", "null::text[]") == personalized(catalog, "u2", "'{}'")
