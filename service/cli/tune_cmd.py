"""`pgrec tune`: grid over content/collab weights and the purchase half-life on a validation window
before the test cutoff; prints the grid, the best and whether it beats the current defaults.
Edits nothing: the SQL defaults are changed by a person, with this output as evidence."""

from __future__ import annotations

import argparse
from datetime import timedelta
from pathlib import Path
from typing import Any

from service.cli.evaluate_cmd import add_source_arguments, source_from, timestamp
from service.core.config import Settings
from service.core.db_urls import redact
from service.core.errors import PgrecError
from service.evaluation.report import write_json
from service.evaluation.split import Window
from service.evaluation.tune import TuneOptions, tune
from service.local.sources import admin_database_url


def floats(raw: str) -> tuple[float, ...]:
    try:
        return tuple(float(part) for part in raw.split(",") if part.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected comma-separated numbers, got {raw!r}") from None


def names(raw: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in raw.split(",") if part.strip())


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "tune", help="grid over weights and half-life on a validation window before the cutoff"
    )
    parser.add_argument(
        "--cutoff", type=timestamp, required=True, help="the test cutoff: nothing after is read"
    )
    parser.add_argument("--validation-days", type=int, default=60, help="validation window before the cutoff")
    parser.add_argument("--k", type=int, default=10)
    add_source_arguments(parser)
    parser.add_argument("--content-weights", type=floats, default=(0.0, 0.2, 0.4, 0.6, 0.8, 1.0))
    parser.add_argument("--half-lives", type=floats, default=(30.0, 90.0, 180.0, 365.0), help="days")
    parser.add_argument("--interaction-type", default="purchase", help="whose half-life to vary")
    parser.add_argument(
        "--collab-methods",
        type=names,
        default=("co_interaction",),
        help="item-item methods to try, the served one first (e.g. co_interaction,ease; ease is fitted)",
    )
    parser.add_argument("--ease-lambda", type=float, default=500.0)
    parser.add_argument("--ease-neighbours", type=int, default=50)
    parser.add_argument("--users", type=int, default=500, help="validation users sampled (seeded)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", type=Path, help="write the grid here")
    parser.set_defaults(run=run)


def _check(args: argparse.Namespace) -> None:
    if args.validation_days < 1:
        raise PgrecError(f"--validation-days must be at least 1, got {args.validation_days}")
    if not args.content_weights or any(not 0 <= w <= 1 for w in args.content_weights):
        raise PgrecError("--content-weights must be numbers in [0, 1] (collab weight = 1 - content)")
    unknown = set(args.collab_methods) - {"co_interaction", "ease"}
    if not args.collab_methods or unknown:
        raise PgrecError(f"--collab-methods: unknown {sorted(unknown)} (known: co_interaction, ease)")
    if not args.half_lives or any(days <= 0 for days in args.half_lives):
        raise PgrecError("--half-lives must be positive numbers of days")


def run(args: argparse.Namespace, settings: Settings) -> int:
    _check(args)
    window = Window(args.cutoff - timedelta(days=args.validation_days), args.cutoff)
    source = source_from(args)
    server = admin_database_url(settings)
    print(
        f"tuning on {source.describe()}: train before {window.start.date()}, validate on {window.describe()}"
    )
    print(f"scratch database on {redact(server)} (dropped at the end)", flush=True)
    options = TuneOptions(
        validation=window,
        source=source,
        k=args.k,
        content_weights=args.content_weights,
        half_life_days=args.half_lives,
        interaction_type=args.interaction_type,
        collab_methods=args.collab_methods,
        ease_lambda=args.ease_lambda,
        ease_neighbours=args.ease_neighbours,
        users=args.users,
        seed=args.seed,
    )
    report = tune(server, options, settings.data_dir, settings.embedding_model)
    print(
        f"\nNDCG@{args.k}, new items, {report['users']:,} validation users; rows: collab method and "
        f"half-life of {args.interaction_type} in days; columns: content weight (collab = 1 - content)"
    )
    print(grid_table(report["grid"]))
    best, default = report["best"], report["default"]
    print(
        f"\nbest:    weights {best['weights']} on {best['collab_method']}, "
        f"half-life {best['half_life_days']:g} days: "
        f"NDCG {best['ndcg']:.4f} (standard error {best['ndcg_se']:.4f})"
    )
    print(
        f"default: rec_personalized's defaults on {default['collab_method']}, "
        f"half-life {default['half_life_days']:g} days: "
        f"NDCG {default['ndcg']:.4f} (standard error {default['ndcg_se']:.4f})"
    )
    gain = best["ndcg"] - default["ndcg"]
    if gain > 0:
        print(
            f"the best beats the default by {gain:.4f} ({100 * gain / max(default['ndcg'], 1e-12):.1f}%); "
            "confirm on the test cutoff with `pgrec evaluate` before changing the SQL defaults"
        )
    else:
        print("the current default is as good as the best grid point: nothing to change")
    if args.json:
        write_json(args.json, report)
        print(f"report: {args.json}")
    return 0


def grid_table(grid: list[dict[str, Any]]) -> str:
    """One line per (collab method, half-life), one column per content weight, then the defaults."""
    weights = sorted(
        {r["weights"] for r in grid if r["weights"] != "default"}, key=lambda w: float(w.split("/")[0])
    )
    lines = [
        "method          half-life  " + "  ".join(f"{w.split('/')[0]:>7}" for w in weights) + "  default"
    ]
    methods = list(dict.fromkeys(r.get("collab_method", "") for r in grid))
    for method in methods:
        for days in sorted({r["half_life_days"] for r in grid if r.get("collab_method", "") == method}):
            cells = {
                r["weights"]: r["ndcg"]
                for r in grid
                if r["half_life_days"] == days and r.get("collab_method", "") == method
            }
            line = f"{method:<15} {days:>9g}  " + "  ".join(f"{cells[w]:7.4f}" for w in weights)
            if "default" in cells:
                line += f"  {cells['default']:7.4f}"
            lines.append(line)
    return "\n".join(lines)
