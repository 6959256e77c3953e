-- pgrec 014: recommendation analytics. The service logs what it showed (request id, algorithm, positions);
-- events tracked with that request id are attributed to it by upkeep (rec_upkeep) or, when they were
-- tracked before the answer was logged, by the impression writer.

-- One definition of what a recommendation's items came to, recounted from the event log, so attributing
-- the same events twice (upkeep and the impression writer may both see them) changes nothing.
create or replace function _rec_attribution_lock()
returns bigint
language sql
immutable
parallel safe
as $$
    select 7270431017;  -- an advisory lock key of pgrec's own
$$;
comment on function _rec_attribution_lock() is
    'Key of the transaction advisory lock taken right before attributing events (rec_upkeep and the impression '
    'writer): whichever attributes second sees what the first committed, so no click is missed. Private helper.';

create or replace function _rec_attribute_requests(request_ids uuid[])
returns bigint
language plpgsql
volatile
as $$
declare
    v_changed bigint;
    v_deleted bigint;
begin
    if request_ids is null or cardinality(request_ids) = 0 then
        return 0;
    end if;
    perform pg_advisory_xact_lock(_rec_attribution_lock());
    with outcomes as (
        select n.request_id, n.product_id,
               min(n.created_at) filter (where n.interaction_type = 'click') as clicked_at,
               min(n.created_at) filter (where n.interaction_type = 'add_to_cart') as added_to_cart_at,
               min(n.created_at) filter (where t.is_conversion) as purchased_at,
               coalesce(sum(n.quantity * coalesce(n.unit_price, p.price, 0)) filter (where t.is_conversion), 0) as revenue
        from rec_events n
        join rec_interaction_types t on t.interaction_type = n.interaction_type
        left join rec_products p on p.id = n.product_id
        where n.request_id = any (request_ids)
          and (n.interaction_type in ('click', 'add_to_cart') or t.is_conversion)
        group by n.request_id, n.product_id
    )
    insert into rec_analytics_outcomes as o (request_id, product_id, clicked_at, added_to_cart_at, purchased_at, revenue)
    select n.request_id, n.product_id, n.clicked_at, n.added_to_cart_at, n.purchased_at, n.revenue
    from outcomes n
    join rec_analytics a on a.request_id = n.request_id
    where n.product_id = any (a.product_ids)
    order by n.request_id, n.product_id
    on conflict (request_id, product_id) do update
    set clicked_at = excluded.clicked_at,
        added_to_cart_at = excluded.added_to_cart_at,
        purchased_at = excluded.purchased_at,
        revenue = excluded.revenue
    where (o.clicked_at, o.added_to_cart_at, o.purchased_at, o.revenue)
          is distinct from (excluded.clicked_at, excluded.added_to_cart_at, excluded.purchased_at, excluded.revenue);
    get diagnostics v_changed = row_count;
    -- outcomes whose events are all gone (deleted or updated since): nothing came of the item any more
    delete from rec_analytics_outcomes o
    where o.request_id = any (request_ids)
      and not exists (select 1
                      from rec_events n
                      join rec_interaction_types t on t.interaction_type = n.interaction_type
                      where n.request_id = o.request_id and n.product_id = o.product_id
                        and (n.interaction_type in ('click', 'add_to_cart') or t.is_conversion));
    get diagnostics v_deleted = row_count;
    return v_changed + v_deleted;
end;
$$;
comment on function _rec_attribute_requests(uuid[]) is
    'Recount what the items of these recommendation answers came to (rec_analytics_outcomes) from every event '
    'tracked with their request_id (rec_events: the log and the inbox): earliest click / add-to-cart / conversion time, revenue = sum of quantity * '
    'coalesce(unit_price, product price) of conversions; events for a product the answer did not show are ignored; '
    'an outcome none of whose events is left is deleted. '
    'Idempotent; serialised with the other attributions by an advisory lock. Returns the outcome rows written. '
    'Private helper of rec_upkeep and the impression writer.';

create or replace view rec_analytics_items as
select a.request_id, shown.product_id, a.user_id, a.algorithm, shown.position::integer as position, a.shown_at,
       o.clicked_at, o.added_to_cart_at, o.purchased_at, coalesce(o.revenue, 0) as revenue
from rec_analytics a
cross join lateral unnest(a.product_ids) with ordinality as shown(product_id, position)
left join rec_analytics_outcomes o on o.request_id = a.request_id and o.product_id = shown.product_id;
comment on view rec_analytics_items is
    'One row per recommended item shown (request, product, 1-based position) with what came of it: clicked_at, '
    'added_to_cart_at, purchased_at (null when it did not happen) and revenue.';

-- Impressions come from the answers (the array lengths), outcomes from the few items that had one; each side
-- is grouped on its own so a day filter on the view reaches both through the join on (day, algorithm).
create or replace view rec_analytics_daily as
with shown as (
    select (a.shown_at at time zone 'UTC')::date as day, a.algorithm, sum(cardinality(a.product_ids)) as impressions
    from rec_analytics a
    group by 1, 2
),
outcomes as (
    select (a.shown_at at time zone 'UTC')::date as day, a.algorithm,
           count(o.clicked_at) as clicks, count(o.added_to_cart_at) as add_to_carts,
           count(o.purchased_at) as purchases, sum(o.revenue) as revenue
    from rec_analytics_outcomes o
    join rec_analytics a on a.request_id = o.request_id
    group by 1, 2
)
select s.day,
       s.algorithm,
       s.impressions,
       coalesce(o.clicks, 0) as clicks,
       coalesce(o.clicks, 0)::double precision / s.impressions as ctr,
       coalesce(o.add_to_carts, 0) as add_to_carts,
       coalesce(o.purchases, 0) as purchases,
       coalesce(o.purchases, 0)::double precision / s.impressions as conversion,
       coalesce(o.revenue, 0) as revenue
from shown s
left join outcomes o on o.day = s.day and o.algorithm = s.algorithm;
comment on view rec_analytics_daily is
    'Per UTC day the items were shown and per algorithm: impressions (items shown), clicks, ctr = clicks / '
    'impressions, add_to_carts, purchases (conversion events), conversion = purchases / impressions, revenue = sum '
    'of quantity * coalesce(unit_price, product price) of the attributed conversion events. An item counts once per '
    'request for each outcome.';
