"""`pgrec demo`: the main job on a fresh machine: embedded servers, schema, the bundled Online Retail
subset, embeddings, refreshed tables, then the service on :8001. A second run finds everything in
place and only starts serving."""

from __future__ import annotations

import argparse
import hashlib
import time
from pathlib import Path
from typing import Any

import psycopg

from service.cli import embed_cmd, import_cmd, serve_cmd
from service.cli.demo_target import claim_for_demo, mark_as_demo
from service.cli.migrate_cmd import print_report
from service.cli.refresh_cmd import print_steps, refresh
from service.core.config import Settings
from service.core.db_urls import redact
from service.core.migrate import migrate
from service.core.paths import REPO_ROOT
from service.local.sources import database_url, redis_url

DEMO_FILE = REPO_ROOT / "data" / "online_retail_demo" / "online_retail_demo.csv.gz"
DEMO_KEY = "demo_dataset_digest"


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "demo", help="embedded servers + bundled Online Retail data + embeddings, then serve on :8001"
    )
    parser.add_argument("--host", help="address to listen on (default PGREC_HOST, 127.0.0.1)")
    parser.add_argument("--port", type=int, help="port (default PGREC_PORT, 8001)")
    parser.add_argument("--no-serve", action="store_true", help="prepare everything, then exit")
    parser.add_argument("--single-process", action="store_true", help="serve without a worker manager")
    parser.add_argument(
        "--into-existing-database",
        action="store_true",
        help="write the demo data even into a database that holds other products, events or tables",
    )
    parser.set_defaults(run=run)


def _step(number: int, text: str) -> None:
    print(f"[{number}/6] {text}", flush=True)


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _meta(url: str, key: str) -> str | None:
    with psycopg.connect(url) as conn:
        row = conn.execute("select value from rec_meta where key = %s", (key,)).fetchone()
    return None if row is None else str(row[0])


def _set_meta(url: str, key: str, value: str) -> None:
    with psycopg.connect(url) as conn:
        conn.execute(
            "insert into rec_meta (key, value) values (%s, %s) "
            "on conflict (key) do update set value = excluded.value, updated_at = now()",
            (key, value),
        )


def _pending_embeddings(url: str) -> int:
    with psycopg.connect(url) as conn:
        row = conn.execute("select count(*) from rec_embedding_queue where failed_at is null").fetchone()
    return 0 if row is None else int(row[0])


def _sample_user(url: str) -> str | None:
    with psycopg.connect(url) as conn:
        row = conn.execute("select user_id from rec_sample_users(1)").fetchone()
    return None if row is None else str(row[0])


def _print_examples(url: str, host: str, port: int) -> None:
    user = _sample_user(url) or "<user id>"
    base = f"http://{'127.0.0.1' if host in ('0.0.0.0', '::') else host}:{port}"
    print("\ntry it:")
    print(f"  open {base}/   (the demo page)")
    print(f'  curl "{base}/recommendations?user_id={user}&limit=5"')
    print(f'  curl "{base}/trending?limit=5"')
    print(f"  curl -X POST {base}/track -H 'content-type: application/json' \\")
    print(f'       -d \'{{"user_id":"{user}","product_id":"85123A","interaction_type":"view"}}\'')
    print(f'  psql "{url}" -c "select * from rec_personalized(\'{user}\', 5)"\n', flush=True)


def run(args: argparse.Namespace, settings: Settings) -> int:
    started = time.monotonic()
    _step(1, "database and cache")
    url = database_url(settings)
    cache = redis_url(settings)
    print(f"  database: {redact(url)}")
    print(f"  cache:    {redact(cache) if cache else 'off (PGREC_REDIS_URL=none)'}")

    # Checked before migrating: the demo invents products and purchases, which must never land in a
    # store's own database.
    is_demo_database = args.into_existing_database or claim_for_demo(url)

    _step(2, "schema")
    print_report(migrate(url))
    if not is_demo_database:
        mark_as_demo(url)

    _step(3, f"demo data ({DEMO_FILE.name}, Online Retail subset, CC BY 4.0)")
    digest = file_digest(DEMO_FILE)
    imported = _meta(url, DEMO_KEY) != digest
    if imported:
        # Shifted so that the newest purchase is today: trending windows and decay see recent data.
        import_cmd.run_online_retail(
            argparse.Namespace(file=DEMO_FILE, strict=False, batch_size=5000, shift_to_now=True), settings
        )
        _set_meta(url, DEMO_KEY, digest)
    else:
        print("  already imported")

    _step(4, "embeddings")
    pending = _pending_embeddings(url)
    if pending:
        embed_args = argparse.Namespace(
            batch_size=256, max_attempts=3, all=False, watch=False, no_refresh_preferences=False
        )
        embed_cmd.run(embed_args, settings)
    else:
        print("  every product is embedded")

    _step(5, "similarities, basket pairs, segments")
    if imported or pending or _meta(url, "demo_refreshed") is None:
        print_steps(refresh(url))
        _set_meta(url, "demo_refreshed", time.strftime("%Y-%m-%dT%H:%M:%S"))
    else:
        print("  up to date (pgrec refresh rebuilds them)")

    host = args.host or settings.host
    port = settings.port if args.port is None else args.port
    _print_examples(url, host, port)
    print(f"ready in {time.monotonic() - started:.1f} s", flush=True)
    if args.no_serve:
        return 0
    _step(6, "serving")
    serve_args = argparse.Namespace(
        host=host,
        port=port,
        workers=None,  # PGREC_WORKERS
        single_process=args.single_process,
        access_log=False,
        model_preload="background",  # serving within seconds matters more here than a warm /search
        demo=True,  # the demo page and /demo/customers
    )
    return serve_cmd.run(serve_args, settings)
