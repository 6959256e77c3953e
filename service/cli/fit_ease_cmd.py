"""`pgrec fit-ease`: fit the collaborative model (EASE on the products most users touched, co_interaction
scaled for the rest) on the configured database's events and write each product's top neighbours into
rec_product_similarities (method ease), which serving reads by default. `pgrec refresh` runs it too."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from service.core.config import Settings
from service.core.db_urls import redact
from service.core.errors import PgrecError
from service.local.sources import admin_database_url
from service.models.collab_fit import (
    DEFAULT_LAMBDA,
    DEFAULT_NEIGHBOURS,
    EASE_METHOD,
    MAX_EASE_ITEMS,
    FitOptions,
    fit_collab_model,
    stderr_progress,
)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "fit-ease", help="fit the collaborative model (EASE) on the events and write its neighbours"
    )
    parser.add_argument(
        "--lambda",
        dest="ease_lambda",
        type=float,
        default=DEFAULT_LAMBDA,
        help="regularisation",
    )
    parser.add_argument(
        "--neighbours", type=int, default=DEFAULT_NEIGHBOURS, help="neighbours kept per product (1..200)"
    )
    parser.add_argument(
        "--max-ease-items",
        type=int,
        default=MAX_EASE_ITEMS,
        help=f"products fitted by EASE, those most users touched (default {MAX_EASE_ITEMS:,}); the others "
        "get their co_interaction neighbours",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    if not 1 <= args.neighbours <= 200:
        raise PgrecError(f"--neighbours must be between 1 and 200, got {args.neighbours}")
    if not args.ease_lambda > 0:
        raise PgrecError(f"--lambda must be positive, got {args.ease_lambda}")
    if args.max_ease_items < 2:
        raise PgrecError(f"--max-ease-items must be >= 2, got {args.max_ease_items}")
    options = FitOptions(args.ease_lambda, args.neighbours, args.max_ease_items)
    url = admin_database_url(settings)
    print(f"database: {redact(url)}")
    fitted = fit_collab_model(url, options, progress=stderr_progress if sys.stderr.isatty() else None)
    print(
        f"EASE (lambda {options.regularisation:g}) on {fitted.users:,} users x {fitted.ease_items:,} "
        f"products (+ {fitted.tail_items:,} by co_interaction): {fitted.rows:,} neighbour rows "
        f"(method {EASE_METHOD}), {fitted.changed:,} changed, in {fitted.seconds:.1f} s"
    )
    return 0
