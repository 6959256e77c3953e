"""Tracking, preferences and bought-together on real Online Retail data.

The properties run on a copy of each session template (conftest `retail_url`: the demo subset, and
the full file, `slow`, skipped without it), loaded as `pgrec import` does and refreshed with
rec_refresh_all(). The live path has one test of its own on a slice of a few thousand rows:
tracked live (every batch through rec_track_interactions and then folded by rec_upkeep(), in two steps
with product embeddings in between), the incremental state equals a full rebuild. That deferred upkeep reaches the live state is
tests/importers/test_deferred_upkeep.py.
"""

from __future__ import annotations

import csv
import gzip
import random
from collections import defaultdict
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import numpy as np
import psycopg
import pytest
from pgvector.psycopg import register_vector

from service.ingest.online_retail import grouped_events, product_rows, scan
from service.ingest.progress import Progress
from service.ingest.report import ImportReport
from service.ingest.sinks import EventWriter, upsert_products
from tests.support.retail_data import DEMO_FILE, RetailTemplate
from tests.support.upkeep import fold

MAX_BASKET = 50
SLICE_LINES = 4000  # the slice: the demo file's first lines (about 200 invoices)


def retail_baskets(path: Path) -> dict[tuple[str, str], set[str]]:
    """(customer, invoice) -> distinct stock codes, purchases only (as the importer reads them)."""
    baskets: dict[tuple[str, str], set[str]] = defaultdict(set)
    with gzip.open(path, "rt", newline="") as source:
        for row in csv.DictReader(source):
            if not row["CustomerID"] or row["InvoiceNo"].startswith("C") or int(row["Quantity"]) <= 0:
                continue
            baskets[(row["CustomerID"].removesuffix(".0"), row["InvoiceNo"])].add(row["StockCode"])
    return baskets


@pytest.fixture(scope="module")
def retail(retail_url: str) -> Iterator[psycopg.Connection]:
    with psycopg.connect(retail_url, autocommit=True) as conn:
        register_vector(conn)
        yield conn


def test_basket_counts_match_the_file(retail: psycopg.Connection, retail_template: RetailTemplate) -> None:
    baskets = retail_baskets(retail_template.path)
    counted = [items for items in baskets.values() if len(items) <= MAX_BASKET]
    assert retail.execute("select basket_count from rec_basket_totals").fetchone() == (len(counted),)
    per_product: dict[str, int] = defaultdict(int)
    for items in counted:
        for item in items:
            per_product[item] += 1
    stored = dict(retail.execute("select product_id, basket_count from rec_product_basket_counts").fetchall())
    assert stored == per_product
    # each product keeps its 100 pairs of highest count (ties: the other product's id), counted exactly
    rng = random.Random(11)
    for items in rng.sample(counted, 20):
        a = rng.choice(sorted(items))
        together: dict[str, int] = defaultdict(int)
        for basket in counted:
            if a in basket:
                for b in basket - {a}:
                    together[b] += 1
        expected = sorted(together.items(), key=lambda pair: (-pair[1], pair[0]))[:100]
        rows = retail.execute(
            "select other_product_id, pair_count from rec_frequently_together where product_id = %s "
            "order by pair_count desc, other_product_id",
            (a,),
        ).fetchall()
        assert rows == expected, a


def test_pairs_kept_both_ways_agree(retail: psycopg.Connection) -> None:
    """n(a,b) = n(b,a) wherever both directions are kept (each product keeps its own 100 strongest)."""
    disagree = retail.execute(
        "select count(*) from rec_frequently_together f join rec_frequently_together g "
        "on g.product_id = f.other_product_id and g.other_product_id = f.product_id "
        "where g.pair_count <> f.pair_count"
    ).fetchone()
    assert disagree == (0,)
    assert retail.execute(
        "select max(n) from (select count(*) as n from rec_frequently_together group by product_id) s"
    ).fetchone() == (100,)


