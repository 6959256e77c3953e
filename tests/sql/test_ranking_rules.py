"""Rules shared by the ranking functions, each defined once: score normalisation over a candidate set
(_rec_min_max_scaled, _rec_max_scaled) and the strongest anchors (_rec_strongest_anchors)."""

from __future__ import annotations

import psycopg
import pytest


@pytest.mark.parametrize(
    ("x", "lowest", "highest", "expected"),
    [
        (0.5, 0.2, 0.8, 0.5),
        (0.2, 0.2, 0.8, 0.0),
        (0.8, 0.2, 0.8, 1.0),
        (0.3, 0.3, 0.3, 1.0),
        (None, 0.2, 0.8, 0.0),
    ],
)
def test_min_max_scaled(conn: psycopg.Connection, x, lowest, highest, expected) -> None:
    got = conn.execute("select _rec_min_max_scaled(%s, %s, %s)", (x, lowest, highest)).fetchone()
    assert got is not None and got[0] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("x", "highest", "expected"),
    [(3.0, 4.0, 0.75), (4.0, 4.0, 1.0), (None, 4.0, 0.0), (2.0, 0.0, 0.0), (2.0, None, 0.0)],
)
def test_max_scaled(conn: psycopg.Connection, x, highest, expected) -> None:
    got = conn.execute("select _rec_max_scaled(%s::float8, %s::float8)", (x, highest)).fetchone()
    assert got is not None and got[0] == pytest.approx(expected)


def test_strongest_anchors_by_weight_then_id(conn: psycopg.Connection) -> None:
    rows = conn.execute(
        "select * from _rec_strongest_anchors(array['d', 'c', 'b', 'a', 'z'], array[1, 2, 2, 0.5, 0]::float8[], 3)"
    ).fetchall()
    assert rows == [("b", 2.0), ("c", 2.0), ("d", 1.0)]
    assert (
        len(
            conn.execute(
                "select * from _rec_strongest_anchors(%s, %s)", ([f"p{i}" for i in range(150)], [1.0] * 150)
            ).fetchall()
        )
        == 100
    )


def sources(conn: psycopg.Connection, pattern: str) -> list[str]:
    row = conn.execute(
        "select coalesce(array_agg(p.proname::text order by p.proname), '{}') from pg_proc p "
        "where p.pronamespace = 'public'::regnamespace and p.prosrc ~* %s",
        (pattern,),
    ).fetchone()
    assert row is not None
    return list(row[0])


def test_the_rankings_call_the_rules_instead_of_copying_them(conn: psycopg.Connection) -> None:
    assert sources(conn, r"nullif\(\s*max\(") == []  # collab / max, spelled out
    assert sources(conn, r"over \(\)\s*>\s*min\(") == []  # min-max, spelled out
    assert sources(conn, r"_rec_min_max_scaled\(") == ["_rec_rank", "rec_similar_products"]
    assert sources(conn, r"_rec_max_scaled\(") == ["_rec_rank", "rec_similar_products"]
    assert sources(conn, r"unnest\(\s*anchor_ids\s*,\s*anchor_weights\s*\)") == ["_rec_strongest_anchors"]
    assert sources(conn, r"_rec_strongest_anchors\(") == ["_rec_rank", "_rec_taste"]
