"""Ranking metrics at k on hand-computed cases, and the protocols' relevant sets."""

from __future__ import annotations

import math

import numpy as np
import pytest

from service.evaluation.catalog_vectors import kmeans
from service.evaluation.metrics import (
    MetricSum,
    hit_at_k,
    intra_list_diversity,
    ndcg_at_k,
    paired_difference,
    precision_at_k,
    recall_at_k,
    standard_error,
    unit_vectors,
)
from service.evaluation.runner import relevant_sets, sample_users, versus


def test_precision_recall_hit_on_a_hand_computed_list() -> None:
    ranked = ["a", "b", "c", "d"]
    relevant = {"b", "d", "z"}
    assert precision_at_k(ranked, relevant, 4) == pytest.approx(2 / 4)
    assert recall_at_k(ranked, relevant, 4) == pytest.approx(2 / 3)
    assert hit_at_k(ranked, relevant, 4) == 1.0
    assert hit_at_k(ranked, {"z"}, 4) == 0.0
    # Only the first k count, and a short list is not excused.
    assert precision_at_k(ranked, relevant, 2) == pytest.approx(1 / 2)
    assert precision_at_k(["b"], relevant, 10) == pytest.approx(1 / 10)


def test_ndcg_by_hand() -> None:
    # Hits at positions 2 and 4: DCG = 1/log2(3) + 1/log2(5); ideal for 3 relevant in 4: 1 + 1/log2(3) + 1/2.
    dcg = 1 / math.log2(3) + 1 / math.log2(5)
    ideal = 1 + 1 / math.log2(3) + 1 / math.log2(4)
    assert ndcg_at_k(["a", "b", "c", "d"], {"b", "d", "z"}, 4) == pytest.approx(dcg / ideal)
    assert ndcg_at_k(["b", "d", "z"], {"b", "d", "z"}, 3) == pytest.approx(1.0)
    assert ndcg_at_k(["a"], set(), 3) == 0.0
    # The ideal is capped at k: one hit at the top of k = 1 is perfect whatever else was relevant.
    assert ndcg_at_k(["b"], {"b", "d"}, 1) == pytest.approx(1.0)


def test_metric_sum_averages_over_counted_users_and_measures_coverage() -> None:
    total = MetricSum(k=2, catalog_size=10)
    total.add(["a", "b"], {"a"})
    total.add(["c", "a"], {"x"})
    total.add(["d", "e"], set())  # no relevant item: not counted
    result = total.result()
    assert result["users"] == 2
    assert result["precision"] == pytest.approx((1 / 2 + 0) / 2)
    assert result["recall"] == pytest.approx((1 + 0) / 2)
    assert result["hit_rate"] == pytest.approx(0.5)
    assert result["ndcg"] == pytest.approx(0.5)
    assert result["coverage"] == pytest.approx(3 / 10)  # a, b, c


# Unit vectors in the plane: a and b the same direction, c at right angles, d opposite to a.
PLANE = unit_vectors(
    {"a": [1.0, 0.0], "b": [2.0, 0.0], "c": [0.0, 3.0], "d": [-1.0, 0.0], "zero": [0.0, 0.0]}
)


def test_intra_list_diversity_is_the_mean_pairwise_one_minus_cosine() -> None:
    assert PLANE["b"].tolist() == [1.0, 0.0] and "zero" not in PLANE  # scaled to length 1; no direction
    assert intra_list_diversity(["a", "b"], PLANE) == pytest.approx(0.0)  # alike
    assert intra_list_diversity(["a", "c"], PLANE) == pytest.approx(1.0)  # unrelated
    assert intra_list_diversity(["a", "d"], PLANE) == pytest.approx(2.0)  # opposite
    # pairs a-b 0, a-c 1, b-c 1: mean 2/3; a product without a vector and a repeat are left out
    assert intra_list_diversity(["a", "b", "c", "unknown", "a"], PLANE) == pytest.approx(2 / 3)
    assert intra_list_diversity(["a", "unknown"], PLANE) is None  # fewer than two embedded items
    assert intra_list_diversity([], PLANE) is None


