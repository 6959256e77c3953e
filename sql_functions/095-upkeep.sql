-- pgrec 095: upkeep. Tracking only appends (rec_user_interactions, rec_event_queue); rec_upkeep() folds the
-- queued events into preferences, popularity, baskets and attribution, a batch at a time, one caller at a time. The
-- service runs it every second in the background (any worker; the advisory lock picks one), `pgrec upkeep
-- --watch` does the same outside the service.

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
    if v_ids is not null or exists (select 1 from rec_basket_queue) then
        return query select * from _rec_fold_events(v_ids);
    end if;
    -- Trending moves with every event and with the clock: its snapshot is rewritten once a minute.
    if not exists (select 1 from rec_trending_snapshot s where s.computed_at > now() - interval '1 minute') then
        return query select * from _rec_run_steps(array[['trending', 'select _rec_refresh_trending()']]);
    end if;
end;
$$;
comment on function rec_upkeep(integer) is
    'Fold up to max_events queued events (rec_event_queue, oldest first) into rec_user_preferences, '
    'rec_product_popularity, the baskets and pairs behind rec_frequently_bought_together and the outcomes of the '
    'recommendations they came from (rec_analytics_outcomes), in one transaction; '
    'tracking never waits for it; and, when it is more than a minute old, rewrites rec_trending_snapshot (step '
    'trending). Returns nothing when another rec_upkeep() is running; else a first row (events, number folded, 0) '
    'and one row per step run (step, changed, seconds); events = max_events means more are waiting. Parameter '
    'max_events: batch size (>= 1, default 20000).';
