-- pgrec 016: logging what a recommendation answer showed, one rec_analytics row per product. The service
-- writes tens of thousands of rows a second under load, a whole batch per statement, so the batch form is
-- the core and the single-list form delegates to it. rec_analytics grows fast meanwhile: the functions
-- that read it use custom plans (a plan cached while it was small scanned all of it a minute later) and
-- LATERAL index probes (as joins or "= any (array)", the planner sometimes scanned the whole table).

create or replace function _rec_check_impressions(impressions jsonb)
returns void
language plpgsql
immutable
as $$
declare
    bad record;
begin
    if impressions is null or jsonb_typeof(impressions) <> 'array' then
        raise exception 'impressions must be a JSON array of {request_id, user_id, algorithm, product_ids}, got %',
            coalesce(jsonb_typeof(impressions), 'null')
            using errcode = '22023';
    end if;
    select c.ord, c.problem
    into bad
    from (select e.ord,
                 case
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
                     when jsonb_path_exists(e.v->'product_ids', '$[*] ? (@.type() != "string")')
                         then (select format('product_ids must not contain null (position %s)', p.o)
                               from jsonb_array_elements(e.v->'product_ids') with ordinality p(id, o)
                               where jsonb_typeof(p.id) <> 'string' order by p.o limit 1)
                 end as problem
          from jsonb_array_elements(impressions) with ordinality e(v, ord)) c
    where c.problem is not null
    order by c.ord
    limit 1;
    if found then
        raise exception 'impressions[%]: %', bad.ord, bad.problem using errcode = '22023';
    end if;
end;
$$;
comment on function _rec_check_impressions(jsonb) is
    'Raise 22023 naming the first malformed entry (1-based) of a rec_log_impressions_batch argument: each must be '
    '{"request_id": uuid, "user_id": text|null, "algorithm": non-empty text, "product_ids": [text, ...]}. '
    'Private helper.';

create or replace function _rec_log_new_impressions(impressions jsonb)
returns integer
language plpgsql
volatile
set plan_cache_mode = force_custom_plan
as $$
declare
    simple boolean;
    added integer;
begin
    select count(*) = count(distinct e.request_id)
           and coalesce(bool_and(cardinality(e.product_ids)
                                 = (select count(distinct x) from unnest(e.product_ids) x)), true)
    into simple
    from jsonb_to_recordset(impressions) as e(request_id uuid, product_ids text[]);
    if not simple then
        return null;
    end if;
    if exists (select 1
               from jsonb_to_recordset(impressions) as e(request_id uuid)
               cross join lateral (select 1 from rec_analytics a where a.request_id = e.request_id limit 1) logged)
    then
        return null;
    end if;
    begin
        insert into rec_analytics (request_id, product_id, user_id, algorithm, position, shown_at)
        select e.request_id, p.product_id, e.user_id, e.algorithm, p.o, now()
        from jsonb_to_recordset(impressions) as e(request_id uuid, user_id text, algorithm text, product_ids text[])
        cross join lateral unnest(e.product_ids) with ordinality p(product_id, o);
        get diagnostics added = row_count;
    exception when unique_violation then
        return null;  -- a concurrent call logged one of these requests meanwhile
    end;
    -- Events stored before this call (a quick click: the service logs just after it answers) for these
    -- requests: every row of theirs is new.
    if added > 0 then
        perform _rec_attribute_events(array(
            select i from rec_user_interactions i
            where i.request_id = any (array(select e.request_id
                                            from jsonb_to_recordset(impressions) as e(request_id uuid)))));
    end if;
    return added;
end;
$$;
comment on function _rec_log_new_impressions(jsonb) is
    'The service''s usual batch, a third cheaper than the general case: when every request id is new to '
    'rec_analytics and appears once, and no list repeats a product, insert each product at its list position '
    'and attribute events already tracked for those requests; returns the rows added, or null (nothing done) '
    'when the batch is not of that kind. Private helper of rec_log_impressions_batch.';

create or replace function _rec_log_more_impressions(impressions jsonb)
returns integer
language plpgsql
volatile
set plan_cache_mode = force_custom_plan
as $$
declare
    added_requests uuid[];
    added_products text[];
begin
    with entries as (
        select e.request_id, e.user_id, e.algorithm, e.product_ids, e.ord
        from rows from (jsonb_to_recordset(impressions)
                        as (request_id uuid, user_id text, algorithm text, product_ids text[])) with ordinality
             as e(request_id, user_id, algorithm, product_ids, ord)
    ),
    earlier as (  -- requests that logged rows before this batch (a next page), with their last position
        select r.request_id, last.position as last_position
        from (select distinct request_id from entries) r
        cross join lateral (select max(a.position) as position from rec_analytics a
                            where a.request_id = r.request_id) last
        where last.position is not null
    ),
    shown as (  -- each product's first appearance in its request: list order, then order within the list
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
    -- Events already tracked for the rows just added (older rows have theirs); a separate statement, so
    -- that it sees the rows the insert added.
    if cardinality(added_requests) > 0 then
        perform _rec_attribute_events(array(
            select i from rec_user_interactions i
            where i.request_id = any (array(select distinct r from unnest(added_requests) r))
              and (i.request_id, i.product_id) in (select * from unnest(added_requests, added_products))));
    end if;
    return cardinality(added_requests);
end;
$$;
comment on function _rec_log_more_impressions(jsonb) is
    'The general case of rec_log_impressions_batch: per request, position = positions it already logged + rank of '
    'the product''s first appearance (list order, then order within the list); products it already logged are '
    'skipped; events already tracked are attributed to the rows added. Returns the rows added. Private helper.';

create or replace function rec_log_impressions_batch(impressions jsonb)
returns integer
language plpgsql
volatile
as $$
begin
    perform _rec_check_impressions(impressions);
    return coalesce(_rec_log_new_impressions(impressions), _rec_log_more_impressions(impressions));
end;
$$;
comment on function rec_log_impressions_batch(jsonb) is
    'Log many recommendation lists in one statement: impressions = [{"request_id": uuid, "user_id": text|null, '
    '"algorithm": text, "product_ids": [text, ...]}, ...]. One rec_analytics row per (request, product) with its '
    '1-based position = positions already logged for the request + rank of the product''s first appearance '
    '(list order, then order within the list); products already logged for the request are skipped. Events already '
    'tracked with a request_id are attributed to the rows added (later ones by the rec_user_interactions trigger). '
    'Returns the rows added; a malformed entry raises 22023 naming its 1-based index and nothing is stored.';

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
