-- pgrec 014: recommendation analytics. The service logs what it showed (request id, algorithm, positions);
-- events tracked with that request id are attributed to it by a statement trigger.

-- One definition of what an event adds to the impression it came from, for the trigger (events after the
-- impression) and for rec_log_impressions_batch in 016-impressions.sql (events stored before it).
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
