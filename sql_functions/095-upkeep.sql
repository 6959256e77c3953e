-- pgrec 095: upkeep. Tracking only appends (rec_event_inbox); rec_upkeep() moves the inbox into the event log
-- (rec_user_interactions, whose trigger queues the events in rec_event_queue) and folds the
-- queued events into preferences, popularity, baskets and attribution, a batch at a time, one caller at a time. The
-- service runs it every second in the background (any worker; the advisory lock picks one), `pgrec upkeep
-- --watch` does the same outside the service.

-- Inserts are folded by merging them; a deletion or an update of events leaves sums that cannot be taken
-- apart, so what they were folded into is queued to be recounted from the log at the next rec_upkeep(): their
-- baskets (rec_basket_queue), their users' preferences, their products' popularity and the outcomes of their
-- recommendation requests (rec_recount_queue). One mechanism for every correction: a Medusa order edited or
-- canceled, a DELETE or UPDATE in psql, a product deleted with its events. (TRUNCATE is not seen: rebuild with
-- rec_refresh_all() after it.)
create or replace function _rec_queue_corrections(events rec_user_interactions[])
returns void
language sql
volatile
as $$
    insert into rec_basket_queue (user_id, basket_id)
    select distinct e.user_id, _rec_basket_id(e.context, e.session_id)
    from unnest(events) e
    join rec_interaction_types t on t.interaction_type = e.interaction_type
    where t.is_conversion and _rec_basket_id(e.context, e.session_id) is not null
    order by 1, 2
    on conflict (user_id, basket_id) do nothing;
    insert into rec_recount_queue (kind, key)
    select distinct x.kind, x.key
    from unnest(events) e
    cross join lateral (values ('user', e.user_id), ('product', e.product_id), ('request', e.request_id::text))
        as x(kind, key)
    where x.key is not null
    order by 1, 2
    on conflict (kind, key) do nothing;
$$;
comment on function _rec_queue_corrections(rec_user_interactions[]) is
    'Queue what the given (deleted, or updated: before and after) events were folded into, to be recounted from '
    'the log by the next rec_upkeep(): the baskets of conversion events (rec_basket_queue), and the users, '
    'products and recommendation requests (rec_recount_queue). Private helper.';

create or replace function _rec_queue_corrections_trigger()
returns trigger
language plpgsql
volatile
as $$
begin
    perform _rec_queue_corrections(array(select o::rec_user_interactions from old_rows o));
    if tg_op = 'UPDATE' then
        perform _rec_queue_corrections(array(select n::rec_user_interactions from new_rows n));
    end if;
    return null;
end;
$$;
comment on function _rec_queue_corrections_trigger() is
    'AFTER DELETE / AFTER UPDATE statement trigger on rec_user_interactions: _rec_queue_corrections() of the old '
    'rows (and of the new ones after an update). Private helper.';

create or replace trigger rec_user_interactions_corrections_deleted
    after delete on rec_user_interactions
    referencing old table as old_rows
    for each statement
    execute function _rec_queue_corrections_trigger();
create or replace trigger rec_user_interactions_corrections_updated
    after update on rec_user_interactions
    referencing old table as old_rows new table as new_rows
    for each statement
    execute function _rec_queue_corrections_trigger();

-- The inbox into the log, in one statement: same ids, the log's queue trigger queues them. An event whose
-- product or interaction type was deleted since it was tracked goes with it, as the log's cascade would have
-- taken it; a key that reached the log meanwhile (a duplicate tracked while its first copy was being moved) is
-- stored once. Rows another mover holds are skipped (it moves them).
create or replace function _rec_store_inbox()
returns bigint
language plpgsql
volatile
as $$
declare
    moved bigint;
