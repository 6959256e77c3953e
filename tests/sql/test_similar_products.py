"""rec_similar_products on the hand-made catalog: content (HNSW), co_interaction, hybrid, errors."""

from __future__ import annotations

import psycopg
import pytest

from tests.sql.fixtures_a2 import catalog, ids, rows, small_catalog

__all__ = ["catalog", "small_catalog"]


def test_content_neighbours_are_cosine_similarities_best_first(catalog: psycopg.Connection) -> None:
    # p7 (inactive) is the closest to p1 but must never appear; p8 has no embedding.
    got = rows(
        catalog,
        "select product_id, score, content_score, collab_score from rec_similar_products('p1', 5, 'content')",
    )
    assert [r[0] for r in got] == ["p2", "p3", "p4", "p5", "p6"]
    assert [r[1] for r in got] == pytest.approx([0.8, 0.6, 0.2 / 1.0198039, 0.1 / 1.0049876, 0.0], abs=1e-6)
    assert all(r[1] == r[2] and r[3] is None for r in got)


def test_content_reason_names_the_anchor(catalog: psycopg.Connection) -> None:
    (reason,) = rows(catalog, "select reason from rec_similar_products('p1', 1, 'content')")[0]
    assert reason == {
        "rule": "similar",
        "text": "similar to RED MUG",
        "anchor_product_id": "p1",
        "anchor_title": "RED MUG",
    }


def test_content_respects_k(catalog: psycopg.Connection) -> None:
    assert ids(catalog, "select product_id from rec_similar_products('p1', 2, 'content')") == ["p2", "p3"]


def test_co_interaction_reads_the_weighted_jaccard_neighbours(catalog: psycopg.Connection) -> None:
    # p1 shares u1, u3 with p4 (16 / (24 + 16 - 16)) and u1, u2 with p2 (16 / (24 + 24 - 16)).
    got = rows(
        catalog,
        "select product_id, score, reason->>'rule' from rec_similar_products('p1', 10, 'co_interaction')",
    )
    assert [(r[0], r[2]) for r in got] == [("p4", "collaborative"), ("p2", "collaborative")]
    assert [r[1] for r in got] == pytest.approx([2 / 3, 0.5])


def test_hybrid_combines_normalised_components(catalog: psycopg.Connection) -> None:
    # content min-max over {p2 .8, p3 .6, p4 .196, p5 .0995, p6 0}; collab / max over {p4 2/3, p2 1/2}.
    got = rows(catalog, "select product_id, score, reason->>'rule' from rec_similar_products('p1', 5)")
    content_p4 = (0.2 / 1.0198039) / 0.8
    content_p5 = (0.1 / 1.0049876) / 0.8
    assert [r[0] for r in got] == ["p2", "p4", "p3", "p5", "p6"]
    assert [r[1] for r in got] == pytest.approx(
        [0.4 * 1 + 0.6 * 0.75, 0.4 * content_p4 + 0.6 * 1, 0.4 * 0.75, 0.4 * content_p5, 0.0], abs=1e-6
    )
    assert [r[2] for r in got] == ["collaborative", "collaborative", "similar", "similar", "similar"]


def test_hybrid_without_co_interaction_data_is_the_content_order(catalog: psycopg.Connection) -> None:
    assert ids(catalog, "select product_id from rec_similar_products('p3', 3)") == ids(
        catalog, "select product_id from rec_similar_products('p3', 3, 'content')"
    )


def test_product_without_embedding_gets_only_collaborative_neighbours(catalog: psycopg.Connection) -> None:
    assert ids(catalog, "select product_id from rec_similar_products('p8', 5, 'content')") == []
    assert ids(catalog, "select product_id from rec_similar_products('p8', 5)") == []


def test_a_fitted_method_is_served_by_name_and_by_setting(catalog: psycopg.Connection) -> None:
    catalog.execute(
        "insert into rec_product_similarities (method, product_id, similar_product_id, score, rank) "
        "values ('ease', 'p1', 'p6', 0.9, 1), ('ease', 'p1', 'p5', 0.3, 2), ('ease', 'p1', 'p7', 0.95, 1)"
    )
    try:
        assert ids(catalog, "select product_id from rec_similar_products('p1', 5, 'ease')") == ["p6", "p5"]
        with catalog.transaction():
            catalog.execute("set local pgrec.collab_method = 'ease'")
            hybrid = rows(catalog, "select product_id, collab_score from rec_similar_products('p1', 2)")
        assert hybrid[0] == ("p6", 0.9)
    finally:
        catalog.execute("delete from rec_product_similarities where method = 'ease'")


@pytest.mark.parametrize(
    ("call", "errcode", "fragment"),
    [
        ("rec_similar_products('nope')", "P0002", "product_id nope does not exist"),
        ("rec_similar_products(null)", "22023", "product_id"),
        ("rec_similar_products('p1', 0)", "22023", "k must be between 1 and 1000, got 0"),
        ("rec_similar_products('p1', 10, 'magic')", "22023", "got magic"),
    ],
)
def test_bad_arguments_raise(catalog: psycopg.Connection, call: str, errcode: str, fragment: str) -> None:
    with pytest.raises(psycopg.Error) as caught:
        catalog.execute(f"select * from {call}")
    assert caught.value.sqlstate == errcode
    assert fragment in str(caught.value)
