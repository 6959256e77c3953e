"""Small builders for hand-made SQL fixtures: products, embeddings, events."""

from __future__ import annotations

import json
import math
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import psycopg

DIMENSIONS = 384
# Stored tastes are halfvec (migration 0210): 11 significant bits, so a stored component is within 2**-11 of
# its single-precision value relative to its size, and two tastes summed in another order may round one step apart.
HALF_PRECISION = 2**-11

DEFAULT_TYPES = [
    ("view", 1.0, "14 days", False, "product page viewed"),
    ("click", 2.0, "14 days", False, "product clicked in a list or a recommendation"),
    ("wishlist", 3.0, "60 days", False, "product saved to a wishlist"),
    ("add_to_cart", 4.0, "30 days", False, "product added to the cart"),
    ("purchase", 8.0, "90 days", True, "product bought"),
]


def empty_tables(conn: psycopg.Connection) -> None:
    """Delete every catalog, event and derived row; restore the default event types."""
    tables = conn.execute(
        "select string_agg(quote_ident(tablename), ', ') from pg_tables "
        "where schemaname = 'public' and tablename like 'rec\\_%' "
        "and tablename not in ('rec_meta', 'rec_interaction_types')"
    ).fetchone()
    assert tables is not None and tables[0]
    conn.execute(f"truncate {tables[0]} cascade")
    conn.execute("delete from rec_interaction_types")
    with conn.cursor() as cur:
        cur.executemany(
            "insert into rec_interaction_types (interaction_type, weight, half_life, is_conversion, description) "
            "values (%s, %s, %s::interval, %s, %s)",
            DEFAULT_TYPES,
        )


def unit(*pairs: tuple[int, float]) -> list[float]:
    """A unit vector of DIMENSIONS with the given (index, value) entries before normalising."""
    vector = [0.0] * DIMENSIONS
    for index, value in pairs:
        vector[index] = value
    norm = math.sqrt(sum(x * x for x in vector))
    return [x / norm for x in vector]


def add_product(
    conn: psycopg.Connection,
    product_id: str,
    title: str | None = None,
    categories: Sequence[str] = (),
    price: float | None = None,
    active: bool = True,
    embedding: Sequence[float] | None = None,
) -> None:
    conn.execute(
        "insert into rec_products (id, title, categories, price, is_active) values (%s, %s, %s, %s, %s)",
        (product_id, title or product_id.upper(), list(categories), price, active),
    )
    if embedding is not None:
        set_embedding(conn, product_id, embedding)


def set_embedding(conn: psycopg.Connection, product_id: str, embedding: Sequence[float]) -> None:
    conn.execute(
        "insert into rec_product_embeddings (product_id, embedding, model, content_hash) "
        "values (%s, %s::vector, 'test', 'test') on conflict (product_id) do update set embedding = excluded.embedding",
        (product_id, str(list(embedding))),
    )


def track_batch(conn: psycopg.Connection, events: Iterable[dict[str, Any]]) -> list[int | None]:
    row = conn.execute("select rec_track_interactions(%s::jsonb)", (json.dumps(list(events)),)).fetchone()
    assert row is not None
    return list(row[0])


def count(conn: psycopg.Connection, table: str) -> int:
    row = conn.execute(f"select count(*) from {table}").fetchone()
    assert row is not None
    return int(row[0])


@contextmanager
def upkeep_running(database_url: str, max_events: int = 7) -> Iterator[list[BaseException]]:
    """Run rec_upkeep(max_events) over and over on a connection of its own until the block ends, as the
    service's background upkeep does while clients track; yields the list of errors it met (check it after
    the block). Small batches by default, so tracking and folds interleave often."""
    errors: list[BaseException] = []
    running = threading.Event()
    running.set()

    def loop() -> None:
        try:
            with psycopg.connect(database_url, autocommit=True) as conn:
                while running.is_set():
                    conn.execute("select * from rec_upkeep(%s)", (max_events,)).fetchall()
        except BaseException as exc:  # surfaced by the caller
            errors.append(exc)

    thread = threading.Thread(target=loop)
    thread.start()
    try:
        yield errors
    finally:
        running.clear()
        thread.join()
