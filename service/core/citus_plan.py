"""Where each rec_* table goes on a Citus cluster, the rules the schema must keep for that, and the
calls that distribute it (`pgrec migrate --citus`). See docs/scaling.md.

Per-user tables are hash-distributed by user_id and co-located with the event log, so everything
one user's request reads or writes sits on one shard; the catalog and everything per product is a
reference table (a copy on every node), so a ranking joins locally. No Citus package reaches the
machines this is built on: the plan is checked against the migrated schema (tests/test_citus_plan.py),
not run."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

import psycopg

Kind = Literal["distributed", "reference"]


@dataclass(frozen=True)
class Placement:
    kind: Kind
    column: str | None = None  # distribution column (distributed tables)
    colocate_with: str | None = None  # the group's first table; None = it starts a group


def _users(anchor: bool = False) -> Placement:
    return Placement("distributed", "user_id", None if anchor else "rec_user_interactions")


PLAN: dict[str, Placement] = {
    # One user's shard: events, tastes, baskets, segment.
    "rec_user_interactions": _users(anchor=True),
    "rec_event_inbox": _users(),
    "rec_user_preferences": _users(),
    "rec_user_taste_terms": _users(),
    "rec_user_segments": _users(),
    "rec_user_basket_items": _users(),
    "rec_basket_queue": _users(),
    # One served list: its impressions and outcomes together.
    "rec_analytics": Placement("distributed", "request_id"),
    "rec_analytics_outcomes": Placement("distributed", "request_id", "rec_analytics"),
    # The second cache level, by subject ("user:<id>", "product:<id>", ...).
    "rec_recommendations_cache": Placement("distributed", "subject"),
    # Events waiting for the fold: by event id (the fold fans out; it is a background batch).
    "rec_event_queue": Placement("distributed", "event_id"),
    # Catalog and per-product state: read by every ranking, written by refresh and upkeep.
    "rec_products": Placement("reference"),
    "rec_product_embeddings": Placement("reference"),
    "rec_embedding_queue": Placement("reference"),
    "rec_product_similarities": Placement("reference"),
    "rec_frequently_together": Placement("reference"),
    "rec_product_popularity": Placement("reference"),
    "rec_product_basket_counts": Placement("reference"),
    "rec_trending_snapshot": Placement("reference"),
    "rec_basket_totals": Placement("reference"),
    "rec_interaction_types": Placement("reference"),
    "rec_recount_queue": Placement("reference"),
    "rec_refresh_jobs": Placement("reference"),
    "rec_model_fits": Placement("reference"),
    "rec_settings": Placement("reference"),
    "rec_meta": Placement("reference"),
}

# Triggers on distributed tables run on each shard, where Citus lets them write only co-located
# shards. These write other tables (the fold's queues), so at distribution time their work moves
# into the tracking functions, which run on the coordinator and route each write. Listed so that a
# new trigger on a distributed table is a decision, not an accident.
TRIGGERS_TO_MOVE: dict[tuple[str, str], str] = {
    ("rec_user_interactions", "rec_user_interactions_queue"): (
        "queues new events in rec_event_queue: rec_track_interaction(s) and the importers insert the "
        "queue rows themselves"
    ),
    ("rec_user_interactions", "rec_user_interactions_corrections_updated"): (
        "queues recounts of changed events in rec_recount_queue: the statements that change events "
        "queue them (they run on the coordinator)"
    ),
    ("rec_user_interactions", "rec_user_interactions_corrections_deleted"): (
        "queues recounts of deleted events in rec_recount_queue: as above"
    ),
}


@dataclass(frozen=True)
class Schema:
    """What the rules look at, read from a migrated database."""

    tables: set[str]
    column_types: dict[tuple[str, str], str]  # (table, column) -> type
    unique_keys: list[tuple[str, str, tuple[str, ...]]]  # (table, index, columns)
    foreign_keys: list[tuple[str, tuple[str, ...], str, tuple[str, ...]]]  # from, cols, to, cols
    triggers: set[tuple[str, str]]


def read_schema(conn: psycopg.Connection[Any]) -> Schema:
    tables = {
        name
        for (name,) in conn.execute(
            "select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace "
            "where n.nspname = 'public' and c.relkind in ('r', 'p') and c.relname like 'rec\\_%'"
        )
    }
    column_types = {
        (table, column): kind
        for table, column, kind in conn.execute(
            "select c.relname, a.attname, format_type(a.atttypid, a.atttypmod) from pg_attribute a "
            "join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace "
            "where n.nspname = 'public' and a.attnum > 0 and not a.attisdropped"
        )
        if table in tables
    }
    unique_keys = [
        (table, index, tuple(columns))
        for table, index, columns in conn.execute(
            "select t.relname, i.relname, array(select a.attname from unnest(x.indkey) k "
            "  join pg_attribute a on a.attrelid = x.indrelid and a.attnum = k) "
            "from pg_index x join pg_class t on t.oid = x.indrelid join pg_class i on i.oid = x.indexrelid "
            "join pg_namespace n on n.oid = t.relnamespace where n.nspname = 'public' and x.indisunique"
        )
        if table in tables
    ]
    foreign_keys = [
        (source, tuple(columns), target, tuple(target_columns))
        for source, columns, target, target_columns in conn.execute(
            "select c.conrelid::regclass::text, "
            "  array(select a.attname from unnest(c.conkey) k join pg_attribute a "
            "        on a.attrelid = c.conrelid and a.attnum = k), "
            "  c.confrelid::regclass::text, "
            "  array(select a.attname from unnest(c.confkey) k join pg_attribute a "
            "        on a.attrelid = c.confrelid and a.attnum = k) "
            "from pg_constraint c where c.contype = 'f' and c.connamespace = 'public'::regnamespace"
        )
        if source in tables
    ]
    triggers = {
        (table, name)
        for table, name in conn.execute(
            "select tgrelid::regclass::text, tgname from pg_trigger where not tgisinternal"
        )
        if table in tables
    }
    return Schema(tables, column_types, unique_keys, foreign_keys, triggers)


def _group(table: str) -> str:
    placement = PLAN[table]
    return placement.colocate_with or table


def violations(schema: Schema) -> list[str]:
    """Every way the schema breaks the plan or Citus's rules for it; empty when it can be distributed."""
    found = [
        f"{t}: not in the Citus plan (service/core/citus_plan.py)" for t in sorted(schema.tables - set(PLAN))
    ]
    found += [f"{t}: in the Citus plan but not in the schema" for t in sorted(set(PLAN) - schema.tables)]
    placed = schema.tables & set(PLAN)
    group_types: dict[str, set[str]] = {}
    for table in sorted(placed):
        placement = PLAN[table]
        if placement.kind != "distributed":
            continue
        column = placement.column or ""
        kind = schema.column_types.get((table, column))
        if kind is None:
            found.append(f"{table}: no distribution column {column}")
            continue
        group_types.setdefault(_group(table), set()).add(kind)
        if placement.colocate_with and PLAN[placement.colocate_with].colocate_with is not None:
            found.append(
                f"{table}: co-located with {placement.colocate_with}, which is not a group's first table"
            )
    found += [
        f"co-location group {group}: distribution columns of different types {sorted(types)}"
        for group, types in sorted(group_types.items())
        if len(types) > 1
    ]
    for table, index, columns in schema.unique_keys:
        keyed = PLAN.get(table)
        if keyed and keyed.kind == "distributed" and keyed.column not in columns:
            found.append(
                f"{table}: unique index {index} {columns} lacks the distribution column {keyed.column}"
            )
    for source, columns, target, target_columns in schema.foreign_keys:
        found += _foreign_key_violations(source, columns, target, target_columns)
    for table, trigger in sorted(schema.triggers):
        triggered = PLAN.get(table)
        if triggered and triggered.kind == "distributed" and (table, trigger) not in TRIGGERS_TO_MOVE:
            found.append(
                f"{table}: trigger {trigger} on a distributed table (add it to TRIGGERS_TO_MOVE or drop it)"
            )
    return found


