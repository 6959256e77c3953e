"""Bought-together: basket counts kept by upkeep (rec_upkeep folds tracked purchases), the rebuild, and
rec_frequently_bought_together."""

from __future__ import annotations

import random
from typing import Any

import psycopg
import pytest

from tests.sql.baskets import basket_state, rebuilt_basket_state
from tests.sql.helpers import add_product, count, track_batch, upkeep_running
from tests.support.upkeep import fold


def purchase(
    user: str, product: str, order: str | None = None, session: str | None = None, **extra: Any
) -> dict[str, Any]:
    event: dict[str, Any] = {"user_id": user, "product_id": product, "interaction_type": "purchase", **extra}
    if order is not None:
        event["context"] = {"order_id": order}
    if session is not None:
        event["session_id"] = session
    return event


def pairs(conn: psycopg.Connection) -> dict[tuple[str, str], tuple[Any, ...]]:
    """(a, b) -> (n(a,b), support, confidence, lift), as the view computes them from the live counts."""
    rows = conn.execute(
        "select product_id, other_product_id, pair_count, support, confidence, lift "
        "from rec_frequently_together_metrics"
    ).fetchall()
    return {(r[0], r[1]): tuple(r[2:]) for r in rows}


def state(conn: psycopg.Connection) -> tuple[Any, ...]:
    return (
        sorted(conn.execute("select user_id, basket_id, product_id from rec_user_basket_items").fetchall()),
        sorted(conn.execute("select product_id, basket_count from rec_product_basket_counts").fetchall()),
        conn.execute("select basket_count from rec_basket_totals").fetchall(),
        sorted(conn.execute("select product_id, other_product_id, pair_count from rec_frequently_together")),
    )


@pytest.fixture
def shop(db: psycopg.Connection) -> psycopg.Connection:
    for pid, title in [("a", "Apple"), ("b", "Bread"), ("c", "Cheese"), ("d", "Dates")]:
        add_product(db, pid, title=title)
    add_product(db, "x", title="Gone", active=False)
    # baskets: o1 {a,b,c}, o2 {a,b}, o3 {a,x}, session s1 {b,c} (no order id), o4 {d}
    track_batch(
        db,
        [
            purchase("u1", "a", "o1"),
            purchase("u1", "b", "o1"),
            purchase("u1", "c", "o1"),
            purchase("u1", "b", "o1"),  # same product again in the basket: counts once
            purchase("u2", "a", "o2"),
            purchase("u2", "b", "o2"),
            purchase("u3", "a", "o3"),
            purchase("u3", "x", "o3"),
            purchase("u4", "b", session="s1"),
            purchase("u4", "c", session="s1"),
            purchase("u5", "d", "o4"),
            purchase("u6", "a"),  # no basket: ignored
            {"user_id": "u1", "product_id": "d", "interaction_type": "view", "context": {"order_id": "o1"}},
        ],
    )
    fold(db)
    return db


def test_counts_from_folded_purchases(shop: psycopg.Connection) -> None:
    assert shop.execute("select basket_count from rec_basket_totals").fetchone() == (5,)
    counts = dict(shop.execute("select product_id, basket_count from rec_product_basket_counts").fetchall())
    assert counts == {"a": 3, "b": 3, "c": 2, "x": 1, "d": 1}
    got = pairs(shop)
    assert {k: v[0] for k, v in got.items()} == {
        ("a", "b"): 2,
        ("b", "a"): 2,
        ("a", "c"): 1,
        ("c", "a"): 1,
        ("b", "c"): 2,
        ("c", "b"): 2,
        ("a", "x"): 1,
        ("x", "a"): 1,
    }
    # support = 2/5, confidence(a->b) = 2/3, lift = (2/3) / (3/5)
    assert got[("a", "b")][1:] == pytest.approx((0.4, 2 / 3, 10 / 9))
    assert got[("c", "b")][1:] == pytest.approx((0.4, 1.0, 5 / 3))


def test_only_counts_are_stored(shop: psycopg.Connection) -> None:
    columns = shop.execute(
        "select attname from pg_attribute where attrelid = 'rec_frequently_together'::regclass "
        "and attnum > 0 and not attisdropped order by attnum"
    ).fetchall()
    assert [c for (c,) in columns] == ["product_id", "other_product_id", "pair_count"]


