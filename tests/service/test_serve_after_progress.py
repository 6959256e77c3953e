"""`pgrec serve` with Sanic's worker manager, started in a process that already drew a tqdm progress bar
and loaded the embedding model (as `pgrec demo` does after its import and embed steps): each of those
fixed multiprocessing's start method to fork, and the manager refused to start ("Start method 'spawn'
was requested, but 'fork' was already set")."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from tests.cli import REPO_ROOT, pgrec_env
from tests.service.real_server import http, stop
from tests.support.free_port import free_port
from tests.support.processes import start_in_own_group, wait_until_ready

# Run as a script: spawned workers re-import the main module, so the work sits under the main guard.
SCRIPT = """
import sys

from tqdm import tqdm

from embeddings.model import load_model
from service.cli.main import main

if __name__ == "__main__":
    for _ in tqdm(range(3), desc="a bar before serving"):
        pass
    load_model()
    sys.exit(main(["serve", "--workers", "2", "--port", sys.argv[1]]))
"""


def test_serve_with_workers_after_a_progress_bar_and_a_model_load(
    database_url: str, redis_url: str, catalog: list[str], tmp_path: Path
) -> None:
    script = tmp_path / "serve_after_bar.py"
    script.write_text(SCRIPT)
    port = free_port()
    log_path = tmp_path / "serve.log"
    env = pgrec_env(
        PGREC_DATABASE_URL=database_url,
        PGREC_REDIS_URL=redis_url,
        PGREC_DATA_DIR=str(tmp_path / "data"),
        PYTHONPATH=str(REPO_ROOT),  # the script lives elsewhere: import this checkout's code
    )
    process = start_in_own_group([sys.executable, str(script), str(port)], env, log_path)

    def answered() -> tuple[int, Any] | None:
        try:
            return http("GET", f"http://127.0.0.1:{port}/recommendations?user_id=u1&limit=3")
        except OSError:
            return None

    try:
        (status, body), _ = wait_until_ready(
            answered,
            process,
            lambda: log_path.read_text(errors="replace"),
            what="serving after a progress bar and a model load",
            interval=0.25,
        )
        assert status == 200 and body["recommendations"], body
        assert "Start method" not in log_path.read_text(errors="replace")
    finally:
        stop(process)
