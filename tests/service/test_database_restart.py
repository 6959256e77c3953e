"""PostgreSQL stopped and started again under load, with `pgrec serve --workers 2`: while it is down
every request answers 503 at once (never 500, never the pool's 5 s time-out); within a second of it
accepting connections again everything answers 200; no impression list is dropped; the workers listen
for changes to lists again, so a change made in psql turns over what they cache."""

from __future__ import annotations

import shutil
import tempfile
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import psycopg
import pytest
from pgvector.psycopg import register_vector

from service.core.migrate import migrate
from service.local.postgres import LocalPostgres
from service.local.valkey import LocalRedis
from tests.cli import pgrec_env
from tests.service.catalog import seed_catalog, seed_history
from tests.service.real_server import first_health, http, start, stop
from tests.support.free_port import free_port

DOWN_SECONDS = 3.0


@pytest.fixture
def own_postgres() -> Iterator[LocalPostgres]:
    """A PostgreSQL of this test's own (stopping the session's server would break other tests)."""
    data_dir = Path(tempfile.mkdtemp(prefix="pgrec-restart-", dir="/tmp"))
    server = LocalPostgres(data_dir, free_port())
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(data_dir, ignore_errors=True)


def accepting(url: str) -> bool:
    try:
        with psycopg.connect(url, connect_timeout=1) as conn:
            conn.execute("select 1")
        return True
    except psycopg.Error:
        return False


class Load:
    """Threads that keep reading lists and tracking events, recording (start, seconds, status)."""

    def __init__(self, base: str, threads: int = 4) -> None:
        self.base = base
        self.results: list[tuple[float, float, int, str]] = []
        self._stop = threading.Event()
        self._threads = [threading.Thread(target=self._run, args=(n,), daemon=True) for n in range(threads)]

    def _run(self, number: int) -> None:
        count = 0
        while not self._stop.is_set():
            count += 1
            if count % 2:
                route, method, body = f"/recommendations?user_id=load-{number}-{count}&limit=3", "GET", None
            else:
                route, method = "/track", "POST"
                body = {"user_id": f"load-{number}", "product_id": "bags-4", "interaction_type": "view"}
            began = time.monotonic()
            try:
                status, _ = http(method, self.base + route, body, timeout=15)
            except OSError:
                status = -1
            self.results.append((began, time.monotonic() - began, status, route.split("?")[0]))

    def __enter__(self) -> Load:
        for thread in self._threads:
            thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(30)


def timeline_by_second(
    results: list[tuple[float, float, int, str]], stopped_at: float, back_at: float
) -> str:
    """Statuses per second of start, relative to the stop, for failure messages."""
    counts: dict[tuple[int, int], int] = {}
    for began, _, status, _ in results:
        key = (int(began - stopped_at + 100) - 100, status)
        counts[key] = counts.get(key, 0) + 1
    cells = ", ".join(f"{second:+d}s {status}: {count}" for (second, status), count in sorted(counts.items()))
    return f"back at +{back_at - stopped_at:.1f}s; {cells}"


@pytest.fixture
def own_redis(tmp_path: Path) -> Iterator[LocalRedis]:
    server = LocalRedis(tmp_path / "valkey-data", free_port())
    server.ensure_running()
    try:
        yield server
    finally:
        server.stop()


RENAMED = "RENAMED AFTER THE RESTART"


def rename_a_cached_product(base: str, url: str) -> tuple[str, list[tuple[int, dict]]]:
    """Cache a list on both workers, rename its first product from psql, wait a second, read it again
    (40 reads, both workers answer): (the renamed product, the answers after)."""
    path = f"{base}/products/lights-0/similar?limit=5"
    with ThreadPoolExecutor(8) as pool:
        warm = list(pool.map(lambda _: http("GET", path), range(40)))
        assert {status for status, _ in warm} == {200}, warm[:3]
        assert sum(body["cached"] for _, body in warm) >= 30, [body["cached"] for _, body in warm]
        renamed = warm[-1][1]["recommendations"][0]["id"]
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("update rec_products set title = %s where id = %s", (RENAMED, renamed))
        time.sleep(1.0)
        return renamed, list(pool.map(lambda _: http("GET", path), range(40)))


def test_postgres_restart_under_load(
    own_postgres: LocalPostgres, own_redis: LocalRedis, tmp_path: Path
) -> None:
    url = own_postgres.ensure_running()
    migrate(url)
    with psycopg.connect(url, autocommit=True) as conn:
        register_vector(conn)
        seed_catalog(conn)
        seed_history(conn)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = pgrec_env(
        PGREC_DATABASE_URL=url, PGREC_REDIS_URL=own_redis.url(), PGREC_DATA_DIR=str(tmp_path / "data")
    )
    log = tmp_path / "serve.log"
    process = start(["serve", "--workers", "2", "--port", str(port)], env, log)
    try:
        first_health(process, base, log, seconds=120)
        with Load(base) as load:
            time.sleep(1.5)
            stopped_at = time.monotonic()
            own_postgres.stop()
            time.sleep(DOWN_SECONDS)
            own_postgres.ensure_running()
            while not accepting(url):
                time.sleep(0.05)
            back_at = time.monotonic()
            time.sleep(3.0)
        status, health = http("GET", f"{base}/health")
        renamed, after_change = rename_a_cached_product(base, url)
    finally:
        stop(process)

    results = load.results
    timeline = timeline_by_second(results, stopped_at, back_at)
    statuses = sorted({status for _, _, status, _ in results})
    assert 500 not in statuses and -1 not in statuses, (statuses, timeline, log.read_text()[-3000:])
    while_down = [r for r in results if stopped_at + 0.5 <= r[0] <= back_at - 0.5]
    assert while_down and {status for _, _, status, _ in while_down} == {503}, timeline
    slowest_503 = max(seconds for _, seconds, status, _ in results if status == 503)
    assert slowest_503 < 1.0, f"a 503 took {slowest_503:.2f} s: the circuit should answer at once"
    after = [r for r in results if r[0] >= back_at + 1.0]
    assert after and {status for _, _, status, _ in after} <= {200, 202}, after[:5]
    for route in ("/recommendations", "/track"):
        first_ok = min(r[0] for r in results if r[3] == route and r[0] >= back_at and r[2] in (200, 202))
        assert first_ok - back_at < 1.0, f"{route}: first success {first_ok - back_at:.2f} s after"
    assert status == 200 and health["database"]["status"] == "up"
    # Every list answered was logged: lists queued while the database was away were retried.
    answered = sum(1 for _, _, status, route in results if route == "/recommendations" and status == 200)
    with psycopg.connect(url) as conn:
        (logged,) = conn.execute("select count(*) from rec_analytics where user_id like 'load-%'").fetchone()
    assert logged == answered
    # Every worker listens again: the psql rename reached whatever each of them had cached within a
    # second, and they cache again.
    titles = {
        item["title"] for _, body in after_change for item in body["recommendations"] if item["id"] == renamed
    }
    assert titles == {RENAMED}, titles
    assert sum(body["cached"] for _, body in after_change) >= 30, [body["cached"] for _, body in after_change]
    print(
        f"{len(results)} requests; {len(while_down)} while down, all 503, slowest 503 {slowest_503 * 1000:.0f} ms"
    )