def test_the_view_and_the_served_metrics_agree(shop: psycopg.Connection) -> None:
    """One definition of the metrics: for every product of the hand-made baskets, what
    rec_frequently_bought_together serves is the view's row for that anchor (active candidates only)."""
    view = pairs(shop)
    # by hand: N = 5; n(a) = 3, n(b) = 3, n(c) = 2, n(x) = 1; a->x: 1/5, 1/3, (1/3) / (1/5)
    assert view[("a", "x")] == pytest.approx((1, 0.2, 1 / 3, 5 / 3))
    assert view[("x", "a")] == pytest.approx((1, 0.2, 1.0, 5 / 3))
    assert view[("b", "c")] == pytest.approx((2, 0.4, 2 / 3, 5 / 3))
    for anchor in ("a", "b", "c", "d", "x"):
        served = shop.execute(
            "select product_id, score, pair_count, confidence, lift, reason->>'anchor_product_id' "
            "from rec_frequently_bought_together(array[%s], 100)",
            (anchor,),
        ).fetchall()
        expected = {b: values for (a, b), values in view.items() if a == anchor and b != "x"}
        assert {r[0] for r in served} == set(expected), anchor
        for product, score, pair_count, confidence, lift, anchor_id in served:
            _, _, view_confidence, view_lift = expected[product]
            assert (pair_count, anchor_id) == (expected[product][0], anchor)
            assert (score, confidence, lift) == pytest.approx((view_confidence, view_confidence, view_lift))
    # a whole cart: each candidate's score is the mean of the view's confidences from the cart products
    cart = ["a", "b"]
    served_cart = dict(
        shop.execute(
            "select product_id, score from rec_frequently_bought_together(%s, 100)", (cart,)
        ).fetchall()
    )
    assert served_cart == {"c": pytest.approx((view[("a", "c")][2] + view[("b", "c")][2]) / len(cart))}


def test_single_product(shop: psycopg.Connection) -> None:
    rows = shop.execute(
        "select product_id, score, pair_count, confidence, lift, reason from rec_frequently_bought_together(array['a'])"
    ).fetchall()
    assert [r[0] for r in rows] == ["b", "c"]  # x is inactive
    assert rows[0][1:5] == pytest.approx((2 / 3, 2, 2 / 3, 10 / 9))
    assert rows[1][1:5] == pytest.approx((1 / 3, 1, 1 / 3, (1 / 3) / (2 / 5)))
    assert rows[0][5] == {
        "rule": "bought_together",
        "text": "bought together with Apple",
        "anchor_product_id": "a",
        "anchor_title": "Apple",
        "cart_matches": 1,
    }


def test_whole_cart(shop: psycopg.Connection) -> None:
    rows = shop.execute(
        "select product_id, score, pair_count, confidence, reason->>'text', reason->>'cart_matches' from rec_frequently_bought_together(array['a', 'b', 'zzz'], 5)"
    ).fetchall()
    # c: conf(a->c) = 1/3, conf(b->c) = 2/3, over 3 cart ids; anchor b (higher confidence)
    assert rows == [
        ("c", pytest.approx((1 / 3 + 2 / 3) / 3), 2, pytest.approx(2 / 3), "bought together with Bread", "2")
    ]


def test_k_and_unknown(shop: psycopg.Connection) -> None:
    assert len(shop.execute("select * from rec_frequently_bought_together(array['a'], 1)").fetchall()) == 1
    assert shop.execute("select * from rec_frequently_bought_together(array['d'])").fetchall() == []
    assert shop.execute("select * from rec_frequently_bought_together('{}')").fetchall() == []
    assert shop.execute("select * from rec_frequently_bought_together(array['nope'])").fetchall() == []


@pytest.mark.parametrize(
    ("args", "words"),
    [("null::text[]", "product_ids"), ("array['a'], 0", "k must be"), ("array['a'], null", "k must be")],
)
def test_bad_arguments(shop: psycopg.Connection, args: str, words: str) -> None:
    with pytest.raises(psycopg.Error) as caught:
        shop.execute(f"select * from rec_frequently_bought_together({args})")
    assert caught.value.sqlstate == "22023" and words in str(caught.value)


