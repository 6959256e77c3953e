"""rec_product_text, the content-hash trigger and the embedding queue triggers (no model needed)."""

from __future__ import annotations

import numpy as np
import psycopg
import pytest

from embeddings.text import content_hash, product_text


@pytest.fixture(autouse=True)
def empty_catalog(conn: psycopg.Connection) -> None:
    conn.execute("delete from rec_products")


def queue(conn: psycopg.Connection) -> list[tuple[str, str]]:
    return conn.execute("select product_id, reason from rec_embedding_queue order by product_id").fetchall()


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("Tea light holder", "", [], []), "Tea light holder"),
        (
            ("  Tea   light holder ", "<p>Glass,\n<b>hand-made</b></p>", ["Home", "Candles"], ["gift"]),
            "Tea light holder\nGlass, hand-made\nCategories: Home, Candles\nTags: gift",
        ),
        (("Mug", None, None, ["blue", "ceramic"]), "Mug\nTags: blue, ceramic"),
    ],
)
def test_product_text(conn: psycopg.Connection, args: tuple, expected: str) -> None:
    assert product_text(conn, *[a if a is not None else "" for a in args]) == expected
    sql = conn.execute("select rec_product_text(%s, %s, %s::text[], %s::text[])", args).fetchone()[0]
    assert sql == expected


def test_content_hash_is_md5_of_the_text(conn: psycopg.Connection) -> None:
    conn.execute(
        "insert into rec_products (id, title, description, categories) values ('p1', 'Lantern', 'Metal', '{Home}')"
    )
    stored = conn.execute("select content_hash from rec_products where id = 'p1'").fetchone()[0]
    assert stored == content_hash("Lantern\nMetal\nCategories: Home")
    # Writing content_hash by hand cannot make it lie.
    conn.execute("update rec_products set content_hash = 'forged' where id = 'p1'")
    assert conn.execute("select content_hash from rec_products where id = 'p1'").fetchone()[0] == stored


def test_insert_queues_and_only_text_changes_requeue(conn: psycopg.Connection) -> None:
    conn.execute(
        "insert into rec_products (id, title, price) values ('p1', 'Lantern', 3.39), ('p2', 'Mug', 2.00), ('p3', 'Bag', 1.00)"
    )
    assert queue(conn) == [("p1", "new"), ("p2", "new"), ("p3", "new")]
    conn.execute("delete from rec_embedding_queue")

    conn.execute("update rec_products set price = price * 2, is_active = false, thumbnail = 'x.png'")
    assert queue(conn) == []
    conn.execute("update rec_products set title = title")
    assert queue(conn) == []

    conn.execute("update rec_products set title = 'White metal lantern' where id = 'p1'")
    conn.execute("update rec_products set tags = '{kitchen}' where id = 'p2'")
    assert queue(conn) == [("p1", "changed"), ("p2", "changed")]
    hashes = conn.execute(
        "select count(*) from rec_embedding_queue q join rec_products p on p.id = q.product_id "
        "where q.content_hash = p.content_hash"
    ).fetchone()[0]
    assert hashes == 2


def test_requeue_clears_a_failed_item(conn: psycopg.Connection) -> None:
    conn.execute("insert into rec_products (id, title) values ('p1', 'Lantern')")
    conn.execute(
        "update rec_embedding_queue set attempts = 3, failed_at = now(), last_error = 'boom', "
        "next_attempt_at = now() + interval '1 hour'"
    )
    conn.execute("update rec_products set title = 'Lamp' where id = 'p1'")
    row = conn.execute(
        "select attempts, failed_at, last_error, next_attempt_at <= now() from rec_embedding_queue"
    ).fetchone()
    assert row == (0, None, None, True)


def test_deleting_a_product_removes_its_embedding_and_queue_item(conn: psycopg.Connection) -> None:
    conn.execute("insert into rec_products (id, title) values ('p1', 'Lantern'), ('p2', 'Mug')")
    vector = np.zeros(384, dtype=np.float32)
    vector[0] = 1
    conn.execute(
        "insert into rec_product_embeddings (product_id, embedding, model, content_hash) "
        "select id, %s, 'test', content_hash from rec_products",
        (vector,),
    )
    conn.execute("delete from rec_products where id = 'p1'")
    assert conn.execute("select product_id from rec_product_embeddings").fetchall() == [("p2",)]
    assert queue(conn) == [("p2", "new")]


def test_a_text_change_notifies_listeners(database_url: str, conn: psycopg.Connection) -> None:
    with psycopg.connect(database_url, autocommit=True) as listener:
        listener.execute("listen rec_embedding_queue")
        conn.execute("insert into rec_products (id, title) values ('p1', 'Lantern')")
        got = [n.channel for n in listener.notifies(timeout=5, stop_after=1)]
        assert got == ["rec_embedding_queue"]
        conn.execute("update rec_products set price = 1 where id = 'p1'")
        assert [n for n in listener.notifies(timeout=0.5, stop_after=1)] == []


