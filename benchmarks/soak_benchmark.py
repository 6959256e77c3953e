"""Soak benchmark: minutes of mixed HTTP load with full refreshes, checked for 5xx, lost events, tracking latency and cache hits.

Run by hand (not part of the tests): `.venv/bin/python -m benchmarks.soak_benchmark [--minutes 10]
[--clients 16] [--rate 100] [--workers 2] [--refresh-every S] [--json FILE]`; `--minutes 1` is a quick
check. Loopback only. The servers come from benchmarks/demo_stack.py: PostgreSQL from the test harness
(PGREC_TEST_DATABASE_URL, else a container, else embedded), an embedded Valkey, the Online Retail demo
subset (times shifted to now, random embeddings, refreshed), `pgrec serve --workers N` and the bare
ceiling app (one Redis GET per request), both on 127.0.0.1.

First a refresh with no load beside it (POST /admin/refresh, polled until done), then the cache is
warmed and the ceiling (GET /ceiling on the bare app) and the service's cached path (GET
/recommendations of warmed users) are measured with this script's own client and concurrency (and
with wrk when it is installed). Then, for the duration, --clients asyncio/httpx clients send together
--rate requests/s (0: as fast as they get answers), each request picked at random: 70% reads (GET
/recommendations for a pool of regular users, read again and again, and for fresh ones: unknown ids
(cold start) and demo users read for the first time; GET /products/{id}/similar; GET /trending), 25%
POST /track (one event) and 5% POST /track/batch (20-100 events, some with an order); every event
carries a unique external_id under this run's prefix. A probe in a process of its own sends one POST
/track every 0.2 s on one connection: the tracking latency of a client that is not itself busy (the
load clients share one event loop and, on a small machine, the servers' cores). Every --refresh-every
seconds (default 2 minutes for a 10-minute run, scaled down for shorter ones, at least one per run,
never two at once) it POSTs /admin/refresh and polls the job until it is done. Meanwhile it samples
rec_event_inbox + rec_event_queue (their length, and how long every 10th /track event stays in them: the upkeep lag),
pg_stat_activity, and the changes to lists announced on pgrec_lists. At the end: the service's own
latency per route (GET /metrics of every worker) and the ceiling again.

Prints, and writes with --json: responses by status (5xx must be 0), every acknowledged event against
the stored rows of the run's prefix (exact, both ways), tracking latency p50/p99 overall and during
refreshes, the hit rate of reads of regular users who did not act since their previous read (the
answer's "cached" field), each miss explained (a change to lists announced in between, the refresh's
preferences step, the upkeep fold of the user's own earlier event, or unexplained), throughput by
kind, refresh durations and steps, upkeep lag and queue length, active backends and their waits, and
the ceilings. Exits 1 when a goal is missed: 0 5xx and 0 unanswered requests, 0 lost events, the
probe's /track p99 during refreshes < 250 ms, that hit rate >= 90%.
"""

from __future__ import annotations

import argparse
import asyncio
import bisect
import http.client
import itertools
import json
import os
import random
import secrets
import shutil
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import psycopg

from benchmarks import http_benchmark as hb
from benchmarks.demo_stack import DemoStack, demo_stack
from benchmarks.sql_read_benchmark import percentile

REGULAR_USERS = 300  # read again and again: their lists are cached unless they acted
SIMILAR_PRODUCTS = 300
TRENDING_WINDOWS = ("24h", "7d", "30d")
# share of requests per kind (reads 70%, /track 25%, /track/batch 5%)
MIX = {
    "recs_regular": 0.40,
    "recs_fresh": 0.10,
    "similar": 0.12,
    "trending": 0.08,
    "track": 0.25,
    "batch": 0.05,
}
READS = ("recs_regular", "recs_fresh", "similar", "trending")
TRACK_REGULAR_SHARE = 0.4  # of single /track events, by a regular user (their next read is a miss)
BATCH_REGULAR_SHARE = 0.05  # of batch events
BATCH_EVENTS = (20, 100)
EVENT_TYPES = (("view", 0.75), ("click", 0.15), ("add_to_cart", 0.10))
ORDER_SHARE = 0.3  # batches that carry one order (2-5 purchases of one user)
PROBE_INTERVAL = 0.2  # seconds between the probe's POST /track
LAG_SAMPLE_EVERY = 10  # every 10th single /track event: how long it stays in the inbox or queue
GOAL_TRACK_P99_MS = 250.0
GOAL_HIT_RATE = 0.90
CLIENT_TIMEOUT = 30.0


@dataclass
class Call:
    kind: str
    started: float
    ended: float
    status: int  # 0: no answer (a client time-out or a connection error)
    cached: bool | None = None
    eligible: bool = False  # a regular user's read with no event of theirs since their previous read
    previous: float = 0.0  # eligible reads: when the user's previous read started
    user_last_event: int = 0  # eligible reads: the user's largest acknowledged event id
    miss_reason: str = ""  # eligible misses, set by explain_misses()


@dataclass
class UserState:
    acting: int = 0  # /track requests with an event of this user in flight
    last_act_sent: float = float("-inf")
    last_act_done: float = float("-inf")
    last_read_started: float | None = None  # of the last answered read (200) that has ended
    last_event: int = 0  # largest acknowledged event id


@dataclass
class Refresh:
    started: float
    ended: float | None = None
    status: str = ""
    job: dict[str, Any] = field(default_factory=dict)
    step_ends: list[tuple[str, float]] = field(default_factory=list)  # as polls saw them

    def step_window(self, name: str) -> tuple[float, float] | None:
        """When a step ran, as polls (every 0.25 s) saw it."""
        begin = self.started
        for step, ended in self.step_ends:
            if step == name:
                return begin, ended
            begin = ended
        return None

    @property
    def seconds(self) -> float:
        return (self.ended or self.started) - self.started

    def steps(self) -> dict[str, float]:
        return {step["step"]: round(step["seconds"], 2) for step in self.job.get("steps") or []}


