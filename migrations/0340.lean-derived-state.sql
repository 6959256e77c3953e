-- pgrec 0340: derived state a little leaner (issue 13: derived tables together no larger than the event log).
-- rec_user_segments_segment (segment) is read by no query: serving never reads segments, the demo joins them by
-- user_id (the primary key), and with seven segments a filter on one reads a seventh of the table or more, which
-- a sequential scan does as well. It cost every segment change an index entry (0.66 MB at 100k users, never
-- scanned in a scale run).
-- Also changed, without DDL (sql_functions/012-preferences.sql): upkeep inserts a new user's
-- rec_user_preferences row once, with its values, instead of a bare row rewritten at the end of the fold. At
-- scale (100k users, 1M events) the dead bare rows left 833 of the table's 11,945 pages empty and its primary
-- key at 45% leaf density: 99 MB, now 90 MB. Derived tables together 430 -> 420 MB against the event log's 427.
-- DROP INDEX holds the table's lock only for the catalog change.

drop index if exists rec_user_segments_segment;
