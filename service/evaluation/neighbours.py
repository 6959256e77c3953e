"""A fitted item-item model written as top-N neighbours per product into rec_product_similarities,
where rec_personalized's collaborative part reads it (session setting pgrec.collab_method)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import numpy.typing as npt
import psycopg

Row = tuple[str, str, float, int]


def top_neighbours(weights: npt.NDArray[np.float64], items: Sequence[str], n: int) -> list[Row]:
    """(product j, neighbour i, weights[j, i], rank) for the n largest positive weights of each row j:
    rec_personalized adds affinity(u, j) * score for every neighbour i of the user's products j."""
    rows: list[Row] = []
    n = min(n, max(len(items) - 1, 0))
    if n == 0:
        return rows
    for j, product in enumerate(items):
        line = weights[j]
        # n + 1 candidates: the product itself may be among them.
        best = np.argpartition(-line, n)[: n + 1] if n + 1 < len(line) else np.arange(len(line))
        ordered = sorted(best.tolist(), key=lambda i: (-line[i], items[i]))
        rank = 0
        for i in ordered:
            if i == j or not line[i] > 0 or not np.isfinite(line[i]) or rank == n:
                continue
            rank += 1
            rows.append((product, items[i], float(line[i]), rank))
    return rows


def write_neighbours(conn: psycopg.Connection[Any], method: str, rows: Sequence[Row]) -> int:
    """Replace every row of `method` in rec_product_similarities with `rows`, in one transaction that
    announces the change to cached lists (heard at its commit)."""
    with conn.transaction():
        conn.execute("delete from rec_product_similarities where method = %s", (method,))
        conn.execute("select _rec_lists_changed(%s)", (f"fit-{method}",))
        with conn.cursor().copy(
            "copy rec_product_similarities (method, product_id, similar_product_id, score, rank) from stdin"
        ) as copy:
            for product, neighbour, weight, rank in rows:
                copy.write_row((method, product, neighbour, weight, rank))
    return len(rows)
