"""An independent check of rec_personalized's hybrid score: a small numpy oracle computes it from the raw
fixture events (tests/sql/fixtures_a2.py) by the formula the function's COMMENT ON FUNCTION documents, and
its scores, components and rank order are compared with the function's output.

The oracle does not read any derived table: affinities, the taste vector, the co_interaction neighbours
(rec_refresh_similarities' comment), popularity (rec_refresh_popularity's comment) are all recomputed here
from PRODUCTS, EVENTS and the default event types. test_personalized.py keeps its hand-typed expectations
as a regression lock; this module checks that the SQL does what its documentation says.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import numpy as np
import psycopg
import pytest

from tests.sql.fixtures_a2 import AS_OF, EVENTS, PRODUCTS, T0, catalog, days, rows, small_catalog
from tests.sql.helpers import DEFAULT_TYPES

__all__ = ["catalog", "small_catalog"]

SIGNATURE = (
    "rec_personalized(text, integer, double precision, double precision, boolean, text[], text, numeric, "
    "numeric, timestamptz, boolean, interval, integer)"
)
# The pieces of the documented formula the oracle implements; if the comment changes, so must the oracle.
DOCUMENTED = [
    "score = content_weight * content_n + collab_weight * collab_n + prior * popularity_score + trend_prior * "
    "trend_score (prior = setting pgrec.popularity_prior, default 0; trend_prior = setting pgrec.trend_prior, "
    "default 0.2, chosen on a validation window), where trend_score = the trending score of the product in the "
    "window before as_of (setting pgrec.trend_window, default 7 days; rec_trending_snapshot when as_of is now) / "
    "the window's highest, and the window's P most trending products that pass the filters are candidates too",
    "content = cosine(taste vector, embedding)",
    "recomputed from events up to as_of when as_of is given",
    "P HNSW candidates",
    "collaborative = sum over the user's 100 strongest products j of anchor(u, j) * similarity(j, i) from "
    "rec_product_similarities (method: setting pgrec.collab_method, default ease once `pgrec refresh` has fitted it, "
    "else co_interaction; similarity(j, j) = 1",
    "anchor(u, j) = the largest over u's events on j of weight(type) * 0.5 ^ (age / half_life(type)) (the taste "
    "vector weighs products by their sum instead, the affinity), and the P products with the highest "
    "collaborative score that pass the filters are candidates; the pools (P = 50 for k <= 50, else 5k) are drawn "
    "after the filters and exclude_purchased / exclude_seen, exclude_ids are removed after the scoring",
    "content_n and collab_n by setting pgrec.fusion (default calibrated",
    "calibrated = cosine / the cosine of the user's nearest listable product (the first of the content "
    "pool) and collaborative / the user's highest collaborative score from neighbours alone (the "
    "similarity(j, j) terms left out, over all their neighbours before filters and exclusions; with no neighbours, "
    "their highest collaborative score)",
    "minmax = min-max of cosine over the candidates and collaborative / max over the candidates",
    "rank = (60 + 1) / (60 + rank) of the product's cosine among the content candidates (0 outside them) and of "
    "its collaborative score among the candidates with one (0 without), ranks by SQL rank()",
    "popularity_score = popularity / max popularity",
    "exclude_purchased = drop products the user bought (conversion events up to as_of)",
    "exclude_seen (default true) = drop products the user viewed, clicked, wishlisted or put in the cart (events "
    "of a non-conversion type of rec_interaction_types) within seen_within (default 30 days) before as_of",
    "Never returns inactive products",
]
PRIOR = 0.0
ANCHORS = 100  # the strongest products the collaborative part reads
TREND_PRIOR, TREND_WINDOW = 0.2, timedelta(days=7)
# rec_refresh_similarities() as load_small_catalog calls it: its defaults k = 20, max_items_per_user = 100,
# min_co_users = 2.
NEIGHBOURS, MAX_ITEMS_PER_USER, MIN_CO_USERS = 20, 100, 2

TYPES = {
    name: (weight, timedelta(days=int(half_life.split()[0])), conversion)
    for name, weight, half_life, conversion, _ in DEFAULT_TYPES
}
ACTIVE = {product[0]: product[4] for product in PRODUCTS}
CATEGORIES = {product[0]: product[2] for product in PRODUCTS}
PRICE = {product[0]: product[3] for product in PRODUCTS}
# pgvector stores single precision.
EMBEDDING = {product[0]: np.asarray(product[5], dtype=np.float32) for product in PRODUCTS if product[5]}
# (user, product, type, time): every fixture event happens at T0.
TIMED_EVENTS = [(user, product, kind, T0) for user, product, kind in EVENTS]


def decay(age: timedelta, half_life: timedelta) -> float:
    assert age >= timedelta(0)
    return float(0.5 ** (age / half_life))


def terms(user: str, ref: datetime) -> dict[str, list[float]]:
    """Per product, weight(type) * 0.5 ^ (age / half_life(type)) of each of u's events on it up to ref."""
    found: dict[str, list[float]] = defaultdict(list)
    for who, product, kind, at in TIMED_EVENTS:
        if who == user and at <= ref:
            weight, half_life, _ = TYPES[kind]
            found[product].append(weight * decay(ref - at, half_life))
    return dict(found)


