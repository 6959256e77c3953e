-- pgrec 014: recommendation analytics. The service logs what it showed (request id, algorithm, positions);
-- events tracked with that request id are attributed to it by a statement trigger.

-- One definition of what an event adds to the impression it came from, for the trigger (events after the
-- impression) and for rec_log_impressions (events stored before it).
-- (Earlier versions took a second, product filter argument; callers now pass only the events that apply.)
drop function if exists _rec_attribute_events(rec_user_interactions[], text[]);
create or replace function _rec_attribute_events(events rec_user_interactions[])
returns void
language sql
volatile
as $$
    with outcomes as (
        select n.request_id, n.product_id,
               min(n.created_at) filter (where n.interaction_type = 'click') as clicked_at,
               min(n.created_at) filter (where n.interaction_type = 'add_to_cart') as added_to_cart_at,
               min(n.created_at) filter (where t.is_conversion) as purchased_at,
               coalesce(sum(n.quantity * coalesce(n.unit_price, p.price, 0)) filter (where t.is_conversion), 0) as revenue
        from unnest(events) n
        join rec_interaction_types t on t.interaction_type = n.interaction_type
        left join rec_products p on p.id = n.product_id
        where n.request_id is not null
        group by n.request_id, n.product_id
    )
    update rec_analytics a
    set clicked_at = least(a.clicked_at, o.clicked_at),
        added_to_cart_at = least(a.added_to_cart_at, o.added_to_cart_at),
        purchased_at = least(a.purchased_at, o.purchased_at),
        revenue = a.revenue + o.revenue
    from outcomes o
    where a.request_id = o.request_id and a.product_id = o.product_id;
$$;
comment on function _rec_attribute_events(rec_user_interactions[]) is
    'Attribute events that carry a request_id to that request''s rec_analytics rows: earliest click / add-to-cart / '
    'conversion time, revenue += quantity * coalesce(unit_price, product price) of conversions. Private helper.';

-- The service flushes many lists at once (one statement per flush, tens of thousands of rows a second under
-- load), so the batch form is the set-based core and the single-list form delegates to it.
create or replace function rec_log_impressions_batch(impressions jsonb)
returns integer
language plpgsql
volatile
-- rec_analytics grows by thousands of rows a second under load: plans made while it was small (sequential
-- scans) must not stay cached in the pooled sessions.
set plan_cache_mode = force_custom_plan
as $$
declare
    bad record;
    added integer;
    added_requests uuid[];
    added_products text[];
    simple boolean;
