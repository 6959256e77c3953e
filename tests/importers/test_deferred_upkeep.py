"""Imports fold the events they stored into preferences, popularity and baskets in one catch-up at the end
(rec_refresh_after_import) instead of leaving them to upkeep batch by batch: the end state is the one live
tracking reaches once upkeep (rec_upkeep) has folded its events, and what the import did not touch is left
alone."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest
from psycopg.types.json import Jsonb

from service.ingest.interactions import import_interactions
from service.ingest.online_retail import import_online_retail
from service.ingest.products import import_products
from service.ingest.report import ImportReport
from service.ingest.sinks import EventWriter
from tests.importers.retail_files import write_retail
from tests.importers.test_online_retail import SMALL
from tests.importers.test_products_and_interactions import PRODUCTS_JSONL, write_jsonl
from tests.support.upkeep import fold

EVENTS = [
    {"user_id": "u1", "product_id": "lantern", "interaction_type": "view", "occurred_at": "2025-01-02T03:04:05Z"},
    {"user_id": "u1", "product_id": "mug", "interaction_type": "click", "occurred_at": "2025-01-02T03:05:00Z"},
    {"user_id": "u1", "product_id": "mug", "interaction_type": "purchase", "context": {"order_id": "o1"},
     "occurred_at": "2025-01-02T03:09:00Z"},
    {"user_id": "u1", "product_id": "lantern", "interaction_type": "purchase", "context": {"order_id": "o1"},
     "occurred_at": "2025-01-02T03:09:00Z"},
    {"user_id": "u2", "product_id": "mug", "interaction_type": "view", "session_id": "s2",
     "occurred_at": "2025-02-01T10:00:00Z"},
    {"user_id": "u2", "product_id": "mug", "interaction_type": "purchase", "session_id": "s2", "quantity": 3,
     "occurred_at": "2025-02-01T10:05:00Z"},
    {"user_id": "u2", "product_id": "old", "interaction_type": "purchase", "session_id": "s2",
     "occurred_at": "2025-02-01T10:05:00Z"},
    {"user_id": "u3", "product_id": "lantern", "interaction_type": "add_to_cart", "occurred_at": "2025-03-01T00:00:00Z"},
]  # fmt: skip

DERIVED = (
    "rec_user_preferences, rec_user_taste_terms, rec_user_basket_items, rec_product_basket_counts, "
    "rec_frequently_together, rec_product_popularity"
)
SNAPSHOT = [
    "select user_id, interaction_count, first_seen_at, last_seen_at, taste_vector::real[] "
    "from rec_user_preferences where interaction_count > 0 order by user_id",
    "select product_id, popularity, users, events from rec_product_popularity order by product_id",
    "select user_id, basket_id, product_id from rec_user_basket_items order by 1, 2, 3",
    "select product_id, basket_count from rec_product_basket_counts order by 1",
    "select f.product_id, f.other_product_id, f.pair_count, round(m.lift::numeric, 9) "
    "from rec_frequently_together f left join rec_frequently_together_metrics m using (product_id, other_product_id) "
    "order by 1, 2",
    "select basket_count from rec_basket_totals",
]


def snapshot(conn: psycopg.Connection) -> list[list[tuple]]:
    return [conn.execute(query).fetchall() for query in SNAPSHOT]


def approximately(state: list[list[tuple]]) -> list[list[tuple]]:
    """`state` to compare a later snapshot with: taste vectors decay to now(), so two computed seconds
    apart agree to float precision, not to the bit."""
    preferences = [
        (*row[:-1], row[-1] if row[-1] is None else pytest.approx(row[-1], abs=1e-6)) for row in state[0]
    ]
    return [preferences, *state[1:]]


def embed(conn: psycopg.Connection) -> None:
    """A vector per product (its own axis), so the taste vectors weigh the events as ranking reads them."""
    conn.execute(
        "insert into rec_product_embeddings (product_id, embedding, model, content_hash) "
        "select id, (select array_agg(case when i = n then 1 else 0 end) "
        "from generate_series(1, 384) i)::real[]::vector, 'test', 'test' "
        "from (select id, row_number() over (order by id) as n from rec_products) p"
    )


def forget_events(conn: psycopg.Connection) -> None:
    """No events, none queued and nothing derived from them (the catalog stays)."""
    conn.execute("delete from rec_user_interactions")
    conn.execute(f"truncate {DERIVED}, rec_event_inbox, rec_event_queue, rec_basket_queue")
    conn.execute("update rec_basket_totals set basket_count = 0")


def track_live(conn: psycopg.Connection, events: list[dict]) -> None:
    """Track `events` in one statement as the service does, then fold them as its upkeep would."""
    conn.execute("select rec_track_interactions(%s)", (Jsonb(events),))
    fold(conn)


def queued(conn: psycopg.Connection) -> list[int]:
    return [row[0] for row in conn.execute("select event_id from rec_event_queue order by 1")]


@pytest.fixture(autouse=True)
def empty(conn: psycopg.Connection) -> None:
    forget_events(conn)
    conn.execute("delete from rec_products")


def test_deferred_import_ends_where_live_tracking_ends(
    tmp_path: Path, database_url: str, conn: psycopg.Connection
) -> None:
    import_products(database_url, write_jsonl(tmp_path / "p.jsonl", PRODUCTS_JSONL), progress=False)
    embed(conn)
    track_live(conn, EVENTS)
    live = snapshot(conn)
    assert live[0] and live[1] and live[2] and live[3], "the fixture exercises every derived table"
    assert all(row[-1] is not None for row in live[0]), "every user has a taste vector"

    forget_events(conn)
    report = import_interactions(
        database_url, write_jsonl(tmp_path / "e.jsonl", EVENTS), batch_size=3, progress=False
    )
    assert report.events_inserted == len(EVENTS)
    assert queued(conn) == []
    assert snapshot(conn) == approximately(live)


def test_an_import_folds_its_events_and_plain_tracking_waits_for_upkeep(
    tmp_path: Path, database_url: str, conn: psycopg.Connection
) -> None:
    """An import's batches queue their events like any insert; its catch-up folds them and takes them off
    rec_event_queue. An event tracked through SQL waits in the inbox, not yet in preferences, until rec_upkeep()."""
    import_products(database_url, write_jsonl(tmp_path / "p.jsonl", PRODUCTS_JSONL), progress=False)
    with psycopg.connect(database_url, autocommit=True) as importer:
        writer = EventWriter(importer, ImportReport(source="test"), strict=False, defer_derived=True)
        writer.write(EVENTS[:5], [1, 2, 3, 4, 5])
        writer.write(EVENTS[5:], [6, 7, 8])
        stored = sorted(writer.stored_ids)
        assert len(stored) == len(EVENTS) and queued(conn) == stored  # committed, not folded yet
        assert conn.execute("select count(*) from rec_user_preferences").fetchone() == (0,)
        steps = [step for step, _, _ in writer.finish()]
    assert steps == ["preferences", "popularity", "frequently_together", "attribution"]
    assert queued(conn) == []
    assert conn.execute(
        "select user_id, interaction_count from rec_user_preferences order by 1"
    ).fetchall() == [("u1", 4), ("u2", 3), ("u3", 1)]
    caught_up = snapshot(conn)

    (tracked,) = conn.execute("select rec_track_interaction('u9', 'lantern', 'view')").fetchone()
    assert conn.execute("select array_agg(id) from rec_event_inbox").fetchone() == ([tracked],)
    assert conn.execute("select count(*) from rec_user_preferences where user_id = 'u9'").fetchone() == (0,)
    assert conn.execute("select step, changed from rec_upkeep() where step = 'events'").fetchall() == [
        ("events", 1)
    ]
    assert queued(conn) == []
    assert conn.execute(
        "select interaction_count from rec_user_preferences where user_id = 'u9'"
    ).fetchone() == (1,)
    assert snapshot(conn)[2:] == caught_up[2:]  # a view: no basket changed


def test_a_catch_up_in_chunks_ends_where_live_tracking_ends(
    tmp_path: Path, database_url: str, conn: psycopg.Connection, capsys: pytest.CaptureFixture[str]
) -> None:
    """A large import is caught up a chunk of events at a time (each fold's arrays stay under PostgreSQL's
    1 GB per value; each chunk commits): here 3 events per chunk, so u1's events and o1's basket are split
    across folds, which must merge as upkeep's successive folds do."""
    import_products(database_url, write_jsonl(tmp_path / "p.jsonl", PRODUCTS_JSONL), progress=False)
    embed(conn)
    track_live(conn, EVENTS)
    live = snapshot(conn)

    forget_events(conn)
    with psycopg.connect(database_url, autocommit=True) as importer:
        writer = EventWriter(
            importer, ImportReport(source="test"), strict=False, defer_derived=True, catch_up_chunk=3
        )
        writer.write(EVENTS, list(range(1, len(EVENTS) + 1)))
        writer.catch_up(progress=True)
    assert queued(conn) == []
    assert snapshot(conn) == approximately(live)
    progress = capsys.readouterr().err
    assert [line.split(":")[0].strip() for line in progress.splitlines() if " of 3" in line] == [
        "1 of 3",
        "2 of 3",
        "3 of 3",
    ]
    assert "8 events ..." in progress and "  preferences: " in progress


