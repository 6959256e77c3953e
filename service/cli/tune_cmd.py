"""`pgrec tune`: grid over content/collab weights, trend prior, collab method and the purchase half-life on a
validation window before the test cutoff; prints the grid, the best and the store's current settings scored
the same way. With --apply, writes the best into the store's settings when it beats the current ones (or
always with --force) and prints them before -> after. Never reads the test window (after --cutoff)."""

from __future__ import annotations

import argparse
from datetime import timedelta
from pathlib import Path
from typing import Any

import psycopg

from service.cli.evaluate_cmd import add_source_arguments, source_from, timestamp
from service.cli.refresh_cmd import print_steps, refresh
from service.core import store_settings
from service.core.config import Settings
from service.core.db_urls import redact
from service.core.errors import PgrecError
from service.evaluation.report import write_json
from service.evaluation.split import Window
from service.evaluation.tune import CURRENT, Current, TuneOptions, half_life_days, tune
from service.local.sources import admin_database_url
from service.models.collab_fit import DEFAULT_LAMBDA, DEFAULT_NEIGHBOURS


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
        "--trend-priors",
        type=floats,
        default=None,
        help="trend term weights to try, e.g. 0,0.1,0.2,0.3 (default: the store's current trend_prior only)",
    )
    parser.add_argument(
        "--collab-methods",
        type=names,
        default=("co_interaction",),
        help="item-item methods to try, the served one first (e.g. co_interaction,ease; ease is fitted)",
    )
    parser.add_argument("--ease-lambda", type=float, default=DEFAULT_LAMBDA)
    parser.add_argument("--ease-neighbours", type=int, default=DEFAULT_NEIGHBOURS)
    parser.add_argument("--users", type=int, default=500, help="validation users sampled (seeded)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", type=Path, help="write the grid here")
    parser.add_argument(
        "--apply",
        action="store_true",
        help="write the best grid point into the store's settings (rec_settings; the half-life into "
        "rec_interaction_types, then a refresh) when it beats the current settings on the validation window",
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help="with --apply: write the best even when it does not beat the current",
    )
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
    if args.trend_priors is not None and (not args.trend_priors or any(p < 0 for p in args.trend_priors)):
        raise PgrecError("--trend-priors must be numbers >= 0")
    if args.force and not args.apply:
        raise PgrecError("--force only goes with --apply")


def store_current(url: str, interaction_type: str, apply: bool, methods: tuple[str, ...]) -> Current:
    """The store's settings as the functions read them now and the half-life of `interaction_type`; with
    --apply, ease may only be tried when the store has fitted neighbours to serve it with."""
    with psycopg.connect(url) as conn:
        shown = store_settings.show(conn)
        current = Current(
            {name: s.value for name, s in shown.items()}, half_life_days(conn, interaction_type)
        )
        fitted = conn.execute("select exists (select 1 from rec_product_similarities where method = 'ease')")
        has_ease = bool((fitted.fetchone() or (False,))[0])
    if current.collab_method not in ("co_interaction", "ease"):
        raise PgrecError(
            f"the store serves collab_method {current.collab_method!r}, which tune cannot rebuild in its "
            "scratch database: `pgrec settings set collab_method co_interaction` (or ease) first"
        )
    if apply and "ease" in methods and not has_ease:
        raise PgrecError(
            "--apply with ease: the store has no ease neighbours to serve it; run `pgrec fit-ease` first"
        )
    return current


def run(args: argparse.Namespace, settings: Settings) -> int:
    _check(args)
    window = Window(args.cutoff - timedelta(days=args.validation_days), args.cutoff)
    source = source_from(args)
    server = admin_database_url(settings)
    print(
        f"tuning on {source.describe()}: train before {window.start.date()}, validate on {window.describe()}"
    )
    print(f"scratch database on {redact(server)} (dropped at the end)", flush=True)
    current = store_current(server, args.interaction_type, args.apply, args.collab_methods)
    options = TuneOptions(
        validation=window,
        source=source,
        k=args.k,
        content_weights=args.content_weights,
        half_life_days=args.half_lives,
        interaction_type=args.interaction_type,
        collab_methods=args.collab_methods,
        trend_priors=args.trend_priors,
        ease_lambda=args.ease_lambda,
        ease_neighbours=args.ease_neighbours,
        users=args.users,
        seed=args.seed,
    )
    report = tune(server, options, settings.data_dir, settings.embedding_model, current)
    print(
        f"\nNDCG@{args.k}, new items, {report['users']:,} validation users; rows: collab method, "
        f"half-life of {args.interaction_type} in days and trend prior; columns: content weight "
        "(collab = 1 - content)"
    )
    print(grid_table(report["grid"]))
    best, served = report["best"], report["current"]
    print(f"\nbest:    {describe(best)}")
    print(f"current: {describe(served)}")
    gain = best["ndcg"] - served["ndcg"]
    if gain > 0:
        print(
            f"the best beats the current settings by {gain:.4f} "
            f"({100 * gain / max(served['ndcg'], 1e-12):.1f}%) on the validation window"
        )
    else:
        print("the current settings score at least as well as the best grid point")
    if args.json:
        write_json(args.json, report)
        print(f"report: {args.json}")
    if args.apply and (gain > 0 or args.force):
        apply_best(server, report, args.interaction_type)
    elif args.apply:
        print("not applied: the best does not beat the current settings (--force writes it anyway)")
    elif gain > 0:
        print(
            "`pgrec tune --apply` writes it into the store's settings (confirm with `pgrec evaluate` first)"
        )
    return 0