@dataclass
class Run:
    prefix: str
    rng: random.Random
    regular: list[str]
    others: list[str]  # demo users outside the regular pool
    products: list[str]
    similar_products: list[str]
    calls: list[Call] = field(default_factory=list)
    admin_statuses: Counter[int] = field(default_factory=Counter)
    no_answer: Counter[str] = field(default_factory=Counter)  # "<kind>: <exception>"
    users: defaultdict[str, UserState] = field(default_factory=lambda: defaultdict(UserState))
    acked: set[str] = field(default_factory=set)
    duplicates: int = 0
    sent_unanswered: set[str] = field(default_factory=set)  # events of requests without an answer
    sent_events: int = 0
    refreshes: list[Refresh] = field(default_factory=list)
    lag_pending: dict[int, float] = field(default_factory=dict)  # event id -> acknowledged at
    lags: list[tuple[float, float]] = field(default_factory=list)  # (acknowledged at, seconds queued)
    began: float = 0.0  # the load's start
    queue_samples: list[tuple[float, int]] = field(default_factory=list)
    # the smallest event id still queued (None: queue empty), sampled: events below it are folded
    queue_min: list[tuple[float, int | None]] = field(default_factory=list)
    notifications: list[tuple[float, str]] = field(default_factory=list)  # pgrec_lists, as heard
    activity: list[tuple[float, list[tuple[str, str, str]]]] = field(default_factory=list)
    loop_lags: list[float] = field(default_factory=list)
    external_ids: itertools.count[int] = field(default_factory=itertools.count)
    new_users: itertools.count[int] = field(default_factory=itertools.count)
    fresh_known: itertools.count[int] = field(default_factory=itertools.count)
    single_tracks: int = 0

    def refreshing(self, start: float, end: float) -> bool:
        """Whether [start, end] overlaps a refresh (one still running counts up to now)."""
        for refresh in self.refreshes:
            ended = refresh.ended if refresh.ended is not None else time.monotonic()
            if start <= ended and end >= refresh.started:
                return True
        return False


# -- requests ----------------------------------------------------------------------------------
async def send(
    run: Run, client: httpx.AsyncClient, kind: str, method: str, url: str, body: Any = None
) -> tuple[Call, httpx.Response | None]:
    started = time.monotonic()
    try:
        response = await client.request(method, url, json=body)
    except httpx.HTTPError as exc:
        call = Call(kind, started, time.monotonic(), 0)
        run.no_answer[f"{kind}: {type(exc).__name__}"] += 1
        run.calls.append(call)
        return call, None
    call = Call(kind, started, time.monotonic(), response.status_code)
    run.calls.append(call)
    return call, response


async def read(run: Run, client: httpx.AsyncClient, kind: str) -> None:
    rng, user = run.rng, None
    if kind == "recs_regular":
        user = rng.choice(run.regular)
    elif kind == "recs_fresh":
        if rng.random() < 0.5:
            user = f"{run.prefix}new{next(run.new_users)}"  # unknown: cold start
        else:
            user = run.others[next(run.fresh_known) % len(run.others)]  # known, not read before
    if user is not None:
        url = f"/recommendations?limit=10&user_id={user}"
    elif kind == "similar":
        url = f"/products/{rng.choice(run.similar_products)}/similar?limit=10"
    else:
        url = f"/trending?limit=10&window={rng.choice(TRENDING_WINDOWS)}"
    state = run.users[user] if user is not None else None
    previous = state.last_read_started if state is not None else None
    call, response = await send(run, client, kind, "GET", url)
    if response is None or response.status_code != 200:
        return
    call.cached = bool(response.json().get("cached"))
    if state is None:
        return
    state.last_read_started = max(state.last_read_started or call.started, call.started)
    if (
        kind == "recs_regular"
        and previous is not None
        and state.acting == 0
        and state.last_act_sent < previous
        and state.last_act_done < previous
    ):
        call.eligible, call.previous, call.user_last_event = True, previous, state.last_event


def event(run: Run, user: str, kind: str | None = None, **extra: Any) -> dict[str, Any]:
    rng = run.rng
    if kind is None:
        kind = rng.choices([k for k, _ in EVENT_TYPES], [w for _, w in EVENT_TYPES])[0]
    return {
        "user_id": user,
        "product_id": rng.choice(run.products),
        "interaction_type": kind,
        "external_id": f"{run.prefix}{next(run.external_ids)}",
        **extra,
    }


def actor(run: Run, regular_share: float) -> str:
    rng = run.rng
    if rng.random() < regular_share:
        return rng.choice(run.regular)
    if rng.random() < 0.3:
        return f"{run.prefix}u{rng.randrange(2000)}"
    return rng.choice(run.others)


async def track(run: Run, client: httpx.AsyncClient, kind: str) -> None:
    rng = run.rng
    if kind == "track":
        events = [event(run, actor(run, TRACK_REGULAR_SHARE))]
        url, body = "/track", events[0]
    else:
        events = [event(run, actor(run, BATCH_REGULAR_SHARE)) for _ in range(rng.randint(*BATCH_EVENTS))]
        if rng.random() < ORDER_SHARE:
            buyer, order = actor(run, BATCH_REGULAR_SHARE), f"{run.prefix}o{rng.randrange(10**9)}"
            events += [
                event(run, buyer, "purchase", context={"order_id": order}, quantity=rng.randint(1, 6))
                for _ in range(rng.randint(2, 5))
            ]
        url, body = "/track/batch", {"events": events}
    users = {e["user_id"] for e in events}
    now = time.monotonic()
    for user in users:
        state = run.users[user]
        state.acting += 1
        state.last_act_sent = now
    run.sent_events += len(events)
    try:
        call, response = await send(run, client, kind, "POST", url, body)
    finally:
        done = time.monotonic()
        for user in users:
            state = run.users[user]
            state.acting -= 1
            state.last_act_done = done
    if response is None:
        run.sent_unanswered.update(e["external_id"] for e in events)
        return
    if response.status_code != 202:
        return
    answer = response.json()
    ids = [answer["id"]] if kind == "track" else answer["ids"]
    for one, new_id in zip(events, ids, strict=True):
        if new_id is None:
            run.duplicates += 1
        else:
            run.acked.add(one["external_id"])
            state = run.users[one["user_id"]]
            state.last_event = max(state.last_event, int(new_id))
    if kind == "track" and ids[0] is not None:
        run.single_tracks += 1
        if run.single_tracks % LAG_SAMPLE_EVERY == 0:
            run.lag_pending[int(ids[0])] = call.ended


