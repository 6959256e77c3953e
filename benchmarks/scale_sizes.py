"""Sizes of the event log and of everything derived from it, after the refresh (and its vacuum).

The write-path goal: the derived tables together no larger than the event log they are folded from.
"""

from __future__ import annotations

import psycopg

from benchmarks.scale_report import Figure, log

EVENT_LOG = "rec_user_interactions"
# What upkeep and the refresh derive from the log (queues excluded: empty once folded).
DERIVED = [
    "rec_user_preferences",
    "rec_user_taste_terms",
    "rec_user_basket_items",
    "rec_product_basket_counts",
    "rec_frequently_together",
    "rec_product_similarities",
    "rec_product_popularity",
    "rec_trending_snapshot",
    "rec_user_segments",
]


def table_sizes(url: str) -> tuple[list[Figure], dict[str, int]]:
    """One figure per derived table and one for their sum, each in MB beside the event log's size
    (tables with their indexes and TOAST: pg_total_relation_size)."""
    with psycopg.connect(url, autocommit=True) as conn:
        sizes = {
            name: int(conn.execute("select pg_total_relation_size(%s::regclass)", (name,)).fetchone()[0])  # type: ignore[index]
            for name in [EVENT_LOG, *DERIVED]
        }
    log_mb = sizes[EVENT_LOG] / 2**20
    figures = [Figure("sizes", name, sizes[name] / 2**20, "MB", log_mb, "the event log") for name in DERIVED]
    derived_mb = sum(sizes[name] for name in DERIVED) / 2**20
    figures.append(Figure("sizes", "derived tables together", derived_mb, "MB", log_mb, "the event log"))
    log(f"  event log {log_mb:,.1f} MB, derived tables together {derived_mb:,.1f} MB")
    return figures, sizes
