-- pgrec 0120: an event is one append. The statement triggers that folded every insert into preferences,
-- popularity and baskets inside the tracking transaction (and so waited on every refresh's locks, and
-- serialised writers on shared rows) are replaced by a queue that background upkeep drains
-- (rec_upkeep(), sql_functions/095-upkeep.sql). Events stored before this migration were already folded.

create table rec_event_queue (
    event_id bigint primary key
);
comment on table rec_event_queue is
    'Ids of tracked events not yet folded into preferences, popularity and baskets; filled by a statement trigger '
    'on rec_user_interactions, drained by rec_upkeep() (for update skip locked).';

create table rec_basket_queue (
    event_id bigint primary key
);
comment on table rec_basket_queue is
    'Conversion events whose basket update was put off while rec_refresh_frequently_together() held the baskets; '
    'the next rec_upkeep() folds them.';

drop trigger if exists rec_user_interactions_preferences on rec_user_interactions;
drop trigger if exists rec_user_interactions_baskets on rec_user_interactions;
drop trigger if exists rec_user_interactions_popularity on rec_user_interactions;
drop function if exists _rec_interactions_preferences_trigger();
drop function if exists _rec_interactions_baskets_trigger();
drop function if exists _rec_popularity_after_insert();
drop function if exists _rec_derived_deferred();
-- the helpers of the old incremental fold
drop function if exists _rec_lock_users(text[]);
drop function if exists _rec_vector_combine(vector, double precision, vector, double precision);
drop function if exists _rec_jsonb_combine(jsonb, double precision, jsonb, double precision);
