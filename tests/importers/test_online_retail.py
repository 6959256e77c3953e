"""The Online Retail importer on hand-made files (exact expectations) and on the demo subset."""

from __future__ import annotations

import csv
import gzip
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import psycopg
import pytest

from service.core.errors import PgrecError
from service.ingest.online_retail import import_online_retail
from service.ingest.report import ImportAborted
from tests.cli import pgrec_env, run_pgrec
from tests.importers.retail_files import DEMO_FILE, HEADER, write_retail
from tests.support.databases import temporary_database
from tests.support.postgres_source import TestPostgres
from tests.support.retail_data import RetailTemplate

# Lines 2..: two invoices of customer 17850, a cancellation, a guest row, a duplicate line of one
# stock code within an invoice (quantities add up), and a title that varies for one stock code.
SMALL = [
    [
        "536365",
        "85123A",
        "WHITE HANGING HEART T-LIGHT HOLDER",
        "6",
        "2010-12-01 08:26:00",
        "2.55",
        "17850.0",
        "United Kingdom",
    ],
    [
        "536365",
        "71053",
        "WHITE METAL LANTERN",
        "6",
        "2010-12-01 08:26:00",
        "3.39",
        "17850.0",
        "United Kingdom",
    ],
    [
        "536365",
        "85123A",
        "WHITE HANGING HEART T-LIGHT HOLDER",
        "2",
        "2010-12-01 08:26:00",
        "2.95",
        "17850.0",
        "United Kingdom",
    ],
    [
        "536366",
        "85123A",
        "CREAM HANGING HEART T-LIGHT HOLDER",
        "4",
        "2010-12-02 09:00:00",
        "2.75",
        "13047.0",
        "France",
    ],
    [
        "C536367",
        "71053",
        "WHITE METAL LANTERN",
        "-1",
        "2010-12-03 10:00:00",
        "3.39",
        "17850.0",
        "United Kingdom",
    ],
    ["536368", "71053", "WHITE METAL LANTERN", "3", "2010-12-03 11:00:00", "3.00", "", "United Kingdom"],
    ["536369", "POST", "POSTAGE", "1", "2010-12-04 12:00:00", "18.00", "12583.0", "France"],
    [
        "536370",
        "85123A",
        "WHITE HANGING HEART T-LIGHT HOLDER",
        "1",
        "2010-12-05 12:00:00",
        "2.55",
        "12583.0",
        "France",
    ],
]


def demo_purchase_quantity() -> int:
    with gzip.open(DEMO_FILE, "rt", newline="") as handle:
        return sum(
            int(row["Quantity"])
            for row in csv.DictReader(handle)
            if row["CustomerID"] and not row["InvoiceNo"].startswith("C") and int(row["Quantity"]) > 0
        )


def events(conn: psycopg.Connection) -> list[tuple]:
    return conn.execute(
        "select user_id, product_id, interaction_type, quantity, unit_price, context, created_at, external_id "
        "from rec_events where external_id like 'online-retail:%' order by external_id"
    ).fetchall()


def clear(conn: psycopg.Connection) -> None:
    conn.execute("delete from rec_user_interactions")
    conn.execute("delete from rec_products")


def test_small_file_products_and_purchases(
    tmp_path: Path, database_url: str, conn: psycopg.Connection
) -> None:
    clear(conn)
    report = import_online_retail(database_url, write_retail(tmp_path / "small.csv", SMALL), progress=False)
    assert report.rows_read == 8
    assert report.skipped == {"cancellations": 1, "guest rows": 1}
    assert report.bad_row_count == 0
    assert (report.products_inserted, report.products_updated) == (3, 0)
    assert (report.events_inserted, report.events_duplicate) == (5, 0)

    products = conn.execute(
        "select id, title, price, currency, is_active, categories, source from rec_products order by id"
    ).fetchall()
    assert products == [
        # Only customers' purchase rows count: the guest's 3.00 and the cancellation do not.
        ("71053", "WHITE METAL LANTERN", Decimal("3.3900"), "GBP", True, [], "online-retail"),
        # Most frequent title (3 of 4 rows) and the median of 2.55, 2.95, 2.75, 2.55 = 2.65.
        ("85123A", "WHITE HANGING HEART T-LIGHT HOLDER", Decimal("2.6500"), "GBP", True, [], "online-retail"),
        # Fees are kept (purchases refer to them) but never recommended.
        ("POST", "POSTAGE", Decimal("18.0000"), "GBP", False, [], "online-retail"),
    ]
    rows = events(conn)
    assert [(r[0], r[1], r[2], r[3], r[7]) for r in rows] == [
        ("17850", "71053", "purchase", 6, "online-retail:536365:71053"),
        ("17850", "85123A", "purchase", 8, "online-retail:536365:85123A"),
        ("13047", "85123A", "purchase", 4, "online-retail:536366:85123A"),
        ("12583", "POST", "purchase", 1, "online-retail:536369:POST"),
        ("12583", "85123A", "purchase", 1, "online-retail:536370:85123A"),
    ]
    by_id = {r[7]: r for r in rows}
    summed = by_id["online-retail:536365:85123A"]
    # Quantity-weighted unit price: (6 * 2.55 + 2 * 2.95) / 8 = 2.65.
    assert summed[4] == Decimal("2.6500")
    assert summed[5] == {"order_id": "536365", "country": "United Kingdom"}
    assert summed[6] == datetime(2010, 12, 1, 8, 26, tzinfo=UTC)


