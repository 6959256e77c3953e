"""Embeddings at scale: `pgrec embed` vs raw model.encode on a sample; composed vectors for the rest.

Encoding all 50,000 product texts with the CPU model would take most of the 30-minute budget on
two cores, so the figure compares the two paths on a random sample of queued products (the same
texts, from rec_product_text, model loaded in both): raw SentenceTransformer.encode (batch 64)
against the worker behind `pgrec embed` (claim with skip locked, encode, store vectors into the
HNSW index, delete queue items). Every other product gets a vector composed from real model
embeddings of its words (the mean of its categories' and tags' vectors plus a little noise), so
the index, taste vectors and content similarities work on clustered, meaningful vectors. Those
are stored under the model's name with the product's content hash, so the worker leaves them be
(COPY without the HNSW index, which is then built once: a bulk load's way).
"""

from __future__ import annotations

import random
import time
from typing import Any

import numpy as np
import psycopg
from pgvector.psycopg import register_vector
from psycopg import sql

from benchmarks.embed_benchmark import time_raw
from benchmarks.scale_report import Figure, log
from embeddings.model import encode_texts, load_model, model_name
from embeddings.worker import EmbedOptions, embed

NOISE = 0.15  # relative to the unit-length mean: products of the same words stay near, not equal


def compose_vectors(words: list[list[str]], seed: int) -> np.ndarray:
    """One unit vector per product from the model vectors of its words."""
    vocabulary = sorted({word for product in words for word in product})
    index = {word: i for i, word in enumerate(vocabulary)}
    table = encode_texts(vocabulary, batch_size=64)
    rng = np.random.default_rng(seed)
    vectors = np.stack([table[[index[w] for w in product]].mean(axis=0) for product in words])
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    vectors += rng.normal(scale=NOISE / np.sqrt(vectors.shape[1]), size=vectors.shape)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors.astype(np.float32)


def store_composed(conn: psycopg.Connection[Any], sample: set[str], seed: int) -> tuple[int, float]:
    """Composed vectors for every queued product outside `sample`; returns (count, seconds)."""
    rows = conn.execute(
        "select p.id, p.content_hash, p.categories || p.tags from rec_products p "
        "join rec_embedding_queue q on q.product_id = p.id order by p.id"
    ).fetchall()
    rows = [row for row in rows if row[0] not in sample]
    vectors = compose_vectors([list(row[2]) or ["product"] for row in rows], seed)
    name = model_name()
    started = time.perf_counter()
    # A bulk load: without the HNSW index, then the index built once with its own definition.
    indexes = conn.execute(
        "select indexname, indexdef from pg_indexes where tablename = 'rec_product_embeddings' "
        "and indexdef ilike '%using hnsw%'"
    ).fetchall()
    with conn.transaction(), conn.cursor() as cur:
        for index, _ in indexes:
            cur.execute(sql.SQL("drop index {}").format(sql.Identifier(index)))
        with cur.copy(
            "copy rec_product_embeddings (product_id, embedding, model, content_hash) from stdin (format binary)"
        ) as copy:
            copy.set_types(["text", "vector", "text", "text"])
            for (product_id, content_hash, _), vector in zip(rows, vectors, strict=True):
                copy.write_row((product_id, vector, name, content_hash))
        for _, definition in indexes:
            cur.execute(definition)
        cur.execute(
            "delete from rec_embedding_queue q using rec_product_embeddings e "
            "where e.product_id = q.product_id and e.content_hash = q.content_hash"
        )
    return len(rows), time.perf_counter() - started


def embed_catalog(url: str, sample_size: int, seed: int) -> tuple[Figure, dict[str, Any]]:
    load_model()
    with psycopg.connect(url, autocommit=True) as conn:
        register_vector(conn)
        queued = [row[0] for row in conn.execute("select product_id from rec_embedding_queue order by 1")]
        sample = set(random.Random(seed).sample(queued, min(sample_size, len(queued))))
        composed, copy_seconds = store_composed(conn, sample, seed)
        log(f"  {composed:,} composed vectors COPYed, HNSW index rebuilt: {copy_seconds:.1f} s")
        texts = [
            row[0]
            for row in conn.execute(
                "select rec_product_text(title, description, categories, tags) from rec_products "
                "where id = any(%s) order by id",
                (sorted(sample),),
            )
        ]
    encode_texts(texts[:128])  # warm-up
    raw = time_raw(texts)
    log(f"  raw model.encode: {len(texts):,} texts in {raw:.1f} s ({len(texts) / raw:,.1f}/s)")
    started = time.perf_counter()
    report = embed(url, EmbedOptions())
    pipeline = time.perf_counter() - started
    if report.embedded != len(sample):
        raise SystemExit(f"pgrec embed stored {report.embedded} of {len(sample)} sampled products")
    log(
        f"  pgrec embed: {report.embedded:,} products in {pipeline:.1f} s ({report.embedded / pipeline:,.1f}/s)"
    )
    figure = Figure(
        "embeddings",
        f"pgrec embed pipeline ({len(sample):,}-product sample)",
        len(sample) / pipeline,
        "products/s",
        len(texts) / raw,
        "raw model.encode, same texts",
        note=f"sample of {len(sample):,} of {len(queued):,}; the rest got composed vectors (see JSON)",
    )
    details = {
        "sample": len(sample),
        "catalog": len(queued),
        "composed_vectors": composed,
        "composed_copy_seconds": copy_seconds,
        "raw_seconds": raw,
        "pipeline_seconds": pipeline,
        "encode_seconds_in_pipeline": report.encode_seconds,
    }
    return figure, details
