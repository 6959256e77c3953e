"""`pgrec serve` as a real server process against the real database and Redis, over HTTP."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlsplit

import psycopg
import pytest

from tests.cli import pgrec_env
from tests.service.real_server import first_health, http, http_text, start, stop
from tests.support.free_port import free_port
from tests.support.metrics import sample
from tests.support.upkeep import fold


@pytest.fixture(scope="module")
def server(
    database_url: str, redis_url: str, catalog: list[str], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """One `pgrec serve` for the module's tests (each start costs seconds): the tests read counters
    as differences, never as totals."""
    tmp_path = tmp_path_factory.mktemp("serve")
    port = free_port()
    env = pgrec_env(
        PGREC_DATABASE_URL=database_url, PGREC_REDIS_URL=redis_url, PGREC_DATA_DIR=str(tmp_path / "data")
    )
    log_path = tmp_path / "serve.log"
    process = start(["serve", "--single-process", "--port", str(port)], env, log_path)
    base = f"http://127.0.0.1:{port}"
    try:
        first_health(process, base, log_path)
        yield base
    finally:
        stop(process)
    assert process.returncode is not None


def test_real_server_over_http(server: str) -> None:
    status, health = http("GET", f"{server}/health")
    assert status == 200 and health["service"] == "recommendation" and health["database"]["status"] == "up"

    path = f"{server}/recommendations?user_id=http-user&limit=5"
    status, first = http("GET", path)
    assert status == 200 and first["cached"] is False and first["recommendations"]
    _, second = http("GET", path)
    assert second["cached"] is True

    status, tracked = http(
        "POST",
        f"{server}/track",
        {"user_id": "http-user", "product_id": "bags-4", "interaction_type": "view"},
    )
    assert status == 202 and isinstance(tracked["id"], int)
    _, third = http("GET", path)
    assert third["cached"] is False

    status, error = http("GET", f"{server}/recommendations?user_id=x&limit=1000")
    assert status == 400 and error["error"]["field"] == "limit"
    status, error = http("POST", f"{server}/track", "x" * (1024 * 1024 + 10))
    assert status == 413 and error["error"]["code"]


def test_serve_rejects_bad_options() -> None:
    from tests.cli import run_pgrec

    result = run_pgrec(
        "serve", "--workers", "0", env=pgrec_env(PGREC_DATABASE_URL="postgresql://nobody@127.0.0.1:1/x")
    )
    assert result.returncode == 2
    assert "--workers" in result.stderr and "Traceback" not in result.stderr


def test_concurrent_batches_on_the_same_rows_all_land(
    server: str, database_url: str, catalog: list[str]
) -> None:
    # Every batch is folded into the same products' popularity and the same users' preferences (by
    # the server's upkeep, or the fold below): none is lost, fails or counts twice.
    products = catalog[:6]
    events = [
        {"user_id": f"crowd-{i % 4}", "product_id": products[i % len(products)], "interaction_type": "view"}
        for i in range(24)
    ]
    query = "select coalesce(sum(events), 0) from rec_product_popularity where product_id = any(%s)"
    with psycopg.connect(database_url, autocommit=True) as conn:
        fold(conn)  # events of earlier tests, so that `before` counts them
        before = conn.execute(query, (products,)).fetchone()[0]
    with ThreadPoolExecutor(12) as pool:
        answers = list(
            pool.map(
                lambda _: http("POST", f"{server}/track/batch", {"events": events}, timeout=60), range(12)
            )
        )
    assert [status for status, _ in answers] == [202] * 12, answers
    assert all(body["count"] == len(events) for _, body in answers)
    with psycopg.connect(database_url, autocommit=True) as conn:
        fold(conn)  # what the server's upkeep has not folded yet
        after = conn.execute(query, (products,)).fetchone()[0]
        stored = conn.execute("select count(*) from rec_events where user_id like 'crowd-%'").fetchone()[0]
    assert after - before == 12 * len(events)
    assert stored == 12 * len(events)


# The service's backends waiting on a lock (the test holds one on rec_products).
WAITING_ON_A_LOCK = (
    "select count(*) from pg_stat_activity"
    " where application_name = 'pgrec-service' and wait_event_type = 'Lock'"
    " and datname = current_database()"
)


def abandoned_requests(server: str) -> tuple[int, str]:
    """The server's count of abandoned GET /recommendations, and the /metrics text it came from."""
    text = http_text(f"{server}/metrics")
    found = sample(text, "pgrec_http_requests_abandoned_total", route="/recommendations", method="GET")
    return int(found or 0), text


