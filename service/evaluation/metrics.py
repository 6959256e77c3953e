"""Ranking metrics at k (precision, recall, NDCG, hit rate) and catalog coverage, averaged over users."""

from __future__ import annotations

import math
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

METRICS = ("precision", "recall", "ndcg", "hit_rate", "coverage")


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


@dataclass
class MetricSum:
    """Per-user metrics summed over users, and the distinct items recommended (for coverage)."""

    k: int
    catalog_size: int
    users: int = 0
    precision: float = 0.0
    recall: float = 0.0
    ndcg: float = 0.0
    hits: float = 0.0
    recommended: set[str] = field(default_factory=set)

    def add(self, ranked: Sequence[str], relevant: Collection[str]) -> None:
        """Score one user's list; users without relevant items are not counted."""
        if not relevant:
            return
        top = list(ranked[: self.k])
        self.users += 1
        self.precision += precision_at_k(top, relevant, self.k)
        self.recall += recall_at_k(top, relevant, self.k)
        self.ndcg += ndcg_at_k(top, relevant, self.k)
        self.hits += hit_at_k(top, relevant, self.k)
        self.recommended.update(top)

    def result(self) -> dict[str, float]:
        """Means over the users, and coverage = distinct items recommended / catalog size."""
        n = max(self.users, 1)
        return {
            "users": self.users,
            "precision": self.precision / n,
            "recall": self.recall / n,
            "ndcg": self.ndcg / n,
            "hit_rate": self.hits / n,
            "coverage": len(self.recommended) / self.catalog_size if self.catalog_size else 0.0,
        }
