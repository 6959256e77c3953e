"""`pgrec migrate --service-login NAME`: the login `pgrec serve` connects as, a member of pgrec_service, its
password (PGREC_SERVICE_PASSWORD) stored as the SCRAM verifier PostgreSQL itself would make."""

from __future__ import annotations

import base64
from collections.abc import Iterator

import psycopg
import pytest
from psycopg import sql

from service.core.service_login import scram_verifier
from tests.cli import pgrec_env, run_pgrec
from tests.support.databases import unique_name
from tests.support.postgres_source import TestPostgres


@pytest.fixture
def name(pg_server: TestPostgres) -> Iterator[str]:
    """A role name unique to this run, dropped afterwards."""
    role = unique_name("pgrec_test_app")
    yield role
    with psycopg.connect(pg_server.url, autocommit=True) as conn:
        conn.execute(sql.SQL("drop role if exists {}").format(sql.Identifier(role)))


def stored(conn: psycopg.Connection, role: str) -> tuple[str, bool, bool]:
    """(the stored verifier, may log in, member of pgrec_service)."""
    row = conn.execute(
        "select rolpassword, rolcanlogin, pg_has_role(oid, 'pgrec_service', 'member') from pg_authid where rolname = %s",
        (role,),
    ).fetchone()
    assert row is not None, f"no role {role}"
    return row


def matches(verifier: str, password: str) -> bool:
    """The verifier is `password`'s: recomputed with its own salt and iteration count."""
    iterations, _, rest = verifier.removeprefix("SCRAM-SHA-256$").partition(":")
    salt = rest.partition("$")[0]
    return scram_verifier(password, base64.b64decode(salt), int(iterations)) == verifier


def test_the_verifier_is_postgresqls(conn: psycopg.Connection, name: str) -> None:
    conn.execute(sql.SQL("create role {} password 'pw-of-the-server'").format(sql.Identifier(name)))
    verifier = stored(conn, name)[0]
    assert verifier.startswith("SCRAM-SHA-256$") and matches(verifier, "pw-of-the-server")
    assert not matches(verifier, "another-password")


def test_migrate_creates_then_updates_the_login(
    database_url: str, conn: psycopg.Connection, name: str
) -> None:
    env = pgrec_env(PGREC_DATABASE_URL=database_url, PGREC_SERVICE_PASSWORD="first-password")
    result = run_pgrec("migrate", "--service-login", name, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert f"service login {name}: created, a member of pgrec_service" in result.stdout
    verifier, can_login, member = stored(conn, name)
    assert can_login and member and matches(verifier, "first-password")
    assert "first-password" not in result.stdout + result.stderr

    conn.execute(sql.SQL("revoke pgrec_service from {}").format(sql.Identifier(name)))
    env["PGREC_SERVICE_PASSWORD"] = "second-password"
    result = run_pgrec("migrate", "--service-login", name, env=env, timeout=120)
    assert result.returncode == 0 and f"service login {name}: updated" in result.stdout, result.stderr
    verifier, can_login, member = stored(conn, name)
    assert can_login and member and matches(verifier, "second-password")


def test_the_password_is_required(database_url: str, name: str) -> None:
    result = run_pgrec("migrate", "--service-login", name, env=pgrec_env(PGREC_DATABASE_URL=database_url))
    assert result.returncode == 2 and "PGREC_SERVICE_PASSWORD" in result.stderr
    assert "Traceback" not in result.stderr


def test_an_owner_or_superuser_is_refused(database_url: str, conn: psycopg.Connection) -> None:
    owner = conn.execute("select current_user").fetchone()[0]  # type: ignore[index]
    env = pgrec_env(PGREC_DATABASE_URL=database_url, PGREC_SERVICE_PASSWORD="a-password")
    before = conn.execute("select rolpassword from pg_authid where rolname = current_user").fetchone()
    result = run_pgrec("migrate", "--service-login", owner, env=env, timeout=120)
    assert result.returncode == 1 and "more than a service login" in result.stderr, result.stderr
    assert conn.execute("select rolpassword from pg_authid where rolname = current_user").fetchone() == before