def wait_for_abandoned(server: str, count: int) -> str:
    deadline = time.monotonic() + 10
    while (seen := abandoned_requests(server))[0] < count:
        assert time.monotonic() < deadline, seen[1]
        time.sleep(0.1)
    return seen[1]


def test_metrics_do_not_count_an_abandoned_request(server: str, database_url: str) -> None:
    # A client that gives up while its request waits (here on a table lock) gets nothing: before,
    # Sanic's cancelled handler showed in /metrics as a 500 that no client ever received.
    address = urlsplit(server)
    before, _ = abandoned_requests(server)
    with psycopg.connect(database_url) as locker, psycopg.connect(database_url, autocommit=True) as watch:
        locker.execute("lock table rec_products in access exclusive mode")
        with socket.create_connection((address.hostname, address.port), timeout=10) as client:
            client.sendall(b"GET /recommendations?user_id=gone-1 HTTP/1.1\r\nHost: test\r\n\r\n")
            deadline = time.monotonic() + 20
            while watch.execute(WAITING_ON_A_LOCK).fetchone()[0] == 0:
                assert time.monotonic() < deadline, "the request never reached the database"
                time.sleep(0.05)
        # The client is gone while the handler still waits on the lock: the server counts the request
        # as abandoned before the lock is released (no fixed pause that may or may not be long enough).
        text = wait_for_abandoned(server, before + 1)
        locker.rollback()
    assert 'route="/recommendations",method="GET",status="500"' not in text, text
    status, body = http("GET", f"{server}/recommendations?user_id=gone-1")
    assert status == 200 and body["recommendations"]
    count, text = abandoned_requests(server)  # and still no 500 once the lock is gone
    assert count == before + 1 and 'route="/recommendations",method="GET",status="500"' not in text, text


def test_requests_abandoned_while_waiting_for_a_connection_leak_none(server: str, database_url: str) -> None:
    # 25 clients give up while their requests wait: 10 hold the pool's connections (waiting on a table
    # lock), 15 wait for one. Before, each of the 15 got its connection after the client had gone and
    # kept it, so the pool stayed empty: every later request waited out the pool's 5 s time-out.
    address = urlsplit(server)
    before, _ = abandoned_requests(server)
    with psycopg.connect(database_url) as locker, psycopg.connect(database_url, autocommit=True) as watch:
        locker.execute("lock table rec_products in access exclusive mode")
        clients = [socket.create_connection((address.hostname, address.port), timeout=10) for _ in range(25)]
        for n, client in enumerate(clients):
            client.sendall(f"GET /recommendations?user_id=left-{n} HTTP/1.1\r\nHost: test\r\n\r\n".encode())
        deadline = time.monotonic() + 20
        while watch.execute(WAITING_ON_A_LOCK).fetchone()[0] < 10:
            assert time.monotonic() < deadline, "the requests never took the pool's connections"
            time.sleep(0.05)
        for client in clients:
            client.close()
        wait_for_abandoned(server, before + 25)
        locker.rollback()
    began = time.monotonic()
    for n in range(12):  # more than the pool holds: each must get a connection back
        status, body = http("GET", f"{server}/recommendations?user_id=after-{n}&exclude=x-{n}", timeout=20)
        assert status == 200, body
    assert time.monotonic() - began < 3.0, f"12 requests took {time.monotonic() - began:.1f} s"


def test_the_upkeep_loop_moves_the_inbox_and_keeps_it_vacuumed(
    server: str, database_url: str, catalog: list[str]
) -> None:
    # Tracking appends to the inbox; the server's upkeep moves it into the log within a second or two
    # and vacuums it every 5 s, so the inbox every read of a user's recent events scans stays small.
    vacuums = "select vacuum_count from pg_stat_user_tables where relname = 'rec_event_inbox'"
    events = [
        {"user_id": f"inbox-{i}", "product_id": catalog[i % 5], "interaction_type": "view"} for i in range(50)
    ]
    with psycopg.connect(database_url, autocommit=True) as conn:
        before = conn.execute(vacuums).fetchone()[0]
        status, body = http("POST", f"{server}/track/batch", {"events": events})
        assert status == 202, body
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            moved = conn.execute(
                "select not exists (select from rec_event_inbox where user_id like 'inbox-%')"
            ).fetchone()[0]
            if moved and conn.execute(vacuums).fetchone()[0] > before:
                break
            time.sleep(0.2)
        logged = conn.execute(
            "select count(*) from rec_user_interactions where user_id like 'inbox-%'"
        ).fetchone()
        assert logged == (50,)
        assert conn.execute(vacuums).fetchone()[0] > before, "the upkeep loop did not vacuum the inbox"