def describe(row: dict[str, Any]) -> str:
    """One grid point or the current settings, with its NDCG."""
    weights = "the store's weights" if row["weights"] == CURRENT else f"weights {row['weights']}"
    return (
        f"{weights} on {row['collab_method']}, half-life {row['half_life_days']:g} days, "
        f"trend prior {row['trend_prior']:g}: NDCG {row['ndcg']:.4f} (standard error {row['ndcg_se']:.4f})"
    )


def chosen(best: dict[str, Any]) -> list[tuple[str, str]]:
    """The settings a grid point sets, the larger weight first (the two may never both be 0)."""
    weights = sorted(
        [("content_weight", best["content_weight"]), ("collab_weight", best["collab_weight"])],
        key=lambda pair: -pair[1],
    )
    return [
        *((name, f"{value:g}") for name, value in weights),
        ("trend_prior", f"{best['trend_prior']:g}"),
        ("collab_method", best["collab_method"]),
    ]


def apply_best(url: str, report: dict[str, Any], interaction_type: str) -> None:
    """Write the best grid point into the store: the settings in one transaction (cached lists turn over at
    its commit), the half-life into rec_interaction_types followed by a refresh of what depends on it."""
    best, served = report["best"], report["current"]
    note = (
        f"pgrec tune: NDCG@{report['k']} {best['ndcg']:.4f} vs {served['ndcg']:.4f} (current) on "
        f"{report['validation']}, {report['users']} users"
    )
    with psycopg.connect(url, autocommit=True) as conn:
        before = store_settings.show(conn)
        old_days = half_life_days(conn, interaction_type)
        with conn.transaction():
            for name, value in chosen(best):
                store_settings.set_setting(conn, name, value, note, "tune")
            new_days = float(best["half_life_days"])
            if new_days != old_days:
                conn.execute(
                    "update rec_interaction_types set half_life = %s where interaction_type = %s",
                    (timedelta(days=new_days), interaction_type),
                )
        after = store_settings.show(conn)
    print("\napplied; the store's settings (before -> after):")
    print(store_settings.table(after, before))
    change = f"{old_days:g} -> {new_days:g} days" if new_days != old_days else f"{new_days:g} days, unchanged"
    print(f"half-life of {interaction_type} (rec_interaction_types): {change}")
    for name in store_settings.overridden(after):
        print(
            f"note: pgrec.{name} is set for this role or database and wins over the stored value; "
            f"`alter database ... reset pgrec.{name}` lets it serve"
        )
    if new_days != old_days:
        print("refreshing what the half-life shapes (preferences, similarities, ...)", flush=True)
        print_steps(refresh(url))


def grid_table(grid: list[dict[str, Any]]) -> str:
    """One line per (collab method, half-life, trend prior), one column per content weight."""
    weights = sorted(
        {r["weights"] for r in grid if r["weights"] != CURRENT}, key=lambda w: float(w.split("/")[0])
    )
    lines = ["method          half-life  trend  " + "  ".join(f"{w.split('/')[0]:>7}" for w in weights)]
    points = dict.fromkeys(
        (r["collab_method"], r["half_life_days"], r["trend_prior"]) for r in grid if r["weights"] != CURRENT
    )
    for method, days, prior in points:
        cells = {
            r["weights"]: r["ndcg"]
            for r in grid
            if (r["collab_method"], r["half_life_days"], r["trend_prior"]) == (method, days, prior)
        }
        lines.append(
            f"{method:<15} {days:>9g}  {prior:>5g}  " + "  ".join(f"{cells[w]:7.4f}" for w in weights)
        )
    return "\n".join(lines)
