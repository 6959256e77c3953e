"""The fitted collaborative model: the refresh a user runs fits it and serving reads it by default; past
max_ease_items the products most users touched get EASE and the others their co_interaction neighbours."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import UTC, datetime

import numpy as np
import psycopg
import pytest

from service.cli.main import main
from service.cli.refresh_cmd import refresh
from service.models.collab_fit import FitOptions, fit_collab_model
from service.models.ease import ease
from service.models.events import read_events
from service.models.neighbours import top_neighbours
from service.models.refresh_fit import model_due
from tests.sql.helpers import add_product, empty_tables

# Users per group and what each bought: groups of falling size, so the products of the first groups are
# the ones most users touched (the head) and the last groups' the tail.
GROUPS = [
    (10, ["p01", "p02", "p03"]),
    (8, ["p04", "p05", "p01"]),
    (6, ["p06", "p07"]),
    (4, ["p08", "p09", "p06"]),
    (3, ["p10", "p11"]),
]
HEAD = 5  # products EASE is fitted on: those with the most users


@pytest.fixture
def store(conn: psycopg.Connection, monkeypatch: pytest.MonkeyPatch, database_url: str) -> psycopg.Connection:
    empty_tables(conn)
    products = sorted({p for _, items in GROUPS for p in items})
    for product in products:
        add_product(conn, product)
    user = 0
    for size, items in GROUPS:
        for _ in range(size):
            user += 1
            # a view of one product of the next group: the models see more than disjoint blocks
            extra = products[(products.index(items[0]) + 3) % len(products)]
            conn.execute(
                "insert into rec_user_interactions (user_id, product_id, interaction_type) "
                "select %s, p, 'purchase' from unnest(%s::text[]) p union all select %s, %s, 'view'",
                (f"u{user:02}", items, f"u{user:02}", extra if user % 2 else items[0]),
            )
    monkeypatch.setenv("PGREC_DATABASE_URL", database_url)
    monkeypatch.setenv("PGREC_REDIS_URL", "none")
    return conn


def neighbours(conn: psycopg.Connection, method: str) -> dict[str, list[tuple[str, float]]]:
    found: dict[str, list[tuple[str, float]]] = {}
    for product, neighbour, score in conn.execute(
        "select product_id, similar_product_id, score from rec_product_similarities where method = %s "
        "order by product_id, rank",
        (method,),
    ):
        found.setdefault(product, []).append((neighbour, score))
    return found


def personal(conn: psycopg.Connection, user: str) -> list[tuple[str, float]]:
    """(product, collab score) of the user's list, scores to 6 digits (the decay moves with now())."""
    return [
        (row[0], float(f"{row[1]:.6g}"))
        for row in conn.execute("select product_id, collab_score from rec_personalized(%s, 6)", (user,))
    ]


def test_pgrec_refresh_fits_the_model_and_serving_reads_it_by_default(
    store: psycopg.Connection, capsys: pytest.CaptureFixture[str]
) -> None:
    assert store.execute("select _rec_collab_method()").fetchone() == ("co_interaction",)
    assert main(["refresh"]) == 0
    printed = capsys.readouterr().out
    assert "similarities" in printed and "\n  ease " in printed  # the fit is a step like the others
    ease_rows = neighbours(store, "ease")
    with_events = {row[0] for row in store.execute("select distinct product_id from rec_events")}
    assert set(ease_rows) == with_events  # every product with events has neighbours (all fit: small catalog)
    assert store.execute("select _rec_collab_method()").fetchone() == ("ease",)
    served = personal(store, "u01")
    store.execute("set pgrec.collab_method = 'ease'")
    assert personal(store, "u01") == served
    # co_interaction stays selectable, and then serves other scores
    store.execute("set pgrec.collab_method = 'co_interaction'")
    assert store.execute("select _rec_collab_method()").fetchone() == ("co_interaction",)
    assert personal(store, "u01") != served
    store.execute("reset pgrec.collab_method")
    # the store-wide setting too
    store.execute("select rec_set_setting('collab_method', 'co_interaction')")
    assert store.execute("select _rec_collab_method()").fetchone() == ("co_interaction",)
    store.execute("select rec_reset_setting('collab_method')")


