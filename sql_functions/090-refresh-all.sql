-- pgrec 090: rec_refresh_all: every rebuild in order, with what each changed and how long it took.

-- The one step loop of rec_refresh_all and rec_refresh_after_import: run each step, time it, report it.
create or replace function _rec_run_steps(steps text[], user_ids text[] default null,
                                          product_ids text[] default null)
returns table (step text, changed bigint, seconds double precision)
language plpgsql
volatile
as $$
#variable_conflict use_column
declare
    v_step text[];
    v_started timestamptz;
    v_changed bigint;
begin
    foreach v_step slice 1 in array steps
    loop
        v_started := clock_timestamp();
        v_changed := null;
        if v_step[2] is not null then
            execute v_step[2] into v_changed using user_ids, product_ids;
        end if;
        step := v_step[1];
        changed := v_changed;
        seconds := extract(epoch from clock_timestamp() - v_started);
        return next;
    end loop;
end;
$$;
comment on function _rec_run_steps(text[], text[], text[]) is
    'Runs steps in order, each [name, statement]: the statement (a select of one number, $1 = user_ids and '
    '$2 = product_ids) is executed and timed; a null statement is skipped (changed null). One row per step: step, '
    'changed, seconds (wall time). Parameters: steps (text[n][2]), user_ids, product_ids. Private helper of '
    'rec_refresh_all and rec_refresh_after_import.';

-- The steps of a full refresh, in order: [name, statement] for _rec_run_steps.
create or replace function _rec_refresh_steps()
returns text[]
language sql
stable
as $$
    select array[
        ['preferences', 'select rec_refresh_preferences()'],
        ['frequently_together', 'select rec_refresh_frequently_together()'],
        ['popularity', 'select rec_refresh_popularity()'],
        ['trending', 'select _rec_refresh_trending()'],
        ['similarities', 'select rec_refresh_similarities(announce => false)'],
        ['segments', 'select rec_refresh_segments()']];
$$;
comment on function _rec_refresh_steps() is
    'The steps of rec_refresh_all() and rec_refresh(), in order, as [name, statement] pairs. Private helper.';

create or replace function rec_refresh_all()
returns table (step text, changed bigint, seconds double precision)
language plpgsql
volatile
as $$
begin
    return query select * from _rec_run_steps(_rec_refresh_steps());
    perform _rec_lists_changed('refresh');
end;
$$;
comment on function rec_refresh_all() is
    'Runs every rebuild in order, in one transaction: rec_refresh_preferences(), rec_refresh_frequently_together(), '
    'rec_refresh_popularity(), the trending snapshot, rec_refresh_similarities() (defaults), rec_refresh_segments() (as of now()); cached '
    'lists turn over when it commits. One row per step: step name, changed = rows the step reports as changed, '
    'seconds = wall time of the step. Tracking never waits for it; rec_upkeep() waits for the rows it holds until '
    'it commits, so prefer CALL rec_refresh(), which commits per step and per chunk of users. No parameters.';

create or replace procedure rec_refresh(job_id uuid default null, inout steps jsonb default null)
language plpgsql
as $$
declare
    v_step text[];
    v_chunk text[];
    v_started timestamptz;
    v_changed bigint;
    v_seconds double precision;
begin
    -- The events tracked so far go into the log first (committed at once: a duplicate of one of them, tracked
    -- meanwhile, would wait for this transaction), so the refresh reads them as it reads the rest of the log.
    perform _rec_store_inbox();
    commit;
    foreach v_step slice 1 in array _rec_refresh_steps()
    loop
        if v_step[1] = 'preferences' then
            -- per chunk of users: upkeep waits for at most one chunk's row locks
            v_started := clock_timestamp();
            v_changed := 0;
            for v_chunk in select * from _rec_user_chunks(null)
            loop
                v_changed := v_changed + _rec_refresh_preferences_chunk(v_chunk);
                commit;
            end loop;
            v_seconds := extract(epoch from clock_timestamp() - v_started);
        else
            select r.changed, r.seconds into v_changed, v_seconds from _rec_run_steps(array[v_step]) r;
        end if;
        raise notice 'rec_refresh: % changed % in % s', v_step[1], v_changed, round(v_seconds::numeric, 2);
        steps := coalesce(steps, '[]'::jsonb)
                 || jsonb_build_array(jsonb_build_object('step', v_step[1], 'changed', v_changed, 'seconds', v_seconds));
        if job_id is not null then
            update rec_refresh_jobs j set steps = rec_refresh.steps where j.id = job_id;
        end if;
        commit;
    end loop;
    -- One announcement for the whole refresh: cached lists turn over once, not once per step.
    perform _rec_lists_changed('refresh');
    commit;
end;
$$;
comment on procedure rec_refresh(uuid, jsonb) is
    'CALL rec_refresh(): moves rec_event_inbox into the log (and commits), then the steps of rec_refresh_all() (preferences, frequently_together, popularity, trending, '
    'similarities, segments), committing after each step and after each chunk of 1000 users of the preferences '
    'step, so upkeep keeps folding new events meanwhile; cached lists turn over once, at the end. Reports each step '
    '(name, rows changed, seconds) as a NOTICE as it ends, and returns them all in steps ([{step, changed, '
    'seconds}]); with job_id each is also written to that rec_refresh_jobs row as it ends. Must be called outside '
    'a transaction block (psql autocommit). Parameters: job_id (default null), steps (INOUT, pass nothing).';

