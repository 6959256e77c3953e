"""One way into the embedding queue: _rec_queue_embeddings, used by the product triggers and
rec_enqueue_embeddings; its restart argument says what happens to an item already queued."""

from __future__ import annotations

import psycopg
import pytest

QUEUE = "select product_id, reason, attempts, failed_at is not null from rec_embedding_queue order by 1"


@pytest.fixture
def queued(conn: psycopg.Connection) -> psycopg.Connection:
    """p1 queued and failed, p2 queued and leased (one attempt), p3 not queued."""
    conn.execute("delete from rec_products")
    conn.execute(
        "insert into rec_products (id, title) values ('p1', 'Lantern'), ('p2', 'Mug'), ('p3', 'Bag')"
    )
    conn.execute("delete from rec_embedding_queue where product_id = 'p3'")
    conn.execute("update rec_embedding_queue set attempts = 3, failed_at = now() where product_id = 'p1'")
    conn.execute("update rec_embedding_queue set attempts = 1 where product_id = 'p2'")
    return conn


@pytest.mark.parametrize(
    ("restart", "count", "expected"),
    [
        ("always", 3, [("p1", "r", 0, False), ("p2", "r", 0, False), ("p3", "r", 0, False)]),
        ("failed", 2, [("p1", "r", 0, False), ("p2", "new", 1, False), ("p3", "r", 0, False)]),
        ("never", 1, [("p1", "new", 3, True), ("p2", "new", 1, False), ("p3", "r", 0, False)]),
    ],
)
def test_restart_decides_the_fate_of_queued_items(
    queued: psycopg.Connection, restart: str, count: int, expected: list[tuple[object, ...]]
) -> None:
    got = queued.execute(
        "select _rec_queue_embeddings(array['p1', 'p2', 'p3'], array['h1', 'h2', 'h3'], array['r', 'r', 'r'], %s)",
        (restart,),
    ).fetchone()
    assert got == (count,)
    assert queued.execute(QUEUE).fetchall() == expected


def test_a_bad_restart_is_refused(conn: psycopg.Connection) -> None:
    with pytest.raises(psycopg.errors.InvalidParameterValue, match="restart must be always, failed or never"):
        conn.execute("select _rec_queue_embeddings(array['p1'], array['h'], array['r'], 'sometimes')")


def test_only_the_helper_writes_queue_items(conn: psycopg.Connection) -> None:
    writers = conn.execute(
        "select array_agg(p.proname order by p.proname) from pg_proc p "
        "where p.pronamespace = 'public'::regnamespace and p.prosrc ~* 'insert\\s+into\\s+rec_embedding_queue'"
    ).fetchone()
    assert writers == (["_rec_queue_embeddings"],)
