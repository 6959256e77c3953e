-- pgrec 0260: rec_personalized takes exclude_seen and seen_within (drop what the user just viewed, clicked or put
-- in the cart). The signature changes, so the old function is dropped here and sql_functions/070-personalized.sql
-- creates the new one.

drop function if exists rec_personalized(text, integer, double precision, double precision, boolean, text[], text,
                                         numeric, numeric, timestamptz);
