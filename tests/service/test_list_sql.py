"""The SQL behind cached lists: _rec_list_watermark (an owner's events and preferences, read on every read
of their lists) and the announcements of changes to lists (_rec_lists_changed, heard with LISTEN)."""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest

from service.evaluation.neighbours import write_neighbours
from tests.support.upkeep import fold


def test_watermark_arguments_are_checked(conn: psycopg.Connection, catalog: list[str]) -> None:
    for kind, owner, field in [("cart", "x", "owner_kind"), (None, "x", "owner_kind"), ("user", "", "owner_id"),
                               ("session", None, "owner_id")]:  # fmt: skip
        with pytest.raises(psycopg.errors.InvalidParameterValue, match=field):
            conn.execute("select _rec_list_watermark(%s, %s)", (kind, owner))


def test_watermark_formula(conn: psycopg.Connection, catalog: list[str]) -> None:
    def watermark(kind: str, owner: str) -> str:
        return str(conn.execute("select _rec_list_watermark(%s, %s)", (kind, owner)).fetchone()[0])

    assert watermark("user", "nobody-at-all") == "0:0:-"
    assert watermark("session", "no-such-session") == "0:0"
    conn.execute(
        "select rec_track_interaction(user_id => 'wm-f', product_id => 'mugs-2', interaction_type => 'view',"
        " session_id => 'wm-s')"
    )
    count, last = conn.execute(
        "select count(*), max(id) from rec_user_interactions where user_id = 'wm-f'"
    ).fetchone()
    assert watermark("user", "wm-f").startswith(f"{count}:{last}:")
    assert watermark("session", "wm-s") == f"1:{last}"


@pytest.mark.parametrize(
    "query",
    [
        "select count(*), max(i.id) from rec_user_interactions i where i.user_id = 'u'",
        "select count(*), max(i.id) from rec_user_interactions i where i.session_id = 's'",
        "select p.updated_at from rec_user_preferences p where p.user_id = 'u'",
    ],
)
def test_watermark_queries_can_use_an_index(conn: psycopg.Connection, catalog: list[str], query: str) -> None:
    # The module's catalog is tiny, so the planner may prefer a scan: with scans priced out, a query
    # without a usable index would still show one.
    with conn.transaction():
        conn.execute("set local enable_seqscan = off")
        plan = "\n".join(row[0] for row in conn.execute(f"explain {query}"))
    assert "Index" in plan and "Seq Scan" not in plan, plan


def heard(listener: psycopg.Connection) -> list[str]:
    """The labels of the pgrec_lists notifications `listener` received so far."""
    return [notify.payload.split(" ", 1)[1] for notify in listener.notifies(timeout=0.3)]


@pytest.fixture
def listener(database_url: str) -> Iterator[psycopg.Connection]:
    with psycopg.connect(database_url, autocommit=True) as connection:
        connection.execute("listen pgrec_lists")
        yield connection


def test_catalog_and_weight_changes_are_announced_once_per_statement(
    conn: psycopg.Connection, listener: psycopg.Connection, catalog: list[str]
) -> None:
    conn.execute("update rec_products set price = price + 1 where id in ('bags-6', 'bags-7')")
    conn.execute("update rec_products set price = price where false")  # no row changed: nothing
    conn.execute("insert into rec_products (id, title) values ('announced-1', 'A')")
    conn.execute("delete from rec_products where id = 'announced-1'")
    conn.execute("update rec_interaction_types set weight = weight where interaction_type = 'view'")
    with conn.transaction():
        conn.execute("update rec_products set price = price + 1 where id = 'bags-6'")
        raise psycopg.Rollback()  # rolled back: never announced
    assert heard(listener) == [
        "rec_products update",
        "rec_products insert",
        "rec_products delete",
        "rec_interaction_types update",
    ]


def test_stored_embeddings_and_fitted_neighbours_are_announced(
    conn: psycopg.Connection, listener: psycopg.Connection, catalog: list[str]
) -> None:
    vector, content_hash = conn.execute(
        "select e.embedding, p.content_hash from rec_product_embeddings e join rec_products p on p.id = e.product_id"
        " where p.id = 'mugs-4'"
    ).fetchone()
    store = "select rec_store_embeddings(%s, %s::vector[], %s, 'test-model')"
    assert conn.execute(store, (["mugs-4"], [vector], ["not-its-hash"])).fetchone()[0] == 0  # nothing stored
    assert conn.execute(store, (["mugs-4"], [vector], [content_hash])).fetchone()[0] == 1
    write_neighbours(conn, "test_fit", [("mugs-4", "mugs-5", 0.5, 1)])
    conn.execute("delete from rec_product_similarities where method = 'test_fit'")
    assert heard(listener) == ["embeddings", "fit-test_fit"]


@pytest.mark.parametrize("refresh", ["call rec_refresh()", "select * from rec_refresh_all()"])
def test_a_refresh_announces_once_at_its_end(
    conn: psycopg.Connection, listener: psycopg.Connection, catalog: list[str], refresh: str
) -> None:
    # Two new users sharing two products: the similarities step has rows to change, which it announced
    # on its own before (two cache turnovers per refresh).
    for user in ("announce-a", "announce-b"):
        for product in ("mugs-2", "mugs-3"):
            conn.execute(
                "select rec_track_interaction(user_id => %s, product_id => %s, interaction_type => 'purchase')",
                (user, product),
            )
    conn.execute(refresh)
    assert heard(listener) == ["refresh"]


def test_a_refresh_keeps_the_watermark_of_users_it_did_not_change(
    conn: psycopg.Connection, catalog: list[str]
) -> None:
    """The refresh rebuilds every user's preferences; a row equal to what was folded stays as it was, so the
    user's cached lists stay valid (the soak counted 533 of 1,942 idle users' misses from rewritten rows)."""

    def watermark() -> str:
        return str(conn.execute("select _rec_list_watermark('user', 'wm-keep')").fetchone()[0])

    for product in ("mugs-2", "bags-6", "mugs-3"):
        conn.execute(
            "select rec_track_interaction(user_id => 'wm-keep', product_id => %s, interaction_type => 'view')",
            (product,),
        )
    fold(conn)
    before = watermark()
    assert conn.execute(
        "select taste_vector is not null from rec_user_preferences where user_id = 'wm-keep'"
    ).fetchone()[0]
    conn.execute("call rec_refresh()")
    assert watermark() == before
    conn.execute(
        "select rec_track_interaction(user_id => 'wm-keep', product_id => 'bags-7', interaction_type => 'view')"
    )
    fold(conn)
    assert watermark() != before
