"""`pgrec migrate`: bring the schema and the SQL functions up to date."""

from __future__ import annotations

import argparse
from typing import Any

from service.core.config import Settings
from service.core.db_urls import redact
from service.core.errors import ConfigurationError
from service.core.migrate import MigrationReport, migrate
from service.core.service_login import SERVICE_GROUP, ensure_service_login
from service.local.sources import admin_database_url


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("migrate", help="apply migrations and (re)apply sql_functions/")
    parser.add_argument(
        "--force-functions", action="store_true", help="re-apply sql_functions/ even if unchanged"
    )
    parser.add_argument(
        "--service-login",
        metavar="NAME",
        help=f"then create (or update) the LOGIN role NAME, a member of {SERVICE_GROUP}, with the password "
        "in PGREC_SERVICE_PASSWORD: the role `pgrec serve` connects as (default PGREC_SERVICE_USER; "
        "see README, Privileges)",
    )
    parser.set_defaults(run=run)


def print_report(report: MigrationReport) -> None:
    for migration_id in report.migrations:
        print(f"applied migration {migration_id}")
    if report.function_files:
        print(f"applied sql_functions: {', '.join(report.function_files)}")
    for notice in report.notices:
        print(notice)
    if not report.changed:
        print("schema and functions are up to date; nothing applied")


def run(args: argparse.Namespace, settings: Settings) -> int:
    login = args.service_login or settings.service_login
    if login and settings.service_password is None:
        raise ConfigurationError(
            "PGREC_SERVICE_PASSWORD",
            "required with --service-login or PGREC_SERVICE_USER (the login's password)",
        )
    url = admin_database_url(settings)
    print(f"database: {redact(url)}")
    print_report(migrate(url, force_functions=args.force_functions))
    if login:
        assert settings.service_password is not None
        done = ensure_service_login(url, login, settings.service_password)
        if done == "kept":
            print(
                f"service login {login}: kept as it is (this role may not change it); "
                "PGREC_SERVICE_PASSWORD must be its password"
            )
        else:
            print(f"service login {login}: {done}, a member of {SERVICE_GROUP}")
    return 0
