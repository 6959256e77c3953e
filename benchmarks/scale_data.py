"""A deterministic (seeded) scale data set: a catalog with realistic text and a power-law event log.

`.venv/bin/python -m benchmarks.scale_data OUT_DIR [--products N --users N --interactions N]`
writes `products.jsonl` and `interactions.jsonl` in the formats of `pgrec import products` and
`pgrec import interactions`, and `parameters.json`; a later run with the same parameters reuses
the files. Defaults: 50,000 products, 100,000 users, 1,000,000 interactions.

Catalog: see benchmarks.scale_catalog (products composed from a vocabulary, Zipf popularity).

Events: every user has at least one session; further sessions go to users by a heavy-tailed (Pareto) activity weight. A
session starts in one of the user's 1-3 favourite sub-categories (drawn by popularity, so the
marginal product popularity stays Zipf), views products there, some get clicked, some of those
go to the cart, and after a cart the shopper often looks at a complementary sub-category (a
jacket, then scarves). A session that carted something ends in an order with probability
ORDER_PROBABILITY: one purchase event per bought product, all with the same
`context.order_id`. Session start times spread over MONTHS months before `end` with activity
growing towards the end (a visit that would run past `end` is moved back); events are written in
time order, each with an external_id.
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import json
import math
import random
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from benchmarks.scale_catalog import Catalog, make_catalog

ACTIVITY_PARETO_ALPHA = 1.3
MAX_ACTIVITY = 300.0  # no single user takes more than ~300x the typical share of sessions
MONTHS = 12
CLICK_PROBABILITY = 0.3
CART_PROBABILITY = 0.35  # of a click
BROWSE_AFTER_CART = 4  # events a shopper adds to the session after each cart
ORDER_PROBABILITY = 0.6  # of a session with something in the cart
COMPLEMENT_PROBABILITY = 0.4  # after a cart, the next product comes from the complementary sub-category
GENERATOR_VERSION = 2  # bump when the output for the same parameters changes
MANIFEST = "parameters.json"


@dataclass(frozen=True)
class ScaleConfig:
    products: int = 50_000
    users: int = 100_000
    interactions: int = 1_000_000
    seed: int = 42
    end: datetime = datetime(2026, 11, 25, tzinfo=UTC)  # no event after it; the benchmark passes today


def _pick(rng: random.Random, names: list[str], cumulative: list[float]) -> str:
    return names[min(bisect.bisect(cumulative, rng.random() * cumulative[-1]), len(names) - 1)]


def _sample_product(rng: random.Random, catalog: Catalog, subcategory: str) -> int:
    indices, cumulative = catalog.by_subcategory[subcategory]
    return indices[min(bisect.bisect(cumulative, rng.random() * cumulative[-1]), len(indices) - 1)]


def _session_start(rng: random.Random, end_epoch: float, span: float) -> float:
    # half uniform, half growing linearly towards the end: a store whose traffic grows
    fraction = rng.random() if rng.random() < 0.5 else math.sqrt(rng.random())
    return end_epoch - span * (1 - fraction) - rng.uniform(600, 3600)


Row = tuple[float, int, int, str, int, int, int]  # time, user, product index, type, session, order, quantity


def _session_rows(
    rng: random.Random,
    catalog: Catalog,
    user: int,
    session: int,
    focus: str,
    start: float,
    order_no: Iterator[int],
) -> list[Row]:
    """One visit: views in the focus sub-category, some clicks and carts, often an order."""
    rows: list[Row] = []
    now = start
    budget = 1 + min(int(rng.expovariate(1 / 3.0)), 60)
    carted: list[int] = []
    emitted = 0
    while emitted < budget:
        use_complement = carted and rng.random() < COMPLEMENT_PROBABILITY
        product = _sample_product(rng, catalog, catalog.complement[focus] if use_complement else focus)
        now += rng.uniform(15, 240)
        rows.append((now, user, product, "view", session, -1, 1))
        emitted += 1
        if rng.random() < CLICK_PROBABILITY:
            now += rng.uniform(2, 30)
            rows.append((now, user, product, "click", session, -1, 1))
            emitted += 1
            if rng.random() < CART_PROBABILITY:
                now += rng.uniform(10, 120)
                quantity = 1 if rng.random() < 0.85 else rng.randint(2, 4)
                rows.append((now, user, product, "add_to_cart", session, -1, quantity))
                emitted += 1
                carted.append(product)
                budget += BROWSE_AFTER_CART
    if carted and rng.random() < ORDER_PROBABILITY:
        order = next(order_no)
        now += rng.uniform(60, 600)
        bought = [p for p in dict.fromkeys(carted) if rng.random() < 0.85] or [carted[0]]
        for product in bought:
            quantity = 1 if rng.random() < 0.85 else rng.randint(2, 4)
            rows.append((now, user, product, "purchase", session, order, quantity))
    return rows


def generate_rows(config: ScaleConfig, catalog: Catalog) -> list[Row]:
    """`config.interactions` events as compact tuples, sorted by time; none after `config.end`."""
    rng = random.Random(f"{config.seed}:events")
    users = min(config.users, config.interactions)
    subcategories = sorted(catalog.by_subcategory)
    sub_cumulative = list(itertools.accumulate(catalog.subcategory_weight[s] for s in subcategories))
    favourites = [
        [_pick(rng, subcategories, sub_cumulative) for _ in range(rng.choice((1, 2, 2, 3)))]
        for _ in range(users)
    ]
    activity = list(
        itertools.accumulate(
            min(rng.paretovariate(ACTIVITY_PARETO_ALPHA), MAX_ACTIVITY) for _ in range(users)
        )
    )
    end_epoch = config.end.timestamp()
    span = timedelta(days=round(MONTHS * 365 / 12)).total_seconds()
    rows: list[Row] = []
    order_no = itertools.count()
    for session in itertools.count():
        if len(rows) >= config.interactions:
            break
        user = (
            session
            if session < users
            else min(bisect.bisect(activity, rng.random() * activity[-1]), users - 1)
        )
        focus = (
            rng.choice(favourites[user]) if rng.random() < 0.8 else _pick(rng, subcategories, sub_cumulative)
        )
        visit = _session_rows(
            rng, catalog, user, session, focus, _session_start(rng, end_epoch, span), order_no
        )
        overshoot = visit[-1][0] - (end_epoch - 60)
        if overshoot > 0:  # a long visit that would run past the end: it happened a little earlier
            visit = [(at - overshoot, *rest) for at, *rest in visit]  # type: ignore[misc]
        rows.extend(visit)
    del rows[config.interactions :]
    rows.sort(key=lambda row: (row[0], row[4]))
    return rows


def event_records(rows: list[Row], catalog: Catalog) -> Iterator[dict[str, Any]]:
    """The `pgrec import interactions` record of each row, numbered ev-00000000... in time order."""
    for number, (at, user, product_index, kind, session, order, quantity) in enumerate(rows):
        product = catalog.products[product_index]
        event: dict[str, Any] = {
            "external_id": f"ev-{number:08d}",
            "user_id": f"user-{user:06d}",
            "session_id": f"sess-{session:07d}",
            "product_id": product.id,
            "interaction_type": kind,
            "occurred_at": datetime.fromtimestamp(round(at), UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        }
        if quantity != 1:
            event["quantity"] = quantity
        if kind in ("add_to_cart", "purchase"):
            event["unit_price"] = f"{product.price:.2f}"
        if order >= 0:
            event["context"] = {"order_id": f"order-{order:07d}"}
        yield event


def write_jsonl(path: Path, records: Iterable[dict[str, Any]]) -> int:
    """Write `records` as JSON lines (to a temporary name first, so a killed run leaves no half file)."""
    count = 0
    partial = path.with_name(path.name + ".partial")
    with partial.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, separators=(",", ":")))
            handle.write("\n")
            count += 1
    partial.replace(path)
    return count


@dataclass
class ScaleData:
    config: ScaleConfig
    products: int
    events: int
    products_file: Path
    interactions_file: Path
    reused: bool = False


def parameters(config: ScaleConfig) -> dict[str, Any]:
    """What identifies a data set: equal parameters, equal files."""
    return {
        "generator": GENERATOR_VERSION,
        "products": config.products,
        "users": config.users,
        "interactions": config.interactions,
        "seed": config.seed,
        "end": config.end.isoformat(),
    }


def write_scale_data(config: ScaleConfig, directory: Path) -> ScaleData:
    """Generate the data set and write products.jsonl, interactions.jsonl and parameters.json."""
    directory.mkdir(parents=True, exist_ok=True)
    manifest = directory / MANIFEST
    manifest.unlink(missing_ok=True)
    catalog = make_catalog(config.products, config.seed)
    products_file, interactions_file = directory / "products.jsonl", directory / "interactions.jsonl"
    products = write_jsonl(products_file, (product.record() for product in catalog.products))
    events = write_jsonl(interactions_file, event_records(generate_rows(config, catalog), catalog))
    manifest.write_text(json.dumps({**parameters(config), "rows": [products, events]}, indent=2) + "\n")
    return ScaleData(config, products, events, products_file, interactions_file)


def ensure_scale_data(config: ScaleConfig, directory: Path) -> ScaleData:
    """The data set in `directory`: reused when its parameters.json matches `config`, else written."""
    manifest = directory / MANIFEST
    products_file, interactions_file = directory / "products.jsonl", directory / "interactions.jsonl"
    if manifest.is_file() and products_file.is_file() and interactions_file.is_file():
        saved = json.loads(manifest.read_text())
        if {key: saved.get(key) for key in parameters(config)} == parameters(config):
            products, events = saved["rows"]
            return ScaleData(config, products, events, products_file, interactions_file, reused=True)
    return write_scale_data(config, directory)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", type=Path)
    parser.add_argument("--products", type=int, default=ScaleConfig.products)
    parser.add_argument("--users", type=int, default=ScaleConfig.users)
    parser.add_argument("--interactions", type=int, default=ScaleConfig.interactions)
    parser.add_argument("--seed", type=int, default=ScaleConfig.seed)
    parser.add_argument("--end", type=datetime.fromisoformat, help="no event after this ISO time")
    args = parser.parse_args()
    config = ScaleConfig(args.products, args.users, args.interactions, args.seed)
    if args.end:
        config = replace(config, end=args.end if args.end.tzinfo else args.end.replace(tzinfo=UTC))
    data = ensure_scale_data(config, args.directory)
    verb = "reused" if data.reused else "written"
    print(f"{data.products:,} products {verb}: {data.products_file}")
    print(f"{data.events:,} interactions {verb}: {data.interactions_file}")


if __name__ == "__main__":
    main()