# A second import on top of EVENTS: a new user's basket, a new item in u1's existing basket o1 (tracked live
# before), and a (user, product, type) triple u1 already has (popularity counts it once).
MORE = [
    {"user_id": "u4", "product_id": "lantern", "interaction_type": "purchase", "context": {"order_id": "o9"},
     "occurred_at": "2025-04-01T00:00:00Z"},
    {"user_id": "u4", "product_id": "mug", "interaction_type": "purchase", "context": {"order_id": "o9"},
     "occurred_at": "2025-04-01T00:00:00Z"},
    {"user_id": "u1", "product_id": "lantern", "interaction_type": "view", "occurred_at": "2025-04-02T00:00:00Z"},
    {"user_id": "u1", "product_id": "old", "interaction_type": "purchase", "context": {"order_id": "o1"},
     "occurred_at": "2025-01-02T03:10:00Z"},
]  # fmt: skip


def test_a_second_import_ends_where_live_tracking_ends(
    tmp_path: Path, database_url: str, conn: psycopg.Connection
) -> None:
    import_products(database_url, write_jsonl(tmp_path / "p.jsonl", PRODUCTS_JSONL), progress=False)
    embed(conn)
    track_live(conn, EVENTS)
    track_live(conn, MORE)
    live = snapshot(conn)

    forget_events(conn)
    track_live(conn, EVENTS)
    report = import_interactions(database_url, write_jsonl(tmp_path / "more.jsonl", MORE), progress=False)
    assert report.events_inserted == len(MORE)
    assert snapshot(conn) == approximately(live)
    # Once is enough: catching up on the same events again changes nothing.
    conn.execute("select rec_refresh_after_import(array(select id from rec_events))")
    assert snapshot(conn) == approximately(live)


