-- pgrec 014: recommendation analytics. The service logs what it showed (request id, algorithm, positions);
-- events tracked with that request id are attributed to it by a statement trigger.

-- One definition of what an event adds to the impression it came from, for the trigger (events after the
-- impression) and for rec_log_impressions (events stored before it).
create or replace function _rec_attribute_events(events rec_user_interactions[], only_products text[] default null)
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
          and (only_products is null or n.product_id = any (only_products))
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
comment on function _rec_attribute_events(rec_user_interactions[], text[]) is
    'Attribute events that carry a request_id to that request''s rec_analytics rows: earliest click / add-to-cart / '
    'conversion time, revenue += quantity * coalesce(unit_price, product price) of conversions. only_products: '
    'restrict to these products (null = all). Private helper.';

create or replace function rec_log_impressions(request_id uuid, user_id text, algorithm text, product_ids text[])
returns integer
language plpgsql
volatile
as $$
#variable_conflict use_column
declare
    added text[];
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
    -- A second call for the same request (e.g. the next page) continues the positions; a product already
    -- logged for the request keeps its first position.
    with inserted as (
        insert into rec_analytics (request_id, product_id, user_id, algorithm, position, shown_at)
        select rec_log_impressions.request_id, s.product_id, rec_log_impressions.user_id, rec_log_impressions.algorithm,
               (select coalesce(max(a.position), 0) from rec_analytics a where a.request_id = rec_log_impressions.request_id)
               + row_number() over (order by s.first_position),
               now()
        from (select p.product_id, min(p.o) as first_position
              from unnest(rec_log_impressions.product_ids) with ordinality as p(product_id, o)
              group by p.product_id) s
        where not exists (select 1 from rec_analytics a
                          where a.request_id = rec_log_impressions.request_id and a.product_id = s.product_id)
        order by s.first_position
        on conflict (request_id, product_id) do nothing
        returning product_id)
    select coalesce(array_agg(product_id), '{}') into added from inserted;
    -- The service logs impressions just after it answers, so a quick click can be stored first: attribute
    -- events already tracked with this request id to the rows just added (only those: older rows have theirs).
    if cardinality(added) > 0 then
        perform _rec_attribute_events(
            array(select i from rec_user_interactions i where i.request_id = rec_log_impressions.request_id), added);
    end if;
    return cardinality(added);
end;
$$;
comment on function rec_log_impressions(uuid, text, text, text[]) is
    'Log the products a recommendation request showed, one rec_analytics row per product with its 1-based position '
    '(a later call for the same request continues the positions; repeated products are skipped); returns the rows '
    'added. Events tracked with the same request_id fill clicked_at, added_to_cart_at, purchased_at and revenue, '
    'whether they arrive after this call (trigger) or before it (attributed here). '
    'Parameters: request_id (the id the service returned with the list); user_id (may be null for anonymous visitors); '
    'algorithm (e.g. personalized, similar, bought_together, trending); product_ids (in display order, no nulls).';

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
