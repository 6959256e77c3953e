"""`pgrec embed [--once|--watch] [--all]`: bring product embeddings up to date."""

from __future__ import annotations

import argparse
from typing import Any

from embeddings.model import model_name
from embeddings.worker import EmbedOptions, embed
from service.core.config import Settings
from service.core.db_urls import redact
from service.core.errors import PgrecError
from service.ingest.progress import Progress
from service.local.sources import admin_database_url


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("embed", help="embed queued (new or changed) products")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--once", action="store_true", help="exit when the queue is empty (default)")
    mode.add_argument("--watch", action="store_true", help="keep running; wake on LISTEN/NOTIFY")
    parser.add_argument("--all", action="store_true", help="re-embed every product (e.g. new model)")
    parser.add_argument("--batch-size", type=int, default=256, help="products per round (default 256)")
    parser.add_argument("--max-attempts", type=int, default=3, help="tries before an item is marked failed")
    parser.add_argument(
        "--no-refresh-preferences",
        action="store_true",
        help="do not recompute taste vectors of users who bought newly embedded products",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    if args.batch_size < 1:
        raise PgrecError(f"--batch-size must be at least 1, got {args.batch_size}")
    if args.max_attempts < 1:
        raise PgrecError(f"--max-attempts must be at least 1, got {args.max_attempts}")
    url = admin_database_url(settings)
    name = model_name(settings.embedding_model)
    print(f"database: {redact(url)}")
    print(f"model:    {name}")
    options = EmbedOptions(
        batch_size=args.batch_size,
        everything=args.all,
        watch=args.watch,
        max_attempts=args.max_attempts,
        refresh_preferences=not args.no_refresh_preferences,
    )
    bars: list[Progress] = []

    def on_total(total: int) -> None:
        bars.append(Progress("embedding", total=None if args.watch else total, unit="products"))

    def on_progress(count: int) -> None:
        if bars:
            bars[0].update(count)

    try:
        report = embed(
            url, options, model=settings.embedding_model, on_progress=on_progress, on_total=on_total
        )
    finally:
        for bar in bars:
            bar.close()
    print(f"embedded {report.embedded:,} products in {report.seconds:.1f} s ({report.rate:,.0f}/s)")
    if report.failed or report.errors:
        print(f"failed (out of retries): {report.failed:,}; see rec_embedding_queue.last_error")
        for error in report.errors[:10]:
            print(f"  {error}")
    if report.preferences_refreshed is not None:
        print(f"taste vectors refreshed for {report.preferences_refreshed:,} users")
    return 1 if report.failed else 0
