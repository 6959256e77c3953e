"""The store's ranking settings (rec_settings) through their SQL functions: show, set, reset, print."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import psycopg

from service.core.errors import PgrecError

# psycopg's "undefined function": the database predates migration 0300
_UNDEFINED_FUNCTION = "42883"


@dataclass(frozen=True)
class StoreSetting:
    """One row of rec_show_settings()."""

    name: str
    value: str
    source: str  # pgrec.<name> (session, role or database setting), rec_settings or default
    stored_value: str | None
    default_value: str
    set_at: datetime | None
    set_by: str | None
    set_source: str | None
    note: str | None


def _sql_error(exc: psycopg.Error) -> PgrecError:
    if exc.sqlstate == _UNDEFINED_FUNCTION:
        return PgrecError("the database has no settings functions yet: run `pgrec migrate` first")
    return PgrecError(exc.diag.message_primary or str(exc).strip())


def show(conn: psycopg.Connection[Any]) -> dict[str, StoreSetting]:
    """Every known setting by name, as the ranking functions read it now."""
    try:
        rows = conn.execute(
            "select name, value, source, stored_value, default_value, set_at, set_by, set_source, note "
            "from rec_show_settings()"
        ).fetchall()
    except psycopg.Error as exc:
        raise _sql_error(exc) from None
    return {row[0]: StoreSetting(*row) for row in rows}


def set_setting(
    conn: psycopg.Connection[Any], name: str, value: str, note: str | None, source: str
) -> tuple[str | None, str]:
    """Store one setting (checked in SQL: a bad name or value is a PgrecError naming it); (old, new)."""
    try:
        row = conn.execute(
            "select old_value, new_value from rec_set_setting(%s, %s, %s, %s)", (name, value, note, source)
        ).fetchone()
    except psycopg.Error as exc:
        raise _sql_error(exc) from None
    assert row is not None
    return row[0], row[1]


def reset_setting(conn: psycopg.Connection[Any], name: str) -> tuple[str | None, str]:
    """Remove the stored value of one setting; (old stored value or None, the default)."""
    try:
        row = conn.execute("select old_value, new_value from rec_reset_setting(%s)", (name,)).fetchone()
    except psycopg.Error as exc:
        raise _sql_error(exc) from None
    assert row is not None
    return row[0], row[1]


def overridden(settings: dict[str, StoreSetting]) -> list[str]:
    """The settings whose stored value does not serve: a pgrec.<name> session/role/database setting wins."""
    return [s.name for s in settings.values() if s.source.startswith("pgrec.")]


def table(settings: dict[str, StoreSetting], before: dict[str, StoreSetting] | None = None) -> str:
    """One line per setting: name, value (before -> after when `before` differs), where it comes from and
    the stored row's note."""
    lines = [f"{'setting':<24} {'value':<24} {'from':<31} note"]
    for name, setting in settings.items():
        value = setting.value
        if before is not None and name in before and before[name].value != value:
            value = f"{before[name].value} -> {value}"
        origin = setting.source
        if setting.source == "rec_settings" and setting.set_at is not None:
            origin = f"stored {setting.set_at:%Y-%m-%d %H:%M} ({setting.set_source})"
        elif setting.source == "default":
            origin = "default"
        lines.append(f"{name:<24} {value:<24} {origin:<31} {setting.note or ''}".rstrip())
    return "\n".join(lines)
