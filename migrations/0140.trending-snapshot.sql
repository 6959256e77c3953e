-- pgrec 0140: trending scores materialised by upkeep (rec_upkeep, at most once a minute) for the windows
-- the service asks for, so rec_trending and the cold-start fallback of every new visitor read a small
-- table instead of ranking the last days of the event log on every call.

create table rec_trending_snapshot (
    "window"    interval not null,
    product_id  text not null references rec_products (id) on delete cascade,
    score       double precision not null,
    computed_at timestamptz not null,
    primary key ("window", product_id)
);
create index rec_trending_snapshot_rank on rec_trending_snapshot ("window", score desc, product_id);
comment on table rec_trending_snapshot is
    'Trending score of each product with events in the window, as of computed_at (_rec_trending_scores); '
    'rewritten by rec_upkeep() at most once a minute and by rec_refresh(); read by rec_trending and the cold-start '
    'fallback when as_of is null and the snapshot is at most 10 minutes old.';
