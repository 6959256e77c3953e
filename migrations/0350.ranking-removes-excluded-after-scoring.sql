-- pgrec 0350: _rec_rank takes removed_ids (a request's exclude_ids, removed after the scoring instead of
-- inside the pools, so a list is a prefix of a longer one without them: the service derives lists from a
-- stored list of 50). The signature changes, so the old function is dropped here and
-- sql_functions/070-personalized.sql creates the new one.

drop function if exists _rec_rank(text[], double precision[], vector, integer, double precision, double precision,
                                  text[], text, numeric, numeric, timestamptz, integer);