begin
    with taken as (
        delete from rec_event_inbox x
        where x.ctid = any (array(select c.ctid from rec_event_inbox c for update skip locked))
        returning x.*
    ),
    stored as (
        insert into rec_user_interactions
            (id, user_id, session_id, product_id, interaction_type, quantity, unit_price, context, request_id,
             external_id, created_at)
        overriding system value
        select t.id, t.user_id, t.session_id, t.product_id, t.interaction_type, t.quantity, t.unit_price, t.context,
               t.request_id, t.external_id, t.created_at
        from taken t
        where exists (select 1 from rec_products p where p.id = t.product_id)
          and exists (select 1 from rec_interaction_types y where y.interaction_type = t.interaction_type)
        order by t.id
        on conflict (user_id, external_id) where external_id is not null do nothing
        returning 1
    )
    select count(*) into moved from stored;
    return moved;
end;
$$;
comment on function _rec_store_inbox() is
    'Move rec_event_inbox into rec_user_interactions (same ids; queued for the fold by the log''s trigger) and '
    'return how many were stored; events whose product or type is gone are dropped, a key already in the log is '
    'stored once. Called by rec_upkeep(), CALL rec_refresh(), rec_refresh_after_import() and rec_store_interactions '
    '(the whole inbox: a filter by id costs more than moving the few others). No parameters. Private helper.';

create or replace function rec_store_interactions(events jsonb, unknown_products text default null)
returns bigint[]
language plpgsql
volatile
as $$
declare
    ids bigint[] := rec_track_interactions(events, unknown_products);
begin
    perform _rec_store_inbox();
    return ids;
end;
$$;
comment on function rec_store_interactions(jsonb, text) is
    'rec_track_interactions, then the events stored straight into the event log (rec_user_interactions) in the '
    'same transaction instead of waiting in rec_event_inbox for rec_upkeep(): for bulk loads (pgrec import, the '
    'Medusa order sync) that read the log next. Returns the ids as rec_track_interactions does. Parameters: events, '
    'unknown_products (as for rec_track_interactions).';

create or replace function rec_upkeep(max_events integer default 20000)
returns table (step text, changed bigint, seconds double precision)
language plpgsql
volatile
as $$
declare
    v_ids bigint[];
begin
    if max_events is null or max_events < 1 then
        raise exception 'max_events must be a positive integer, got %', coalesce(max_events::text, 'null')
            using errcode = '22023';
    end if;
    -- One fold at a time: another caller returns at once (its events are folded by this one or the next).
    if not pg_try_advisory_xact_lock(_rec_upkeep_lock()) then
        return;
    end if;
    perform _rec_store_inbox();
    with claimed as (
        delete from rec_event_queue q
        where q.event_id in (select c.event_id from rec_event_queue c order by c.event_id
                             limit max_events for update skip locked)
        returning q.event_id
    )
    select array_agg(c.event_id order by c.event_id) into v_ids from claimed c;
    step := 'events';
    changed := coalesce(cardinality(v_ids), 0);
    seconds := 0;
    return next;
    if v_ids is not null or exists (select 1 from rec_basket_queue) or exists (select 1 from rec_recount_queue) then
        return query select * from _rec_fold_events(v_ids);
    end if;
    -- Trending moves with every event and with the clock: its snapshot is rewritten once a minute.
    if not exists (select 1 from rec_trending_snapshot s where s.computed_at > now() - interval '1 minute') then
        return query select * from _rec_run_steps(array[['trending', 'select _rec_refresh_trending()']]);
    end if;
end;
$$;
comment on function rec_upkeep(integer) is
    'Move the tracked events of rec_event_inbox into the event log, then fold up to max_events queued events '
    '(rec_event_queue, oldest first) into rec_user_preferences, '
    'rec_product_popularity, the baskets and pairs behind rec_frequently_bought_together and the outcomes of the '
    'recommendations they came from (rec_analytics_outcomes), and recount from the log what deleted or updated '
    'events were folded into (rec_basket_queue, rec_recount_queue, all of them), in one transaction; '
    'tracking never waits for it; and, when it is more than a minute old, rewrites rec_trending_snapshot (step '
    'trending). Returns nothing when another rec_upkeep() is running; else a first row (events, number folded, 0) '
    'and one row per step run (step, changed, seconds); events = max_events means more are waiting. Parameter '
    'max_events: batch size (>= 1, default 20000).';
