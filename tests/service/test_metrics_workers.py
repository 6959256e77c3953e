"""/metrics of `pgrec serve` with two workers: one view summed over both, whichever answers the scrape.
Before, each worker kept its own counters, so consecutive scrapes jumped between the workers' counts."""

from __future__ import annotations

import re
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from tests.service.real_server import http, http_text, served
from tests.support.metrics import sample

REQUESTS = 60
TRENDING = {"route": "/trending", "method": "GET", "status": "200"}


def test_every_scrape_counts_the_requests_of_both_workers(
    database_url: str, redis_url: str, catalog: list[str], tmp_path: Path
) -> None:
    with served(database_url, redis_url, tmp_path, "--workers", "2") as base:
        wait_for_workers(base, 2)
        with ThreadPoolExecutor(max_workers=8) as pool:  # new connections, spread over the workers
            statuses = list(pool.map(lambda _: http("GET", f"{base}/trending?limit=3")[0], range(REQUESTS)))
        assert statuses == [200] * REQUESTS
        scrapes = [http_text(f"{base}/metrics") for _ in range(8)]
    counts = [sample(text, "pgrec_http_requests_total", **TRENDING) for text in scrapes]
    assert counts == [REQUESTS] * len(scrapes), counts
    for text in scrapes:  # each scrape carries both workers' process figures, one series per worker
        assert len(worker_pids(text)) == 2, text


def worker_pids(text: str) -> set[str]:
    """The workers whose process figures a scrape holds (each samples its own once it serves)."""
    pids = set(re.findall(r'pgrec_process_resident_memory_bytes\{pid="(\d+)"\}', text))
    return {pid for pid in pids if (sample(text, "pgrec_process_resident_memory_bytes", pid=pid) or 0) > 1e7}


def wait_for_workers(base: str, count: int, seconds: float = 60) -> None:
    """Until every worker serves (the first /health 200 may come from the first one ready)."""
    deadline = time.monotonic() + seconds
    while len(worker_pids(text := http_text(f"{base}/metrics"))) < count:
        assert time.monotonic() < deadline, text
        time.sleep(0.2)


def test_single_process_serves_its_own_metrics(
    database_url: str, redis_url: str, catalog: list[str], tmp_path: Path
) -> None:
    """--single-process: the server process records and answers (the multiprocess directory is set before
    prometheus_client is imported there too)."""
    with served(database_url, redis_url, tmp_path, "--single-process") as base:
        for _ in range(3):
            assert http("GET", f"{base}/trending?limit=3")[0] == 200
        text = http_text(f"{base}/metrics")
    assert sample(text, "pgrec_http_requests_total", **TRENDING) == 3
