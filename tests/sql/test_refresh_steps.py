"""The one step loop of rec_refresh_all and rec_refresh_after_import: _rec_run_steps."""

from __future__ import annotations

import psycopg


def test_steps_run_in_order_timed_with_their_arguments(conn: psycopg.Connection) -> None:
    conn.execute("create temporary sequence _steps_test")
    rows = conn.execute(
        "select step, changed, seconds >= 0 from _rec_run_steps(array["
        "['first', 'select nextval(''_steps_test'')'], ['skipped', null], "
        "['second', 'select nextval(''_steps_test'')'], "
        "['arguments', 'select cardinality($1) * 10 + cardinality($2)']], array['u1', 'u2'], array['p1'])"
    ).fetchall()
    assert rows == [("first", 1, True), ("skipped", None, True), ("second", 2, True), ("arguments", 21, True)]


FULL_REFRESH = ["preferences", "frequently_together", "popularity", "trending", "similarities", "segments"]


def test_both_refreshes_report_through_the_loop(db: psycopg.Connection) -> None:
    # _rec_refresh_steps() is a text[n][2] of [name, statement]: rec_refresh_all runs exactly these
    listed = db.execute(
        "select array_agg(r[i][1] order by i) from (select _rec_refresh_steps() as r) x, "
        "generate_subscripts(r, 1) as i"
    ).fetchone()
    assert listed == (FULL_REFRESH,)
    steps = [r[0] for r in db.execute("select step from rec_refresh_all()").fetchall()]
    assert steps == FULL_REFRESH
    for ids in ("array[]::bigint[]", "null::bigint[]"):
        assert [r[0] for r in db.execute(f"select step from rec_refresh_after_import({ids})")] == [
            "preferences",
            "popularity",
            "frequently_together",
            "attribution",
        ], ids
    assert db.execute("select step, changed from rec_refresh_after_import(array[]::bigint[])").fetchall() == [
        ("preferences", 0),
        ("popularity", 0),
        ("frequently_together", 0),
        ("attribution", 0),
    ]
    notices: list[str] = []
    db.add_notice_handler(lambda diag: notices.append(diag.message_primary or ""))
    called = db.execute("call rec_refresh()").fetchone()
    assert called is not None and [step["step"] for step in called[0]] == FULL_REFRESH
    assert [n.split()[1] for n in notices if n.startswith("rec_refresh: ")] == FULL_REFRESH
    # rec_refresh() times its preferences step itself (it commits per chunk of users, which no function
    # run by _rec_run_steps may do) and runs every other step of _rec_refresh_steps() through the loop.
    loops = db.execute(
        "select array_agg(p.proname order by p.proname) from pg_proc p "
        "where p.pronamespace = 'public'::regnamespace and p.prosrc like '%clock_timestamp()%'"
    ).fetchone()
    assert loops == (["_rec_run_steps", "rec_refresh"],)
    source = db.execute("select prosrc from pg_proc where proname = 'rec_refresh'").fetchone()
    assert source is not None and "_rec_refresh_steps()" in source[0] and "_rec_run_steps(" in source[0]
