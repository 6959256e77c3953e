"""The one product upsert, _rec_upsert_products, and its three callers: rec_upsert_products (HTTP PUT),
rec_sync_medusa_catalog (sync) and the file importers (service/ingest/sinks.py, partial)."""

from __future__ import annotations

import inspect
import json
from decimal import Decimal
from typing import Any

import psycopg
import pytest

from service.ingest import sinks
from service.ingest.sinks import ProductRow, upsert_products

COLUMNS = (
    "title, description, categories, tags, collection, product_type, handle, price, currency, thumbnail, "
    "is_active, metadata, source"
)


def upsert(
    conn: psycopg.Connection, products: list[dict[str, Any]], source: str = "test", **flags: bool
) -> list[tuple[str, str]]:
    named = "".join(f", {name} => {'true' if value else 'false'}" for name, value in flags.items())
    return conn.execute(
        f"select product_id, action from _rec_upsert_products(%s::jsonb, %s{named})",
        (json.dumps(products), source),
    ).fetchall()


def product(conn: psycopg.Connection, product_id: str) -> dict[str, Any]:
    row = conn.execute(
        f"select {COLUMNS}, updated_at from rec_products where id = %s", (product_id,)
    ).fetchone()
    assert row is not None
    return dict(zip([*COLUMNS.split(", "), "updated_at"], row, strict=True))


def queue(conn: psycopg.Connection) -> list[tuple[str, str]]:
    return conn.execute("select product_id, reason from rec_embedding_queue order by 1").fetchall()


FULL = {
    "id": "p1",
    "title": "Lantern",
    "description": "Metal",
    "categories": ["home"],
    "tags": ["light"],
    "collection": "Winter",
    "product_type": "Lamp",
    "handle": "lantern",
    "price": 3.5,
    "currency": "EUR",
    "thumbnail": "l.jpg",
    "is_active": True,
    "metadata": {"sku": "L-1"},
}


def test_new_products_take_defaults_and_a_second_write_changes_nothing(db: psycopg.Connection) -> None:
    products = [FULL, {"id": "p2", "title": "Mug"}]
    assert upsert(db, products) == [("p1", "inserted"), ("p2", "inserted")]
    assert product(db, "p2") | {"updated_at": None} == {
        "title": "Mug",
        "description": "",
        "categories": [],
        "tags": [],
        "collection": None,
        "product_type": None,
        "handle": None,
        "price": None,
        "currency": None,
        "thumbnail": None,
        "is_active": True,
        "metadata": {},
        "source": "test",
        "updated_at": None,
    }
    stamps = db.execute("select array_agg(updated_at order by id) from rec_products").fetchone()
    db.execute("delete from rec_embedding_queue")
    for partial in (False, True):
        assert upsert(db, products, partial=partial) == [("p1", "unchanged"), ("p2", "unchanged")]
    assert db.execute("select array_agg(updated_at order by id) from rec_products").fetchone() == stamps
    assert queue(db) == []


def test_only_text_changes_requeue_the_embedding(db: psycopg.Connection) -> None:
    upsert(db, [FULL])
    db.execute("delete from rec_embedding_queue")
    assert upsert(db, [FULL | {"price": 4}]) == [("p1", "updated")]
    assert queue(db) == []
    assert upsert(db, [FULL | {"title": "Lantern, white"}]) == [("p1", "updated")]
    assert queue(db) == [("p1", "changed")]


def test_a_full_picture_resets_what_it_leaves_out(db: psycopg.Connection) -> None:
    upsert(db, [FULL])
    assert upsert(db, [{"id": "p1", "title": "Lantern", "metadata": {"colour": "red"}}]) == [
        ("p1", "updated")
    ]
    got = product(db, "p1")
    assert (got["description"], got["categories"], got["collection"], got["handle"], got["price"]) == (
        "",
        [],
        None,
        None,
        None,
    )
    assert got["metadata"] == {"colour": "red"}


def test_a_partial_write_keeps_what_it_leaves_out_and_merges_metadata(db: psycopg.Connection) -> None:
    upsert(db, [FULL])
    given = {"id": "p1", "title": "Lantern", "price": None, "metadata": {"colour": "red"}}
    assert upsert(db, [given], partial=True) == [("p1", "updated")]
    got = product(db, "p1")
    assert (got["description"], got["categories"], got["collection"], got["handle"], got["price"]) == (
        "Metal",
        ["home"],
        "Winter",
        "lantern",
        None,  # given as null: written
    )
    assert got["metadata"] == {"sku": "L-1", "colour": "red"}
    assert upsert(db, [given], partial=True) == [("p1", "unchanged")]


