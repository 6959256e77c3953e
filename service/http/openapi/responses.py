"""Response bodies other than lists and errors, field for field as the handlers build them."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field


class DatabaseState(BaseModel):
    status: Literal["up", "down"]
    latency_ms: float | None = Field(default=None, description="When up.")
    error: str | None = Field(default=None, description="When down: the error's type.")


class CacheState(BaseModel):
    status: str = Field(description="up, down or off (no Redis configured).")
    lists_epoch: Literal["listening", "not_listening"]


class ModelState(BaseModel):
    status: Literal["not_loaded", "loading", "loaded", "error"]
    name: str | None
    error: str | None
    load_seconds: float | None


class Health(BaseModel):
    status: Literal["healthy", "degraded", "unhealthy"]
    service: str
    database: DatabaseState
    cache: CacheState
    model: ModelState


class Tracked(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{"id": 1234, "duplicate": False}]})

    id: int | None = Field(description="The event's id; null when `external_id` was already recorded.")
    duplicate: bool


class Upserted(BaseModel):
    upserted: int = Field(ge=0)
    inserted: int = Field(ge=0)
    updated: int = Field(ge=0)
    ids: list[str]


class Deactivated(BaseModel):
    id: str
    is_active: Literal[False]


class RefreshJob(BaseModel):
    """A refresh job (a row of rec_refresh_jobs) and the URL to poll."""

    job_id: str = Field(description="A UUID.")
    status: Literal["running", "done", "failed"]
    requested_at: datetime
    finished_at: datetime | None
    steps: Any = Field(
        description="Each step done so far: its changed rows and seconds (null before the first)."
    )
    error: str | None
    poll: str = Field(
        description="GET this path for the job's state.",
        examples=["/admin/refresh/0f9a3c1e-2b4d-4e6f-8a1b-3c5d7e9f1a2b"],
    )


class AlgorithmTotals(BaseModel):
    algorithm: str
    impressions: int
    clicks: int
    ctr: float = Field(description="clicks / impressions")
    add_to_carts: int
    purchases: int
    conversion: float = Field(description="purchases / impressions")
    revenue: float


class DailyRow(AlgorithmTotals):
    """A row of rec_analytics_daily."""

    day: date


class AnalyticsSummary(BaseModel):
    days: int
    daily: list[DailyRow]
    by_algorithm: list[AlgorithmTotals]


class Customer(BaseModel):
    user_id: str
    interactions: int
    last_seen_at: datetime | None
    segment: str | None


class Customers(BaseModel):
    customers: list[Customer]


class Rejection(BaseModel):
    """A bad event of a batch: its position in the input and why (the error an atomic batch would give)."""

    index: int = Field(ge=0)
    field: str | None = Field(examples=["events[3].product_id"])
    code: str = Field(examples=["invalid_parameter"])
    message: str


class TrackedBatch(BaseModel):
    """What a batch stored: `ids` in input order (null for a duplicate `external_id` or a rejected event)."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {"ids": [101, None, 102], "count": 3, "accepted": 2, "duplicates": 0, "rejected": []}
            ]
        }
    )

    ids: list[int | None]
    count: int = Field(ge=1, description="Events in the batch.")
    accepted: int = Field(ge=0, description="Events that were valid (stored or duplicates).")
    duplicates: int = Field(ge=0)
    rejected: list[Rejection]