def affinities(user: str, ref: datetime) -> dict[str, float]:
    """affinity(u, j) = the sum of u's terms on j: what the taste vector weighs."""
    return {product: sum(values) for product, values in terms(user, ref).items()}


def anchor_weights(user: str, ref: datetime) -> dict[str, float]:
    """anchor(u, j) = the largest of u's terms on j: what the collaborative part weighs."""
    return {product: max(values) for product, values in terms(user, ref).items()}


def co_interaction() -> dict[str, dict[str, float]]:
    """rec_refresh_similarities' co_interaction: a(u, i) decayed to the newest event over each user's
    strongest products; score(i, j) = M / (S(i) + S(j) - M), M = sum over users of least(a(u, i), a(u, j)),
    S(i) = sum over users of a(u, i); pairs shared by >= min_co_users users; top k per product."""
    newest = max(at for *_, at in TIMED_EVENTS)
    users = {user for user, *_ in TIMED_EVENTS}
    a = {}
    for user in users:
        strongest = sorted(affinities(user, newest).items(), key=lambda item: (-item[1], item[0]))
        a[user] = dict(strongest[:MAX_ITEMS_PER_USER])
    total: dict[str, float] = defaultdict(float)
    for held in a.values():
        for product, value in held.items():
            total[product] += value
    shared: dict[tuple[str, str], list[float]] = defaultdict(list)
    for held in a.values():
        for i in held:
            for j in held:
                if i < j:
                    shared[i, j].append(min(held[i], held[j]))
    neighbours: dict[str, list[tuple[str, float]]] = defaultdict(list)
    for (i, j), mins in shared.items():
        if len(mins) >= MIN_CO_USERS:
            m = sum(mins)
            score = m / (total[i] + total[j] - m)
            if score > 0:
                neighbours[i].append((j, score))
                neighbours[j].append((i, score))
    return {
        i: dict(sorted(found, key=lambda item: (-item[1], item[0]))[:NEIGHBOURS])
        for i, found in neighbours.items()
    }


def popularity() -> dict[str, float]:
    """popularity(i) = sum over types t of weight(t) * |distinct users with an event of type t on i|."""
    seen = {(product, kind, user) for user, product, kind, _ in TIMED_EVENTS}
    found: dict[str, float] = defaultdict(float)
    for product, kind, _ in seen:
        found[product] += TYPES[kind][0]
    return dict(found)


