"""Tracking, preferences and bought-together on the real Online Retail data (skipped without the file).

One import per module, in two steps (before 2011-06-01, then the whole file: the first half is skipped by
external_id) with random product embeddings in between, so the trigger path is exercised batch by batch.
"""

from __future__ import annotations

import csv
import gzip
import random
import tempfile
from collections import defaultdict
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
import psycopg
import pytest
from pgvector.psycopg import register_vector

from tests.sql.fixtures_a2_retail import retail_file, split_file

MAX_BASKET = 50


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
def retail(database_url: str) -> Iterator[psycopg.Connection]:
    from service.ingest.online_retail import import_online_retail

    path = retail_file()
    with tempfile.TemporaryDirectory(prefix="pgrec-retail-") as scratch:
        first_half = split_file(path, datetime(2011, 6, 1, tzinfo=UTC), Path(scratch))
        import_online_retail(database_url, first_half, progress=False)
    with psycopg.connect(database_url, autocommit=True) as conn:
        register_vector(conn)
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
        # As `pgrec embed` does after storing vectors: the first half's buyers get their taste vectors
        # now, so the second half below is folded in incrementally on top of a complete state.
        conn.execute("select rec_refresh_preferences()")
    import_online_retail(database_url, path, progress=False)
    with psycopg.connect(database_url, autocommit=True) as conn:
        register_vector(conn)
        conn.execute("vacuum analyze")
        yield conn


def test_basket_counts_match_the_file(retail: psycopg.Connection) -> None:
    baskets = retail_baskets(retail_file())
    counted = [items for items in baskets.values() if len(items) <= MAX_BASKET]
    assert retail.execute("select basket_count from rec_basket_totals").fetchone() == (len(counted),)
    per_product: dict[str, int] = defaultdict(int)
    for items in counted:
        for item in items:
            per_product[item] += 1
    stored = dict(retail.execute("select product_id, basket_count from rec_product_basket_counts").fetchall())
    assert stored == per_product
    rng = random.Random(11)
    for items in rng.sample(counted, 20):
        if len(items) < 2:
            continue
        a, b = rng.sample(sorted(items), 2)
        expected = sum(1 for basket in counted if a in basket and b in basket)
        row = retail.execute(
            "select pair_count from rec_frequently_together where product_id = %s and other_product_id = %s",
            (a, b),
        ).fetchone()
        assert row == (expected,), (a, b)


def test_pairs_are_symmetric(retail: psycopg.Connection) -> None:
    asymmetric = retail.execute(
        "select count(*) from rec_frequently_together f left join rec_frequently_together g "
        "on g.product_id = f.other_product_id and g.other_product_id = f.product_id "
        "where g.pair_count is distinct from f.pair_count"
    ).fetchone()
    assert asymmetric == (0,)


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


def snapshot_preferences(conn: psycopg.Connection) -> dict[str, tuple[Any, ...]]:
    rows = conn.execute(
        "select user_id, taste_vector, taste_weight, interaction_counts, interaction_count, first_seen_at, last_seen_at "
        "from rec_user_preferences"
    ).fetchall()
    return {row[0]: row[1:] for row in rows}


def test_preferences_cover_every_customer_and_equal_a_refresh(retail: psycopg.Connection) -> None:
    customers = {customer for customer, _ in retail_baskets(retail_file())}
    incremental = snapshot_preferences(retail)
    assert set(incremental) == customers
    counts = dict(retail.execute("select user_id, count(*) from rec_user_interactions group by 1").fetchall())
    assert {user: values[3] for user, values in incremental.items()} == counts
    with_taste = sum(1 for values in incremental.values() if values[0] is not None)
    assert with_taste > 0.9 * len(customers)
    assert retail.execute("select rec_refresh_preferences()").fetchone() == (len(customers),)
    rebuilt = snapshot_preferences(retail)
    worst = 0.0
    for user, (vector, weight, by_type, total, first, last) in incremental.items():
        r_vector, r_weight, r_by_type, r_total, r_first, r_last = rebuilt[user]
        assert (by_type, total, first, last) == (r_by_type, r_total, r_first, r_last), user
        assert weight == pytest.approx(r_weight, rel=1e-3, abs=1e-300), user
        if vector is None or r_vector is None:
            assert vector is None and r_vector is None, user
        else:
            worst = max(worst, float(np.abs(vector.to_numpy() - r_vector.to_numpy()).max()))
    assert worst < 1e-4


def test_rebuild_agrees_with_the_incremental_counts(retail: psycopg.Connection) -> None:
    def state() -> tuple[Any, ...]:
        return (
            retail.execute(
                "select count(*), sum(pair_count), sum(hashtext(product_id || '|' || other_product_id || '|' || pair_count)) from rec_frequently_together"
            ).fetchone(),
            retail.execute(
                "select count(*), sum(basket_count), sum(hashtext(product_id || '|' || basket_count)) from rec_product_basket_counts"
            ).fetchone(),
            retail.execute("select basket_count from rec_basket_totals").fetchone(),
            retail.execute(
                "select count(*), sum(hashtext(user_id || basket_id || product_id)) from rec_user_basket_items"
            ).fetchone(),
        )

    sample = ["85123A", "22423", "47566", "84879"]
    before = state()
    served = retail.execute(
        "select product_id, pair_count from rec_frequently_bought_together(%s, 20)", (sample,)
    ).fetchall()
    retail.execute("select rec_refresh_frequently_together()")
    assert state() == before
    again = retail.execute(
        "select product_id, pair_count from rec_frequently_bought_together(%s, 20)", (sample,)
    ).fetchall()
    assert again == served
    stale = retail.execute(
        "select count(*) from rec_frequently_together f "
        "join rec_product_basket_counts na on na.product_id = f.product_id "
        "where abs(f.confidence - f.pair_count::float8 / na.basket_count) > 0.01 * f.confidence"
    ).fetchone()
    assert stale == (0,)
