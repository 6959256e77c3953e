"""rec_personalized's exclude_seen (default true): products the user viewed, clicked, wishlisted or put in the
cart within seen_within (default 30 days) are not recommended back; before, a user who had only viewed two
products got exactly those two first ("from your history")."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import psycopg
import pytest

from tests.sql.fixtures_a2 import AS_OF, catalog, days, rows, small_catalog

__all__ = ["catalog", "small_catalog"]

LIST = "select product_id, reason->>'rule' from rec_personalized('viewer', 5, as_of => %s{extra})"


@pytest.fixture
def viewer(catalog: psycopg.Connection) -> Iterator[psycopg.Connection]:
    """The catalog with a user 'viewer' who viewed p1 a day ago and put p4 in the cart 10 days ago and viewed p6
    40 days ago (rolled back at the end)."""
    catalog.execute("begin")
    try:
        for product, kind, age in (("p1", "view", 1), ("p4", "add_to_cart", 10), ("p6", "view", 40)):
            catalog.execute(
                "insert into rec_user_interactions (user_id, product_id, interaction_type, created_at) "
                "values ('viewer', %s, %s, %s)",
                (product, kind, AS_OF - days(age)),
            )
        yield catalog
    finally:
        catalog.execute("rollback")


def listed(conn: psycopg.Connection, extra: str = "", as_of: datetime = AS_OF) -> list[tuple[str, str]]:
    return [(row[0], row[1]) for row in rows(conn, LIST.format(extra=extra), (as_of,))]


def test_what_was_just_seen_is_not_recommended_back(viewer: psycopg.Connection) -> None:
    got = listed(viewer)
    assert len(got) == 5
    ids = [product for product, _ in got]
    assert "p1" not in ids and "p4" not in ids  # viewed a day ago, carted 10 days ago
    assert "p6" in ids  # viewed 40 days ago: outside the 30-day window
    # the seen products still shape the list: p1's and p4's neighbours come first
    assert got[0][1] in ("collaborative", "content")


def test_exclude_seen_false_gives_the_history_back(viewer: psycopg.Connection) -> None:
    got = listed(viewer, ", exclude_seen => false")
    assert [product for product, _ in got[:2]] == ["p4", "p1"]
    assert got[0][1] == "history"


def test_seen_within_sets_the_window(viewer: psycopg.Connection) -> None:
    ids = [product for product, _ in listed(viewer, ", seen_within => '2 days'")]
    assert "p1" not in ids and "p4" in ids
    ids = [product for product, _ in listed(viewer, ", seen_within => '60 days'")]
    assert not {"p1", "p4", "p6"} & set(ids)
    # the window ends at as_of: 20 days later p1 (viewed 21 days before) is seen within 25 days, p4 (30) not
    ids = [product for product, _ in listed(viewer, ", seen_within => '25 days'", AS_OF + days(20))]
    assert "p1" not in ids and "p4" in ids


def test_purchases_are_not_seen(catalog: psycopg.Connection) -> None:
    # u1 bought p1, p2, p4: with exclude_purchased => false they come back, exclude_seen or not
    query = (
        "select product_id from rec_personalized('u1', 3, exclude_purchased => false, exclude_seen => %s, "
        "as_of => %s)"
    )
    assert [r[0] for r in rows(catalog, query, (True, AS_OF))] == [
        r[0] for r in rows(catalog, query, (False, AS_OF))
    ]


@pytest.mark.parametrize(
    ("arguments", "fragment"),
    [
        ("exclude_seen => null", "exclude_seen must not be null"),
        ("seen_within => null", "seen_within must be an interval >= 0, got null"),
        ("seen_within => '-1 day'", "seen_within must be an interval >= 0, got -1 days"),
    ],
)
def test_bad_arguments_raise_22023(catalog: psycopg.Connection, arguments: str, fragment: str) -> None:
    with pytest.raises(psycopg.Error) as caught:
        catalog.execute(f"select * from rec_personalized('u1', 3, {arguments})")
    assert caught.value.sqlstate == "22023"
    assert fragment in str(caught.value)