def test_metric_sum_averages_ild_over_lists_that_have_one() -> None:
    total = MetricSum(k=2, catalog_size=5, unit=PLANE)
    total.add(["a", "c", "d"], {"a"})  # first k: a, c -> 1
    total.add(["a", "b"], {"x"})  # 0
    total.add(["c", "unknown"], {"c"})  # one embedded item: counted as a user, not in the ILD
    total.add(["a", "d"], set())  # no relevant item: not counted at all
    result = total.result()
    assert result["users"] == 3
    assert result["ild"] == pytest.approx(0.5) and result["ild_lists"] == 2
    assert result["coverage"] == pytest.approx(4 / 5)  # a, c, b, unknown; d is in no counted top k
    assert MetricSum(k=2, catalog_size=4).result()["ild"] is None  # without embeddings


def test_kmeans_groups_the_directions_and_numbers_clusters_by_first_row() -> None:
    rows = np.stack([PLANE[name] for name in ("c", "a", "b", "c", "d")])
    labels = kmeans(rows, clusters=3, seed=1)
    assert labels == [0, 1, 1, 0, 2]  # a and b together, c with c, d alone; numbered as they first appear
    assert kmeans(rows, clusters=3, seed=1) == labels


def test_protocols_new_drops_prior_purchases_and_unknown_products() -> None:
    test = {"u1": {"a", "b", "late"}, "u2": {"a"}, "u3": {"late"}}
    purchased = {"u1": {"a"}, "u2": {"a"}}
    relevant = relevant_sets(test, catalog=["a", "b", "c"], purchased=purchased)
    assert relevant["repeat"] == {"u1": {"a", "b"}, "u2": {"a"}}
    assert relevant["new"] == {"u1": {"b"}}
    assert relevant["returning"] == {"u1": {"a", "b"}, "u2": {"a"}}
    newcomer = relevant_sets({"u1": {"a"}, "u4": {"b"}}, catalog=["a", "b"], purchased=purchased)
    assert newcomer["returning"] == {"u1": {"a"}} and newcomer["repeat"] == {"u1": {"a"}, "u4": {"b"}}


def test_user_sample_is_seeded_and_sorted() -> None:
    users = [f"u{i}" for i in range(50)]
    first = sample_users(users, 10, seed=3)
    assert first == sample_users(users, 10, seed=3) == sorted(first)
    assert len(set(first)) == 10
    assert sample_users(users, None, seed=3) == sorted(users)


def test_standard_error_and_paired_difference_by_hand() -> None:
    # values 1, 2, 3: sample sd 1, standard error 1 / sqrt(3)
    assert standard_error([1.0, 2.0, 3.0]) == pytest.approx(1 / math.sqrt(3))
    assert standard_error([0.5]) == 0.0
    difference, error = paired_difference([0.5, 0.4, 0.9], [0.3, 0.4, 0.5])  # differences 0.2, 0, 0.4
    assert difference == pytest.approx(0.2)
    assert error == pytest.approx(0.2 / math.sqrt(3))


def test_versus_pairs_the_reference_with_every_other_algorithm_on_the_same_users() -> None:
    sums = {
        ("hybrid", "new"): MetricSum(k=2, catalog_size=5),
        ("other", "new"): MetricSum(k=2, catalog_size=5),
    }
    for ranked_hybrid, ranked_other, relevant in ((["a"], ["b"], {"a"}), (["c"], ["c"], {"c"})):
        sums[("hybrid", "new")].add(ranked_hybrid, relevant)
        sums[("other", "new")].add(ranked_other, relevant)
    (row,) = versus(sums, "hybrid")
    assert row["versus"] == "other" and row["ndcg_difference"] == pytest.approx(0.5)
    assert sums[("hybrid", "new")].result()["ndcg_se"] == 0.0  # both users perfect
