"""The embedding-worker container's command (`pgrec embed --watch`, read from docker-compose.yml),
run for real: it stays up and embeds a product added while it runs."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psycopg

from tests.cli import REPO_ROOT, pgrec_env
from tests.deploy.compose_file import load_compose


def worker_command() -> list[str]:
    command = load_compose()["services"]["embedding-worker"]["command"]
    assert command[:2] == ["pgrec", "embed"]
    return list(command[1:])


def test_worker_embeds_a_product_added_while_it_runs(database_url: str, tmp_path: Path) -> None:
    env = pgrec_env(PGREC_DATABASE_URL=database_url, HF_HUB_OFFLINE="1")
    log_path = tmp_path / "worker.log"
    log = log_path.open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "service.cli.main", *worker_command()],
        cwd=REPO_ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,  # setsid: stopped below through its own process group
    )
    try:
        time.sleep(1.0)
        assert process.poll() is None, log_path.read_text()
        with psycopg.connect(database_url, autocommit=True) as conn:
            conn.execute(
                "insert into rec_products (id, title, description, categories) values "
                "('deploy-1', 'WHITE HANGING HEART T-LIGHT HOLDER', 'a heart-shaped candle holder', '{home}')"
            )
            deadline = time.monotonic() + 120
            row = None
            while time.monotonic() < deadline and row is None:
                row = conn.execute(
                    "select vector_dims(embedding) from rec_product_embeddings where product_id = 'deploy-1'"
                ).fetchone()
                if row is None:
                    assert process.poll() is None, f"the worker exited:\n{log_path.read_text()}"
                    time.sleep(0.3)
        assert row == (384,), "the watching worker did not embed the new product within 120 s"
        assert process.poll() is None, "a watching worker keeps running"
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=5)
        log.close()
