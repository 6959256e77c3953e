"""Migration 0190 keeps only the preference state serving reads: a running store's rows keep their taste
vector and counts, lose the columns nothing read, and the next fold merges into them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from service.core.migrate import apply_functions, apply_migrations
from tests.support.databases import database_before_migration
from tests.support.postgres_source import TestPostgres
from tests.support.upkeep import fold

MIGRATION = "0190.drop-unused-preference-columns"


@pytest.fixture
def store_before_0190(pg_server: TestPostgres, tmp_path: Path) -> Iterator[str]:
    with database_before_migration(pg_server.url, "0190", tmp_path) as url:
        yield url


def columns(conn: psycopg.Connection, table: str) -> list[str]:
    rows = conn.execute(
        "select attname from pg_attribute where attrelid = %s::regclass and attnum > 0 and not attisdropped "
        "order by attnum",
        (table,),
    ).fetchall()
    return [name for (name,) in rows]


def test_0190_drops_unread_preference_columns(store_before_0190: str) -> None:
    url = store_before_0190
    axis = "[" + ",".join("1" if i == 0 else "0" for i in range(384)) + "]"
    with psycopg.connect(url) as conn:
        conn.execute("insert into rec_products (id, title) values ('a', 'Apple')")
        conn.execute(
            "insert into rec_product_embeddings (product_id, embedding, model, content_hash) "
            "values ('a', %s::vector, 'test', 'x')",
            (axis,),
        )
        conn.execute(
            "insert into rec_user_interactions (user_id, product_id, interaction_type, created_at) "
            "values ('u1', 'a', 'view', now() - interval '1 day')"
        )
        # as the old upkeep left them
        conn.execute(
            "insert into rec_user_taste_terms (user_id, interaction_type, half_life, event_count, first_at, "
            "ref_at, embedded_weight, taste_direction, taste_magnitude, category_sums) values "
            "('u1', 'view', '14 days', 1, now() - interval '1 day', now() - interval '1 day', 1, %s::vector, 1, "
            "'{\"fruit\": 1}')",
            (axis,),
        )
        conn.execute(
            "insert into rec_user_preferences (user_id, category_scores, taste_vector, taste_weight, "
            "interaction_counts, interaction_count, first_seen_at, last_seen_at) values "
            "('u1', '{\"fruit\": 1}', %s::vector, 0.95, '{\"view\": 1}', 1, now() - interval '1 day', "
            "now() - interval '1 day')",
            (axis,),
        )
    assert apply_migrations(url)[0] == MIGRATION
    apply_functions(url, force=True)
    with psycopg.connect(url, autocommit=True) as conn:
        assert columns(conn, "rec_user_preferences") == [
            "user_id",
            "taste_vector",
            "interaction_count",
            "first_seen_at",
            "last_seen_at",
            "updated_at",
        ]
        assert "category_sums" not in columns(conn, "rec_user_taste_terms")
        assert "embedded_weight" not in columns(conn, "rec_user_taste_terms")
        assert conn.execute(
            "select interaction_count, taste_vector is not null from rec_user_preferences"
        ).fetchall() == [(1, True)]
        conn.execute("select rec_track_interaction('u1', 'a', 'purchase')")
        fold(conn)  # merges into the migrated terms
        assert conn.execute("select interaction_count from rec_user_preferences").fetchall() == [(2,)]
