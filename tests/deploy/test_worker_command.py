"""The embedding-worker container's command (`pgrec embed --watch`, read from docker-compose.yml),
run for real: it stays up and embeds a product added while it runs."""

from __future__ import annotations

import sys
from pathlib import Path

import psycopg

from embeddings.worker import NOTIFY_CHANNEL
from tests.cli import pgrec_env
from tests.deploy.compose_file import load_compose
from tests.support.processes import start_in_own_group, stop_group, wait_until_ready


def worker_command() -> list[str]:
    command = load_compose()["services"]["embedding-worker"]["command"]
    assert command[:2] == ["pgrec", "embed"]
    return list(command[1:])


def test_worker_embeds_a_product_added_while_it_runs(database_url: str, tmp_path: Path) -> None:
    env = pgrec_env(PGREC_DATABASE_URL=database_url, HF_HUB_OFFLINE="1")
    log_path = tmp_path / "worker.log"
    process = start_in_own_group([sys.executable, "-m", "service.cli.main", *worker_command()], env, log_path)
    try:
        with psycopg.connect(database_url, autocommit=True) as conn:
            # Ready: a backend of the worker listens for queue notifications (the watch loop has begun).
            wait_until_ready(
                lambda: conn.execute(
                    "select true from pg_stat_activity where datname = current_database() and query = %s",
                    (f"listen {NOTIFY_CHANNEL}",),
                ).fetchone(),
                process,
                log_path.read_text,
                what="the worker listening on " + NOTIFY_CHANNEL,
            )
            conn.execute(
                "insert into rec_products (id, title, description, categories) values "
                "('deploy-1', 'WHITE HANGING HEART T-LIGHT HOLDER', 'a heart-shaped candle holder', '{home}')"
            )
            row, _ = wait_until_ready(
                lambda: conn.execute(
                    "select vector_dims(embedding) from rec_product_embeddings where product_id = 'deploy-1'"
                ).fetchone(),
                process,
                log_path.read_text,
                what="the watching worker embedding the new product within 120 s",
                seconds=120,
                interval=0.3,
            )
        assert row == (384,)
        assert process.poll() is None, "a watching worker keeps running"
    finally:
        stop_group(process, grace=20)
