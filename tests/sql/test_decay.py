"""The one decay rule, _rec_decay (and its log form _rec_log_decay), and that no function copies it."""

from __future__ import annotations

import math
import re

import psycopg
import pytest

AGES_DAYS = [0.0, 1 / 24, 0.5, 1.0, 3.5, 7.0, 14.0, 30.0, 90.0, 365.0, 3650.0]
HALF_LIVES_DAYS = [0.25, 1.0, 3.5, 14.0, 30.0, 90.0, 365.0]
GRID = """
select a, h,
       _rec_decay(make_interval(secs => a * 86400), make_interval(secs => h * 86400)),
       _rec_decay(make_interval(secs => a * 86400), make_interval(secs => h * 86400), 40),
       _rec_log_decay(make_interval(secs => a * 86400), make_interval(secs => h * 86400))
  from unnest(%s::float8[]) as a cross join unnest(%s::float8[]) as h
"""


def test_decay_halves_every_half_life_on_a_grid(conn: psycopg.Connection) -> None:
    rows = conn.execute(GRID, (AGES_DAYS, HALF_LIVES_DAYS)).fetchall()
    assert len(rows) == len(AGES_DAYS) * len(HALF_LIVES_DAYS)
    for age, half_life, factor, preferences_factor, log_factor in rows:
        halvings = age / half_life
        assert factor == pytest.approx(0.5 ** min(halvings, 1000), rel=1e-12), (age, half_life)
        assert factor > 0  # never 0 by default: old events keep their relative weights
        assert log_factor == pytest.approx(-math.log(2) * halvings, rel=1e-12, abs=1e-300)
        if halvings <= 40:
            assert preferences_factor == factor
            assert math.exp(log_factor) == pytest.approx(factor, rel=1e-12)
        else:
            assert preferences_factor == 0.0


def test_decay_edges(conn: psycopg.Connection) -> None:
    row = conn.execute(
        "select _rec_decay(interval '-3 days', interval '1 day'), "
        "_rec_decay(interval '-3 days', interval '1 day', 40), "
        "_rec_decay(interval '2000 days', interval '1 day'), "
        "_rec_decay(interval '40 days', interval '1 day', 40), "
        "_rec_decay(interval '41 days', interval '1 day', 40)"
    ).fetchone()
    assert row == (1.0, 1.0, 0.5**1000, 0.5**40, 0.0)


def test_no_function_copies_the_decay_formula(conn: psycopg.Connection) -> None:
    """power(0.5, x) and ln(2) * x appear in the decay functions only; everything else calls them."""
    sources = conn.execute(
        "select p.proname, p.prosrc from pg_proc p "
        "where p.pronamespace = 'public'::regnamespace and p.proname ~ '^_?rec_'"
    ).fetchall()
    formula = re.compile(r"power\(\s*0\.5|ln\(\s*2\b", re.IGNORECASE)
    copies = sorted(name for name, source in sources if formula.search(source))
    assert copies == ["_rec_decay", "_rec_log_decay"]
