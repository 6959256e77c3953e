"""`pgrec import medusa` where Medusa's tables are missing: one line naming them and what was synced, exit 1."""

from __future__ import annotations

import psycopg

from tests.cli import pgrec_env, run_pgrec


def test_a_database_without_medusa_tables_is_one_clear_error(database_url: str) -> None:
    result = run_pgrec("import", "medusa", env=pgrec_env(PGREC_DATABASE_URL=database_url))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr == (
        "pgrec: error: Medusa v2 tables not found in schema public: price, product, product_category, "
        "product_category_product, product_collection, product_tag, product_tags, product_type, product_variant, "
        "product_variant_price_set (nothing was synced). Run pgrec in the Medusa v2 database (Medusa v1 is not "
        "supported: it has no order_line_item table). PGREC_DATABASE_URL names the database pgrec uses.\n"
    )
    with psycopg.connect(database_url) as conn:
        assert conn.execute("select count(*) from rec_products").fetchone() == (0,)


def test_a_store_without_order_tables_says_the_catalog_was_synced(medusa_url: str) -> None:
    with psycopg.connect(medusa_url, autocommit=True) as conn:
        conn.execute("drop table order_item cascade")
    result = run_pgrec("import", "medusa", env=pgrec_env(PGREC_DATABASE_URL=medusa_url))
    assert (result.returncode, "Traceback" in result.stderr) == (1, False)
    assert result.stderr.startswith(
        "pgrec: error: Medusa v2 tables not found in schema public: order_item "
        "(the catalog was synced, the orders were not). "
    )
    with psycopg.connect(medusa_url) as conn:
        assert conn.execute("select count(*) from rec_products").fetchone() == (5,)
