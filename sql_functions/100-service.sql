-- pgrec 100: functions behind the HTTP service: a session's products, cart recommendations (the catalog
-- upsert, rec_upsert_products, is in 003-product-upsert.sql).

create or replace function _rec_session_product_ids(session_id text, n integer default 50)
returns text[]
language sql
stable
as $$
    select coalesce(array_agg(s.product_id order by s.last_seen, s.product_id), '{}')
      from (select i.product_id, max(i.created_at) as last_seen
              from rec_events as i
             where i.session_id = _rec_session_product_ids.session_id
             group by i.product_id
             order by last_seen desc
             limit greatest(n, 0)) as s;
$$;
comment on function _rec_session_product_ids(text, integer) is
    'The distinct products of a session''s events, oldest first (by each product''s latest event), at most n (the most recent ones). Parameters: session_id; n = most products to return.';

create or replace function rec_cart_recommendations(product_ids text[], k integer default 10)
returns table (product_id text, score double precision, reason jsonb)
language plpgsql
stable
as $$
#variable_conflict use_column
declare
    v_cart text[];
begin
    if product_ids is null or cardinality(product_ids) = 0 then
        raise exception 'product_ids must hold at least one product id' using errcode = '22023';
    end if;
    perform _rec_query_ids(product_ids, 'product_ids');
    perform _rec_check_k(k);
    -- The cart is the client's list in the client's order (the session part weighs the latest added most); a
    -- repeated id counts once, at its first position.
    select array_agg(u.id order by u.first) into v_cart
      from (select c.id, min(c.ord) as first
              from unnest(product_ids) with ordinality as c(id, ord)
             group by c.id) as u;
    return query
    with candidates as (
        select t.product_id, t.score, t.reason, 0 as grp, t.ordinality as pos
          from rec_frequently_bought_together(v_cart, k) with ordinality as t
        union all
        select s.product_id, s.score, s.reason, 1 as grp, s.ordinality as pos
          from rec_session_recommendations(v_cart, k) with ordinality as s
    ), firsts as (
        select distinct on (c.product_id) c.product_id, c.score, c.reason, c.grp, c.pos
          from candidates as c
         where c.product_id <> all (v_cart)
         order by c.product_id, c.grp, c.pos
    )
    select f.product_id, f.score, f.reason
      from firsts as f
     order by f.grp, f.pos
     limit k;
end;
$$;
comment on function rec_cart_recommendations(text[], integer) is
    'What to add to a cart: first the products bought together with the cart (rec_frequently_bought_together, in its order), then rec_session_recommendations over the cart (in its order), without duplicates or products already in the cart, at most k rows. score is the score of the function the row comes from (the two scales differ; the order is the ranking). Parameters: product_ids = the cart in the order its products were added (at least one id; a null element raises 22004; a repeated id counts at its first position, so in the session part the last added product weighs 1 and each earlier one 0.8 times the next); k = rows (1..1000). reason is that function''s reason.';
