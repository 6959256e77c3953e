-- pgrec 0180: rec_basket_queue holds baskets (user_id, basket_id) to recount from the log, not event ids. A
-- purchase deleted from the log (a Medusa order edited or canceled, a correction made in psql) leaves no event
-- to look up, only the basket it was in; a statement trigger on rec_user_interactions (sql_functions/013)
-- queues those baskets, and so does upkeep for purchases it puts off while a rebuild holds the baskets.
-- Queued event ids become their baskets (the basket rule of _rec_basket_id spelled out: sql_functions are
-- applied after the migrations, so on a new database the function does not exist yet).

alter table rec_basket_queue rename to rec_basket_queue_0120;
create table rec_basket_queue (
    user_id   text not null,
    basket_id text not null,
    primary key (user_id, basket_id)
);
comment on table rec_basket_queue is
    'Baskets to recount from the log at the next rec_upkeep(): those a deletion or update of conversion events '
    'touched, and those of purchases put off while rec_refresh_frequently_together() held the baskets.';
insert into rec_basket_queue (user_id, basket_id)
select distinct b.user_id, b.basket_id
from (select i.user_id,
             case
                 when coalesce(i.context ->> 'order_id', '') <> '' then 'order:' || (i.context ->> 'order_id')
                 when coalesce(i.session_id, '') <> '' then 'session:' || i.session_id
             end as basket_id
      from rec_basket_queue_0120 q
      join rec_user_interactions i on i.id = q.event_id) b
where b.basket_id is not null;
drop table rec_basket_queue_0120;

-- The fold's helper now reads the changed baskets' new contents from temporary tables.
drop function if exists _rec_apply_basket_changes(rec_user_basket_items[]);