async def mixed_load(run: Run, client: httpx.AsyncClient, clients: int, seconds: float, rate: float) -> None:
    """`clients` clients until `seconds` have passed, together `rate` requests/s (each paced, at random
    phases; one that falls behind by more than a request goes on at once, without making up for it), or
    as fast as they get answers with rate 0."""
    kinds, weights = list(MIX), list(MIX.values())
    began = time.monotonic()
    deadline = began + seconds
    interval = clients / rate if rate > 0 else 0.0

    async def one_client() -> None:
        due = began + run.rng.random() * interval
        while time.monotonic() < deadline:
            if interval:
                now = time.monotonic()
                if due > now:
                    await asyncio.sleep(due - now)
                due = max(due, time.monotonic() - interval) + interval
            kind = run.rng.choices(kinds, weights)[0]
            if kind in READS:
                await read(run, client, kind)
            else:
                await track(run, client, kind)

    await asyncio.gather(*(one_client() for _ in range(clients)))


async def simple_load(
    client: httpx.AsyncClient, urls: list[str], clients: int, seconds: float
) -> dict[str, Any]:
    """Closed-loop GETs of `urls` in turn: the ceiling and the cached path."""
    latencies: list[float] = []
    statuses: Counter[int] = Counter()
    hits = 0
    deadline = time.monotonic() + seconds
    counter = itertools.count()

    async def one_client() -> None:
        nonlocal hits
        while time.monotonic() < deadline:
            started = time.perf_counter()
            response = await client.get(urls[next(counter) % len(urls)])
            latencies.append(time.perf_counter() - started)
            statuses[response.status_code] += 1
            hits += response.status_code == 200 and bool(response.json().get("cached"))

    await asyncio.gather(*(one_client() for _ in range(clients)))
    return {
        "requests_per_s": len(latencies) / seconds,
        "p50_ms": percentile(latencies, 0.5) * 1000,
        "p99_ms": percentile(latencies, 0.99) * 1000,
        "statuses": dict(statuses),
        "cached_share": hits / max(1, len(latencies)),
    }


def probe(config_file: Path) -> int:
    """A separate process: one POST /track every PROBE_INTERVAL s on one blocking keep-alive connection,
    for the tracking latency a client sees that is not itself busy (the mixed load shares one event loop).
    Writes [started, ended, status, external_id, id] per request (time.monotonic(), the same clock in
    every process) to the file the config names."""
    config = json.loads(config_file.read_text())
    rng = random.Random(7)
    host, port = config["host"], config["port"]
    conn = http.client.HTTPConnection(host, port, timeout=CLIENT_TIMEOUT)
    rows: list[list[Any]] = []
    deadline = time.monotonic() + config["seconds"]
    for number in itertools.count():
        started = time.monotonic()
        if started >= deadline:
            break
        external_id = f"{config['prefix']}p{number}"
        body = {
            "user_id": f"{config['prefix']}probe{number % 50}",
            "product_id": rng.choice(config["products"]),
            "interaction_type": "view",
            "external_id": external_id,
        }
        try:
            conn.request("POST", "/track", json.dumps(body), {"Content-Type": "application/json"})
            response = conn.getresponse()
            data = response.read()
            status, new_id = response.status, json.loads(data).get("id") if response.status == 202 else None
        except (OSError, http.client.HTTPException):
            status, new_id = 0, None
            conn.close()
            conn = http.client.HTTPConnection(host, port, timeout=CLIENT_TIMEOUT)
        rows.append([started, time.monotonic(), status, external_id, new_id])
        time.sleep(max(0.0, started + PROBE_INTERVAL - time.monotonic()))
    Path(config["out"]).write_text(json.dumps(rows))
    return 0


async def run_probe(run: Run, base: str, seconds: float, workdir: Path) -> None:
    """Runs probe() in a subprocess for `seconds` and merges what it saw into `run` (kind "probe")."""
    host, port = base.removeprefix("http://").rsplit(":", 1)
    config = {
        "host": host,
        "port": int(port),
        "prefix": run.prefix,
        "seconds": seconds,
        "products": run.products[:500],
        "out": str(workdir / "probe.json"),
    }
    (workdir / "probe-config.json").write_text(json.dumps(config))
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "benchmarks.soak_benchmark", "--probe", str(workdir / "probe-config.json")
    )
    if await process.wait() != 0:
        raise SystemExit(f"the tracking probe failed ({process.returncode})")
    for started, ended, status, external_id, new_id in json.loads((workdir / "probe.json").read_text()):
        run.calls.append(Call("probe", started, ended, status))
        run.sent_events += 1
        if status == 0:
            run.no_answer["probe: no answer"] += 1
            run.sent_unanswered.add(external_id)
        elif status == 202 and new_id is not None:
            run.acked.add(external_id)


# -- refreshes and samplers --------------------------------------------------------------------
def refresh_slots(seconds: float, every: float) -> list[float]:
    slots = [k * every for k in range(1, int(seconds / every) + 1) if k * every < seconds]
    return slots or [seconds / 3]


