"""Reference recommenders computed outside the database (numpy), scored beside pgrec's SQL:
popularity, SAR item-kNN (Jaccard co-occurrence, decayed affinity) and EASE (closed-form ridge)."""

from __future__ import annotations

from collections.abc import Collection

import numpy as np
import numpy.typing as npt

from service.evaluation.training import TrainingData
from service.models.ease import ease

Matrix = npt.NDArray[np.float64]


def jaccard(binary: Matrix) -> Matrix:
    """J(i, j) = users(i and j) / users(i or j) over the binary user x item matrix; J(i, i) = 1."""
    co = binary.T @ binary
    counts = np.diag(co).copy()
    union = counts[:, None] + counts[None, :] - co
    with np.errstate(divide="ignore", invalid="ignore"):
        similarity = np.where(union > 0, co / union, 0.0)
    return np.asarray(similarity, dtype=np.float64)


class Baseline:
    """Ranks every training item for a user by score (user row @ item-item matrix), ties by
    popularity then id; users unseen in training get popularity alone."""

    def __init__(self, name: str, data: TrainingData, item_item: Matrix | None, use_affinity: bool) -> None:
        self.name = name
        self.data = data
        self.item_item = item_item
        self.rows = data.affinity if use_affinity else data.binary
        self.popularity = data.binary.sum(axis=0)
        self._user_index = data.user_index
        self._item_index = data.item_index

    def scores(self, user: str) -> Matrix:
        row = self._user_index.get(user)
        if self.item_item is None or row is None:
            return np.zeros(len(self.data.items))
        return np.asarray(self.rows[row] @ self.item_item, dtype=np.float64)

    def recommend(self, user: str, k: int, exclude: Collection[str] = ()) -> list[str]:
        scores = self.scores(user)
        # lexsort: last key first; ids are sorted, so the index breaks the remaining ties by id.
        order = np.lexsort((np.arange(len(scores)), -self.popularity, -scores))
        banned = {self._item_index[item] for item in exclude if item in self._item_index}
        ranked: list[str] = []
        for index in order:
            if int(index) in banned:
                continue
            ranked.append(self.data.items[int(index)])
            if len(ranked) == k:
                break
        return ranked


def baselines(data: TrainingData, ease_lambda: float) -> list[Baseline]:
    """The three reference recommenders fitted on `data`."""
    return [
        Baseline("base-popular", data, None, use_affinity=False),
        # SAR: decayed, type-weighted affinity times Jaccard; J(i, i) = 1 lets repeats rank.
        Baseline("base-sar", data, jaccard(data.binary), use_affinity=True),
        Baseline("base-ease", data, ease(data.binary, ease_lambda), use_affinity=False),
    ]
