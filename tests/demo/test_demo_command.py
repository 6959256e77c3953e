"""The README's first command, `make demo`, on a machine with nothing set up: embedded servers, the
bundled Online Retail subset, embeddings, refreshed tables, then serving real recommendations in the
serving mode a user gets (Sanic's worker manager), without a terminal and with one; the demo page
driven in Chromium; a second run that finds everything in place."""

from __future__ import annotations

import re
import time
import urllib.error
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import psycopg
import pytest

from tests.cli import REPO_ROOT
from tests.demo.demo_process import DemoProcess, get_json
from tests.support.chromium import Browser, find_chromium
from tests.support.embedded import private_embedded_servers
from tests.support.free_port import free_port

ARTIFACTS = REPO_ROOT / "tests" / "artifacts"
# Products whose embeddings the terminal run finds missing, so its embed step has work.
REQUEUED_PRODUCTS = 300


@pytest.fixture(scope="module")
def demo_env() -> Iterator[dict[str, str]]:
    with private_embedded_servers("pgrec-demo-") as env:
        yield env


@pytest.fixture(scope="module")
def demo(demo_env: dict[str, str]) -> Iterator[DemoProcess]:
    """The first `make demo`, without a terminal (as CI, a pipe or a service manager runs it)."""
    process = DemoProcess(demo_env, free_port(), Path(demo_env["PGREC_DATA_DIR"]) / "demo-1.log")
    try:
        process.wait_until_serving(timeout=900)
        yield process
    finally:
        process.stop()


def database_url(env: dict[str, str]) -> str:
    return f"postgresql://postgres@127.0.0.1:{env['PGREC_EMBEDDED_PG_PORT']}/pgrec"


def spawned_workers(process: DemoProcess) -> list[str]:
    """Command lines of the processes in the demo's process group started by multiprocessing's spawn:
    Sanic's worker manager (`pgrec serve` without --single-process) serves from such workers."""
    commands = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        process_group = int(stat.rsplit(")", 1)[1].split()[2])
        if process_group == process.process.pid and "multiprocessing.spawn" in command:
            commands.append(command)
    return commands


def assert_serves_real_recommendations(demo: DemoProcess, env: dict[str, str]) -> None:
    customers = get_json(f"{demo.base_url}/demo/customers?limit=3")["customers"]
    assert customers, demo.output()
    user = customers[0]["user_id"]
    body = get_json(f"{demo.base_url}/recommendations?user_id={quote(user)}&limit=5")
    titles = [item["title"] for item in body["recommendations"]]
    assert len(titles) == 5 and all(item["reason"]["text"] for item in body["recommendations"])
    with psycopg.connect(database_url(env)) as conn:
        (known,) = conn.execute(
            "select count(*) from rec_products where title = any(%s) and source <> 'api'", (titles,)
        ).fetchone()
        (embedded, products) = conn.execute(
            "select (select count(*) from rec_product_embeddings), (select count(*) from rec_products)"
        ).fetchone()
    assert known == 5, titles
    assert embedded == products > 1000
    assert spawned_workers(demo), "expected Sanic's worker manager, not a single-process server"


def test_first_run_without_a_terminal_serves(demo: DemoProcess, demo_env: dict[str, str]) -> None:
    output = demo.output()
    assert "events:" in output and "try it:" in output and "[6/6] serving" in output
    assert re.search(r"embedded [1-9][\d,]* products", output), output  # the embed step had work
    assert "Traceback" not in output, output
    assert "rec_personalized(" in output
    assert_serves_real_recommendations(demo, demo_env)


def test_demo_page_shows_recommendations_and_reacts_to_a_click(demo: DemoProcess) -> None:
    executable = find_chromium()
    if executable is None:
        pytest.skip(
            "none of chromium, chromium-browser, google-chrome on PATH (Debian package `chromium`; .ci/run installs it)"
        )
    user = get_json(f"{demo.base_url}/demo/customers?limit=1")["customers"][0]["user_id"]
    browser = Browser(executable)
    try:
        browser.goto(f"{demo.base_url}/?user={quote(user)}")
        count = browser.wait_for("document.querySelectorAll('#recs .card').length")
        assert count >= 5
        first_title = browser.evaluate("document.querySelector('#recs .card .title').textContent")
        assert first_title and first_title.strip()

        # Click at once, whether or not the list's impressions are logged yet: upkeep attributes the
        # click either way (it and the impression writer take turns).
        browser.evaluate("document.querySelector('#recs .card').click()")
        browser.wait_for("!document.querySelector('#product-panel').hidden")
        browser.wait_for("document.querySelectorAll('#similar .card').length > 0")
        assert browser.evaluate("document.querySelector('#product-title').textContent") == first_title
        meta = browser.wait_for(
            "document.querySelector('#recs-meta').textContent.includes('since the last list') && document.querySelector('#recs-meta').textContent"
        )
        assert "cached false" in meta  # the click cleared this customer's cached list
        # The click carried the list's request_id, so the analytics panel (reloaded every 3 s) counts it
        # for `hybrid` once upkeep (every second) has attributed it.
        browser.wait_for(
            "[...document.querySelectorAll('#analytics tr')].some(r => r.cells[0].textContent === 'hybrid' && Number(r.cells[2].textContent) >= 1)"
        )
        assert browser.evaluate("document.querySelector('#status').textContent") == "ready"
        shot = browser.screenshot(ARTIFACTS / "demo-page.png")
    finally:
        browser.close()
    assert shot.stat().st_size > 20_000


