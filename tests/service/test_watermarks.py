"""Owners' watermarks read in batches: lookups asked for together share one query, each gets its own
owner's value (the same as _rec_list_watermark), and a database failure reaches every waiter."""

from __future__ import annotations

import asyncio

import psycopg
import pytest

from service.http.database import Database, DatabaseUnavailable
from service.http.db import make_pool
from service.http.watermarks import Watermarks


async def test_lookups_asked_together_share_one_query(database_url: str, catalog: list[str]) -> None:
    owners = [f"user:shopper-{n}" for n in range(6)] + ["user:nobody", "session:none", "user:shopper-1"]
    with psycopg.connect(database_url, autocommit=True) as conn:
        expected = [
            conn.execute("select _rec_list_watermark(%s, %s)", owner.split(":", 1)).fetchone()[0]
            for owner in owners
        ]
    pool = make_pool(database_url, min_size=1, max_size=2)
    await pool.open(wait=True)
    try:
        watermarks = Watermarks(Database(pool))
        got = await asyncio.gather(*(watermarks.read(owner) for owner in owners))
        assert got == expected
        assert watermarks.queries == 1
        assert await watermarks.read("user:shopper-2") == expected[2]  # alone: a query of its own
        assert watermarks.queries == 2
    finally:
        await pool.close()


async def test_a_failed_batch_fails_every_lookup(database_url: str, catalog: list[str]) -> None:
    pool = make_pool(database_url, min_size=1, max_size=2)
    await pool.open(wait=True)
    database = Database(pool)
    watermarks = Watermarks(database)
    try:
        with pytest.raises(psycopg.errors.InvalidParameterValue):  # a bad kind fails its whole batch
            await asyncio.gather(watermarks.read("user:a"), watermarks.read("cart:b"))
        database.available = False  # the circuit is open: 503 for everyone waiting
        results = await asyncio.gather(
            watermarks.read("user:a"), watermarks.read("user:b"), return_exceptions=True
        )
        assert all(isinstance(result, DatabaseUnavailable) for result in results), results
        database.available = True
        assert await watermarks.read("user:a") == "0:0"
    finally:
        await pool.close()