def test_the_catch_up_leaves_what_the_import_did_not_touch(
    tmp_path: Path, database_url: str, conn: psycopg.Connection
) -> None:
    """Cost in proportion to the import: no rebuild of every basket or every product's popularity.
    Rows of products and baskets the import does not touch keep even a wrong value."""
    import_products(database_url, write_jsonl(tmp_path / "p.jsonl", PRODUCTS_JSONL), progress=False)
    track_live(conn, EVENTS)
    conn.execute("update rec_product_popularity set popularity = 999 where product_id = 'old'")
    conn.execute(
        "update rec_frequently_together set pair_count = 999 where 'old' in (product_id, other_product_id)"
    )
    conn.execute("update rec_user_preferences set interaction_count = 999 where user_id = 'u2'")
    new_only = [event for event in MORE if event["user_id"] == "u4"]
    import_interactions(database_url, write_jsonl(tmp_path / "u4.jsonl", new_only), progress=False)

    assert conn.execute(
        "select popularity from rec_product_popularity where product_id = 'old'"
    ).fetchone() == (999,)
    assert conn.execute(
        "select distinct pair_count from rec_frequently_together where 'old' in (product_id, other_product_id)"
    ).fetchall() == [(999,)]
    assert conn.execute(
        "select interaction_count from rec_user_preferences where user_id = 'u2'"
    ).fetchone() == (999,)
    # What it touched is right: u4's basket and the popularity of its two products.
    touched = conn.execute(
        "select product_id, users, events from rec_product_popularity where product_id in ('lantern', 'mug') order by 1"
    ).fetchall()
    assert touched == [("lantern", 3, 4), ("mug", 3, 5)]
    assert conn.execute(
        "select pair_count from rec_frequently_together where product_id = 'lantern' and other_product_id = 'mug'"
    ).fetchone() == (2,)
    assert conn.execute("select basket_count from rec_basket_totals").fetchone() == (3,)


