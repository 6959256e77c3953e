"""_rec_known_product_ids: the ids unchanged when every one is in rec_products (active or not), else
P0002 naming the parameter and each unknown id, which the HTTP service answers with 404 unknown_product."""

from __future__ import annotations

import psycopg
import pytest

from tests.sql.helpers import add_product


def test_known_ids_pass_unchanged(conn: psycopg.Connection) -> None:
    add_product(conn, "known-1")
    add_product(conn, "known-2", active=False)
    row = conn.execute(
        "select _rec_known_product_ids(array['known-2', 'known-1', null], 'product_ids')"
    ).fetchone()
    assert row == (["known-2", "known-1", None],)  # order kept; nulls are another rule's (_rec_query_ids)
    assert conn.execute("select _rec_known_product_ids('{}', 'product_ids')").fetchone() == ([],)


def test_unknown_ids_raise_p0002_naming_the_parameter_and_ids(conn: psycopg.Connection) -> None:
    add_product(conn, "known-3")
    with pytest.raises(psycopg.errors.NoDataFound) as error:
        conn.execute("select _rec_known_product_ids(array['zz', 'known-3', 'aa', 'zz'], 'product_ids')")
    assert error.value.diag.message_primary == "product_ids: unknown product 'aa', 'zz'"  # each once, sorted
