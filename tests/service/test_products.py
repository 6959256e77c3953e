"""Product endpoints: similar, bought together, PUT /products (upsert), DELETE /products/{id}."""

from __future__ import annotations

import pytest

from tests.service.conftest import call, turned_over


async def test_similar_products(app, conn, flush_redis):
    status, body = await call(app, "GET", "/products/lights-0/similar?limit=5")
    assert status == 200, body
    ids = [item["id"] for item in body["recommendations"]]
    expected = [row[0] for row in conn.execute("select product_id from rec_similar_products('lights-0', 5)")]
    assert ids == expected and ids
    assert "lights-0" not in ids
    assert body["algorithm"] == "similar_hybrid" and body["cached"] is False
    _, again = await call(app, "GET", "/products/lights-0/similar?limit=5")
    assert again["cached"] is True and again["recommendations"] == body["recommendations"]
    status, content = await call(app, "GET", "/products/lights-0/similar?limit=3&method=content")
    assert status == 200 and all(i["id"].startswith("lights-") for i in content["recommendations"])


@pytest.mark.parametrize(
    ("path", "status", "field"),
    [
        ("/products/no-such/similar", 404, "product_id"),
        ("/products/lights-0/similar?limit=0", 400, "limit"),
        ("/products/lights-0/similar?method=DROP TABLE", 400, "method"),
        ("/products/no-such/frequently-bought-together", 404, "product_id"),
        ("/products/lights-0/frequently-bought-together?limit=500", 400, "limit"),
    ],
)
async def test_product_list_errors(app, flush_redis, path, status, field):
    got, body = await call(app, "GET", path)
    assert got == status, body
    assert body["error"]["field"] == field


async def test_frequently_bought_together(app, conn, flush_redis):
    status, body = await call(app, "GET", "/products/lights-0/frequently-bought-together?limit=5")
    assert status == 200, body
    ids = [item["id"] for item in body["recommendations"]]
    expected = [
        row[0]
        for row in conn.execute("select product_id from rec_frequently_bought_together(array['lights-0'], 5)")
    ]
    assert ids == expected
    assert ids[0] == "lights-1"  # in both orders with lights-0
    assert body["algorithm"] == "bought_together"


async def test_put_products_inserts_updates_and_queues_embeddings(app, conn):
    products = [
        {
            "id": "new-1",
            "title": "ENAMEL MUG",
            "categories": ["mugs"],
            "price": 4.5,
            "currency": "gbp",
            "thumbnail": "t.jpg",
        },
        {
            "id": "new-2",
            "title": "CANVAS BAG",
            "description": "a bag",
            "tags": ["canvas"],
            "metadata": {"sku": "B2"},
        },
    ]
    status, body = await call(app, "PUT", "/products", json={"products": products})
    assert status == 200, body
    assert body == {"upserted": 2, "inserted": 2, "updated": 0, "ids": ["new-1", "new-2"]}
    row = conn.execute(
        "select title, categories, price::float8, currency, is_active, source from rec_products where id = 'new-1'"
    ).fetchone()
    assert row == ("ENAMEL MUG", ["mugs"], 4.5, "GBP", True, "api")
    queued = {
        r[0] for r in conn.execute("select product_id from rec_embedding_queue where product_id like 'new-%'")
    }
    assert queued == {"new-1", "new-2"}
    status, body = await call(
        app, "PUT", "/products", json=[{"id": "new-1", "title": "ENAMEL MUG, RED", "price": 5}]
    )
    assert status == 200 and (body["inserted"], body["updated"]) == (0, 1)
    assert conn.execute("select title, categories from rec_products where id = 'new-1'").fetchone() == (
        "ENAMEL MUG, RED",
        [],
    )


@pytest.mark.parametrize(
    ("payload", "status", "field"),
    [
        ({"products": []}, 400, "products"),
        ({"products": [{"title": "X"}]}, 400, "products[0].id"),
        ({"products": [{"id": "p", "title": " "}]}, 400, "products[0].title"),
        ({"products": [{"id": "p", "title": "P", "price": -2}]}, 400, "products[0].price"),
        ({"products": [{"id": "p", "title": "P", "price": 1e10}]}, 400, "products[0].price"),  # overflowed
        ({"products": [{"id": "p", "title": "P", "categories": "mugs"}]}, 400, "products[0].categories"),
        ({"products": [{"id": "p", "title": "P", "currency": "pounds"}]}, 400, "products[0].currency"),
        ({"products": [{"id": "p", "title": "P", "colour": "red"}]}, 400, "products[0].colour"),
        ({"products": [{"id": "p", "title": "P"}, {"id": "p", "title": "Q"}]}, 400, "products[1].id"),
        ({"products": [{"id": f"p{i}", "title": "P"} for i in range(1001)]}, 413, "products"),
    ],
)
async def test_put_products_errors_store_nothing(app, conn, payload, status, field):
    got, body = await call(app, "PUT", "/products", json=payload)
    assert got == status, body
    assert body["error"]["field"] == field
    assert conn.execute("select count(*) from rec_products where id ~ '^p[0-9]*$'").fetchone()[0] == 0


async def test_catalog_change_invalidates_cached_lists(app, flush_redis):
    path = "/products/mugs-3/similar?limit=4"
    await call(app, "GET", path)
    _, cached = await call(app, "GET", path)
    assert cached["cached"] is True
    await call(app, "PUT", "/products", json=[{"id": "new-3", "title": "TEAPOT"}])
    await turned_over(app, path)  # announced at its commit, heard by the listener within a second


async def test_delete_deactivates(app, conn, flush_redis):
    path = "/products/bags-0/similar?limit=10"
    _, before = await call(app, "GET", path)
    victim = before["recommendations"][0]["id"]
    status, body = await call(app, "DELETE", f"/products/{victim}")
    assert status == 200 and body == {"id": victim, "is_active": False}
    assert conn.execute("select is_active from rec_products where id = %s", (victim,)).fetchone()[0] is False
    after = await turned_over(app, path)
    assert victim not in [i["id"] for i in after["recommendations"]]
    status, body = await call(app, "DELETE", "/products/no-such")
    assert status == 404 and body["error"]["field"] == "product_id"
