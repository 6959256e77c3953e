"""Prometheus metrics of the service through prometheus_client: requests and latencies per route, cache
results, and each worker's process figures. Under `pgrec serve` every worker writes its values to files
in PROMETHEUS_MULTIPROC_DIR (metrics_dir.multiprocess_dir() sets it up before the workers start) and a
scrape sums them over all workers, whichever answers; an app without that directory (tests) keeps its
values in this object's own registry."""

from __future__ import annotations

import asyncio
import contextlib
import os

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest, multiprocess
from prometheus_client.process_collector import ProcessCollector

from service.http.metrics_dir import MULTIPROC_ENV

BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
PROCESS_SAMPLE_SECONDS = 5.0
CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"
# Each worker's process figures, by the name ProcessCollector gives the sample: one series per live worker.
_PROCESS_FIGURES = {
    "process_cpu_seconds_total": ("pgrec_process_cpu_seconds", "CPU time the worker has used, in seconds."),
    "process_resident_memory_bytes": ("pgrec_process_resident_memory_bytes", "Resident memory, bytes."),
    "process_virtual_memory_bytes": ("pgrec_process_virtual_memory_bytes", "Virtual memory, bytes."),
    "process_open_fds": ("pgrec_process_open_fds", "File descriptors the worker has open."),
    "process_start_time_seconds": ("pgrec_process_start_time_seconds", "When the worker started (epoch s)."),
}


def _shared() -> bool:
    return bool(os.environ.get(MULTIPROC_ENV))


class Metrics:
    """The service's metrics, one object per worker process."""

    def __init__(self) -> None:
        # Metrics register in this object's registry (several apps in one test process each have their
        # own); in multiprocess mode their values go to the shared files whatever the registry.
        self.registry = CollectorRegistry()
        self.requests = Counter(
            "pgrec_http_requests",
            "HTTP responses sent, by route, method and status.",
            ["route", "method", "status"],
            registry=self.registry,
        )
        self.latency = Histogram(
            "pgrec_http_request_duration_seconds",
            "Time to answer, by route and method.",
            ["route", "method"],
            buckets=BUCKETS,
            registry=self.registry,
        )
        self.abandoned_requests = Counter(
            "pgrec_http_requests_abandoned",
            "Requests whose client left before the answer (not counted as responses).",
            ["route", "method"],
            registry=self.registry,
        )
        self.cache = Counter(
            "pgrec_cache_requests",
            "Cache reads by list kind and result (hit, database, miss, error, off, bypass).",
            ["kind", "result"],
            registry=self.registry,
        )
        # made by the first sample, in a worker: the process that only manages the workers has none
        self.process: dict[str, Gauge] = {}
        self._own_process = ProcessCollector(registry=None)

    def observe(self, route: str, method: str, status: int, seconds: float) -> None:
        self.requests.labels(route, method, str(status)).inc()
        self.latency.labels(route, method).observe(seconds)

    def abandoned(self, route: str, method: str) -> None:
        """A request whose client went away before its answer was sent (not an answer)."""
        self.abandoned_requests.labels(route, method).inc()

    def cache_event(self, kind: str, result: str) -> None:
        self.cache.labels(kind, result).inc()

    def sample_process(self) -> None:
        """Copy this process's figures (from /proc, as prometheus_client reads them) into its gauges."""
        if not self.process:
            self.process = {
                sample: Gauge(name, text, registry=self.registry, multiprocess_mode="liveall")
                for sample, (name, text) in _PROCESS_FIGURES.items()
            }
        for family in self._own_process.collect():
            for sample in family.samples:
                if sample.name in self.process:
                    self.process[sample.name].set(sample.value)

    def worker_stopped(self) -> None:
        """Drop this worker's live series (its counters stay in the sums)."""
        if _shared():
            multiprocess.mark_process_dead(os.getpid())  # type: ignore[no-untyped-call]

    def render(self) -> bytes:
        """The exposition text: summed over every worker when they share a directory."""
        self.sample_process()
        if _shared():
            registry = CollectorRegistry()
            multiprocess.MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
            return generate_latest(registry)
        return generate_latest(self.registry)


async def sample_process_every(metrics: Metrics, seconds: float = PROCESS_SAMPLE_SECONDS) -> None:
    """Keep this worker's process figures fresh in the shared view (a scrape answered by another worker
    reads them from the files), until cancelled."""
    while True:
        with contextlib.suppress(OSError):  # /proc unreadable: keep the last figures
            metrics.sample_process()
        await asyncio.sleep(seconds)