def test_sync_claims_its_products_and_deactivates_the_missing_ones(db: psycopg.Connection) -> None:
    upsert(db, [FULL, {"id": "p2", "title": "Mug"}], source="shop")
    upsert(db, [{"id": "p3", "title": "Bag"}], source="file")
    upsert(db, [{"id": "p4", "title": "Hat"}], source="file")
    # Without sync an existing product keeps its source.
    assert upsert(db, [{"id": "p3", "title": "Bag", "price": 2}], source="shop") == [("p3", "updated")]
    assert product(db, "p3")["source"] == "file"
    got = upsert(
        db, [{"id": "p2", "title": "Mug"}, {"id": "p3", "title": "Bag", "price": 2}], "shop", sync=True
    )
    assert got == [("p2", "unchanged"), ("p3", "updated"), ("p1", "deactivated")]
    sources = db.execute("select id, source, is_active from rec_products order by id").fetchall()
    assert sources == [
        ("p1", "shop", False),
        ("p2", "shop", True),
        ("p3", "shop", True),
        ("p4", "file", True),
    ]
    assert upsert(
        db, [{"id": "p2", "title": "Mug"}, {"id": "p3", "title": "Bag", "price": 2}], "shop", sync=True
    ) == [
        ("p2", "unchanged"),
        ("p3", "unchanged"),
    ]


@pytest.mark.parametrize(
    ("products", "source", "error", "message"),
    [
        ({"id": "p"}, "test", psycopg.errors.InvalidParameterValue, "products must be a JSON array"),
        ([{"id": "p", "title": "P"}], " ", psycopg.errors.InvalidParameterValue, "source must name"),
        (
            [{"id": "p", "title": "P"}, {"id": "p", "title": "Q"}],
            "test",
            psycopg.errors.CardinalityViolation,
            "product id 'p' appears more than once",
        ),
        ([{"id": "p"}], "test", psycopg.errors.NotNullViolation, "title"),
    ],
)
def test_bad_calls_write_nothing(
    db: psycopg.Connection, products: Any, source: str, error: type, message: str
) -> None:
    with pytest.raises(error, match=message):
        db.execute("select * from _rec_upsert_products(%s::jsonb, %s)", (json.dumps(products), source))
    assert db.execute("select count(*) from rec_products").fetchone() == (0,)


def test_put_replaces_and_reports_unchanged_products_as_not_inserted(db: psycopg.Connection) -> None:
    put = "select product_id, inserted from rec_upsert_products(%s::jsonb)"
    assert db.execute(put, (json.dumps([FULL | {"currency": "eur"}]),)).fetchall() == [("p1", True)]
    assert product(db, "p1")["currency"] == "EUR"
    stamp = product(db, "p1")["updated_at"]
    assert db.execute(put, (json.dumps([FULL]),)).fetchall() == [("p1", False)]
    assert product(db, "p1")["updated_at"] == stamp
    db.execute("update rec_products set source = 'medusa'")
    assert db.execute(put, (json.dumps([{"id": "p1", "title": "Lantern"}]),)).fetchall() == [("p1", False)]
    got = product(db, "p1")
    assert (got["collection"], got["metadata"], got["source"]) == (None, {}, "medusa")


def test_the_file_importer_merges_and_keeps_what_a_file_cannot_say(db: psycopg.Connection) -> None:
    upsert(db, [FULL], source="api")
    rows = [
        ProductRow(id="p1", title="Lantern", price=Decimal("3.125"), metadata={"colour": "red"}),
        ProductRow(id="p2", title="Mug", price=Decimal("2.55"), currency="GBP", source="file"),
    ]
    with db.transaction():
        assert upsert_products(db, rows) == (1, 1, 0)
    got = product(db, "p1")
    assert (got["collection"], got["product_type"], got["handle"], got["source"]) == (
        "Winter",
        "Lamp",
        "lantern",
        "api",
    )
    assert (got["description"], got["categories"], got["price"]) == ("", [], Decimal("3.1250"))
    assert got["metadata"] == {"sku": "L-1", "colour": "red"}
    assert product(db, "p2")["price"] == Decimal("2.5500")
    with db.transaction():
        assert upsert_products(db, rows) == (0, 0, 2)


def test_every_product_write_goes_through_the_one_upsert(db: psycopg.Connection) -> None:
    writers = db.execute(
        "select array_agg(p.proname order by p.proname) from pg_proc p "
        "where p.pronamespace = 'public'::regnamespace and p.prosrc ~* 'insert\\s+into\\s+rec_products\\M'"
    ).fetchone()
    # besides the upsert, only tracking's placeholder for an unknown product (id and title only, inactive;
    # the upsert fills it in later)
    assert writers == (["_rec_add_placeholder_products", "_rec_upsert_products"],)
    callers = db.execute(
        "select array_agg(p.proname order by p.proname) from pg_proc p "
        "where p.pronamespace = 'public'::regnamespace and p.prosrc like '%\\_rec\\_upsert\\_products(%'"
    ).fetchone()
    assert callers == (["rec_sync_medusa_catalog", "rec_upsert_products"],)
    source = inspect.getsource(sinks)
    assert "_rec_upsert_products(" in source and "insert into rec_products" not in source
