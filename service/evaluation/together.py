"""Bought-together quality on a time split: each basket bought in the test window gives one case, an item
held out (drawn with a seed) and ranked by rec_frequently_bought_together from the rest of the basket
(protocol `cart`) or from one other item of it (protocol `product`, as a product page asks); hit rate and
NDCG at k, with the same MetricSum as the user protocols (one relevant item: precision = hit / k)."""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg

from service.evaluation.metrics import MetricSum
from service.evaluation.prepare import DEMO_FILE, Source, active_products
from service.evaluation.split import Window
from service.ingest.online_retail import purchases

PROTOCOLS = ("cart", "product")
MAX_BASKET_ITEMS = 50  # _rec_max_basket_items(): larger baskets do not count for the pairs either


@dataclass(frozen=True)
class Case:
    """One test basket: the item held out, the rest of the basket, and the one other item a product page
    would show it beside."""

    basket: str
    held_out: str
    rest: tuple[str, ...]
    page: str


def file_test_baskets(path: Path, window: Window) -> dict[str, set[str]]:
    """Products per invoice of the Online Retail file invoiced in the window (purchases as the importer
    reads them); a basket is an invoice, as the importer's order_id."""
    baskets: dict[str, set[str]] = defaultdict(set)
    for row in purchases(path, None):
        if window.contains(row.invoiced_at):
            baskets[row.invoice].add(row.stock_code)
    return dict(baskets)


def database_test_baskets(url: str, window: Window) -> dict[str, set[str]]:
    """Products per basket (_rec_basket_id, per user) of the conversion events in the window."""
    baskets: dict[str, set[str]] = defaultdict(set)
    with psycopg.connect(url) as conn:
        rows = conn.execute(
            "select i.user_id || ' ' || _rec_basket_id(i.context, i.session_id), i.product_id "
            "from rec_user_interactions i "
            "join rec_interaction_types t on t.interaction_type = i.interaction_type "
            "where t.is_conversion and _rec_basket_id(i.context, i.session_id) is not null "
            "and i.created_at >= %s and (%s::timestamptz is null or i.created_at < %s)",
            (window.start, window.end, window.end),
        )
        for basket, product in rows:
            baskets[basket].add(product)
    return dict(baskets)


def cases(
    baskets: Mapping[str, set[str]], catalog: Collection[str], limit: int | None = None, seed: int = 0
) -> list[Case]:
    """One case per basket holding 2 to MAX_BASKET_ITEMS products of the catalog (products first sold
    later cannot be recommended), in basket order; a seeded sample of `limit` of them when given."""
    known = set(catalog)
    rng = random.Random(seed)
    found: list[Case] = []
    for basket in sorted(baskets):
        items = sorted(baskets[basket] & known)
        if not 2 <= len(items) <= MAX_BASKET_ITEMS:
            continue
        held_out = rng.choice(items)
        rest = tuple(item for item in items if item != held_out)
        found.append(Case(basket, held_out, rest, rng.choice(rest)))
    if limit is not None and limit < len(found):
        found = sorted(random.Random(seed).sample(found, limit), key=lambda case: case.basket)
    return found


def bought_together(conn: psycopg.Connection[Any], anchors: Sequence[str], k: int) -> list[str]:
    rows = conn.execute("select product_id from rec_frequently_bought_together(%s, %s)", (list(anchors), k))
    return [row[0] for row in rows]


def score_together(
    conn: psycopg.Connection[Any], found: Sequence[Case], k: int, catalog_size: int
) -> list[dict[str, Any]]:
    """One row per protocol: cases scored (`users`), the metrics at k, and `answered` = the share of cases
    that got a non-empty list."""
    rows = []
    for protocol in PROTOCOLS:
        total = MetricSum(k, catalog_size)
        answered = 0
        for case in found:
            ranked = bought_together(conn, case.rest if protocol == "cart" else (case.page,), k)
            answered += bool(ranked)
            total.add(ranked, {case.held_out})
        result = total.result()
        rows.append(
            {
                "algorithm": "bought-together",
                "protocol": protocol,
                "k": k,
                **result,
                "answered": answered / max(len(found), 1),
            }
        )
    return rows


def source_test_baskets(source: Source, window: Window) -> dict[str, set[str]]:
    """The test baskets of an evaluation's source: invoices of the file, or baskets of the database.
    MovieLens has none: ratings carry no order, and films rated the same day are not a basket."""
    if source.movielens:
        return {}
    if source.database_url:
        return database_test_baskets(source.database_url, window)
    return file_test_baskets(source.dataset or DEMO_FILE, window)


def evaluate_together(
    url: str, baskets: Mapping[str, set[str]], k: int, limit: int | None = None, seed: int = 0
) -> dict[str, Any]:
    """The protocol on the scratch database at `url` (pairs rebuilt from the training events): how many
    test baskets there were, how many were scored, and one row per protocol."""
    catalog = active_products(url)
    found = cases(baskets, catalog, limit, seed)
    with psycopg.connect(url, autocommit=True) as conn:
        rows = score_together(conn, found, k, len(catalog))
    return {"baskets": len(baskets), "cases": len(found), "results": rows}
