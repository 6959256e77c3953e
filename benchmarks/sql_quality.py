"""Quality benchmark: rec_personalized vs rec_popular on Online Retail, split by time.

Run by hand: `.venv/bin/python -m benchmarks.sql_quality [--database-url URL] [--cutoff 2011-10-01]`.
Without --database-url it starts a throw-away PostgreSQL, imports the purchases invoiced before the
cut-off (service.ingest.online_retail), embeds the products (embeddings.model) and runs
rec_refresh_all(). With --database-url it uses that database as it is (already loaded with the
training period only). Each customer with purchases on or after the cut-off is a test user:
rec_personalized(user, k, as_of => cutoff) (exclude purchased) and rec_popular(k) are scored against
the products the customer bought later. Prints precision, recall, NDCG and hit rate at k, on all later
purchases and on the later purchases of products new to the customer. Never asserts anything.
"""

from __future__ import annotations

import argparse
import math
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime

import psycopg

from service.core.migrate import migrate
from tests.sql.fixtures_a2_retail import load_retail, retail_file, test_purchases
from tests.support.databases import create_database, drop_database, unique_name
from tests.support.postgres_source import start_test_postgres


@contextmanager
def retail_database(url: str | None, cutoff: datetime | None) -> Iterator[str]:
    """`url` as given, else a new database on a throw-away server loaded with the data before `cutoff`."""
    if url:
        yield url
        return
    server = start_test_postgres()
    name = unique_name("pgrec_bench")
    try:
        database_url = create_database(server.url, name)
        migrate(database_url)
        started = time.monotonic()
        load_retail(database_url, cutoff)
        print(
            f"loaded Online Retail{' before ' + cutoff.date().isoformat() if cutoff else ''} "
            f"in {time.monotonic() - started:.0f} s"
        )
        yield database_url
    finally:
        drop_database(server.url, name)
        server.stop()


@dataclass
class Metrics:
    k: int
    users: int = 0
    precision: float = 0.0
    recall: float = 0.0
    ndcg: float = 0.0
    hits: int = 0
    per_user: list[float] = field(default_factory=list)

    def add(self, ranked: list[str], relevant: set[str]) -> None:
        if not relevant:
            return
        top = ranked[: self.k]
        gains = [1.0 if product in relevant else 0.0 for product in top]
        found = sum(gains)
        dcg = sum(g / math.log2(i + 2) for i, g in enumerate(gains))
        ideal = sum(1 / math.log2(i + 2) for i in range(min(len(relevant), self.k)))
        self.users += 1
        self.precision += found / self.k
        self.recall += found / len(relevant)
        self.ndcg += dcg / ideal
        self.hits += found > 0
        self.per_user.append(dcg / ideal)

    def line(self, name: str) -> str:
        n = max(self.users, 1)
        return (
            f"{name:<34} users {self.users:>5}  precision@{self.k} {self.precision / n:.4f}  "
            f"recall@{self.k} {self.recall / n:.4f}  NDCG@{self.k} {self.ndcg / n:.4f}  "
            f"hit rate {self.hits / n:.4f}"
        )


def evaluate(
    conn: psycopg.Connection, cutoff: datetime, k: int, limit: int | None, weights: tuple[float, float]
) -> None:
    later = test_purchases(retail_file(), cutoff)
    known = {
        user: set(products)
        for user, products in conn.execute(
            "select user_id, array_agg(distinct product_id) from rec_user_interactions group by user_id"
        ).fetchall()
    }
    users = sorted(later)[:limit] if limit else sorted(later)
    popular = [row[0] for row in conn.execute("select product_id from rec_popular(%s)", (k,)).fetchall()]
    deep_popular = [row[0] for row in conn.execute("select product_id from rec_popular(1000)").fetchall()]

    def personalized(user: str, exclude_purchased: bool) -> list[str]:
        query = "select product_id from rec_personalized(%s, %s, %s, %s, %s, as_of => %s)"
        return [
            row[0] for row in conn.execute(query, (user, k, *weights, exclude_purchased, cutoff)).fetchall()
        ]

    runs: dict[str, Callable[[str], list[str]]] = {
        "rec_personalized": lambda user: personalized(user, True),
        "rec_personalized (keep purchased)": lambda user: personalized(user, False),
        "rec_popular": lambda user: popular,
        "rec_popular minus purchased": lambda user: [p for p in deep_popular if p not in known.get(user, ())][
            :k
        ],
    }
    results = {(name, scope): Metrics(k) for name in runs for scope in ("all", "new", "cold")}
    started = time.monotonic()
    for user in users:
        history = known.get(user, set())
        for name, run in runs.items():
            ranked = run(user)
            results[(name, "all")].add(ranked, later[user])
            results[(name, "new")].add(ranked, later[user] - history)
            if not history:
                results[(name, "cold")].add(ranked, later[user])
    seconds = time.monotonic() - started
    warm = sum(1 for user in users if user in known)
    print(
        f"cut-off {cutoff.date()}, {len(users)} test users ({warm} with history before it), k = {k}, "
        f"weights content/collab = {weights[0]}/{weights[1]}, {seconds:.1f} s"
    )
    for scope, label in (
        ("all", "all later purchases"),
        ("new", "products new to the user"),
        ("cold", "users without history"),
    ):
        print(f"-- {label}")
        for name in runs:
            print(results[(name, scope)].line(name))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", help="a database already loaded with the training period only")
    parser.add_argument("--cutoff", default="2011-10-01", help="train before, test on and after (UTC date)")
    parser.add_argument("--k", type=int, default=10)
    parser.add_argument("--users", type=int, default=None, help="evaluate only the first N test users")
    parser.add_argument("--content-weight", type=float, default=0.4)
    parser.add_argument("--collab-weight", type=float, default=0.6)
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="a session setting, e.g. pgrec.popularity_prior=0.1 or pgrec.collab_method=ease",
    )
    args = parser.parse_args()
    cutoff = datetime.fromisoformat(args.cutoff).replace(tzinfo=UTC)
    retail_file()
    with retail_database(args.database_url, cutoff) as url, psycopg.connect(url, autocommit=True) as conn:
        for setting in args.set:
            name, _, value = setting.partition("=")
            conn.execute("select set_config(%s, %s, false)", (name.strip(), value.strip()))
            print(f"set {name.strip()} = {value.strip()}")
        evaluate(conn, cutoff, args.k, args.users, (args.content_weight, args.collab_weight))


if __name__ == "__main__":
    main()