def test_rebuild_agrees_and_then_changes_nothing(shop: psycopg.Connection) -> None:
    before = state(shop)
    metrics = pairs(shop)
    assert shop.execute("select rec_refresh_frequently_together()").fetchone() == (0,)
    assert state(shop) == before
    after = pairs(shop)
    assert after.keys() == metrics.keys()
    for key, values in metrics.items():
        assert after[key] == pytest.approx(values), key


def test_rebuild_repairs_drift(shop: psycopg.Connection) -> None:
    before = state(shop)
    shop.execute("delete from rec_frequently_together where product_id = 'a'")
    shop.execute("update rec_product_basket_counts set basket_count = 99")
    shop.execute("delete from rec_basket_totals")
    assert shop.execute("select rec_refresh_frequently_together()").fetchone() == (3,)  # the 3 pairs of a
    assert state(shop) == before


def test_deleted_events_leave_after_a_rebuild(shop: psycopg.Connection) -> None:
    shop.execute("delete from rec_user_interactions where user_id = 'u2'")
    # N is 4 now and every pair's support and lift move, but only counts are stored: the two rows of the
    # pair o2 held, (a, b) and (b, a), are rewritten, nothing else
    assert shop.execute("select rec_refresh_frequently_together()").fetchone() == (2,)
    assert pairs(shop)[("a", "b")] == pytest.approx((1, 0.25, 0.5, 1.0))
    assert shop.execute("select basket_count from rec_basket_totals").fetchone() == (4,)


def test_big_baskets_do_not_count(shop: psycopg.Connection) -> None:
    for i in range(60):
        add_product(shop, f"bulk{i}")
    # 50 distinct products: counts; one more in a later batch: the basket leaves the statistics
    track_batch(shop, [purchase("u9", f"bulk{i}", "big") for i in range(50)])
    fold(shop)
    assert shop.execute("select basket_count from rec_basket_totals").fetchone() == (6,)
    assert pairs(shop)[("bulk0", "bulk1")][0] == 1
    track_batch(shop, [purchase("u9", "bulk50", "big"), purchase("u9", "a", "big")])
    fold(shop)
    assert shop.execute("select basket_count from rec_basket_totals").fetchone() == (5,)
    assert ("bulk0", "bulk1") not in pairs(shop)
    assert shop.execute(
        "select count(*) from rec_product_basket_counts where product_id like 'bulk%'"
    ).fetchone() == (0,)
    incremental = state(shop)
    assert shop.execute("select rec_refresh_frequently_together()").fetchone() == (0,)
    assert state(shop) == incremental


def test_incremental_equals_rebuild_on_random_baskets(db: psycopg.Connection) -> None:
    rng = random.Random(3)
    for i in range(70):
        add_product(db, f"p{i}", active=i % 7 != 0)
    events = []
    for _ in range(1200):
        basket = 0 if rng.random() < 0.1 else rng.randrange(1, 150)
        # basket 0 draws from 70 products and grows past the 50-product cap along the way
        event = purchase(f"u{basket % 40}", f"p{rng.randrange(70 if basket == 0 else 30)}")
        if basket % 3:
            event["session_id"] = f"s{basket}"
        else:
            event["context"] = {"order_id": f"o{basket}"}
        event["occurred_at"] = f"2026-01-{1 + rng.randrange(28):02d}T00:00:00Z"
        events.append(event)
    for start in range(0, len(events), 37):
        track_batch(db, events[start : start + 37])
        fold(db)  # upkeep folds each batch into the baskets: incremental counts, as a live store keeps them
    incremental = state(db)
    big = db.execute("select count(*) from rec_user_basket_items where basket_id = 'order:o0'").fetchone()
    assert big is not None and big[0] > 50
    served = {
        pid: db.execute(
            "select product_id, score, pair_count, confidence, lift from rec_frequently_bought_together(array[%s], 30)",
            (pid,),
        ).fetchall()
        for pid in ("p1", "p2", "p3")
    }
    cart = db.execute(
        "select product_id, score from rec_frequently_bought_together(array['p1', 'p5', 'p9'], 30)"
    ).fetchall()
    db.execute("select rec_refresh_frequently_together()")
    assert state(db) == incremental
    for pid, rows in served.items():
        assert (
            db.execute(
                "select product_id, score, pair_count, confidence, lift from rec_frequently_bought_together(array[%s], 30)",
                (pid,),
            ).fetchall()
            == rows
        )
    again = db.execute(
        "select product_id, score from rec_frequently_bought_together(array['p1', 'p5', 'p9'], 30)"
    ).fetchall()
    assert [r[0] for r in again] == [r[0] for r in cart]
    assert [r[1] for r in again] == pytest.approx([r[1] for r in cart], rel=1e-12)
    assert count(db, "rec_frequently_together") > 100