def trending(ref: datetime, window: timedelta = TREND_WINDOW) -> dict[str, float]:
    """rec_trending's formula (_rec_trending_scores' comment): over distinct (user, event type) with an event in
    (ref - window, ref], weight(type) * 0.5 ^ ((ref - that user's latest such event) / (window / 2))."""
    latest: dict[tuple[str, str, str], datetime] = {}
    for user, product, kind, at in TIMED_EVENTS:
        if ref - window < at <= ref:
            key = (product, user, kind)
            latest[key] = max(latest.get(key, at), at)
    found: dict[str, float] = defaultdict(float)
    for (product, _, kind), at in latest.items():
        found[product] += TYPES[kind][0] * decay(ref - at, window / 2)
    return dict(found)


def cosine(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.dot(a, b) / np.sqrt(np.dot(a, a) * np.dot(b, b)))


Scales = tuple[dict[str, float], dict[str, float]]  # content_n, collab_n by product


def calibrated(
    candidates: list[str],
    similarity: dict[str, float | None],
    content_pool: list[str],
    collab: dict[str, float],
    from_neighbours: dict[str, float],
) -> Scales:
    """content_n = cosine / the cosine of the nearest listable product (the content pool's first); collab_n =
    collaborative / the user's highest collaborative score from neighbours alone (before filters), or with no
    neighbours their highest collaborative score."""
    top_content = max((similarity[p] or 0.0 for p in content_pool), default=0.0)
    # no neighbours at all: the strongest of the user's own products (their self terms)
    top_collab = max(from_neighbours.values(), default=0.0) or max(collab.values(), default=0.0)
    return (
        {p: (similarity[p] or 0.0) / top_content if top_content else 0.0 for p in candidates},
        {p: collab.get(p, 0.0) / top_collab if top_collab else 0.0 for p in candidates},
    )


def minmax(
    candidates: list[str],
    similarity: dict[str, float | None],
    content_pool: list[str],
    collab: dict[str, float],
    from_neighbours: dict[str, float],
) -> Scales:
    """content_n = min-max of cosine over the candidates, collab_n = collaborative / max over the candidates."""
    known = [s for s in similarity.values() if s is not None]
    low, high = (min(known), max(known)) if known else (0.0, 0.0)
    top_collab = max(collab.get(p, 0.0) for p in candidates)
    content_n = {}
    for p in candidates:
        s = similarity[p]
        # min-max of a single value (one embedded candidate) is not documented; the SQL gives 1.
        content_n[p] = 0.0 if s is None else (s - low) / (high - low) if high > low else 1.0
    return content_n, {p: collab.get(p, 0.0) / top_collab if top_collab > 0 else 0.0 for p in candidates}


def ranked(values: dict[str, float]) -> dict[str, float]:
    """(60 + 1) / (60 + rank), rank by value descending, ties sharing the better rank (SQL rank())."""
    return {p: 61 / (60 + 1 + sum(1 for other in values.values() if other > v)) for p, v in values.items()}


def rank_fusion(
    candidates: list[str],
    similarity: dict[str, float | None],
    content_pool: list[str],
    collab: dict[str, float],
    from_neighbours: dict[str, float],
) -> Scales:
    """Reciprocal rank within each pool: content among the content pool, collaborative among the candidates
    with a collaborative score; 0 outside the pool."""
    in_pool = set(content_pool)
    content = ranked({p: similarity[p] or 0.0 for p in candidates if p in in_pool})
    collaborative = ranked({p: collab[p] for p in candidates if collab.get(p, 0.0) > 0})
    return (
        {p: content.get(p, 0.0) for p in candidates},
        {p: collaborative.get(p, 0.0) for p in candidates},
    )


FUSIONS = {"calibrated": calibrated, "minmax": minmax, "rank": rank_fusion}


@dataclass(frozen=True)
class Scored:
    product_id: str
    score: float
    content: float | None
    collab: float
    popularity: float


