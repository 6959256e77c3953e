"""Prometheus counters kept in process: requests and latencies per route, cache hits and misses."""

from __future__ import annotations

import bisect
from collections import defaultdict

BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)


def _labels(**labels: str) -> str:
    def escape(value: str) -> str:
        return value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")

    return ",".join(f'{name}="{escape(value)}"' for name, value in labels.items())


class Metrics:
    """One per worker process; /metrics shows the worker that answers."""

    def __init__(self) -> None:
        self.requests: defaultdict[tuple[str, str, str], int] = defaultdict(int)
        self.latency_buckets: defaultdict[tuple[str, str], list[int]] = defaultdict(
            lambda: [0] * (len(BUCKETS) + 1)
        )
        self.latency_sum: defaultdict[tuple[str, str], float] = defaultdict(float)
        self.cache: defaultdict[tuple[str, str], int] = defaultdict(int)
        self.abandoned_requests: defaultdict[tuple[str, str], int] = defaultdict(int)

    def observe(self, route: str, method: str, status: int, seconds: float) -> None:
        self.requests[(route, method, str(status))] += 1
        self.latency_buckets[(route, method)][bisect.bisect_left(BUCKETS, seconds)] += 1
        self.latency_sum[(route, method)] += seconds

    def abandoned(self, route: str, method: str) -> None:
        """A request whose client went away before its answer was sent (not an answer)."""
        self.abandoned_requests[(route, method)] += 1

    def cache_event(self, kind: str, result: str) -> None:
        self.cache[(kind, result)] += 1

    def render(self) -> str:
        lines = [
            "# HELP pgrec_http_requests_total HTTP responses sent, by route, method and status.",
            "# TYPE pgrec_http_requests_total counter",
        ]
        for (route, method, status), count in sorted(self.requests.items()):
            lines.append(
                f"pgrec_http_requests_total{{{_labels(route=route, method=method, status=status)}}} {count}"
            )
        lines += [
            "# HELP pgrec_http_request_duration_seconds Time to answer, by route and method.",
            "# TYPE pgrec_http_request_duration_seconds histogram",
        ]
        for (route, method), buckets in sorted(self.latency_buckets.items()):
            cumulative = 0
            for bound, count in zip((*BUCKETS, float("inf")), buckets, strict=True):
                cumulative += count
                le = "+Inf" if bound == float("inf") else repr(bound)
                labels = _labels(route=route, method=method, le=le)
                lines.append(f"pgrec_http_request_duration_seconds_bucket{{{labels}}} {cumulative}")
            labels = _labels(route=route, method=method)
            lines.append(
                f"pgrec_http_request_duration_seconds_sum{{{labels}}} {self.latency_sum[(route, method)]}"
            )
            lines.append(f"pgrec_http_request_duration_seconds_count{{{labels}}} {cumulative}")
        lines += [
            "# HELP pgrec_http_requests_abandoned_total Requests whose client left before the answer.",
            "# TYPE pgrec_http_requests_abandoned_total counter",
        ]
        for (route, method), count in sorted(self.abandoned_requests.items()):
            labels = _labels(route=route, method=method)
            lines.append(f"pgrec_http_requests_abandoned_total{{{labels}}} {count}")
        lines += [
            "# HELP pgrec_cache_requests_total Cache reads by list kind and result"
            " (hit, database, miss, error, off, bypass).",
            "# TYPE pgrec_cache_requests_total counter",
        ]
        for (kind, result), count in sorted(self.cache.items()):
            lines.append(f"pgrec_cache_requests_total{{{_labels(kind=kind, result=result)}}} {count}")
        return "\n".join(lines) + "\n"
