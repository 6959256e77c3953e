"""Two `pgrec serve` instances on one database and one cache, as behind a load balancer: an event tracked
through one is in the next list the other serves (never its cached list from before), and a refresh or a
catalog change made in psql reaches both within a second. An instance stopped with SIGTERM keeps every
impression it answered."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import psycopg
import pytest

from tests.service.real_server import served

USER = "shopper-3"
TURNOVER_SECONDS = 1.0


@pytest.fixture(scope="module")
def instances(
    database_url: str, redis_url: str, catalog: list[str], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[str, str]]:
    with contextlib.ExitStack() as stack:
        a, b = (
            stack.enter_context(
                served(database_url, redis_url, Path(tmp_path_factory.mktemp(name)), PGREC_WORKERS="2")
            )
            for name in ("instance-a", "instance-b")
        )
        yield a, b


def get(base: str, path: str, **params: str) -> httpx.Response:
    response = httpx.get(f"{base}{path}", params=params, timeout=10)
    assert response.status_code == 200, response.text
    return response


def cached(base: str, path: str, **params: str) -> httpx.Response:
    """Read until an answer comes from Redis (the first read of each worker may store it)."""
    for _ in range(10):
        response = get(base, path, **params)
        if response.headers["x-pgrec-cache"] == "redis":
            return response
    raise AssertionError(f"{base}{path} never answered from Redis")


def test_an_event_through_one_instance_is_in_the_next_list_of_the_other(instances: tuple[str, str]) -> None:
    a, b = instances
    before = cached(b, "/recommendations", user_id=USER).json()["recommendations"]
    viewed = before[0]["id"]
    tracked = httpx.post(
        f"{a}/track", json={"user_id": USER, "product_id": viewed, "interaction_type": "view"}, timeout=10
    )
    assert tracked.status_code == 202, tracked.text
    for _ in range(4):  # whichever of b's workers answers: none serves the list from before the event
        after = get(b, "/recommendations", user_id=USER)
        assert viewed not in [item["id"] for item in after.json()["recommendations"]]


def test_a_catalog_change_from_psql_reaches_both_instances_within_a_second(
    instances: tuple[str, str], database_url: str
) -> None:
    # Both caches hold the list; the product leaves the catalog in psql (as a sync or a refresh would
    # change what lists read): neither instance may serve it a second later. The cache is shared, so
    # content, not the cache header, is what shows the change arrived.
    lists = {base: cached(base, "/products/mugs-0/similar").json()["recommendations"] for base in instances}
    dropped = lists[instances[0]][0]["id"]
    assert all(dropped in [item["id"] for item in items] for items in lists.values())
    with psycopg.connect(database_url, autocommit=True) as conn:
        conn.execute("update rec_products set is_active = false where id = %s", (dropped,))
    changed = time.monotonic()
    try:
        for base in instances:
            while dropped in [
                item["id"] for item in get(base, "/products/mugs-0/similar").json()["recommendations"]
            ]:
                assert time.monotonic() - changed < TURNOVER_SECONDS, f"{base} still serves {dropped}"
                time.sleep(0.02)
            for _ in range(4):  # every worker of the instance
                items = get(base, "/products/mugs-0/similar").json()["recommendations"]
                assert dropped not in [item["id"] for item in items]
    finally:
        with psycopg.connect(database_url, autocommit=True) as conn:
            conn.execute("update rec_products set is_active = true where id = %s", (dropped,))


def test_an_instance_stopped_with_sigterm_keeps_every_impression_it_answered(
    database_url: str, redis_url: str, catalog: list[str], tmp_path: Path
) -> None:
    # The impression writer waits up to 0.2 s to batch; SIGTERM comes right after the last answer, so
    # the lists still queued are stored only if each worker writes them out while it stops.
    with served(database_url, redis_url, tmp_path, PGREC_WORKERS="2") as base, ThreadPoolExecutor(8) as pool:
        answers = list(
            pool.map(lambda n: get(base, "/recommendations", user_id=f"shopper-{n % 6}").json(), range(80))
        )
    request_ids = [answer["request_id"] for answer in answers if answer["recommendations"]]
    assert len(request_ids) == 80
    with psycopg.connect(database_url) as conn:
        row = conn.execute(
            "select count(*) from rec_analytics where request_id = any(%s::uuid[])", (request_ids,)
        ).fetchone()
    assert row is not None and row[0] == len(request_ids)


def test_a_refresh_from_psql_reaches_both_instances_within_a_second(
    instances: tuple[str, str], database_url: str
) -> None:
    # Shoppers start viewing a product together with mugs-0; only a refresh recomputes the
    # co_interaction neighbours, so the cached lists of both instances lack it until the refresh.
    path = "/products/mugs-0/similar"
    before = {base: cached(base, path, method="co_interaction").json() for base in instances}
    shown = {item["id"] for body in before.values() for item in body["recommendations"]}
    newcomer = next(f"bags-{n}" for n in range(10) if f"bags-{n}" not in shown)
    events = [
        {"user_id": f"pair-{n}", "product_id": product, "interaction_type": "purchase"}
        for n in range(12)
        for product in ("mugs-0", newcomer)
    ]
    tracked = httpx.post(f"{instances[0]}/track/batch", json={"events": events}, timeout=10)
    assert tracked.status_code == 202, tracked.text
    with psycopg.connect(database_url, autocommit=True) as conn:
        # upkeep moves them out of the inbox and folds them
        while conn.execute(
            "select exists (select from rec_event_inbox) or exists (select from rec_event_queue)"
        ).fetchone()[0]:
            time.sleep(0.05)
        for base in instances:  # folded, not refreshed: the neighbours are still the old ones
            items = get(base, path, method="co_interaction").json()["recommendations"]
            assert newcomer not in [item["id"] for item in items]
        conn.execute("call rec_refresh()")
    refreshed = time.monotonic()
    for base in instances:
        while newcomer not in [
            item["id"] for item in get(base, path, method="co_interaction").json()["recommendations"]
        ]:
            assert time.monotonic() - refreshed < TURNOVER_SECONDS, (
                f"{base} still serves the list from before"
            )
            time.sleep(0.02)