async def run_refresh(run: Run, client: httpx.AsyncClient, refresh: Refresh) -> None:
    """POST /admin/refresh, then poll the job until it is no longer running (every 0.25 s)."""
    try:
        response = await client.post("/admin/refresh")
        run.admin_statuses[response.status_code] += 1
        poll = response.json()["poll"] if response.status_code == 202 else None
        if poll is None:
            refresh.status = f"start answered {response.status_code}"
        while poll is not None:
            await asyncio.sleep(0.25)
            response = await client.get(poll)
            run.admin_statuses[response.status_code] += 1
            if response.status_code != 200:
                refresh.status = f"poll answered {response.status_code}"
                break
            job = response.json()
            for step in (job.get("steps") or [])[len(refresh.step_ends) :]:
                refresh.step_ends.append((step["step"], time.monotonic()))
            if job["status"] != "running":
                refresh.job, refresh.status = job, job["status"]
                break
    except httpx.HTTPError as exc:
        run.no_answer[f"admin: {type(exc).__name__}"] += 1
        refresh.status = f"no answer: {type(exc).__name__}"
    refresh.ended = time.monotonic()


async def refresher(
    run: Run, client: httpx.AsyncClient, slots: list[float], began: float, end: float
) -> None:
    for slot in slots:
        await asyncio.sleep(max(0.0, began + slot - time.monotonic()))
        if time.monotonic() >= end:
            return
        refresh = Refresh(time.monotonic())
        run.refreshes.append(refresh)
        await run_refresh(run, client, refresh)


async def samplers(run: Run, url: str, stop: asyncio.Event) -> None:
    """rec_event_queue's length (every 0.5 s), the sampled events' upkeep lag (every 0.1 s),
    pg_stat_activity's active backends (every second), and this client's own event-loop lag."""
    connect = {"autocommit": True, "application_name": "pgrec-soak-sampler"}
    async with (
        await psycopg.AsyncConnection.connect(url, **connect) as queue_conn,
        await psycopg.AsyncConnection.connect(url, **connect) as lag_conn,
        await psycopg.AsyncConnection.connect(url, **connect) as activity_conn,
        await psycopg.AsyncConnection.connect(url, **connect) as listen_conn,
    ):

        async def every(seconds: float, step: Callable[[], Awaitable[None]]) -> None:
            while not stop.is_set():
                await step()
                await asyncio.sleep(seconds)

        async def queue_length() -> None:
            cursor = await queue_conn.execute(
                "select count(*), min(event_id) from (select event_id from rec_event_queue"
                " union all select id from rec_event_inbox) q"
            )
            row = await cursor.fetchone()
            assert row is not None
            run.queue_samples.append((time.monotonic(), int(row[0])))
            run.queue_min.append((time.monotonic(), row[1]))

        async def listen() -> None:
            """Every change to lists announced (NOTIFY pgrec_lists), when this client heard it."""
            await listen_conn.execute("listen pgrec_lists")
            while not stop.is_set():
                async for notify in listen_conn.notifies(timeout=0.5):
                    run.notifications.append((time.monotonic(), notify.payload))

        async def upkeep_lag() -> None:
            if not run.lag_pending:
                return
            pending = list(run.lag_pending)
            cursor = await lag_conn.execute(
                "select event_id from rec_event_queue where event_id = any(%s)"
                " union all select id from rec_event_inbox where id = any(%s)",
                (pending, pending),
            )
            queued = {row[0] for row in await cursor.fetchall()}
            now = time.monotonic()
            for event_id in pending:
                if event_id not in queued:
                    acked = run.lag_pending.pop(event_id)
                    run.lags.append((acked, now - acked))

        async def activity() -> None:
            cursor = await activity_conn.execute(
                """select coalesce(application_name, ''),
                          coalesce(wait_event_type || ':' || wait_event, 'CPU'),
                          left(regexp_replace(query, '\\s+', ' ', 'g'), 70)
                     from pg_stat_activity
                    where datname = current_database() and state = 'active'
                      and application_name <> 'pgrec-soak-sampler'"""
            )
            run.activity.append((time.monotonic(), [tuple(row) for row in await cursor.fetchall()]))  # type: ignore[misc]

        async def loop_lag() -> None:
            expected = time.monotonic() + 0.05
            await asyncio.sleep(0.05)
            run.loop_lags.append(time.monotonic() - expected)

        await asyncio.gather(
            every(0.2, queue_length),
            every(0.1, upkeep_lag),
            every(1.0, activity),
            every(0.0, loop_lag),
            listen(),
        )


