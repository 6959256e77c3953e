"""Lists cut from a longer stored one. rec_personalized and rec_session_recommendations draw the same
candidate pools for every k up to 50 and remove exclude_ids only after the scoring
(sql_functions/070-personalized.sql), so the list for (k, exclude) is the list of 50 without exclude, minus
those products, cut to k, whenever that leaves k products (or the list of 50 was shorter: nothing follows it).
A storefront asks for the same user's list with a different exclude on every page (the product shown, the
cart); each such request misses its own Redis key, and is answered from the user's stored list of 50
(rec_recommendations_cache, lists.py) instead of ranking again. tests/sql/test_list_prefixes.py holds the
functions to that promise."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

BASE_K = 50  # the longest k whose pools are the same (v_pool in _rec_rank)


@dataclass(frozen=True)
class ListBase:
    """The stored list a request is cut from: `args` are the request's with k = BASE_K and no exclusions;
    the answer is its items without `exclude`, the first `k`."""

    args: dict[str, Any]
    exclude: frozenset[str]
    k: int


def list_base(args: dict[str, Any], derivable: bool = True) -> ListBase | None:
    """The base of a request with these arguments ("k", "exclude" and the rest), or None when its list
    cannot be cut from the list of 50 (k above 50, or `derivable` false: e.g. a category cap, which counts the
    excluded products' places)."""
    if not derivable or args["k"] > BASE_K:
        return None
    return ListBase({**args, "k": BASE_K, "exclude": []}, frozenset(args["exclude"]), args["k"])


def cut(base: ListBase, items_json: bytes, ids: list[str]) -> tuple[bytes, list[str]] | None:
    """The answer cut from the stored list (`items_json`, `ids` as the list query returns them), or None when
    fewer than k products are left of a full list of 50 (the products after it are unknown)."""
    kept = [place for place, product_id in enumerate(ids) if product_id not in base.exclude]
    if len(kept) < base.k and len(ids) >= BASE_K:
        return None
    kept = kept[: base.k]
    if len(kept) == len(ids):
        return items_json, ids
    items = json.loads(items_json)
    return json.dumps([items[place] for place in kept]).encode(), [ids[place] for place in kept]
