"""The scratch database copied from a pgrec database (`--database-url`): only what was known before
the cutoff arrives, the source is only read, and the scratch database is dropped afterwards."""

from __future__ import annotations

from datetime import UTC, datetime

import psycopg
from pgvector.psycopg import register_vector

from service.evaluation.scratch import load_database, scratch_database
from service.evaluation.split import Window, database_test_purchases
from tests.support.postgres_source import TestPostgres

CUTOFF = datetime(2024, 3, 1, tzinfo=UTC)


def fill_source(conn: psycopg.Connection) -> None:
    register_vector(conn)
    conn.execute(
        "insert into rec_products (id, title, created_at) values "
        "('old', 'Old mug', '2024-01-01'), ('sold', 'Sold later', '2024-02-20'), ('new', 'New mug', '2024-03-05')"
    )
    conn.execute(
        "insert into rec_product_embeddings (product_id, embedding, model, content_hash) "
        "select id, array_fill(0.1, array[384])::vector, 'test', content_hash from rec_products"
    )
    conn.execute(
        "insert into rec_user_interactions (user_id, product_id, interaction_type, created_at) values "
        "('u1', 'old', 'purchase', '2024-02-01'), ('u1', 'sold', 'view', '2024-02-25'), "
        "('u1', 'new', 'purchase', '2024-03-10'), ('u2', 'old', 'purchase', '2024-03-11')"
    )


def test_copy_keeps_only_what_was_known_before_the_cutoff(
    conn: psycopg.Connection, database_url: str, pg_server: TestPostgres
) -> None:
    fill_source(conn)
    with scratch_database(pg_server.url) as url:
        load_database(url, database_url, CUTOFF)
        with psycopg.connect(url) as scratch:
            products = [row[0] for row in scratch.execute("select id from rec_products order by id")]
            events = scratch.execute(
                "select user_id, product_id from rec_events order by created_at"
            ).fetchall()
            (embedded,) = scratch.execute("select count(*) from rec_product_embeddings").fetchone()
        name = url.rsplit("/", 1)[1]
    assert products == ["old", "sold"]
    assert events == [("u1", "old"), ("u1", "sold")]
    assert embedded == 2
    with psycopg.connect(pg_server.url) as server:
        assert (
            server.execute("select count(*) from pg_database where datname = %s", (name,)).fetchone()[0] == 0
        )

    later, newest = database_test_purchases(database_url, Window(CUTOFF))
    assert later == {"u1": {"new"}, "u2": {"old"}}  # purchases only, not the view
    assert newest == datetime(2024, 3, 11, tzinfo=UTC)
    (count,) = conn.execute("select count(*) from rec_events").fetchone()
    assert count == 4  # the source is only read
