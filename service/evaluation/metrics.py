"""Ranking metrics at k (precision, recall, NDCG, hit rate) averaged over users; catalog coverage and
intra-list diversity (ILD) of the lists."""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

METRICS = ("precision", "recall", "ndcg", "hit_rate", "coverage", "ild")

Vector = npt.NDArray[np.float64]


def precision_at_k(ranked: Sequence[str], relevant: Collection[str], k: int) -> float:
    """Relevant items among the first k, divided by k (a list shorter than k is not excused)."""
    return sum(1 for item in ranked[:k] if item in relevant) / k


def recall_at_k(ranked: Sequence[str], relevant: Collection[str], k: int) -> float:
    """Relevant items among the first k, divided by the number of relevant items."""
    if not relevant:
        return 0.0
    return sum(1 for item in ranked[:k] if item in relevant) / len(relevant)


def ndcg_at_k(ranked: Sequence[str], relevant: Collection[str], k: int) -> float:
    """Binary-gain DCG of the first k (gain 1 / log2(position + 1)) over the ideal DCG."""
    if not relevant:
        return 0.0
    dcg = sum(1 / math.log2(i + 2) for i, item in enumerate(ranked[:k]) if item in relevant)
    ideal = sum(1 / math.log2(i + 2) for i in range(min(len(relevant), k)))
    return dcg / ideal


def hit_at_k(ranked: Sequence[str], relevant: Collection[str], k: int) -> float:
    """1 if any of the first k is relevant, else 0."""
    return 1.0 if any(item in relevant for item in ranked[:k]) else 0.0


def unit_vectors(vectors: Mapping[str, Sequence[float] | Vector]) -> dict[str, Vector]:
    """Each vector scaled to length 1 (a zero vector is left out), so that a dot product is a cosine."""
    unit: dict[str, Vector] = {}
    for item, vector in vectors.items():
        array = np.asarray(vector, dtype=np.float64)
        norm = float(np.linalg.norm(array))
        if norm > 0:
            unit[item] = array / norm
    return unit


def intra_list_diversity(ranked: Sequence[str], unit: Mapping[str, Vector]) -> float | None:
    """ILD: mean over the unordered pairs of the list's items of 1 - cosine(embedding i, embedding j)
    (0 = all alike, 1 = unrelated, up to 2); items without an embedding are left out, and a list with
    fewer than two embedded items has no ILD (None)."""
    vectors = [unit[item] for item in dict.fromkeys(ranked) if item in unit]
    n = len(vectors)
    if n < 2:
        return None
    matrix = np.stack(vectors)
    cosines = matrix @ matrix.T
    pairs = n * (n - 1) / 2
    return float(((n * n - cosines.sum()) / 2) / pairs)  # off-diagonal 1 - cos, each pair once


@dataclass
class MetricSum:
    """Per-user metrics summed over users, the distinct items recommended (for coverage) and the
    lists' ILD (with `unit` embeddings: product id -> unit vector)."""

    k: int
    catalog_size: int
    unit: Mapping[str, Vector] | None = None
    users: int = 0
    precision: float = 0.0
    recall: float = 0.0
    ndcg: float = 0.0
    hits: float = 0.0
    recommended: set[str] = field(default_factory=set)
    per_user_ndcg: list[float] = field(default_factory=list)  # in scoring order, for paired tests
    diversity: float = 0.0
    diverse_lists: int = 0  # lists with an ILD (two or more embedded items)

    def add(self, ranked: Sequence[str], relevant: Collection[str]) -> None:
        """Score one user's list; users without relevant items are not counted."""
        if not relevant:
            return
        top = list(ranked[: self.k])
        self.users += 1
        self.precision += precision_at_k(top, relevant, self.k)
        self.recall += recall_at_k(top, relevant, self.k)
        ndcg = ndcg_at_k(top, relevant, self.k)
        self.ndcg += ndcg
        self.per_user_ndcg.append(ndcg)
        self.hits += hit_at_k(top, relevant, self.k)
        self.recommended.update(top)
        if self.unit is not None:
            ild = intra_list_diversity(top, self.unit)
            if ild is not None:
                self.diversity += ild
                self.diverse_lists += 1

    def result(self) -> dict[str, float | None]:
        """Means over the users, coverage = distinct items recommended / catalog size, and ild = mean
        ILD over the lists that have one (None without embeddings)."""
        n = max(self.users, 1)
        return {
            "users": self.users,
            "precision": self.precision / n,
            "recall": self.recall / n,
            "ndcg": self.ndcg / n,
            "ndcg_se": standard_error(self.per_user_ndcg),
            "hit_rate": self.hits / n,
            "coverage": len(self.recommended) / self.catalog_size if self.catalog_size else 0.0,
            "ild": self.diversity / self.diverse_lists if self.diverse_lists else None,
            "ild_lists": self.diverse_lists,
        }


def standard_error(values: Sequence[float]) -> float:
    """Standard error of the mean (sample standard deviation / sqrt(n)); 0 for fewer than 2 values."""
    n = len(values)
    if n < 2:
        return 0.0
    mean = sum(values) / n
    return math.sqrt(sum((v - mean) ** 2 for v in values) / (n - 1) / n)


def paired_difference(a: Sequence[float], b: Sequence[float]) -> tuple[float, float]:
    """Mean of a - b over the same users in the same order, and its standard error."""
    if len(a) != len(b):
        raise ValueError(f"paired lists differ in length: {len(a)} and {len(b)}")
    differences = [x - y for x, y in zip(a, b, strict=True)]
    return (sum(differences) / len(differences) if differences else 0.0), standard_error(differences)
