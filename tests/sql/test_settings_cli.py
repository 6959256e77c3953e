"""`pgrec settings` as a user runs it: show, set (checked in SQL, one clear line when refused), reset."""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest

from tests.cli import pgrec_env, run_pgrec


@pytest.fixture
def env(database_url: str) -> Iterator[dict[str, str]]:
    yield pgrec_env(PGREC_DATABASE_URL=database_url, PGREC_REDIS_URL="none")
    with psycopg.connect(database_url, autocommit=True) as conn:
        conn.execute("delete from rec_settings")


def line(stdout: str, name: str) -> list[str]:
    return next(row for row in stdout.splitlines() if row.startswith(name + " ")).split()


def test_show_set_and_reset(env: dict[str, str], database_url: str) -> None:
    shown = run_pgrec("settings", env=env)
    assert shown.returncode == 0, shown.stderr
    assert line(shown.stdout, "trend_prior") == ["trend_prior", "0.2", "default"]
    assert line(shown.stdout, "collab_method") == ["collab_method", "co_interaction", "default"]

    changed = run_pgrec("settings", "set", "trend_prior", "0.3", "--note", "more trend", env=env)
    assert changed.returncode == 0, changed.stderr
    assert line(changed.stdout, "trend_prior")[:4] == ["trend_prior", "0.2", "->", "0.3"]
    assert line(changed.stdout, "trend_prior")[-3:] == ["(cli)", "more", "trend"]
    with psycopg.connect(database_url) as conn:
        assert conn.execute("select name, value, source, note from rec_settings").fetchall() == [
            ("trend_prior", "0.3", "cli", "more trend")
        ]
        assert conn.execute("select _rec_trend_prior()").fetchone() == (0.3,)

    reset = run_pgrec("settings", "reset", "trend_prior", env=env)
    assert reset.returncode == 0, reset.stderr
    assert line(reset.stdout, "trend_prior")[:5] == ["trend_prior", "0.3", "->", "0.2", "default"]
    with psycopg.connect(database_url) as conn:
        assert conn.execute("select count(*) from rec_settings").fetchone() == (0,)


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (
            ["set", "trend_window", "never"],
            "setting pgrec.trend_window must be a positive interval, got 'never'",
        ),
        (["set", "weight", "1"], "unknown setting 'weight'; known: collab_method, collab_weight"),
        (["reset", "weight"], "unknown setting 'weight'"),
    ],
)
def test_a_refused_value_is_one_clear_line(env: dict[str, str], arguments: list[str], message: str) -> None:
    result = run_pgrec("settings", *arguments, env=env)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("pgrec: error: " + message), result.stderr
