"""Hand-made fixtures for the ranking functions: a tiny catalog with 384-d one-hot-ish embeddings."""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

import psycopg
import pytest
from pgvector.psycopg import register_vector

from tests.support.upkeep import fold

DIMENSIONS = 384
# Every fixture event happens at T0; queries use AS_OF = T0, so every decay factor is 1.
T0 = datetime(2024, 5, 31, tzinfo=UTC)
AS_OF = T0


def vec(*values: float) -> list[float]:
    """A unit 384-d vector whose first entries are `values` (the rest zero)."""
    vector = [0.0] * DIMENSIONS
    vector[: len(values)] = values
    norm = math.sqrt(sum(x * x for x in vector))
    return [x / norm for x in vector]


# id, title, categories, price, active, embedding (None = not embedded)
PRODUCTS: list[tuple[str, str, list[str], float | None, bool, list[float] | None]] = [
    ("p1", "RED MUG", ["kitchen"], 5.0, True, vec(1, 0, 0, 0)),
    ("p2", "RED CUP", ["kitchen"], 6.0, True, vec(0.8, 0.6, 0, 0)),
    ("p3", "BLUE MUG", ["kitchen"], 7.0, True, vec(0.6, 0.8, 0, 0)),
    ("p4", "GARDEN GNOME", ["garden"], 20.0, True, vec(0.2, 0, 1, 0)),
    ("p5", "GARDEN HOSE", ["garden"], 30.0, True, vec(0.1, 0, 0.6, 0.8)),
    ("p6", "LANTERN", ["home"], 12.0, True, vec(0, 0, 0, 1)),
    ("p7", "OLD MUG", ["kitchen"], 4.0, False, vec(0.96, 0.28, 0, 0)),
    ("p8", "CANDLE", ["home"], 3.0, True, None),
]

# user, product, type (all at T0). Purchases weigh 8, views 1.
EVENTS: list[tuple[str, str, str]] = [
    ("u1", "p1", "purchase"),
    ("u1", "p2", "purchase"),
    ("u1", "p4", "purchase"),
    ("u2", "p1", "purchase"),
    ("u2", "p2", "purchase"),
    ("u3", "p1", "purchase"),
    ("u3", "p3", "purchase"),
    ("u3", "p4", "purchase"),
    ("u4", "p2", "purchase"),
    ("u4", "p6", "purchase"),
    ("u4", "p8", "purchase"),
    ("u5", "p5", "view"),
    ("u6", "p7", "purchase"),
    ("u7", "p7", "purchase"),
]


def add_products(conn: psycopg.Connection, rows: Sequence[tuple[Any, ...]] = PRODUCTS) -> None:
    for product_id, title, categories, price, active, embedding in rows:
        conn.execute(
            "insert into rec_products (id, title, categories, price, is_active) values (%s, %s, %s, %s, %s)",
            (product_id, title, categories, price, active),
        )
        if embedding is not None:
            conn.execute(
                "insert into rec_product_embeddings (product_id, embedding, model, content_hash) "
                "values (%s, %s::vector, 'fixture', 'fixture')",
                (product_id, str(embedding)),
            )


def add_events(
    conn: psycopg.Connection, rows: Sequence[tuple[str, str, str]], at: datetime = T0, **extra: Any
) -> None:
    """Insert events straight into rec_user_interactions (like a batch import), then fold them into
    preferences, popularity and baskets as upkeep would (tests.support.upkeep.fold)."""
    with conn.cursor() as cur:
        cur.executemany(
            "insert into rec_user_interactions (user_id, product_id, interaction_type, created_at, quantity, "
            "unit_price, context) values (%s, %s, %s, %s, %s, %s, %s)",
            [
                (
                    user,
                    product,
                    kind,
                    extra.get("created_at", at),
                    extra.get("quantity", 1),
                    extra.get("unit_price"),
                    "{}",
                )
                for user, product, kind in rows
            ],
        )
    fold(conn)


def reset(conn: psycopg.Connection) -> None:
    conn.execute(
        "truncate rec_products, rec_user_interactions, rec_user_preferences, rec_user_segments, "
        "rec_product_popularity, rec_product_similarities cascade"
    )
    for table in ("rec_user_taste_terms", "rec_frequently_together"):
        if conn.execute("select to_regclass(%s)", (table,)).fetchone() != (None,):
            conn.execute(f"truncate {table}")


def load_small_catalog(conn: psycopg.Connection, refresh: bool = True) -> None:
    """PRODUCTS + EVENTS, then the neighbour tables (rec_refresh_similarities, defaults)."""
    reset(conn)
    add_products(conn)
    add_events(conn, EVENTS)
    if refresh:
        conn.execute("select rec_refresh_similarities()")


@pytest.fixture(scope="module")
def small_catalog(database_url: str) -> Iterator[str]:
    """The module's database loaded with the small catalog; yields its URL."""
    with psycopg.connect(database_url, autocommit=True) as connection:
        register_vector(connection)
        load_small_catalog(connection)
    yield database_url


def rows(
    conn: psycopg.Connection, query: str, params: Sequence[Any] | dict[str, Any] = ()
) -> list[tuple[Any, ...]]:
    return conn.execute(query, params).fetchall()  # type: ignore[arg-type]


def ids(conn: psycopg.Connection, query: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[str]:
    return [row[0] for row in rows(conn, query, params)]


def days(n: float) -> timedelta:
    return timedelta(days=n)


@pytest.fixture
def catalog(small_catalog: str) -> Iterator[psycopg.Connection]:
    """An autocommit connection (pgvector registered) to the small-catalog database."""
    with psycopg.connect(small_catalog, autocommit=True) as connection:
        register_vector(connection)
        yield connection
