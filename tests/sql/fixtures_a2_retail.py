"""Loading the real Online Retail data (importer, embeddings, refresh) for the benchmarks.

The tests use the session templates of tests/support/retail_data.py instead (loaded once, copied)."""

from __future__ import annotations

import csv
import gzip
import os
import tempfile
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import psycopg
import pytest
from pgvector.psycopg import register_vector

from tests.support.retail_data import FULL_FILE, FULL_FILE_MISSING, VECTOR_CACHE_DIR

RETAIL_FILE = FULL_FILE
SKIP_REASON = FULL_FILE_MISSING


def retail_file() -> Path:
    """The data file, or pytest.skip when it is absent (a user's clone has no /work/shared)."""
    if not RETAIL_FILE.exists():
        pytest.skip(SKIP_REASON)
    return RETAIL_FILE


def _parse_time(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)


def split_file(path: Path, cutoff: datetime, directory: Path) -> Path:
    """A copy of the file with only the lines invoiced before `cutoff` (the training period)."""
    target = directory / "online_retail_train.csv.gz"
    with gzip.open(path, "rt", newline="") as source, gzip.open(target, "wt", newline="") as sink:
        reader = csv.reader(source)
        writer = csv.writer(sink)
        header = next(reader)
        writer.writerow(header)
        column = header.index("InvoiceDate")
        for row in reader:
            if _parse_time(row[column]) < cutoff:
                writer.writerow(row)
    return target


def test_purchases(path: Path, cutoff: datetime) -> dict[str, set[str]]:
    """Each customer's products bought at or after `cutoff` (purchases only: no C invoice, quantity > 0)."""
    bought: dict[str, set[str]] = defaultdict(set)
    with gzip.open(path, "rt", newline="") as source:
        for row in csv.DictReader(source):
            if not row["CustomerID"] or row["InvoiceNo"].startswith("C") or int(row["Quantity"]) <= 0:
                continue
            if _parse_time(row["InvoiceDate"]) >= cutoff:
                bought[row["CustomerID"].removesuffix(".0")].add(row["StockCode"])
    return dict(bought)


test_purchases.__test__ = False  # type: ignore[attr-defined]  # a helper, not a test


def embed_products(database_url: str) -> int:
    """Embed every product's text with the project model, through the tests' on-disk vector cache
    (service/evaluation/embed.py), so the model encodes only texts it has not seen on this machine."""
    from service.evaluation.embed import CachedEncoder, cache_path

    encoder = CachedEncoder(cache_path(VECTOR_CACHE_DIR, None))

    with psycopg.connect(database_url, autocommit=True) as conn:
        register_vector(conn)
        products = conn.execute(
            "select id, rec_product_text(title, description, categories, tags), "
            "coalesce(content_hash, md5(rec_product_text(title, description, categories, tags))) "
            "from rec_products order by id"
        ).fetchall()
        vectors = encoder([text for _, text, _ in products])
        encoder.save()
        with conn.transaction(), conn.cursor() as cur:
            cur.execute("delete from rec_product_embeddings")
            with cur.copy(
                "copy rec_product_embeddings (product_id, embedding, model, content_hash) from stdin"
            ) as copy:
                for (product_id, _, digest), vector in zip(products, vectors, strict=True):
                    copy.write_row(
                        (product_id, "[" + ",".join(f"{x:.7g}" for x in vector) + "]", "test", digest)
                    )
            cur.execute("delete from rec_embedding_queue")
        conn.execute("analyze")
    return len(products)


def _is_superuser(database_url: str) -> bool:
    with psycopg.connect(database_url) as conn:
        row = conn.execute("select rolsuper from pg_roles where rolname = current_user").fetchone()
    return bool(row and row[0])


@contextmanager
def _triggers_off(database_url: str, enabled: bool) -> Iterator[None]:
    """Connections opened inside skip row triggers (session_replication_role = replica, superuser only)."""
    if not enabled or not _is_superuser(database_url):
        yield
        return
    previous = os.environ.get("PGOPTIONS")
    os.environ["PGOPTIONS"] = f"{previous or ''} -c session_replication_role=replica".strip()
    try:
        yield
    finally:
        if previous is None:
            del os.environ["PGOPTIONS"]
        else:
            os.environ["PGOPTIONS"] = previous


def load_retail(database_url: str, cutoff: datetime | None = None, bulk: bool = True) -> None:
    """Import the data (only lines before `cutoff` when given), embed the products, run rec_refresh_all().

    bulk: import with triggers switched off (when the role is a superuser: no event is queued for
    upkeep, no catch-up runs) and let rec_refresh_all() rebuild what upkeep maintains (preferences,
    basket pairs, popularity) from the log — faster; the import's own catch-up is tested elsewhere.
    """
    from service.ingest.online_retail import import_online_retail

    path = retail_file()
    with tempfile.TemporaryDirectory(prefix="pgrec-retail-") as scratch, _triggers_off(database_url, bulk):
        source = split_file(path, cutoff, Path(scratch)) if cutoff else path
        import_online_retail(database_url, source, progress=False)
    embed_products(database_url)
    with psycopg.connect(database_url, autocommit=True) as conn:
        conn.execute("select * from rec_refresh_all()")
        conn.execute("vacuum analyze")
