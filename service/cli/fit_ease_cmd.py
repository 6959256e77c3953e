"""`pgrec fit-ease`: fit EASE on the configured database's events and write each product's top
neighbours into rec_product_similarities (method ease); serving stays the same SQL, switched
with the setting pgrec.collab_method = 'ease'."""

from __future__ import annotations

import argparse
import time
from datetime import UTC, datetime
from typing import Any

from service.core.config import Settings
from service.core.db_urls import redact
from service.core.errors import PgrecError
from service.evaluation.ease_fit import EASE_METHOD, fit_ease
from service.local.sources import admin_database_url


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "fit-ease", help="fit EASE on the events and write its neighbours for rec_personalized"
    )
    parser.add_argument("--lambda", dest="ease_lambda", type=float, default=500.0, help="regularisation")
    parser.add_argument("--neighbours", type=int, default=50, help="neighbours kept per product (1..200)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    if not 1 <= args.neighbours <= 200:
        raise PgrecError(f"--neighbours must be between 1 and 200, got {args.neighbours}")
    if args.ease_lambda <= 0:
        raise PgrecError(f"--lambda must be positive, got {args.ease_lambda}")
    url = admin_database_url(settings)
    print(f"database: {redact(url)}")
    started = time.monotonic()
    fitted = fit_ease(url, datetime.now(UTC), args.ease_lambda, args.neighbours)
    print(
        f"EASE (lambda {args.ease_lambda:g}) on {fitted['users']:,} users x {fitted['items']:,} products: "
        f"{fitted['rows']:,} neighbour rows (method {EASE_METHOD}) in {time.monotonic() - started:.1f} s"
    )
    print("serve them: alter database <db> set pgrec.collab_method = 'ease'  (or set it per session)")
    return 0
