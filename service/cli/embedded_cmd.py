"""`pgrec embedded start|stop|status`: the embedded PostgreSQL and Valkey servers."""

from __future__ import annotations

import argparse
from typing import Any

from service.core.config import Settings
from service.local.postgres import LocalPostgres
from service.local.valkey import LocalRedis


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "embedded", help="start, stop or show the embedded PostgreSQL and Valkey servers"
    )
    parser.add_argument("action", choices=("start", "stop", "status"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    postgres = LocalPostgres(settings.data_dir, settings.embedded_pg_port)
    cache = LocalRedis(settings.data_dir, settings.embedded_redis_port)
    if args.action == "start":
        print(f"postgres: running at {postgres.ensure_running()} (data in {postgres.pgdata})")
        print(f"valkey:   running at {cache.ensure_running()}")
    elif args.action == "stop":
        print("postgres: " + ("stopped" if postgres.stop() else "was not running"))
        print("valkey:   " + ("stopped" if cache.stop() else "was not running"))
    else:
        status = postgres.status()
        pg_line = (
            f"running at {postgres.url(port=status.port)} (pid {status.pid})" if status.running else "stopped"
        )
        print(f"postgres: {pg_line}; data in {postgres.pgdata}")
        print(f"valkey:   {'running at ' + cache.url() if cache.is_running() else 'stopped'}")
    return 0