def _foreign_key_violations(
    source: str, columns: tuple[str, ...], target: str, target_columns: tuple[str, ...]
) -> list[str]:
    if source not in PLAN or target not in PLAN:
        return []
    origin, referenced = PLAN[source], PLAN[target]
    if referenced.kind == "reference":
        return []  # distributed -> reference and reference -> reference are both allowed
    if origin.kind == "reference":
        return [f"{source} -> {target}: a reference table may not reference a distributed one"]
    if _group(source) != _group(target):
        return [f"{source} -> {target}: a foreign key between tables that are not co-located"]
    pairs = dict(zip(columns, target_columns, strict=True))
    if pairs.get(origin.column or "") != referenced.column:
        return [f"{source} -> {target}: the foreign key does not include the distribution column"]
    return []


def _reference_order(schema: Schema) -> list[str]:
    """Reference tables, each after the reference tables it points at (Citus needs the target first)."""
    references = sorted(t for t, p in PLAN.items() if p.kind == "reference")
    needs = {
        t: {target for s, _, target, _ in schema.foreign_keys if s == t and target != t} for t in references
    }
    ordered: list[str] = []
    while len(ordered) < len(references):
        ready = [t for t in references if t not in ordered and needs[t] <= set(ordered)]
        if not ready:  # a cycle: Citus takes the rest in any order within one transaction
            ready = [t for t in references if t not in ordered]
        ordered += ready
    return ordered


def distribution_script(schema: Schema) -> str:
    """The SQL that distributes a migrated pgrec database on a Citus coordinator."""
    lines = [
        "-- pgrec on Citus: run on the coordinator as the owner, after `pgrec migrate` (docs/scaling.md).",
        "-- Before running, move the work of these triggers into the tracking functions"
        " (Citus runs triggers per shard):",
        *(f"--   {table}.{trigger}: {why}" for (table, trigger), why in TRIGGERS_TO_MOVE.items()),
        "begin;",
        "create extension if not exists citus;",
        *(f"select create_reference_table('{t}');" for t in _reference_order(schema)),
    ]
    anchors = sorted(t for t, p in PLAN.items() if p.kind == "distributed" and p.colocate_with is None)
    for anchor in anchors:
        lines.append(f"select create_distributed_table('{anchor}', '{PLAN[anchor].column}');")
        lines += [
            f"select create_distributed_table('{t}', '{p.column}', colocate_with => '{anchor}');"
            for t, p in sorted(PLAN.items())
            if p.colocate_with == anchor
        ]
    lines.append("commit;")
    return "\n".join(lines) + "\n"
