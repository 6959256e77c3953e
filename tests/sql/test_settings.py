"""The store's settings (rec_settings): precedence pgrec.<name> > stored row > built-in default, checks with
errcode 22023 naming the setting, the rankings honouring stored values, and every write announcing a lists change."""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest

from tests.sql.fixtures_a2 import AS_OF, rows, small_catalog

__all__ = ["small_catalog"]

PERSONALIZED = "select product_id, score from rec_personalized('u2', 5, as_of => %s)"


@pytest.fixture
def store(small_catalog: str) -> Iterator[psycopg.Connection]:
    """An autocommit connection to the small catalog; the stored settings are removed afterwards."""
    with psycopg.connect(small_catalog, autocommit=True) as connection:
        yield connection
        connection.execute("delete from rec_settings")


def shown(conn: psycopg.Connection, name: str) -> tuple[str, str]:
    """(value, source) of one setting as rec_show_settings() gives it."""
    row = conn.execute("select value, source from rec_show_settings() where name = %s", (name,)).fetchone()
    assert row is not None, name
    return row[0], row[1]


def test_precedence_session_setting_then_stored_row_then_default(store: psycopg.Connection) -> None:
    read = "select _rec_trend_prior()"
    assert store.execute(read).fetchone() == (0.2,)
    assert shown(store, "trend_prior") == ("0.2", "default")

    store.execute("select * from rec_set_setting('trend_prior', '0.35', 'a test')")
    assert store.execute(read).fetchone() == (0.35,)
    assert shown(store, "trend_prior") == ("0.35", "rec_settings")

    store.execute("set pgrec.trend_prior = 0.1")
    assert store.execute(read).fetchone() == (0.1,)
    assert shown(store, "trend_prior") == ("0.1", "pgrec.trend_prior")

    store.execute("reset pgrec.trend_prior")  # an emptied session setting counts as unset
    assert store.execute(read).fetchone() == (0.35,)
    got = store.execute("select * from rec_reset_setting('trend_prior')").fetchall()
    assert got == [("trend_prior", "0.35", "0.2")]
    assert store.execute(read).fetchone() == (0.2,)


def test_a_database_setting_also_wins_over_the_stored_row(
    store: psycopg.Connection, small_catalog: str
) -> None:
    store.execute("select * from rec_set_setting('trend_window', '30 days')")
    database = store.execute("select current_database()").fetchone()[0]  # type: ignore[index]
    store.execute(f"alter database \"{database}\" set pgrec.trend_window = '1 day'")
    try:
        with psycopg.connect(small_catalog) as fresh:
            assert fresh.execute("select _rec_trend_window()::text").fetchone() == ("1 day",)
            assert shown(fresh, "trend_window") == ("1 day", "pgrec.trend_window")
    finally:
        store.execute(f'alter database "{database}" reset pgrec.trend_window')
    with psycopg.connect(small_catalog) as fresh:
        assert fresh.execute("select _rec_trend_window()::text").fetchone() == ("30 days",)


def test_show_lists_every_setting_with_its_row(store: psycopg.Connection) -> None:
    store.execute("select * from rec_set_setting('popularity_prior', '0.1', 'tuned by hand', 'cli')")
    got = {
        row[0]: row[1:]
        for row in store.execute(
            "select name, value, source, stored_value, default_value, set_source, note from rec_show_settings()"
        )
    }
    assert set(got) == {
        "collab_method",
        "collab_weight",
        "content_weight",
        "fusion",
        "popularity_prior",
        "similar_collab_weight",
        "similar_content_weight",
        "trend_prior",
        "trend_window",
    }
    assert got["popularity_prior"] == ("0.1", "rec_settings", "0.1", "0", "cli", "tuned by hand")
    assert got["content_weight"] == ("0.4", "default", None, "0.4", None, None)
    assert got["collab_method"][0] == "co_interaction"
    assert got["fusion"] == ("calibrated", "default", None, "calibrated", None, None)


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("trend_prior", "-1", "setting pgrec.trend_prior must be a finite number >= 0, got '-1'"),
        ("content_weight", "NaN", "setting pgrec.content_weight must be a finite number >= 0, got 'NaN'"),
        (
            "popularity_prior",
            "lots",
            "setting pgrec.popularity_prior must be a finite number >= 0, got 'lots'",
        ),
        ("trend_window", "0 days", "setting pgrec.trend_window must be a positive interval, got '0 days'"),
        ("trend_window", "soon", "setting pgrec.trend_window must be a positive interval, got 'soon'"),
        (
            "collab_method",
            "co_interation",
            "setting pgrec.collab_method must be co_interaction, ease or a method",
        ),
        ("trend_priors", "0.1", "unknown setting 'trend_priors'; known: collab_method, collab_weight, "),
        ("trend_prior", None, "setting pgrec.trend_prior must be a finite number >= 0, got null"),
    ],
)
def test_a_bad_value_is_refused_with_22023_naming_the_setting(
    store: psycopg.Connection, name: str, value: str | None, message: str
) -> None:
    with pytest.raises(psycopg.Error) as caught:
        store.execute("select * from rec_set_setting(%s, %s)", (name, value))
    assert caught.value.sqlstate == "22023"
    assert message in str(caught.value)
    assert rows(store, "select * from rec_settings") == []


