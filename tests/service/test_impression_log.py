"""The impression log behind every recommendation answer: one background writer that drains the queue."""

from __future__ import annotations

import asyncio
import json
import uuid

import psycopg

from service.http.database import Database
from service.http.db import make_pool
from service.http.impressions import FLUSH_AT, ImpressionLog


async def test_background_writes_drain_and_store_every_list(database_url: str, catalog: list[str]) -> None:
    pool = make_pool(database_url, min_size=1, max_size=4)
    await pool.open(wait=True, timeout=10)
    impressions = ImpressionLog()
    impressions.database = Database(pool)
    requests = [str(uuid.uuid4()) for _ in range(FLUSH_AT * 3 + 7)]
    try:
        for request_id in requests:  # a size-triggered write; the rest gathers behind it
            impressions.add(request_id, "u-1", "hybrid", json.dumps(catalog[:3]).encode())
        for _ in range(100):  # the writer drains the queue on its own, without a flush()
            if impressions.idle:
                break
            await asyncio.sleep(0.05)
        assert impressions.idle
    finally:
        await pool.close()
    assert (impressions.logged, impressions.failed) == (len(requests), 0)
    with psycopg.connect(database_url) as conn:
        stored = conn.execute(
            "select count(*), count(distinct request_id) from rec_analytics_items where request_id = any(%s::uuid[])",
            (requests,),
        ).fetchone()
    assert stored == (len(requests) * 3, len(requests))