def test_a_basket_that_grows_past_the_limit_stops_counting(
    tmp_path: Path, database_url: str, conn: psycopg.Connection
) -> None:
    """Baskets of more than 50 products do not count: an import that adds the 51st item to a basket
    tracked live takes it out of N, n(a) and the pairs, as live tracking would."""
    products = [{"id": f"p{i:02}", "title": f"Product {i}"} for i in range(51)]
    import_products(database_url, write_jsonl(tmp_path / "p.jsonl", products), progress=False)

    def purchase(user: str, order: str, product: str) -> dict:
        return {"user_id": user, "product_id": product, "interaction_type": "purchase",
                "context": {"order_id": order}, "occurred_at": "2025-05-01T00:00:00Z"}  # fmt: skip

    first = [purchase("big", "b1", f"p{i:02}") for i in range(50)] + [
        purchase("small", "s1", "p00"),
        purchase("small", "s1", "p01"),
    ]
    last = [purchase("big", "b1", "p50"), purchase("small", "s2", "p01"), purchase("small", "s2", "p02")]
    track_live(conn, first)
    track_live(conn, last)
    live = snapshot(conn)
    assert live[5] == [(2,)], "the big basket no longer counts: N = the two small ones"

    forget_events(conn)
    track_live(conn, first)
    assert conn.execute("select basket_count from rec_basket_totals").fetchone() == (2,)
    import_interactions(database_url, write_jsonl(tmp_path / "last.jsonl", last), progress=False)
    assert snapshot(conn) == live


def test_online_retail_import_ends_where_a_full_rebuild_ends(
    tmp_path: Path, database_url: str, conn: psycopg.Connection
) -> None:
    """The Online Retail importer defers too; its catch-up leaves what rec_refresh_after_import(null), a
    rebuild of everything from the log, would make of the same events."""
    report = import_online_retail(database_url, write_retail(tmp_path / "small.csv", SMALL), progress=False)
    assert report.events_inserted == 5
    assert queued(conn) == []
    deferred = snapshot(conn)
    assert deferred[0] and deferred[1] and deferred[2] and deferred[4], "baskets, pairs and popularity exist"
    conn.execute("select rec_refresh_after_import(null)")
    assert snapshot(conn) == deferred


def test_a_session_without_triggers_leaves_the_upkeep_to_its_caller(
    tmp_path: Path, database_url: str, conn: psycopg.Connection
) -> None:
    """`pgrec evaluate` loads its scratch database with triggers off (session_replication_role =
    replica) and rebuilds everything afterwards: the import does no catch-up of its own there."""
    import_products(database_url, write_jsonl(tmp_path / "p.jsonl", PRODUCTS_JSONL), progress=False)
    separator = "&" if "?" in database_url else "?"
    replica = f"{database_url}{separator}options=-c%20session_replication_role%3Dreplica"
    report = import_interactions(replica, write_jsonl(tmp_path / "e.jsonl", EVENTS), progress=False)
    assert report.events_inserted == len(EVENTS)
    assert snapshot(conn)[:5] == [[], [], [], [], []]
    assert queued(conn) == []  # nothing queued for upkeep either
    conn.execute("select rec_refresh_after_import(null)")
    assert snapshot(conn)[0], "a full catch-up rebuilds from the log"
