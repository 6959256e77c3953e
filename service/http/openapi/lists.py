"""The answer of every list endpoint (service/http/lists.py serve_list): the ranked items under
`recommendations` and the list's metadata; trending and search add a field each."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

_ITEM_EXAMPLE: dict[str, Any] = {
    "id": "85123A",
    "title": "WHITE HANGING HEART T-LIGHT HOLDER",
    "thumbnail": None,
    "price": 2.55,
    "score": 0.87,
    "reason": {
        "rule": "content",
        "text": "similar to WOODEN FRAME ANTIQUE WHITE",
        "anchor_product_id": "22469",
        "anchor_title": "WOODEN FRAME ANTIQUE WHITE",
    },
}


class Reason(BaseModel):
    """Why a product is listed (_rec_reason in SQL). Without the API key a customer's or session's list gives
    only `{"rule": "personalized", "text": "picked for you"}` or popular/trending (public_reasons.py) unless
    PGREC_PUBLIC_REASONS=full."""

    rule: str | None = Field(
        default=None, description="content, collaborative, history, popular, trending, buy_again, search, ..."
    )
    text: str | None = Field(default=None, description="The reason in words.")
    anchor_product_id: str | None = Field(default=None, description="The product it relates to.")
    anchor_title: str | None = None


class ListItem(BaseModel):
    """One ranked product, in the SQL function's order (list_shape.ITEM_KEYS)."""

    model_config = ConfigDict(json_schema_extra={"examples": [_ITEM_EXAMPLE]})

    id: str = Field(description="The product id (rec_products.id).")
    title: str
    thumbnail: str | None
    price: float | None
    score: float | None = Field(
        description="The ranking score (higher first); its scale depends on the algorithm."
    )
    reason: Reason | None = Field(description="Why it is listed; null when the algorithm gives none.")


class RankedList(BaseModel):
    """A ranked list. `cached`: answered from Redis or rec_recommendations_cache (header X-Pgrec-Cache
    says which); `request_id` links later /track events (their `request_id`) to this answer."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "recommendations": [_ITEM_EXAMPLE],
                    "algorithm": "hybrid",
                    "cached": False,
                    "request_id": "0f9a3c1e-2b4d-4e6f-8a1b-3c5d7e9f1a2b",
                }
            ]
        },
    )

    recommendations: list[ListItem]
    algorithm: str = Field(
        description="hybrid, session, buy_again, similar_<method>, bought_together, cart, trending or search."
    )
    cached: bool
    request_id: str = Field(description="This answer's id (also the X-Request-Id header).")


class TrendingList(RankedList):
    window_seconds: int = Field(description="The trending window in seconds.", examples=[604800])


class SearchList(RankedList):
    query: str = Field(description="The search text as given.", examples=["red mug"])