def oracle(
    user: str,
    k: int = 10,
    content_weight: float = 0.4,
    collab_weight: float = 0.6,
    exclude_purchased: bool = True,
    exclude_ids: tuple[str, ...] = (),
    category: str | None = None,
    min_price: float | None = None,
    max_price: float | None = None,
    as_of: datetime = AS_OF,
    exclude_seen: bool = True,
    seen_within: timedelta = timedelta(days=30),
    fusion: str = "calibrated",
) -> list[Scored]:
    """The hybrid part of rec_personalized (the trending/popular fill with score 0 is not scored here)."""
    affinity = affinities(user, as_of)
    strongest = sorted(((p, w) for p, w in affinity.items() if w > 0), key=lambda item: (-item[1], item[0]))
    anchors = strongest[:ANCHORS]  # the user's strongest products
    purchased = {
        product for who, product, kind, at in TIMED_EVENTS if who == user and at <= as_of and TYPES[kind][2]
    }
    seen = {
        product
        for who, product, kind, at in TIMED_EVENTS
        if who == user and as_of - seen_within <= at <= as_of and not TYPES[kind][2]
    }
    excluded = (purchased if exclude_purchased else set()) | (seen if exclude_seen else set())

    def eligible(product: str) -> bool:
        price = PRICE[product]
        return (
            ACTIVE[product]
            and (category is None or category in CATEGORIES[product])
            and (min_price is None or (price is not None and price >= min_price))
            and (max_price is None or (price is not None and price <= max_price))
            and product not in excluded
        )

    embedded_anchors = [(p, w) for p, w in anchors if p in EMBEDDING]
    # The taste vector: the affinity-weighted sum of the anchors' embeddings (_rec_taste's comment).
    taste = (
        np.sum([w * EMBEDDING[p].astype(np.float64) for p, w in embedded_anchors], axis=0)
        if embedded_anchors
        else None
    )
    pool = 50 if k <= 50 else 5 * k
    content_candidates = (
        sorted((p for p in EMBEDDING if eligible(p)), key=lambda p: -cosine(taste, EMBEDDING[p]))[:pool]
        if taste is not None
        else []
    )
    similar = co_interaction()
    collab: dict[str, float] = defaultdict(float)
    from_neighbours: dict[str, float] = defaultdict(float)  # the self terms left out
    latest = anchor_weights(user, as_of)
    collab_anchors = sorted(
        ((p, w) for p, w in latest.items() if w > 0), key=lambda item: (-item[1], item[0])
    )
    for j, weight in collab_anchors[:ANCHORS]:
        collab[j] += weight  # similarity(j, j) = 1
        for i, score in similar.get(j, {}).items():
            collab[i] += weight * score
            from_neighbours[i] += weight * score
    if not anchors and taste is None:
        return []  # nothing to rank from: the fill alone
    trend = trending(as_of)
    top_trend = max(trend.values(), default=0.0)
    trend_candidates = sorted((p for p in trend if eligible(p)), key=lambda p: (-trend[p], p))[:pool]
    collab_candidates = sorted((p for p in collab if eligible(p)), key=lambda p: (-collab[p], p))[:pool]
    candidates = sorted({*content_candidates, *collab_candidates, *trend_candidates})
    if not candidates:
        return []
    similarity = {
        p: cosine(taste, EMBEDDING[p]) if taste is not None and p in EMBEDDING else None for p in candidates
    }
    content_n, collab_n = FUSIONS[fusion](candidates, similarity, content_candidates, collab, from_neighbours)
    pop = popularity()
    top_pop = max(pop.values())
    scored = []
    for p in candidates:
        s = similarity[p]
        popularity_score = pop.get(p, 0.0) / top_pop
        trend_score = trend.get(p, 0.0) / top_trend if top_trend > 0 else 0.0
        total = (
            content_weight * content_n[p]
            + collab_weight * collab_n[p]
            + PRIOR * popularity_score
            + TREND_PRIOR * trend_score
        )
        scored.append(Scored(p, total, s, collab.get(p, 0.0), popularity_score))
    # Ties (undocumented): higher popularity first, then product id. exclude_ids leave after the scoring.
    scored.sort(key=lambda r: (-r.score, -r.popularity, r.product_id))
    return [r for r in scored if r.product_id not in exclude_ids][:k]


