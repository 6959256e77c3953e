"""A refresh never holds what tracking needs: with a full refresh running on the demo data (the real
Online Retail subset), tracking from other connections (returning users, purchases with order ids)
never waits. Before the write path was append-only, every such call hit a 1 s lock_timeout."""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Iterator

import psycopg
import pytest
from psycopg.types.json import Jsonb

from tests.support.databases import temporary_database
from tests.support.postgres_source import TestPostgres
from tests.support.retail_data import RetailTemplate
from tests.support.upkeep import fold

LONGEST_WAIT_ALLOWED = 1.0


@pytest.fixture(scope="module")
def demo_url(pg_server: TestPostgres, retail_demo_template: RetailTemplate) -> Iterator[str]:
    with temporary_database(pg_server.url, "pgrec_refresh_tracking", retail_demo_template.name) as url:
        yield url


def returning_shoppers(url: str) -> tuple[list[str], list[str]]:
    with psycopg.connect(url) as conn:
        users = [
            r[0] for r in conn.execute("select user_id from rec_user_preferences order by user_id limit 200")
        ]
        products = [
            r[0] for r in conn.execute("select product_id from rec_product_popularity order by 1 limit 300")
        ]
    return users, products


def track_during(url: str, running: threading.Event, waits: list[float], seed: int) -> None:
    """Track single events and small orders for returning users until `running` clears."""
    users, products = returning_shoppers(url)
    rng = random.Random(seed)
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("set lock_timeout = '5s'")  # a wait shows as a long call, not as an error
        order = 0
        while running.is_set():
            user = rng.choice(users)
            started = time.monotonic()
            if order % 2:
                conn.execute("select rec_track_interaction(%s, %s, 'view')", (user, rng.choice(products)))
            else:
                basket = rng.sample(products, 3)
                events = [
                    {
                        "user_id": user,
                        "product_id": pid,
                        "interaction_type": "purchase",
                        "context": {"order_id": f"live-{seed}-{order}"},
                    }
                    for pid in basket
                ]
                conn.execute("select rec_track_interactions(%s)", (Jsonb(events),))
            waits.append(time.monotonic() - started)
            order += 1
            time.sleep(0.01)  # a shop's pace, not a load test: the queue stays foldable in seconds


def run_refresh_while_tracking(url: str, statement: str) -> tuple[float, list[float]]:
    running = threading.Event()
    running.set()
    waits: list[float] = []
    trackers = [threading.Thread(target=track_during, args=(url, running, waits, seed)) for seed in (1, 2)]
    for thread in trackers:
        thread.start()
    time.sleep(0.3)  # tracking is under way when the refresh starts
    started = time.monotonic()
    try:
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(statement).fetchall()
    finally:
        refresh_seconds = time.monotonic() - started
        running.clear()
        for thread in trackers:
            thread.join()
    return refresh_seconds, waits


@pytest.mark.parametrize("statement", ["select * from rec_refresh_all()", "call rec_refresh()"])
def test_tracking_never_waits_for_a_refresh(demo_url: str, statement: str) -> None:
    refresh_seconds, waits = run_refresh_while_tracking(demo_url, statement)
    print(
        f"{statement}: {refresh_seconds:.1f} s, {len(waits)} tracking calls meanwhile, "
        f"longest {max(waits) * 1000:.0f} ms"
    )
    assert len(waits) >= 20, "the refresh ended before tracking got going: nothing was measured"
    assert max(waits) < LONGEST_WAIT_ALLOWED
    with psycopg.connect(demo_url, autocommit=True) as conn:
        assert fold(conn) > 0  # what was tracked meanwhile is folded afterwards


def test_upkeep_keeps_folding_while_a_chunked_refresh_runs(demo_url: str) -> None:
    """CALL rec_refresh() commits per step and per chunk of users: a fold started meanwhile finishes
    long before the refresh does (rec_refresh_all() in one transaction would hold it to the end)."""
    with psycopg.connect(demo_url, autocommit=True) as conn:
        fold(conn)
        user = conn.execute("select user_id from rec_user_preferences order by user_id limit 1").fetchone()[0]
        product = conn.execute("select product_id from rec_product_popularity limit 1").fetchone()[0]
    done = threading.Event()
    refresh_seconds: list[float] = []

    def refresh() -> None:
        started = time.monotonic()
        with psycopg.connect(demo_url, autocommit=True) as conn:
            conn.execute("call rec_refresh()")
        refresh_seconds.append(time.monotonic() - started)
        done.set()

    thread = threading.Thread(target=refresh)
    thread.start()
    fold_seconds: list[float] = []
    try:
        with psycopg.connect(demo_url, autocommit=True) as conn:
            time.sleep(0.2)
            while not done.is_set():
                conn.execute("select rec_track_interaction(%s, %s, 'view')", (user, product))
                started = time.monotonic()
                fold(conn)
                fold_seconds.append(time.monotonic() - started)
                time.sleep(0.1)
    finally:
        thread.join()
    print(
        f"refresh {refresh_seconds[0]:.1f} s; {len(fold_seconds)} folds meanwhile, longest {max(fold_seconds):.2f} s"
    )
    assert len(fold_seconds) >= 3
    assert max(fold_seconds) < refresh_seconds[0] / 2
