-- pgrec 0230: a deleted or updated event corrects every state folded from it, not only its basket.
-- Upkeep folds inserts by merging them; a deletion or an update (a Medusa order edited or canceled, a
-- correction in psql, a product deleted with its events) leaves sums that cannot be taken apart, so its
-- users' preferences, its products' popularity and the outcomes of its recommendation request are recounted
-- from the log at the next rec_upkeep(). rec_recount_queue holds what to recount; a statement trigger
-- (sql_functions/095-upkeep.sql) fills it beside rec_basket_queue, and replaces the basket-only trigger.

create table rec_recount_queue (
    kind text not null check (kind in ('user', 'product', 'request')),
    key  text not null,
    primary key (kind, key)
);
comment on table rec_recount_queue is
    'What the next rec_upkeep() recounts from the event log because events were deleted or updated: a user''s '
    'preferences (kind user), a product''s popularity (product), the outcomes of a recommendation request '
    '(request, its uuid as text).';

drop trigger if exists rec_user_interactions_baskets_deleted on rec_user_interactions;
drop trigger if exists rec_user_interactions_baskets_updated on rec_user_interactions;
drop function if exists _rec_queue_baskets_trigger();

-- The bought-together state follows the event log through the fold, also when a product is deleted: its
-- events go (their foreign key cascades), the trigger queues their baskets, and the next fold takes the
-- product out of them, moving n(a), N and every pair it was in, so a product whose kept pairs lose one is
-- recounted. A cascade straight into these tables removed the rows before the fold could see them (pairs
-- kept by other products, basket sizes and N drifted from a rebuild until the next one).
alter table rec_user_basket_items drop constraint if exists rec_user_basket_items_product_id_fkey;
alter table rec_product_basket_counts drop constraint if exists rec_product_basket_counts_product_id_fkey;
alter table rec_frequently_together drop constraint if exists rec_frequently_together_product_id_fkey;
alter table rec_frequently_together drop constraint if exists rec_frequently_together_other_product_id_fkey;
