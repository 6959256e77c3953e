"""`pgrec import medusa`, run as a user runs it, on a real Medusa 2.21.2 store (tests/medusa: seed.ts, changes.ts).

The store: five products (a tee with 6 variants, EUR and USD list prices, a sale price list, collection, type,
tags, images and thumbnail; a cap with a region price; a scarf; a hoodie; draft sweatpants), Jane's orders 1
(createOrderWorkflow, pending) and 2 (cart completed, then the order completed), John's orders 3 and 6, his order
4 canceled and Jane's draft order 5. changes.ts then edits order 1 (version 2: tee 2 -> 1, cap removed, hoodie
added), cancels order 6, soft-deletes the scarf, retitles the cap and places John's order 7.
"""

from __future__ import annotations

from decimal import Decimal

import psycopg

from tests.cli import pgrec_env, run_pgrec
from tests.medusa.store import apply_store_changes

IMAGES = "https://medusa-public-images.s3.eu-west-1.amazonaws.com/"


def import_medusa(url: str, *args: str) -> list[str]:
    """The summary lines of a successful `pgrec import medusa`, without the `database:` line."""
    result = run_pgrec("import", "medusa", *args, env=pgrec_env(PGREC_DATABASE_URL=url))
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return [line for line in result.stdout.splitlines() if not line.startswith("database: ")]


def catalog(conn: psycopg.Connection) -> dict[str, tuple[object, ...]]:
    """rec_products by Medusa handle (joined on Medusa's product id)."""
    rows = conn.execute(
        "select p.handle, r.title, r.description, r.categories, r.tags, r.collection, r.product_type, r.price, "
        "r.currency, r.thumbnail, r.is_active, r.source, r.metadata "
        "from rec_products r join product p on p.id = r.id order by p.handle"
    ).fetchall()
    assert len(rows) == conn.execute("select count(*) from rec_products").fetchone()[0]
    return {row[0]: row[1:] for row in rows}


def purchases(conn: psycopg.Connection) -> list[tuple[object, ...]]:
    """(order display id, version, customer email, product handle, quantity, unit price) per purchase event,
    after checking each event's time, external id and context against the Medusa order it came from."""
    rows = conn.execute(
        "select o.display_id, (i.context->>'order_version')::int, c.email, p.handle, i.quantity, i.unit_price, "
        "       i.created_at = o.created_at and i.external_id = 'medusa:' || o.id || ':' || p.id "
        "       and i.context = jsonb_build_object('order_id', o.id, 'order_version', o.version, "
        "           'display_id', o.display_id::text, 'currency', o.currency_code, 'source', 'medusa') "
        "from rec_events i join \"order\" o on o.id = i.context->>'order_id' "
        "join product p on p.id = i.product_id join customer c on c.id = i.user_id "
        "where i.interaction_type = 'purchase' order by 1, 4"
    ).fetchall()
    assert all(row[-1] for row in rows), rows
    assert len(rows) == conn.execute("select count(*) from rec_events").fetchone()[0]
    return [row[:-1] for row in rows]


def test_the_catalog_with_categories_lowest_list_prices_and_thumbnails(medusa_url: str) -> None:
    assert import_medusa(medusa_url, "--catalog-only") == [
        "catalog: products=5, inserted=5, updated=0, deactivated=0"
    ]
    with psycopg.connect(medusa_url) as conn:
        assert catalog(conn) == {
            # 9.99: the 8.50 price has a region rule
            "cap": ("Medusa Cap", "", ["Accessories"], [], None, None, Decimal("9.9900"), "eur", None, True, "medusa", {}),
            "hoodie": ("Medusa Hoodie", "Warm hoodie", ["Apparel"], [], None, None, Decimal("39.0000"), "eur", None,
                       True, "medusa", {}),
            "scarf": ("Medusa Scarf", "", ["Accessories"], [], None, None, Decimal("19.0000"), "eur",
                      IMAGES + "scarf.png", True, "medusa", {}),
            # a draft: kept, not recommended
            "sweatpants": ("Medusa Sweatpants", "", ["Apparel"], [], None, None, Decimal("29.0000"), "eur", None,
                           False, "medusa", {}),
            # 15 EUR: the list price in the first currency (USD is 17), not the sale price list's 12
            "t-shirt": ("Medusa T-Shirt", "Cotton tee", ["Shirts"], ["cotton", "summer"], "Summer", "Shirt",
                        Decimal("15.0000"), "eur", IMAGES + "tee-black-front.png", True, "medusa", {"brand": "Medusa"}),
        }  # fmt: skip
        assert conn.execute("select count(*) from rec_events").fetchone() == (0,)