# -- the run -----------------------------------------------------------------------------------
async def soak(stack: DemoStack, args: argparse.Namespace) -> dict[str, Any]:
    rng = random.Random(args.seed)
    with psycopg.connect(stack.url) as conn:
        products = [row[0] for row in conn.execute("select id from rec_products where is_active order by id")]
    users = list(stack.users)
    rng.shuffle(users)
    run = Run(
        prefix=f"soak{secrets.token_hex(4)}-",
        rng=rng,
        regular=users[:REGULAR_USERS],
        others=users[REGULAR_USERS:],
        products=products,
        similar_products=rng.sample(products, min(SIMILAR_PRODUCTS, len(products))),
    )
    seconds = args.minutes * 60
    every = args.refresh_every or 120 * args.minutes / 10
    ceiling_seconds = args.ceiling_seconds or min(10.0, max(3.0, seconds / 20))
    limits = httpx.Limits(max_connections=args.clients, max_keepalive_connections=args.clients)
    report: dict[str, Any] = {
        "date": time.strftime("%Y-%m-%d"),
        "minutes": args.minutes,
        "clients": args.clients,
        "rate_target": args.rate,
        "workers": args.workers,
        "cpus": os.cpu_count(),
        "load_average_before": os.getloadavg(),
        "prefix": run.prefix,
        "mix": MIX,
        "refresh_every_s": every,
    }
    async with (
        httpx.AsyncClient(base_url=stack.service_base, limits=limits, timeout=CLIENT_TIMEOUT) as client,
        httpx.AsyncClient(base_url=stack.service_base, timeout=CLIENT_TIMEOUT) as admin,
        httpx.AsyncClient(base_url=stack.ceiling_base, limits=limits, timeout=CLIENT_TIMEOUT) as bare,
    ):
        # a refresh with no load beside it: what the refreshes under load compare with
        alone = Refresh(time.monotonic())
        await run_refresh(run, admin, alone)
        print(f"refresh alone: {alone.seconds:.1f} s {alone.status}, steps {alone.steps()}", flush=True)
        report["refresh_alone"] = {"seconds": alone.seconds, "status": alone.status, "steps": alone.steps()}
        # warm the cache: every regular user's list, the similar products, trending
        warm = [f"/recommendations?limit=10&user_id={user}" for user in run.regular]
        warm += [f"/products/{product}/similar?limit=10" for product in run.similar_products]
        warm += [f"/trending?limit=10&window={window}" for window in TRENDING_WINDOWS]
        for chunk in range(0, len(warm), args.clients):
            await asyncio.gather(*(client.get(url) for url in warm[chunk : chunk + args.clients]))
        print(f"ceilings: {ceiling_seconds:.0f} s each, {args.clients} clients", flush=True)
        ceiling_before = await simple_load(bare, ["/ceiling"], args.clients, ceiling_seconds)
        cached_path = await simple_load(client, warm[:REGULAR_USERS], args.clients, ceiling_seconds)
        print(
            f"  ceiling {ceiling_before['requests_per_s']:,.0f} req/s, cached path "
            f"{cached_path['requests_per_s']:,.0f} req/s ({cached_path['cached_share']:.0%} cached)",
            flush=True,
        )

        slots = refresh_slots(seconds, every)
        print(
            f"soak: {args.minutes:g} min, {args.clients} clients, "
            f"{f'{args.rate:g} req/s' if args.rate else 'unpaced'}, refreshes at "
            f"{', '.join(f'{slot:.0f}' for slot in slots)} s, prefix {run.prefix}",
            flush=True,
        )
        stop = asyncio.Event()
        sampling = asyncio.create_task(samplers(run, stack.url, stop))
        began = run.began = time.monotonic()
        refreshing = asyncio.create_task(refresher(run, admin, slots, began, began + seconds))
        progress = asyncio.create_task(print_progress(run, began, seconds))
        probing = asyncio.create_task(run_probe(run, stack.service_base, seconds, stack.workdir))
        await mixed_load(run, client, args.clients, seconds, args.rate)
        load_seconds = time.monotonic() - began
        progress.cancel()
        await probing
        await refreshing  # a refresh started before the end is waited for
        drained = time.monotonic() + 30
        while (
            run.lag_pending or (run.queue_samples and run.queue_samples[-1][1])
        ) and time.monotonic() < drained:
            await asyncio.sleep(0.2)
        stop.set()
        await sampling
        server = await server_latency(stack.service_base, args.workers)
        if shutil.which("wrk"):
            users = run.regular
            report["ceiling_wrk"] = await asyncio.to_thread(
                wrk_ceilings, stack, users, args.clients, ceiling_seconds
            )
        ceiling_after = await simple_load(bare, ["/ceiling"], args.clients, ceiling_seconds)

    with psycopg.connect(stack.url) as conn:
        stored = {
            row[0]
            for row in conn.execute(
                "select external_id from rec_user_interactions where external_id like %s", (run.prefix + "%",)
            )
        }
        stored_rows = conn.execute(
            "select count(*) from rec_user_interactions where external_id like %s", (run.prefix + "%",)
        ).fetchone()[0]
    report.update(figures(run, load_seconds, stored, stored_rows, ceiling_before, ceiling_after, cached_path))
    report["load_average_after"] = os.getloadavg()
    report["server_side_latency"] = server
    report["service_log"] = log_problems(stack.workdir / "service.log")
    return report


def log_problems(log: Path) -> dict[str, Any]:
    """Tracebacks, errors and warnings the service logged (first few lines of each kind)."""
    lines = log.read_text(errors="replace").splitlines() if log.exists() else []
    found: dict[str, Any] = {}
    for word in ("Traceback", "ERROR", "WARNING"):
        hits = [line for line in lines if word in line]
        found[word] = {"count": len(hits), "first": hits[:5]}
    return found


