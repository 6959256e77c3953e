-- pgrec 0050: rec_analytics takes ten or so rows per recommendation answer, so its indexes are on the
-- serving path's write cost. The (shown_at, algorithm) b-tree was never used: rec_analytics_daily
-- filters on the UTC day, an expression it could not match. A BRIN index on that day (rows arrive in
-- time order) serves the summary's day filter and costs next to nothing to maintain.

drop index if exists rec_analytics_shown;
create index rec_analytics_day on rec_analytics using brin (((shown_at at time zone 'UTC')::date));