-- What one fold works on, for its steps below: the events (copied from the log) and what corrections queued
-- for a recount (taken off rec_recount_queue, all of it).
create or replace function _rec_collect_fold_events(event_ids bigint[])
returns bigint
language plpgsql
volatile
as $$
declare
    v_count bigint;
begin
    create temp table if not exists _rec_fold_recounts (kind text, key text) on commit drop;
    truncate _rec_fold_recounts;
    with claimed as (
        delete from rec_recount_queue q returning q.kind, q.key
    )
    insert into _rec_fold_recounts select c.kind, c.key from claimed c;
    create temp table if not exists _rec_fold_batch (
        id bigint, user_id text, product_id text, interaction_type text, session_id text, context jsonb,
        created_at timestamptz, request_id uuid) on commit drop;
    truncate _rec_fold_batch;
    insert into _rec_fold_batch
    select i.id, i.user_id, i.product_id, i.interaction_type, i.session_id, i.context, i.created_at, i.request_id
    from (select distinct e.id from unnest(event_ids) as e(id) where e.id is not null) e
    join rec_user_interactions i on i.id = e.id
    order by i.user_id, i.id;
    get diagnostics v_count = row_count;
    analyze _rec_fold_batch;
    return v_count;
end;
$$;
comment on function _rec_collect_fold_events(bigint[]) is
    'Copy the events with the given ids into the temporary table _rec_fold_batch and move rec_recount_queue into '
    '_rec_fold_recounts (both dropped at commit); returns how many events were found. Private helper of '
    '_rec_fold_events.';

-- Baskets of the folded events: their items added (an item already there stays, so folding an event twice
-- changes nothing), and the baskets queued in rec_basket_queue (events deleted, or purchases put off) recounted
-- from the log; then the counts of exactly those baskets move. While a rebuild holds the baskets, the folded
-- events' baskets wait in rec_basket_queue for the next fold.
create or replace function _rec_fold_baskets()
returns bigint
language plpgsql
volatile
as $$
begin
    if not pg_try_advisory_xact_lock(_rec_baskets_lock()) then
        insert into rec_basket_queue (user_id, basket_id)
        select distinct e.user_id, _rec_basket_id(e.context, e.session_id)
        from _rec_fold_batch e
        join rec_interaction_types t on t.interaction_type = e.interaction_type
        where t.is_conversion and _rec_basket_id(e.context, e.session_id) is not null
        order by 1, 2
        on conflict (user_id, basket_id) do nothing;
        return 0;
    end if;
    perform _rec_begin_basket_changes();
    with queued as (
        delete from rec_basket_queue q returning q.user_id, q.basket_id
    )
    insert into _rec_basket_keys (user_id, basket_id, recount)
    select queued.user_id, queued.basket_id, true from queued;
    -- A large fold's pairs are sorted and grouped in memory rather than on disk (this transaction only).
    perform set_config('work_mem', '256MB', true);
    create temp table if not exists _rec_fold_candidates (
        user_id text, basket_id text, product_id text, first_at timestamptz) on commit drop;
    truncate _rec_fold_candidates;
    insert into _rec_fold_candidates
    select e.user_id, _rec_basket_id(e.context, e.session_id), e.product_id, min(e.created_at)
    from _rec_fold_batch e
    join rec_interaction_types t on t.interaction_type = e.interaction_type
    where t.is_conversion and _rec_basket_id(e.context, e.session_id) is not null
    group by 1, 2, 3;
    insert into _rec_basket_keys (user_id, basket_id, recount)
    select distinct c.user_id, c.basket_id, false from _rec_fold_candidates c
    on conflict (user_id, basket_id) do nothing;
    if not exists (select 1 from _rec_basket_keys) then
        return 0;
    end if;
    perform _rec_basket_contents_from_log();
    -- the other baskets: what they hold plus the batch's items (a recounted basket has them from the log)
    insert into _rec_basket_contents (user_id, basket_id, product_id, first_at)
    select x.user_id, x.basket_id, x.product_id, min(x.first_at)
    from (select b.user_id, b.basket_id, b.product_id, b.first_at
          from _rec_basket_keys k
          join rec_user_basket_items b on b.user_id = k.user_id and b.basket_id = k.basket_id
          where not k.recount
          union all
          select c.user_id, c.basket_id, c.product_id, c.first_at
          from _rec_fold_candidates c
          join _rec_basket_keys k on k.user_id = c.user_id and k.basket_id = c.basket_id
          where not k.recount) x
    group by x.user_id, x.basket_id, x.product_id;
    return _rec_apply_basket_changes();