begin
    if impressions is null or jsonb_typeof(impressions) <> 'array' then
        raise exception 'impressions must be a JSON array of {request_id, user_id, algorithm, product_ids}, got %',
            coalesce(jsonb_typeof(impressions), 'null')
            using errcode = '22023';
    end if;
    select e.ord, case
               when jsonb_typeof(e.v) <> 'object' then 'must be an object'
               when jsonb_typeof(e.v->'request_id') is distinct from 'string'
                    or (e.v->>'request_id') !~* '^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$'
                   then 'request_id must be a uuid'
               when jsonb_typeof(e.v->'algorithm') is distinct from 'string' or btrim(e.v->>'algorithm') = ''
                   then 'algorithm must be a non-empty name'
               when coalesce(jsonb_typeof(e.v->'user_id'), 'null') not in ('string', 'null')
                   then 'user_id must be a string or null'
               when jsonb_typeof(e.v->'product_ids') is distinct from 'array'
                   then 'product_ids must be an array of product ids'
               else (select format('product_ids must not contain null (position %s)', p.o)
                     from jsonb_array_elements(e.v->'product_ids') with ordinality p(id, o)
                     where jsonb_typeof(p.id) <> 'string' order by p.o limit 1)
           end as problem
    into bad
    from jsonb_array_elements(impressions) with ordinality e(v, ord)
    where jsonb_typeof(e.v) <> 'object'
       or jsonb_typeof(e.v->'request_id') is distinct from 'string'
       or (e.v->>'request_id') !~* '^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$'
       or jsonb_typeof(e.v->'algorithm') is distinct from 'string' or btrim(e.v->>'algorithm') = ''
       or coalesce(jsonb_typeof(e.v->'user_id'), 'null') not in ('string', 'null')
       or jsonb_typeof(e.v->'product_ids') is distinct from 'array'
       or jsonb_path_exists(e.v->'product_ids', '$[*] ? (@.type() != "string")')
    order by e.ord
    limit 1;
    if found then
        raise exception 'impressions[%]: %', bad.ord, bad.problem using errcode = '22023';
    end if;

    -- The service's usual batch: every request id new to rec_analytics and once in the batch, no product
    -- twice in a list. Positions are then the list order and a plain insert does (a third cheaper).
    select count(*) = count(distinct e.request_id)
           and coalesce(bool_and(cardinality(e.product_ids)
                                 = (select count(distinct x) from unnest(e.product_ids) x)), true)
    into simple
    from jsonb_to_recordset(impressions) as e(request_id uuid, product_ids text[]);
    if simple then
        -- One index probe per request: as "= any (array)" the planner scanned all of rec_analytics.
        select not exists (select 1
                           from jsonb_to_recordset(impressions) as e(request_id uuid)
                           cross join lateral (select 1 from rec_analytics a
                                               where a.request_id = e.request_id limit 1) logged)
        into simple;
    end if;
    if simple then
        begin
            insert into rec_analytics (request_id, product_id, user_id, algorithm, position, shown_at)
            select e.request_id, p.product_id, e.user_id, e.algorithm, p.o, now()
            from jsonb_to_recordset(impressions) as e(request_id uuid, user_id text, algorithm text, product_ids text[])
            cross join lateral unnest(e.product_ids) with ordinality p(product_id, o);
            get diagnostics added = row_count;
        exception when unique_violation then
            simple := false;  -- a concurrent call logged one of these requests meanwhile
        end;
    end if;
    if simple then
        -- Events stored before this call (a quick click) for these requests: all their rows are new.
        if added > 0 then
            perform _rec_attribute_events(array(
                select i from rec_user_interactions i
                where i.request_id = any (array(select e.request_id
                                                from jsonb_to_recordset(impressions) as e(request_id uuid)))));
        end if;
        return added;
    end if;

    -- Per request, each product's first appearance (list order, then position) decides its place; positions
    -- continue after what the request already logged, and products already logged for it are skipped.
    -- Lookups into rec_analytics are LATERAL index probes on purpose: as joins, the planner (which cannot
    -- see how many lists the jsonb holds) sometimes hashed the whole table, 300 ms at a million rows.
    with entries as (
        select e.request_id, e.user_id, e.algorithm, e.product_ids, e.ord
        from rows from (jsonb_to_recordset(impressions)
                        as (request_id uuid, user_id text, algorithm text, product_ids text[])) with ordinality
             as e(request_id, user_id, algorithm, product_ids, ord)
    ),
    earlier as (  -- requests that logged rows before this batch (rare: a next page), with their last position
        select r.request_id, last.position as last_position
        from (select distinct request_id from entries) r
        cross join lateral (select max(a.position) as position from rec_analytics a
                            where a.request_id = r.request_id) last
        where last.position is not null
    ),
    shown as (
        select distinct on (e.request_id, p.product_id)
               e.request_id, p.product_id, e.user_id, e.algorithm, e.ord, p.o
        from entries e
        cross join lateral unnest(e.product_ids) with ordinality p(product_id, o)
        order by e.request_id, p.product_id, e.ord, p.o
    ),
    fresh as (
        select s.*, coalesce(er.last_position, 0)
                    + row_number() over (partition by s.request_id order by s.ord, s.o) as position
        from shown s
        left join earlier er on er.request_id = s.request_id
        left join lateral (select true as seen from rec_analytics a
                           where er.request_id is not null
                             and a.request_id = s.request_id and a.product_id = s.product_id
                           limit 1) logged on true
        where logged.seen is null
    ),
    inserted as (
        insert into rec_analytics (request_id, product_id, user_id, algorithm, position, shown_at)
        select f.request_id, f.product_id, f.user_id, f.algorithm, f.position, now()
        from fresh f
        on conflict (request_id, product_id) do nothing
        returning request_id, product_id
    )
    select coalesce(array_agg(request_id), '{}'), coalesce(array_agg(product_id), '{}')
    into added_requests, added_products
    from inserted;
    -- The service logs impressions just after it answers, so a quick click can be stored first: attribute
    -- events already tracked for the rows just added (only those: older rows have theirs). A separate
    -- statement, so that it sees the rows the insert added.
    if cardinality(added_requests) > 0 then
        perform _rec_attribute_events(array(
            select i from rec_user_interactions i
            where i.request_id = any (array(select distinct r from unnest(added_requests) r))
              and (i.request_id, i.product_id) in (select * from unnest(added_requests, added_products))));
    end if;
    added := cardinality(added_requests);
    return added;
