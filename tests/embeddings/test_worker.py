"""`pgrec embed`'s worker with the real model on real titles: drain, idempotence, re-queue,
retries, concurrent workers, --watch and the CLI."""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt
import psycopg
import pytest

from embeddings.model import DEFAULT_MODEL_NAME, encode_texts
from embeddings.text import content_hash
from embeddings.worker import EmbeddingWorker, EmbedOptions, embed
from service.core.errors import PgrecError
from tests.cli import pgrec_env, run_pgrec
from tests.embeddings.catalog import TITLES, load_catalog
from tests.support.upkeep import fold


def embedded(conn: psycopg.Connection) -> dict[str, tuple]:
    rows = conn.execute("select product_id, model, content_hash, embedded_at from rec_product_embeddings")
    return {r[0]: r[1:] for r in rows}


def test_embed_then_nothing_left(database_url: str, conn: psycopg.Connection) -> None:
    load_catalog(conn)
    report = embed(database_url, EmbedOptions(batch_size=8))
    assert report.embedded == len(TITLES) and report.failed == 0
    assert conn.execute("select count(*) from rec_embedding_queue").fetchone() == (0,)
    rows = embedded(conn)
    assert set(rows) == set(TITLES)
    assert {r[0] for r in rows.values()} == {DEFAULT_MODEL_NAME}
    assert rows["71053"][1] == content_hash("WHITE METAL LANTERN")
    # The stored vector is the model's vector of the product text.
    stored = conn.execute(
        "select embedding from rec_product_embeddings where product_id = '71053'"
    ).fetchone()[0]
    assert np.allclose(stored.to_numpy(), encode_texts(["WHITE METAL LANTERN"])[0], atol=1e-5)

    second = embed(database_url, EmbedOptions(batch_size=8))
    assert second.embedded == 0
    assert embedded(conn) == rows


def test_one_title_edit_reembeds_exactly_that_product(database_url: str, conn: psycopg.Connection) -> None:
    load_catalog(conn)
    embed(database_url)
    before = embedded(conn)
    conn.execute("update rec_products set price = 9.99")  # prices never re-embed
    conn.execute("update rec_products set title = 'WHITE METAL LANTERN WITH CANDLE' where id = '71053'")
    assert conn.execute("select product_id from rec_embedding_queue").fetchall() == [("71053",)]
    report = embed(database_url)
    assert report.embedded == 1
    after = embedded(conn)
    assert [pid for pid in TITLES if after[pid] != before[pid]] == ["71053"]
    assert after["71053"][1] == content_hash("WHITE METAL LANTERN WITH CANDLE")


def test_all_reembeds_everything(database_url: str, conn: psycopg.Connection) -> None:
    load_catalog(conn)
    embed(database_url)
    before = embedded(conn)
    report = embed(database_url, EmbedOptions(everything=True))
    assert report.embedded == len(TITLES)
    after = embedded(conn)
    assert all(after[pid][2] > before[pid][2] for pid in TITLES)


def test_a_model_change_requeues_everything(database_url: str, conn: psycopg.Connection) -> None:
    load_catalog(conn)
    embed(database_url)
    conn.execute("update rec_product_embeddings set model = 'some-older-model'")
    report = embed(database_url)
    assert report.embedded == len(TITLES)
    assert {r[0] for r in embedded(conn).values()} == {DEFAULT_MODEL_NAME}