def test_run_on_a_terminal_with_embedding_work_serves(demo: DemoProcess, demo_env: dict[str, str]) -> None:
    """On a terminal the embed step draws progress bars (pgrec's own and transformers' "Loading
    weights"); each fixed multiprocessing's start method before serving, which crashed the serve."""
    demo.stop()
    with psycopg.connect(database_url(demo_env)) as conn:
        conn.execute(
            "delete from rec_product_embeddings where product_id in "
            "(select product_id from rec_product_embeddings order by product_id limit %s)",
            (REQUEUED_PRODUCTS,),
        )
        (queued,) = conn.execute("select rec_enqueue_embeddings()").fetchone()
    assert queued == REQUEUED_PRODUCTS
    again = DemoProcess(demo_env, free_port(), Path(demo_env["PGREC_DATA_DIR"]) / "demo-tty.log", tty=True)
    try:
        again.wait_until_serving(timeout=600)
        output = again.output()
        assert f"embedded {REQUEUED_PRODUCTS} products" in output, output
        # A tqdm bar redrawn in place on the terminal (a carriage return not ending a line).
        assert re.search(r"\r(?!\n)", output) and "products/s" in output, output
        assert "Traceback" not in output, output
        assert_serves_real_recommendations(again, demo_env)
    finally:
        again.stop()


def compose_example_settings() -> dict[str, str]:
    """The service settings of a user's `.env` made from `.env.example` that `pgrec demo` reads too: its
    values, and the API key it leaves empty and tells them to generate (required)."""
    wanted = ("PGREC_API_KEY", "PGREC_WORKERS")
    settings = {"PGREC_API_KEY": "a-key-they-generated"}
    for line in (REPO_ROOT / ".env.example").read_text().splitlines():
        name, _, value = line.partition("=")
        if name.strip() in wanted and value.strip():
            settings[name.strip()] = value.strip()
    return settings


def enter_the_key_when_asked(browser: Browser, api_key: str) -> None:
    """With PGREC_API_KEY set the page asks for the key before it shows anything (the customer list needs
    it); with the key entered the list loads with its full reasons, and a click is tracked."""
    status = browser.wait_for(
        "document.querySelector('#status').className === 'error' && document.querySelector('#status').textContent"
    )
    assert "API key" in status and "/demo/customers" in status
    assert browser.evaluate("document.querySelector('#key-form').hidden") is False
    browser.evaluate(
        f"document.querySelector('#api-key').value = {api_key!r};"
        "document.querySelector('#key-form').requestSubmit()"
    )
    browser.wait_for("document.querySelector('#status').textContent === 'ready'")
    reasons = browser.evaluate("[...document.querySelectorAll('#recs .reason')].map(r => r.textContent)")
    assert len(reasons) >= 5 and "picked for you" not in reasons, reasons
    browser.evaluate("document.querySelector('#recs .card').click()")
    browser.wait_for("!document.querySelector('#product-panel').hidden")
    browser.wait_for("document.querySelector('#status').textContent === 'ready'")


def test_second_run_with_the_compose_example_settings(demo: DemoProcess, demo_env: dict[str, str]) -> None:
    """Everything in place: serving within seconds, with `.env.example`'s API key and two workers; the
    customer list needs the key, and the demo page asks for it instead of failing silently."""
    demo.stop()
    example = compose_example_settings()
    env = {**demo_env, **example}
    again = DemoProcess(env, free_port(), Path(demo_env["PGREC_DATA_DIR"]) / "demo-2.log")
    try:
        started = time.monotonic()
        seconds = again.wait_until_serving(timeout=120)
        print(f"second `make demo` serving after {seconds:.1f} s ({time.monotonic() - started:.1f} s)")
        output = again.output()
        assert "already imported" in output and "every product is embedded" in output
        assert "nothing applied" in output
        assert len(spawned_workers(again)) >= int(example.get("PGREC_WORKERS", "1"))
        executable = find_chromium()
        if executable is None:
            return
        with pytest.raises(urllib.error.HTTPError) as refused:
            get_json(f"{again.base_url}/demo/customers?limit=1")
        assert refused.value.code == 401
        browser = Browser(executable)
        try:
            browser.goto(f"{again.base_url}/")
            enter_the_key_when_asked(browser, example["PGREC_API_KEY"])
        finally:
            browser.close()
    finally:
        again.stop()
