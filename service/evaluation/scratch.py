"""The scratch database of an evaluation: created beside the configured one, loaded with the training
events only, embedded, refreshed, and always dropped at the end. The live database is only read."""

from __future__ import annotations

import secrets
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

import psycopg
from psycopg import sql

from service.core.db_urls import redact, with_database
from service.core.errors import ConfigurationError, PgrecError
from service.core.migrate import migrate
from service.evaluation.split import write_training_file
from service.ingest.online_retail import import_online_retail

SCRATCH_PREFIX = "pgrec_eval_"


def scratch_name() -> str:
    return SCRATCH_PREFIX + secrets.token_hex(4)


@contextmanager
def scratch_database(server_url: str, setting: str = "PGREC_DATABASE_URL") -> Iterator[str]:
    """A new, migrated database on the server of `server_url`; dropped (forcefully) on exit."""
    name = scratch_name()
    try:
        with psycopg.connect(server_url, autocommit=True) as conn:
            conn.execute(sql.SQL("create database {}").format(sql.Identifier(name)))
    except psycopg.Error as exc:
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ConfigurationError(
            setting, f"cannot create the scratch database {name} on {redact(server_url)}: {reason}"
        ) from None
    try:
        url = with_database(server_url, name)
        migrate(url)
        yield url
    finally:
        with psycopg.connect(server_url, autocommit=True) as conn:
            conn.execute(sql.SQL("drop database if exists {} with (force)").format(sql.Identifier(name)))


def is_superuser(url: str) -> bool:
    with psycopg.connect(url) as conn:
        row = conn.execute("select rolsuper from pg_roles where rolname = current_user").fetchone()
    return bool(row and row[0])


def bulk_url(url: str) -> str:
    """`url` whose sessions skip row triggers (session_replication_role = replica) when the role may:
    bulk loads are faster, and rec_refresh_all() rebuilds everything the triggers maintain."""
    if not is_superuser(url):
        return url
    separator = "&" if "?" in url else "?"
    return f"{url}{separator}options={quote('-c session_replication_role=replica')}"


def load_file(url: str, path: Path, start: datetime, progress: bool) -> None:
    """Import the Online Retail lines invoiced before `start` with the online-retail importer."""
    with tempfile.TemporaryDirectory(prefix="pgrec-eval-") as scratch:
        training = write_training_file(path, start, Path(scratch))
        import_online_retail(bulk_url(url), training, progress=progress)


_PRODUCT_COLUMNS = (
    "id, title, description, categories, tags, collection, product_type, handle, price, currency, "
    "thumbnail, is_active, source, metadata, content_hash, created_at, updated_at"
)
_EVENT_COLUMNS = (
    "user_id, session_id, product_id, interaction_type, quantity, unit_price, context, request_id, "
    "external_id, created_at"
)


def _copy(source: psycopg.Connection, target: psycopg.Connection, query: sql.Composable, table: str) -> None:
    with (
        source.cursor().copy(sql.SQL("copy ({}) to stdout").format(query)) as out,
        target.cursor().copy(f"copy {table} from stdin") as into,  # type: ignore[arg-type]
    ):
        for block in out:
            into.write(block)


def load_database(url: str, source_url: str, start: datetime) -> None:
    """Copy from `source_url` the event types, the products known before `start` (an event before it
    or created before it), their embeddings and the events before `start`. The source is only read."""
    with (
        psycopg.connect(source_url) as source,
        psycopg.connect(bulk_url(url)) as target,
        target.transaction(),
    ):
        source.execute("set transaction isolation level repeatable read, read only")
        target.execute("create temp table _types (like rec_interaction_types) on commit drop")
        _copy(source, target, sql.SQL("select * from rec_interaction_types"), "_types")
        target.execute(
            "insert into rec_interaction_types select * from _types on conflict (interaction_type) do update "
            "set weight = excluded.weight, half_life = excluded.half_life, "
            "is_conversion = excluded.is_conversion, description = excluded.description"
        )
        known = sql.SQL(
            "select {} from rec_products p where p.created_at < {} or exists "
            "(select 1 from rec_user_interactions i where i.product_id = p.id and i.created_at < {})"
        )
        start_literal = sql.Literal(start)
        _copy(
            source,
            target,
            known.format(sql.SQL(_PRODUCT_COLUMNS), start_literal, start_literal),
            f"rec_products ({_PRODUCT_COLUMNS})",
        )
        _copy(
            source,
            target,
            sql.SQL(
                "select e.product_id, e.embedding, e.model, e.content_hash, e.embedded_at "
                "from rec_product_embeddings e where e.product_id in ({})"
            ).format(known.format(sql.SQL("p.id"), start_literal, start_literal)),
            "rec_product_embeddings (product_id, embedding, model, content_hash, embedded_at)",
        )
        _copy(
            source,
            target,
            sql.SQL("select {} from rec_user_interactions where created_at < {}").format(
                sql.SQL(_EVENT_COLUMNS), start_literal
            ),
            f"rec_user_interactions ({_EVENT_COLUMNS})",
        )


def refresh(url: str) -> list[tuple[str, float]]:
    """rec_refresh_all() and a vacuum analyze; (step, seconds) per step."""
    with psycopg.connect(url, autocommit=True) as conn:
        rows = conn.execute("select step, seconds from rec_refresh_all()").fetchall()
        conn.execute("vacuum analyze")
    return [(str(step), float(seconds)) for step, seconds in rows]


def count_rows(url: str) -> dict[str, int]:
    with psycopg.connect(url) as conn:
        row = conn.execute(
            "select (select count(*) from rec_products where is_active), "
            "(select count(*) from rec_user_interactions), "
            "(select count(distinct user_id) from rec_user_interactions), "
            "(select count(*) from rec_product_embeddings)"
        ).fetchone()
    if row is None:
        raise PgrecError("the scratch database is empty")
    return {"active_products": row[0], "events": row[1], "users": row[2], "embeddings": row[3]}