end;
$$;
comment on function _rec_fold_baskets() is
    'Add the conversion events of _rec_fold_batch to their baskets, recount the baskets of rec_basket_queue from '
    'the log, and update N, n(a) and the pairs of those baskets; returns the number of basket items inserted, '
    'deleted or re-dated. While rec_refresh_frequently_together() holds the baskets, queues the batch''s baskets '
    'instead. Private helper of _rec_fold_events.';

-- Folding events: what used to run inside every tracking transaction, set-based over a batch, in key order.
create or replace function _rec_fold_events(event_ids bigint[])
returns table (step text, changed bigint, seconds double precision)
language plpgsql
volatile
as $$
declare
    v_events bigint;
    v_products text[];
begin
    v_events := _rec_collect_fold_events(coalesce(event_ids, '{}'));
    select array_agg(p.product_id order by p.product_id) into v_products
    from (select e.product_id from _rec_fold_batch e
          union
          select r.key from _rec_fold_recounts r where r.kind = 'product') p;
    -- A fold that grew the log by a tenth or more (autovacuum's own threshold; a bulk import) leaves the
    -- planner with stale statistics: refresh them first. A small fold does not pay for a sample of the table.
    if v_events > 0 and v_events * 10 >= (select greatest(c.reltuples, 0) from pg_class c
                                          where c.oid = 'rec_user_interactions'::regclass) then
        analyze rec_user_interactions;
    end if;
    -- $2 = v_products (the preferences fold reads its users from _rec_fold_batch)
    return query
    select * from _rec_run_steps(array[
        ['preferences', 'select _rec_fold_preferences()'],
        ['popularity', case when v_products is null then 'select 0' else 'select _rec_refresh_popularity($2)' end],
        ['frequently_together', 'select _rec_fold_baskets()'],
        ['attribution', 'select _rec_attribute_requests(array(select b.request_id from _rec_fold_batch b '
                        'where b.request_id is not null union select r.key::uuid from _rec_fold_recounts r '
                        'where r.kind = ''request''))']],
        null, v_products);
end;
$$;
comment on function _rec_fold_events(bigint[]) is
    'Fold events into derived state: merged into their users'' preferences (_rec_fold_preferences), the popularity '
    'of their products '
    '(recounted from the log), their conversion events added to baskets and pairs, and the outcomes of the '
    'recommendations they carry a request_id of recounted (rec_analytics_outcomes); the users, products and '
    'requests that corrections queued (rec_recount_queue) are recounted from the log too. Give it each event once: the '
    'callers fold only events they took off rec_event_queue. One row per step: step, changed, seconds. Private '
    'helper of rec_upkeep and rec_refresh_after_import.';

create or replace function _rec_upkeep_lock()
returns bigint
language sql
immutable
parallel safe
as $$
    select 7270431016;  -- an advisory lock key of pgrec's own
$$;
comment on function _rec_upkeep_lock() is
    'Key of the transaction advisory lock held by the one fold running (rec_upkeep, rec_refresh_after_import). '
    'Private helper.';

create or replace function rec_refresh_after_import(event_ids bigint[] default null)
returns table (step text, changed bigint, seconds double precision)
language plpgsql
volatile
as $$
declare
    v_ids bigint[];
begin
    if event_ids is null then
        analyze rec_user_interactions;
        return query
        select * from _rec_run_steps(array[
            ['preferences', 'select rec_refresh_preferences()'],
            ['popularity', 'select rec_refresh_popularity()'],
            ['frequently_together', 'select rec_refresh_frequently_together()'],
            ['attribution', 'select _rec_attribute_requests(array(select a.request_id from rec_analytics a))']]);
        return;
    end if;
    perform pg_advisory_xact_lock(_rec_upkeep_lock());
    -- events tracked (rec_track_interactions) rather than stored (rec_store_interactions) are still in the inbox
    perform _rec_store_inbox();
    -- Only the events still queued: those upkeep folded meanwhile are merged already.
    with claimed as (
        delete from rec_event_queue q where q.event_id = any (event_ids) returning q.event_id
    )
    select array_agg(c.event_id order by c.event_id) into v_ids from claimed c;
    return query select * from _rec_fold_events(coalesce(v_ids, '{}'));
end;
$$;
comment on function rec_refresh_after_import(bigint[]) is
    'Folds the events a bulk import stored at once, instead of leaving them to rec_upkeep() batch by batch. '
    'Parameter event_ids: the ids rec_track_interactions returned. Only what they touch is redone, in key order: '
    'they are merged into their users'' preferences, the popularity of their products is recounted, and their '
    'conversion events added to their baskets with the counts and pairs of those baskets updated, and the '
    'outcomes of the recommendations they came from recounted; '
    'rec_user_interactions is analyzed first when the import grew it by a tenth or more; the events leave '
    'rec_event_queue (events no longer queued were folded by upkeep already and are skipped). Waits for a running '
    'rec_upkeep(). event_ids null: preferences, popularity, '
    'bought-together and the outcomes of every logged recommendation are rebuilt from the whole log. Running it twice for the same events changes nothing. '
    'One row per step: step, changed (users, popularity rows, basket items added, removed or re-dated, outcome rows), seconds.';
