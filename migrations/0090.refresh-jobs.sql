-- pgrec 0090: refreshes started over HTTP run in the background; their state lives here so that any
-- worker or instance can answer GET /admin/refresh/<id>.

create table rec_refresh_jobs (
    id           uuid primary key,
    status       text not null default 'running' check (status in ('running', 'done', 'failed')),
    requested_at timestamptz not null default now(),
    finished_at  timestamptz,
    backend_pid  integer,
    steps        jsonb,
    error        text
);
comment on table rec_refresh_jobs is
    'Refreshes started by POST /admin/refresh: status running/done/failed, the backend running it, each step''s changed rows and seconds (rec_refresh_all()), or the error.';
-- At most one refresh runs at a time: a second request gets the running one.
create unique index rec_refresh_jobs_one_running on rec_refresh_jobs ((true)) where status = 'running';
