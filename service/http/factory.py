"""`create_app(settings)`: the Sanic application (no module-level app, so it can be built per worker
and several times in one test process)."""

from __future__ import annotations

import asyncio
import functools
import gc
import logging
import time
import uuid
from types import SimpleNamespace
from typing import Any

from sanic import Request, Sanic
from sanic.config import Config
from sanic.response import HTTPResponse

from service.core.config import Settings
from service.http import api_errors, clean_input
from service.http.admin_database import open_admin_database
from service.http.blueprints import (
    admin,
    analytics,
    cart,
    demo_page,
    health,
    metrics,
    products,
    recommendations,
    search,
    tracking,
    trending,
)
from service.http.cache import Cache
from service.http.database import Database
from service.http.db import make_pool
from service.http.impressions import ImpressionLog
from service.http.lists_epoch import ListsEpoch
from service.http.metrics import Metrics, sample_process_every
from service.http.model_refit import ModelRefit
from service.http.openapi import ui as openapi_ui
from service.http.query_encoder import QueryEncoder
from service.http.replicas import Replicas
from service.http.request_ids import new_request_id
from service.http.route_access import bearer_matches, required_key
from service.http.stored_lists import StoredLists
from service.http.upkeep import Upkeep
from service.http.watermarks import Watermarks
from service.local import sources

log = logging.getLogger("pgrec.service")

MAX_BODY_BYTES = 1024 * 1024
BLUEPRINTS = (
    health,
    tracking,
    recommendations,
    products,
    cart,
    trending,
    search,
    admin,
    analytics,
    metrics,
)
PRELOAD_MODES = ("off", "blocking", "background")
LISTEN_WAIT_SECONDS = 2.0
_startup_frozen = False


def _app_name(name: str | None) -> str:
    if name:
        return name
    return "pgrec" if "pgrec" not in Sanic._app_registry else f"pgrec_{uuid.uuid4().hex[:12]}"


def client_gone(request: Request) -> bool:
    """The connection closed before the response was sent (Sanic sets `conn_info.lost` in
    connection_lost, then cancels the handler)."""
    conn_info = request.conn_info
    return conn_info is not None and conn_info.lost


