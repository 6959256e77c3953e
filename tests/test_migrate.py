"""`pgrec migrate` applies migrations then sql_functions/, and a second run is a no-op."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from service.core.errors import PgrecError
from service.core.migrate import apply_functions, migrate
from tests.cli import pgrec_env, run_pgrec
from tests.support.databases import temporary_database
from tests.support.postgres_source import TestPostgres

SCHEMA_SNAPSHOT = """
    select 'table ' || c.relname || ' ' || c.relkind::text from pg_class c
      join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public'
    union all
    select 'function ' || p.oid::regprocedure::text || ' ' || md5(p.prosrc) from pg_proc p
      join pg_namespace n on n.oid = p.pronamespace where n.nspname = 'public' and p.proname like 'rec\\_%'
    union all
    select 'migration ' || migration_id from _yoyo_migration
    order by 1
"""


@pytest.fixture
def empty_database(pg_server: TestPostgres) -> Iterator[str]:
    with temporary_database(pg_server.url, "pgrec_empty") as url:
        yield url


def snapshot(url: str) -> list[str]:
    with psycopg.connect(url) as conn:
        return [row for (row,) in conn.execute(SCHEMA_SNAPSHOT)]


def test_migrate_twice_changes_nothing_the_second_time(empty_database: str) -> None:
    first = migrate(empty_database)
    assert first.migrations and first.function_files
    before = snapshot(empty_database)
    second = migrate(empty_database)
    assert not second.changed
    assert snapshot(empty_database) == before


def test_cli_prints_what_it_applied_and_then_nothing(empty_database: str) -> None:
    env = pgrec_env(PGREC_DATABASE_URL=empty_database)
    first = run_pgrec("migrate", env=env)
    assert first.returncode == 0, first.stderr
    assert "applied migration 0001.vector-and-catalog" in first.stdout
    assert "applied sql_functions: 000-meta.sql" in first.stdout
    second = run_pgrec("migrate", env=env)
    assert second.returncode == 0, second.stderr
    assert "nothing applied" in second.stdout and "applied migration" not in second.stdout


def test_function_files_apply_twice_cleanly_when_forced(database_url: str) -> None:
    assert apply_functions(database_url, force=True)
    assert apply_functions(database_url, force=True)
    with psycopg.connect(database_url) as conn:
        (migrations, _server, pgvector) = conn.execute("select * from rec_version()").fetchone()
    assert "0001.vector-and-catalog" in migrations and pgvector.startswith("0.")


def test_a_broken_function_file_names_itself_and_changes_nothing(database_url: str, tmp_path: Path) -> None:
    (tmp_path / "001-good.sql").write_text(
        "create or replace function rec_probe() returns int language sql as $$ select 1 $$;"
    )
    (tmp_path / "002-bad.sql").write_text("create or replace function rec_broken( returns int;")
    with pytest.raises(PgrecError, match=r"002-bad\.sql"):
        apply_functions(database_url, directory=tmp_path)
    with psycopg.connect(database_url) as conn:
        assert conn.execute("select to_regproc('rec_probe')").fetchone() == (None,)


def test_functions_with_dollar_quoted_bodies_and_semicolons_survive(
    database_url: str, tmp_path: Path
) -> None:
    (tmp_path / "001-body.sql").write_text(
        """
        create or replace function rec_probe_plpgsql(n int) returns int language plpgsql as $$
        declare total int := 0;
        begin
            for i in 1..n loop total := total + i; end loop;
            return total;
        end;
        $$;
        comment on function rec_probe_plpgsql(int) is 'sum 1..n; n: upper bound';
        """
    )
    apply_functions(database_url, directory=tmp_path)
    with psycopg.connect(database_url) as conn:
        assert conn.execute("select rec_probe_plpgsql(4)").fetchone() == (10,)
        conn.execute("drop function rec_probe_plpgsql(int)")
        conn.execute("delete from rec_meta where key = 'sql_functions_digest'")
