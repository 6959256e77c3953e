"""`pgrec serve`: the HTTP service (Sanic) on PGREC_HOST:PGREC_PORT with PGREC_WORKERS workers."""

from __future__ import annotations

import argparse
import dataclasses
import errno
import functools
import ipaddress
import multiprocessing
import socket
from typing import Any

from service.core.config import Settings, valid_host
from service.core.db_urls import redact
from service.core.errors import ConfigurationError
from service.local.sources import check_migrated, database_url, redis_url

EXAMPLE_API_KEYS = frozenset({"change-me-api-key"})  # .env.example's, and the storefront kit's
NEW_KEY = "e.g. python3 -c 'import secrets; print(secrets.token_urlsafe(32))'"
# Sanic's manager kills a worker that has not acknowledged its start-up by then (--model-preload
# blocking loads the model first: on a busy machine that took more than Sanic's default 30 s).
WORKER_START_SECONDS = 180
PRELOAD_HELP = (
    "when each worker loads the query embedding model (only /search needs it): 'background' (default) "
    "serves at once and loads it in a thread, /search answers 503 model_loading until it is ready; "
    "'blocking' loads it before the worker serves its first request; 'off' loads it on the first /search"
)


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
        "--model-preload", choices=("background", "blocking", "off"), default="background", help=PRELOAD_HELP
    )
    parser.set_defaults(run=run)


def resolved_settings(settings: Settings) -> Settings:
    """The settings with the database and Redis URLs filled in (starting the embedded servers when
    none is configured), so every worker connects to the same ones."""
    url = database_url(settings)
    cache_url = redis_url(settings)
    return dataclasses.replace(settings, database_url=url, redis_url=cache_url)


def loopback_only(host: str) -> bool:
    """Every address `host` stands for is a loopback one (127.0.0.0/8, ::1): no other machine reaches it."""
    try:
        infos = socket.getaddrinfo(host, None, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror:
        return False  # check_listen says why
    return bool(infos) and all(ipaddress.ip_address(info[4][0]).is_loopback for info in infos)


def check_exposure(host: str, api_key: str | None, host_setting: str) -> None:
    """Refuse to serve the write and admin routes open to the network: a non-loopback address needs
    PGREC_API_KEY, and no address takes the example key that .env.example ships."""
    if api_key in EXAMPLE_API_KEYS:
        raise ConfigurationError(
            "PGREC_API_KEY",
            f"{api_key!r} is the example key from .env.example: set a key of your own ({NEW_KEY})",
        )
    if api_key is None and not loopback_only(host):
        raise ConfigurationError(
            host_setting,
            f"{host} is reachable from other machines and PGREC_API_KEY is not set: set one ({NEW_KEY}) "
            "or listen on 127.0.0.1",
        )


def check_listen(host: str, port: int, host_setting: str, port_setting: str) -> None:
    """Fail with one line, before anything starts, when the address cannot be listened on (a name
    that does not resolve, an address not on this machine, a port in use)."""
    if not valid_host(host):
        raise ConfigurationError(host_setting, f"expected an IP address or a host name, got {host!r}")
    try:
        family, kind, proto, _, address = socket.getaddrinfo(
            host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
        )[0]
    except socket.gaierror as exc:
        raise ConfigurationError(host_setting, f"cannot resolve {host!r}: {exc.strerror}") from None
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as Sanic binds
        try:
            probe.bind(address)
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                raise ConfigurationError(port_setting, f"{host}:{port} is already in use") from None
            raise ConfigurationError(
                host_setting, f"cannot listen on {host}:{port}: {exc.strerror}"
            ) from None


def run(args: argparse.Namespace, settings: Settings) -> int:
    # Before prometheus_client is imported (it reads the directory then): the workers sum their metrics
    # through files there, so /metrics shows every worker whichever answers.
    from service.http.metrics_dir import multiprocess_dir, remove_multiprocess_dir

    metrics_dir = multiprocess_dir()
    try:
        return _serve(args, settings)
    finally:
        remove_multiprocess_dir(metrics_dir)


def _serve(args: argparse.Namespace, settings: Settings) -> int:
    from sanic import Sanic
    from sanic.worker.loader import AppLoader
    from sanic.worker.manager import WorkerManager

    from service.http.factory import create_app

    host = args.host or settings.host
    port = settings.port if args.port is None else args.port
    workers = settings.workers if args.workers is None else args.workers
    if not 1 <= port <= 65535:
        raise ConfigurationError("--port", f"must be between 1 and 65535, got {port}")
    if not 1 <= workers <= 64:
        raise ConfigurationError("--workers", f"must be between 1 and 64, got {workers}")
    if args.single_process and workers != 1:
        raise ConfigurationError("--workers", "--single-process serves with exactly one worker")
    host_setting = "--host" if args.host else "PGREC_HOST"
    check_exposure(host, settings.api_key, host_setting)
    check_listen(host, port, host_setting, "PGREC_PORT" if args.port is None else "--port")
    resolved = resolved_settings(settings)
    # Before any worker starts: on a database without the schema every worker would retry its
    # connections forever ("vector type not found") and never answer.
    warning = check_migrated(resolved.database_url or "")
    print(f"database: {redact(resolved.database_url or '')}")
    if warning:
        print(warning)
    print(f"cache: {redact(resolved.redis_url) if resolved.redis_url else 'off'}")
    print(
        f"serving on http://{host}:{port} with {workers} worker(s), model preload {args.model_preload}",
        flush=True,
    )
    # The demo page and /demo/* only under `pgrec demo` (which sets `demo`); `pgrec serve` answers 404 there.
    demo = getattr(args, "demo", False)
    factory = functools.partial(
        create_app, resolved, name="pgrec", preload_model=args.model_preload, demo=demo
    )
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
    WorkerManager.THRESHOLD = WORKER_START_SECONDS * 10  # unit: 0.1 s
    if args.single_process:
        Sanic.serve_single(primary=app)
    else:
        # Any earlier tqdm bar (an import's, an embed's, transformers' "Loading weights") fixed the
        # default start method to fork; Sanic's manager insists on setting spawn itself.
        multiprocessing.set_start_method(None, force=True)
        Sanic.serve(primary=app, app_loader=loader)
    return 0
