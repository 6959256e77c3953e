"""The served item-item model (method ease): EASE on the products most users touched, as many as the
dense fit affords (max_ease_items), and for the rest their co_interaction neighbours scaled to EASE's
range; fitted from the event log after each refresh and swapped into rec_product_similarities."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import numpy as np
import numpy.typing as npt
import psycopg

from service.core.errors import PgrecError
from service.models.ease import ease_from_gram
from service.models.events import Events, read_events
from service.models.neighbours import Row, top_neighbours
from service.models.store import record_fit, similarities_at, write_neighbours

EASE_METHOD = "ease"
DEFAULT_LAMBDA = 500.0
# 20: on the validation windows 2011-08..10 and 2011-06..08 (served NDCG@10, paired against 50) 40, 30, 20 and
# 10 were all within noise of 50 (20: +0.0005 +- 0.0008, +0.0006 +- 0.0010); 20 keeps 40% of the rows.
DEFAULT_NEIGHBOURS = 20
# The dense part: a float32 Gram of N x N, factorised and inverted in place (Cholesky, ~N^3 flops).
# Measured on 2 shared cores: N = 8,000 in 7 s, 10,000 in ~14 s, 16,000 ~1 min; 10,000 is 400 MB.
MAX_EASE_ITEMS = 10_000

Progress = Callable[[str], None]


def stderr_progress(message: str) -> None:
    print(f"  {message}", file=sys.stderr, flush=True)


@dataclass(frozen=True)
class FitOptions:
    regularisation: float = DEFAULT_LAMBDA
    neighbours: int = DEFAULT_NEIGHBOURS
    max_ease_items: int = MAX_EASE_ITEMS

    def check(self) -> None:
        if not 1 <= self.neighbours <= 200:
            raise PgrecError(f"neighbours must be between 1 and 200, got {self.neighbours}")
        if not self.regularisation > 0:
            raise PgrecError(f"lambda must be positive, got {self.regularisation}")
        if self.max_ease_items < 2:
            raise PgrecError(f"max_ease_items must be >= 2, got {self.max_ease_items}")


@dataclass
class FitResult:
    users: int
    items: int
    ease_items: int
    tail_items: int
    rows: int
    changed: int
    seconds: float
    timings: dict[str, float] = field(default_factory=dict)

    def report(self, options: FitOptions) -> dict[str, Any]:
        return {
            "lambda": options.regularisation,
            "neighbours": options.neighbours,
            "max_ease_items": options.max_ease_items,
            "users": self.users,
            "items": self.items,
            "ease_items": self.ease_items,
            "tail_items": self.tail_items,
            "rows": self.rows,
            "changed": self.changed,
            "seconds": round(self.seconds, 2),
            "timings": {key: round(value, 2) for key, value in self.timings.items()},
        }


def head_items(events: Events, limit: int) -> npt.NDArray[np.int64]:
    """The `limit` items with the most users (ties by id), in id order: the columns EASE is fitted on."""
    users = events.users_per_item()
    order = np.lexsort((np.arange(len(users)), -users))  # most users first, then id order
    return np.sort(order[:limit])


def ease_rows(events: Events, head: npt.NDArray[np.int64], options: FitOptions) -> list[Row]:
    """EASE on the head items (the recency-weighted matrix, Events.recency_matrix), top neighbours (among
    them) per head item."""
    matrix = events.recency_matrix(head)
    gram = np.asarray((matrix.T @ matrix).toarray(), dtype=np.float32)
    del matrix
    weights = ease_from_gram(gram, options.regularisation)
    return top_neighbours(weights, [events.items[i] for i in head], options.neighbours)


_TAIL_NEIGHBOURS = """
select s.product_id, s.similar_product_id, s.score
  from rec_product_similarities s
 where s.method = 'co_interaction' and s.rank <= %(n)s
 order by s.product_id, s.rank, s.similar_product_id
"""


def tail_rows(conn: psycopg.Connection[Any], head_rows: Sequence[Row], head: set[str], n: int) -> list[Row]:
    """co_interaction neighbours of the products outside the head, their scores multiplied by the ratio
    of the medians of the head products' top EASE weight and top co_interaction score: an item's
    neighbours then weigh in a user's collaborative sum about as much whichever part they come from."""
    found = conn.execute(_TAIL_NEIGHBOURS, {"n": n}).fetchall()
    head_top_ease = [score for _, _, score, rank in head_rows if rank == 1]
    head_top_co = [float(score) for product, _, score in _first_per_product(found) if product in head]
    scale = 1.0
    if head_top_ease and head_top_co and float(np.median(head_top_co)) > 0:
        scale = float(np.median(head_top_ease)) / float(np.median(head_top_co))
    rows: list[Row] = []
    ranks: dict[str, int] = {}
    for product, neighbour, score in found:
        if product in head:
            continue
        rank = ranks.get(product, 0) + 1
        ranks[product] = rank
        rows.append((product, neighbour, float(score) * scale, rank))
    return rows


def _first_per_product(found: Sequence[tuple[str, str, float]]) -> list[tuple[str, str, float]]:
    first: list[tuple[str, str, float]] = []
    previous = None
    for row in found:
        if row[0] != previous:
            first.append(row)
            previous = row[0]
    return first


def fit_collab_model(
    url: str,
    options: FitOptions | None = None,
    as_of: datetime | None = None,
    progress: Progress | None = None,
) -> FitResult:
    """Fit on the events before `as_of` (default now) and swap the rows of method ease in `url`
    (only rows that changed are written, in one transaction: readers never wait, a rerun on the same
    events changes nothing). The tail reads co_interaction as the last refresh left it."""
    options = options or FitOptions()
    options.check()
    say = progress or (lambda message: None)
    started = time.monotonic()
    timings: dict[str, float] = {}

    def lap(name: str, since: float) -> float:
        now = time.monotonic()
        timings[name] = now - since
        return now

    with psycopg.connect(url, autocommit=True) as conn:
        since = similarities_at(conn)
    events = read_events(url, as_of or datetime.now(UTC))
    mark = lap("read", started)
    say(f"read {len(events.rows):,} pairs of {len(events.users):,} users and {len(events.items):,} products")
    head = head_items(events, options.max_ease_items)
    head_ids = {events.items[i] for i in head}
    # No events on active products: no rows (serving falls back to co_interaction).
    rows = ease_rows(events, head, options) if len(head) else []
    mark = lap("ease", mark)
    say(f"EASE on {len(head):,} products: {len(rows):,} neighbour rows in {timings['ease']:.1f} s")
    with psycopg.connect(url) as conn:
        tail = tail_rows(conn, rows, head_ids, options.neighbours) if len(head) < len(events.items) else []
        mark = lap("tail", mark)
        if tail:
            say(f"co_interaction for {len({row[0] for row in tail}):,} other products: {len(tail):,} rows")
        changed = write_neighbours(conn, EASE_METHOD, [*rows, *tail], progress=say)
        lap("write", mark)
        result = FitResult(
            users=len(events.users),
            items=len(events.items),
            ease_items=len(head),
            tail_items=len(events.items) - len(head),
            rows=len(rows) + len(tail),
            changed=changed,
            seconds=time.monotonic() - started,
            timings=timings,
        )
        record_fit(conn, EASE_METHOD, since, result.report(options))
    return result