def test_purchases_of_placed_orders_only(medusa_url: str) -> None:
    """Orders 1 (pending), 2 (completed), 3 and 6 (pending) count; 4 (canceled) and 5 (draft) do not. Unit prices are
    what Medusa charged (the sale price list's 12 for the tee, the region's 8.50 for the cap)."""
    assert import_medusa(medusa_url) == [
        "catalog: products=5, inserted=5, updated=0, deactivated=0",
        "orders: orders=4, purchases_added=8, purchases_removed=0, lines_unknown_product=0",
    ]
    with psycopg.connect(medusa_url) as conn:
        assert purchases(conn) == [
            (1, 1, "jane@example.com", "cap", 1, Decimal("8.5000")),
            (1, 1, "jane@example.com", "t-shirt", 2, Decimal("12.0000")),
            (2, 1, "jane@example.com", "cap", 3, Decimal("8.5000")),
            (2, 1, "jane@example.com", "t-shirt", 1, Decimal("12.0000")),
            (3, 1, "john@example.com", "scarf", 1, Decimal("19.0000")),
            (3, 1, "john@example.com", "t-shirt", 1, Decimal("12.0000")),
            (6, 1, "john@example.com", "cap", 1, Decimal("8.5000")),
            (6, 1, "john@example.com", "hoodie", 1, Decimal("39.0000")),
        ]


def test_a_second_import_takes_only_what_changed_in_the_store(medusa_url: str) -> None:
    import_medusa(medusa_url)
    with psycopg.connect(medusa_url, autocommit=True) as conn:
        before = purchases(conn)
        apply_store_changes(medusa_url)
        assert conn.execute('select version from "order" where display_id = 1').fetchone() == (2,)
        assert import_medusa(medusa_url) == [
            "catalog: products=5, inserted=0, updated=2, deactivated=0",
            "orders: orders=4, purchases_added=3, purchases_removed=4, lines_unknown_product=0",
        ]
        after = purchases(conn)
        assert len(before) == 8 and len(after) == 7
        # order 1 as version 2 says: one tee, no cap, a hoodie (L, 41); orders 2 and 3 untouched; order 6 canceled;
        # order 7 added
        assert [row for row in after if row not in before] == [
            (1, 2, "jane@example.com", "hoodie", 1, Decimal("41.0000")),
            (1, 2, "jane@example.com", "t-shirt", 1, Decimal("12.0000")),
            (7, 1, "john@example.com", "cap", 2, Decimal("8.5000")),
        ]
        assert [row for row in before if row not in after] == [
            (1, 1, "jane@example.com", "cap", 1, Decimal("8.5000")),
            (1, 1, "jane@example.com", "t-shirt", 2, Decimal("12.0000")),
            (6, 1, "john@example.com", "cap", 1, Decimal("8.5000")),
            (6, 1, "john@example.com", "hoodie", 1, Decimal("39.0000")),
        ]
        products = catalog(conn)
        # soft-deleted: no longer recommended, kept for John's purchase of it (its price went with it)
        assert products["scarf"][6:10] == (None, None, IMAGES + "scarf.png", False)
        assert products["cap"][0] == "Medusa Baseball Cap" and products["cap"][8] == IMAGES + "cap.png"
        # nothing new: a third import writes nothing
        assert import_medusa(medusa_url) == [
            "catalog: products=5, inserted=0, updated=0, deactivated=0",
            "orders: orders=4, purchases_added=0, purchases_removed=0, lines_unknown_product=0",
        ]
        assert purchases(conn) == after
