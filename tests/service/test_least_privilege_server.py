"""`pgrec serve` as a pgrec_service login (PGREC_DATABASE_URL) with the owner's URL for admin work
(PGREC_ADMIN_DATABASE_URL): requests run as the login, which may only read, track and keep the service's lists;
refresh, upkeep and catalog writes run as the owner."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest

from tests.cli import pgrec_env
from tests.service.real_server import first_health, http, start, stop
from tests.support.free_port import free_port
from tests.support.postgres_source import TestPostgres
from tests.support.roles import as_login, login_role


@pytest.fixture(scope="module")
def login(pg_server: TestPostgres) -> Iterator[str]:
    with login_role(pg_server.url, "pgrec_service", prefix="pgrec_test_service") as (user, password):
        yield f"{user}:{password}"


@pytest.fixture(scope="module")
def server(
    database_url: str,
    redis_url: str,
    catalog: list[str],
    login: str,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[str]:
    tmp_path = tmp_path_factory.mktemp("serve")
    port = free_port()
    user, _, password = login.partition(":")
    env = pgrec_env(
        PGREC_DATABASE_URL=as_login(database_url, user, password),
        PGREC_ADMIN_DATABASE_URL=database_url,
        PGREC_REDIS_URL=redis_url,
        PGREC_DATA_DIR=str(tmp_path / "data"),
        PGREC_UPKEEP_INTERVAL_MS="100",
    )
    log_path = tmp_path / "serve.log"
    process = start(["serve", "--single-process", "--port", str(port)], env, log_path)
    base = f"http://127.0.0.1:{port}"
    try:
        first_health(process, base, log_path)
        yield base
    finally:
        stop(process)


def wait_for(check: Any, seconds: float = 20) -> Any:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"not within {seconds} s")


def test_every_request_path_runs_as_the_login(server: str, login: str, conn: psycopg.Connection) -> None:
    """Each kind of read and write the service makes, through the functions and tables 990 grants it; the
    impressions and the stored lists (written in the background, failures only logged) land too."""
    status, body = http(
        "POST",
        f"{server}/track/batch",
        {
            "events": [
                {
                    "user_id": "p-user",
                    "session_id": "p-session",
                    "product_id": "bags-3",
                    "interaction_type": "view",
                }
            ]
        },
    )
    assert status == 202, body
    for path in (
        "/recommendations?user_id=buyer-0&limit=5",
        "/recommendations?session_id=p-session&limit=5",
        "/recommendations/buy-again?user_id=buyer-0&limit=5",
        "/products/lights-0/similar?limit=3",
        "/products/lights-0/frequently-bought-together?limit=3",
        "/trending?limit=3",
        "/analytics/summary",
    ):
        status, body = http("GET", server + path)
        assert status == 200, (path, body)
    for path in ("/", "/demo/customers"):  # the demo's routes: `pgrec demo` only
        status, body = http("GET", server + path)
        assert status == 404, (path, body)
    status, body = http("POST", f"{server}/cart/recommendations", {"product_ids": ["lights-0"], "limit": 3})
    assert status == 200, body
    status, body = http(
        "POST", f"{server}/track", {"user_id": "p-user", "product_id": "bags-3", "interaction_type": "view"}
    )
    assert status == 202, body
    wait_for(lambda: conn.execute("select count(*) from rec_analytics").fetchone()[0] >= 6)
    wait_for(lambda: conn.execute("select count(*) from rec_recommendations_cache").fetchone()[0] >= 6)
    users = {
        row[0]
        for row in conn.execute(
            "select usename from pg_stat_activity where datname = current_database() and application_name = 'pgrec-service'"
        )
    }
    assert users == {login.partition(":")[0]}


def test_upkeep_folds_as_the_owner(server: str, conn: psycopg.Connection) -> None:
    status, _ = http(
        "POST",
        f"{server}/track",
        {"user_id": "fold-user", "product_id": "mugs-5", "interaction_type": "purchase"},
    )
    assert status == 202
    wait_for(
        lambda: conn.execute(
            "select exists (select from rec_user_preferences where user_id = 'fold-user')"
        ).fetchone()[0]
    )
    assert conn.execute(
        "select (select count(*) from rec_event_inbox) + (select count(*) from rec_event_queue)"
    ).fetchone() == (0,)


def test_refresh_and_catalog_writes_run_as_the_owner(server: str, conn: psycopg.Connection) -> None:
    status, job = http("POST", f"{server}/admin/refresh")
    assert status == 202, job

    def finished() -> Any:
        _, polled = http("GET", server + job["poll"])
        return polled if polled["status"] != "running" else None

    done = wait_for(finished, seconds=60)
    assert done["status"] == "done", done
    status, body = http("PUT", f"{server}/products", {"products": [{"id": "new-1", "title": "A new lamp"}]})
    assert (status, body["inserted"]) == (200, 1)
    status, body = http("DELETE", f"{server}/products/new-1")
    assert status == 200, body
    assert conn.execute("select is_active from rec_products where id = 'new-1'").fetchone() == (False,)
