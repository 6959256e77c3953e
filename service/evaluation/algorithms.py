"""The recommenders an evaluation scores, behind one call: `recommend(user, k, new_only)`.
pgrec's rank in SQL (rec_popular, rec_trending, rec_personalized, rec_buy_again as of the cutoff); the
numpy baselines are wrapped so that new_only drops what the user bought before the cutoff."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

import psycopg
from psycopg import sql

from service.evaluation.baselines import Baseline

# new: the user's later purchases of products new to them; repeat: all their later purchases; returning:
# repeat over the users who bought something before the cutoff (runner.py).
PROTOCOLS: tuple[str, ...] = ("new", "repeat", "returning")


class Algorithm(Protocol):
    name: str
    protocols: tuple[str, ...]  # the protocols it is scored on

    def recommend(self, user: str, k: int, new_only: bool) -> list[str]: ...


@dataclass(frozen=True)
class Weights:
    """content_weight / collab_weight of rec_personalized; None = the function's own defaults."""

    content: float | None = None
    collab: float | None = None


# The served configuration: rec_personalized's defaults, whatever they are in SQL.
SQL_VARIANTS: dict[str, Weights] = {
    "content": Weights(1.0, 0.0),
    "collaborative": Weights(0.0, 1.0),
    "hybrid": Weights(),
}
# The served configuration with the diversity cap: at most this many products of one category.
CAPPED: dict[str, int] = {"hybrid-cap2": 2}


def personalized(
    conn: psycopg.Connection[Any],
    user: str,
    k: int,
    new_only: bool,
    as_of: datetime,
    weights: Weights,
    max_per_category: int | None = None,
) -> list[str]:
    """rec_personalized(user, k, ..., exclude_purchased => new_only, as_of => as_of): product ids."""
    arguments: dict[str, object] = {"user_id": user, "k": k, "exclude_purchased": new_only, "as_of": as_of}
    if max_per_category is not None:
        arguments["max_per_category"] = max_per_category
    if weights.content is not None:
        arguments["content_weight"] = weights.content
    if weights.collab is not None:
        arguments["collab_weight"] = weights.collab
    named = sql.SQL(", ").join(
        sql.SQL("{} => {}").format(sql.Identifier(name), sql.Placeholder(name)) for name in arguments
    )
    query = sql.SQL("select product_id from rec_personalized({})").format(named)
    return [row[0] for row in conn.execute(query, arguments)]


@dataclass
class Personalized:
    """rec_personalized with fixed weights on a connection (whose pgrec.collab_method applies)."""

    name: str
    conn: psycopg.Connection[Any]
    as_of: datetime
    weights: Weights
    max_per_category: int | None = None
    protocols: tuple[str, ...] = PROTOCOLS

    def recommend(self, user: str, k: int, new_only: bool) -> list[str]:
        return personalized(self.conn, user, k, new_only, self.as_of, self.weights, self.max_per_category)


@dataclass
class BuyAgain:
    """rec_buy_again as of the cutoff: the served buy-again list, products the user bought, then with
    fill 'popular' (the function's and the route's default) popular products up to k; scored on the
    repeat and returning protocols only (it is a list of purchases, not of new products)."""

    conn: psycopg.Connection[Any]
    as_of: datetime
    name: str = "buy-again"
    fill: str = "popular"
    protocols: tuple[str, ...] = ("repeat", "returning")

    def recommend(self, user: str, k: int, new_only: bool) -> list[str]:
        query = "select product_id from rec_buy_again(%s, %s, as_of => %s, fill => %s)"
        return [row[0] for row in self.conn.execute(query, (user, k, self.as_of, self.fill))]


@dataclass
class Ranked:
    """A list that is the same for every user (popular, trending); new_only drops the user's
    purchases from it, as exclude_purchased would."""

    name: str
    ranking: list[str]
    purchased: Mapping[str, set[str]]
    protocols: tuple[str, ...] = PROTOCOLS

    def recommend(self, user: str, k: int, new_only: bool) -> list[str]:
        bought = self.purchased.get(user, set()) if new_only else set()
        return [item for item in self.ranking if item not in bought][:k]


@dataclass
class Fitted:
    """A numpy baseline; new_only excludes the user's purchases before the cutoff."""

    baseline: Baseline
    purchased: Mapping[str, set[str]]
    name: str = field(init=False)
    protocols: tuple[str, ...] = PROTOCOLS

    def __post_init__(self) -> None:
        self.name = self.baseline.name

    def recommend(self, user: str, k: int, new_only: bool) -> list[str]:
        exclude = self.purchased.get(user, set()) if new_only else set()
        return self.baseline.recommend(user, k, exclude)


def sql_ranking(conn: psycopg.Connection[Any], query: str, params: tuple[object, ...]) -> list[str]:
    return [row[0] for row in conn.execute(query, params)]  # type: ignore[arg-type]


def sql_algorithms(
    conn: psycopg.Connection[Any],
    as_of: datetime,
    purchased: Mapping[str, set[str]],
    depth: int,
    ease_conn: psycopg.Connection[Any] | None = None,
) -> list[Algorithm]:
    """popular, trending (7 days before as_of), content, collaborative, hybrid, hybrid-cap2 (the served
    list with max_per_category 2), buy-again (repeat and returning protocols), buy-again-own (no fill,
    returning); with `ease_conn` (a session with pgrec.collab_method = 'ease') also collaborative-ease
    and hybrid-ease.
    `depth`: how far down the shared lists go, enough for k after dropping a user's purchases."""
    depth = min(depth, 1000)
    found: list[Algorithm] = [
        Ranked("popular", sql_ranking(conn, "select product_id from rec_popular(%s)", (depth,)), purchased),
        Ranked(
            "trending",
            sql_ranking(conn, "select product_id from rec_trending(%s, as_of => %s)", (depth, as_of)),
            purchased,
        ),
    ]
    found += [Personalized(name, conn, as_of, weights) for name, weights in SQL_VARIANTS.items()]
    found += [Personalized(name, conn, as_of, Weights(), cap) for name, cap in CAPPED.items()]
    found.append(BuyAgain(conn, as_of))
    # only what the customer bought (no fill): on returning customers, what the ranking of their own
    # products alone is worth
    found.append(BuyAgain(conn, as_of, "buy-again-own", "none", ("returning",)))
    if ease_conn is not None:
        found += [
            Personalized(f"{name}-ease", ease_conn, as_of, SQL_VARIANTS[name])
            for name in ("collaborative", "hybrid")
        ]
    return found
