"""Benchmark: reads with a read replica and the cache on a Valkey cluster, each beside its one-server
counterpart in the same run, all on loopback.

Run by hand: `.venv/bin/python -m benchmarks.scale_out_benchmark [--workers 2] [--seconds 10]
[--rounds 2] [--connections 32]`. Starts PostgreSQL (the test harness's embedded server), a streaming
standby of it (pg_basebackup from the embedded binaries), one Valkey and a 3-node Valkey cluster;
imports the Online Retail demo subset (benchmarks/demo_stack.py), then for each configuration starts
`pgrec serve --workers N`, warms it and drives it with the HTTP benchmark's load (wrk if installed,
else its asyncio client):
  uncached, primary      GET /recommendations, cache off, reads on the primary only
  uncached, + replica    the same with PGREC_REPLICA_URLS = the standby (lists read there)
  cached, one Valkey     GET /recommendations for 200 warmed users, every answer a hit
  cached, cluster        the same on the 3-node cluster (redis+cluster://)
The pairs alternate for --rounds rounds and the round with the median ratio is reported. Prints
requests/s, p50, p99, errors and each pair's ratio. Everything shares one machine's cores, so the
replica's ratio shows what routing costs and that it works, not the capacity a second machine adds.
Never asserts a time.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import shutil
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

from benchmarks.demo_stack import prepare_database, serve_command, start, stop, wait_until_up
from benchmarks.http_benchmark import WRK_SCRIPTS, Result, run_python, run_wrk
from service.core.migrate import migrate
from service.local.valkey import LocalRedis
from tests.cli import pgrec_env
from tests.support.databases import create_database, drop_database, unique_name
from tests.support.free_port import free_port
from tests.support.postgres_source import start_test_postgres
from tests.support.standby import Standby
from tests.support.valkey_cluster import ValkeyCluster, cluster_ports

WARM_USERS = 200


@contextlib.contextmanager
def serving(workers: int, workdir: Path, label: str, **settings: str) -> Iterator[str]:
    port = free_port()
    log = workdir / f"{label}.log"
    process = start(serve_command(port, workers), pgrec_env(**settings), log)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(f"{base}/health", process, log)
        if "PGREC_REPLICA_URLS" in settings:  # each worker measures its replica before reading from it
            deadline = time.monotonic() + 30
            while True:
                health = json.load(urllib.request.urlopen(f"{base}/health", timeout=5))
                if all(entry["status"] == "up" for entry in health.get("replicas", [])):
                    break
                if time.monotonic() > deadline:
                    raise SystemExit(f"the replica never came up: {health.get('replicas')}")
                time.sleep(0.2)
        yield base
    finally:
        stop(process)


def load(
    tool: str, scenario: str, base: str, users: list[str], args: argparse.Namespace, workdir: Path
) -> Result:
    if tool == "wrk":
        script = WRK_SCRIPTS[scenario] % {
            "users": ",".join(json.dumps(u) for u in users),
            "body": "",
            "products": "",
        }
        if args.warmup:
            run_wrk(scenario, base, script, args.warmup, args.connections, workdir)
        return run_wrk(scenario, base, script, args.seconds, args.connections, workdir)
    if args.warmup:
        run_python(scenario, base, users, "", args.warmup, args.connections)
    return run_python(scenario, base, users, "", args.seconds, args.connections)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--tool", choices=("auto", "wrk", "python"), default="auto")
    args = parser.parse_args()
    tool = "wrk" if args.tool == "wrk" or (args.tool == "auto" and shutil.which("wrk")) else "python"

    workdir = Path(tempfile.mkdtemp(prefix="pgrec-scale-out-", dir="/tmp"))
    pg = start_test_postgres()
    if pg.kind != "embedded":
        raise SystemExit(f"needs the embedded PostgreSQL to build a standby from (got {pg.kind})")
    name = unique_name("pgrec_scale_out")
    valkey = LocalRedis(workdir / "valkey", free_port())
    cluster = ValkeyCluster(workdir / "cluster", cluster_ports(3))
    primary_port = urlsplit(pg.url).port
    assert primary_port is not None
    standby = Standby(workdir / "standby", free_port(), primary_port)
    try:
        url = create_database(pg.url, name)
        migrate(url)
        users = prepare_database(url)[:WARM_USERS]
        standby.start()
        standby.wait_caught_up(url)
        replica = standby.url(name)
        single = valkey.ensure_running()
        cluster.start()
        clustered = cluster.url()
        common = {"PGREC_DATABASE_URL": url, "PGREC_DATA_DIR": str(workdir / "data")}
        print(f"load: {tool}, {args.connections} connections, {args.seconds} s each, {args.workers} workers")

        def uncached(with_replica: bool) -> Result:
            extra = {"PGREC_REPLICA_URLS": replica} if with_replica else {}
            label = "replica" if with_replica else "primary"
            with serving(args.workers, workdir, label, PGREC_REDIS_URL="none", **common, **extra) as base:
                result = load(tool, "uncached", base, users, args, workdir)
            result.name = f"uncached, {'+ replica' if with_replica else 'primary'}"
            return result

        def cached(redis_url: str, label: str) -> Result:
            with serving(args.workers, workdir, label, PGREC_REDIS_URL=redis_url, **common) as base:
                for user in users:
                    urllib.request.urlopen(
                        f"{base}/recommendations?limit=10&user_id={user}", timeout=30
                    ).read()
                result = load(tool, "cached", base, users, args, workdir)
            result.name = f"cached, {label}"
            return result

        pairs: dict[str, list[tuple[Result, Result]]] = {"replica": [], "cluster": []}
        for number in range(1, args.rounds + 1):
            print(f"round {number} of {args.rounds}", flush=True)
            pairs["replica"].append((uncached(False), uncached(True)))
            pairs["cluster"].append((cached(single, "one Valkey"), cached(clustered, "cluster")))
        print(f"\n{'configuration':<22}{'req/s':>10}{'p50 ms':>9}{'p99 ms':>9}{'errors':>8}{'ratio':>8}")
        for kind, rounds in pairs.items():
            rounds.sort(key=lambda pair: pair[1].requests_per_s / pair[0].requests_per_s)
            base_result, other = rounds[len(rounds) // 2]
            for result in (base_result, other):
                ratio = result.requests_per_s / base_result.requests_per_s
                print(
                    f"{result.name:<22}{result.requests_per_s:>10,.0f}{result.p50_ms:>9.2f}"
                    f"{result.p99_ms:>9.2f}{result.errors:>8}{ratio:>8.2f}"
                )
            each = ", ".join(f"{b.requests_per_s / a.requests_per_s:.2f}" for a, b in rounds)
            print(f"  {kind}: ratio per round {each}")
        print(
            "\nOne machine: the replica competes with the primary for the same cores, so '+ replica' shows the"
            "\ncost of routing and of the standby's extra work, not the capacity a second machine would add;"
            "\nthe cluster's ratio shows what the cluster client's routing costs per cached answer."
        )
        return 0
    finally:
        standby.stop()
        cluster.stop()
        valkey.stop()
        drop_database(pg.url, name)
        pg.stop()
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
