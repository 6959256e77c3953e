"""A fitted item-item weight matrix as top-N neighbours per product, the rows rec_product_similarities
holds for rec_personalized's collaborative part (written by service.models.store)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

Row = tuple[str, str, float, int]


def top_neighbours(weights: npt.NDArray[np.floating], items: Sequence[str], n: int) -> list[Row]:
    """(product j, neighbour i, weights[j, i], rank) for the n largest positive weights of each row j,
    ties by id (items are in id order): rec_personalized adds affinity(u, j) * score for every
    neighbour i of the user's products j."""
    rows: list[Row] = []
    width = len(items)
    n = min(n, max(width - 1, 0))
    if n == 0:
        return rows
    # n + 2 candidates per row (row by row: a partition of one contiguous row is the fast one): the
    # product itself may be among them, and one more settles a tie at the cut by id below.
    keep = min(n + 2, width)
    candidates = np.tile(np.arange(keep), (width, 1))
    if keep < width:
        for j in range(width):
            candidates[j] = np.argpartition(-weights[j], keep - 1)[:keep]
    values = np.take_along_axis(weights, candidates, axis=1).astype(np.float64)
    values[(candidates == np.arange(width)[:, None]) | ~np.isfinite(values)] = -np.inf
    order = np.lexsort((candidates, -values), axis=1)[:, :n]
    best = np.take_along_axis(candidates, order, axis=1).tolist()
    scores = np.take_along_axis(values, order, axis=1).tolist()
    for j, product in enumerate(items):
        for rank, (i, score) in enumerate(zip(best[j], scores[j], strict=True), start=1):
            if not score > 0:
                break
            rows.append((product, items[i], score, rank))
    return rows
