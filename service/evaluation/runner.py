"""The scoring loop: every test user, every algorithm, every protocol, metrics at k.

Protocols: `new` asks with exclude_purchased and counts only later purchases of products the user
had not bought before the cutoff (users with none are not counted); `repeat` keeps purchased
products and counts every later purchase; `returning` is `repeat` over the users with a purchase
before the cutoff only (the same lists, asked once), where a list of what they bought can compete."""

from __future__ import annotations

import random
from collections.abc import Collection, Mapping, Sequence
from typing import Any

from service.evaluation.algorithms import PROTOCOLS, Algorithm
from service.evaluation.metrics import MetricSum, Vector, paired_difference
from service.ingest.progress import Progress


def relevant_sets(
    test: Mapping[str, set[str]], catalog: Collection[str], purchased: Mapping[str, set[str]]
) -> dict[str, dict[str, set[str]]]:
    """protocol -> user -> relevant products. Only products of the catalog at the cutoff count:
    nothing can recommend a product first sold later, or a fee line (inactive)."""
    known = set(catalog)
    repeat = {user: items & known for user, items in test.items()}
    repeat = {user: items for user, items in repeat.items() if items}
    new = {user: items - purchased.get(user, set()) for user, items in repeat.items()}
    return {
        "repeat": repeat,
        "new": {user: items for user, items in new.items() if items},
        "returning": {user: items for user, items in repeat.items() if purchased.get(user)},
    }


def sample_users(users: Collection[str], limit: int | None, seed: int) -> list[str]:
    """All users sorted, or a seeded random sample of `limit` of them (sorted too)."""
    ordered = sorted(users)
    if limit is None or limit >= len(ordered):
        return ordered
    return sorted(random.Random(seed).sample(ordered, limit))


def score(
    algorithms: Sequence[Algorithm],
    relevant: Mapping[str, Mapping[str, set[str]]],
    users: Sequence[str],
    k: int,
    catalog_size: int,
    progress: bool = True,
    protocols: Sequence[str] = PROTOCOLS,
    unit: Mapping[str, Vector] | None = None,
) -> tuple[list[dict[str, Any]], dict[tuple[str, str], MetricSum]]:
    """One row per (algorithm, protocol it is scored on): users counted, mean metrics at k (NDCG with
    its standard error), coverage and, with `unit` embeddings, ILD; and the sums, whose per-user NDCG
    lists line up for paired comparisons."""
    pairs = [(a, p) for a in algorithms for p in protocols if p in a.protocols]
    sums = {(a.name, p): MetricSum(k, catalog_size, unit) for a, p in pairs}
    with Progress("evaluating", total=len(users), unit="users", enabled=progress) as bar:
        for user in users:
            lists: dict[tuple[str, bool], list[str]] = {}  # repeat and returning share their lists
            for protocol in protocols:
                wanted = relevant[protocol].get(user)
                if not wanted:
                    continue
                for algorithm in algorithms:
                    if protocol not in algorithm.protocols:
                        continue
                    asked = (algorithm.name, protocol == "new")
                    if asked not in lists:
                        lists[asked] = algorithm.recommend(user, k, protocol == "new")
                    sums[(algorithm.name, protocol)].add(lists[asked], wanted)
            bar.update()
    return [
        {"algorithm": a.name, "protocol": p, "k": k, **sums[(a.name, p)].result()} for a, p in pairs
    ], sums


def versus(
    sums: Mapping[tuple[str, str], MetricSum], reference: str, protocol: str = "new"
) -> list[dict[str, Any]]:
    """Paired NDCG difference of `reference` minus every other algorithm on the same users."""
    if (reference, protocol) not in sums:
        return []
    mine = sums[(reference, protocol)].per_user_ndcg
    rows = []
    for (name, other), total in sums.items():
        if other != protocol or name == reference:
            continue
        difference, error = paired_difference(mine, total.per_user_ndcg)
        rows.append(
            {
                "algorithm": reference,
                "versus": name,
                "protocol": protocol,
                "ndcg_difference": difference,
                "se": error,
            }
        )
    return rows
