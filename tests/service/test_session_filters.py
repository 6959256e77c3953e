"""Session lists are filtered in SQL (rec_session_recommendations' own filters), so a filtered list holds
`limit` items whenever enough products pass the filters. The service used to filter an over-fetched list
(10 x limit, at least 100) and came back short when the filters removed most of it."""

from __future__ import annotations

import uuid

import psycopg
import pytest
from pgvector.psycopg import register_vector

from tests.service.catalog import seed_catalog, seed_history
from tests.service.conftest import call

EXTRA_MUGS = 120  # more mugs than the old over-fetch of 100: a session of mugs ranks them all above the bags


@pytest.fixture(scope="module")
def catalog(database_url: str) -> list[str]:
    """The service catalog plus EXTRA_MUGS mugs sharing mugs-0's embedding."""
    with psycopg.connect(database_url, autocommit=True) as conn:
        register_vector(conn)
        ids = seed_catalog(conn)
        seed_history(conn)
        conn.execute(
            "insert into rec_products (id, title, categories, price) "
            "select 'mugs-extra-' || i, 'EXTRA MUG ' || i, array['mugs'], 4 from generate_series(1, %s) as i",
            (EXTRA_MUGS,),
        )
        conn.execute(
            "insert into rec_product_embeddings (product_id, embedding, model, content_hash) "
            "select p.id, e.embedding, 'test-model', coalesce(p.content_hash, 'x') "
            "from rec_products p cross join rec_product_embeddings e "
            "where p.id like 'mugs-extra-%%' and e.product_id = 'mugs-0'"
        )
    return ids


async def test_a_filtered_session_list_is_full(app, conn, flush_redis):
    session = f"sess-{uuid.uuid4().hex[:8]}"
    for pid in ("mugs-1", "mugs-2"):
        status, _ = await call(
            app, "POST", "/track", json={"session_id": session, "product_id": pid, "interaction_type": "view"}
        )
        assert status == 202
    status, body = await call(
        app, "GET", f"/recommendations?session_id={session}&limit=5&category=bags&exclude=bags-0,bags-1"
    )
    assert status == 200, body
    got = [item["id"] for item in body["recommendations"]]
    assert len(got) == 5
    assert all(pid.startswith("bags-") for pid in got) and not {"bags-0", "bags-1"} & set(got)
    expected = [
        row[0]
        for row in conn.execute(
            "select product_id from rec_session_recommendations(_rec_session_product_ids(%s), 5, "
            "exclude_ids => array['bags-0', 'bags-1'], category => 'bags')",
            (session,),
        )
    ]
    assert got == expected
    status, body = await call(app, "GET", f"/recommendations?session_id={session}&limit=4&min_price=8")
    assert status == 200, body
    assert [item["price"] >= 8 for item in body["recommendations"]] == [True] * 4
