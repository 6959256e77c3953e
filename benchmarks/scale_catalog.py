"""The scale data set's catalog: products composed from the vocabulary, with Zipf popularity weights.

Every product is a product type (16 departments, 75 types, each with its sub-category, typical
price and the materials, features and uses of its department) in a style, a colour and a
material, by one of 40 brands; title, description, categories [department, sub-category] and
tags are composed from that vocabulary, so that embeddings and categories carry meaning.
Popularity follows a Zipf-Mandelbrot law: the product of popularity rank r weighs
1 / (r + ZIPF_OFFSET) ^ ZIPF_EXPONENT, ranks shuffled over the catalog.
"""

from __future__ import annotations

import itertools
import math
import random
import string
from dataclasses import dataclass, field
from typing import Any

from benchmarks.scale_vocabulary import (
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


def make_catalog(count: int, seed: int) -> Catalog:
    """`count` products (ids prod_000000...) and their popularity weights; deterministic for a seed."""
    rng = random.Random(f"{seed}:catalog")
    types = _types()
    products: list[Product] = []
    seen_titles: set[str] = set()
    for index in range(count):
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