def test_concurrent_baskets_lose_no_count(db: psycopg.Connection, database_url: str) -> None:
    """Three shoppers track purchases at once while upkeep keeps folding, as in a live store: a basket may
    be folded between its two statements; once the last events are folded every count is exact."""
    import threading

    for pid in ("a", "b", "c"):
        add_product(db, pid)
    errors: list[BaseException] = []

    def shopper(worker: int) -> None:
        try:
            with psycopg.connect(database_url, autocommit=True) as conn:
                for i in range(15):
                    order = f"w{worker}-{i}"
                    user = f"u{i % 3}"  # the workers share users and pairs
                    track_batch(conn, [purchase(user, "a", order), purchase(user, "b", order)])
                    track_batch(conn, [purchase(user, "c", order)])  # the basket grows in a second statement
        except BaseException as exc:  # surfaced below
            errors.append(exc)

    with upkeep_running(database_url) as upkeep_errors:
        threads = [threading.Thread(target=shopper, args=(w,)) for w in range(3)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert not errors and not upkeep_errors
    fold(db)
    assert db.execute("select basket_count from rec_basket_totals").fetchone() == (45,)
    assert {k: v[0] for k, v in pairs(db).items()} == {(x, y): 45 for x in "abc" for y in "abc" if x != y}
    incremental = state(db)
    db.execute("select rec_refresh_frequently_together()")
    assert state(db) == incremental


def test_each_product_keeps_its_top_pairs_through_folds_and_corrections(db: psycopg.Connection) -> None:
    """Three hubs bought with 250 other products (far more partners than the 100 kept per product), the
    others near the limit: after folds of growing baskets, after purchases deleted and after a basket grown
    past 50 products, the stored pairs are exactly the rebuild's (each product's 100 strongest, exact counts)."""
    rng = random.Random(11)
    db.execute(
        "insert into rec_products (id, title) select 'h' || g, 'Hub ' || g from generate_series(0, 2) g "
        "union all select 'q' || g, 'Q ' || g from generate_series(0, 249) g"
    )
    events = []
    for _ in range(3400):
        order = rng.randrange(400)
        product = (
            f"h{order % 3}" if rng.random() < 0.12 else f"q{min(rng.randrange(250), rng.randrange(250))}"
        )
        events.append(purchase(f"u{order % 90}", product, order=f"o{order}"))
    for start in range(0, len(events), 150):
        track_batch(db, events[start : start + 150])
        fold(db)
    kept = db.execute(
        "select count(*) filter (where n = 100), max(n) from "
        "(select product_id, count(*) as n from rec_frequently_together group by 1) s"
    ).fetchone()
    assert kept is not None and kept[0] >= 10 and kept[1] == 100
    folded = basket_state(db)
    assert rebuilt_basket_state(db) == folded

    # corrections: purchases deleted (stored pairs of full products drop), then a basket grown past 50
    db.execute(
        "delete from rec_user_interactions where id in (select id from rec_events order by id % 7, id limit 120)"
    )
    fold(db)
    folded = basket_state(db)
    assert rebuilt_basket_state(db) == folded
    track_batch(db, [purchase("u5", f"q{i}", order="o5") for i in range(0, 250, 4)])
    fold(db)
    assert (
        db.execute("select count(*) from rec_user_basket_items where basket_id = 'order:o5'").fetchone()[0]
        > 50
    )
    folded = basket_state(db)
    assert rebuilt_basket_state(db) == folded
