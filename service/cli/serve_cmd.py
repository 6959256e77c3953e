"""`pgrec serve`: the HTTP service (Sanic) on PGREC_HOST:PGREC_PORT with PGREC_WORKERS workers."""

from __future__ import annotations

import argparse
import dataclasses
import functools
import multiprocessing
from typing import Any

from service.config import Settings
from service.db_urls import redact
from service.errors import ConfigurationError
from service.sources import database_url, redis_url

WORKER_START_SECONDS = 180


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("serve", help="run the HTTP recommendation service")
    parser.add_argument("--host", help="address to listen on (default PGREC_HOST, 127.0.0.1)")
    parser.add_argument("--port", type=int, help="port (default PGREC_PORT, 8001)")
    parser.add_argument("--workers", type=int, help="worker processes (default PGREC_WORKERS, 1)")
    parser.add_argument(
        "--single-process",
        action="store_true",
        help="serve from this process only (no worker manager); for tests and debugging",
    )
    parser.add_argument("--access-log", action="store_true", help="log every request")
    parser.add_argument(
        "--model-preload",
        choices=("blocking", "background", "off"),
        default="blocking",
        help="load the query embedding model before serving (default), in the background, or on first use",
    )
    parser.set_defaults(run=run)


def resolved_settings(settings: Settings) -> Settings:
    """The settings with the database and Redis URLs filled in (starting the embedded servers when
    none is configured), so every worker connects to the same ones."""
    url = database_url(settings)
    cache_url = redis_url(settings)
    return dataclasses.replace(settings, database_url=url, redis_url=cache_url)


def run(args: argparse.Namespace, settings: Settings) -> int:
    from sanic import Sanic
    from sanic.worker.loader import AppLoader
    from sanic.worker.manager import WorkerManager

    from service.app.factory import create_app

    host = args.host or settings.host
    port = settings.port if args.port is None else args.port
    workers = settings.workers if args.workers is None else args.workers
    if not 1 <= port <= 65535:
        raise ConfigurationError("--port", f"must be between 1 and 65535, got {port}")
    if not 1 <= workers <= 64:
        raise ConfigurationError("--workers", f"must be between 1 and 64, got {workers}")
    if args.single_process and workers != 1:
        raise ConfigurationError("--workers", "--single-process serves with exactly one worker")
    resolved = resolved_settings(settings)
    print(f"database: {redact(resolved.database_url or '')}")
    print(f"cache: {redact(resolved.redis_url) if resolved.redis_url else 'off'}")
    print(f"serving on http://{host}:{port} with {workers} worker(s)", flush=True)
    factory = functools.partial(create_app, resolved, name="pgrec", preload_model=args.model_preload)
    loader = AppLoader(factory=factory)
    app = loader.load()
    app.prepare(
        host=host,
        port=port,
        workers=workers,
        single_process=args.single_process,
        access_log=args.access_log,
        motd=False,
    )
    # With --model-preload blocking each worker loads the model before it accepts connections: on a
    # busy machine that takes longer than Sanic's default 30 s start-up acknowledgement (unit: 0.1 s).
    WorkerManager.THRESHOLD = WORKER_START_SECONDS * 10
    if args.single_process:
        Sanic.serve_single(primary=app)
    else:
        # Any earlier tqdm bar (an import's, an embed's, transformers' "Loading weights") fixed the
        # default start method to fork; Sanic's manager insists on setting spawn itself.
        multiprocessing.set_start_method(None, force=True)
        Sanic.serve(primary=app, app_loader=loader)
    return 0
