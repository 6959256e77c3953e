"""`pgrec tune`'s grid table, the settings it writes and its argument checks (the grid itself runs the same
code as evaluate; tests/evaluation/test_tune_apply.py runs it end to end)."""

from __future__ import annotations

import pytest

from service.cli.main import main
from service.cli.tune_cmd import chosen, grid_table


def test_grid_table_has_a_row_per_method_half_life_and_trend_prior() -> None:
    grid = [
        {
            "collab_method": "co_interaction",
            "half_life_days": 30.0,
            "trend_prior": 0.2,
            "weights": "0/1",
            "ndcg": 0.1,
        },
        {
            "collab_method": "co_interaction",
            "half_life_days": 30.0,
            "trend_prior": 0.2,
            "weights": "1/0",
            "ndcg": 0.05,
        },
        {
            "collab_method": "co_interaction",
            "half_life_days": 90.0,
            "trend_prior": 0.2,
            "weights": "0/1",
            "ndcg": 0.12,
        },
        {
            "collab_method": "co_interaction",
            "half_life_days": 90.0,
            "trend_prior": 0.2,
            "weights": "1/0",
            "ndcg": 0.04,
        },
        {
            "collab_method": "co_interaction",
            "half_life_days": 90.0,
            "trend_prior": 0.2,
            "weights": "current",
            "ndcg": 0.11,
        },
        {
            "collab_method": "co_interaction",
            "half_life_days": 90.0,
            "trend_prior": 0.0,
            "weights": "0/1",
            "ndcg": 0.09,
        },
        {
            "collab_method": "co_interaction",
            "half_life_days": 90.0,
            "trend_prior": 0.0,
            "weights": "1/0",
            "ndcg": 0.03,
        },
        {"collab_method": "ease", "half_life_days": 90.0, "trend_prior": 0.2, "weights": "0/1", "ndcg": 0.13},
        {"collab_method": "ease", "half_life_days": 90.0, "trend_prior": 0.2, "weights": "1/0", "ndcg": 0.04},
    ]
    lines = grid_table(grid).splitlines()
    assert lines[0].split() == ["method", "half-life", "trend", "0", "1"]
    assert lines[1].split() == ["co_interaction", "30", "0.2", "0.1000", "0.0500"]
    assert lines[2].split() == ["co_interaction", "90", "0.2", "0.1200", "0.0400"]
    assert lines[3].split() == ["co_interaction", "90", "0", "0.0900", "0.0300"]
    assert lines[4].split() == ["ease", "90", "0.2", "0.1300", "0.0400"]
    assert len(lines) == 5  # the current settings are printed apart


def test_the_chosen_settings_put_the_larger_weight_first() -> None:
    best = {"content_weight": 0.0, "collab_weight": 1.0, "trend_prior": 0.1, "collab_method": "ease"}
    assert chosen(best) == [
        ("collab_weight", "1"),
        ("content_weight", "0"),
        ("trend_prior", "0.1"),
        ("collab_method", "ease"),
    ]


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--content-weights", "0.5,2"], "--content-weights must be numbers in [0, 1]"),
        (["--half-lives", "0"], "--half-lives must be positive"),
        (["--validation-days", "0"], "--validation-days must be at least 1"),
        (["--collab-methods", "magic"], "--collab-methods: unknown ['magic']"),
        (["--trend-priors", "0.1,-1"], "--trend-priors must be numbers >= 0"),
        (["--force"], "--force only goes with --apply"),
    ],
)
def test_bad_grids_are_one_clear_line(
    arguments: list[str], message: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PGREC_DATABASE_URL", "postgresql://nobody@127.0.0.1:1/none")
    assert main(["tune", "--cutoff", "2011-10-01", *arguments]) == 1
    assert message in capsys.readouterr().err
