"""Pair pruning measured, not guessed: the bought-together protocol (service/evaluation/together.py) and the
size of rec_frequently_together with every pair kept, with pair_count >= 2 only, and with the top N pairs
per product. N, n(a) and the pairs kept stay exact counts: a pruned table only lacks rows."""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from typing import Any

import psycopg

from service.evaluation.together import Case, score_together


def top_n(n: int) -> str:
    """Keep each product's n pairs that rec_frequently_bought_together ranks first for it alone:
    confidence = n(a,b) / n(a) (that is pair_count) first, then lift (the smaller n(b)), then the id."""
    return (
        "delete from rec_frequently_together f using ("
        " select p.product_id, p.other_product_id, row_number() over (partition by p.product_id"
        "  order by p.pair_count desc, nb.basket_count, p.other_product_id) as rank"
        " from rec_frequently_together p"
        " join rec_product_basket_counts nb on nb.product_id = p.other_product_id) r"
        f" where r.rank > {int(n)}"
        " and f.product_id = r.product_id and f.other_product_id = r.other_product_id"
    )


PRUNINGS: dict[str, str | None] = {
    "none": None,
    "count>=2": "delete from rec_frequently_together where pair_count < 2",
    "top-100": top_n(100),
    "top-50": top_n(50),
}


def compare_pruning(
    url: str,
    found: Sequence[Case],
    k: int,
    catalog_size: int,
    prunings: Mapping[str, str | None] = PRUNINGS,
) -> list[dict[str, Any]]:
    """For each pruning, from the same full pair table: rows kept, size after `vacuum full`
    (pg_total_relation_size), and the protocol's rows. Leaves the table as the last pruning made it."""
    out = []
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("drop table if exists _rec_eval_all_pairs")
        conn.execute("create unlogged table _rec_eval_all_pairs as select * from rec_frequently_together")
        try:
            for name, statement in prunings.items():
                conn.execute("truncate rec_frequently_together")
                conn.execute(
                    "insert into rec_frequently_together select * from _rec_eval_all_pairs order by 1, 2"
                )
                if statement is not None:
                    conn.execute(statement)  # type: ignore[arg-type]
                conn.execute("vacuum full analyze rec_frequently_together")
                row = conn.execute(
                    "select count(*), pg_total_relation_size('rec_frequently_together') "
                    "from rec_frequently_together"
                ).fetchone()
                assert row is not None
                started = time.monotonic()
                rows = score_together(conn, found, k, catalog_size)
                out.append(
                    {
                        "pruning": name,
                        "pairs": row[0],
                        "bytes": row[1],
                        "scoring_seconds": round(time.monotonic() - started, 1),
                        "results": rows,
                    }
                )
        finally:
            conn.execute("drop table if exists _rec_eval_all_pairs")
    return out
