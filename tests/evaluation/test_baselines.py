"""The numpy baselines on a tiny hand-made matrix: what is bought with X is recommended with X."""

from __future__ import annotations

import numpy as np
import pytest

from service.core.errors import PgrecError
from service.evaluation.baselines import Baseline, baselines, jaccard
from service.evaluation.training import TrainingData
from service.models.ease import ease
from service.models.neighbours import top_neighbours

ITEMS = ["bread", "butter", "hammer", "jam", "nails"]  # sorted, as read_training makes them
BREAD, BUTTER, HAMMER, JAM, NAILS = range(5)
# u1-u3 buy bread with butter (two add jam); u4, u5 buy nails with a hammer; u6 has only bread.
ROWS = {
    "u1": ["bread", "butter", "jam"],
    "u2": ["bread", "butter"],
    "u3": ["bread", "butter", "jam"],
    "u4": ["nails", "hammer"],
    "u5": ["nails", "hammer"],
    "u6": ["bread"],
}


def tiny() -> TrainingData:
    users = sorted(ROWS)
    binary = np.zeros((len(users), len(ITEMS)))
    for u, user in enumerate(users):
        for item in ROWS[user]:
            binary[u, ITEMS.index(item)] = 1.0
    return TrainingData(users, ITEMS, binary, binary * 2.0)


def test_jaccard_by_hand() -> None:
    similarity = jaccard(tiny().binary)
    assert similarity[BREAD, BUTTER] == pytest.approx(3 / 4)  # 3 users both, 4 either
    assert similarity[BUTTER, JAM] == pytest.approx(2 / 3)
    assert similarity[BREAD, NAILS] == 0.0
    assert np.allclose(np.diag(similarity), 1.0)


def test_ease_has_zero_diagonal_and_links_items_bought_together() -> None:
    weights = ease(tiny().binary, regularisation=1.0)
    assert np.allclose(np.diag(weights), 0.0)
    assert weights[BREAD, BUTTER] > 0.1
    assert weights[NAILS, HAMMER] > 0.1
    assert weights[BREAD, HAMMER] <= 0.0


@pytest.mark.parametrize("name", ["base-sar", "base-ease"])
def test_item_knn_recommends_what_is_bought_with_the_users_item(name: str) -> None:
    model = next(b for b in baselines(tiny(), ease_lambda=1.0) if b.name == name)
    # u6 bought bread: butter (then jam) before anything from the other cluster.
    ranked = model.recommend("u6", 2, exclude={"bread"})
    assert ranked == ["butter", "jam"]
    assert "bread" not in ranked


def test_popularity_and_cold_users() -> None:
    popular = next(b for b in baselines(tiny(), ease_lambda=1.0) if b.name == "base-popular")
    assert popular.recommend("u1", 3) == ["bread", "butter", "hammer"]  # 4, 3, then 2 users (ties by id)
    ease_model = next(b for b in baselines(tiny(), ease_lambda=1.0) if b.name == "base-ease")
    assert ease_model.recommend("nobody", 2) == ["bread", "butter"]  # unseen user: popularity


def test_sar_ranks_own_items_for_repeats() -> None:
    sar = Baseline("sar", tiny(), jaccard(tiny().binary), use_affinity=True)
    assert sar.recommend("u4", 2) == ["hammer", "nails"]


def test_top_neighbours_keeps_positive_weights_best_first() -> None:
    weights = ease(tiny().binary, regularisation=1.0)
    rows = top_neighbours(weights, ITEMS, 2)
    bread = [row for row in rows if row[0] == "bread"]
    assert [row[1] for row in bread] == ["butter", "jam"]
    assert [row[3] for row in bread] == [1, 2]
    assert all(score > 0 and product != neighbour for product, neighbour, score, _ in rows)


def test_dense_models_refuse_a_huge_catalog(monkeypatch: pytest.MonkeyPatch) -> None:
    from service.evaluation import training
    from service.models import events

    class FakeConnection:
        def __enter__(self) -> FakeConnection:
            return self

        def __exit__(self, *args: object) -> None:
            return None

        def execute(self, *args: object) -> FakeConnection:
            return self

        def fetchall(self) -> list[tuple[str, str, float, float]]:
            return [("u", f"p{i}", 1.0, 1.0) for i in range(5)]

    monkeypatch.setattr(events.psycopg, "connect", lambda url: FakeConnection())
    with pytest.raises(PgrecError, match="stop at 4"):
        training.read_training("postgresql://unused", cutoff=None, max_items=4)  # type: ignore[arg-type]
