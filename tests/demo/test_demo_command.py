"""`pgrec demo` on a machine with nothing set up: embedded servers, the bundled Online Retail subset,
embeddings, refreshed tables, serving real recommendations; the demo page driven in Chromium."""

from __future__ import annotations

import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import psycopg
import pytest

from tests.cli import REPO_ROOT, pgrec_env, run_pgrec
from tests.demo.demo_process import DemoProcess, get_json
from tests.support.chromium import Browser, find_chromium
from tests.support.free_port import free_port

ARTIFACTS = REPO_ROOT / "tests" / "artifacts"


@pytest.fixture(scope="module")
def demo_env() -> Iterator[dict[str, str]]:
    data_dir = Path(tempfile.mkdtemp(prefix="pgrec-demo-", dir="/tmp"))
    env = pgrec_env(
        PGREC_DATA_DIR=str(data_dir),
        PGREC_EMBEDDED_PG_PORT=str(free_port()),
        PGREC_EMBEDDED_REDIS_PORT=str(free_port()),
    )
    try:
        yield env
    finally:
        run_pgrec("embedded", "stop", env=env)
        shutil.rmtree(data_dir, ignore_errors=True)


@pytest.fixture(scope="module")
def demo(demo_env: dict[str, str]) -> Iterator[DemoProcess]:
    process = DemoProcess(demo_env, free_port(), Path(demo_env["PGREC_DATA_DIR"]) / "demo-1.log")
    try:
        process.wait_until_serving(timeout=900)
        yield process
    finally:
        process.stop()


def database_url(env: dict[str, str]) -> str:
    return f"postgresql://postgres@127.0.0.1:{env['PGREC_EMBEDDED_PG_PORT']}/pgrec"


def test_first_run_serves_real_recommendations(demo: DemoProcess, demo_env: dict[str, str]) -> None:
    output = demo.output()
    assert "events:" in output and "embedded" in output and "try it:" in output
    customers = get_json(f"{demo.base_url}/demo/customers?limit=3")["customers"]
    assert customers, output
    user = customers[0]["user_id"]
    assert f"rec_personalized('{user}', 5)" in output or "rec_personalized(" in output

    body = get_json(f"{demo.base_url}/recommendations?user_id={quote(user)}&limit=5")
    titles = [item["title"] for item in body["recommendations"]]
    assert len(titles) == 5 and all(item["reason"]["text"] for item in body["recommendations"])
    with psycopg.connect(database_url(demo_env)) as conn:
        (known,) = conn.execute(
            "select count(*) from rec_products where title = any(%s) and source <> 'api'", (titles,)
        ).fetchone()
        (embedded, products) = conn.execute(
            "select (select count(*) from rec_product_embeddings), (select count(*) from rec_products)"
        ).fetchone()
    assert known == 5, titles
    assert embedded == products > 1000


def test_demo_page_shows_recommendations_and_reacts_to_a_click(demo: DemoProcess) -> None:
    executable = find_chromium()
    if executable is None:
        pytest.skip("no Chromium found (Debian package `chromium`; .ci/run installs it)")
    user = get_json(f"{demo.base_url}/demo/customers?limit=1")["customers"][0]["user_id"]
    browser = Browser(executable)
    try:
        browser.goto(f"{demo.base_url}/?user={quote(user)}")
        count = browser.wait_for("document.querySelectorAll('#recs .card').length")
        assert count >= 5
        first_title = browser.evaluate("document.querySelector('#recs .card .title').textContent")
        assert first_title and first_title.strip()

        browser.evaluate("document.querySelector('#recs .card').click()")
        browser.wait_for("!document.querySelector('#product-panel').hidden")
        browser.wait_for("document.querySelectorAll('#similar .card').length > 0")
        assert browser.evaluate("document.querySelector('#product-title').textContent") == first_title
        meta = browser.wait_for(
            "document.querySelector('#recs-meta').textContent.includes('since the last list') && document.querySelector('#recs-meta').textContent"
        )
        assert "cached false" in meta  # the click cleared this customer's cached list
        # The click carried the list's request_id, so the analytics panel counts it for `hybrid`.
        browser.wait_for(
            "[...document.querySelectorAll('#analytics tr')].some(r => r.cells[0].textContent === 'hybrid' && Number(r.cells[2].textContent) >= 1)"
        )
        shot = browser.screenshot(ARTIFACTS / "demo-page.png")
    finally:
        browser.close()
    assert shot.stat().st_size > 20_000


def test_second_run_finds_everything_in_place(demo: DemoProcess, demo_env: dict[str, str]) -> None:
    demo.stop()
    again = DemoProcess(demo_env, free_port(), Path(demo_env["PGREC_DATA_DIR"]) / "demo-2.log")
    try:
        started = time.monotonic()
        seconds = again.wait_until_serving(timeout=120)
        print(f"second `pgrec demo` serving after {seconds:.1f} s ({time.monotonic() - started:.1f} s)")
        output = again.output()
        assert "already imported" in output and "every product is embedded" in output
        assert "nothing applied" in output
    finally:
        again.stop()
