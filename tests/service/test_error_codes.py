"""The error contract: named codes only (never a SQLSTATE), unknown products 404 `unknown_product` from
the statement that computes the list, serialization failures and deadlocks retried once, and the
statuses the README lists are the ones the service produces."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import psycopg
import pytest

from service.http import api_errors
from service.http.database import Database
from service.http.db import fetch_value, make_pool
from tests.cli import REPO_ROOT
from tests.service.conftest import build_app, call, close_app, settings_for

_CODE = re.compile(r"^[a-z][a-z_]*[a-z]$")
# A statement that fails with `code` on its first `failures` calls (a sequence counts the calls: nextval
# is not rolled back with the failed statement), then answers 'done'.
FLAKY_SQL = """
create sequence if not exists test_flaky_calls;
create or replace function test_flaky(code text, failures integer) returns text language plpgsql as $$
begin
    if nextval('test_flaky_calls') <= failures then
        raise exception 'lost to concurrent work (test)' using errcode = code;
    end if;
    return 'done';
end;
$$;
"""


def test_every_sqlstate_maps_to_a_named_code():
    codes = [*api_errors._EXACT.values(), *api_errors._CLASSES.values(), api_errors._INVALID]
    for status, code in codes:
        assert _CODE.match(code) and "sqlstate" not in code, code
        assert 400 <= status < 600
    assert api_errors.for_sqlstate("22023") == (400, "invalid_parameter")
    assert api_errors.for_sqlstate("22004") == (400, "invalid_parameter")
    assert api_errors.for_sqlstate("P0001") == (400, "invalid_parameter")
    assert api_errors.for_sqlstate("P0002") == (404, "unknown_product")
    assert api_errors.for_sqlstate("23503") == (409, "conflict")
    assert api_errors.for_sqlstate("42883") == (404, "not_found")
    assert api_errors.for_sqlstate("08006") == (503, "database_unavailable")
    assert api_errors.for_sqlstate("53300") == (503, "database_unavailable")
    assert api_errors.for_sqlstate("40001") == (503, "transaction_conflict")
    assert api_errors.for_sqlstate("40P01") == (503, "transaction_conflict")
    assert api_errors.for_sqlstate("53400") == (500, "internal_error")
    assert api_errors.for_sqlstate("XX000") == (500, "internal_error")
    assert api_errors.for_sqlstate(None) == (500, "internal_error")


async def test_a_function_error_answers_its_named_code(app, flush_redis):
    # rec_similar_products raises 22023 for a method it does not know (the name matches the pattern).
    status, body = await call(app, "GET", "/products/lights-0/similar?method=no_such_method")
    assert status == 400, body
    assert body["error"]["code"] == "invalid_parameter"
    assert "method" in body["error"]["message"]
    assert body["error"]["field"] == "method"  # was null: the message named no field of the list


@pytest.mark.parametrize(
    ("method", "path", "payload", "field", "says"),
    [
        # The messages are the functions' own: the 404 comes from the statement computing the list.
        ("GET", "/products/no-such/similar", None, "product_id", "product_id no-such does not exist"),
        ("GET", "/products/no-such/frequently-bought-together", None, "product_id", "unknown product 'no-such'"),
        ("POST", "/cart/recommendations", {"product_ids": ["lights-0", "gone-2", "gone-1"]}, "product_ids",
         "unknown product 'gone-1', 'gone-2'"),
        ("DELETE", "/products/no-such", None, "product_id", "unknown product"),
        # /track and /track/batch keep events of unknown products by default (placeholders); their 404 under
        # PGREC_TRACK_UNKNOWN_PRODUCTS=reject: tests/service/test_tracking_lenient.py
    ],
)  # fmt: skip
async def test_unknown_products_are_404_unknown_product(app, flush_redis, method, path, payload, field, says):
    for _ in range(2):  # the second time too: a 404 is never cached
        status, body = await call(app, method, path, **({} if payload is None else {"json": payload}))
        assert status == 404, body
        assert body["error"]["code"] == "unknown_product" and body["error"]["field"] == field, body
        assert says in body["error"]["message"], body


@pytest.fixture
def flaky(database_url: str) -> Iterator[psycopg.Connection]:
    with psycopg.connect(database_url, autocommit=True) as conn:
        conn.execute(FLAKY_SQL)
        conn.execute("select setval('test_flaky_calls', 1, false)")
        yield conn


def calls(conn: psycopg.Connection) -> int:
    row = conn.execute("select last_value - 1 + is_called::int from test_flaky_calls").fetchone()
    assert row is not None
    return int(row[0])


@pytest.mark.parametrize("sqlstate", ["40001", "40P01"])
async def test_serialization_failures_and_deadlocks_are_retried_once(database_url, flaky, sqlstate):
    pool = make_pool(database_url, min_size=1, max_size=2)
    await pool.open(wait=True, timeout=10)
    database = Database(pool)
    try:
        assert await fetch_value(database, "select test_flaky(%s, 1)", (sqlstate,)) == "done"
        assert calls(flaky) == 2  # failed once, retried once
        flaky.execute("select setval('test_flaky_calls', 1, false)")
        with pytest.raises(psycopg.Error) as raised:
            await fetch_value(database, "select test_flaky(%s, 2)", (sqlstate,))
        assert calls(flaky) == 2  # never a third time
        error = api_errors.from_database_error(raised.value)
        assert (error.status, error.code) == (503, "transaction_conflict")
        flaky.execute("select setval('test_flaky_calls', 1, false)")
        with pytest.raises(psycopg.Error):
            await fetch_value(database, "select test_flaky('22023', 1)")
        assert calls(flaky) == 1  # other errors are not retried
    finally:
        await database.close()
        await pool.close()


async def test_a_route_retries_a_deadlocked_list_once(database_url, redis_url, catalog, flaky, flush_redis):
    """/trending through a rec_trending that loses its first call to a deadlock (a wrapper in a schema
    of its own, first on this app's search_path): the answer is the list, not an error; losing twice
    answers 503 transaction_conflict, never the SQLSTATE."""
    flaky.execute("create schema if not exists flaky")
    flaky.execute(
        """create or replace function flaky.rec_trending(k integer default 10, "window" interval default '7 days',
                                                   category text default null, as_of timestamptz default null)
           returns table (product_id text, score double precision, reason jsonb) language plpgsql as $$
           begin
               perform test_flaky('40P01', current_setting('test.failures')::integer);
               return query select * from public.rec_trending(k, "window", category, as_of);
           end;
           $$"""
    )
    url = f"{database_url}{'&' if '?' in database_url else '?'}options=-csearch_path%3Dflaky,public"
    app = await build_app(settings_for(url, redis_url), redis_url)
    signature = "flaky.rec_trending(integer, interval, text, timestamptz)"
    try:
        flaky.execute(f"alter function {signature} set test.failures = '1'")
        status, body = await call(app, "GET", "/trending?limit=3")
        assert status == 200 and body["recommendations"], body
        assert calls(flaky) == 2
        flaky.execute("select setval('test_flaky_calls', 1, false)")
        flaky.execute(f"alter function {signature} set test.failures = '2'")
        status, body = await call(app, "GET", "/trending?limit=4")
        assert status == 503, body
        assert body["error"]["code"] == "transaction_conflict" and "40P01" not in json.dumps(body)
        assert calls(flaky) == 2
    finally:
        await close_app(app)
        flaky.execute("drop schema flaky cascade")


def readme_statuses() -> set[int]:
    """The statuses the README's HTTP API section promises for errors."""
    text = (REPO_ROOT / "README.md").read_text()
    sentence = re.search(r"every error is `\{\"error\".*?\}` with ([\d/ ,and]+) for bad", text, re.S)
    assert sentence, "the README's list of error statuses moved"
    return {int(number) for number in re.findall(r"\d{3}", sentence.group(1))}


async def test_the_readme_lists_the_statuses_bad_requests_get(database_url, redis_url, catalog, flush_redis):
    settings = settings_for(database_url, redis_url, PGREC_API_KEY="s3cret")
    app = await build_app(settings, redis_url)
    key = {"authorization": "Bearer s3cret"}
    examples = {
        400: ("GET", "/recommendations?user_id=u&limit=0", {}),
        401: (
            "POST",
            "/track",
            {"json": {"user_id": "u", "product_id": "lights-0", "interaction_type": "view"}},
        ),
        404: ("GET", "/products/no-such/similar", {}),
        405: ("DELETE", "/recommendations", {}),
        413: ("POST", "/track/batch", {"content": b"[" + b" " * (1024 * 1024) + b"]", "headers": key}),
    }
    try:
        assert readme_statuses() == set(examples)  # 422 is never produced: not listed
        for status, (method, path, kwargs) in examples.items():
            got, body = await call(app, method, path, **kwargs)
            assert got == status, (path, body)
            assert _CODE.match(body["error"]["code"]), body
    finally:
        await close_app(app)
