"""The issue's must-show on the full Online Retail file, run as a user would (skipped when the
file is not on this machine): `pgrec import online-retail` + `pgrec embed` cover every active
product; a second import and embed change nothing; one title edit re-queues exactly that product.

`slow` (`make test-all`): four `pgrec` runs on the full file, two of them loading the model."""

from __future__ import annotations

import re

import psycopg
import pytest

from tests.cli import pgrec_env, run_pgrec
from tests.importers.retail_files import full_file

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def imported(database_url: str) -> dict[str, str]:
    path = full_file()
    env = pgrec_env(PGREC_DATABASE_URL=database_url)
    first_import = run_pgrec("import", "online-retail", str(path), env=env, timeout=1800)
    assert first_import.returncode == 0, first_import.stderr
    first_embed = run_pgrec("embed", env=env, timeout=1800)
    assert first_embed.returncode == 0, first_embed.stderr
    return {"import": first_import.stdout, "embed": first_embed.stdout, "url": database_url}


def snapshot(conn: psycopg.Connection) -> tuple:
    return conn.execute(
        "select (select count(*) from rec_events), (select max(id) from rec_events), "
        "(select max(updated_at) from rec_products), (select max(embedded_at) from rec_product_embeddings), "
        "(select count(*) from rec_embedding_queue)"
    ).fetchone()


def test_first_import_figures(imported: dict[str, str]) -> None:
    out = imported["import"]
    assert "541,909 rows read" in out
    assert "products: 3,665 new, 0 updated, 0 unchanged" in out
    assert re.search(r"skipped cancellations: 10,624", out), out
    assert re.search(r"skipped guest rows: 133,361", out), out
    assert "bad rows" not in out
    assert "embedded 3,665 products" in imported["embed"]


def test_every_active_product_has_an_embedding(imported: dict[str, str], conn: psycopg.Connection) -> None:
    missing = conn.execute(
        "select count(*) from rec_products p where p.is_active and not exists "
        "(select 1 from rec_product_embeddings e where e.product_id = p.id and e.content_hash = p.content_hash)"
    ).fetchone()[0]
    assert missing == 0
    assert conn.execute("select count(*) from rec_products where is_active").fetchone()[0] > 3600
    assert conn.execute("select queued, failed from rec_embedding_status()").fetchone() == (0, 0)


def test_second_import_and_embed_change_nothing(imported: dict[str, str], conn: psycopg.Connection) -> None:
    before = snapshot(conn)
    env = pgrec_env(PGREC_DATABASE_URL=imported["url"])
    again = run_pgrec("import", "online-retail", str(full_file()), env=env, timeout=1800)
    assert again.returncode == 0, again.stderr
    assert "products: 0 new, 0 updated, 3,665 unchanged" in again.stdout
    assert re.search(r"events: 0 stored, [\d,]+ already present", again.stdout), again.stdout
    embed_again = run_pgrec("embed", env=env, timeout=600)
    assert embed_again.returncode == 0, embed_again.stderr
    assert "embedded 0 products" in embed_again.stdout
    assert snapshot(conn) == before


def test_editing_one_title_requeues_exactly_that_product(
    imported: dict[str, str], conn: psycopg.Connection
) -> None:
    conn.execute("update rec_products set price = price + 1 where id in ('22423', '85099B')")
    assert conn.execute("select count(*) from rec_embedding_queue").fetchone() == (0,)
    conn.execute("update rec_products set title = 'WHITE HANGING HEART TEA LIGHT HOLDER' where id = '85123A'")
    assert conn.execute("select product_id, reason from rec_embedding_queue").fetchall() == [
        ("85123A", "changed")
    ]
    result = run_pgrec("embed", env=pgrec_env(PGREC_DATABASE_URL=imported["url"]), timeout=600)
    assert "embedded 1 products" in result.stdout


def test_tea_light_neighbours_in_the_full_catalog(imported: dict[str, str], conn: psycopg.Connection) -> None:
    titles = [
        row[0]
        for row in conn.execute(
            "select p.title from rec_product_embeddings e join rec_products p on p.id = e.product_id "
            "where p.id <> '85123A' and p.is_active order by e.embedding <=> "
            "(select embedding from rec_product_embeddings where product_id = '85123A') limit 10"
        )
    ]
    assert sum(1 for t in titles if re.search(r"T-LIGHT|TEA ?LIGHT|CANDLE|LANTERN", t)) >= 8, titles