def test_the_demo_refresh_fits_it_and_a_second_fit_changes_nothing(
    store: psycopg.Connection, database_url: str
) -> None:
    steps = refresh(database_url)  # what `pgrec demo` runs on its first start
    assert [step for step, _, _ in steps][-1] == "ease"
    assert steps[-1][1] and steps[-1][1] > 0
    assert neighbours(store, "ease")
    again = fit_collab_model(database_url)
    assert again.changed == 0 and again.rows > 0


def test_head_gets_ease_and_tail_gets_scaled_co_interaction(
    store: psycopg.Connection, database_url: str
) -> None:
    store.execute("call rec_refresh()")
    options = FitOptions(regularisation=2.0, neighbours=4, max_ease_items=HEAD)
    result = fit_collab_model(database_url, options)
    events = read_events(database_url, datetime.now(UTC))
    assert (result.ease_items, result.tail_items) == (HEAD, len(events.items) - HEAD)
    head = sorted(
        row[0]
        for row in store.execute(
            "select product_id from rec_events group by 1 order by count(distinct user_id) desc, 1 limit %s",
            (HEAD,),
        )
    )
    stored = neighbours(store, "ease")

    # head: EASE fitted on the head columns alone (the recency-weighted matrix, dense float64 reference), its
    # top neighbours among them
    columns = [events.items.index(p) for p in head]
    matrix = events.recency_matrix(np.array(columns)).toarray().astype(np.float64)
    expected = top_neighbours(ease(matrix, 2.0), head, 4)
    for product in head:
        want = [(n, s) for p, n, s, _ in expected if p == product]
        got = stored.get(product, [])
        assert [n for n, _ in got] == [n for n, _ in want]
        assert [s for _, s in got] == pytest.approx([s for _, s in want], rel=1e-4)

    # tail: co_interaction's neighbours in its order, every score times one common positive factor
    co = neighbours(store, "co_interaction")
    tail = [p for p in stored if p not in head]
    assert tail and set(tail) == {p for p in co if p not in head}
    ratios = []
    for product in tail:
        assert [n for n, _ in stored[product]] == [n for n, _ in co[product][:4]]
        ratios += [s / c for (_, s), (_, c) in zip(stored[product], co[product], strict=False)]
    assert min(ratios) > 0 and max(ratios) == pytest.approx(min(ratios), rel=1e-9)
    # the factor: median top EASE weight over median top co_interaction score, both over the head
    top_ease = np.median([stored[p][0][1] for p in head if p in stored])
    top_co = np.median([co[p][0][1] for p in head if p in co])
    assert ratios[0] == pytest.approx(top_ease / top_co, rel=1e-6)


def test_a_refresh_from_psql_makes_the_model_due_for_the_worker(
    store: psycopg.Connection, database_url: str
) -> None:
    assert model_due(store)  # events and no fit yet
    fit_collab_model(database_url)
    assert not model_due(store)
    store.execute("call rec_refresh()")  # co_interaction written: changed since the fit began
    assert model_due(store)
    fit_collab_model(database_url)
    assert not model_due(store)
    store.execute("call rec_refresh()")  # nothing new: nothing changed, nothing due
    assert not model_due(store)


def test_no_events_fits_nothing_and_serving_stays_on_co_interaction(
    conn: psycopg.Connection, database_url: str
) -> None:
    empty_tables(conn)
    add_product(conn, "lonely")
    result = fit_collab_model(database_url)
    assert (result.rows, result.items) == (0, 0)
    assert conn.execute("select _rec_collab_method()").fetchone() == ("co_interaction",)


def test_upkeep_watch_refits_after_a_refresh_from_psql(store: psycopg.Connection, database_url: str) -> None:
    store.execute("call rec_refresh()")  # psql: the SQL parts only
    assert not neighbours(store, "ease") and model_due(store)
    env = {**os.environ, "PGREC_DATABASE_URL": database_url, "PGREC_REDIS_URL": "none"}
    worker = subprocess.Popen(
        [sys.executable, "-m", "service.cli.main", "upkeep", "--watch", "--interval", "0.2"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deadline = time.monotonic() + 120
        while model_due(store) and time.monotonic() < deadline:
            time.sleep(0.5)
    finally:
        worker.terminate()
        output, _ = worker.communicate(timeout=30)
    assert not model_due(store), output
    assert "fitting the collaborative model" in output
    assert neighbours(store, "ease")
    assert store.execute("select _rec_collab_method()").fetchone() == ("ease",)
