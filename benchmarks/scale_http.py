"""HTTP at scale: GET /recommendations cached, uncached and computed, POST /track/batch and /track, vs the bare Sanic+Redis route.

Reuses benchmarks.demo_stack (the ceiling app, server start/stop) and benchmarks.http_benchmark (its load
tools: wrk when installed, else its asyncio/httpx client) against the loaded scale database: `pgrec serve`
and the ceiling app each with the same worker count on 127.0.0.1, Valkey embedded.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
import urllib.request
from pathlib import Path
from typing import Any

from benchmarks import demo_stack as ds
from benchmarks import http_benchmark as hb
from benchmarks.scale_report import Figure, log
from service.local.valkey import LocalRedis
from tests.cli import pgrec_env
from tests.support.free_port import free_port


def _load(
    tool: str, scenario: str, base: str, users: list[str], body: str, args: Any, workdir: Path
) -> hb.Result:
    if tool == "wrk":
        target = {"ceiling": f"{base}/ceiling", "track": f"{base}/track/batch"}.get(scenario, base)
        lua_users = ",".join(json.dumps(user) for user in users)
        products = sorted({event["product_id"] for event in json.loads(body)["events"]})
        lua_products = ",".join(json.dumps(product) for product in products)
        script = hb.WRK_SCRIPTS[scenario] % {"users": lua_users, "body": body, "products": lua_products}
        return hb.run_wrk(scenario, target, script, args.http_seconds, args.connections, workdir)
    return hb.run_python(scenario, base, users, body, args.http_seconds, args.connections)


def http_figures(
    url: str, users: list[str], track_events: list[dict[str, Any]], copy_rate: float, args: Any
) -> tuple[list[Figure], dict[str, Any]]:
    """`track_events`: 100-event batches are cut from these (without external ids, so every POST
    stores new rows); `copy_rate`: the COPY ceiling in events/s for the track figure."""
    tool = "wrk" if shutil.which("wrk") else "python"
    workdir = Path(tempfile.mkdtemp(prefix="pgrec-scale-http-", dir="/tmp"))
    valkey = LocalRedis(workdir / "valkey-data", free_port())
    processes: list[tuple[str, subprocess.Popen[bytes]]] = []
    try:
        redis_url = valkey.ensure_running()
        env = pgrec_env(
            PGREC_DATABASE_URL=url, PGREC_REDIS_URL=redis_url, PGREC_DATA_DIR=str(workdir / "data")
        )
        service_port, ceiling_port = free_port(), free_port()
        serve = ds.serve_command(service_port, args.workers)
        ceiling = ds.ceiling_command(ceiling_port, args.workers, redis_url)
        processes.append(("service", ds.start(serve, env, workdir / "service.log")))
        processes.append(("ceiling", ds.start(ceiling, env, workdir / "ceiling.log")))
        service_base, ceiling_base = f"http://127.0.0.1:{service_port}", f"http://127.0.0.1:{ceiling_port}"
        ds.wait_until_up(f"{service_base}/health", processes[0][1], workdir / "service.log", timeout=180)
        ds.wait_until_up(f"{ceiling_base}/ceiling", processes[1][1], workdir / "ceiling.log")
        warm = users[: hb.WARM_USERS]
        for user in warm:
            urllib.request.urlopen(
                f"{service_base}/recommendations?limit=10&user_id={user}", timeout=60
            ).read()
        events = [{k: v for k, v in e.items() if k != "external_id"} for e in track_events[: hb.BATCH_EVENTS]]
        body = json.dumps({"events": events})
        log(f"  load tool {tool}, {args.connections} connections, {args.http_seconds} s per scenario, "
            f"{args.workers} workers per server")  # fmt: skip
        results: dict[str, hb.Result] = {}
        for scenario, base in (
            ("ceiling", ceiling_base),
            ("cached", service_base),
            ("uncached", service_base),
            ("computed", service_base),
            ("track", service_base),
            ("track1", service_base),
        ):
            results[scenario] = _load(tool, scenario, base, warm, body, args, workdir)
            r = results[scenario]
            log(f"  {scenario:<9} {r.requests_per_s:,.0f} req/s, p50 {r.p50_ms:.1f} ms, p99 {r.p99_ms:.1f} ms, "
                f"errors {r.errors}")  # fmt: skip
    finally:
        for label, process in processes:
            log(f"  {label} server: {ds.stop(process)}")
        valkey.stop()
        shutil.rmtree(workdir, ignore_errors=True)
    ceiling_rps = results["ceiling"].requests_per_s
    note = f"{tool} load client on the same 2 cores"
    figures = [
        Figure("http", "GET /recommendations, cached (Redis hit)", results["cached"].requests_per_s, "req/s",
               ceiling_rps, "bare Sanic + one Redis GET", note=note),
        Figure("http", "GET /recommendations, uncached (cut from the stored list of 50)",
               results["uncached"].requests_per_s, "req/s", ceiling_rps, "bare Sanic + one Redis GET"),
        Figure("http", "GET /recommendations, computed (rec_personalized runs)", results["computed"].requests_per_s,
               "req/s", ceiling_rps, "bare Sanic + one Redis GET"),
        Figure("track", f"POST /track/batch ({hb.BATCH_EVENTS}/request)",
               results["track"].requests_per_s * hb.BATCH_EVENTS, "events/s", copy_rate,
               "COPY of the same batches, unlogged"),
        Figure("track", "POST /track (one event, a new user each request)", results["track1"].requests_per_s,
               "req/s", ceiling_rps, "bare Sanic + one Redis GET"),
    ]  # fmt: skip
    details = {name: vars(result) for name, result in results.items()}
    details["tool"] = tool
    return figures, details
