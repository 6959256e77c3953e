"""A small hand-made catalog for the service tests: three categories of products with clustered
384-d embeddings, a few users' histories and two orders (for bought-together pairs)."""

from __future__ import annotations

import json

import numpy as np
import psycopg

from tests.support.upkeep import fold

CATEGORIES = ("lights", "mugs", "bags")
PER_CATEGORY = 8
DIMENSIONS = 384


def product_id(category: str, index: int) -> str:
    return f"{category}-{index}"


def seed_catalog(conn: psycopg.Connection) -> list[str]:
    """Insert the products and their embeddings; returns the product ids."""
    rng = np.random.default_rng(7)
    centers = {category: rng.normal(size=DIMENSIONS) for category in CATEGORIES}
    ids: list[str] = []
    for category in CATEGORIES:
        for index in range(PER_CATEGORY):
            pid = product_id(category, index)
            ids.append(pid)
            conn.execute(
                "insert into rec_products (id, title, categories, price, thumbnail) values (%s, %s, %s, %s, %s)",
                (
                    pid,
                    f"{category.upper()} NUMBER {index}",
                    [category],
                    2 + index,
                    f"https://img.test/{pid}.jpg",
                ),
            )
            vector = centers[category] + 0.35 * rng.normal(size=DIMENSIONS)
            vector = (vector / np.linalg.norm(vector)).astype(np.float32)
            conn.execute(
                "insert into rec_product_embeddings (product_id, embedding, model, content_hash) "
                "select %s, %s, 'test-model', coalesce(content_hash, 'x') from rec_products where id = %s",
                (pid, vector, pid),
            )
    return ids


def seed_history(conn: psycopg.Connection) -> None:
    """Other shoppers: views spread over the catalog, two orders bought together."""
    events = []
    for shopper in range(6):
        for index in range(shopper % 4 + 2):
            events.append(
                {
                    "user_id": f"shopper-{shopper}",
                    "product_id": product_id("mugs", index),
                    "interaction_type": "view",
                }
            )
    for order, basket in enumerate((["lights-0", "lights-1", "mugs-0"], ["lights-0", "lights-1", "bags-0"])):
        for pid in basket:
            events.append(
                {
                    "user_id": f"buyer-{order}",
                    "product_id": pid,
                    "interaction_type": "purchase",
                    "context": {"order_id": f"order-{order}"},
                }
            )
    conn.execute("select rec_track_interactions(%s::jsonb)", (json.dumps(events),))
    fold(conn)  # as the service's upkeep would within a second
