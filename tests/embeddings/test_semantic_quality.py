"""With the real model on the real demo catalog, nearest neighbours by embedding are related.

The catalog is a copy of the session's demo template (imported, embedded by the embed worker with
the project model through the on-disk vector cache, refreshed; tests/support/retail_data.py)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import psycopg
import pytest

from tests.support.databases import temporary_database
from tests.support.postgres_source import TestPostgres
from tests.support.retail_data import RetailTemplate


@pytest.fixture(scope="module")
def demo_catalog(pg_server: TestPostgres, retail_demo_template: RetailTemplate) -> Iterator[str]:
    with temporary_database(pg_server.url, "pgrec_semantic", retail_demo_template.name) as url:
        yield url


@pytest.fixture
def conn(demo_catalog: str) -> Iterator[psycopg.Connection]:
    with psycopg.connect(demo_catalog, autocommit=True) as connection:
        yield connection


def neighbours(conn: psycopg.Connection, product_id: str, k: int = 10) -> list[str]:
    rows = conn.execute(
        "select p.title from rec_product_embeddings e join rec_products p on p.id = e.product_id "
        "where e.product_id <> %s "
        "order by e.embedding <=> (select embedding from rec_product_embeddings where product_id = %s) limit %s",
        (product_id, product_id, k),
    ).fetchall()
    return [row[0] for row in rows]


def test_every_demo_product_is_embedded(demo_catalog: str, conn: psycopg.Connection) -> None:
    status = conn.execute(
        "select products, embedded, stale, queued, failed from rec_embedding_status()"
    ).fetchone()
    assert status == (3256, 3256, 0, 0, 0)


def test_tea_light_holder_neighbours_are_candle_things(demo_catalog: str, conn: psycopg.Connection) -> None:
    assert conn.execute("select title from rec_products where id = '85123A'").fetchone() == (
        "WHITE HANGING HEART T-LIGHT HOLDER",
    )
    found = neighbours(conn, "85123A")
    candle_like = [title for title in found if re.search(r"T-LIGHT|TEA ?LIGHT|CANDLE|LANTERN", title)]
    assert len(candle_like) >= 8, found


@pytest.mark.parametrize(
    ("product_id", "pattern", "at_least"),
    [
        ("85099B", r"\bBAG\b", 8),  # JUMBO BAG RED RETROSPOT
        ("22728", r"CLOCK", 6),  # ALARM CLOCK BAKELIKE PINK
        ("22383", r"LUNCH ?BAG|LUNCH BOX|BAG", 6),  # LUNCH BAG SUKI DESIGN
    ],
)
def test_other_neighbourhoods(
    demo_catalog: str, conn: psycopg.Connection, product_id: str, pattern: str, at_least: int
) -> None:
    assert conn.execute("select 1 from rec_products where id = %s", (product_id,)).fetchone(), product_id
    found = neighbours(conn, product_id)
    assert sum(1 for title in found if re.search(pattern, title)) >= at_least, found


def test_unrelated_products_are_far(demo_catalog: str, conn: psycopg.Connection) -> None:
    # A tea light holder is closer to a candle lantern than to a lunch bag.
    near, far = conn.execute(
        "select (select embedding from rec_product_embeddings where product_id = '85123A') <=> "
        "       (select embedding from rec_product_embeddings where product_id = '71053'), "
        "       (select embedding from rec_product_embeddings where product_id = '85123A') <=> "
        "       (select embedding from rec_product_embeddings where product_id = '85099B')"
    ).fetchone()
    assert near < far


def search_titles(conn: psycopg.Connection, text: str, with_words: bool, k: int = 10) -> list[str]:
    from embeddings.model import encode_texts

    query = "[" + ",".join(f"{x:.7f}" for x in encode_texts([text])[0]) + "]"
    rows = conn.execute(
        "select p.title from rec_semantic_search(%s::vector, %s, query_text => %s) s "
        "join rec_products p on p.id = s.product_id",
        (query, k, text if with_words else None),
    ).fetchall()
    return [row[0] for row in rows]


def test_search_for_red_tea_light_holders_finds_the_catalogs_t_light_holders(
    demo_catalog: str, conn: psycopg.Connection
) -> None:
    """The embedding alone answered mugs and tea towels and none of the catalog's T-LIGHT holders; the words
    bring them back (hybrid search)."""
    holders = re.compile(r"T-LIGHT HOLDER|TEA ?LIGHT HOLDER")
    embedding_only = search_titles(conn, "red tea light holder", with_words=False)
    hybrid = search_titles(conn, "red tea light holder", with_words=True)
    print(f"embedding only: {embedding_only}\nhybrid: {hybrid}")
    assert sum(1 for title in hybrid if holders.search(title)) >= 5, hybrid
    assert sum(1 for title in hybrid if holders.search(title)) > sum(
        1 for title in embedding_only if holders.search(title)
    ), (embedding_only, hybrid)
    assert any("RED" in title and holders.search(title) for title in hybrid[:3]), hybrid
