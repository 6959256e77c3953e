-- pgrec 0250: rec_session_recommendations takes the filters of rec_personalized (exclude_ids, category, min_price,
-- max_price), applied inside the ranking, instead of the service filtering an over-fetched list (which could come
-- back short). The signature changes, so the old function is dropped here and
-- sql_functions/070-personalized.sql creates the new one.

drop function if exists rec_session_recommendations(text[], integer);
