-- pgrec 0070: rec_refresh_after_import takes the ids of the events an import stored (bigint[]) instead of
-- the users it touched (text[]), so the catch-up redoes only those events' users, products and baskets.
-- sql_functions/090-refresh-all.sql creates the new signature.

drop function if exists rec_refresh_after_import(text[]);
