-- pgrec 0220: the event log loses rec_user_interactions_user_time (user_id, created_at desc).
-- Every read of one user's events is served by the primary key (user_id, id) or by
-- rec_user_interactions_user_product (user_id, product_id, interaction_type, created_at), which also covers
-- created_at filters (as_of) in index-only scans. The index cost every tracked event an insertion: on the
-- demo data 2.5 of the 40 us of backend time per event of rec_track_interactions (benchmarks/scale_track.py).
-- DROP INDEX holds the table's lock only for the catalog change.

drop index if exists rec_user_interactions_user_time;
