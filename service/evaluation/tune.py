"""`pgrec tune`: a grid over rec_personalized's content/collab weights and the purchase half-life,
scored on a validation window before the test cutoff (new items, NDCG@k). Reports only: a human
changes the SQL defaults, with this output as the evidence."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import psycopg

from service.core.errors import PgrecError
from service.evaluation.algorithms import Algorithm, Personalized, Weights
from service.evaluation.prepare import Source, active_products, prepare, purchased_before
from service.evaluation.runner import relevant_sets, sample_users, score
from service.evaluation.scratch import scratch_database
from service.evaluation.split import Window
from service.models.collab_fit import EASE_METHOD, FitOptions, fit_collab_model

DEFAULT = "default"


@dataclass(frozen=True)
class TuneOptions:
    validation: Window  # train before validation.start, validate on [start, end)
    source: Source
    k: int = 10
    content_weights: tuple[float, ...] = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0)
    half_life_days: tuple[float, ...] = (30.0, 90.0, 180.0, 365.0)
    interaction_type: str = "purchase"
    collab_methods: tuple[str, ...] = ("co_interaction",)  # ease: fitted on the training events
    ease_lambda: float = 500.0
    ease_neighbours: int = 50
    users: int | None = 500
    seed: int = 0
    progress: bool = True


def _half_life(conn: psycopg.Connection[Any], interaction_type: str) -> float:
    row = conn.execute(
        "select extract(epoch from half_life) / 86400 from rec_interaction_types where interaction_type = %s",
        (interaction_type,),
    ).fetchone()
    if row is None:
        raise PgrecError(
            f"--interaction-type: no interaction type {interaction_type!r} in rec_interaction_types"
        )
    return float(row[0])


def _set_half_life(conn: psycopg.Connection[Any], interaction_type: str, days: float) -> None:
    """Change the half-life in the scratch database and rebuild the neighbours that depend on it."""
    conn.execute(
        "update rec_interaction_types set half_life = %s where interaction_type = %s",
        (timedelta(days=days), interaction_type),
    )
    conn.execute("select rec_refresh_similarities()")


def _score_weights(
    conn: psycopg.Connection[Any],
    options: TuneOptions,
    relevant: dict[str, dict[str, set[str]]],
    users: list[str],
    catalog_size: int,
    with_default: bool,
) -> list[dict[str, Any]]:
    """New-item metrics of rec_personalized for each content weight (collab = 1 - content), and of
    its own defaults when `with_default`, on the session's current collab method and half-life."""
    cut = options.validation.start
    algorithms: list[Algorithm] = [
        Personalized(f"{w:g}/{1 - w:g}", conn, cut, Weights(w, round(1 - w, 6)))
        for w in options.content_weights
    ]
    if with_default:
        algorithms.append(Personalized(DEFAULT, conn, cut, Weights()))
    rows, _ = score(algorithms, relevant, users, options.k, catalog_size, options.progress, ("new",))
    for row in rows:
        row["weights"] = row.pop("algorithm")
    return rows


def tune(server_url: str, options: TuneOptions, data_dir: Path, model: str | None) -> dict[str, Any]:
    started = time.monotonic()
    cut = options.validation.start
    validation = options.source.test_purchases(options.validation)
    grid: list[dict[str, Any]] = []
    with scratch_database(server_url) as url:
        prepare(url, options.source, cut, data_dir, model, options.progress)
        catalog = active_products(url)
        purchased = purchased_before(url, cut)
        relevant = relevant_sets(validation, catalog, purchased)
        users = sample_users(relevant["new"], options.users, options.seed)
        if not users:
            raise PgrecError(f"nobody bought a new, known product in {options.validation.describe()}")
        if EASE_METHOD in options.collab_methods:
            fit_collab_model(url, FitOptions(options.ease_lambda, options.ease_neighbours), as_of=cut)
        with psycopg.connect(url, autocommit=True) as conn:
            current = _half_life(conn, options.interaction_type)
            for days in sorted({*options.half_life_days, current}):
                _set_half_life(conn, options.interaction_type, days)
                for method in options.collab_methods:
                    conn.execute("select set_config('pgrec.collab_method', %s, false)", (method,))
                    rows = _score_weights(conn, options, relevant, users, len(catalog), days == current)
                    grid += [{**row, "half_life_days": days, "collab_method": method} for row in rows]
    best = max((r for r in grid if r["weights"] != DEFAULT), key=lambda r: r["ndcg"])
    # The served configuration: the SQL defaults on the first method listed (the one in use).
    default = next(
        r for r in grid if r["weights"] == DEFAULT and r["collab_method"] == options.collab_methods[0]
    )
    return {
        "validation": options.validation.describe(),
        "source": options.source.describe(),
        "k": options.k,
        "users": len(users),
        "interaction_type": options.interaction_type,
        "current_half_life_days": current,
        "collab_methods": list(options.collab_methods),
        "grid": grid,
        "best": best,
        "default": default,
        "seconds": round(time.monotonic() - started, 1),
    }