def test_a_plain_insert_from_psql_is_checked_too(store: psycopg.Connection) -> None:
    with pytest.raises(psycopg.Error, match=r"setting pgrec\.trend_prior must be a finite number") as caught:
        store.execute("insert into rec_settings (name, value) values ('trend_prior', '-0.5')")
    assert caught.value.sqlstate == "22023"
    store.execute("insert into rec_settings (name, value) values ('trend_prior', '0.5')")
    with pytest.raises(psycopg.Error, match="unknown setting 'trend'") as caught:
        store.execute("update rec_settings set name = 'trend'")
    assert caught.value.sqlstate == "22023"
    assert store.execute("select name, value, source from rec_settings").fetchall() == [
        ("trend_prior", "0.5", "psql")
    ]


def test_both_weights_of_a_ranking_may_not_become_0(store: psycopg.Connection) -> None:
    store.execute("select * from rec_set_setting('content_weight', '0')")
    with pytest.raises(
        psycopg.Error, match="collab_weight must not be 0 while content_weight is 0"
    ) as caught:
        store.execute("select * from rec_set_setting('collab_weight', '0')")
    assert caught.value.sqlstate == "22023"
    store.execute("select * from rec_set_setting('similar_collab_weight', '0')")
    with pytest.raises(psycopg.Error, match="similar_content_weight must not be 0") as caught:
        store.execute("select * from rec_set_setting('similar_content_weight', '0')")
    assert caught.value.sqlstate == "22023"


def test_a_stored_method_that_disappears_is_an_error_when_read(store: psycopg.Connection) -> None:
    store.execute(
        "insert into rec_product_similarities (method, product_id, similar_product_id, score, rank, computed_at) "
        "values ('als', 'p1', 'p6', 0.9, 1, now())"
    )
    try:
        store.execute("select * from rec_set_setting('collab_method', 'als')")
    finally:
        store.execute("delete from rec_product_similarities where method = 'als'")
    with pytest.raises(psycopg.Error, match=r"setting pgrec\.collab_method must be co_interaction") as caught:
        store.execute("select * from rec_personalized('u2', 5)").fetchall()
    assert caught.value.sqlstate == "22023"


def test_rec_personalized_follows_the_stored_weights(store: psycopg.Connection) -> None:
    default = rows(store, PERSONALIZED, (AS_OF,))
    content_only = rows(
        store,
        "select product_id, score from rec_personalized('u2', 5, content_weight => 1, collab_weight => 0, "
        "as_of => %s)",
        (AS_OF,),
    )
    assert content_only != default
    store.execute("select * from rec_set_setting('content_weight', '1')")
    store.execute("select * from rec_set_setting('collab_weight', '0')")
    assert rows(store, PERSONALIZED, (AS_OF,)) == content_only
    # explicit arguments still win over the stored settings
    explicit = "select product_id, score from rec_personalized('u2', 5, 0.4, 0.6, as_of => %s)"
    assert rows(store, explicit, (AS_OF,)) == default


def test_rec_personalized_follows_a_stored_trend_prior(store: psycopg.Connection) -> None:
    store.execute("set pgrec.trend_prior = 0")
    off = rows(store, PERSONALIZED, (AS_OF,))
    store.execute("reset pgrec.trend_prior")
    assert rows(store, PERSONALIZED, (AS_OF,)) != off
    store.execute("select * from rec_set_setting('trend_prior', '0')")
    assert rows(store, PERSONALIZED, (AS_OF,)) == off


def test_session_recommendations_and_similar_products_follow_theirs(store: psycopg.Connection) -> None:
    session = "select product_id, score from rec_session_recommendations(array['p1', 'p4'], 5)"
    similar = "select product_id, score, content_score, collab_score from rec_similar_products('p1', 5)"
    session_before, similar_before = rows(store, session), rows(store, similar)
    store.execute("select * from rec_set_setting('content_weight', '1')")
    store.execute("select * from rec_set_setting('collab_weight', '0')")
    assert rows(store, session) != session_before
    store.execute("select * from rec_set_setting('similar_collab_weight', '0')")
    content_only = rows(store, similar)
    assert content_only != similar_before
    # collaborative weight 0: the score is the min-max scaled cosine alone, best first
    scores = [row[1] for row in content_only]
    assert scores == sorted(scores, reverse=True)
    assert scores[0] == pytest.approx(0.4)


def test_every_write_announces_a_lists_change_at_commit(
    store: psycopg.Connection, small_catalog: str
) -> None:
    with psycopg.connect(small_catalog, autocommit=True) as listener:
        listener.execute("listen pgrec_lists")
        store.execute("select * from rec_set_setting('trend_prior', '0.3')")
        store.execute("update rec_settings set note = 'why'")
        store.execute("select * from rec_reset_setting('trend_prior')")
        store.execute("select * from rec_reset_setting('trend_prior')")  # nothing stored: nothing to announce
        heard = [n.payload.split(" ", 1)[1] for n in listener.notifies(timeout=1.0, stop_after=4)]
    assert heard == ["rec_settings insert", "rec_settings update", "rec_settings delete"]