CASES: list[dict[str, Any]] = [
    *({"user": user} for user in ("u1", "u2", "u3", "u4", "u5", "u6", "u7", "nobody")),
    {"user": "u2", "content_weight": 1.0, "collab_weight": 0.0},
    {"user": "u2", "content_weight": 0.0, "collab_weight": 1.0},
    {"user": "u3", "content_weight": 0.2, "collab_weight": 0.8},
    {"user": "u1", "exclude_purchased": False},
    {"user": "u3", "exclude_purchased": False},
    {"user": "u4", "exclude_purchased": False, "k": 3},
    {"user": "u3", "category": "kitchen"},
    {"user": "u2", "min_price": 6, "max_price": 25},
    {"user": "u2", "exclude_ids": ("p4", "p3")},
    {"user": "u2", "as_of": T0 + days(45)},
    {"user": "u5", "as_of": T0 + days(45), "exclude_purchased": False},
    {"user": "u5", "exclude_seen": False},
    {"user": "u5", "as_of": T0 + days(45), "seen_within": days(60)},
    *({"user": user, "fusion": fusion} for user in ("u1", "u2", "u3") for fusion in ("minmax", "rank")),
    {"user": "u2", "fusion": "minmax", "content_weight": 0.0, "collab_weight": 1.0},
    {"user": "u3", "fusion": "rank", "category": "kitchen"},
    {"user": "u1", "fusion": "minmax", "exclude_purchased": False},
    {"user": "u1", "fusion": "rank", "exclude_purchased": False},
    {"user": "u2", "min_price": 6, "max_price": 25, "exclude_purchased": False},
    # no neighbours at all: the calibrated scale is the user's own strongest product, their history scores
    {"user": "u5", "exclude_purchased": False, "exclude_seen": False},
    {"user": "u6", "exclude_purchased": False, "exclude_seen": False},
]


def call(conn: psycopg.Connection, case: dict[str, Any]) -> list[tuple[Any, ...]]:
    arguments = {"k": 10, "as_of": AS_OF, **case}
    # the fusion is a setting (pgrec.fusion), not an argument; '' = the store's (the default)
    conn.execute("select set_config('pgrec.fusion', %s, false)", (arguments.pop("fusion", ""),))
    if "exclude_ids" in arguments:
        arguments["exclude_ids"] = list(arguments["exclude_ids"])
    named = ", ".join(f"{name} => %({name})s" for name in arguments if name != "user")
    return rows(
        conn,
        "select product_id, score, content_score, collab_score, popularity_score"
        f" from rec_personalized(%(user)s, {named})",
        arguments,
    )


def test_the_comment_still_documents_the_formula_the_oracle_implements(catalog: psycopg.Connection) -> None:
    row = catalog.execute("select obj_description(%s::regprocedure)", (SIGNATURE,)).fetchone()
    assert row is not None
    (comment,) = row
    missing = [piece for piece in DOCUMENTED if piece not in comment]
    assert not missing, f"the documented formula changed; update the oracle: {missing}"


@pytest.mark.parametrize("case", CASES, ids=lambda case: ",".join(f"{k}={v}" for k, v in case.items()))
def test_rec_personalized_agrees_with_the_oracle(catalog: psycopg.Connection, case: dict[str, Any]) -> None:
    got = call(catalog, case)
    expected = oracle(**case)
    hybrid = [row for row in got if row[3] is not None]  # the fill (trending, popular) has no collab_score
    fill = got[len(hybrid) :]
    assert [row[0] for row in hybrid] == [r.product_id for r in expected]  # the rank order
    assert [row[1] for row in hybrid] == pytest.approx([r.score for r in expected], abs=1e-6)
    assert [row[2] for row in hybrid] == pytest.approx([r.content for r in expected], abs=1e-6)
    assert [row[3] for row in hybrid] == pytest.approx([r.collab for r in expected], abs=1e-9)
    assert [row[4] for row in hybrid] == pytest.approx([r.popularity for r in expected], abs=1e-9)
    assert all(row[1] == 0 and row[2] is None and row[3] is None for row in fill), fill
    assert len(got) <= case.get("k", 10) and len({row[0] for row in got}) == len(got)


