"""The service keeps the fitted collaborative model current by itself: a refresh run from psql (the SQL
steps only) makes the model due, and one worker of a 2-worker `pgrec serve` fits it, once per refresh."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from service.models.refresh_fit import model_due
from tests.service.real_server import served
from tests.sql.helpers import add_product, empty_tables

PRODUCTS = [f"p{i:02}" for i in range(1, 9)]
FITTING = "fitting the collaborative model"


@pytest.fixture
def store(database_url: str) -> Iterator[psycopg.Connection]:
    with psycopg.connect(database_url, autocommit=True) as conn:
        empty_tables(conn)
        for product in PRODUCTS:
            add_product(conn, product)
        buy(conn, 12, 0)
        yield conn


def buy(conn: psycopg.Connection, users: int, first: int) -> None:
    """`users` customers from number `first` on, each buying three neighbouring products."""
    for user in range(first, first + users):
        items = [PRODUCTS[(user + step) % len(PRODUCTS)] for step in range(3)]
        conn.execute(
            "insert into rec_user_interactions (user_id, product_id, interaction_type) "
            "select %s, p, 'purchase' from unnest(%s::text[]) p",
            (f"u{user:03}", items),
        )


def wait_fitted(conn: psycopg.Connection, seconds: float = 90) -> None:
    deadline = time.monotonic() + seconds
    while model_due(conn) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not model_due(conn), "the service did not fit the due model"


def test_a_psql_refresh_is_followed_by_one_fit_among_the_workers(
    store: psycopg.Connection, database_url: str, redis_url: str, tmp_path: Path
) -> None:
    with served(database_url, redis_url, tmp_path, PGREC_WORKERS="2", PGREC_MODEL_CHECK_INTERVAL_MS="200"):
        log = tmp_path / "serve.log"
        store.execute("call rec_refresh()")  # psql: the SQL steps only
        wait_fitted(store)
        assert store.execute(
            "select count(*) from rec_product_similarities where method = 'ease'"
        ).fetchone()[0]
        time.sleep(1)  # every worker has checked again meanwhile: nothing is due
        assert log.read_text().count(FITTING) == 1, log.read_text()

        store.execute("call rec_refresh()")  # nothing new since the fit: nothing due, no second fit
        time.sleep(1)
        assert log.read_text().count(FITTING) == 1, log.read_text()

        buy(store, 12, 100)  # new customers, new co-purchases
        store.execute("call rec_refresh()")
        assert model_due(store)
        wait_fitted(store)
        time.sleep(1)
        assert log.read_text().count(FITTING) == 2, log.read_text()
