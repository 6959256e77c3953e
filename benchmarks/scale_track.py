"""Track batch throughput on the loaded database: rec_track_interactions next to COPY of the same batches.

New events (views, clicks, carts, purchases of real users on real products, now) are sent in
batches, one call and transaction per batch, as the service does for POST /track/batch; they land in
the tracking inbox, and the move into the event log that upkeep makes of them is timed apart. Two ceilings
COPY the same events batch by batch: into an unlogged table without indexes or triggers (what the
machine can move), and into the event log itself (what storing an event costs with the log's indexes,
foreign keys and queue trigger: the part of rec_track_interactions that is not storage is the gap).
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


def copy_batches(conn: psycopg.Connection[Any], groups: list[list[dict[str, Any]]], table: str) -> float:
    columns = (
        "(user_id, session_id, product_id, interaction_type, quantity, unit_price, context, external_id)"
    )
    started = time.perf_counter()
    for group in groups:
        with (
            conn.transaction(),
            conn.cursor() as cur,
            cur.copy(f"copy {table} {columns} from stdin") as copy,
        ):
            for event in group:
                copy.write_row(interaction_row(event)[:-1])  # occurred_at: the column default, now()
    return time.perf_counter() - started


def copy_ceiling(conn: psycopg.Connection[Any], groups: list[list[dict[str, Any]]]) -> float:
    conn.execute("drop table if exists _bench_copy_interactions")
    conn.execute(INTERACTION_TABLE)
    try:
        return copy_batches(conn, groups, "_bench_copy_interactions")
    finally:
        conn.execute("drop table if exists _bench_copy_interactions")


def copy_into_log(conn: psycopg.Connection[Any], groups: list[list[dict[str, Any]]]) -> float:
    """The same events stored by COPY into rec_user_interactions (own idempotency keys: stored, not skipped)."""
    renamed = [
        [{**event, "external_id": f"{event['external_id']}-copy"} for event in group] for group in groups
    ]
    return copy_batches(conn, renamed, "rec_user_interactions")


ROUNDS = 3  # ceiling and function side by side, each round on new events: the median round is reported


def track_round(conn: psycopg.Connection[Any], groups: list[list[dict[str, Any]]]) -> dict[str, float]:
    """One round: the COPY ceiling, rec_track_interactions (into the inbox), the move of what it stored into
    the event log (rec_upkeep's first step, timed apart), COPY of the same events into the log; seconds."""
    ceiling = copy_ceiling(conn, groups)
    started = time.perf_counter()
    for group in groups:
        conn.execute("select rec_track_interactions(%s)", (Jsonb(group),))
    seconds = time.perf_counter() - started
    started = time.perf_counter()
    conn.execute("select _rec_store_inbox()")
    move = time.perf_counter() - started
    storing = copy_into_log(conn, groups)
    return {"ceiling": ceiling, "track": seconds, "move": move, "storing": storing}


def track_batches(url: str, events: int, batch: int, seed: int) -> tuple[list[Figure], list[dict[str, Any]]]:
    """Returns the figures (the first beside the unlogged COPY, the second beside COPY into the event log)
    of the median of ROUNDS rounds, and the first round's events (so the HTTP track scenario can use other
    users)."""
    rounds = []
    with psycopg.connect(url, autocommit=True) as conn:
        for number in range(ROUNDS):
            sample = new_events(conn, events, seed + number)
            rounds.append({**track_round(conn, batches(sample, batch)), "events": len(sample)})
            if number == 0:
                first = sample
    for number, r in enumerate(rounds, 1):
        log(
            f"  round {number}: rec_track_interactions {r['events'] / r['track']:,.0f} events/s "
            f"({r['ceiling'] / r['track']:.3f} of COPY {r['events'] / r['ceiling']:,.0f} events/s unlogged, "
            f"{r['storing'] / r['track']:.2f} of COPY into the event log {r['events'] / r['storing']:,.0f}); "
            f"moved into the log by upkeep at {r['events'] / r['move']:,.0f} events/s"
        )
    median = sorted(rounds, key=lambda r: r["ceiling"] / r["track"])[len(rounds) // 2]
    count = median["events"]
    rate = count / median["track"]
    name = f"rec_track_interactions ({batch:,}/batch, loaded database, median of {ROUNDS} rounds)"
    extra = {
        "events": count,
        "batch": batch,
        "seconds": median["track"],
        "move_seconds": median["move"],
        "rounds": rounds,
    }
    return [
        Figure("track", name, rate, "events/s", count / median["ceiling"], "COPY of the same batches, unlogged",
               extra={**extra, "ceiling_seconds": median["ceiling"]}),
        Figure("track", name, rate, "events/s", count / median["storing"],
               "COPY of the same batches into the event log (its indexes, foreign keys, queue trigger)",
               extra={**extra, "ceiling_seconds": median["storing"]}),
    ], first  # fmt: skip


def payload(events: list[dict[str, Any]]) -> str:
    return json.dumps({"events": events})
