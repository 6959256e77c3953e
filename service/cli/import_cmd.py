"""`pgrec import products|interactions|online-retail|medusa`: load a catalog and its history."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from service.core.config import Settings
from service.core.db_urls import redact
from service.core.errors import PgrecError
from service.ingest.interactions import import_interactions
from service.ingest.medusa import import_medusa
from service.ingest.online_retail import import_online_retail
from service.ingest.products import import_products
from service.ingest.report import EXIT_BAD_ROWS, ImportReport
from service.local.sources import admin_database_url


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("import", help="import products, events, Online Retail or Medusa")
    kinds = parser.add_subparsers(dest="kind", required=True, metavar="KIND")

    def file_kind(name: str, help_text: str, batch: int) -> argparse.ArgumentParser:
        sub: argparse.ArgumentParser = kinds.add_parser(name, help=help_text)
        sub.add_argument("file", type=Path, help="the file to import (.gz accepted)")
        sub.add_argument("--strict", action="store_true", help="abort on the first bad row, writing nothing")
        sub.add_argument("--batch-size", type=int, default=batch, help=f"rows per batch (default {batch})")
        return sub

    file_kind("products", "products from JSON lines or CSV", 1000).set_defaults(run=run_products)
    file_kind("interactions", "events from JSON lines or CSV", 5000).set_defaults(run=run_interactions)
    retail = file_kind("online-retail", "the UCI Online Retail file (.csv or .csv.gz)", 5000)
    retail.add_argument(
        "--shift-to-now", action="store_true", help="move all event times so that the newest is now"
    )
    retail.set_defaults(run=run_online_retail)
    medusa = kinds.add_parser("medusa", help="sync the catalog and orders from Medusa's tables")
    medusa.add_argument("--since", type=datetime.fromisoformat, help="only orders since this ISO time")
    medusa.add_argument("--catalog-only", action="store_true", help="sync the catalog, not the orders")
    medusa.set_defaults(run=run_medusa)


def _url(settings: Settings) -> str:
    url = admin_database_url(settings)
    print(f"database: {redact(url)}")
    return url


def _check_batch(args: argparse.Namespace) -> None:
    if args.batch_size < 1:
        raise PgrecError(f"--batch-size must be at least 1, got {args.batch_size}")


def _print(report: ImportReport) -> int:
    """The summary on stdout; EXIT_BAD_ROWS (with a line on stderr) when bad rows were skipped."""
    for line in report.summary_lines():
        print(line)
    if report.bad_row_count:
        print(
            f"pgrec: {report.bad_row_count:,} bad row(s) skipped (listed above), the rest imported; "
            f"exit status {EXIT_BAD_ROWS}",
            file=sys.stderr,
        )
    return report.exit_status


def run_products(args: argparse.Namespace, settings: Settings) -> int:
    _check_batch(args)
    return _print(import_products(_url(settings), args.file, strict=args.strict, batch_size=args.batch_size))


def run_interactions(args: argparse.Namespace, settings: Settings) -> int:
    _check_batch(args)
    return _print(
        import_interactions(_url(settings), args.file, strict=args.strict, batch_size=args.batch_size)
    )


def run_online_retail(args: argparse.Namespace, settings: Settings) -> int:
    _check_batch(args)
    report = import_online_retail(
        _url(settings),
        args.file,
        strict=args.strict,
        shift_to_now=args.shift_to_now,
        batch_size=args.batch_size,
    )
    return _print(report)


def run_medusa(args: argparse.Namespace, settings: Settings) -> int:
    report = import_medusa(_url(settings), since=args.since, orders=not args.catalog_only)
    for title, rows in (("catalog", report.catalog), ("orders", report.orders)):
        for row in rows:
            print(f"{title}: " + ", ".join(f"{key}={value}" for key, value in row.items()))
    return 0
