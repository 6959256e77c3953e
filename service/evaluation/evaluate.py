"""`pgrec evaluate` end to end: test purchases, scratch database, algorithms, scores, a report."""

from __future__ import annotations

import time
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import psycopg

from service.core.errors import PgrecError
from service.evaluation.algorithms import Algorithm, Fitted, sql_algorithms
from service.evaluation.baselines import baselines
from service.evaluation.catalog_vectors import ensure_categories, product_vectors
from service.evaluation.prepare import Source, active_products, prepare, purchased_before
from service.evaluation.runner import relevant_sets, sample_users, score, versus
from service.evaluation.scratch import scratch_database
from service.evaluation.split import Window
from service.evaluation.together import evaluate_together, source_test_baskets
from service.evaluation.training import read_training
from service.models.collab_fit import (
    DEFAULT_LAMBDA,
    DEFAULT_NEIGHBOURS,
    EASE_METHOD,
    FitOptions,
    fit_collab_model,
)


@dataclass(frozen=True)
class EvaluateOptions:
    window: Window
    source: Source
    k: int = 10
    baselines: bool = False
    users: int | None = None
    seed: int = 0
    ease_lambda: float = DEFAULT_LAMBDA
    ease_neighbours: int = DEFAULT_NEIGHBOURS
    progress: bool = True


def evaluate(server_url: str, options: EvaluateOptions, data_dir: Path, model: str | None) -> dict[str, Any]:
    """Score every algorithm on a scratch database made on the server of `server_url` (then dropped)."""
    started = time.monotonic()
    test = options.source.test_purchases(options.window)
    baskets = source_test_baskets(options.source, options.window)
    with scratch_database(server_url) as url:
        prepared = prepare(url, options.source, options.window.start, data_dir, model, options.progress)
        report = score_scratch(url, test, options)
        # bought together: one item of each test basket held out (as many baskets as --users, when given)
        report["together"] = evaluate_together(url, baskets, options.k, options.users, options.seed)
    report.update(
        source=options.source.describe(),
        cutoff=options.window.start.isoformat(),
        end=options.window.end.isoformat() if options.window.end else None,
        k=options.k,
        scratch=prepared,
        seconds=round(time.monotonic() - started, 1),
    )
    report["users"]["test"] = len(test)
    return report


def fit_served_model(url: str, cutoff: datetime, options: EvaluateOptions) -> dict[str, Any]:
    """The fitted model as the refresh writes it (method ease, which serving then reads by default),
    fitted on the scratch events before the cutoff: the `hybrid` row is the served default."""
    fit = FitOptions(options.ease_lambda, options.ease_neighbours)
    return fit_collab_model(url, fit, as_of=cutoff).report(fit)


def fitted_baselines(url: str, cutoff: datetime, options: EvaluateOptions) -> list[Algorithm]:
    """The numpy baselines fitted on the scratch events."""
    data = read_training(url, cutoff)
    purchased = purchased_before(url, cutoff)
    return [Fitted(b, purchased) for b in baselines(data, options.ease_lambda)]


def score_scratch(url: str, test: dict[str, set[str]], options: EvaluateOptions) -> dict[str, Any]:
    cutoff = options.window.start
    catalog = active_products(url)
    purchased = purchased_before(url, cutoff)
    relevant = relevant_sets(test, catalog, purchased)
    users = sample_users(relevant["repeat"], options.users, options.seed)
    if not users:
        raise PgrecError(
            f"no test user bought a product known before {cutoff.isoformat()}; choose an earlier --cutoff"
        )
    depth = options.k + max(len(purchased.get(user, ())) for user in users)
    report: dict[str, Any] = {}
    unit = product_vectors(url)  # for ILD
    report["categories"] = ensure_categories(url, unit, options.seed)  # for hybrid-cap2
    with ExitStack() as stack:
        conn = stack.enter_context(psycopg.connect(url, autocommit=True))
        ease_conn = None
        extra: list[Algorithm] = []
        report["ease"] = fit_served_model(url, cutoff, options)
        if options.baselines:
            extra = fitted_baselines(url, cutoff, options)
            ease_conn = stack.enter_context(psycopg.connect(url, autocommit=True))
            ease_conn.execute("select set_config('pgrec.collab_method', %s, false)", (EASE_METHOD,))
        algorithms = sql_algorithms(conn, cutoff, purchased, depth, ease_conn) + extra
        started = time.monotonic()
        rows, sums = score(algorithms, relevant, users, options.k, len(catalog), options.progress, unit=unit)
        report["scoring_seconds"] = round(time.monotonic() - started, 1)
    report["users"] = {
        "evaluated": len(users),
        "with_history": sum(1 for user in users if user in purchased),
        "new_protocol": sum(1 for user in users if user in relevant["new"]),
        "returning_protocol": sum(1 for user in users if user in relevant["returning"]),
    }
    report["catalog"] = len(catalog)
    report["results"] = rows
    # The served configuration against every other row, user by user: is a gap more than noise? And
    # the served buy-again list against every other row on repeat purchases (all users, and returning ones).
    report["versus"] = (
        versus(sums, "hybrid")
        + versus(sums, "hybrid-ease")
        + versus(sums, "buy-again", "repeat")
        + versus(sums, "buy-again", "returning")
    )
    return report
