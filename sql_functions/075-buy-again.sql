-- pgrec 075: rec_buy_again, what a customer is likely to buy again (ranked by repurchase likelihood; a list of
-- products they bought, apart from rec_personalized, which excludes purchases by default), filled after their own
-- products with the store's popular products so that every customer, a newcomer too, gets k rows.

-- The fill became a parameter (2026-12-01): the three-argument version would be an ambiguous overload.
drop function if exists rec_buy_again(text, integer, timestamptz);

create or replace function rec_buy_again(user_id text, k integer default 10, as_of timestamptz default null,
                                         fill text default 'popular')
returns table (product_id text, score double precision, purchases integer, last_purchased_at timestamptz,
               repurchase_rate double precision, reason jsonb)
language plpgsql
stable
as $$
#variable_conflict use_column
declare
    v_ref timestamptz := coalesce(as_of, now());
    -- The repurchase rate of a product is shrunk towards the pooled rate of the user's products as if that many
    -- more buyers had bought it at the pooled rate: a product bought once by one customer says little.
    prior_buyers constant double precision := 5;
begin
    if user_id is null or btrim(user_id) = '' then
        raise exception 'user_id must not be null or empty' using errcode = '22023';
    end if;
    perform _rec_check_k(k);
    if fill is null or fill not in ('none', 'popular') then
        raise exception 'fill must be ''none'' or ''popular'', got %', coalesce(quote_literal(fill), 'null')
            using errcode = '22023';
    end if;
    return query
    with mine as (
        -- the user's purchases (conversion events) per product: decayed count, count, latest
        select i.product_id,
               sum(_rec_decay(v_ref - i.created_at, t.half_life)) as recency,
               count(*)::integer as purchases,
               max(i.created_at) as last_at
          from rec_events i
          join rec_interaction_types t on t.interaction_type = i.interaction_type and t.is_conversion
          join rec_products p on p.id = i.product_id and p.is_active
         where i.user_id = rec_buy_again.user_id
           and i.created_at <= v_ref
         group by i.product_id
         order by recency desc, i.product_id
         limit greatest(k, 100)
    ), buyers as (
        -- every customer's purchase count of those products (one index range per product of the log, and the
        -- user's own events still in the inbox: others' reach the log within seconds)
        select i.product_id, i.user_id, count(*) as n
          from mine m
          join (select l.product_id, l.user_id, l.interaction_type, l.created_at from rec_user_interactions l
                union all
                select x.product_id, x.user_id, x.interaction_type, x.created_at from rec_event_inbox x
                 where x.user_id = rec_buy_again.user_id) i on i.product_id = m.product_id
          join rec_interaction_types t on t.interaction_type = i.interaction_type and t.is_conversion
         where i.created_at <= v_ref
         group by i.product_id, i.user_id
    ), rates as (
        select b.product_id, count(*) filter (where b.n >= 2)::double precision as repeaters,
               count(*)::double precision as buyers
          from buyers b
         group by b.product_id
    ), pooled as (
        select coalesce(sum(r.repeaters) / nullif(sum(r.buyers), 0), 0) as rate from rates r
    ), scored as (
        select m.product_id, m.purchases, m.last_at, m.recency,
               (r.repeaters + prior_buyers * pl.rate) / (r.buyers + prior_buyers) as rate
          from mine m
          join rates r on r.product_id = m.product_id
         cross join pooled pl
    ), own as (
        select s.product_id, s.recency * s.rate as score, s.purchases, s.last_at, s.rate,
               _rec_reason('buy_again', case when s.purchases = 1 then 'you bought this before'
                                             else 'you bought this ' || s.purchases || ' times' end) as reason,
               row_number() over (order by s.recency * s.rate desc, s.last_at desc, s.product_id) as pos
          from scored s
         order by pos
         limit k
    ), filled as (
        -- after the user's own products (score 0, below any of theirs), the most popular active products they
        -- did not buy, as rec_popular ranks them
        select r.product_id, 0::double precision as score, 0 as purchases, null::timestamptz as last_at,
               null::double precision as rate, _rec_reason('popular', 'popular') as reason,
               (select count(*) from own) + r.pos as pos
          from _rec_popular_ranked(k, null, null, null, array(select o.product_id from own o)) r
         where rec_buy_again.fill = 'popular'
           and (select count(*) from own) < k
    )
    select l.product_id, l.score, l.purchases, l.last_at, l.rate, l.reason
      from (select * from own union all select * from filled) l
     order by l.pos
     limit k;
end;
$$;
comment on function rec_buy_again(text, integer, timestamptz, text) is
    'What a customer is likely to buy again: products they bought (conversion events up to as_of), active, best '
    'first, then (fill = popular, the default) the most popular active products they did not buy until the list has '
    'k rows. score = recency(u, i) * repurchase_rate(i), recency(u, i) = sum over u''s purchases of i of '
    '0.5 ^ (age / half_life(type)) (the decayed purchase count), repurchase_rate(i) = (R(i) + 5 * pooled) / (B(i) + 5) '
    'with B(i) = customers who bought i, R(i) = those who bought it at least twice, pooled = sum R / sum B over the '
    'candidates: the user''s max(k, 100) products with the highest recency. Ties: latest purchase, product id. '
    'Columns: purchases = u''s purchase events of the product, last_purchased_at, repurchase_rate, reason (rule '
    'buy_again). Fill rows come after every own product: score 0, purchases 0, last_purchased_at and '
    'repurchase_rate null, reason rule popular, ranked by popularity as rec_popular ranks (rec_product_popularity, '
    'all time as upkeep keeps it, not cut at as_of). Parameters: user_id; k = rows (1..1000); as_of = reference '
    'time for decay and for which events count (null = now()); fill = ''popular'' (default: chosen on a validation '
    'window, Aug-Sep 2011 of Online Retail, over none, trending and pooled repurchase counts) or ''none'' (only the '
    'customer''s own products: fewer rows than k when they bought fewer, none for a newcomer).';