def test_second_run_adds_nothing(tmp_path: Path, database_url: str, conn: psycopg.Connection) -> None:
    clear(conn)
    path = write_retail(tmp_path / "small.csv.gz", SMALL)
    import_online_retail(database_url, path, progress=False)
    before = conn.execute("select count(*), max(updated_at) from rec_products").fetchone()
    again = import_online_retail(database_url, path, progress=False)
    assert (again.events_inserted, again.events_duplicate) == (0, 5)
    assert (again.products_inserted, again.products_updated, again.products_unchanged) == (0, 0, 3)
    assert conn.execute("select count(*), max(updated_at) from rec_products").fetchone() == before
    assert len(events(conn)) == 5


def test_bad_rows_are_reported_with_line_numbers_and_skipped(
    tmp_path: Path, database_url: str, conn: psycopg.Connection
) -> None:
    clear(conn)
    rows = [
        *SMALL[:2],
        ["536371", "22633", "HAND WARMER UNION JACK", "six", "2010-12-06 12:00:00", "1.85", "17850.0", "UK"],
        ["536371", "22632", "HAND WARMER RED POLKA DOT", "6", "yesterday", "1.85", "17850.0", "UK"],
        ["536371", "22631", "CIRCUS PARADE LUNCH BOX", "6", "2010-12-06 12:00:00", "-1.5", "17850.0", "UK"],
        ["536371", "22630", "DOLLY GIRL LUNCH BOX", "6", "2010-12-06 12:00:00", "1.95", "17850.0", "UK"],
    ]
    report = import_online_retail(database_url, write_retail(tmp_path / "bad.csv", rows), progress=False)
    assert [(bad.line, bad.reason) for bad in report.bad_rows] == [
        (4, "Quantity 'six' is not an integer"),
        (5, "InvoiceDate 'yesterday' is not a date and time (expected YYYY-MM-DD HH:MM:SS)"),
        (6, "UnitPrice -1.5 is negative"),
    ]
    assert report.events_inserted == 3
    assert conn.execute(
        "select count(*) from rec_products where id in ('22633', '22632', '22631')"
    ).fetchone() == (0,)


def test_strict_aborts_with_nothing_written(
    tmp_path: Path, database_url: str, conn: psycopg.Connection
) -> None:
    clear(conn)
    rows = [
        *SMALL,
        ["536372", "22630", "DOLLY GIRL LUNCH BOX", "6", "2010-13-45 12:00:00", "1.95", "17850.0", "UK"],
    ]
    with pytest.raises(ImportAborted, match=r"line 10: InvoiceDate '2010-13-45 12:00:00'"):
        import_online_retail(
            database_url, write_retail(tmp_path / "bad.csv", rows), strict=True, progress=False
        )
    assert conn.execute(
        "select (select count(*) from rec_products), (select count(*) from rec_events)"
    ).fetchone() == (0, 0)


def test_missing_column_is_a_clear_error(tmp_path: Path, database_url: str) -> None:
    path = tmp_path / "wrong.csv"
    path.write_text("InvoiceNo,StockCode\n1,2\n")
    with pytest.raises(PgrecError, match=r"missing column\(s\) Description, Quantity"):
        import_online_retail(database_url, path, progress=False)


def test_shift_to_now_moves_the_newest_event_to_now(
    tmp_path: Path, database_url: str, conn: psycopg.Connection
) -> None:
    clear(conn)
    import_online_retail(
        database_url, write_retail(tmp_path / "s.csv", SMALL), shift_to_now=True, progress=False
    )
    newest, oldest = conn.execute("select max(created_at), min(created_at) from rec_events").fetchone()
    assert abs(newest - datetime.now(UTC)) < timedelta(minutes=1)
    # Gaps between events are kept: 2010-12-01 08:26 -> 2010-12-05 12:00.
    assert newest - oldest == timedelta(days=4, hours=3, minutes=34)