class PoisonEncoder:
    """The real model, except that it raises on texts containing POISON (as a model might on
    a text it cannot handle)."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        self.calls += 1
        if any("POISON" in text for text in texts):
            raise RuntimeError("cannot encode this text")
        return encode_texts(texts)


def test_a_failing_item_is_retried_then_recorded(database_url: str, conn: psycopg.Connection) -> None:
    load_catalog(conn, {**TITLES, "BAD1": "POISON PILL"})
    options = EmbedOptions(batch_size=8, max_attempts=3, retry_delay=0.1)
    report = embed(database_url, options, encoder=PoisonEncoder())
    assert report.embedded == len(TITLES)
    assert (report.failed, report.retried) == (1, 2)
    row = conn.execute(
        "select attempts, failed_at is not null, last_error from rec_embedding_queue where product_id = 'BAD1'"
    ).fetchone()
    assert row == (3, True, "RuntimeError: cannot encode this text")
    assert "BAD1" not in embedded(conn)
    # A failed item stays failed (no endless retries) until its text changes.
    assert embed(database_url, options, encoder=PoisonEncoder()).embedded == 0
    conn.execute("update rec_products set title = 'HARMLESS PILL BOX' where id = 'BAD1'")
    assert embed(database_url, options).embedded == 1
    assert conn.execute("select count(*) from rec_embedding_queue").fetchone() == (0,)


def test_the_cli_embeds_and_names_the_model(database_url: str, conn: psycopg.Connection) -> None:
    load_catalog(conn, {"X1": "ALARM CLOCK BAKELIKE RED"})
    result = run_pgrec("embed", env=pgrec_env(PGREC_DATABASE_URL=database_url))
    assert result.returncode == 0, result.stderr
    assert "embedded 1 products" in result.stdout
    assert "model:    sentence-transformers/all-MiniLM-L6-v2" in result.stdout


def test_concurrent_workers_share_the_queue(database_url: str, conn: psycopg.Connection) -> None:
    titles = {f"{pid}-{n}": f"{title} {n}" for n in range(4) for pid, title in TITLES.items()}
    load_catalog(conn, titles)
    calls: list[int] = []

    def counting(texts: Sequence[str]) -> npt.NDArray[np.float32]:
        calls.append(len(texts))
        return encode_texts(texts)

    reports = []
    threads = [
        threading.Thread(
            target=lambda: reports.append(embed(database_url, EmbedOptions(batch_size=4), counting))
        )
        for _ in range(2)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    assert sum(report.embedded for report in reports) == len(titles)
    # Every product text went through the model exactly once (plus one probe per worker).
    assert sum(calls) == len(titles) + 2
    assert len(embedded(conn)) == len(titles)


def test_watch_wakes_on_a_change(database_url: str, conn: psycopg.Connection) -> None:
    load_catalog(conn, {"W1": "WHITE METAL LANTERN"})
    worker = EmbeddingWorker(database_url, EmbedOptions(watch=True, poll_seconds=120))
    thread = threading.Thread(target=worker.run)
    thread.start()
    try:
        deadline = time.monotonic() + 60
        while "W1" not in embedded(conn) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert "W1" in embedded(conn)
        conn.execute("insert into rec_products (id, title) values ('W2', 'RED WOOLLY HOTTIE')")
        started = time.monotonic()
        while "W2" not in embedded(conn) and time.monotonic() - started < 30:
            time.sleep(0.05)
        # Far sooner than the 120 s poll: the insert's NOTIFY woke the worker.
        assert "W2" in embedded(conn)
        assert time.monotonic() - started < 30
    finally:
        worker.stop()
        thread.join(timeout=30)
    assert not thread.is_alive()


def test_wrong_dimension_encoder_writes_nothing(database_url: str, conn: psycopg.Connection) -> None:
    load_catalog(conn)

    def short(texts: Sequence[str]) -> npt.NDArray[np.float32]:
        return np.ones((len(texts), 128), dtype=np.float32) / np.sqrt(128)

    with pytest.raises(
        PgrecError,
        match=r"makes 128-dimensional vectors, but rec_product_embeddings.embedding is vector\(384\)",
    ):
        embed(database_url, encoder=short, model="short-model")
    assert embedded(conn) == {}
    assert conn.execute("select max(attempts) from rec_embedding_queue").fetchone() == (0,)


def test_taste_vectors_follow_new_embeddings(database_url: str, conn: psycopg.Connection) -> None:
    load_catalog(conn)
    conn.execute("delete from rec_user_interactions")
    conn.execute("delete from rec_user_preferences")
    conn.execute(
        "select rec_track_interaction('u1', '71053', 'purchase'), rec_track_interaction('u2', '22728', 'view')"
    )
    fold(conn)
    # Bought before any embedding existed: no taste vector yet.
    assert conn.execute("select count(taste_vector) from rec_user_preferences").fetchone() == (0,)
    report = embed(database_url)
    assert report.preferences_refreshed == 2
    vectors = dict(conn.execute("select user_id, taste_vector from rec_user_preferences").fetchall())
    lantern = conn.execute(
        "select embedding from rec_product_embeddings where product_id = '71053'"
    ).fetchone()[0]
    assert np.allclose(vectors["u1"].to_numpy(), lantern.to_numpy(), atol=1e-4)
