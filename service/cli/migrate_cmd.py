"""`pgrec migrate`: bring the schema and the SQL functions up to date."""

from __future__ import annotations

import argparse
from typing import Any

from service.core.config import Settings
from service.core.db_urls import redact
from service.core.migrate import MigrationReport, migrate
from service.local.sources import admin_database_url


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("migrate", help="apply migrations and (re)apply sql_functions/")
    parser.add_argument(
        "--force-functions", action="store_true", help="re-apply sql_functions/ even if unchanged"
    )
    parser.set_defaults(run=run)


def print_report(report: MigrationReport) -> None:
    for migration_id in report.migrations:
        print(f"applied migration {migration_id}")
    if report.function_files:
        print(f"applied sql_functions: {', '.join(report.function_files)}")
    if not report.changed:
        print("schema and functions are up to date; nothing applied")


def run(args: argparse.Namespace, settings: Settings) -> int:
    url = admin_database_url(settings)
    print(f"database: {redact(url)}")
    print_report(migrate(url, force_functions=args.force_functions))
    return 0