def test_enqueue_embeddings_finds_missing_stale_and_other_model(conn: psycopg.Connection) -> None:
    conn.execute(
        "insert into rec_products (id, title) values ('p1', 'Lantern'), ('p2', 'Mug'), ('p3', 'Bag')"
    )
    conn.execute("delete from rec_embedding_queue")
    vector = np.ones(384, dtype=np.float32) / np.sqrt(384)
    conn.execute(
        "insert into rec_product_embeddings (product_id, embedding, model, content_hash) values "
        "('p1', %s, 'm1', (select content_hash from rec_products where id = 'p1')), ('p2', %s, 'm1', 'old')",
        (vector, vector),
    )
    assert conn.execute("select rec_enqueue_embeddings()").fetchone()[0] == 2
    assert queue(conn) == [("p2", "stale"), ("p3", "missing")]
    conn.execute("delete from rec_embedding_queue")
    assert conn.execute("select rec_enqueue_embeddings('m2')").fetchone()[0] == 3
    assert ("p1", "model") in queue(conn)
    # Queued items keep their state (a worker may be holding them)...
    assert conn.execute("select rec_enqueue_embeddings(null, true)").fetchone()[0] == 0
    conn.execute("update rec_embedding_queue set failed_at = now(), attempts = 3 where product_id = 'p3'")
    # ...but everything = true gives failed ones a fresh start, and queues all the others.
    conn.execute("delete from rec_embedding_queue where product_id = 'p1'")
    assert conn.execute("select rec_enqueue_embeddings(null, true)").fetchone()[0] == 2
    assert queue(conn) == [("p1", "all"), ("p2", "stale"), ("p3", "all")]
    assert conn.execute(
        "select count(*) from rec_embedding_queue where failed_at is null and attempts = 0"
    ).fetchone() == (3,)


def test_claim_is_exclusive_and_leased(database_url: str, conn: psycopg.Connection) -> None:
    conn.execute(
        "insert into rec_products (id, title) select 'p' || i, 'Product ' || i from generate_series(1, 10) i"
    )
    with psycopg.connect(database_url) as other:
        first = other.execute("select product_id from rec_claim_embedding_batch(4)").fetchall()
        # Still inside `other`'s transaction, the rows are locked: skip locked passes them by.
        second = conn.execute("select product_id from rec_claim_embedding_batch(100)").fetchall()
        other.commit()
    assert len(first) == 4 and len(second) == 6
    assert not {r[0] for r in first} & {r[0] for r in second}
    # Claimed items are leased: nothing is ready until the lease runs out.
    assert conn.execute("select count(*) from rec_claim_embedding_batch(100)").fetchone()[0] == 0
    assert conn.execute("select min(attempts), max(attempts) from rec_embedding_queue").fetchone() == (1, 1)


def test_claim_rejects_bad_arguments(conn: psycopg.Connection) -> None:
    with pytest.raises(psycopg.errors.InvalidParameterValue, match="batch_size must be at least 1"):
        conn.execute("select * from rec_claim_embedding_batch(0)")
    with pytest.raises(psycopg.errors.InvalidParameterValue, match="lease must be a positive interval"):
        conn.execute("select * from rec_claim_embedding_batch(10, interval '0')")


def test_fail_embeddings_backs_off_then_marks_failed(conn: psycopg.Connection) -> None:
    conn.execute("insert into rec_products (id, title) values ('p1', 'Lantern')")
    for attempt in (1, 2, 3):
        conn.execute("update rec_embedding_queue set next_attempt_at = now()")
        assert conn.execute("select count(*) from rec_claim_embedding_batch(10)").fetchone()[0] == 1
        failed = conn.execute(
            "select rec_fail_embeddings('{p1}', 'boom', 3, interval '10 seconds')"
        ).fetchone()[0]
        row = conn.execute(
            "select attempts, last_error, failed_at is not null, "
            "round(extract(epoch from next_attempt_at - now())) from rec_embedding_queue"
        ).fetchone()
        assert row[:3] == (attempt, "boom", attempt == 3)
        assert failed == (1 if attempt == 3 else 0)
        if attempt < 3:
            assert row[3] == 10 * 2 ** (attempt - 1)
    conn.execute("update rec_embedding_queue set next_attempt_at = now()")
    assert conn.execute("select count(*) from rec_claim_embedding_batch(10)").fetchone()[0] == 0
    assert conn.execute("select queued, failed from rec_embedding_status()").fetchone() == (0, 1)


def test_store_embeddings_skips_vectors_of_outdated_text(conn: psycopg.Connection) -> None:
    conn.execute("insert into rec_products (id, title) values ('p1', 'Lantern'), ('p2', 'Mug')")
    claimed = conn.execute(
        "select product_id, content_hash from rec_claim_embedding_batch(10) order by product_id"
    ).fetchall()
    conn.execute("update rec_products set title = 'Lamp' where id = 'p1'")  # edited while embedding
    vector = np.ones(384, dtype=np.float32) / np.sqrt(384)
    stored = conn.execute(
        "select rec_store_embeddings(%s, %s, %s, 'test-model')",
        ([r[0] for r in claimed], [vector, vector], [r[1] for r in claimed]),
    ).fetchone()[0]
    assert stored == 1
    assert conn.execute("select product_id, model from rec_product_embeddings").fetchall() == [
        ("p2", "test-model")
    ]
    assert queue(conn) == [("p1", "changed")]


def test_store_embeddings_rejects_mismatched_arrays(conn: psycopg.Connection) -> None:
    with pytest.raises(psycopg.errors.InvalidParameterValue, match="same length"):
        conn.execute("select rec_store_embeddings('{a,b}', '{}'::vector[], '{x,y}', 'm')")