def create_app(
    settings: Settings | None = None,
    *,
    name: str | None = None,
    preload_model: str = "off",
    demo: bool = False,
) -> Sanic[Config, SimpleNamespace]:
    """The service. Database and Redis come from `settings` (embedded servers when unset).
    `preload_model`: when the query embedding model loads: "background" (serve at once, load it in a
    thread after start-up), "blocking" (before the worker serves) or "off" (on the first /search).
    Until it is loaded /search answers 503 `model_loading`; everything else never needs it.
    `demo`: also serve the demo page and /demo/* (`pgrec demo` only; `pgrec serve` answers 404 there).
    Tests may put an already-open pool on `app.ctx.pool`, a Cache on `app.ctx.cache` and a started
    ListsEpoch on `app.ctx.lists_epoch`: the start-up listener then leaves them alone and the stop
    listener does not close them."""
    settings = settings or Settings.from_env()
    app = Sanic(_app_name(name))
    app.config.FALLBACK_ERROR_FORMAT = "json"
    app.config.REQUEST_MAX_SIZE = MAX_BODY_BYTES
    app.config.CORS = bool(settings.cors_origins)
    app.config.CORS_ORIGINS = ",".join(settings.cors_origins)
    app.config.CORS_ALLOW_HEADERS = "authorization,content-type"
    app.config.CORS_EXPOSE_HEADERS = "x-request-id"
    app.config.OAS = False  # sanic-ext's generator off: service/http/openapi builds and serves /docs
    app.ctx.settings = settings
    app.ctx.pool = None
    app.ctx.database = None
    app.ctx.admin_database = (
        None  # refresh, upkeep, catalog writes: PGREC_ADMIN_DATABASE_URL's pool or `database`
    )
    app.ctx.admin_pool = None
    app.ctx.cache = None
    app.ctx.lists_epoch = None
    app.ctx.watermarks = None
    app.ctx.replicas = None  # read replicas (PGREC_REPLICA_URLS), else None
    app.ctx.owns_pool = False
    app.ctx.owns_cache = False
    app.ctx.owns_lists_epoch = False
    app.ctx.owns_replicas = False
    app.ctx.metrics = Metrics()
    app.ctx.refresh_tasks = set()
    app.ctx.upkeep = None
    app.ctx.model_refit = None
    app.ctx.impressions = ImpressionLog()
    app.ctx.stored_lists = StoredLists()
    app.ctx.encoder = QueryEncoder(settings.embedding_model)
    if preload_model not in PRELOAD_MODES:
        raise ValueError(f"preload_model: expected one of {PRELOAD_MODES}, got {preload_model!r}")
    app.ctx.preload_model = preload_model
    for module in BLUEPRINTS:
        app.blueprint(module.bp)
    if demo:
        app.blueprint(demo_page.bp)
    openapi_ui.install(app, MAX_BODY_BYTES)
    app.error_handler.add(Exception, api_errors.render)

    @app.before_server_start
    async def open_resources(app: Sanic[Config, SimpleNamespace], _: Any = None) -> None:
        ctx = app.ctx
        renewal = None  # a pool given by a test stays the only one
        if ctx.pool is None:
            url = settings.database_url or sources.database_url(settings)
            renewal = functools.partial(make_pool, url)  # the first pool and any fresh one alike
            ctx.pool = renewal()
            await ctx.pool.open(wait=False)
            ctx.owns_pool = True
        if ctx.cache is None:
            redis_url = sources.redis_url(settings) if settings.redis_url is None else settings.redis_url
            ctx.cache = Cache.from_url(redis_url, settings.cache_ttl, settings.redis_timeout_ms, ctx.metrics)
            ctx.owns_cache = True
        ctx.cache.metrics = ctx.metrics
        if ctx.database is None or ctx.database.pool is not ctx.pool:
            ctx.database = Database(ctx.pool, fresh_pool=renewal)
        if ctx.admin_pool is None:
            ctx.admin_database, ctx.admin_pool = await open_admin_database(
                settings.admin_database_url, ctx.database
            )
        if ctx.watermarks is None or ctx.watermarks.database is not ctx.database:
            ctx.watermarks = Watermarks(ctx.database)
        if ctx.lists_epoch is None and ctx.cache.enabled:
            ctx.lists_epoch = ListsEpoch(ctx.database.conninfo)
            ctx.lists_epoch.start()
            ctx.owns_lists_epoch = True
            # Cached lists are served once the LISTEN is in place (a few ms); a database that is down
            # delays the start by at most this, and the listener keeps trying in the background.
            await ctx.lists_epoch.wait_listening(LISTEN_WAIT_SECONDS)
        if ctx.replicas is None and settings.replica_urls:
            ctx.replicas = await Replicas.open(
                settings.replica_urls, settings.replica_max_lag_ms, ctx.database
            )
            ctx.owns_replicas = True
        ctx.impressions.database = ctx.database
        ctx.stored_lists.database = ctx.database
        ctx.batch_writes = asyncio.Semaphore(tracking.CONCURRENT_BATCHES_PER_WORKER)

    @app.before_server_start
    async def load_model(app: Sanic[Config, SimpleNamespace], _: Any = None) -> None:
        if app.ctx.preload_model == "blocking" and app.ctx.encoder.state == "not_loaded":
            app.ctx.encoder.load_now()  # failures are reported by /health and by /search

    @app.after_server_start
    async def freeze_startup_objects(app: Sanic[Config, SimpleNamespace], _: Any = None) -> None:
        # Modules, pools and (when preloaded) the model live as long as the worker: keep them out of
        # the cyclic collector's full collections, which otherwise pause every request in flight.
        # Once per process (tests start many apps in one).
        global _startup_frozen
        if not _startup_frozen:
            gc.collect()
            gc.freeze()
            _startup_frozen = True

    @app.after_server_start
    async def warm_model(app: Sanic[Config, SimpleNamespace], _: Any = None) -> None:
        # After freeze_startup_objects. The thread keeps the loop answering (see QueryEncoder).
        if app.ctx.preload_model == "background":
            app.ctx.encoder.start_loading()

    @app.after_server_start
    async def start_upkeep(app: Sanic[Config, SimpleNamespace], _: Any = None) -> None:
        if app.ctx.admin_database.conninfo:  # a pool built from a callable has no URL to connect with
            app.ctx.upkeep = Upkeep(app.ctx.admin_database.conninfo, settings.upkeep_interval_ms)
            app.ctx.upkeep.start()
            app.ctx.model_refit = ModelRefit(
                app.ctx.admin_database.conninfo, settings.model_check_interval_ms
            )
            app.ctx.model_refit.start()

    @app.after_server_start
    async def start_process_sampling(app: Sanic[Config, SimpleNamespace], _: Any = None) -> None:
        sampling = sample_process_every(app.ctx.metrics)
        app.ctx.process_sampling = asyncio.get_running_loop().create_task(sampling)

    @app.before_server_stop
    async def stop_process_sampling(app: Sanic[Config, SimpleNamespace], _: Any = None) -> None:
        task = getattr(app.ctx, "process_sampling", None)
        if task is not None:
            task.cancel()
        app.ctx.metrics.worker_stopped()

    @app.before_server_stop
    async def flush_impressions(app: Sanic[Config, SimpleNamespace], _: Any = None) -> None:
        await app.ctx.impressions.flush()

    @app.before_server_stop
    async def flush_stored_lists(app: Sanic[Config, SimpleNamespace], _: Any = None) -> None:
        await app.ctx.stored_lists.flush()

    @app.before_server_stop
    async def stop_upkeep(app: Sanic[Config, SimpleNamespace], _: Any = None) -> None:
        if app.ctx.upkeep is not None:
            await app.ctx.upkeep.stop()
        if app.ctx.model_refit is not None:
            await app.ctx.model_refit.stop()

    @app.after_server_stop
    async def close_resources(app: Sanic[Config, SimpleNamespace], _: Any = None) -> None:
        ctx = app.ctx
        if ctx.owns_lists_epoch and ctx.lists_epoch is not None:
            await ctx.lists_epoch.stop()
            ctx.lists_epoch, ctx.owns_lists_epoch = None, False
        if ctx.watermarks is not None:
            await ctx.watermarks.close()
        if ctx.owns_replicas and ctx.replicas is not None:
            await ctx.replicas.close()
            ctx.replicas, ctx.owns_replicas = None, False
        if ctx.database is not None:
            await ctx.database.close()
        if ctx.admin_pool is not None:
            await ctx.admin_database.close()
            await ctx.admin_pool.close()
            ctx.admin_database, ctx.admin_pool = None, None
        if ctx.owns_pool and ctx.pool is not None:
            await ctx.pool.close()
            ctx.pool, ctx.owns_pool = None, False
        if ctx.owns_cache and ctx.cache is not None:
            await ctx.cache.close()
            ctx.cache, ctx.owns_cache = None, False

    @app.on_request(priority=100)  # type: ignore[call-arg, untyped-decorator]
    async def begin(request: Request) -> HTTPResponse | None:
        request.ctx.started = time.perf_counter()
        request.ctx.request_id = new_request_id()
        length = request.headers.get("content-length")
        if length and length.isdigit() and int(length) > MAX_BODY_BYTES:
            raise api_errors.ApiError(413, "payload_too_large", "body: larger than 1 MiB", "body")
        authorization = request.headers.get("authorization", "")
        # A call with the API key is the store's server: it gets full reasons (see lists.py).
        request.ctx.has_api_key = settings.api_key is not None and bearer_matches(
            authorization, settings.api_key
        )
        route_path = None if request.route is None else request.route.path
        required = required_key(request.method, route_path, settings)
        if required is not None:
            setting, key = required
            if not bearer_matches(authorization, key):
                raise api_errors.ApiError(
                    401,
                    "unauthorized",
                    f"authorization: a valid 'Bearer <{setting}>' header is required",
                    "authorization",
                )
        clean_input.check_request(request)
        return None

    @app.on_response(priority=100)  # type: ignore[no-untyped-call, untyped-decorator]
    async def finish(request: Request, response: HTTPResponse) -> None:
        request_id = getattr(request.ctx, "request_id", None)
        if request_id:
            response.headers["x-request-id"] = request_id
        started = getattr(request.ctx, "started", None)
        if started is not None:
            route = "/" + (request.route.path if request.route else "unmatched").lstrip("/")
            if client_gone(request):
                # Sanic cancels the handler when the client disconnects and renders the
                # RequestCancelled as a 500 that nobody receives: not an answer.
                app.ctx.metrics.abandoned(route, request.method)
            else:
                app.ctx.metrics.observe(route, request.method, response.status, time.perf_counter() - started)

    return app
