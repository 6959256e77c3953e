"""`pgrec tune --apply` end to end on the bundled demo data: the grid is scored on a validation window before
the cutoff in a scratch database, beside the store's current settings; the best is written into the store's
settings only when it beats them (or with --force), and the settings are printed before -> after."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import psycopg
import pytest

from tests.cli import pgrec_env, run_pgrec
from tests.evaluation.test_evaluate_command import scratch_databases
from tests.support.postgres_source import TestPostgres
from tests.support.retail_data import VECTOR_CACHE_DIR

# Train before 2011-04-02, validate on [2011-04-02, 2011-06-01); nothing from June on is read.
WINDOW = ("--cutoff", "2011-06-01", "--validation-days", "60", "--users", "30")


@pytest.fixture(scope="module")
def env(database_url: str) -> dict[str, str]:
    return pgrec_env(
        PGREC_DATABASE_URL=database_url, PGREC_DATA_DIR=str(VECTOR_CACHE_DIR), PGREC_REDIS_URL="none"
    )


def stored(url: str) -> dict[str, tuple[str, str, str]]:
    with psycopg.connect(url) as conn:
        return {row[0]: row[1:] for row in conn.execute("select name, value, source, note from rec_settings")}


def half_life(url: str) -> str:
    with psycopg.connect(url) as conn:
        row = conn.execute(
            "select half_life::text from rec_interaction_types where interaction_type = 'purchase'"
        )
        return str(row.fetchone()[0])  # type: ignore[index]


def tune(env: dict[str, str], tmp_path: Path, *arguments: str) -> tuple[str, dict[str, Any]]:
    report = tmp_path / "tune.json"
    result = run_pgrec("tune", *WINDOW, *arguments, "--json", str(report), env=env, timeout=900)
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout, json.loads(report.read_text())


def test_apply_writes_the_best_only_when_it_beats_the_current_settings(
    env: dict[str, str], database_url: str, pg_server: TestPostgres, tmp_path: Path
) -> None:
    # A poor current configuration: content only, no trend term.
    with psycopg.connect(database_url, autocommit=True) as conn:
        conn.execute("select * from rec_set_setting('content_weight', '1')")
        conn.execute("select * from rec_set_setting('collab_weight', '0')")
        conn.execute("select * from rec_set_setting('trend_prior', '0')")

    out, report = tune(
        env,
        tmp_path,
        "--content-weights",
        "0,0.5,1",
        "--half-lives",
        "30,90",
        "--trend-priors",
        "0,0.2",
        "--apply",
    )
    best, current = report["best"], report["current"]
    assert report["validation"] == "[2011-04-02T00:00:00+00:00, 2011-06-01T00:00:00+00:00)"
    # the current point is in the grid too (content 1, trend 0, 90 days) and scores the same there
    same = next(
        r for r in report["grid"]
        if (r["weights"], r["trend_prior"], r["half_life_days"]) == ("1/0", 0.0, 90.0)
    )  # fmt: skip
    assert same["ndcg"] == pytest.approx(current["ndcg"])
    assert best["ndcg"] > current["ndcg"], out
    assert "applied; the store's settings (before -> after):" in out

    now = stored(database_url)
    expected = {
        "content_weight": f"{best['content_weight']:g}",
        "collab_weight": f"{best['collab_weight']:g}",
        "trend_prior": f"{best['trend_prior']:g}",
        "collab_method": "co_interaction",
    }
    assert {name: value for name, (value, _, _) in now.items()} == expected
    assert {source for _, source, _ in now.values()} == {"tune"}
    assert all(note.startswith("pgrec tune: NDCG@10 ") for _, _, note in now.values())
    assert half_life(database_url) == f"{best['half_life_days']:g} days"
    changed = [
        line
        for line in out.splitlines()
        if " -> " in line and line.startswith(("content", "collab", "trend"))
    ]
    assert changed, out  # at least one setting printed before -> after
    assert scratch_databases(pg_server.url) == []

    # Now the stored settings are the best: a grid holding only worse points changes nothing...
    worse = ("--content-weights", "1", "--half-lives", "90", "--trend-priors", "0")
    out, report = tune(env, tmp_path, *worse, "--apply")
    assert report["current"]["ndcg"] == pytest.approx(best["ndcg"])
    assert "not applied: the best does not beat the current settings" in out
    assert stored(database_url) == now

    # ... unless forced; a new half-life goes into rec_interaction_types and the store is refreshed.
    before = half_life(database_url)
    out, report = tune(env, tmp_path, *worse[:3], "30", *worse[4:], "--apply", "--force")
    assert {name: value for name, (value, _, _) in stored(database_url).items()} == {
        "content_weight": "1",
        "collab_weight": "0",
        "trend_prior": "0",
        "collab_method": "co_interaction",
    }
    assert half_life(database_url) == "30 days"
    if before != "30 days":
        assert f"half-life of purchase (rec_interaction_types): {before.split()[0]} -> 30 days" in out
        assert "refreshing what the half-life shapes" in out and "preferences" in out


def test_tune_without_apply_writes_nothing(env: dict[str, str], database_url: str, tmp_path: Path) -> None:
    before = stored(database_url)
    out, report = tune(env, tmp_path, "--content-weights", "0.4", "--half-lives", "90")
    assert "current:" in out and "best:" in out
    assert report["trend_priors"] == [float(report["current_settings"]["trend_prior"])]
    assert stored(database_url) == before
