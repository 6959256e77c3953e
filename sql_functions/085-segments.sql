-- pgrec 085: rec_refresh_segments: RFM segments per user into rec_user_segments.

create or replace function rec_refresh_segments(as_of timestamptz default null)
returns bigint
language plpgsql
volatile
set work_mem = '128MB'
as $$
#variable_conflict use_column
declare
    v_ref timestamptz := coalesce(as_of, now());
    v_changed bigint;
    v_deleted bigint;
begin
    with events as (
        select i.user_id, i.created_at, t.is_conversion,
               coalesce(i.context ->> 'order_id', i.session_id, to_char(i.created_at, 'YYYY-MM-DD')) as order_key,
               i.quantity * coalesce(i.unit_price, p.price, 0) as amount
          from rec_user_interactions i
          join rec_interaction_types t on t.interaction_type = i.interaction_type
          join rec_products p on p.id = i.product_id
         where i.created_at <= v_ref
    ), users as (
        select e.user_id,
               count(distinct e.order_key) filter (where e.is_conversion) as frequency,
               coalesce(sum(e.amount) filter (where e.is_conversion), 0) as monetary,
               min(e.created_at) filter (where e.is_conversion) as first_purchase_at,
               max(e.created_at) filter (where e.is_conversion) as last_purchase_at,
               max(e.created_at) as last_event_at
          from events e
         group by e.user_id
    ), scored as (
        select u.*,
               extract(epoch from v_ref - coalesce(u.last_purchase_at, u.last_event_at)) / 86400.0 as recency_days,
               case when u.frequency > 0 then ntile(5) over (partition by u.frequency > 0
                                                             order by u.last_purchase_at, u.user_id) end as r_score,
               case when u.frequency > 0 then ntile(5) over (partition by u.frequency > 0
                                                             order by u.frequency, u.user_id) end as f_score,
               case when u.frequency > 0 then ntile(5) over (partition by u.frequency > 0
                                                             order by u.monetary, u.user_id) end as m_score
          from users u
    ), segmented as (
        select s.*,
               case when s.frequency = 0 then 'prospect'
                    when s.first_purchase_at > v_ref - interval '30 days' then 'new'
                    when s.last_purchase_at <= v_ref - interval '180 days' then 'lapsed'
                    when s.last_purchase_at <= v_ref - interval '90 days' then 'at_risk'
                    when s.last_purchase_at > v_ref - interval '30 days' and s.f_score = 5 and s.m_score >= 4
                        then 'champion'
                    when s.frequency >= 4 then 'loyal'
                    else 'active' end as segment
          from scored s
    ), upserted as (
        insert into rec_user_segments as g (user_id, segment, recency_days, frequency, monetary, r_score, f_score,
                                            m_score, first_purchase_at, last_purchase_at, computed_at)
        select s.user_id, s.segment, greatest(s.recency_days, 0), s.frequency, s.monetary, s.r_score, s.f_score,
               s.m_score, s.first_purchase_at, s.last_purchase_at, now()
          from segmented s
         order by s.user_id
            on conflict (user_id) do update
           set segment = excluded.segment, recency_days = excluded.recency_days, frequency = excluded.frequency,
               monetary = excluded.monetary, r_score = excluded.r_score, f_score = excluded.f_score,
               m_score = excluded.m_score, first_purchase_at = excluded.first_purchase_at,
               last_purchase_at = excluded.last_purchase_at, computed_at = excluded.computed_at
         where (g.segment, g.frequency, g.monetary, g.r_score, g.f_score, g.m_score, g.first_purchase_at,
                g.last_purchase_at)
               is distinct from
               (excluded.segment, excluded.frequency, excluded.monetary, excluded.r_score, excluded.f_score,
                excluded.m_score, excluded.first_purchase_at, excluded.last_purchase_at)
        returning 1
    )
    select count(*) into v_changed from upserted;

    delete from rec_user_segments g
     where not exists (select 1 from rec_user_interactions i where i.user_id = g.user_id and i.created_at <= v_ref);
    get diagnostics v_deleted = row_count;
    return v_changed + v_deleted;
end;
$$;
comment on function rec_refresh_segments(timestamptz) is
    'Recomputes the RFM segment of every user with events up to as_of into rec_user_segments. Per user: frequency = distinct orders (context order_id, else session, else day) with a conversion event, monetary = sum of quantity * unit price (else list price) over conversions, recency_days = days from the last purchase (prospects: last event) to as_of; r/f/m_score = quintiles 1..5 among buyers (5 = most recent / most orders / most spent). Segments, first match wins: prospect (no purchase), new (first purchase < 30 days ago), lapsed (last purchase >= 180 days ago), at_risk (last purchase 90..180 days ago), champion (last purchase < 30 days ago, f_score 5, m_score >= 4), loyal (>= 4 orders), active (the rest: bought within 90 days). Parameters: as_of = reference time (null = now(); set it for historic data). Returns the number of users whose row was inserted, changed or deleted (rows whose only change is recency_days are left as computed).';
