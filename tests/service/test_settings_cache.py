"""A change of the store's settings (rec_set_setting from psql, `pgrec settings set`, `pgrec tune --apply`)
turns cached lists over: a list ranked under the old value is not served after it."""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest

from tests.service.conftest import cached_twice, turned_over


@pytest.fixture
def store(database_url: str) -> Iterator[psycopg.Connection]:
    with psycopg.connect(database_url, autocommit=True) as connection:
        yield connection
        connection.execute("delete from rec_settings")


async def test_a_stored_setting_turns_the_cached_lists_over(app, store, flush_redis):
    personal, similar = "/recommendations?user_id=shopper-1&limit=5", "/products/mugs-3/similar?limit=4"
    before = {path: await cached_twice(app, path) for path in (personal, similar)}
    store.execute("select * from rec_set_setting('content_weight', '1', 'test')")
    store.execute("select * from rec_set_setting('collab_weight', '0', 'test')")
    store.execute("select * from rec_set_setting('similar_content_weight', '1', 'test')")
    for path in (personal, similar):
        fresh = await turned_over(app, path)
        scores = [item["score"] for item in fresh["recommendations"]]
        assert scores != [item["score"] for item in before[path]["recommendations"]], path
        again = await cached_twice(app, path)  # cached again under the new epoch
        assert again["recommendations"] == fresh["recommendations"]
    store.execute("select * from rec_reset_setting('content_weight')")
    await turned_over(app, personal)
