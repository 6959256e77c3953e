"""The servers the HTTP benchmarks run against: PostgreSQL, Valkey, the demo data, `pgrec serve` and a bare ceiling app.

`demo_stack(workers)` starts PostgreSQL (the test harness's: PGREC_TEST_DATABASE_URL, else a container,
else an embedded server) and an embedded Valkey, creates a database, migrates it, imports the Online
Retail demo subset (data/online_retail_demo, times shifted to now) with a random unit embedding per
product, runs rec_refresh_all(), then starts `pgrec serve --workers N` and a bare Sanic app with the
same worker count (one route doing one Redis GET: the ceiling; a second doing one PostgreSQL round trip
through the service's own pool: the ceiling of an answer that reads the database), both on 127.0.0.1; everything is
stopped and dropped when the block ends. The helpers (`start`, `wait_until_up`, `stop`, the commands)
serve the benchmarks that bring their own database. `python -m benchmarks.demo_stack --ceiling-server
PORT REDIS_URL [--workers N] [--database-url URL]` runs the ceiling app alone.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import psycopg
from pgvector.psycopg import register_vector

from service.core.migrate import migrate
from service.local.valkey import LocalRedis
from tests.cli import REPO_ROOT, pgrec_env
from tests.support.databases import create_database, drop_database, unique_name
from tests.support.free_port import free_port
from tests.support.postgres_source import start_test_postgres

DEMO = REPO_ROOT / "data" / "online_retail_demo" / "online_retail_demo.csv.gz"


# -- the ceiling app ---------------------------------------------------------------------------
def ceiling_app(redis_url: str, database_url: str | None = None):  # type: ignore[no-untyped-def]
    """A bare Sanic app whose one route does one Redis GET (factory for each worker); with `database_url`,
    GET /ceiling/postgres does one trivial select through the pool and circuit `pgrec serve` uses."""
    import redis.asyncio as aioredis
    from sanic import Sanic
    from sanic.response import json as json_response

    app = Sanic("ceiling")

    @app.before_server_start
    async def connect(app, _=None):  # type: ignore[no-untyped-def]
        app.ctx.redis = aioredis.Redis.from_url(redis_url)
        await app.ctx.redis.set("ceiling:key", "x" * 100)
        if database_url is not None:
            from service.http.database import Database
            from service.http.db import make_pool

            pool = make_pool(database_url)
            await pool.open()
            app.ctx.database = Database(pool)

    @app.get("/ceiling")
    async def ceiling(request):  # type: ignore[no-untyped-def]
        value = await request.app.ctx.redis.get("ceiling:key")
        return json_response({"value": value.decode(), "cached": True})

    @app.get("/ceiling/postgres")
    async def ceiling_postgres(request):  # type: ignore[no-untyped-def]
        from service.http.db import fetch_row

        row = await fetch_row(request.app.ctx.database, "select 1")
        return json_response({"value": row[0] if row else None, "cached": False})

    return app


def serve_ceiling(port: int, workers: int, redis_url: str, database_url: str | None = None) -> None:
    import functools

    from sanic import Sanic
    from sanic.worker.loader import AppLoader

    loader = AppLoader(factory=functools.partial(ceiling_app, redis_url, database_url))
    app = loader.load()
    app.prepare(host="127.0.0.1", port=port, workers=workers, access_log=False, motd=False)
    Sanic.serve(primary=app, app_loader=loader)


def ceiling_command(port: int, workers: int, redis_url: str, database_url: str | None = None) -> list[str]:
    database = [] if database_url is None else ["--database-url", database_url]
    return [sys.executable, "-m", "benchmarks.demo_stack", "--workers", str(workers),
            "--ceiling-server", str(port), redis_url, *database]  # fmt: skip


def serve_command(port: int, workers: int) -> list[str]:
    return [sys.executable, "-m", "service.cli.main", "serve", "--port", str(port), "--workers", str(workers)]


# -- setup -------------------------------------------------------------------------------------
def prepare_database(url: str) -> list[str]:
    """Imports the demo subset with random embeddings, refreshes and fits the collaborative model; returns
    the users (sorted)."""
    from service.ingest.online_retail import import_online_retail
    from service.models.collab_fit import fit_collab_model

    started = time.perf_counter()
    import_online_retail(url, DEMO, shift_to_now=True, progress=False)
    with psycopg.connect(url, autocommit=True) as conn:
        register_vector(conn)
        ids = [row[0] for row in conn.execute("select id from rec_products order by id")]
        rng = np.random.default_rng(3)
        vectors = rng.normal(size=(len(ids), 384)).astype(np.float32)
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        with conn.cursor().copy(
            "copy rec_product_embeddings (product_id, embedding, model, content_hash) from stdin with (format binary)"
        ) as copy:
            copy.set_types(["text", "vector", "text", "text"])
            for product_id, vector in zip(ids, vectors, strict=True):
                copy.write_row((product_id, vector, "random-benchmark", "x"))
        conn.execute("select rec_refresh_all()")
        # The fitted model too, as `pgrec refresh` and `pgrec demo` leave a store: the service serves it,
        # and would otherwise fit it in the background mid-run (the model is due after a SQL-only refresh).
        fit_collab_model(url)
        # Steady state before measuring: otherwise autovacuum works through the fresh tables during the
        # first scenarios, competing with the servers for the same two cores.
        conn.execute("vacuum (analyze)")
        with contextlib.suppress(psycopg.errors.InsufficientPrivilege):
            conn.execute("checkpoint")
        users = [
            row[0] for row in conn.execute("select distinct user_id from rec_user_interactions order by 1")
        ]
        products = len(ids)
        events = conn.execute("select count(*) from rec_user_interactions").fetchone()[0]
    print(
        f"data: {products} products, {len(users)} users, {events} events "
        f"(demo subset, random embeddings), ready in {time.perf_counter() - started:.1f} s"
    )
    return users


def start(command: list[str], env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        command,
        env=env,
        cwd=REPO_ROOT,
        stdout=log.open("wb"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )


def wait_until_up(url: str, process: subprocess.Popen[bytes], log: Path, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"server exited ({process.returncode}): {log.read_text()[-2000:]}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.3)
    raise SystemExit(f"server did not answer {url}: {log.read_text()[-2000:]}")


def stop(process: subprocess.Popen[bytes]) -> str:
    """SIGTERM to the process group, SIGKILL after 15 s (sanic issue 2997 can leave the main process
    spinning); returns how it ended."""
    if process.poll() is not None:
        return "already exited"
    time.sleep(1.5)  # a SIGTERM right after the last response is what trips the sanic issue
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=15)
        return "stopped"
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
        return "killed"


@dataclass
class DemoStack:
    url: str  # the database, demo data loaded
    redis_url: str
    users: list[str]  # the demo data's users, sorted
    workdir: Path  # logs (service.log, ceiling.log) and the Valkey data, removed at the end
    service_base: str  # http://127.0.0.1:PORT of `pgrec serve`
    ceiling_base: str  # http://127.0.0.1:PORT of the ceiling app (GET /ceiling)
    service: subprocess.Popen[bytes]


@contextlib.contextmanager
def demo_stack(workers: int, prefix: str, log_dir_prefix: str = "pgrec-bench-") -> Iterator[DemoStack]:
    """The demo data behind `pgrec serve --workers N` and the ceiling app beside it (see the module)."""
    workdir = Path(tempfile.mkdtemp(prefix=log_dir_prefix, dir="/tmp"))
    pg = start_test_postgres()
    valkey = LocalRedis(workdir / "valkey-data", free_port())
    processes: list[tuple[str, subprocess.Popen[bytes]]] = []
    name = unique_name(prefix)
    try:
        redis_url = valkey.ensure_running()
        url = create_database(pg.url, name)
        migrate(url)
        users = prepare_database(url)
        service_port, ceiling_port = free_port(), free_port()
        env = pgrec_env(
            PGREC_DATABASE_URL=url, PGREC_REDIS_URL=redis_url, PGREC_DATA_DIR=str(workdir / "data")
        )
        service = start(serve_command(service_port, workers), env, workdir / "service.log")
        processes.append(("service", service))
        ceiling = start(ceiling_command(ceiling_port, workers, redis_url, url), env, workdir / "ceiling.log")
        processes.append(("ceiling", ceiling))
        service_base, ceiling_base = f"http://127.0.0.1:{service_port}", f"http://127.0.0.1:{ceiling_port}"
        wait_until_up(f"{service_base}/health", service, workdir / "service.log")
        wait_until_up(f"{ceiling_base}/ceiling", ceiling, workdir / "ceiling.log")
        yield DemoStack(url, redis_url, users, workdir, service_base, ceiling_base, service)
    finally:
        for label, process in processes:
            print(f"{label} server: {stop(process)}")
        valkey.stop()
        drop_database(pg.url, name)
        pg.stop()
        shutil.rmtree(workdir, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description="the bare ceiling app (one Redis GET per request)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--ceiling-server", nargs=2, metavar=("PORT", "REDIS_URL"), required=True)
    parser.add_argument(
        "--database-url", help="also serve GET /ceiling/postgres: one select through the pool"
    )
    args = parser.parse_args()
    serve_ceiling(int(args.ceiling_server[0]), args.workers, args.ceiling_server[1], args.database_url)
    return 0


if __name__ == "__main__":
    sys.exit(main())
