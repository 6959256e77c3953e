"""`pgrec tune`: a grid over rec_personalized's content/collab weights, trend prior, collab method and the
purchase half-life, scored on a validation window before the test cutoff (new items, NDCG@k), beside the
store's current settings scored the same way. Never reads the test window; `pgrec tune --apply` writes the
best point into the store's settings (service/cli/tune_cmd.py)."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import psycopg

from service.core.errors import PgrecError
from service.core.store_settings import set_setting
from service.evaluation.algorithms import Algorithm, Personalized, Weights
from service.evaluation.prepare import Source, active_products, prepare, purchased_before
from service.evaluation.runner import relevant_sets, sample_users, score
from service.evaluation.scratch import scratch_database
from service.evaluation.split import Window
from service.models.collab_fit import (
    DEFAULT_LAMBDA,
    DEFAULT_NEIGHBOURS,
    EASE_METHOD,
    FitOptions,
    fit_collab_model,
)

CURRENT = "current"
# The store's settings tune copies into its scratch database (so the grid runs under the store's
# popularity prior and trend window) and scores as the current configuration.
COPIED_SETTINGS = (
    "content_weight",
    "collab_weight",
    "trend_prior",
    "trend_window",
    "popularity_prior",
    "collab_method",
)


@dataclass(frozen=True)
class Current:
    """What the store serves now: its effective settings (name -> text, as rec_show_settings gives them)
    and the half-life of the tuned interaction type, in days."""

    settings: dict[str, str]
    half_life_days: float

    @property
    def trend_prior(self) -> float:
        return float(self.settings["trend_prior"])

    @property
    def collab_method(self) -> str:
        return self.settings["collab_method"]


@dataclass(frozen=True)
class TuneOptions:
    validation: Window  # train before validation.start, validate on [start, end)
    source: Source
    k: int = 10
    content_weights: tuple[float, ...] = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0)
    half_life_days: tuple[float, ...] = (30.0, 90.0, 180.0, 365.0)
    interaction_type: str = "purchase"
    collab_methods: tuple[str, ...] = ("co_interaction",)  # ease: fitted on the training events
    trend_priors: tuple[float, ...] | None = None  # None: the store's current trend prior only
    ease_lambda: float = DEFAULT_LAMBDA
    ease_neighbours: int = DEFAULT_NEIGHBOURS
    users: int | None = 500
    seed: int = 0
    progress: bool = True


def half_life_days(conn: psycopg.Connection[Any], interaction_type: str) -> float:
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


def _copy_settings(conn: psycopg.Connection[Any], current: Current) -> None:
    """The store's settings into the scratch database's rec_settings (the larger weight first: the two
    may not both be 0 at any moment)."""
    names = sorted(
        COPIED_SETTINGS,
        key=lambda n: -float(current.settings[n]) if n.endswith("_weight") else 0.0,
    )
    for name in names:
        set_setting(conn, name, current.settings[name], "copied from the store", "tune")


def _use(conn: psycopg.Connection[Any], method: str | None, trend_prior: float | None) -> None:
    """Session settings for the next scores; None = the stored (the store's) value."""
    for name, value in (("collab_method", method), ("trend_prior", trend_prior)):
        conn.execute(
            "select set_config(%s, %s, false)", (f"pgrec.{name}", "" if value is None else f"{value}")
        )


def _score(
    conn: psycopg.Connection[Any],
    options: TuneOptions,
    relevant: dict[str, dict[str, set[str]]],
    users: list[str],
    catalog_size: int,
    algorithms: list[Algorithm],
) -> list[dict[str, Any]]:
    """New-item metrics of each algorithm, named by its `weights` label."""
    rows, _ = score(algorithms, relevant, users, options.k, catalog_size, options.progress, ("new",))
    for row in rows:
        row["weights"] = row.pop("algorithm")
    return rows


def _grid_point(options: TuneOptions, conn: psycopg.Connection[Any]) -> list[Algorithm]:
    """rec_personalized for each content weight (collab = 1 - content), under the session's collab
    method and trend prior."""
    return [
        Personalized(f"{w:g}/{1 - w:g}", conn, options.validation.start, Weights(w, round(1 - w, 6)))
        for w in options.content_weights
    ]


def _points(
    options: TuneOptions,
    current: Current,
    methods: tuple[str, ...],
    trend_priors: tuple[float, ...],
    days: float,
) -> list[tuple[str, float, bool, bool]]:
    """(collab method, trend prior, in the grid, the store's current) to score at half-life `days`: the
    grid's points (those the options list) and the store's current configuration (scored as served)."""
    points = []
    for method in methods:
        for prior in sorted({*trend_priors, current.trend_prior}):
            in_grid = (
                method in options.collab_methods and prior in trend_priors and days in options.half_life_days
            )
            served = (days, method, prior) == (
                current.half_life_days,
                current.collab_method,
                current.trend_prior,
            )
            if in_grid or served:
                points.append((method, prior, in_grid, served))
    return points


def tune(
    server_url: str, options: TuneOptions, data_dir: Path, model: str | None, current: Current
) -> dict[str, Any]:
    started = time.monotonic()
    cut = options.validation.start
    validation = options.source.test_purchases(options.validation)
    methods = tuple(dict.fromkeys((*options.collab_methods, current.collab_method)))
    trend_priors = options.trend_priors or (current.trend_prior,)
    grid: list[dict[str, Any]] = []
    with scratch_database(server_url) as url:
        prepare(url, options.source, cut, data_dir, model, options.progress)
        catalog = active_products(url)
        purchased = purchased_before(url, cut)
        relevant = relevant_sets(validation, catalog, purchased)
        users = sample_users(relevant["new"], options.users, options.seed)
        if not users:
            raise PgrecError(f"nobody bought a new, known product in {options.validation.describe()}")
        if EASE_METHOD in methods:
            fit_collab_model(url, FitOptions(options.ease_lambda, options.ease_neighbours), as_of=cut)
        with psycopg.connect(url, autocommit=True) as conn:
            _copy_settings(conn, current)
            for days in sorted({*options.half_life_days, current.half_life_days}):
                _set_half_life(conn, options.interaction_type, days)
                for method, trend_prior, in_grid, served in _points(
                    options, current, methods, trend_priors, days
                ):
                    point = {"half_life_days": days, "collab_method": method, "trend_prior": trend_prior}
                    if in_grid:
                        _use(conn, method, trend_prior)
                        rows = _score(
                            conn, options, relevant, users, len(catalog), _grid_point(options, conn)
                        )
                        grid += [
                            {**row, **point, "content_weight": w, "collab_weight": round(1 - w, 6)}
                            for row, w in zip(rows, options.content_weights, strict=True)
                        ]
                    if served:
                        # the store's settings as copied: no weights passed, no session settings
                        _use(conn, None, None)
                        as_served: list[Algorithm] = [Personalized(CURRENT, conn, cut, Weights())]
                        rows = _score(conn, options, relevant, users, len(catalog), as_served)
                        grid += [{**row, **point} for row in rows]
    best = max((r for r in grid if r["weights"] != CURRENT), key=lambda r: r["ndcg"])
    scored_current = next(r for r in grid if r["weights"] == CURRENT)
    return {
        "validation": options.validation.describe(),
        "source": options.source.describe(),
        "k": options.k,
        "users": len(users),
        "interaction_type": options.interaction_type,
        "current_half_life_days": current.half_life_days,
        "current_settings": current.settings,
        "collab_methods": list(options.collab_methods),
        "trend_priors": list(trend_priors),
        "grid": grid,
        "best": best,
        "current": scored_current,
        "seconds": round(time.monotonic() - started, 1),
    }
