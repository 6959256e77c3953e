"""rec_semantic_search on the hand-made catalog."""

from __future__ import annotations

import psycopg
import pytest

from tests.sql.fixtures_a2 import catalog, rows, small_catalog, vec

__all__ = ["catalog", "small_catalog"]


def test_nearest_active_products_by_cosine(catalog: psycopg.Connection) -> None:
    got = rows(
        catalog,
        "select product_id, score, reason from rec_semantic_search(%s::vector, 3)",
        (str(vec(1, 0, 0, 0)),),
    )
    assert [r[0] for r in got] == ["p1", "p2", "p3"]  # p7 (inactive) would be second
    assert [r[1] for r in got] == pytest.approx([1.0, 0.8, 0.6], abs=1e-6)
    assert got[0][2] == {"rule": "semantic", "text": "matches your search"}


def test_category_and_price_filters_still_return_k_rows(catalog: psycopg.Connection) -> None:
    query = str(vec(1, 0, 0, 0))
    assert [
        r[0] for r in rows(catalog, "select * from rec_semantic_search(%s::vector, 2, 'garden')", (query,))
    ] == ["p4", "p5"]
    assert [
        r[0]
        for r in rows(catalog, "select * from rec_semantic_search(%s::vector, 5, max_price => 6)", (query,))
    ] == ["p1", "p2"]
    assert rows(catalog, "select * from rec_semantic_search(%s::vector, 5, 'nothing')", (query,)) == []


@pytest.mark.parametrize(
    ("query", "fragment"),
    [
        ("null", "query must not be null"),
        ("array_fill(0::real, array[384])::vector", "query must not be the zero vector"),
    ],
)
def test_bad_queries_raise_22023(catalog: psycopg.Connection, query: str, fragment: str) -> None:
    with pytest.raises(psycopg.Error) as caught:
        catalog.execute(f"select * from rec_semantic_search({query}, 5)")
    assert caught.value.sqlstate == "22023"
    assert fragment in str(caught.value)


def test_wrong_dimensions_are_refused(catalog: psycopg.Connection) -> None:
    with pytest.raises(psycopg.Error, match="query must have 384 dimensions") as caught:
        catalog.execute("select * from rec_semantic_search('[1,0,0]'::vector, 5)")
    assert caught.value.sqlstate == "22023"
