"""Fit EASE on a database's events and write its neighbours there (method ease), for
`pgrec fit-ease`, the hybrid-ease rows of `pgrec evaluate` and `pgrec tune --collab-methods`."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import psycopg

from service.core.errors import PgrecError
from service.evaluation.baselines import ease
from service.evaluation.neighbours import top_neighbours, write_neighbours
from service.evaluation.training import TrainingData, read_training

EASE_METHOD = "ease"


def write_ease(url: str, data: TrainingData, regularisation: float, neighbours: int) -> int:
    """EASE on `data` (read from `url`), top `neighbours` per product written to `url`; rows written."""
    if not data.items:
        raise PgrecError("no events on active products: nothing to fit EASE on")
    rows = top_neighbours(ease(data.binary, regularisation), data.items, neighbours)
    with psycopg.connect(url) as conn:
        write_neighbours(conn, EASE_METHOD, rows)
    return len(rows)


def fit_ease(url: str, before: datetime, regularisation: float, neighbours: int) -> dict[str, Any]:
    """Fit on the events before `before` and write; what was fitted, for reports."""
    data = read_training(url, before)
    rows = write_ease(url, data, regularisation, neighbours)
    return {
        "lambda": regularisation,
        "neighbours": neighbours,
        "rows": rows,
        "users": len(data.users),
        "items": len(data.items),
    }
