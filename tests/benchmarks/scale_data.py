"""A deterministic (seeded) scale data set: a catalog with realistic text and a power-law event log.

`.venv/bin/python -m tests.benchmarks.scale_data OUT_DIR [--products N --users N --interactions N]`
writes `products.jsonl` and `interactions.jsonl` in the formats of `pgrec import products` and
`pgrec import interactions`, and `parameters.json`; a later run with the same parameters reuses
the files. Defaults: 50,000 products, 100,000 users, 1,000,000 interactions.

Catalog: every product is a product type (16 departments, 75 types, each with its sub-category,
typical price and the materials, features and uses of its department) in a style, a colour and a
material, by one of 40 brands; title, description, categories [department, sub-category] and tags
are composed from that vocabulary, so that embeddings and categories carry meaning.

Events: product popularity follows a Zipf-Mandelbrot law (weight of the product of popularity rank
r = 1 / (r + ZIPF_OFFSET) ^ ZIPF_EXPONENT, ranks shuffled over the catalog). Every user has at
least one session; further sessions go to users by a heavy-tailed (Pareto) activity weight. A
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
import string
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from tests.benchmarks.scale_vocabulary import (
    BRANDS,
    COLOURS,
    DEPARTMENTS,
    FEATURE_SENTENCES,
    FIRST_SENTENCES,
    STYLES,
    USE_SENTENCES,
)

ZIPF_EXPONENT = 1.0
ZIPF_OFFSET = 20.0
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


@dataclass
class Product:
    id: str
    title: str
    description: str
    categories: list[str]
    tags: list[str]
    price: float
    department: str
    subcategory: str

    def record(self) -> dict[str, Any]:
        """The `pgrec import products` JSON-lines record."""
        return {
            "id": self.id,
            "title": self.title,
            "description": self.description,
            "categories": self.categories,
            "tags": self.tags,
            "price": f"{self.price:.2f}",
            "currency": "EUR",
        }


@dataclass
class Catalog:
    products: list[Product]
    # sub-category -> (product indices in that sub-category, cumulative popularity weights)
    by_subcategory: dict[str, tuple[list[int], list[float]]] = field(default_factory=dict)
    subcategory_weight: dict[str, float] = field(default_factory=dict)
    complement: dict[str, str] = field(default_factory=dict)
    weight: list[float] = field(default_factory=list)  # popularity weight per product index


def _types() -> list[tuple[str, str, str, float]]:
    return [
        (department, kind, subcategory, price)
        for department, (*_, kinds) in DEPARTMENTS.items()
        for kind, subcategory, price in kinds
    ]


def make_catalog(config: ScaleConfig) -> Catalog:
    """The products (ids prod_00000...) and their popularity weights; deterministic for a seed."""
    rng = random.Random(f"{config.seed}:catalog")
    types = _types()
    products: list[Product] = []
    seen_titles: set[str] = set()
    for index in range(config.products):
        department, kind, subcategory, base_price = rng.choice(types)
        materials, features, uses, _, _ = DEPARTMENTS[department]
        material, colour, style, brand = (
            rng.choice(materials),
            rng.choice(COLOURS),
            rng.choice(STYLES),
            rng.choice(BRANDS),
        )
        title = f"{brand} {string.capwords(f'{style} {colour} {material} {kind}')}"
        if title in seen_titles:  # two products of the same brand and make: a model line
            title = f"{title} {rng.choice(['II', 'Pro', 'Lite', 'Plus', 'Mini', 'XL'])}"
        seen_titles.add(title)
        f1, f2 = rng.sample(features, 2)
        words = {"style": style, "type": kind, "brand": brand, "material": material, "colour": colour}
        description = " ".join(
            (
                rng.choice(FIRST_SENTENCES).format(**words),
                rng.choice(FEATURE_SENTENCES).format(f1=f1, f2=f2),
                rng.choice(USE_SENTENCES).format(use=rng.choice(uses)),
            )
        )
        description = description[0].upper() + description[1:]
        price = max(1.0, base_price * math.exp(rng.gauss(0, 0.35)))
        price = math.floor(price) + 0.99 if price >= 5 else round(price, 2)
        tags = [material, colour, style.lower(), *rng.sample(features, 1)]
        products.append(
            Product(
                id=f"prod_{index:06d}",
                title=title,
                description=description,
                categories=[department, subcategory],
                tags=tags,
                price=price,
                department=department,
                subcategory=subcategory,
            )
        )
    catalog = Catalog(products)
    ranks = list(range(1, len(products) + 1))
    rng.shuffle(ranks)
    catalog.weight = [1.0 / (rank + ZIPF_OFFSET) ** ZIPF_EXPONENT for rank in ranks]
    members: dict[str, list[int]] = {}
    for index, product in enumerate(products):
        members.setdefault(product.subcategory, []).append(index)
    for subcategory, indices in sorted(members.items()):
        cumulative = list(itertools.accumulate(catalog.weight[i] for i in indices))
        catalog.by_subcategory[subcategory] = (indices, cumulative)
        catalog.subcategory_weight[subcategory] = cumulative[-1]
    # the complement of a sub-category: one of the complementary department's (deterministic)
    department_subcategories: dict[str, list[str]] = {}
    for department, _, subcategory, _ in types:
        if subcategory in catalog.by_subcategory and subcategory not in department_subcategories.get(
            department, []
        ):
            department_subcategories.setdefault(department, []).append(subcategory)
    for department, (*_, other, _) in DEPARTMENTS.items():
        for subcategory in department_subcategories.get(department, []):
            choices = department_subcategories.get(other) or department_subcategories[department]
            catalog.complement[subcategory] = rng.choice(choices)
    return catalog


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
    catalog = make_catalog(config)
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
