"""The evaluation baselines' affinity decays with the SQL function _rec_decay, not a copy of it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import psycopg
import pytest

from service.evaluation.training import read_training
from tests.sql.helpers import add_product, empty_tables

CUTOFF = datetime(2026, 6, 1, tzinfo=UTC)
AGES_DAYS = [0.001, 0.5, 1.0, 3.5, 14.0, 45.0, 90.0, 400.0, 3000.0]
HALF_LIVES = {"view": 0.25, "click": 3.5, "wishlist": 30.0, "add_to_cart": 90.0, "purchase": 365.0}


def test_affinity_is_weight_times_the_sql_decay_on_a_grid(
    database_url: str, conn: psycopg.Connection
) -> None:
    empty_tables(conn)
    add_product(conn, "p")
    for kind, days in HALF_LIVES.items():
        conn.execute(
            "update rec_interaction_types set half_life = make_interval(secs => %s) where interaction_type = %s",
            (days * 86400, kind),
        )
    for kind in HALF_LIVES:
        for age in AGES_DAYS:
            conn.execute(
                "insert into rec_user_interactions (user_id, product_id, interaction_type, created_at) "
                "values (%s, 'p', %s, %s)",
                (f"{kind}-{age}", kind, CUTOFF - timedelta(days=age)),
            )
    expected = dict(
        conn.execute(
            "select i.user_id, t.weight * _rec_decay(%s - i.created_at, t.half_life) "
            "from rec_events i join rec_interaction_types t using (interaction_type)",
            (CUTOFF,),
        ).fetchall()
    )
    weights = dict(conn.execute("select interaction_type, weight from rec_interaction_types").fetchall())

    data = read_training(database_url, CUTOFF)

    assert data.items == ["p"] and len(data.users) == len(HALF_LIVES) * len(AGES_DAYS)
    for kind, half_life in HALF_LIVES.items():
        for age in AGES_DAYS:
            got = data.affinity[data.user_index[f"{kind}-{age}"], 0]
            assert got == expected[f"{kind}-{age}"]  # the SQL function itself, to the bit
            assert got == pytest.approx(weights[kind] * 0.5 ** min(age / half_life, 1000), rel=1e-9)
