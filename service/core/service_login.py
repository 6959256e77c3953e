"""`pgrec migrate --service-login NAME`: a LOGIN role for `pgrec serve`, a member of pgrec_service (what it
may execute: sql_functions/990-privileges.sql), with the password of PGREC_SERVICE_PASSWORD. The password is
sent as a SCRAM-SHA-256 verifier made here (as psql's \\password does): it never reaches the server's logs."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os

import psycopg
from psycopg import sql

from service.core.config import LOGIN_NAME
from service.core.errors import PgrecError

SERVICE_GROUP = "pgrec_service"
SCRAM_ITERATIONS = 4096  # PostgreSQL's default scram_iterations


def scram_verifier(password: str, salt: bytes | None = None, iterations: int = SCRAM_ITERATIONS) -> str:
    """What PostgreSQL stores for `password` (RFC 5802/7677), for printable ASCII passwords, which SASLprep
    leaves unchanged."""
    salt = os.urandom(16) if salt is None else salt
    salted = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, iterations)
    stored_key = hashlib.sha256(hmac.digest(salted, b"Client Key", "sha256")).digest()
    server_key = hmac.digest(salted, b"Server Key", "sha256")

    def b64(data: bytes) -> str:
        return base64.b64encode(data).decode()

    return f"SCRAM-SHA-256${iterations}:{b64(salt)}${b64(stored_key)}:{b64(server_key)}"


def _admin_statement(name: str) -> str:
    return f"create role {name} login password '...' in role {SERVICE_GROUP};"


def ensure_service_login(url: str, name: str, password: str) -> str:
    """Create the login, or give an existing one this password and the group; returns "created", "updated"
    or, when the migrating role may not change roles and the login is already in the group, "kept" (its
    password left as it is). Refuses a role that is more than a service login."""
    if not LOGIN_NAME.match(name):
        raise PgrecError(f"--service-login: expected a lower-case role name (a-z, 0-9, _), got {name!r}")
    with psycopg.connect(url, autocommit=True) as conn:
        if conn.execute("select to_regrole(%s) is null", (SERVICE_GROUP,)).fetchone() == (True,):
            raise PgrecError(
                f"--service-login: the role {SERVICE_GROUP} is missing (pgrec migrate creates it when it may "
                "create roles; see README, Privileges)"
            )
        row = conn.execute(
            "select rolsuper or rolcreaterole or rolcreatedb or rolbypassrls or rolname = current_user,"
            "       pg_has_role(oid, %s, 'member')"
            "  from pg_roles where rolname = %s",
            (SERVICE_GROUP, name),
        ).fetchone()
        if row is not None and row[0]:
            raise PgrecError(
                f"--service-login: {name} is more than a service login (superuser, CREATEROLE, "
                "CREATEDB, BYPASSRLS or the migrating role itself): name a role of its own"
            )
        role, verifier = sql.Identifier(name), sql.Literal(scram_verifier(password))
        try:
            if row is None:
                conn.execute(
                    sql.SQL("create role {} login password {} in role {}").format(
                        role, verifier, sql.Identifier(SERVICE_GROUP)
                    )
                )
                return "created"
            with conn.transaction():
                conn.execute(sql.SQL("alter role {} login password {}").format(role, verifier))
                if not row[1]:
                    conn.execute(sql.SQL("grant {} to {}").format(sql.Identifier(SERVICE_GROUP), role))
            return "updated"
        except psycopg.errors.InsufficientPrivilege as exc:
            if row is not None and row[1]:
                return "kept"
            raise PgrecError(
                f"--service-login: {exc.diag.message_primary}; have an administrator run "
                f'"{_admin_statement(name) if row is None else f"grant {SERVICE_GROUP} to {name};"}"'
            ) from None