def test_bought_together_properties(retail: psycopg.Connection) -> None:
    rng = random.Random(2)
    products = [r[0] for r in retail.execute("select product_id from rec_product_basket_counts order by 1")]
    inactive = {r[0] for r in retail.execute("select id from rec_products where not is_active")}
    assert inactive, "the importer marks fee codes (POST, ...) inactive"
    served = 0
    for size in [1] * 150 + [3] * 30 + [12] * 10:
        cart = rng.sample(products, size)
        k = rng.choice([1, 5, 10, 20])
        rows = retail.execute(
            "select product_id, score, pair_count, confidence, lift, reason from rec_frequently_bought_together(%s, %s)",
            (cart, k),
        ).fetchall()
        served += bool(rows)
        assert len(rows) <= k
        ids = [r[0] for r in rows]
        assert len(set(ids)) == len(ids)
        assert not set(ids) & (set(cart) | inactive)
        scores = [r[1] for r in rows]
        assert scores == sorted(scores, reverse=True)
        for _, score, pair_count, confidence, lift, reason in rows:
            assert 0 < score <= 1 and pair_count >= 1 and 0 < confidence <= 1 and lift > 0
            assert reason["rule"] == "bought_together" and reason["anchor_product_id"] in cart
            assert reason["text"] == "bought together with " + reason["anchor_title"]
    assert served > 150


def test_preferences_cover_every_customer(
    retail: psycopg.Connection, retail_template: RetailTemplate
) -> None:
    customers = {customer for customer, _ in retail_baskets(retail_template.path)}
    preferences = snapshot_preferences(retail)
    assert set(preferences) == customers
    counts = dict(retail.execute("select user_id, count(*) from rec_events group by 1").fetchall())
    assert {user: values[1] for user, values in preferences.items()} == counts
    with_taste = sum(1 for values in preferences.values() if values[0] is not None)
    assert with_taste > 0.9 * len(customers)


# -- the live path (tracking, then upkeep), on a slice ---------------------------------------------


def snapshot_preferences(conn: psycopg.Connection) -> dict[str, tuple[Any, ...]]:
    rows = conn.execute(
        "select user_id, taste_vector, interaction_count, first_seen_at, last_seen_at from rec_user_preferences"
    ).fetchall()
    return {row[0]: row[1:] for row in rows}


def together_state(conn: psycopg.Connection) -> tuple[Any, ...]:
    return (
        conn.execute(
            "select count(*), sum(pair_count), sum(hashtext(product_id || '|' || other_product_id || '|' || pair_count)) from rec_frequently_together"
        ).fetchone(),
        conn.execute(
            "select count(*), sum(basket_count), sum(hashtext(product_id || '|' || basket_count)) from rec_product_basket_counts"
        ).fetchone(),
        conn.execute("select basket_count from rec_basket_totals").fetchone(),
        conn.execute(
            "select count(*), sum(hashtext(user_id || basket_id || product_id)) from rec_user_basket_items"
        ).fetchone(),
    )


def bought_together(conn: psycopg.Connection, cart: list[str]) -> dict[str, tuple[int, float]]:
    """Every candidate for `cart` (k = 1000: no cut) with its pair count and score. Not a list: two
    scores that tie, summed in another order after a rebuild, may differ in the last bit and swap."""
    rows = conn.execute(
        "select product_id, pair_count, score from rec_frequently_bought_together(%s, 1000)", (cart,)
    ).fetchall()
    assert len(rows) < 1000
    return {product: (pair_count, score) for product, pair_count, score in rows}


def write_slice(target: Path, lines: int, before: str | None = None) -> Path:
    """The demo file's first `lines` data lines, only those invoiced before `before` when given."""
    with gzip.open(DEMO_FILE, "rt", newline="") as source, gzip.open(target, "wt", newline="") as sink:
        reader, writer = csv.reader(source), csv.writer(sink)
        header = next(reader)
        writer.writerow(header)
        column = header.index("InvoiceDate")
        for _, row in zip(range(lines), reader, strict=False):
            if before is None or row[column] < before:
                writer.writerow(row)
    return target


