"""The migrated schema: every table of the design, the vector column, its HNSW index, constraints."""

from __future__ import annotations

import numpy as np
import psycopg
import pytest

SEED_TABLES = {
    "rec_user_interactions",
    "rec_user_preferences",
    "rec_product_similarities",
    "rec_frequently_together",
    "rec_recommendations_cache",
    "rec_user_segments",
    "rec_analytics",
}
DESIGN_TABLES = {
    "rec_products",
    "rec_product_embeddings",
    "rec_embedding_queue",
    "rec_interaction_types",
    "rec_analytics_outcomes",
}


def test_every_table_is_in_schema_public(conn: psycopg.Connection) -> None:
    rows = conn.execute(
        "select tablename from pg_tables where schemaname = 'public' and tablename like 'rec\\_%'"
    ).fetchall()
    assert {name for (name,) in rows} >= SEED_TABLES | DESIGN_TABLES


def test_embedding_column_is_a_384_dimension_vector(conn: psycopg.Connection) -> None:
    (column_type,) = conn.execute(
        "select format_type(atttypid, atttypmod) from pg_attribute "
        "where attrelid = 'rec_product_embeddings'::regclass and attname = 'embedding'"
    ).fetchone()
    assert column_type == "vector(384)"


def test_embeddings_have_an_hnsw_cosine_index(conn: psycopg.Connection) -> None:
    definitions = [
        d
        for (d,) in conn.execute("select indexdef from pg_indexes where tablename = 'rec_product_embeddings'")
    ]
    assert any("USING hnsw" in d and "vector_cosine_ops" in d for d in definitions), definitions


def test_nearest_neighbour_query_uses_the_hnsw_index(conn: psycopg.Connection) -> None:
    rng = np.random.default_rng(7)
    with conn.transaction(force_rollback=True):
        conn.execute(
            "insert into rec_products (id, title) select 'p' || g, 'product ' || g from generate_series(1, 2000) g"
        )
        vectors = rng.normal(size=(2000, 384)).astype(np.float32)
        with conn.cursor().copy(
            "copy rec_product_embeddings (product_id, embedding, model, content_hash) from stdin"
        ) as copy:
            for i, vector in enumerate(vectors, start=1):
                copy.write_row((f"p{i}", "[" + ",".join(f"{x:.5f}" for x in vector) + "]", "test", "h"))
        conn.execute("analyze rec_product_embeddings")
        plan = "\n".join(
            line
            for (line,) in conn.execute(
                "explain select product_id from rec_product_embeddings order by embedding <=> %s::vector limit 10",
                ("[" + ",".join(["0.1"] * 384) + "]",),
            )
        )
    assert "Index Scan using rec_product_embeddings_hnsw" in plan, plan


def test_interaction_types_are_seeded_and_editable(conn: psycopg.Connection) -> None:
    seeded = {t for (t,) in conn.execute("select interaction_type from rec_interaction_types")}
    assert {"view", "click", "add_to_cart", "wishlist", "purchase"} <= seeded
    with conn.transaction(force_rollback=True):
        conn.execute("update rec_interaction_types set weight = 12.5 where interaction_type = 'purchase'")
        conn.execute(
            "insert into rec_interaction_types (interaction_type, weight, half_life) values ('review', 3, '30 days')"
        )
        rows = dict(conn.execute("select interaction_type, weight from rec_interaction_types").fetchall())
        assert rows["purchase"] == 12.5 and rows["review"] == 3


@pytest.mark.parametrize(
    ("statement", "sqlstate"),
    [
        (
            "insert into rec_user_interactions (user_id, product_id, interaction_type) values ('u1', 'missing', 'view')",
            "23503",
        ),
        (
            "insert into rec_user_interactions (user_id, product_id, interaction_type) values ('u1', 'a', 'teleport')",
            "23503",
        ),
        (
            "insert into rec_user_interactions (user_id, product_id, interaction_type, quantity) values ('u1', 'a', 'view', 0)",
            "23514",
        ),
        ("insert into rec_products (id, title) values ('b', '   ')", "23514"),
        ("insert into rec_products (id, title, price) values ('b', 'B', -1)", "23514"),
        (
            "insert into rec_product_similarities (method, product_id, similar_product_id, score, rank) values ('content', 'a', 'a', 1, 1)",
            "23514",
        ),
        (
            "insert into rec_interaction_types (interaction_type, weight, half_life) values ('Bad Type', 1, '1 day')",
            "23514",
        ),
        (
            "insert into rec_interaction_types (interaction_type, weight, half_life) values ('zero', 1, '0 days')",
            "23514",
        ),
    ],
)
def test_constraints_reject_bad_rows(conn: psycopg.Connection, statement: str, sqlstate: str) -> None:
    with conn.transaction(force_rollback=True):
        conn.execute("insert into rec_products (id, title) values ('a', 'A product')")
        with pytest.raises(psycopg.Error) as error, conn.transaction():
            conn.execute(statement)
        assert error.value.sqlstate == sqlstate


def test_deleting_a_product_removes_its_embedding_and_queue_entry(conn: psycopg.Connection) -> None:
    with conn.transaction(force_rollback=True):
        conn.execute("insert into rec_products (id, title) values ('gone', 'Gone')")
        conn.execute(
            "insert into rec_product_embeddings (product_id, embedding, model, content_hash) "
            "values ('gone', %s::vector, 'm', 'h')",
            ("[" + ",".join(["0"] * 383 + ["1"]) + "]",),
        )
        conn.execute("insert into rec_embedding_queue (product_id) values ('gone') on conflict do nothing")
        conn.execute("delete from rec_products where id = 'gone'")
        left = conn.execute(
            "select (select count(*) from rec_product_embeddings where product_id = 'gone') "
            "+ (select count(*) from rec_embedding_queue where product_id = 'gone')"
        ).fetchone()
        assert left == (0,)


def test_user_tables_key_on_user_id_for_citus(conn: psycopg.Connection) -> None:
    rows = conn.execute(
        """
        select c.relname, array_agg(a.attname::text order by a.attname)
        from pg_constraint k
        join pg_class c on c.oid = k.conrelid
        join pg_attribute a on a.attrelid = c.oid and a.attnum = any (k.conkey)
        where k.contype = 'p' and c.relname like 'rec\\_user\\_%'
        group by c.relname
        """
    ).fetchall()
    keys = dict(rows)
    # Every per-user table (including ones later migrations add) must be distributable by user_id.
    assert {"rec_user_interactions", "rec_user_preferences", "rec_user_segments"} <= set(keys)
    assert all("user_id" in columns for columns in keys.values()), keys