def scores(conn: psycopg.Connection, fusion: str) -> dict[str, float]:
    """product -> score of u2's hybrid rows under a fusion."""
    conn.execute("select set_config('pgrec.fusion', %s, false)", (fusion,))
    got = rows(
        conn,
        "select product_id, score, collab_score from rec_personalized('u2', 30, as_of => %s)",
        (AS_OF,),
    )
    conn.execute("select set_config('pgrec.fusion', '', false)")
    return {row[0]: row[1] for row in got if row[2] is not None}


def test_calibrated_scores_do_not_depend_on_the_other_candidates(catalog: psycopg.Connection) -> None:
    # Take the candidate with the lowest cosine out of the catalog (not the nearest: that one is the content
    # scale): under calibrated no other product's score moves; under minmax the content scale did (the reason
    # for the setting).
    ranked_all = oracle("u2", k=30, fusion="calibrated")
    weakest = min((r.content, r.product_id) for r in ranked_all if r.content is not None)[1]
    for fusion, moves in (("calibrated", False), ("minmax", True)):
        before = scores(catalog, fusion)
        catalog.execute("update rec_products set is_active = false where id = %s", (weakest,))
        try:
            after = scores(catalog, fusion)
        finally:
            catalog.execute("update rec_products set is_active = true where id = %s", (weakest,))
        assert weakest in before and weakest not in after
        changed = [p for p in after if abs(after[p] - before[p]) > 1e-9]
        assert bool(changed) is moves, (fusion, changed)


def test_excluded_products_leave_every_other_score_alone_under_any_fusion(
    catalog: psycopg.Connection,
) -> None:
    """exclude_ids leave after the scoring: the pools, and so even the candidate-relative fusions, are the same."""
    ranked_all = oracle("u2", k=30, fusion="calibrated")
    nearest = max((r.content, r.product_id) for r in ranked_all if r.content is not None)[1]
    for fusion in ("calibrated", "minmax", "rank"):
        before = scores(catalog, fusion)
        catalog.execute("select set_config('pgrec.fusion', %s, false)", (fusion,))
        got = rows(
            catalog,
            "select product_id, score, collab_score from rec_personalized('u2', 30, exclude_ids => %s, "
            "as_of => %s)",
            ([nearest], AS_OF),
        )
        catalog.execute("select set_config('pgrec.fusion', '', false)")
        after = {row[0]: row[1] for row in got if row[2] is not None}
        assert nearest in before and nearest not in after
        assert after == pytest.approx({p: v for p, v in before.items() if p != nearest}, abs=1e-12), fusion


def test_the_default_fusion_is_calibrated(catalog: psycopg.Connection) -> None:
    catalog.execute("select set_config('pgrec.fusion', '', false)")  # emptied: unset
    assert catalog.execute("select _rec_fusion()").fetchone() == ("calibrated",)
    shown = catalog.execute("select value from rec_show_settings() where name = 'fusion'").fetchall()
    assert shown == [("calibrated",)]


@pytest.mark.parametrize("value", ["min-max", "RANK"])
def test_an_unknown_fusion_is_refused_naming_the_setting(catalog: psycopg.Connection, value: str) -> None:
    with pytest.raises(
        psycopg.Error, match=r"setting pgrec\.fusion must be minmax, rank or calibrated"
    ) as caught:
        catalog.execute("select rec_set_setting('fusion', %s)", (value,))
    assert caught.value.sqlstate == "22023"
    catalog.execute("select set_config('pgrec.fusion', %s, false)", (value,))
    try:
        with pytest.raises(psycopg.Error, match=r"pgrec\.fusion") as caught:
            catalog.execute("select * from rec_personalized('u2', 3, as_of => %s)", (AS_OF,))
        assert caught.value.sqlstate == "22023"
    finally:
        catalog.execute("select set_config('pgrec.fusion', '', false)")
