"""What the diversity figures need from the scratch catalog: the products' embeddings (for ILD) and,
when the catalog has no categories at all (Online Retail has none), stand-in categories from the
embeddings, so that rec_personalized's max_per_category has something to cap."""

from __future__ import annotations

from typing import Any

import numpy as np
import psycopg

from service.evaluation.metrics import Vector, unit_vectors

# Stand-in categories: k-means clusters of the embeddings, named cluster-01 ... (seeded, so repeatable).
CLUSTERS = 50
ITERATIONS = 25


def product_vectors(url: str) -> dict[str, Vector]:
    """Active products' embeddings, as unit vectors."""
    with psycopg.connect(url) as conn:
        rows = conn.execute(
            "select e.product_id, e.embedding::text from rec_product_embeddings e "
            "join rec_products p on p.id = e.product_id where p.is_active order by e.product_id"
        ).fetchall()
    return unit_vectors(
        {item: np.array(text.strip("[]").split(","), dtype=np.float64) for item, text in rows}
    )


def kmeans(matrix: Vector, clusters: int, seed: int, iterations: int = ITERATIONS) -> list[int]:
    """Spherical k-means (Lloyd's on unit rows, cosine): each row's cluster, clusters numbered by
    first appearance in the rows' order so that the labels do not depend on the starting centres' order."""
    rng = np.random.default_rng(seed)
    distinct = np.unique(matrix, axis=0)  # starting centres from distinct rows: none starts empty
    clusters = min(clusters, len(distinct))
    centres = distinct[rng.choice(len(distinct), clusters, replace=False)]
    labels = np.zeros(len(matrix), dtype=np.int64)
    for _ in range(iterations):
        labels = np.argmax(matrix @ centres.T, axis=1)
        for c in range(clusters):
            members = matrix[labels == c]
            if len(members):
                mean = members.sum(axis=0)
                norm = np.linalg.norm(mean)
                centres[c] = mean / norm if norm > 0 else centres[c]
    renumbered: dict[int, int] = {}
    return [renumbered.setdefault(int(label), len(renumbered)) for label in labels]


def ensure_categories(url: str, vectors: dict[str, Vector], seed: int) -> dict[str, Any]:
    """Leaves a catalog with categories alone; otherwise writes each product's embedding cluster as
    its only category. The table's triggers are off meanwhile: the product text (and so the
    embedding) must not change, and nothing else reads categories when no category filter is set."""
    with psycopg.connect(url) as conn:
        has = conn.execute("select exists (select 1 from rec_products where categories <> '{}')").fetchone()
        if has and has[0]:
            return {"source": "catalog"}
        items = sorted(vectors)
        if len(items) < 2:
            return {"source": "none"}
        labels = kmeans(np.stack([vectors[item] for item in items]), CLUSTERS, seed)
        names = [f"cluster-{label + 1:02d}" for label in labels]
        with conn.transaction():
            conn.execute("alter table rec_products disable trigger user")
            with conn.cursor() as cursor:
                cursor.executemany(
                    "update rec_products set categories = array[%s] where id = %s",
                    list(zip(names, items, strict=True)),
                )
            conn.execute("alter table rec_products enable trigger user")
    return {"source": "embedding clusters (k-means, cosine)", "clusters": len(set(labels)), "seed": seed}
