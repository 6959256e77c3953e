-- pgrec 0170: rec_trending and the cold-start fallback read rec_trending_snapshot directly (its index gives the
-- top k without a sort); the helper that copied the whole snapshot for them is gone.

drop function if exists _rec_trending_for(timestamptz, interval);
