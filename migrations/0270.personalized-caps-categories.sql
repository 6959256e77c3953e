-- pgrec 0270: rec_personalized and its ranking helper _rec_rank take max_per_category (at most that many products
-- of one category in a list). The signatures change, so the old functions are dropped here and
-- sql_functions/070-personalized.sql creates the new ones.

drop function if exists rec_personalized(text, integer, double precision, double precision, boolean, text[], text,
                                         numeric, numeric, timestamptz, boolean, interval);
drop function if exists _rec_rank(text[], double precision[], vector, integer, double precision, double precision,
                                  text[], text, numeric, numeric, timestamptz);
