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


def test_both_refreshes_report_through_the_loop(db: psycopg.Connection) -> None:
    steps = [r[0] for r in db.execute("select step from rec_refresh_all()").fetchall()]
    assert steps == ["preferences", "frequently_together", "popularity", "similarities", "segments"]
    assert db.execute("select step, changed from rec_refresh_after_import(array[]::bigint[])").fetchall() == [
        ("preferences", 0),
        ("popularity", 0),
        ("frequently_together", 0),
    ]
    loops = db.execute(
        "select array_agg(p.proname order by p.proname) from pg_proc p "
        "where p.pronamespace = 'public'::regnamespace and p.prosrc like '%clock_timestamp()%'"
    ).fetchone()
    assert loops == (["_rec_run_steps"],)
