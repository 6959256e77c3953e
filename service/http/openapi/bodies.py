"""Request bodies: the fields, types and limits the handlers check (params.py, blueprints)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from service.http.blueprints.cart import MAX_CART
from service.http.blueprints.products import MAX_PRODUCTS
from service.http.blueprints.tracking import MAX_BATCH, MAX_QUANTITY
from service.http.clean_input import PRICE_LIMIT
from service.http.openapi.parameters import NOT_BLANK
from service.http.params import MAX_ID_LENGTH, MAX_LIMIT

# check_id: a non-blank string of at most MAX_ID_LENGTH characters.
Id = Annotated[str, StringConstraints(min_length=1, max_length=MAX_ID_LENGTH, pattern=NOT_BLANK)]


class CartRequest(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={"examples": [{"product_ids": ["85123A", "71053"], "limit": 10}]},
    )

    product_ids: list[Id] = Field(
        min_length=1,
        max_length=MAX_CART,
        description="The cart, in the order its products were added (the order weighs them).",
    )
    limit: int = Field(default=10, ge=1, le=MAX_LIMIT)


class Product(BaseModel):
    """A catalog product as PUT /products takes it; unknown fields are refused."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "id": "prod_01",
                    "title": "Enamel mug, red",
                    "price": 12.5,
                    "currency": "EUR",
                    "categories": ["kitchen", "mugs"],
                    "tags": ["enamel"],
                }
            ]
        },
    )

    id: Id
    title: str = Field(min_length=1, pattern=NOT_BLANK, description="Not blank.")
    description: str | None = None
    collection: str | None = None
    product_type: str | None = None
    handle: str | None = None
    thumbnail: str | None = None
    categories: list[str] | None = None
    tags: list[str] | None = None
    price: float | None = Field(default=None, ge=0, lt=PRICE_LIMIT)
    currency: str | None = Field(default=None, pattern=r"^[A-Za-z]{3}$", description="ISO 4217 code.")
    is_active: bool | None = None
    metadata: dict[str, Any] | None = None


class ProductBatch(BaseModel):
    products: list[Product] = Field(min_length=1, max_length=MAX_PRODUCTS)


class TrackEvent(BaseModel):
    """One interaction. `user_id` or `session_id` is required (a session alone is recorded for the user
    `anonymous:<session_id>`)."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "anyOf": [
                {"required": ["user_id"], "properties": {"user_id": {"type": "string"}}},
                {"required": ["session_id"], "properties": {"session_id": {"type": "string"}}},
            ],
            "examples": [
                {"user_id": "17841", "product_id": "85123A", "interaction_type": "view"},
                {
                    "session_id": "s-42",
                    "product_id": "71053",
                    "interaction_type": "add_to_cart",
                    "quantity": 2,
                },
            ],
        },
    )

    user_id: Id | None = None
    session_id: Id | None = None
    product_id: Id
    interaction_type: str = Field(
        pattern=r"^[a-z][a-z0-9_]{0,62}$",
        description="view, click, add_to_cart, purchase, wishlist, ... (a type of rec_interaction_weights).",
    )
    quantity: int | None = Field(default=None, ge=1, le=MAX_QUANTITY)
    context: dict[str, Any] | None = None
    request_id: UUID | None = Field(default=None, description="The list answer that led to this event.")
    occurred_at: datetime | None = Field(default=None, description="With a time zone; default now.")
    unit_price: float | None = Field(default=None, ge=0, lt=PRICE_LIMIT)
    external_id: Id | None = Field(default=None, description="Recorded once per user (idempotency).")


class TrackBatch(BaseModel):
    events: list[TrackEvent] = Field(min_length=1, max_length=MAX_BATCH)