async def print_progress(run: Run, began: float, seconds: float) -> None:
    last = 0
    while True:
        await asyncio.sleep(min(30.0, max(5.0, seconds / 10)))
        calls = len(run.calls)
        status = Counter(call.status // 100 for call in run.calls[last:])
        refreshing = " (refreshing)" if run.refreshing(time.monotonic(), time.monotonic()) else ""
        queue = run.queue_samples[-1][1] if run.queue_samples else 0
        print(
            f"  {time.monotonic() - began:5.0f} s: {calls:,} requests, last period by class "
            f"{dict(sorted(status.items()))}, queue {queue}{refreshing}",
            flush=True,
        )
        last = calls


# -- figures -----------------------------------------------------------------------------------
def latency(values: list[float]) -> dict[str, Any]:
    if not values:
        return {"n": 0, "p50_ms": None, "p99_ms": None, "max_ms": None}
    return {
        "n": len(values),
        "p50_ms": percentile(values, 0.5) * 1000,
        "p99_ms": percentile(values, 0.99) * 1000,
        "max_ms": max(values) * 1000,
    }


def figures(
    run: Run,
    load_seconds: float,
    stored: set[str],
    stored_rows: int,
    ceiling_before: dict[str, Any],
    ceiling_after: dict[str, Any],
    cached_path: dict[str, Any],
) -> dict[str, Any]:
    calls = run.calls
    by_status: Counter[int] = Counter(call.status for call in calls) + run.admin_statuses
    throughput = {kind: sum(1 for call in calls if call.kind == kind) / load_seconds for kind in MIX}
    during = {call_id for call_id, call in enumerate(calls) if run.refreshing(call.started, call.ended)}
    track_latency: dict[str, Any] = {}
    for kind in ("track", "batch", "probe"):
        ok = [(i, c) for i, c in enumerate(calls) if c.kind == kind and c.status == 202]
        track_latency[kind] = {
            "overall": latency([c.ended - c.started for _, c in ok]),
            "during_refresh": latency([c.ended - c.started for i, c in ok if i in during]),
            "outside_refresh": latency([c.ended - c.started for i, c in ok if i not in during]),
        }
    reads: dict[str, Any] = {}
    for kind in READS:
        answered = [c for c in calls if c.kind == kind and c.status == 200]
        reads[kind] = {
            "n": len(answered),
            "hit_rate": sum(1 for c in answered if c.cached) / max(1, len(answered)),
            "latency": latency([c.ended - c.started for c in answered]),
        }
    explain_misses(run)
    eligible = [c for c in calls if c.eligible]
    misses = Counter(c.miss_reason for c in eligible if not c.cached)
    hits = sum(1 for c in eligible if c.cached)
    eligible_outside = [c for c in eligible if not c.miss_reason.startswith(("lists changed", "refresh"))]
    announced = Counter(payload.split(" ", 1)[-1] for _, payload in run.notifications)
    lost = run.acked - stored
    unacked_stored = stored - run.acked
    refreshes = [{"seconds": r.seconds, "status": r.status, "steps": r.steps()} for r in run.refreshes]
    queue = [n for _, n in run.queue_samples]
    load_end = run.began + load_seconds
    refresh_time = sum(max(0.0, min(r.ended or load_end, load_end) - r.started) for r in run.refreshes)
    lag_during = [lag for acked, lag in run.lags if run.refreshing(acked, acked)]
    lag_outside = [lag for acked, lag in run.lags if not run.refreshing(acked, acked)]
    ceiling_rps = (ceiling_before["requests_per_s"] + ceiling_after["requests_per_s"]) / 2
    total_rps = sum(throughput.values())
    return {
        "load_seconds": load_seconds,
        "responses_by_status": {str(k): v for k, v in sorted(by_status.items())},
        "no_answer": dict(run.no_answer),
        "server_errors": sum(v for k, v in by_status.items() if k >= 500),
        "events": {
            "sent": run.sent_events,
            "acknowledged": len(run.acked),
            "duplicates_answered": run.duplicates,
            "stored_rows": stored_rows,
            "stored_distinct": len(stored),
            "acknowledged_not_stored": len(lost),
            "stored_not_acknowledged": len(unacked_stored),
            "stored_not_acknowledged_unanswered": len(unacked_stored & run.sent_unanswered),
            "lost_examples": sorted(lost)[:5],
        },
        "throughput_per_s": {**throughput, "total": total_rps},
        "events_per_s": len(run.acked) / load_seconds,
        "tracking_latency": track_latency,
        "reads": reads,
        "hit_rate_not_acted": {
            "eligible_reads": len(eligible),
            "hits": hits,
            "hit_rate": hits / max(1, len(eligible)),
            "misses_by_reason": dict(misses),
            "hit_rate_without_refresh_misses": sum(1 for c in eligible_outside if c.cached)
            / max(1, len(eligible_outside)),
            "unexplained_examples": [
                {"previous_read": c.previous, "read": c.started, "user_last_event": c.user_last_event}
                for c in eligible
                if c.miss_reason == "unexplained"
            ][:5],
        },
        "lists_changes_announced": dict(announced),
        "refreshes": refreshes,
        "refresh_share_of_time": refresh_time / load_seconds,
        "upkeep_lag": {
            **latency([lag for _, lag in run.lags]),
            "during_refresh": latency(lag_during),
            "outside_refresh": latency(lag_outside),
            "not_folded": len(run.lag_pending),
            "resolution_ms": 100,
        },
        "queue_length": {
            "max": max(queue, default=0),
            "mean": sum(queue) / max(1, len(queue)),
            "samples": len(queue),
        },
        "client_loop_lag": latency(run.loop_lags),
        "activity": activity_summary(run),
        "ceiling": {
            "before": ceiling_before,
            "after": ceiling_after,
            "cached_path": cached_path,
            "soak_total_vs_ceiling": total_rps / ceiling_rps,
            "cached_path_vs_ceiling": cached_path["requests_per_s"] / ceiling_rps,
        },
    }


def explain_misses(run: Run) -> None:
    """The likeliest reason for each eligible miss, first that applies: a change to lists announced
    between the previous read and this one (a refresh step commits, a worker (re)connects, ...); the
    refresh's preferences step running meanwhile (it rewrites every user's preferences: their watermark);
    an event of the user acknowledged before the previous read but still queued then (upkeep rewrote the
    user's preferences after that read: their watermark); else unexplained."""
    heard = [at for at, _ in run.notifications]
    sampled = [at for at, _ in run.queue_min]
    for call in run.calls:
        if not call.eligible or call.cached:
            continue
        low, high = call.previous - 0.01, call.ended
        first = bisect.bisect_left(heard, low)
        if first < len(heard) and heard[first] <= high:
            what = run.notifications[first][1].split(" ", 1)[-1]
            call.miss_reason = f"lists changed: {what}"
            continue
        windows = [r.step_window("preferences") for r in run.refreshes]
        if any(w is not None and w[0] <= high and w[1] >= low for w in windows):
            call.miss_reason = "refresh preferences step"
            continue
        before = bisect.bisect_right(sampled, call.previous) - 1
        smallest_queued = run.queue_min[before][1] if before >= 0 else 0
        if call.user_last_event and (smallest_queued is not None and call.user_last_event >= smallest_queued):
            call.miss_reason = "own event folded after the previous read"
        else:
            call.miss_reason = "unexplained"


def wrk_ceilings(stack: DemoStack, users: list[str], connections: int, seconds: float) -> dict[str, Any]:
    """The ceiling and the cached path again with wrk (http_benchmark's scripts), a client that costs far
    less than this one: what the service could do, where the figures above are what this client drove."""
    lua_users = ",".join(json.dumps(user) for user in users)
    duration = max(1, round(seconds))
    ceiling = hb.run_wrk("ceiling", f"{stack.ceiling_base}/ceiling", "", duration, connections, stack.workdir)
    script = hb.WRK_SCRIPTS["cached"] % {"users": lua_users, "body": ""}
    cached = hb.run_wrk("cached", stack.service_base, script, duration, connections, stack.workdir)
    return {
        "ceiling": vars(ceiling),
        "cached_path": vars(cached),
        "cached_path_vs_ceiling": cached.requests_per_s / ceiling.requests_per_s,
    }


async def server_latency(base: str, workers: int) -> dict[str, Any]:
    """The service's own latency histograms per route (GET /metrics, from its request middleware to its
    response middleware), summed over the workers: /metrics shows the worker that answers, so it is read on new connections until `workers`
    distinct ones were seen (the load has stopped, so each worker's counters stand still)."""
    seen: set[tuple[str, ...]] = set()
    for _ in range(40):
        async with httpx.AsyncClient(base_url=base, timeout=CLIENT_TIMEOUT) as client:
            text = (await client.get("/metrics")).text
        seen.add(
            tuple(
                line
                for line in text.splitlines()
                if line.startswith("pgrec_http_request_duration_seconds_bucket")
                and 'route="/metrics"' not in line
            )
        )
        if len(seen) >= workers:
            break
    buckets: Counter[tuple[str, str]] = Counter()
    for lines in seen:
        for line in lines:
            labels, value = line.rsplit(" ", 1)
            route = labels.split('route="', 1)[1].split('"', 1)[0]
            le = labels.split('le="', 1)[1].split('"', 1)[0]
            buckets[(route, le)] += int(float(value))
    out: dict[str, Any] = {"workers_seen": len(seen)}
    for route in sorted({route for route, _ in buckets}):
        total = buckets[(route, "+Inf")]
        out[route.replace("<", "{").replace(">", "}").replace(":str", "")] = {
            "count": total,
            "over_100ms": total - buckets[(route, "0.1")],
            "over_250ms": total - buckets[(route, "0.25")],
            "over_500ms": total - buckets[(route, "0.5")],
        }
    return out


def activity_summary(run: Run) -> dict[str, Any]:
    """Active backends per sample and the commonest wait events, during refreshes and outside them."""
    out: dict[str, Any] = {}
    for label, wanted in (("during_refresh", True), ("outside_refresh", False)):
        samples = [rows for at, rows in run.activity if run.refreshing(at, at) == wanted]
        waits: Counter[str] = Counter()
        lock_waits: Counter[str] = Counter()
        for rows in samples:
            for application, wait, query in rows:
                waits[f"{application or '?'} {wait}"] += 1
                if wait.startswith("Lock:"):
                    lock_waits[query] += 1
        out[label] = {
            "samples": len(samples),
            "active_backends_mean": sum(len(rows) for rows in samples) / max(1, len(samples)),
            "top_waits": waits.most_common(6),
            "lock_waits": lock_waits.most_common(3),
        }
    return out


def goals(report: dict[str, Any]) -> list[str]:
    missed = []
    if report["server_errors"]:
        missed.append(f"{report['server_errors']} 5xx answers (goal 0)")
    if report["no_answer"]:
        missed.append(f"{sum(report['no_answer'].values())} requests without an answer (goal 0)")
    lost = report["events"]["acknowledged_not_stored"]
    if lost:
        missed.append(f"{lost} acknowledged events not stored (goal 0)")
    during = report["tracking_latency"]["probe"]["during_refresh"]
    if not during["n"]:
        missed.append("no probe /track during a refresh: the tracking goal was not measured")
    elif during["p99_ms"] >= GOAL_TRACK_P99_MS:
        missed.append(
            f"/track p99 during refreshes (probe) {during['p99_ms']:.0f} ms (goal < {GOAL_TRACK_P99_MS:.0f})"
        )
    hit = report["hit_rate_not_acted"]
    if hit["hit_rate"] < GOAL_HIT_RATE:
        missed.append(
            f"hit rate of users who did not act {hit['hit_rate']:.1%} (goal >= {GOAL_HIT_RATE:.0%})"
        )
    return missed


def print_report(report: dict[str, Any]) -> None:
    def ms(figure: dict[str, Any]) -> str:
        if not figure["n"]:
            return "n 0"
        return f"p50 {figure['p50_ms']:.1f} ms, p99 {figure['p99_ms']:.1f} ms, max {figure['max_ms']:.0f} ms (n {figure['n']:,})"

    ceiling = report["ceiling"]
    events = report["events"]
    print()
    pace = f"{report['rate_target']:g} req/s" if report["rate_target"] else "unpaced"
    print(
        f"soak: {report['load_seconds']:.0f} s, {report['clients']} clients ({pace}), {report['workers']} workers, "
        f"{report['cpus']} CPUs shared by the servers, PostgreSQL, Valkey and this client (load average "
        f"{report['load_average_before'][0]:.1f} before, {report['load_average_after'][0]:.1f} after)"
    )
    print(f"responses by status: {report['responses_by_status']}; 5xx {report['server_errors']}; "
          f"without an answer {report['no_answer'] or 0}")  # fmt: skip
    print(
        f"events: {events['sent']:,} sent, {events['acknowledged']:,} acknowledged (202, new), "
        f"{events['stored_rows']:,} rows stored under the prefix ({events['stored_distinct']:,} distinct); "
        f"acknowledged but not stored {events['acknowledged_not_stored']}, stored but not acknowledged "
        f"{events['stored_not_acknowledged']} (of them sent in requests without an answer: "
        f"{events['stored_not_acknowledged_unanswered']}), duplicates answered {events['duplicates_answered']}"
    )
    rates = report["throughput_per_s"]
    print(
        "throughput (req/s): "
        + ", ".join(f"{kind} {rate:,.1f}" for kind, rate in rates.items())
        + f"; {report['events_per_s']:,.0f} events/s stored"
    )
    print(
        f"ceiling (bare Sanic + one Redis GET, same client): {ceiling['before']['requests_per_s']:,.0f} req/s "
        f"before, {ceiling['after']['requests_per_s']:,.0f} after (p50 {ceiling['before']['p50_ms']:.1f} ms); "
        f"cached path (GET /recommendations, warmed users) {ceiling['cached_path']['requests_per_s']:,.0f} req/s "
        f"= {ceiling['cached_path_vs_ceiling']:.2f} of it; soak total = {ceiling['soak_total_vs_ceiling']:.2f} of it"
    )
    if "ceiling_wrk" in report:
        wrk = report["ceiling_wrk"]
        print(
            f"    with wrk (a cheaper client): ceiling {wrk['ceiling']['requests_per_s']:,.0f} req/s, cached path "
            f"{wrk['cached_path']['requests_per_s']:,.0f} req/s = {wrk['cached_path_vs_ceiling']:.2f} of it"
        )
    for kind in ("track", "batch", "probe"):
        figure = report["tracking_latency"][kind]
        name = {"track": "POST /track", "batch": "POST /track/batch", "probe": "probe POST /track"}[kind]
        if kind == "probe":
            name += f" (own process, one every {PROBE_INTERVAL} s)"
        print(f"{name}: overall {ms(figure['overall'])}")
        print(f"    during refreshes {ms(figure['during_refresh'])}; outside {ms(figure['outside_refresh'])}")
    server = report["server_side_latency"]
    print(f"server-side, middleware to middleware (GET /metrics, {server['workers_seen']} workers):")
    load, probed = report["tracking_latency"]["track"], report["tracking_latency"]["probe"]
    if (
        (load["during_refresh"]["p99_ms"] or 0)
        >= GOAL_TRACK_P99_MS
        > (probed["during_refresh"]["p99_ms"] or 0)
    ):
        print(
            "    (the load clients' /track p99 includes their own wait for this process's event loop and CPU: "
            "the goal is judged on the probe's, beside the service's own times below)"
        )
    for route, figure in server.items():
        if route != "workers_seen":
            print(
                f"    {route}: {figure['count']:,} answers, over 100 ms {figure['over_100ms']:,}, "
                f"over 250 ms {figure['over_250ms']:,}, over 500 ms {figure['over_500ms']:,}"
            )
    for kind, figure in report["reads"].items():
        print(f"read {kind}: hit rate {figure['hit_rate']:.1%}, {ms(figure['latency'])}")
    hit = report["hit_rate_not_acted"]
    print(
        f"hit rate, regular users who did not act since their previous read: {hit['hit_rate']:.1%} "
        f"({hit['hits']:,} of {hit['eligible_reads']:,}); misses by reason {hit['misses_by_reason']}; "
        f"without the misses a refresh explains: {hit['hit_rate_without_refresh_misses']:.1%}"
    )
    print(f"changes to lists announced during the load: {report['lists_changes_announced']}")
    alone = report["refresh_alone"]
    print(
        f"refresh alone (before the load): {alone['seconds']:.1f} s {alone['status']}, steps {alone['steps']}"
    )
    for number, refresh in enumerate(report["refreshes"], 1):
        print(f"refresh {number}: {refresh['seconds']:.1f} s {refresh['status']}, steps {refresh['steps']}")
    print(f"time under refresh: {report['refresh_share_of_time']:.0%} of the load")
    lag = report["upkeep_lag"]
    print(
        f"upkeep lag (202 of /track until its event left the inbox and queue, every {LAG_SAMPLE_EVERY}th, 0.1 s "
        f"resolution): {ms(lag)}, not folded at the end {lag['not_folded']}; queue length max "
        f"{report['queue_length']['max']:,}, mean {report['queue_length']['mean']:,.0f}"
    )
    print(
        f"    acknowledged during refreshes {ms(lag['during_refresh'])}; outside {ms(lag['outside_refresh'])}"
    )
    print(f"client event-loop lag: {ms(report['client_loop_lag'])}")
    for word, figure in report["service_log"].items():
        if figure["count"]:
            print(f"service log: {figure['count']} lines with {word}, e.g. {figure['first'][:2]}")
    for label, figure in report["activity"].items():
        print(
            f"pg_stat_activity {label.replace('_', ' ')}: {figure['active_backends_mean']:.1f} active backends "
            f"per sample ({figure['samples']} samples); top: {figure['top_waits'][:4]}"
        )
        if figure["lock_waits"]:
            print(f"    waiting on locks: {figure['lock_waits']}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--minutes", type=float, default=10)
    parser.add_argument("--clients", type=int, default=16, help="concurrent clients (connections)")
    parser.add_argument(
        "--rate",
        type=float,
        default=100,
        help="requests/s of all clients together (default 100); 0: each client as fast as it gets answers",
    )
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--refresh-every", type=float, help="seconds between refresh starts (default: 120 * minutes / 10)"
    )
    parser.add_argument(
        "--ceiling-seconds", type=float, help="seconds per ceiling measurement (default: 3 to 10)"
    )
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--json", type=Path, help="write the figures here")
    parser.add_argument("--probe", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.probe:
        return probe(args.probe)
    if args.minutes <= 0 or args.clients < 1:
        parser.error("--minutes and --clients must be positive")
    with demo_stack(args.workers, "pgrec_soak_bench", "pgrec-soak-bench-") as stack:
        report = asyncio.run(soak(stack, args))
    missed = goals(report)
    report["goals_missed"] = missed
    print_report(report)
    if args.json:
        args.json.write_text(json.dumps(report, indent=2, default=str) + "\n")
        print(f"figures written to {args.json}")
    if missed:
        print("\ngoals missed:\n  " + "\n  ".join(missed))
        return 1
    print("\nevery goal met: 0 5xx, 0 lost events, /track p99 during refreshes < 250 ms, hit rate >= 90%")
    return 0


if __name__ == "__main__":
    sys.exit(main())
