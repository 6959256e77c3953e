"""The SQL behind cached lists: _rec_list_watermark (an owner's events and preferences, read on every read
of their lists) and the announcements of changes to lists (_rec_lists_changed, heard with LISTEN)."""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest

from service.models.store import write_neighbours
from tests.support.upkeep import fold


def test_watermark_arguments_are_checked(conn: psycopg.Connection, catalog: list[str]) -> None:
    for kind, owner, field in [("cart", "x", "owner_kind"), (None, "x", "owner_kind"), ("user", "", "owner_id"),
                               ("session", None, "owner_id")]:  # fmt: skip
        with pytest.raises(psycopg.errors.InvalidParameterValue, match=field):
            conn.execute("select _rec_list_watermark(%s, %s)", (kind, owner))


def test_watermark_formula(conn: psycopg.Connection, catalog: list[str]) -> None:
    def watermark(kind: str, owner: str) -> str:
        return str(conn.execute("select _rec_list_watermark(%s, %s)", (kind, owner)).fetchone()[0])

    assert watermark("user", "nobody-at-all") == "0:0"
    assert watermark("session", "no-such-session") == "0:0"
    conn.execute(
        "select rec_track_interaction(user_id => 'wm-f', product_id => 'mugs-2', interaction_type => 'view',"
        " session_id => 'wm-s')"
    )
    count, last = conn.execute("select count(*), max(id) from rec_events where user_id = 'wm-f'").fetchone()
    assert watermark("user", "wm-f") == f"{count}:{last}"
    assert watermark("session", "wm-s") == f"1:{last}"


@pytest.mark.parametrize(
    "query",
    [
        "select count(*), max(i.id) from rec_events i where i.user_id = 'u'",
        "select count(*), max(i.id) from rec_events i where i.session_id = 's'",
    ],
)
def test_watermark_queries_can_use_an_index(conn: psycopg.Connection, catalog: list[str], query: str) -> None:
    # The module's catalog is tiny, so the planner may prefer a scan: with scans priced out, a query
    # without a usable index would still show one. The event log must not be scanned; the inbox (a few
    # seconds of events, vacuumed every 5 s) has only its idempotency key, which finds a user's events.
    with conn.transaction():
        conn.execute("set local enable_seqscan = off")
        plan = "\n".join(row[0] for row in conn.execute(f"explain {query}"))
    assert "Index" in plan and "Seq Scan on rec_user_interactions" not in plan, plan
    if "user_id" in query:
        assert "Seq Scan" not in plan, plan


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


def test_a_list_computed_before_upkeep_folds_the_event_equals_the_one_after(
    conn: psycopg.Connection, catalog: list[str]
) -> None:
    """What lets the watermark leave out the preferences: the fold (and a refresh) rewrites a user's taste, but
    the list served before it already used the same taste, read from the log (the soak counted 884 of 1,942
    idle users' misses from folds after their read, 533 from the refresh's preferences step)."""

    def listed() -> list[tuple[str, float, float]]:
        # the parts the user's own history decides (popularity, folded for everyone, moves every list a little)
        query = "select product_id, content_score, collab_score from rec_personalized('wm-fold', 8)"
        return [(row[0], round(row[1] or 0, 4), round(row[2] or 0, 4)) for row in conn.execute(query)]

    def watermark() -> str:
        return str(conn.execute("select _rec_list_watermark('user', 'wm-fold')").fetchone()[0])

    track = "select rec_track_interaction(user_id => 'wm-fold', product_id => %s, interaction_type => %s)"
    for product in ("mugs-2", "mugs-3", "mugs-4"):
        conn.execute(track, (product, "purchase"))
    fold(conn)
    for product in ("bags-6", "bags-7"):  # another category: the taste turns
        conn.execute(track, (product, "add_to_cart"))
    before_fold, mark = listed(), watermark()
    live = conn.execute(
        "select taste_vector from _rec_preference_rows(array['wm-fold'], from_log => true)"
    ).fetchone()[0]
    fold(conn)
    assert listed() == before_fold
    assert watermark() == mark
    # the fold, and a refresh after it (which changes neighbours and announces that to every list), store the
    # taste the list was computed with
    taste_distance = "select taste_vector <=> %s from rec_user_preferences where user_id = 'wm-fold'"
    assert conn.execute(taste_distance, (live,)).fetchone()[0] < 1e-6
    conn.execute("call rec_refresh()")
    assert conn.execute(taste_distance, (live,)).fetchone()[0] < 1e-6
    assert watermark() == mark
