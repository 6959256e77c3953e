"""`pgrec fit-ease` writes EASE neighbours that rec_personalized serves with pgrec.collab_method = 'ease'."""

from __future__ import annotations

import psycopg
import pytest

from service.cli.main import main

BASKETS = {
    "u1": ["bread", "butter", "jam"],
    "u2": ["bread", "butter"],
    "u3": ["bread", "butter", "jam"],
    "u4": ["nails", "hammer"],
    "u5": ["nails", "hammer"],
    "u6": ["bread"],
}


@pytest.fixture
def store(conn: psycopg.Connection, monkeypatch: pytest.MonkeyPatch, database_url: str) -> psycopg.Connection:
    products = sorted({item for items in BASKETS.values() for item in items})
    conn.execute(
        "insert into rec_products (id, title) select p, initcap(p) from unnest(%s::text[]) p", (products,)
    )
    for user, items in BASKETS.items():
        conn.execute(
            "insert into rec_user_interactions (user_id, product_id, interaction_type) "
            "select %s, p, 'purchase' from unnest(%s::text[]) p",
            (user, items),
        )
    monkeypatch.setenv("PGREC_DATABASE_URL", database_url)
    monkeypatch.setenv("PGREC_REDIS_URL", "none")
    return conn


def test_fit_ease_writes_neighbours_served_by_rec_personalized(
    store: psycopg.Connection, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["fit-ease", "--lambda", "1", "--neighbours", "2"]) == 0
    assert "neighbour rows (method ease)" in capsys.readouterr().out
    rows = store.execute(
        "select similar_product_id from rec_product_similarities where method = 'ease' and product_id = 'bread' "
        "order by rank"
    ).fetchall()
    assert [row[0] for row in rows] == ["butter", "jam"]

    store.execute("set pgrec.collab_method = 'ease'")
    served = store.execute(
        "select product_id, reason->>'rule' from rec_personalized('u6', 2, 0, 1)"
    ).fetchall()
    assert served[0] == ("butter", "collaborative")
    # A second fit replaces the rows instead of adding to them.
    assert main(["fit-ease", "--lambda", "1", "--neighbours", "1"]) == 0
    (count,) = store.execute(
        "select count(*) from rec_product_similarities where method = 'ease' and product_id = 'bread'"
    ).fetchone()
    assert count == 1


def test_fit_ease_refuses_bad_arguments(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["fit-ease", "--neighbours", "0"]) == 1
    assert "--neighbours must be between 1 and 200" in capsys.readouterr().err
