"""`pgrec import products` and `pgrec import interactions` on hand-made JSONL and CSV files."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import psycopg
import pytest

from service.core.errors import PgrecError
from service.ingest.interactions import import_interactions
from service.ingest.products import import_products
from service.ingest.report import ImportAborted
from tests.cli import pgrec_env, run_pgrec
from tests.support.databases import temporary_database
from tests.support.postgres_source import TestPostgres

PRODUCTS_JSONL = [
    {
        "id": "lantern",
        "title": "White metal lantern",
        "description": "<p>Metal</p>",
        "categories": ["Home"],
        "tags": ["light"],
        "price": 3.39,
        "thumbnail": "https://example.test/l.png",
        "active": True,
    },
    {"id": "mug", "title": "Blue mug", "categories": ["Kitchen", "Mugs"], "price": "2.5", "currency": "gbp"},
    {"id": "old", "title": "Discontinued thing", "active": False, "metadata": {"sku": "X-1"}},
]


def write_jsonl(path: Path, rows: list) -> Path:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "wt", encoding="utf-8") as handle:  # type: ignore[operator]
        for row in rows:
            handle.write((row if isinstance(row, str) else json.dumps(row)) + "\n")
    return path


@pytest.fixture(autouse=True)
def empty(conn: psycopg.Connection) -> None:
    conn.execute("delete from rec_user_interactions")
    conn.execute("delete from rec_products")


def test_products_jsonl(tmp_path: Path, database_url: str, conn: psycopg.Connection) -> None:
    path = write_jsonl(tmp_path / "products.jsonl.gz", PRODUCTS_JSONL)
    report = import_products(database_url, path, progress=False)
    assert (report.rows_read, report.products_inserted, report.bad_row_count) == (3, 3, 0)
    rows = conn.execute(
        "select id, title, description, categories, tags, price, currency, thumbnail, is_active, metadata, source "
        "from rec_products order by id"
    ).fetchall()
    assert rows == [
        (
            "lantern",
            "White metal lantern",
            "<p>Metal</p>",
            ["Home"],
            ["light"],
            Decimal("3.3900"),
            None,
            "https://example.test/l.png",
            True,
            {},
            "file",
        ),
        ("mug", "Blue mug", "", ["Kitchen", "Mugs"], [], Decimal("2.5000"), "GBP", None, True, {}, "file"),
        ("old", "Discontinued thing", "", [], [], None, None, None, False, {"sku": "X-1"}, "file"),
    ]
    again = import_products(database_url, path, progress=False)
    assert (again.products_inserted, again.products_updated, again.products_unchanged) == (0, 0, 3)
    changed = write_jsonl(tmp_path / "changed.jsonl", [{**PRODUCTS_JSONL[1], "price": 3}])
    third = import_products(database_url, changed, progress=False)
    assert (third.products_inserted, third.products_updated) == (0, 1)


def test_products_csv_with_bad_rows(tmp_path: Path, database_url: str, conn: psycopg.Connection) -> None:
    path = tmp_path / "products.csv"
    path.write_text(
        "id,title,description,categories,tags,price,thumbnail,active\n"
        "p1,Tea light holder,Glass,Home|Candles,gift,1.25,,true\n"
        "p2,,No title,,,1,,\n"
        'p3,Candle,,"[""Home""]",,-1,,\n'
        "p4,Vase,,,,2,,maybe\n"
        "p5,Jar,,,,,,0\n"
    )
    report = import_products(database_url, path, progress=False)
    assert [str(bad) for bad in report.bad_rows] == [
        "line 3: title is missing or empty",
        "line 4: price -1 is below 0",
        "line 5: active 'maybe' is not a boolean (true/false)",
    ]
    assert conn.execute(
        "select id, categories, tags, is_active from rec_products order by id"
    ).fetchall() == [
        ("p1", ["Home", "Candles"], ["gift"], True),
        ("p5", [], [], False),
    ]


def test_products_strict_writes_nothing(tmp_path: Path, database_url: str, conn: psycopg.Connection) -> None:
    path = write_jsonl(tmp_path / "p.jsonl", [*PRODUCTS_JSONL, "{not json"])
    with pytest.raises(ImportAborted, match=r"line 4: not valid JSON"):
        import_products(database_url, path, strict=True, batch_size=1, progress=False)
    assert conn.execute("select count(*) from rec_products").fetchone() == (0,)


def test_interactions_through_tracking(tmp_path: Path, database_url: str, conn: psycopg.Connection) -> None:
    import_products(database_url, write_jsonl(tmp_path / "p.jsonl", PRODUCTS_JSONL), progress=False)
    events = [
        {
            "user_id": "u1",
            "product_id": "lantern",
            "interaction_type": "view",
            "occurred_at": "2025-01-02T03:04:05Z",
        },
        {
            "user_id": "u1",
            "product_id": "mug",
            "type": "purchase",
            "quantity": 2,
            "unit_price": 2.5,
            "context": {"order_id": "o1"},
            "external_id": "order-o1-mug",
            "occurred_at": "2025-01-02T04:05:00+01:00",
        },
        {"user_id": "u2", "product_id": "nope", "interaction_type": "view"},
        {"user_id": "u2", "product_id": "mug", "interaction_type": "teleport"},
        {"user_id": "u2", "product_id": "mug", "interaction_type": "view", "quantity": 0},
        {"user_id": "u2", "product_id": "old", "interaction_type": "view", "session_id": "s9"},
    ]
    path = write_jsonl(tmp_path / "events.jsonl", events)
    report = import_interactions(database_url, path, progress=False)
    assert report.events_inserted == 3
    reasons = {bad.line: bad.reason for bad in report.bad_rows}
    assert set(reasons) == {3, 4, 5}
    assert "nope" in reasons[3] and "teleport" in reasons[4] and "quantity must be at least 1" in reasons[5]
    # The database's batch position (`events[0]: ...`) means nothing to the user: the line says where.
    assert reasons[3] == 'unknown product_id "nope"', reasons[3]
    assert reasons[4] == 'unknown interaction_type "teleport"', reasons[4]
    rows = conn.execute(
        "select user_id, product_id, interaction_type, quantity, unit_price, context, external_id, created_at "
        "from rec_events order by id"
    ).fetchall()
    assert rows[0][:4] == ("u1", "lantern", "view", 1)
    assert rows[0][6].startswith("import:")
    assert rows[0][7] == datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC)
    assert rows[1][:7] == ("u1", "mug", "purchase", 2, Decimal("2.5000"), {"order_id": "o1"}, "order-o1-mug")
    assert rows[1][7] == datetime(2025, 1, 2, 3, 5, tzinfo=UTC)
    # Inactive products may still be tracked.
    assert rows[2][:3] == ("u2", "old", "view")
    again = import_interactions(database_url, path, progress=False)
    assert (again.events_inserted, again.events_duplicate) == (0, 3)


def test_interactions_strict_rejected_by_the_database(
    tmp_path: Path, database_url: str, conn: psycopg.Connection
) -> None:
    import_products(database_url, write_jsonl(tmp_path / "p.jsonl", PRODUCTS_JSONL), progress=False)
    path = tmp_path / "events.csv"
    path.write_text(
        "user_id,product_id,interaction_type,occurred_at\n"
        "u1,lantern,view,2025-01-01T00:00:00Z\n"
        "u1,ghost,view,2025-01-01T00:00:00Z\n"
    )
    with pytest.raises(PgrecError, match=r"line 3: .*ghost.*nothing imported \(--strict\)"):
        import_interactions(database_url, path, strict=True, progress=False)
    assert conn.execute("select count(*) from rec_events").fetchone() == (0,)


def test_unknown_file_type(tmp_path: Path, database_url: str) -> None:
    path = tmp_path / "products.xml"
    path.write_text("<products/>")
    with pytest.raises(PgrecError, match=r"expected a \.jsonl or \.csv file"):
        import_products(database_url, path, progress=False)


def test_cli_import_products_and_interactions(
    tmp_path: Path, database_url: str, conn: psycopg.Connection
) -> None:
    env = pgrec_env(PGREC_DATABASE_URL=database_url)
    products = write_jsonl(tmp_path / "p.jsonl", PRODUCTS_JSONL)
    result = run_pgrec("import", "products", str(products), env=env)
    assert result.returncode == 0, result.stderr
    assert "products: 3 new, 0 updated, 0 unchanged" in result.stdout
    # Not a terminal: plain progress lines, no bar control characters.
    assert "\r" not in result.stderr
    events = tmp_path / "e.csv"
    events.write_text("user_id,product_id,interaction_type\nu1,mug,view\nu1,ghost,view\n")
    result = run_pgrec("import", "interactions", str(events), env=env)
    assert result.returncode == 3, result.stderr  # a bad row was skipped, the rest imported
    assert "events: 1 stored" in result.stdout
    assert 'line 3: unknown product_id "ghost"' in result.stdout
    assert "1 bad row(s) skipped" in result.stderr and "exit status 3" in result.stderr
    result = run_pgrec("import", "interactions", str(events), env=env)
    assert result.returncode == 3, result.stderr  # the good row is there already; the bad one still is bad
    assert "events: 0 stored, 1 already present" in result.stdout
    result = run_pgrec("import", "interactions", str(events), "--strict", env=env)
    assert result.returncode == 1
    assert "line 3" in result.stderr and "Traceback" not in result.stderr
    result = run_pgrec("import", "products", str(tmp_path / "missing.jsonl"), env=env)
    assert result.returncode == 1
    assert "no such file" in result.stderr


def test_csv_header_names_every_unknown_and_missing_column(
    tmp_path: Path, database_url: str, conn: psycopg.Connection
) -> None:
    path = tmp_path / "products.csv"
    path.write_text("id,name,colour,price\np1,Jar,red,1\n")
    with pytest.raises(PgrecError) as caught:
        import_products(database_url, path, progress=False)
    message = str(caught.value)
    assert "line 1 (header): unknown column(s) name, colour; missing column(s) title" in message
    assert "required: id, title; optional: description" in message
    assert conn.execute("select count(*) from rec_products").fetchone() == (0,)


def test_an_extra_column_is_an_error_not_dropped(
    tmp_path: Path, database_url: str, conn: psycopg.Connection
) -> None:
    import_products(database_url, write_jsonl(tmp_path / "p.jsonl", PRODUCTS_JSONL), progress=False)
    path = tmp_path / "events.csv"
    path.write_text("user_id,product_id,interaction_type,occured_at\nu1,mug,view,2025-01-01T00:00:00Z\n")
    with pytest.raises(PgrecError, match=r"unknown column\(s\) occured_at"):
        import_interactions(database_url, path, progress=False)
    path.write_text("user_id,product_id,type,interaction_type\nu1,mug,view,view\n")
    with pytest.raises(PgrecError, match=r"both interaction_type and type"):
        import_interactions(database_url, path, progress=False)
    assert conn.execute("select count(*) from rec_events").fetchone() == (0,)


def test_a_json_line_with_an_unknown_field_is_a_bad_row(
    tmp_path: Path, database_url: str, conn: psycopg.Connection
) -> None:
    import_products(database_url, write_jsonl(tmp_path / "p.jsonl", PRODUCTS_JSONL), progress=False)
    events = [
        {"user_id": "u1", "product_id": "mug", "interaction_type": "view"},
        {
            "user_id": "u1",
            "product_id": "mug",
            "interaction_type": "click",
            "occured_at": "2025-01-01T00:00:00Z",
        },
    ]
    report = import_interactions(database_url, write_jsonl(tmp_path / "e.jsonl", events), progress=False)
    assert report.events_inserted == 1
    assert [(bad.line, bad.reason.split(" (")[0]) for bad in report.bad_rows] == [
        (2, "unknown field(s) occured_at")
    ]


def test_a_row_with_more_fields_than_the_header_is_a_bad_row(
    tmp_path: Path, database_url: str, conn: psycopg.Connection
) -> None:
    path = tmp_path / "products.csv"
    path.write_text("id,title,price\np1,Jar,1\np2,Vase,2,extra\np3,Cup\np4,Bowl,4\n")
    report = import_products(database_url, path, progress=False)
    assert [str(bad) for bad in report.bad_rows] == [
        "line 3: 4 fields where the header has 3",
        "line 4: 2 fields where the header has 3",
    ]
    assert conn.execute("select id from rec_products order by id").fetchall() == [("p1",), ("p4",)]


def test_an_unterminated_quote_is_reported_where_it_opens(
    tmp_path: Path, database_url: str, conn: psycopg.Connection
) -> None:
    path = tmp_path / "products.csv"
    path.write_text(
        "id,title,description\n"
        'p1,Jar,"two\nlines"\n'  # a quoted field may span lines: this row starts on line 2
        "p2,Vase,ok\n"
        'p3,"Cup,never closed\n'
        "p4,Bowl,fine\n"
        "p5,Plate,fine\n"
    )
    report = import_products(database_url, path, progress=False)
    assert [str(bad) for bad in report.bad_rows] == [
        "line 5: unterminated quote: the quoted field opened on this line is never closed (lines 5-7 not read)"
    ]
    assert conn.execute("select id, description from rec_products order by id").fetchall() == [
        ("p1", "two\nlines"),
        ("p2", "ok"),
    ]
    with pytest.raises(ImportAborted, match=r"line 5: unterminated quote"):
        import_products(database_url, path, strict=True, progress=False)


def test_bad_rows_are_listed_in_line_order(
    tmp_path: Path, database_url: str, conn: psycopg.Connection
) -> None:
    """The database rejects line 2 when the batch is written, after the reader has found line 3 bad."""
    import_products(database_url, write_jsonl(tmp_path / "p.jsonl", PRODUCTS_JSONL), progress=False)
    path = tmp_path / "events.csv"
    path.write_text(
        "user_id,product_id,interaction_type\nu1,ghost,view\nu1,mug,\nu1,mug,view\nu1,phantom,view\nu1,mug,\n"
    )
    report = import_interactions(database_url, path, progress=False)
    assert [str(bad) for bad in report.bad_rows] == [
        'line 2: unknown product_id "ghost"',
        "line 3: interaction_type is missing or empty",
        'line 5: unknown product_id "phantom"',
        "line 6: interaction_type is missing or empty",
    ]
    assert report.events_inserted == 1


def test_occurred_at_needs_a_time_zone_as_over_http(
    tmp_path: Path, database_url: str, conn: psycopg.Connection
) -> None:
    import_products(database_url, write_jsonl(tmp_path / "p.jsonl", PRODUCTS_JSONL), progress=False)
    events = [
        {"user_id": "u1", "product_id": "mug", "interaction_type": "view", "occurred_at": "2025-01-02T03:04:05Z"},
        {"user_id": "u2", "product_id": "mug", "interaction_type": "view", "occurred_at": "2025-01-02T04:04:05+01:00"},
        {"user_id": "u3", "product_id": "mug", "interaction_type": "view", "occurred_at": 1735787045},
        {"user_id": "u4", "product_id": "mug", "interaction_type": "view", "occurred_at": "2025-01-02T03:04:05"},
        {"user_id": "u5", "product_id": "mug", "interaction_type": "view", "occurred_at": "2025-01-02"},
    ]  # fmt: skip
    report = import_interactions(database_url, write_jsonl(tmp_path / "e.jsonl", events), progress=False)
    assert [str(bad) for bad in report.bad_rows] == [
        "line 4: occurred_at '2025-01-02T03:04:05' has no time zone (add Z or an offset, e.g. 2024-05-01T12:00:00Z)",
        "line 5: occurred_at '2025-01-02' has no time zone (add Z or an offset, e.g. 2024-05-01T12:00:00Z)",
    ]
    stored = conn.execute("select distinct created_at from rec_events").fetchall()
    assert stored == [(datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC),)]


CATALOG_SYNC = "rec_sync_medusa_catalog()"
ORDERS_SYNC = "rec_sync_medusa_orders(timestamp with time zone)"


@pytest.fixture
def own_database(pg_server: TestPostgres, template_database: str) -> Iterator[str]:
    """A migrated database of this test's own: the module's stays whole for the other tests."""
    with temporary_database(pg_server.url, "pgrec_no_sync", template=template_database) as url:
        yield url


@pytest.mark.parametrize(
    "dropped", [[CATALOG_SYNC, ORDERS_SYNC], [CATALOG_SYNC], [ORDERS_SYNC]], ids=["both", "catalog", "orders"]
)
def test_cli_import_medusa_without_sync_functions(own_database: str, dropped: list[str]) -> None:
    """A database whose Medusa sync functions were dropped: `pgrec import medusa` names exactly the
    missing ones in one line and exits 1 before writing anything; re-applying sql_functions/ restores them."""
    with psycopg.connect(own_database, autocommit=True) as conn:
        for signature in dropped:
            conn.execute(f"drop function {signature}")
    env = pgrec_env(PGREC_DATABASE_URL=own_database)
    result = run_pgrec("import", "medusa", "--catalog-only", env=env)
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert result.stderr.splitlines() == [
        f"pgrec: error: this database has no {' / '.join(dropped)}: the Medusa sync functions are not installed "
        "(run `pgrec migrate`)"
    ]
    with psycopg.connect(own_database) as conn:
        assert conn.execute("select count(*) from rec_products").fetchone() == (0,)
    restored = run_pgrec("migrate", "--force-functions", env=env)
    assert restored.returncode == 0, restored.stderr
    with psycopg.connect(own_database) as conn:
        found = conn.execute(
            "select to_regprocedure(%s) is not null, to_regprocedure(%s) is not null",
            (CATALOG_SYNC, ORDERS_SYNC),
        ).fetchone()
    assert found == (True, True)
