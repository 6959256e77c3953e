"""`pgrec migrate`: bring the schema and the SQL functions up to date."""

from __future__ import annotations

import argparse
import sys
from typing import Any, TextIO

import psycopg

from service.core import citus_plan
from service.core.config import Settings
from service.core.db_urls import redact
from service.core.errors import ConfigurationError, PgrecError
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
    parser.add_argument(
        "--citus",
        action="store_true",
        help="then check the schema against the Citus plan and print the calls that distribute it "
        "(create_reference_table / create_distributed_table; see docs/scaling.md)",
    )
    parser.set_defaults(run=run)


def print_citus_script(url: str) -> None:
    with psycopg.connect(url) as conn:
        schema = citus_plan.read_schema(conn)
    problems = citus_plan.violations(schema)
    if problems:
        raise PgrecError("the schema breaks the Citus plan:\n  " + "\n  ".join(problems))
    print(citus_plan.distribution_script(schema), end="")


def print_report(report: MigrationReport, out: TextIO = sys.stdout) -> None:
    for migration_id in report.migrations:
        print(f"applied migration {migration_id}", file=out)
    if report.function_files:
        print(f"applied sql_functions: {', '.join(report.function_files)}", file=out)
    for notice in report.notices:
        print(notice, file=out)
    if not report.changed:
        print("schema and functions are up to date; nothing applied", file=out)


def run(args: argparse.Namespace, settings: Settings) -> int:
    login = args.service_login or settings.service_login
    if login and settings.service_password is None:
        raise ConfigurationError(
            "PGREC_SERVICE_PASSWORD",
            "required with --service-login or PGREC_SERVICE_USER (the login's password)",
        )
    url = admin_database_url(settings)
    out = sys.stderr if args.citus else sys.stdout  # with --citus stdout is the SQL script alone
    print(f"database: {redact(url)}", file=out)
    print_report(migrate(url, force_functions=args.force_functions), out)
    if login:
        assert settings.service_password is not None
        done = ensure_service_login(url, login, settings.service_password)
        if done == "kept":
            print(
                f"service login {login}: kept as it is (this role may not change it); "
                "PGREC_SERVICE_PASSWORD must be its password",
                file=out,
            )
        else:
            print(f"service login {login}: {done}, a member of {SERVICE_GROUP}", file=out)
    if args.citus:
        print_citus_script(url)
    return 0
