"""Every public A1 function (tracking, preferences, bought-together, analytics, Medusa) is documented in SQL."""

from __future__ import annotations

import psycopg
import pytest

FUNCTIONS = [
    "rec_track_interaction",
    "rec_track_interactions",
    "rec_refresh_preferences",
    "rec_refresh_frequently_together",
    "rec_frequently_bought_together",
    "rec_log_impressions",
    "rec_log_impressions_batch",
    "rec_sync_medusa_catalog",
    "rec_sync_medusa_orders",
]


@pytest.mark.parametrize("name", FUNCTIONS)
def test_function_comment_names_every_parameter(conn: psycopg.Connection, name: str) -> None:
    rows = conn.execute(
        "select coalesce(obj_description(p.oid, 'pg_proc'), ''), "
        "coalesce(array(select n from unnest(p.proargnames, p.proargmodes) as a(n, m) where m is null or m in ('i', 'b')), '{}') "
        "from pg_proc p where p.proname = %s and p.pronamespace = 'public'::regnamespace",
        (name,),
    ).fetchall()
    assert len(rows) == 1, f"{name}: expected one function, found {len(rows)}"
    comment, inputs = rows[0]
    assert len(comment) > 80, f"{name} has no real comment"
    for parameter in inputs:
        assert parameter in comment, f"the comment of {name} does not mention {parameter}"


def test_view_is_documented(conn: psycopg.Connection) -> None:
    row = conn.execute("select obj_description('rec_analytics_daily'::regclass, 'pg_class')").fetchone()
    assert row is not None and row[0] and "ctr = clicks / impressions" in row[0]


def test_pair_metrics_view_is_documented(conn: psycopg.Connection) -> None:
    row = conn.execute(
        "select obj_description('rec_frequently_together_metrics'::regclass, 'pg_class')"
    ).fetchone()
    assert row is not None and row[0]
    for formula in ("support = n(a,b)/N", "confidence(a -> b) = n(a,b)/n(a)", "lift = n(a,b)*N/(n(a)*n(b))"):
        assert formula in row[0]
