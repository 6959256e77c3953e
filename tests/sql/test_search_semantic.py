"""rec_semantic_search on the hand-made catalog: by embedding, by words, and both fused by rank."""

from __future__ import annotations

import psycopg
import pytest

from tests.sql.fixtures_a2 import catalog, rows, small_catalog, vec

__all__ = ["catalog", "small_catalog"]


def rrf(*ranks: int) -> float:
    """The documented fusion: 1 / (60 + rank) summed over the lists a product is in."""
    return sum(1 / (60 + rank) for rank in ranks)


def test_nearest_active_products_by_cosine(catalog: psycopg.Connection) -> None:
    got = rows(
        catalog,
        "select product_id, score, reason from rec_semantic_search(%s::vector, 3)",
        (str(vec(1, 0, 0, 0)),),
    )
    assert [r[0] for r in got] == ["p1", "p2", "p3"]  # p7 (inactive) would be second
    assert [r[1] for r in got] == pytest.approx([rrf(1), rrf(2), rrf(3)])
    assert got[0][2] == {"rule": "semantic", "text": "similar to your search"}


def test_words_alone_find_titles_and_categories(catalog: psycopg.Connection) -> None:
    """No embedding: any word of the text matches, more matched words and title words rank first."""
    got = rows(
        catalog, "select product_id, reason from rec_semantic_search(null, 5, query_text => 'red mugs')"
    )
    assert [r[0] for r in got][:1] == ["p1"]  # RED MUG: both words in the title
    assert {r[0] for r in got} == {"p1", "p2", "p3"}  # RED CUP, BLUE MUG: one word; OLD MUG is inactive
    assert got[0][1] == {"rule": "search", "text": "matches the words of your search"}
    garden = rows(catalog, "select product_id from rec_semantic_search(null, 5, query_text => 'garden')")
    assert {r[0] for r in garden} == {"p4", "p5"}  # in the title and the category


def test_a_word_match_is_never_lost_behind_embedding_neighbours(catalog: psycopg.Connection) -> None:
    """The embedding points at the mugs; the text names the candle (not even embedded): it is listed, and the
    product both lists hold ranks first."""
    got = rows(
        catalog,
        "select product_id, score, reason from rec_semantic_search(%s::vector, 4, query_text => 'candle or red mug')",
        (str(vec(1, 0, 0, 0)),),
    )
    ids = [r[0] for r in got]
    assert ids[0] == "p1" and "p8" in ids
    assert got[0][1] == pytest.approx(rrf(1, 1))  # nearest and the best word match
    assert got[0][2] == {"rule": "search", "text": "matches your search"}


def test_filters_apply_to_both_lists(catalog: psycopg.Connection) -> None:
    query = str(vec(1, 0, 0, 0))
    cheap = rows(
        catalog,
        "select product_id from rec_semantic_search(%s::vector, 5, max_price => 5.5, query_text => 'candle mug')",
        (query,),
    )
    assert {r[0] for r in cheap} == {"p1", "p8"}  # not BLUE MUG (7), not OLD MUG (inactive)
    garden = rows(
        catalog, "select product_id from rec_semantic_search(null, 5, 'garden', query_text => 'mug gnome')"
    )
    assert [r[0] for r in garden] == ["p4"]


def test_a_text_of_stop_words_searches_by_embedding(catalog: psycopg.Connection) -> None:
    query = str(vec(1, 0, 0, 0))
    plain = rows(catalog, "select product_id, score from rec_semantic_search(%s::vector, 3)", (query,))
    assert (
        rows(
            catalog,
            "select product_id, score from rec_semantic_search(%s::vector, 3, query_text => 'the of')",
            (query,),
        )
        == plain
    )
    with pytest.raises(psycopg.Error, match="unless query_text has words") as caught:
        catalog.execute("select * from rec_semantic_search(null, 3, query_text => 'the of')")
    assert caught.value.sqlstate == "22023"


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
