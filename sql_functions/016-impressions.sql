-- pgrec 016: logging what a recommendation answer showed: one rec_analytics row per answer, its products in
-- display order. The service logs every answer it gives (thousands a second under load), a whole batch per
-- statement, so the batch form is the core and the single-list form delegates to it. The usual batch (new
-- request ids, as the service sends) is one plain insert; a next page for a request already logged takes the
-- general path, which appends the products it has not shown yet.

drop function if exists _rec_log_new_impressions(jsonb);

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

create or replace function _rec_first_appearances(product_ids text[])
returns text[]
language sql
immutable
parallel safe
as $$
    select array(select u.id from unnest(product_ids) with ordinality as u(id, o) group by u.id order by min(u.o));
$$;
comment on function _rec_first_appearances(text[]) is
    'The ids in the order of their first appearance, each once (["a","b","a","c"] -> ["a","b","c"]). Private helper.';

create or replace function _rec_log_answers(impressions jsonb)
returns integer
language plpgsql
volatile
as $$
declare
    added integer;
    requests uuid[];
begin
    begin
        with inserted as (
            insert into rec_analytics (request_id, user_id, algorithm, product_ids, shown_at)
            select e.request_id, e.user_id, e.algorithm,
                   case when cardinality(e.product_ids) = (select count(distinct id) from unnest(e.product_ids) id)
                        then e.product_ids
                        else _rec_first_appearances(e.product_ids)  -- a sort per list: only for lists with repeats
                   end,
                   now()
            from jsonb_to_recordset(impressions) as e(request_id uuid, user_id text, algorithm text, product_ids text[])
            where cardinality(e.product_ids) > 0
            returning request_id, cardinality(product_ids) as shown
        )
        select coalesce(sum(shown), 0), array_agg(request_id) into added, requests from inserted;
    exception when unique_violation then
        return null;  -- a request logged before (or twice in this batch): the general path appends instead
    end;
    -- Events stored before this call for these requests (a quick click: the service logs just after it
    -- answers); later ones are attributed by rec_upkeep().
    if added > 0 then
        perform _rec_attribute_requests(requests);
    end if;
    return added;
end;
$$;
comment on function _rec_log_answers(jsonb) is
    'The service''s usual batch: insert one rec_analytics row per entry (products in order of first appearance) '
    'and attribute events already tracked for those requests; returns the impressions added, or null (nothing '
    'done) when a request id is already logged or appears twice. Private helper of rec_log_impressions_batch.';

create or replace function _rec_log_more_impressions(impressions jsonb)
returns integer
language plpgsql
volatile
as $$
declare
    answer record;
    shown_before text[];
    added text[];
    total integer := 0;
    added_requests uuid[] := '{}';
begin
    for answer in
        -- One list per request: its entries' products in list order, then order within the list, each once;
        -- user and algorithm from its first entry.
        select e.request_id,
               (array_agg(e.user_id order by e.ord))[1] as user_id,
               (array_agg(e.algorithm order by e.ord))[1] as algorithm,
               _rec_first_appearances(coalesce(
                   array_agg(p.id order by e.ord, p.o) filter (where p.id is not null), '{}')) as product_ids
        from rows from (jsonb_to_recordset(impressions)
                        as (request_id uuid, user_id text, algorithm text, product_ids text[])) with ordinality
             as e(request_id, user_id, algorithm, product_ids, ord)
        left join lateral unnest(e.product_ids) with ordinality p(id, o) on true
        group by e.request_id
        order by min(e.ord)
    loop
        continue when cardinality(answer.product_ids) = 0;
        insert into rec_analytics (request_id, user_id, algorithm, product_ids, shown_at)
        values (answer.request_id, answer.user_id, answer.algorithm, answer.product_ids, now())
        on conflict (request_id) do nothing;
        if found then
            added := answer.product_ids;
        else  -- logged before: append what it did not show yet, positions continue
            select a.product_ids into shown_before from rec_analytics a where a.request_id = answer.request_id for update;
            added := array(select u.id from unnest(answer.product_ids) with ordinality as u(id, o)
                           where u.id <> all (shown_before) order by u.o);
            if cardinality(added) > 0 then
                update rec_analytics a set product_ids = shown_before || added where a.request_id = answer.request_id;
            end if;
        end if;
        total := total + cardinality(added);
        added_requests := added_requests || array_fill(answer.request_id, array[cardinality(added)]);
    end loop;
    -- Events already tracked for the items just added.
    if total > 0 then
        perform _rec_attribute_requests(array(select distinct r from unnest(added_requests) r));
    end if;
    return total;
end;
$$;
comment on function _rec_log_more_impressions(jsonb) is
    'The general case of rec_log_impressions_batch, one request at a time in order of first appearance: its '
    'entries'' products in order of first appearance (list order, then order within the list); a new request is '
    'inserted, a logged one gets the products it did not show yet appended (positions continue); events already '
    'tracked are attributed to the items added. Returns the impressions added. Private helper.';

create or replace function rec_log_impressions_batch(impressions jsonb)
returns integer
language plpgsql
volatile
as $$
begin
    perform _rec_check_impressions(impressions);
    return coalesce(_rec_log_answers(impressions), _rec_log_more_impressions(impressions));
end;
$$;
comment on function rec_log_impressions_batch(jsonb) is
    'Log many recommendation lists in one statement: impressions = [{"request_id": uuid, "user_id": text|null, '
    '"algorithm": text, "product_ids": [text, ...]}, ...]. One rec_analytics row per request; an item''s 1-based '
    'position = items already logged for the request + rank of the product''s first appearance (list order, then '
    'order within the list); products already logged for the request are skipped. Events already '
    'tracked with a request_id are attributed to the items added (later ones by rec_upkeep()). '
    'Returns the impressions (items) added; a malformed entry raises 22023 naming its 1-based index and nothing is stored.';

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
    'Log the products a recommendation request showed in rec_analytics, in display order (a later call for the same '
    'request continues the positions; repeated products are skipped); returns the impressions (items) added. '
    'Events tracked with the same request_id fill rec_analytics_outcomes (clicked_at, added_to_cart_at, '
    'purchased_at, revenue), '
    'whether they arrive after this call (rec_upkeep, within seconds) or before it (attributed here). '
    'Parameters: request_id (the id the service returned with the list); user_id (may be null for anonymous visitors); '
    'algorithm (e.g. personalized, similar, bought_together, trending); product_ids (in display order, no nulls). '
    'Same as rec_log_impressions_batch with one list.';
