"""Filtered vector search keeps its recall: the HNSW index with iterative scan (relaxed order), under a
selective category and price filter, against an exact scan of the same filter, on the real demo catalog
(real model embeddings). The demo data has no categories: the test gives 4% of the products one."""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest

from tests.support.databases import temporary_database
from tests.support.postgres_source import TestPostgres
from tests.support.retail_data import RetailTemplate

K = 10
QUERIES = 40


@pytest.fixture(scope="module")
def conn(pg_server: TestPostgres, retail_demo_template: RetailTemplate) -> Iterator[psycopg.Connection]:
    with (
        temporary_database(pg_server.url, "pgrec_hnsw_recall", retail_demo_template.name) as url,
        psycopg.connect(url, autocommit=True) as connection,
    ):
        # every 25th product (by id) in a rare category, spread over the embedding space
        connection.execute(
            "update rec_products set categories = array['rare'] where id in "
            "(select id from (select id, row_number() over (order by md5(id)) as n from rec_products) r "
            " where n % 25 = 0)"
        )
        yield connection


def exact(
    conn: psycopg.Connection, query_id: str, category: str | None, max_price: float | None
) -> list[str]:
    """The true k nearest active products passing the filter: a sequential scan, no index."""
    with conn.transaction():
        conn.execute("set local enable_indexscan = off")
        conn.execute("set local enable_bitmapscan = off")
        rows = conn.execute(
            "select e.product_id from rec_product_embeddings e join rec_products p on p.id = e.product_id "
            "where p.is_active and (%(c)s::text is null or %(c)s = any (p.categories)) "
            "and (%(m)s::numeric is null or p.price <= %(m)s) "
            "order by e.embedding <=> (select embedding from rec_product_embeddings where product_id = %(q)s), "
            "e.product_id limit %(k)s",
            {"c": category, "m": max_price, "q": query_id, "k": K},
        ).fetchall()
    return [row[0] for row in rows]


def searched(
    conn: psycopg.Connection, query_id: str, category: str | None, max_price: float | None
) -> list[str]:
    rows = conn.execute(
        "select product_id from rec_semantic_search("
        "(select embedding from rec_product_embeddings where product_id = %s), %s, %s::text, %s::numeric)",
        (query_id, K, category, max_price),
    ).fetchall()
    return [row[0] for row in rows]


@pytest.mark.parametrize(
    ("category", "max_price"), [("rare", None), (None, 0.5), ("rare", 2.5)], ids=["category", "price", "both"]
)
def test_filtered_semantic_search_recall(
    conn: psycopg.Connection, category: str | None, max_price: float | None
) -> None:
    queries = [
        r[0]
        for r in conn.execute(
            "select product_id from rec_product_embeddings order by md5(product_id) limit %s", (QUERIES,)
        )
    ]
    selective = conn.execute(
        "select count(*)::float / (select count(*) from rec_products) from rec_products p "
        "where (%(c)s::text is null or %(c)s = any (p.categories)) and (%(m)s::numeric is null or p.price <= %(m)s)",
        {"c": category, "m": max_price},
    ).fetchone()[0]
    found = wanted = 0
    for query_id in queries:
        truth = exact(conn, query_id, category, max_price)
        found += len(set(truth) & set(searched(conn, query_id, category, max_price)))
        wanted += len(truth)
    recall = found / wanted
    print(f"filter {category}/{max_price}: {selective:.1%} of the catalog passes; recall@{K} {recall:.3f}")
    assert wanted >= QUERIES * K * 0.9
    assert recall >= 0.9
