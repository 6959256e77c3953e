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

create or replace function rec_refresh_all()
returns table (step text, changed bigint, seconds double precision)
language plpgsql
volatile
as $$
begin
    return query
    select * from _rec_run_steps(array[
        ['preferences', case when to_regprocedure('rec_refresh_preferences(text[])') is not null
                             then 'select rec_refresh_preferences()' end],
        ['frequently_together', case when to_regprocedure('rec_refresh_frequently_together()') is not null
                                     then 'select rec_refresh_frequently_together()' end],
        ['popularity', 'select rec_refresh_popularity()'],
        ['similarities', 'select rec_refresh_similarities()'],
        ['segments', 'select rec_refresh_segments()']]);
end;
$$;
comment on function rec_refresh_all() is
    'Runs every rebuild in order: rec_refresh_preferences() and rec_refresh_frequently_together() (when installed), rec_refresh_popularity(), rec_refresh_similarities() (defaults), rec_refresh_segments() (as of now()). One row per step: step name, changed = rows the step reports as changed (null when the step''s function is not installed), seconds = wall time of the step. No parameters; safe to run every few minutes while the service reads.';

-- The events a bulk import stored with pgrec.defer_derived = on, for the catch-up below.
create or replace function _rec_collect_imported_events(event_ids bigint[])
returns bigint
language plpgsql
volatile
as $$
declare
    v_count bigint;
begin
    create temp table if not exists _rec_imported_events (
        id bigint, user_id text, product_id text, interaction_type text, session_id text, context jsonb,
        created_at timestamptz) on commit drop;
    truncate _rec_imported_events;
    insert into _rec_imported_events
    select i.id, i.user_id, i.product_id, i.interaction_type, i.session_id, i.context, i.created_at
    from (select distinct e.id from unnest(event_ids) as e(id) where e.id is not null) e
    join rec_user_interactions i on i.id = e.id
    order by i.user_id, i.id;
    get diagnostics v_count = row_count;
    analyze _rec_imported_events;
    return v_count;
end;
$$;
comment on function _rec_collect_imported_events(bigint[]) is
    'Copy the events with the given ids into the temporary table _rec_imported_events (dropped at commit); '
    'returns how many were found. Private helper of rec_refresh_after_import.';

-- Baskets of imported events: add their items (an item already there, e.g. from a live event of the same
-- basket, stays as it is, as a live insert would leave it), then apply the count changes of exactly those
-- baskets, as the live trigger does for each statement.
create or replace function _rec_catch_up_baskets()
returns bigint
language plpgsql
volatile
as $$
declare
    users text[];
    added rec_user_basket_items[];
begin
    select array_agg(distinct e.user_id order by e.user_id) into users
    from _rec_imported_events e
    join rec_interaction_types t on t.interaction_type = e.interaction_type
    where t.is_conversion and _rec_basket_id(e.context, e.session_id) is not null;
    if users is null then
        return 0;
    end if;
    perform _rec_lock_users(users);  -- as the live trigger: a basket's updates are serialised per user
    -- A large import's pairs are sorted and grouped in memory rather than on disk (this transaction only).
    perform set_config('work_mem', '256MB', true);
    with candidates as (
        select e.user_id, _rec_basket_id(e.context, e.session_id) as basket_id, e.product_id,
               min(e.created_at) as first_at
        from _rec_imported_events e
        join rec_interaction_types t on t.interaction_type = e.interaction_type
        where t.is_conversion and _rec_basket_id(e.context, e.session_id) is not null
        group by 1, 2, 3
    ),
    inserted as (
        insert into rec_user_basket_items (user_id, basket_id, product_id, first_at)
        select c.user_id, c.basket_id, c.product_id, c.first_at from candidates c
        order by c.user_id, c.basket_id, c.product_id
        on conflict (user_id, basket_id, product_id) do nothing
        returning *
    )
    select array_agg(row(i.user_id, i.basket_id, i.product_id, i.first_at)::rec_user_basket_items) into added
    from inserted i;
    if added is null then
        return 0;
    end if;
    perform _rec_apply_basket_changes(added);
    return cardinality(added);
end;
$$;
comment on function _rec_catch_up_baskets() is
    'Add the conversion events of _rec_imported_events to their baskets and update N, n(a) and the pairs of those '
    'baskets; returns the number of basket items added. Private helper of rec_refresh_after_import.';

create or replace function rec_refresh_after_import(event_ids bigint[] default null)
returns table (step text, changed bigint, seconds double precision)
language plpgsql
volatile
as $$
declare
    v_events bigint;
    v_users text[];
    v_products text[];
begin
    if event_ids is not null then
        v_events := _rec_collect_imported_events(event_ids);
        select array_agg(distinct e.user_id order by e.user_id), array_agg(distinct e.product_id order by e.product_id)
        into v_users, v_products
        from _rec_imported_events e;
    end if;
    -- A bulk import that grew the log by a tenth or more (autovacuum's own threshold) leaves the planner
    -- with stale statistics: refresh them first. A small import does not pay for a sample of the table.
    if event_ids is null or v_events * 10 >= (select greatest(c.reltuples, 0) from pg_class c
                                               where c.oid = 'rec_user_interactions'::regclass) then
        analyze rec_user_interactions;
    end if;
    -- $1 = v_users, $2 = v_products: null (event_ids null) means everyone and every product.
    return query
    select * from _rec_run_steps(
        case when event_ids is not null and v_users is null then
                 array[['preferences', 'select 0'], ['popularity', 'select 0'], ['frequently_together', 'select 0']]
             else array[
                 ['preferences', 'select rec_refresh_preferences($1)'],
                 ['popularity', 'select _rec_refresh_popularity($2)'],
                 ['frequently_together', case when event_ids is null then 'select rec_refresh_frequently_together()'
                                              else 'select _rec_catch_up_baskets()' end]] end,
        v_users, v_products);
end;
$$;
comment on function rec_refresh_after_import(bigint[]) is
    'Catches up after a bulk import that tracked events with pgrec.defer_derived = on (the statement triggers on '
    'rec_user_interactions then skip preferences, popularity and baskets; one set-based catch-up is far cheaper than '
    'one per batch). Parameter event_ids: the ids rec_track_interactions returned for the stored events. Only what '
    'they touch is redone, in key order: rec_refresh_preferences() of their users, the popularity of their products '
    '(recounted from the log), and their conversion events added to their baskets with the counts and pairs of '
    'those baskets updated as live tracking would; rec_user_interactions is analyzed first when the import grew it '
    'by a tenth or more. event_ids null: everything is rebuilt (rec_refresh_preferences(), rec_refresh_popularity(), '
    'rec_refresh_frequently_together()). Running it twice for the same events changes nothing. '
    'One row per step: step, changed (rows the step reports: users, popularity rows, basket items added), seconds.';
