"""Product text: defined once, in SQL (rec_product_text); Python asks the database for it."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import Any

import psycopg


def product_text(
    conn: psycopg.Connection[Any],
    title: str,
    description: str = "",
    categories: Sequence[str] = (),
    tags: Sequence[str] = (),
) -> str:
    """The text a product with these fields is embedded from (see rec_product_text in SQL)."""
    row = conn.execute(
        "select rec_product_text(%s, %s, %s::text[], %s::text[])",
        (title, description, list(categories), list(tags)),
    ).fetchone()
    return str(row[0]) if row and row[0] is not None else ""


def content_hash(text: str) -> str:
    """md5 hex digest of a product text: what rec_products.content_hash holds."""
    return hashlib.md5(text.encode("utf-8")).hexdigest()
