"""`pgrec evaluate` end to end on the bundled demo data: a scratch database on the test server,
every algorithm x protocol in the JSON, the scratch database dropped, the live database untouched."""

from __future__ import annotations

import json
from pathlib import Path

import psycopg
import pytest

from tests.cli import pgrec_env, run_pgrec
from tests.support.postgres_source import TestPostgres
from tests.support.retail_data import VECTOR_CACHE_DIR

# Embeddings are cached there between runs (keyed by model and text), so only a first run encodes;
# the session's Online Retail templates (tests/support/retail_data.py) use and fill the same cache.
CACHE_DIR = VECTOR_CACHE_DIR
ALGORITHMS = {
    "popular",
    "trending",
    "content",
    "collaborative",
    "hybrid",
    "hybrid-cap2",
    "collaborative-ease",
    "hybrid-ease",
    "base-popular",
    "base-sar",
    "base-ease",
}
LIVE_TABLES = ("rec_products", "rec_user_interactions", "rec_product_embeddings", "rec_product_similarities")


def scratch_databases(server_url: str) -> list[str]:
    with psycopg.connect(server_url) as conn:
        return [
            row[0]
            for row in conn.execute("select datname from pg_database where datname like 'pgrec_eval_%'")
        ]


def live_counts(url: str) -> dict[str, int]:
    with psycopg.connect(url) as conn:
        return {table: conn.execute(f"select count(*) from {table}").fetchone()[0] for table in LIVE_TABLES}


@pytest.fixture(scope="module")
def env(database_url: str) -> dict[str, str]:
    with psycopg.connect(database_url) as conn:
        conn.execute(
            "insert into rec_products (id, title) values ('live-only', 'a product of the live store')"
        )
    return pgrec_env(PGREC_DATABASE_URL=database_url, PGREC_DATA_DIR=str(CACHE_DIR), PGREC_REDIS_URL="none")


def test_evaluate_on_the_demo_data(
    env: dict[str, str], database_url: str, pg_server: TestPostgres, tmp_path: Path
) -> None:
    before = live_counts(database_url)
    report_path, chart = tmp_path / "report.json", tmp_path / "chart.png"
    result = run_pgrec(
        "evaluate", "--cutoff", "2011-03-01", "--end", "2011-04-01", "--users", "25", "--baselines",
        "--ease-lambda", "50", "--json", str(report_path), "--plot", str(chart), env=env, timeout=600,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    assert "hybrid" in result.stdout and "NDCG@10" in result.stdout

    report = json.loads(report_path.read_text())
    pairs = {(row["algorithm"], row["protocol"]) for row in report["results"]}
    # buy-again lists what the user bought (then popular products): scored on repeat purchases only; without
    # the fill on returning customers only
    expected = {(name, protocol) for name in ALGORITHMS for protocol in ("new", "repeat", "returning")}
    buy_again = {("buy-again", "repeat"), ("buy-again", "returning"), ("buy-again-own", "returning")}
    assert pairs == expected | buy_again
    for row in report["results"]:
        assert row["users"] > 0, row
        for metric in ("precision", "recall", "ndcg", "hit_rate", "coverage"):
            assert 0.0 <= row[metric] <= 1.0, row
        assert row["ild_lists"] > 0 and 0.0 < row["ild"] <= 2.0, row  # every row has intra-list diversity
    assert "ILD@10" in result.stdout and "buy-again minus each, repeat protocol" in result.stdout
    # The demo catalog has no categories: the cap works on embedding clusters, and it spreads the lists.
    assert report["categories"]["clusters"] > 10
    row = {(r["algorithm"], r["protocol"]): r for r in report["results"]}
    assert row[("hybrid-cap2", "new")]["ild"] > row[("hybrid", "new")]["ild"]
    assert row[("buy-again", "repeat")]["hit_rate"] > 0
    # returning: the repeat protocol over the users with a purchase before the cutoff, the same lists
    assert row[("hybrid", "returning")]["users"] == report["users"]["returning_protocol"]
    assert row[("hybrid", "returning")]["users"] < row[("hybrid", "repeat")]["users"]
    assert report["users"]["evaluated"] == 25 and report["users"]["test"] >= 25
    assert report["ease"]["rows"] > 0
    # Something is learned: the served hybrid finds more than nothing for people with history.
    hybrid = next(r for r in report["results"] if r["algorithm"] == "hybrid" and r["protocol"] == "repeat")
    assert hybrid["hit_rate"] > 0
    assert chart.stat().st_size > 1000

    assert scratch_databases(pg_server.url) == []
    assert live_counts(database_url) == before


def test_a_cutoff_after_the_data_is_one_clear_line(env: dict[str, str], pg_server: TestPostgres) -> None:
    result = run_pgrec("evaluate", "--cutoff", "2012-06-01", env=env, timeout=300)
    assert result.returncode == 1, result.stderr
    lines = result.stderr.strip().splitlines()
    assert lines == [lines[-1]] and lines[-1].startswith("pgrec: error: no test users"), result.stderr
    assert "2011-12-09" in lines[-1]  # names the newest purchase
    assert scratch_databases(pg_server.url) == []
