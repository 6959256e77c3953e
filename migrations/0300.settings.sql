-- pgrec 0300: the store's ranking defaults, editable without a deploy. One row per setting a person or
-- `pgrec tune --apply` chose; a setting without a row has its built-in default. A session or database setting
-- pgrec.<name> still wins over the row (sql_functions/050-ranking-helpers.sql: _rec_setting). Values are text
-- and checked by a trigger against the reader's own rule (sql_functions/051-settings.sql), so a row a reader
-- would refuse is never stored.

create table rec_settings (
    name   text primary key,
    value  text not null,
    set_at timestamptz not null default now(),
    set_by text not null default current_user,
    source text not null default 'psql',
    note   text
);
comment on table rec_settings is
    'Store-wide ranking settings (trend_prior, content_weight, ...): a row overrides the built-in default; a '
    'session or database setting pgrec.<name> overrides the row. Written by rec_set_setting (psql), '
    '`pgrec settings set` and `pgrec tune --apply`; read by _rec_setting. source: who wrote it (psql, cli, tune).';
