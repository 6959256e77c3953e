"""A fitted item-item weight matrix as top-N neighbours per product, the rows rec_product_similarities
holds for rec_personalized's collaborative part (written by service.models.store)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

Row = tuple[str, str, float, int]


def top_neighbours(weights: npt.NDArray[np.floating], items: Sequence[str], n: int) -> list[Row]:
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