def test_demo_subset(pg_server: TestPostgres, retail_demo_template: RetailTemplate) -> None:
    # The session's demo template was loaded by import_online_retail(DEMO_FILE) (default batch of
    # 5,000): its report, then its events (on a copy), then a second import on that copy.
    report = retail_demo_template.report
    assert retail_demo_template.path == DEMO_FILE
    assert report.rows_read == 108_824
    assert report.bad_row_count == 0
    assert report.skipped == {"cancellations": 108_824 - 106_616}
    assert report.products_inserted == 3_256
    with (
        temporary_database(pg_server.url, "pgrec_demo_subset", retail_demo_template.name) as url,
        psycopg.connect(url, autocommit=True) as conn,
    ):
        stats = conn.execute(
            "select count(*), count(distinct user_id), count(distinct context->>'order_id'), sum(quantity) "
            "from rec_events"
        ).fetchone()
        assert stats[:3] == (report.events_inserted, 600, 4_686)
        # Every purchase row's quantity is in exactly one event: the file's total, computed apart.
        assert stats[3] == demo_purchase_quantity()
        again = import_online_retail(url, DEMO_FILE, progress=False)
        assert again.events_inserted == 0
        assert again.events_duplicate == report.events_inserted
        assert conn.execute("select count(*) from rec_events").fetchone()[0] == report.events_inserted


def test_an_invoice_split_across_the_file_is_one_purchase_per_product(
    tmp_path: Path, database_url: str, conn: psycopg.Connection
) -> None:
    clear(conn)
    rows = [
        ["536380", "22630", "DOLLY GIRL LUNCH BOX", "2", "2010-12-06 12:00:00", "1.95", "17850.0", "UK"],
        ["536381", "22630", "DOLLY GIRL LUNCH BOX", "1", "2010-12-06 13:00:00", "1.95", "13047.0", "UK"],
        ["536380", "22630", "DOLLY GIRL LUNCH BOX", "3", "2010-12-06 12:00:00", "1.95", "17850.0", "UK"],
    ]
    import_online_retail(
        database_url, write_retail(tmp_path / "split.csv", rows), batch_size=1, progress=False
    )
    assert [(r[0], r[3], r[7]) for r in events(conn)] == [
        ("17850", 5, "online-retail:536380:22630"),
        ("13047", 1, "online-retail:536381:22630"),
    ]


def test_header_with_an_extra_column_is_an_error(
    tmp_path: Path, database_url: str, conn: psycopg.Connection
) -> None:
    clear(conn)
    path = tmp_path / "extra.csv"
    path.write_text(",".join([*HEADER, "Discount"]) + "\n" + ",".join([*SMALL[0], "0"]) + "\n")
    with pytest.raises(
        PgrecError, match=r"line 1 \(header\): unknown column\(s\) Discount \(required: InvoiceNo"
    ):
        import_online_retail(database_url, path, progress=False)
    assert conn.execute("select count(*) from rec_products").fetchone() == (0,)


def test_short_rows_and_unterminated_quotes_are_bad_rows(
    tmp_path: Path, database_url: str, conn: psycopg.Connection
) -> None:
    clear(conn)
    path = write_retail(tmp_path / "broken.csv", SMALL[:2])
    with path.open("a", encoding="utf-8") as handle:
        handle.write(
            "536371,22630,DOLLY GIRL LUNCH BOX,6,2010-12-06 12:00:00,1.95,17850.0\n"
        )  # line 4: no Country
        handle.write(
            '536372,22631,"CIRCUS PARADE LUNCH BOX,6,2010-12-06 12:00:00,1.95,17850.0,UK\n'
        )  # line 5
        handle.write("536372,22632,HAND WARMER,6,2010-12-06 12:00:00,1.95,17850.0,UK\n")
    report = import_online_retail(database_url, path, progress=False)
    assert [str(bad) for bad in report.bad_rows] == [
        "line 4: 7 fields where the header has 8",
        "line 5: unterminated quote: the quoted field opened on this line is never closed (lines 5-6 not read)",
    ]
    assert report.events_inserted == 2


def test_cli_defers_upkeep_and_exits_3_after_bad_rows(
    tmp_path: Path, database_url: str, conn: psycopg.Connection
) -> None:
    clear(conn)
    env = pgrec_env(PGREC_DATABASE_URL=database_url)
    good = write_retail(tmp_path / "small.csv", SMALL)
    result = run_pgrec("import", "online-retail", str(good), env=env)
    assert result.returncode == 0, result.stderr
    assert "catching up preferences, popularity and baskets for 5 events" in result.stderr
    bad = write_retail(
        tmp_path / "bad.csv",
        [
            *SMALL,
            [
                "536380",
                "22630",
                "DOLLY GIRL LUNCH BOX",
                "two",
                "2010-12-06 12:00:00",
                "1.95",
                "17850.0",
                "UK",
            ],
        ],
    )
    result = run_pgrec("import", "online-retail", str(bad), env=env)
    assert result.returncode == 3, result.stderr
    assert "line 10: Quantity 'two' is not an integer" in result.stdout
    assert "1 bad row(s) skipped (listed above), the rest imported; exit status 3" in result.stderr
    result = run_pgrec("import", "online-retail", str(bad), "--strict", env=env)
    assert result.returncode == 1
