"""Read latency at scale: p50/p99 of every rec_* read function, next to a primary-key lookup round trip.

Subjects are drawn from the loaded data: users uniformly among those with history, products by
event (so popular products come up as often as a storefront would ask for them), baskets from
real orders, sessions from real visits, search queries encoded by the model from catalog words.
All calls go one after another over one connection (after a warm-up), timed at the client.
"""

from __future__ import annotations

import random
from typing import Any

import numpy as np
import psycopg
from pgvector.psycopg import register_vector

from benchmarks.scale_report import Figure, log
from benchmarks.sql_read_benchmark import percentile, timed
from embeddings.model import encode_texts

Case = tuple[str, str, list[tuple[Any, ...]]]
CEILING = "select id from rec_products where id = %s"


def _column(conn: psycopg.Connection[Any], query: str, *args: Any) -> list[Any]:
    return [row[0] for row in conn.execute(query, args).fetchall()]


def subjects(conn: psycopg.Connection[Any], calls: int, seed: int) -> dict[str, list[Any]]:
    rng = random.Random(seed)
    conn.execute("select setseed(%s)", (rng.random() * 2 - 1,))
    users = _column(conn, "select user_id from rec_user_preferences order by random() limit %s", calls)
    products = _column(
        conn,
        "select product_id from rec_user_interactions tablesample system (5) order by random() limit %s",
        calls,
    )
    baskets = _column(
        conn,
        "select array_agg(product_id) from rec_user_basket_items group by user_id, basket_id "
        "having count(*) between 2 and 5 order by random() limit %s",
        calls,
    )
    sessions = _column(
        conn,
        "select (array_agg(product_id order by created_at desc))[1:5] from rec_user_interactions "
        "where session_id in (select session_id from rec_user_interactions tablesample system (1) limit %s) "
        "group by session_id",
        calls,
    )
    categories = _column(conn, "select distinct categories[1] from rec_products order by 1")
    words = _column(conn, "select distinct unnest(tags) from rec_products order by 1")
    kinds = _column(conn, "select distinct categories[2] from rec_products order by 1")
    queries = [f"{rng.choice(words)} {rng.choice(kinds).lower()}" for _ in range(calls)]
    vectors = list(encode_texts(queries, batch_size=64))
    pick = [rng.choice(products) for _ in range(calls)]
    return {
        "users": [rng.choice(users) for _ in range(calls)],
        "products": pick,
        "baskets": [rng.choice(baskets) for _ in range(calls)] if baskets else [[p] for p in pick],
        "sessions": [rng.choice(sessions) for _ in range(calls)],
        "categories": [rng.choice([None, *categories]) for _ in range(calls)],
        "queries": vectors,
    }


def cases(s: dict[str, list[Any]]) -> list[Case]:
    users = [(u,) for u in s["users"]]
    products = [(p,) for p in s["products"]]
    with_category = [(c,) for c in s["categories"]]
    return [
        ("rec_personalized(user, 10)", "select * from rec_personalized(%s, 10)", users),
        ("rec_personalized(unknown user, 10): cold start", "select * from rec_personalized(%s, 10)",
         [("new-" + u,) for u in s["users"]]),
        ("rec_similar_products(product, 10, 'hybrid')", "select * from rec_similar_products(%s, 10)", products),
        ("rec_similar_products(product, 10, 'content')",
         "select * from rec_similar_products(%s, 10, 'content')", products),
        ("rec_similar_products(product, 10, 'co_interaction')",
         "select * from rec_similar_products(%s, 10, 'co_interaction')", products),
        ("rec_frequently_bought_together(basket, 10)",
         "select * from rec_frequently_bought_together(%s, 10)", [(b,) for b in s["baskets"]]),
        ("rec_cart_recommendations(basket, 10)",
         "select * from rec_cart_recommendations(%s, 10)", [(b,) for b in s["baskets"]]),
        ("rec_session_recommendations(session, 10)",
         "select * from rec_session_recommendations(%s, 10)", [(x,) for x in s["sessions"]]),
        ("rec_trending(10, category)", "select * from rec_trending(10, category => %s)", with_category),
        ("rec_popular(10, category)", "select * from rec_popular(10, category => %s)", with_category),
        ("rec_semantic_search(query vector, 10)",
         "select * from rec_semantic_search(%s, 10)", [(np.asarray(v),) for v in s["queries"]]),
    ]  # fmt: skip


def read_latencies(url: str, calls: int, seed: int) -> tuple[list[Figure], dict[str, Any]]:
    figures: list[Figure] = []
    details: dict[str, Any] = {}
    with psycopg.connect(url, autocommit=True) as conn:
        register_vector(conn)
        s = subjects(conn, calls, seed)
        warm_up = min(50, calls)
        ceiling = timed(conn, CEILING, [(p,) for p in s["products"]], warm_up)
        c50, c99 = percentile(ceiling, 0.5), percentile(ceiling, 0.99)
        log(f"  ceiling (primary-key lookup): p50 {c50:.3f} ms, p99 {c99:.3f} ms")
        details["ceiling_ms"] = {"p50": c50, "p99": c99}
        for name, query, arguments in cases(s):
            times = timed(conn, query, arguments, warm_up)
            p50, p99 = percentile(times, 0.5), percentile(times, 0.99)
            log(f"  {name}: p50 {p50:.2f} ms, p99 {p99:.2f} ms")
            details[name] = {"p50": p50, "p90": percentile(times, 0.9), "p99": p99, "calls": len(times)}
            figures.append(Figure("read p50", name, p50, "ms", c50, "pk lookup p50"))
            figures.append(Figure("read p99", name, p99, "ms", c99, "pk lookup p99"))
    return figures, details


def refresh_all(url: str) -> tuple[list[Figure], list[dict[str, Any]]]:
    """rec_refresh_all() once; one figure per step (seconds, no ceiling)."""
    with psycopg.connect(url, autocommit=True) as conn:
        rows = conn.execute("select step, changed, seconds from rec_refresh_all()").fetchall()
        conn.execute("vacuum analyze")
    steps = [{"step": step, "changed": changed, "seconds": seconds} for step, changed, seconds in rows]
    figures = [
        Figure(
            "rec_refresh_all()", f"step {step}", seconds, "s", note=f"changed {changed:,}" if changed else ""
        )
        for step, changed, seconds in rows
    ]
    figures.append(Figure("rec_refresh_all()", "total", sum(row[2] for row in rows), "s"))
    for step in steps:
        log(f"  {step['step']:<20} {step['seconds']:7.1f} s  changed {step['changed']}")
    return figures, steps