def slice_middle_date(lines: int) -> str:
    with gzip.open(DEMO_FILE, "rt", newline="") as source:
        rows = [row["InvoiceDate"] for _, row in zip(range(lines), csv.DictReader(source), strict=False)]
    return rows[len(rows) // 2]


def track_live(url: str, path: Path, batch_size: int = 250) -> ImportReport:
    """Import `path` as live tracking would store it: the importer's products and events, but every
    batch through rec_track_interactions and then folded by upkeep (rec_upkeep), nothing deferred."""
    report = ImportReport(source=str(path))
    found = scan(path, report, Progress("reading", enabled=False))
    with psycopg.connect(url, autocommit=True) as conn:
        with conn.transaction():
            upsert_products(conn, product_rows(found.tallies))
        writer = EventWriter(conn, report, strict=False)
        assert not writer.defer_derived and not writer.triggers_off
        events: list[dict[str, Any]] = []
        lines: list[int] = []
        for event, line in grouped_events(path, found.last_line, timedelta(0), lambda: None):
            events.append(event)
            lines.append(line)
            if len(events) >= batch_size:
                writer.write(events, lines)
                fold(conn)
                events, lines = [], []
        writer.write(events, lines)
        fold(conn)
    assert report.bad_row_count == 0
    return report


def test_live_tracking_on_a_slice_equals_a_rebuild(
    database_url: str, conn: psycopg.Connection, tmp_path: Path
) -> None:
    # Step 1: the slice's first half, tracked live, then product embeddings (random, fixed seed) and
    # the taste vectors they give, as `pgrec embed` does after storing vectors.
    middle = slice_middle_date(SLICE_LINES)
    first = track_live(database_url, write_slice(tmp_path / "first.csv.gz", SLICE_LINES, before=middle))
    assert first.events_inserted > 500
    ids = [row[0] for row in conn.execute("select id from rec_products order by id")]
    vectors = np.random.default_rng(5).normal(size=(len(ids), 384)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    with (
        conn.cursor() as cur,
        cur.copy(
            "copy rec_product_embeddings (product_id, embedding, model, content_hash) from stdin"
        ) as copy,
    ):
        for product_id, vector in zip(ids, vectors, strict=True):
            copy.write_row((product_id, "[" + ",".join(f"{x:.7g}" for x in vector) + "]", "random", "x"))
    conn.execute("select rec_refresh_preferences()")
    # Step 2: the whole slice (the first half is skipped by external_id), folded in incrementally.
    whole = write_slice(tmp_path / "slice.csv.gz", SLICE_LINES)
    second = track_live(database_url, whole)
    assert second.events_duplicate == first.events_inserted and second.events_inserted > 500

    customers = {customer for customer, _ in retail_baskets(whole)}
    incremental = snapshot_preferences(conn)
    assert set(incremental) == customers
    sample = [row[0] for row in conn.execute(
        "select product_id from rec_product_basket_counts order by basket_count desc, product_id limit 4"
    )]  # fmt: skip
    served = bought_together(conn, sample)
    assert served
    before = together_state(conn)

    # the rebuild finds every folded row right: it rewrites none
    assert conn.execute("select rec_refresh_preferences()").fetchone() == (0,)
    rebuilt = snapshot_preferences(conn)
    worst = 0.0
    for user, (vector, total, first_seen, last_seen) in incremental.items():
        r_vector, r_total, r_first, r_last = rebuilt[user]
        assert (total, first_seen, last_seen) == (r_total, r_first, r_last), user
        if vector is None or r_vector is None:
            assert vector is None and r_vector is None, user
        else:
            worst = max(worst, float(np.abs(vector.to_numpy() - r_vector.to_numpy()).max()))
    assert worst < 1e-4

    conn.execute("select rec_refresh_frequently_together()")
    assert together_state(conn) == before
    again = bought_together(conn, sample)
    assert {product: count for product, (count, _) in again.items()} == {
        product: count for product, (count, _) in served.items()
    }
    assert {product: score for product, (_, score) in again.items()} == pytest.approx(
        {product: score for product, (_, score) in served.items()}, rel=1e-9
    )
