-- pgrec 0310: the fitted item-item model (issue 14) is maintained by the refresh. One row per fitted method
-- says when it was fitted and from which co_interaction neighbours: a worker refits when a refresh run from
-- psql (CALL rec_refresh(), which cannot run numpy) has changed them since.

create table rec_model_fits (
    method          text primary key check (method ~ '^[a-z][a-z0-9_]{0,62}$'),
    fitted_at       timestamptz not null default now(),
    similarities_at timestamptz,
    report          jsonb not null default '{}'
);
comment on table rec_model_fits is
    'The last fit of each fitted method of rec_product_similarities (e.g. ease): fitted_at = when it was written; '
    'similarities_at = the newest co_interaction row (computed_at) when the fit began (a later one means a '
    'refresh ran since and the model is due); report = users, items, EASE and tail items, rows, seconds.';
