-- pgrec 000: version and health helpers.

create or replace function rec_version()
returns table (pgrec_schema text, postgres text, pgvector text)
language sql
stable
as $$
    select (select string_agg(migration_id, ',' order by migration_id)
              from _yoyo_migration),
           current_setting('server_version'),
           (select extversion from pg_extension where extname = 'vector');
$$;
comment on function rec_version() is
    'pgrec schema state: the applied migration ids, the PostgreSQL version and the pgvector version. No parameters.';
