"""Cached lists turn over when PostgreSQL says so, whoever made the change: psql, the CLI or HTTP (the
lists epoch heard with LISTEN), and an owner's lists when their events change (the watermark read on
every read), even when transactions commit in another order than they started."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import psycopg
import pytest

from service.http import lists_epoch as lists_epoch_module
from tests.cli import pgrec_env, run_pgrec
from tests.service.conftest import cached_twice, call, turned_over
from tests.support.metrics import sample
from tests.support.upkeep import fold


async def wait_for(condition: Any, seconds: float = 5.0) -> None:
    loop = asyncio.get_running_loop()
    began = loop.time()
    while not condition():
        assert loop.time() - began < seconds, "condition not met in time"
        await asyncio.sleep(0.005)


def ids(body: dict[str, Any]) -> list[str]:
    return [item["id"] for item in body["recommendations"]]


@pytest.mark.parametrize(
    "statement",
    [
        "select _rec_lists_changed('psql')",
        "select rec_refresh_all()",
        "update rec_products set price = price + 1 where id = 'mugs-6'",
    ],
    ids=["lists_changed", "refresh_all", "catalog_update"],
)
async def test_a_psql_change_turns_the_cache_over_within_a_second(app, database_url, flush_redis, statement):
    paths = [
        "/trending?limit=5",
        "/recommendations?user_id=psql-1&limit=5",
        "/products/mugs-3/similar?limit=4",
    ]
    for path in paths:
        await cached_twice(app, path)
    with psycopg.connect(database_url, autocommit=True) as other:
        if statement.startswith("select rec_refresh_all"):
            # Something for the refresh to change: a new co-interaction pair.
            events = [
                {"user_id": "psql-pair", "product_id": pid, "interaction_type": "purchase"}
                for pid in ("bags-6", "bags-7")
            ]
            other.execute("select rec_track_interactions(%s::jsonb)", (json.dumps(events),))
        other.execute(statement)
    for path in paths:
        await turned_over(app, path)
        await cached_twice(app, path)  # and cached again under the new epoch


async def test_an_unchanged_catalog_write_announces_nothing(app, database_url, flush_redis):
    with psycopg.connect(database_url, autocommit=True) as other:
        product = other.execute(
            "select jsonb_build_object('id', id, 'title', title, 'categories', categories, 'price', price,"
            " 'thumbnail', thumbnail) from rec_products where id = 'mugs-6'"
        ).fetchone()[0]
        before = app.ctx.lists_epoch.notifications
        other.execute("update rec_products set price = price where false")
        rows = other.execute("select * from rec_upsert_products(%s::jsonb)", (json.dumps([product]),))
        assert rows.fetchall() == [("mugs-6", False)]  # the same row again: unchanged
        other.execute("select _rec_lists_changed('marker')")
    await wait_for(lambda: app.ctx.lists_epoch.notifications > before)
    await asyncio.sleep(0.05)
    assert app.ctx.lists_epoch.notifications == before + 1  # the marker only


async def test_a_cli_import_turns_the_cache_over_within_a_second(
    app, database_url, flush_redis, tmp_path: Path
):
    path = "/products/lights-2/similar?limit=6"
    cached = await cached_twice(app, path)
    renamed = cached["recommendations"][0]["id"]
    products = tmp_path / "products.jsonl"
    products.write_text(json.dumps({"id": renamed, "title": "RENAMED BY AN IMPORT"}) + "\n")
    env = pgrec_env(PGREC_DATABASE_URL=database_url)
    result = await asyncio.to_thread(run_pgrec, "import", "products", str(products), env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "1 updated" in result.stdout, result.stdout
    fresh = await turned_over(app, path)
    titles = {item["id"]: item["title"] for item in fresh["recommendations"]}
    assert titles[renamed] == "RENAMED BY AN IMPORT"


async def test_changes_committed_out_of_order_turn_the_cache_over(app, database_url, flush_redis):
    # The epoch is the last change heard (commit order), not the largest: a change that took its epoch
    # first but commits last must still turn over the lists cached after the other one.
    path = "/trending?limit=5"
    await cached_twice(app, path)
    with (
        psycopg.connect(database_url) as slow,
        psycopg.connect(database_url, autocommit=True) as fast,
    ):
        first = slow.execute("select _rec_lists_changed('slow')").fetchone()[0]
        second = fast.execute("select _rec_lists_changed('fast')").fetchone()[0]
        assert first < second
        await turned_over(app, path)
        await cached_twice(app, path)  # cached under the fast change's epoch
        slow.commit()
    await turned_over(app, path)


async def test_an_event_committed_out_of_order_turns_its_owners_lists_over(app, database_url, flush_redis):
    # Two events of one session, the one with the smaller id committed last: the session's list cached
    # between the two commits must not be served after the second (a watermark of the largest id alone
    # would not change).
    session = "late-commit-1"
    path = f"/recommendations?session_id={session}&limit=5"

    def event(user: str, product: str) -> str:
        return json.dumps([{"user_id": user, "product_id": product, "interaction_type": "view",
                            "session_id": session}])  # fmt: skip

    track = "select rec_track_interactions(%s::jsonb)"
    with (
        psycopg.connect(database_url) as late,
        psycopg.connect(database_url, autocommit=True) as early,
    ):
        late_id = late.execute(track, (event("late-user-a", "bags-5"),)).fetchone()[0][0]
        early_id = early.execute(track, (event("late-user-b", "lights-5"),)).fetchone()[0][0]
        assert late_id < early_id
        before = await turned_over(app, path)
        assert "lights-5" not in ids(before)  # the session's own products are left out
        await cached_twice(app, path)
        late.commit()
    after = await turned_over(app, path, seconds=0.0)  # at once: the watermark is read on every read
    assert "bags-5" not in ids(after) and "lights-5" not in ids(after)


async def test_a_users_event_turns_their_lists_over_at_once(app, database_url, flush_redis):
    path = "/recommendations?user_id=wm-1&limit=5"
    cached = await cached_twice(app, path)
    bought = cached["recommendations"][0]["id"]
    with psycopg.connect(database_url, autocommit=True) as other:
        other.execute(
            "select rec_track_interaction(user_id => 'wm-1', product_id => %s, interaction_type => 'purchase')",
            (bought,),
        )
    after = await turned_over(app, path, seconds=0.0)
    assert bought not in ids(after)
    # Upkeep folding the event later leaves the list cached: it was computed with the same taste.
    await cached_twice(app, path)
    with psycopg.connect(database_url, autocommit=True) as other:
        assert fold(other) >= 1
    _, again = await call(app, "GET", path)
    assert again["cached"] is True and ids(again) == ids(after)


async def test_without_the_listener_the_cache_is_bypassed(app, database_url, flush_redis, monkeypatch):
    monkeypatch.setattr(lists_epoch_module, "RECONNECT_SECONDS", (1.0,))
    path = "/trending?limit=4"
    await cached_twice(app, path)
    epoch = app.ctx.lists_epoch
    connections = epoch.connections
    with psycopg.connect(database_url, autocommit=True) as other:
        (killed,) = other.execute(
            "select count(pg_terminate_backend(pid)) from pg_stat_activity"
            " where application_name = 'pgrec-lists-epoch' and datname = current_database()"
        ).fetchone()
    assert killed >= 1
    await wait_for(lambda: epoch.current is None)
    for _ in range(2):  # neither served from nor stored in the cache
        _, body = await call(app, "GET", path)
        assert body["cached"] is False
    _, health = await call(app, "GET", "/health")
    assert health["cache"]["lists_epoch"] == "not_listening" and health["status"] == "degraded"
    _, metrics = await call(app, "GET", "/metrics")
    assert sample(metrics, "pgrec_cache_requests_total", kind="trending", result="bypass")
    await wait_for(lambda: epoch.connections > connections and epoch.notifications > 0 and epoch.listening)
    await wait_for(lambda: not epoch.current.startswith("r-"))  # its own announcement, heard
    await turned_over(app, path, seconds=0.0)  # nothing cached before the reconnection is trusted
    await cached_twice(app, path)
    _, health = await call(app, "GET", "/health")
    assert health["cache"]["lists_epoch"] == "listening" and health["status"] == "healthy"
