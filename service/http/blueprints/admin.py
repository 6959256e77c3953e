"""POST /admin/refresh starts a refresh of preferences, basket pairs, neighbours and segments in the
background (202 and a job to poll); GET /admin/refresh/<job_id> reports it."""

from __future__ import annotations

import uuid
from datetime import datetime

from sanic import Blueprint, Request
from sanic.response import HTTPResponse, json

from service.http import refresh_jobs
from service.http.api_errors import bad_request, not_found

bp = Blueprint("admin")


def _json_value(value: object) -> str:
    """Timestamps as ISO 8601 (RFC 3339, what the OpenAPI document says), anything else as text."""
    return value.isoformat() if isinstance(value, datetime) else str(value)


def _shaped(job: dict[str, object]) -> dict[str, object]:
    return {**job, "poll": f"/admin/refresh/{job['job_id']}"}


@bp.post("/admin/refresh")
async def refresh(request: Request) -> HTTPResponse:
    """202 at once with `{"job_id", "status": "running", "poll"}`: CALL rec_refresh() runs in the
    background, committing per step (each step shows in the job as it ends); the cached lists it
    changes are turned over as it commits (it announces them with NOTIFY, service/http/cache.py).
    While a refresh runs, a second request gets that one (the same job_id) instead of starting another."""
    ctx = request.app.ctx
    job = _shaped(await refresh_jobs.start(ctx.admin_database, ctx.refresh_tasks))
    return json(job, status=202, headers={"location": str(job["poll"])}, default=_json_value)


@bp.get("/admin/refresh/<job_id:str>")
async def refresh_status(request: Request, job_id: str) -> HTTPResponse:
    """The job: status running, done (with each step's changed rows and seconds) or failed (error)."""
    try:
        uuid.UUID(job_id)
    except ValueError:
        raise bad_request("job_id", "not a job id (a UUID)") from None
    job = await refresh_jobs.job(request.app.ctx.admin_database, job_id)
    if job is None:
        raise not_found("job_id", f"no refresh job {job_id}")
    return json(_shaped(job), default=_json_value)
