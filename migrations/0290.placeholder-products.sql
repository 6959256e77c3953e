-- pgrec 0290: lenient tracking. An event for a product pgrec does not know yet is kept: tracking adds a
-- placeholder product (rec_products.placeholder, inactive, so no list ever serves it) and the catalog write that
-- later brings the product (_rec_upsert_products: PUT /products, the importers, the Medusa sync) fills it in and
-- activates it, its events already counted. The tracking functions take the rule as a parameter, so their
-- signatures change: the old ones are dropped here and sql_functions/011-track.sql creates the new ones.

alter table rec_products add column placeholder boolean not null default false;
comment on column rec_products.placeholder is
    'true: made by tracking for an event whose product the catalog did not have yet (inactive, title = id); '
    'the next catalog write of that id fills it in and sets it false.';

drop function if exists rec_track_interaction(text, text, text, text, integer, jsonb, uuid, timestamptz, numeric, text);
drop function if exists rec_track_interactions(jsonb);
drop function if exists _rec_event_errors(jsonb);
drop function if exists _rec_raise_event_error(jsonb);
