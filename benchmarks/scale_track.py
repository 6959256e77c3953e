"""Track batch throughput on the loaded database: rec_track_interactions next to COPY of the same batches.

New events (views, clicks, carts, purchases of real users on real products, now) are sent in
batches, one call and transaction per batch, as the service does for POST /track/batch; the
ceiling COPYs the same events, batch by batch, into an unlogged table without indexes or triggers.
"""

from __future__ import annotations

import json
import random
import time
from typing import Any

import psycopg
from psycopg.types.json import Jsonb

from benchmarks.scale_load import INTERACTION_TABLE, interaction_row
from benchmarks.scale_report import Figure, log

KINDS = ["view"] * 12 + ["click"] * 4 + ["add_to_cart"] * 2 + ["purchase"]


def new_events(conn: psycopg.Connection[Any], count: int, seed: int) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    users = [row[0] for row in conn.execute("select user_id from rec_user_preferences")]
    products = [
        row[0] for row in conn.execute("select product_id from rec_user_interactions tablesample system (2)")
    ]
    events = []
    for number in range(count):
        kind = rng.choice(KINDS)
        event: dict[str, Any] = {
            "user_id": rng.choice(users),
            "session_id": f"bench-sess-{number // 8}",
            "product_id": rng.choice(products),
            "interaction_type": kind,
            "external_id": f"bench-{seed}-{number}",
        }
        if kind == "purchase":
            event["context"] = {"order_id": f"bench-order-{number // 3}"}
        events.append(event)
    return events


def batches(events: list[dict[str, Any]], size: int) -> list[list[dict[str, Any]]]:
    return [events[start : start + size] for start in range(0, len(events), size)]


def copy_batches(conn: psycopg.Connection[Any], groups: list[list[dict[str, Any]]]) -> float:
    conn.execute("drop table if exists _bench_copy_interactions")
    conn.execute(INTERACTION_TABLE)
    try:
        started = time.perf_counter()
        for group in groups:
            with (
                conn.transaction(),
                conn.cursor() as cur,
                cur.copy("copy _bench_copy_interactions from stdin") as copy,
            ):
                for event in group:
                    copy.write_row(interaction_row(event))
        return time.perf_counter() - started
    finally:
        conn.execute("drop table if exists _bench_copy_interactions")


def track_batches(url: str, events: int, batch: int, seed: int) -> tuple[Figure, list[dict[str, Any]]]:
    """Returns the figure and the events' user ids (so the HTTP track scenario can use others)."""
    with psycopg.connect(url, autocommit=True) as conn:
        sample = new_events(conn, events, seed)
        groups = batches(sample, batch)
        ceiling = copy_batches(conn, groups)
        started = time.perf_counter()
        for group in groups:
            conn.execute("select rec_track_interactions(%s)", (Jsonb(group),))
        seconds = time.perf_counter() - started
    rate, ceiling_rate = len(sample) / seconds, len(sample) / ceiling
    log(
        f"  rec_track_interactions: {rate:,.0f} events/s; COPY of the same batches {ceiling_rate:,.0f} events/s"
    )
    figure = Figure(
        "track",
        f"rec_track_interactions ({batch:,}/batch, loaded database)",
        rate,
        "events/s",
        ceiling_rate,
        "COPY of the same batches, unlogged",
        extra={"events": len(sample), "batch": batch, "seconds": seconds, "ceiling_seconds": ceiling},
    )
    return figure, sample


def payload(events: list[dict[str, Any]]) -> str:
    return json.dumps({"events": events})