end;
$$;
comment on function rec_log_impressions_batch(jsonb) is
    'Log many recommendation lists in one statement: impressions = [{"request_id": uuid, "user_id": text|null, '
    '"algorithm": text, "product_ids": [text, ...]}, ...]. One rec_analytics row per (request, product) with its '
    '1-based position = positions already logged for the request + rank of the product''s first appearance '
    '(list order, then order within the list); products already logged for the request are skipped. Events already '
    'tracked with a request_id are attributed to the rows added (as rec_log_impressions does). Returns the rows '
    'added; a malformed entry raises 22023 naming its 1-based index and nothing is stored.';

create or replace function rec_log_impressions(request_id uuid, user_id text, algorithm text, product_ids text[])
returns integer
language plpgsql
volatile
as $$
#variable_conflict use_column
begin
    if rec_log_impressions.request_id is null then
        raise exception 'request_id must not be null' using errcode = '22023';
    end if;
    if rec_log_impressions.algorithm is null or btrim(rec_log_impressions.algorithm) = '' then
        raise exception 'algorithm must be a non-empty name, got %', coalesce(quote_literal(rec_log_impressions.algorithm), 'null')
            using errcode = '22023';
    end if;
    if rec_log_impressions.product_ids is null then
        raise exception 'product_ids must be an array of product ids, got null' using errcode = '22023';
    end if;
    if array_position(rec_log_impressions.product_ids, null) is not null then
        raise exception 'product_ids must not contain null (position %)', array_position(rec_log_impressions.product_ids, null)
            using errcode = '22023';
    end if;
    return rec_log_impressions_batch(jsonb_build_array(jsonb_build_object(
        'request_id', rec_log_impressions.request_id, 'user_id', rec_log_impressions.user_id,
        'algorithm', rec_log_impressions.algorithm, 'product_ids', to_jsonb(rec_log_impressions.product_ids))));
end;
$$;
comment on function rec_log_impressions(uuid, text, text, text[]) is
    'Log the products a recommendation request showed, one rec_analytics row per product with its 1-based position '
    '(a later call for the same request continues the positions; repeated products are skipped); returns the rows '
    'added. Events tracked with the same request_id fill clicked_at, added_to_cart_at, purchased_at and revenue, '
    'whether they arrive after this call (trigger) or before it (attributed here). '
    'Parameters: request_id (the id the service returned with the list); user_id (may be null for anonymous visitors); '
    'algorithm (e.g. personalized, similar, bought_together, trending); product_ids (in display order, no nulls). '
    'Same as rec_log_impressions_batch with one list.';

create or replace function _rec_interactions_analytics_trigger()
returns trigger
language plpgsql
volatile
as $$
begin
    perform _rec_attribute_events(array(select n::rec_user_interactions from new_rows n where n.request_id is not null));
    return null;
end;
$$;
comment on function _rec_interactions_analytics_trigger() is
    'AFTER INSERT statement trigger on rec_user_interactions: attributes events that carry a request_id to that '
    'request''s rec_analytics row (first click / add-to-cart / conversion time, revenue). Private helper.';

create or replace trigger rec_user_interactions_analytics
    after insert on rec_user_interactions
    referencing new table as new_rows
    for each statement
    execute function _rec_interactions_analytics_trigger();

create or replace view rec_analytics_daily as
select (a.shown_at at time zone 'UTC')::date as day,
       a.algorithm,
       count(*) as impressions,
       count(a.clicked_at) as clicks,
       count(a.clicked_at)::double precision / count(*) as ctr,
       count(a.added_to_cart_at) as add_to_carts,
       count(a.purchased_at) as purchases,
       count(a.purchased_at)::double precision / count(*) as conversion,
       sum(a.revenue) as revenue
from rec_analytics a
group by 1, 2;
comment on view rec_analytics_daily is
    'Per UTC day the items were shown and per algorithm: impressions (items shown), clicks, ctr = clicks / '
    'impressions, add_to_carts, purchases (conversion events), conversion = purchases / impressions, revenue = sum '
    'of quantity * coalesce(unit_price, product price) of the attributed conversion events. An item counts once per '
    'request for each outcome.';
