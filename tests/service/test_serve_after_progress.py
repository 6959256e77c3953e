"""`pgrec serve` with Sanic's worker manager, started in a process that already drew a tqdm progress bar
and loaded the embedding model (as `pgrec demo` does after its import and embed steps): each of those
fixed multiprocessing's start method to fork, and the manager refused to start ("Start method 'spawn'
was requested, but 'fork' was already set")."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.cli import REPO_ROOT, pgrec_env
from tests.service.test_server import http, stop
from tests.support.free_port import free_port

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
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [sys.executable, str(script), str(port)],
            env=env,
            cwd=REPO_ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        deadline = time.monotonic() + 300
        while True:
            if process.poll() is not None:
                pytest.fail(f"exited with {process.returncode}:\n{log_path.read_text(errors='replace')}")
            try:
                status, body = http("GET", f"http://127.0.0.1:{port}/recommendations?user_id=u1&limit=3")
                break
            except OSError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"not serving after 300 s:\n{log_path.read_text(errors='replace')}")
            time.sleep(0.25)
        assert status == 200 and body["recommendations"], body
        assert "Start method" not in log_path.read_text(errors="replace")
    finally:
        stop(process)
