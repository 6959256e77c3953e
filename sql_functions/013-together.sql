-- pgrec 013: frequently bought together. A basket is one user's order (context->>'order_id') or, without
-- an order id, one session, filled by conversion events (rec_interaction_types.is_conversion: purchase).
-- A product counts once per basket. Only baskets of at most _rec_max_basket_items() distinct products
-- count (bulk orders say little about affinity and would make the pair table explode):
--   N = counted baskets, n(a) = counted baskets holding a, n(a,b) = counted baskets holding a and b,
--   support = n(a,b) / N, confidence(a -> b) = n(a,b) / n(a), lift = confidence / (n(b) / N).
-- Each product keeps its _rec_pairs_per_product() (100) strongest pairs, so the pair table stays small (on
-- Online Retail the lists were as good as with every pair: docs/performance.md, "Pair pruning").
-- Only the counts are stored (rec_basket_totals, rec_product_basket_counts, rec_frequently_together); the
-- metrics are computed from the live counts by the view rec_frequently_together_metrics, which the serving
-- function reads, so a basket changes one count per pair and nothing else.
-- Kept current by rec_upkeep() (each changed basket: new contribution minus old contribution; baskets whose
-- events were deleted are recounted from the log) and rebuilt from history by rec_refresh_frequently_together().

create or replace function _rec_max_basket_items()
returns integer
language sql
immutable
parallel safe
as $$
    select 50;
$$;
comment on function _rec_max_basket_items() is
    'Baskets with more distinct products than this do not count for bought-together statistics. Private helper.';

create or replace function _rec_basket_id(context jsonb, session_id text)
returns text
language sql
immutable
parallel safe
as $$
    select case
               when coalesce(context ->> 'order_id', '') <> '' then 'order:' || (context ->> 'order_id')
               when coalesce(session_id, '') <> '' then 'session:' || session_id
           end;
$$;
comment on function _rec_basket_id(jsonb, text) is
    'Basket of a conversion event: ''order:<context.order_id>'', else ''session:<session_id>'', else null. Private helper.';

-- Pairs kept: each product's _rec_pairs_per_product() pairs with the highest n(a,b) (ties: the other product's
-- id), the ones rec_frequently_bought_together ranks first for it alone (confidence = n(a,b)/n(a)). Measured on
-- Online Retail (docs/performance.md, "Pair pruning"): the lists are as good as with every pair, in a sixth of
-- the space.
create or replace function _rec_pairs_per_product()
returns integer
language sql
immutable
parallel safe
as $$
    select 100;
$$;
comment on function _rec_pairs_per_product() is
    'How many pairs rec_frequently_together keeps per product: those with the highest pair_count (ties: '
    'other_product_id). Private helper.';

-- The one ranking of a product's pairs: _rec_pair_candidates (every pair of the products it holds, exact
-- counts) -> _rec_pair_kept (the pairs to store). Used by the rebuild and by the fold.
create or replace function _rec_keep_top_pairs()
returns bigint
language plpgsql
volatile
as $$
declare
    v_rows bigint;
begin
    create temp table if not exists _rec_pair_kept (
        product_id text, other_product_id text, pair_count integer,
        primary key (product_id, other_product_id)) on commit drop;
    truncate _rec_pair_kept;
    insert into _rec_pair_kept (product_id, other_product_id, pair_count)
    select r.product_id, r.other_product_id, r.pair_count
    from (select c.product_id, c.other_product_id, c.pair_count,
                 row_number() over (partition by c.product_id order by c.pair_count desc, c.other_product_id) as rank
          from _rec_pair_candidates c
          where c.pair_count > 0) r
    where r.rank <= _rec_pairs_per_product();
    get diagnostics v_rows = row_count;
    analyze _rec_pair_kept;
    return v_rows;
end;
$$;
comment on function _rec_keep_top_pairs() is
    'From the temporary table _rec_pair_candidates (product_id, other_product_id, pair_count: all pairs of the '
    'products in it, exact counts), fill _rec_pair_kept with each product''s _rec_pairs_per_product() pairs of '
    'highest pair_count (ties: other_product_id); returns the rows kept. Private helper.';

-- Write the pairs of _rec_pair_kept into rec_frequently_together, for the rebuild and the fold alike: only rows
-- whose count differs (the metrics are not stored: a basket that changes N rewrites nothing), in key order.
create or replace function _rec_store_kept_pairs()
returns bigint
language plpgsql
volatile
as $$
declare
    v_rows bigint;
begin
    insert into rec_frequently_together as f (product_id, other_product_id, pair_count)
    select k.product_id, k.other_product_id, k.pair_count
    from _rec_pair_kept k
    left join rec_frequently_together o on o.product_id = k.product_id and o.other_product_id = k.other_product_id
    where o.product_id is null or o.pair_count <> k.pair_count
    order by k.product_id, k.other_product_id
    on conflict (product_id, other_product_id) do update set pair_count = excluded.pair_count;
    get diagnostics v_rows = row_count;
    return v_rows;
end;
$$;
comment on function _rec_store_kept_pairs() is
    'Insert or update the rows of the temporary table _rec_pair_kept in rec_frequently_together whose pair_count '
    'is new or differs, in key order; returns the rows written. Private helper of the fold and the rebuild.';

-- The one way a basket changes, whether upkeep adds purchases to it or a deletion takes some out: the caller
-- lists the changed baskets and their whole new contents (_rec_begin_basket_changes), and the stored items and
-- the counts N, n(a), n(a,b) move by each basket's new contribution minus its old one.
create or replace function _rec_begin_basket_changes()
returns void
language plpgsql
volatile
as $$
begin
    create temp table if not exists _rec_basket_keys (
        user_id text, basket_id text, recount boolean, primary key (user_id, basket_id)) on commit drop;
    create temp table if not exists _rec_basket_contents (
        user_id text, basket_id text, product_id text, first_at timestamptz,
        primary key (user_id, basket_id, product_id)) on commit drop;
    truncate _rec_basket_keys, _rec_basket_contents;
end;
$$;
comment on function _rec_begin_basket_changes() is
    'Create (or empty) the temporary tables _rec_apply_basket_changes() reads: _rec_basket_keys (user_id, '
    'basket_id, recount = contents to be read from the log by _rec_basket_contents_from_log()) and '
    '_rec_basket_contents (user_id, basket_id, product_id, first_at: the whole new contents of those baskets). '
    'Dropped at commit. Private helper.';

create or replace function _rec_basket_contents_from_log()
returns bigint
language plpgsql
volatile
as $$
declare
    v_rows bigint;
begin
    insert into _rec_basket_contents (user_id, basket_id, product_id, first_at)
    select i.user_id, k.basket_id, i.product_id, min(i.created_at)
    from _rec_basket_keys k
    join rec_user_interactions i on i.user_id = k.user_id
    join rec_interaction_types t on t.interaction_type = i.interaction_type
    where k.recount and t.is_conversion and _rec_basket_id(i.context, i.session_id) = k.basket_id
    group by i.user_id, k.basket_id, i.product_id;
    get diagnostics v_rows = row_count;
    return v_rows;
end;
$$;
comment on function _rec_basket_contents_from_log() is
    'Fill _rec_basket_contents for the baskets of _rec_basket_keys marked recount, from the conversion events now '
    'in rec_user_interactions (as rec_refresh_frequently_together() does for all baskets); returns the rows '
    'added. Private helper.';

create or replace function _rec_apply_basket_changes()
returns bigint
language plpgsql
volatile
as $$
declare
    max_items constant integer := _rec_max_basket_items();
    basket_delta bigint;
    v_rows bigint;
    v_written bigint := 0;
begin
    create temp table if not exists _rec_basket_delta_items (
        user_id text, basket_id text, product_id text, old_first_at timestamptz, first_at timestamptz,
        was_in boolean, is_in boolean, was_counted boolean, is_counted boolean) on commit drop;
    truncate _rec_basket_delta_items;
    analyze _rec_basket_keys;
    analyze _rec_basket_contents;
    with old as (
        select b.user_id, b.basket_id, b.product_id, b.first_at
        from _rec_basket_keys k
        join rec_user_basket_items b on b.user_id = k.user_id and b.basket_id = k.basket_id
    ),
    items as (
        select coalesce(n.user_id, o.user_id) as user_id, coalesce(n.basket_id, o.basket_id) as basket_id,
               coalesce(n.product_id, o.product_id) as product_id, o.first_at as old_first_at, n.first_at,
               o.product_id is not null as was_in, n.product_id is not null as is_in
        from old o
        full join _rec_basket_contents n
          on n.user_id = o.user_id and n.basket_id = o.basket_id and n.product_id = o.product_id
    ),
    sizes as (
        select items.user_id, items.basket_id,
               count(*) filter (where items.was_in) as n_before, count(*) filter (where items.is_in) as n_after
        from items
        group by items.user_id, items.basket_id
    )
    insert into _rec_basket_delta_items
    select i.user_id, i.basket_id, i.product_id, i.old_first_at, i.first_at, i.was_in, i.is_in,
           s.n_before between 1 and max_items, s.n_after between 1 and max_items
    from items i
    join sizes s on s.user_id = i.user_id and s.basket_id = i.basket_id;
    analyze _rec_basket_delta_items;

    -- the items: removed, added, re-dated (first_at = the earliest event, as a rebuild has it)
    delete from rec_user_basket_items b
    using _rec_basket_delta_items d
    where d.was_in and not d.is_in
      and b.user_id = d.user_id and b.basket_id = d.basket_id and b.product_id = d.product_id;
    get diagnostics v_rows = row_count;
    v_written := v_written + v_rows;
    insert into rec_user_basket_items (user_id, basket_id, product_id, first_at)
    select d.user_id, d.basket_id, d.product_id, d.first_at
    from _rec_basket_delta_items d
    where d.is_in and not d.was_in
    order by d.user_id, d.basket_id, d.product_id;
    get diagnostics v_rows = row_count;
    v_written := v_written + v_rows;
    update rec_user_basket_items b set first_at = d.first_at
    from _rec_basket_delta_items d
    where d.was_in and d.is_in and d.first_at <> d.old_first_at
      and b.user_id = d.user_id and b.basket_id = d.basket_id and b.product_id = d.product_id;
    get diagnostics v_rows = row_count;
    v_written := v_written + v_rows;

    -- N
    select coalesce(sum(d.delta), 0) into basket_delta
    from (select distinct user_id, basket_id, is_counted::integer - was_counted::integer as delta
          from _rec_basket_delta_items) d;
    insert into rec_basket_totals (singleton, basket_count) values (true, 0) on conflict (singleton) do nothing;
    if basket_delta <> 0 then
        update rec_basket_totals set basket_count = basket_count + basket_delta, updated_at = now();
    end if;

    -- n(a)
    with deltas as (
        select d.product_id,
               sum((d.is_in and d.is_counted)::integer - (d.was_in and d.was_counted)::integer) as delta
        from _rec_basket_delta_items d
        where d.is_counted or d.was_counted
        group by d.product_id
    ),
    grown as (
        insert into rec_product_basket_counts as c (product_id, basket_count)
        select deltas.product_id, deltas.delta from deltas where deltas.delta > 0
        order by deltas.product_id
        on conflict (product_id) do update set basket_count = c.basket_count + excluded.basket_count
    )
    update rec_product_basket_counts c set basket_count = c.basket_count + deltas.delta
    from deltas
    where c.product_id = deltas.product_id and deltas.delta < 0;
    delete from rec_product_basket_counts c
    where c.basket_count = 0 and c.product_id in (select d.product_id from _rec_basket_delta_items d);

    -- n(a, b), both directions
    create temp table if not exists _rec_pair_deltas (
        product_id text, other_product_id text, delta integer) on commit drop;
    truncate _rec_pair_deltas;
    insert into _rec_pair_deltas
    select a.product_id, b.product_id,
           sum((a.is_in and b.is_in and a.is_counted)::integer - (a.was_in and b.was_in and a.was_counted)::integer)
    from _rec_basket_delta_items a
    join _rec_basket_delta_items b
      on b.user_id = a.user_id and b.basket_id = a.basket_id and b.product_id <> a.product_id
    where a.is_counted or a.was_counted
    group by a.product_id, b.product_id
    having sum((a.is_in and b.is_in and a.is_counted)::integer - (a.was_in and b.was_in and a.was_counted)::integer) <> 0;
    analyze _rec_pair_deltas;

    perform _rec_apply_pair_deltas();
    return v_written;
end;
$$;
comment on function _rec_apply_basket_changes() is
    'Give each basket of _rec_basket_keys the contents listed in _rec_basket_contents (none: emptied) and move N, '
    'n(a) and n(a,b) by each basket''s new contribution minus its old one (a basket counts with 1 to '
    '_rec_max_basket_items() distinct products; the pairs kept per product: _rec_apply_pair_deltas). Returns the '
    'basket items inserted, deleted or re-dated. Call '
    'under _rec_baskets_lock(), after _rec_begin_basket_changes(). Private helper.';

-- The pair counts move by _rec_pair_deltas (both directions, items and n(a) already written). A product storing
-- fewer than _rec_pairs_per_product() pairs stores all of its pairs, so a new pair of it had count 0. A product
-- that is full does not store its weaker pairs: a touched one is counted from the other direction when that is
-- stored, else from the baskets (through the rarer product's baskets); and when one of its stored pairs
-- drops, all of its pairs are counted from the baskets, since a pair it did not store may now rank above.
create or replace function _rec_apply_pair_deltas()
returns bigint
language plpgsql
volatile
as $$
declare
    top_n constant integer := _rec_pairs_per_product();
    max_items constant integer := _rec_max_basket_items();
    v_rows bigint;
    v_written bigint := 0;
begin
    create temp table if not exists _rec_pair_anchors (
        product_id text primary key, is_full boolean, recount boolean) on commit drop;
    truncate _rec_pair_anchors;
    with touched as (
        select d.product_id, bool_or(d.delta < 0 and f.product_id is not null) as drops
        from _rec_pair_deltas d
        left join rec_frequently_together f on f.product_id = d.product_id and f.other_product_id = d.other_product_id
        group by d.product_id
    )
    insert into _rec_pair_anchors (product_id, is_full, recount)
    select t.product_id, s.stored >= top_n, s.stored >= top_n and t.drops
    from touched t
    cross join lateral (select count(*) as stored from rec_frequently_together f
                        where f.product_id = t.product_id) s;
    analyze _rec_pair_anchors;

    create temp table if not exists _rec_pair_candidates (
        product_id text, other_product_id text, pair_count integer) on commit drop;
    truncate _rec_pair_candidates;
    -- touched pairs of the other anchors: stored ones move by their delta; new ones of a product that stores
    -- all its pairs start at the delta; else the count stored the other way round, or null (counted below)
    insert into _rec_pair_candidates (product_id, other_product_id, pair_count)
    select d.product_id, d.other_product_id,
           case when f.product_id is not null then f.pair_count + d.delta
                when not an.is_full then d.delta
                when r.product_id is not null then r.pair_count + d.delta
           end
    from _rec_pair_deltas d
    join _rec_pair_anchors an on an.product_id = d.product_id and not an.recount
    left join rec_frequently_together f on f.product_id = d.product_id and f.other_product_id = d.other_product_id
    left join rec_frequently_together r on r.product_id = d.other_product_id and r.other_product_id = d.product_id
    where f.product_id is not null or d.delta > 0;
    analyze _rec_pair_candidates;
    create temp table if not exists _rec_pair_recount (
        p1 text, p2 text, rare text, other text, pair_count integer) on commit drop;
    truncate _rec_pair_recount;
    insert into _rec_pair_recount (p1, p2, rare, other)
    select u.p1, u.p2,
           case when coalesce(n1.basket_count, 0) <= coalesce(n2.basket_count, 0) then u.p1 else u.p2 end,
           case when coalesce(n1.basket_count, 0) <= coalesce(n2.basket_count, 0) then u.p2 else u.p1 end
    from (select distinct least(c.product_id, c.other_product_id) as p1,
                          greatest(c.product_id, c.other_product_id) as p2
          from _rec_pair_candidates c where c.pair_count is null) u
    left join rec_product_basket_counts n1 on n1.product_id = u.p1
    left join rec_product_basket_counts n2 on n2.product_id = u.p2;
    analyze _rec_pair_recount;
    -- the baskets holding both (through the rarer product's), then only those that count
    update _rec_pair_recount r set pair_count = n.pair_count
    from (select m.p1, m.p2, count(*)::integer as pair_count
          from (select r2.p1, r2.p2, x.user_id, x.basket_id
                from _rec_pair_recount r2
                cross join lateral (select b.user_id, b.basket_id from rec_user_basket_items b
                                    where b.product_id = r2.rare) x
                join rec_user_basket_items y
                  on y.user_id = x.user_id and y.basket_id = x.basket_id and y.product_id = r2.other
                offset 0) m
          where (select count(*) from rec_user_basket_items s
                 where s.user_id = m.user_id and s.basket_id = m.basket_id) <= max_items
          group by m.p1, m.p2) n
    where r.p1 = n.p1 and r.p2 = n.p2;
    update _rec_pair_candidates c set pair_count = coalesce(r.pair_count, 0)
    from _rec_pair_recount r
    where c.pair_count is null and c.product_id = r.p1 and c.other_product_id = r.p2;
    update _rec_pair_candidates c set pair_count = coalesce(r.pair_count, 0)
    from _rec_pair_recount r
    where c.pair_count is null and c.product_id = r.p2 and c.other_product_id = r.p1;
    -- ... and their untouched stored pairs, which keep their counts
    insert into _rec_pair_candidates (product_id, other_product_id, pair_count)
    select f.product_id, f.other_product_id, f.pair_count
    from _rec_pair_anchors an
    join rec_frequently_together f on f.product_id = an.product_id
    where not an.recount
      and not exists (select 1 from _rec_pair_deltas d
                      where d.product_id = f.product_id and d.other_product_id = f.other_product_id);
    -- every pair of the anchors to recount, from their counted baskets
    insert into _rec_pair_candidates (product_id, other_product_id, pair_count)
    select m.product_id, y.product_id, count(*)::integer
    from (select x.product_id, x.user_id, x.basket_id
          from _rec_pair_anchors an
          join rec_user_basket_items x on x.product_id = an.product_id
          where an.recount
          offset 0) m
    join rec_user_basket_items y
      on y.user_id = m.user_id and y.basket_id = m.basket_id and y.product_id <> m.product_id
    where (select count(*) from rec_user_basket_items s
           where s.user_id = m.user_id and s.basket_id = m.basket_id) <= max_items
    group by m.product_id, y.product_id;
    analyze _rec_pair_candidates;
    perform _rec_keep_top_pairs();

    -- the stored pairs of the anchors become the kept ones, writing only differences, in key order
    create temp table if not exists _rec_pair_gone (product_id text, other_product_id text) on commit drop;
    truncate _rec_pair_gone;
    insert into _rec_pair_gone
    select f.product_id, f.other_product_id
    from _rec_pair_anchors an
    join rec_frequently_together f on f.product_id = an.product_id
    except
    select k.product_id, k.other_product_id from _rec_pair_kept k;
    analyze _rec_pair_gone;
    delete from rec_frequently_together f
    using _rec_pair_gone g
    where f.product_id = g.product_id and f.other_product_id = g.other_product_id;
    get diagnostics v_rows = row_count;
    v_written := v_written + v_rows;
    return v_written + _rec_store_kept_pairs();
end;
$$;
comment on function _rec_apply_pair_deltas() is
    'Move the stored pairs by the temporary table _rec_pair_deltas (product_id, other_product_id, delta: both '
    'directions), keeping for each product its _rec_pairs_per_product() pairs of highest n(a,b), exact, as '
    'rec_refresh_frequently_together() does; returns the pair rows written or deleted. Call after the basket items '
    'and n(a) are written, under _rec_baskets_lock(). Private helper of _rec_apply_basket_changes.';

-- Who may write the baskets (rec_user_basket_items, rec_product_basket_counts, rec_basket_totals and the
-- pairs): rec_upkeep() folding new purchases, or rec_refresh_frequently_together() rebuilding them. Tracking
-- never does, so it never waits for either.
create or replace function _rec_baskets_lock()
returns bigint
language sql
immutable
parallel safe
as $$
    select 7270431015;  -- an advisory lock key of pgrec's own
$$;
comment on function _rec_baskets_lock() is
    'Key of the transaction advisory lock held by whoever writes the baskets and pairs (upkeep or the rebuild). '
    'Private helper.';

create or replace function rec_refresh_frequently_together()
returns integer
language plpgsql
volatile
as $$
declare
    max_items constant integer := _rec_max_basket_items();
    total bigint;
    removed integer;
    written integer;
begin
    -- Upkeep puts off folding purchases while this runs (rec_basket_queue); tracking and readers are not
    -- blocked. Only differences are written, so a rebuild that finds the folded state intact writes (almost)
    -- nothing.
    perform pg_advisory_xact_lock(_rec_baskets_lock());
    perform set_config('work_mem', '256MB', true);

    create temp table _rec_fresh_items on commit drop as
    select i.user_id, _rec_basket_id(i.context, i.session_id) as basket_id, i.product_id, min(i.created_at) as first_at
    from rec_user_interactions i
    join rec_interaction_types t on t.interaction_type = i.interaction_type
    where t.is_conversion and _rec_basket_id(i.context, i.session_id) is not null
    group by 1, 2, 3;
    analyze _rec_fresh_items;
    delete from rec_user_basket_items b
    where not exists (select 1 from _rec_fresh_items f
                      where f.user_id = b.user_id and f.basket_id = b.basket_id and f.product_id = b.product_id);
    insert into rec_user_basket_items as b (user_id, basket_id, product_id, first_at)
    select f.user_id, f.basket_id, f.product_id, f.first_at
    from _rec_fresh_items f
    left join rec_user_basket_items o
      on o.user_id = f.user_id and o.basket_id = f.basket_id and o.product_id = f.product_id
    where o.first_at is distinct from f.first_at
    on conflict (user_id, basket_id, product_id) do update set first_at = excluded.first_at;

    create temp table _rec_counted_items on commit drop as
    select f.user_id, f.basket_id, f.product_id, f.first_at
    from _rec_fresh_items f
    join (select user_id, basket_id from _rec_fresh_items
          group by user_id, basket_id having count(*) <= max_items) s
      on s.user_id = f.user_id and s.basket_id = f.basket_id;

    select count(*) into total from (select distinct user_id, basket_id from _rec_counted_items) d;
    insert into rec_basket_totals as t (singleton, basket_count, updated_at) values (true, total, now())
    on conflict (singleton) do update set basket_count = excluded.basket_count, updated_at = now()
    where t.basket_count <> excluded.basket_count;

    delete from rec_product_basket_counts c
    where not exists (select 1 from _rec_counted_items i where i.product_id = c.product_id);
    insert into rec_product_basket_counts as c (product_id, basket_count)
    select product_id, count(*) from _rec_counted_items group by product_id order by product_id
    on conflict (product_id) do update set basket_count = excluded.basket_count
    where c.basket_count <> excluded.basket_count;

    create temp table if not exists _rec_pair_candidates (
        product_id text, other_product_id text, pair_count integer) on commit drop;
    truncate _rec_pair_candidates;
    insert into _rec_pair_candidates (product_id, other_product_id, pair_count)
    select a.product_id, b.product_id, count(*)::integer
    from _rec_counted_items a
    join _rec_counted_items b
      on b.user_id = a.user_id and b.basket_id = a.basket_id and b.product_id <> a.product_id
    group by a.product_id, b.product_id;
    perform _rec_keep_top_pairs();
    truncate _rec_pair_candidates;

    delete from rec_frequently_together f
    where not exists (select 1 from _rec_pair_kept p
                      where p.product_id = f.product_id and p.other_product_id = f.other_product_id);
    get diagnostics removed = row_count;
    written := _rec_store_kept_pairs();
    drop table _rec_fresh_items;
    drop table _rec_counted_items;
    return removed + written;
end;
$$;
comment on function rec_refresh_frequently_together() is
    'Rebuild baskets, basket counts and rec_frequently_together (both directions) from the conversion events in '
    'rec_user_interactions; returns the number of pair rows inserted, changed or deleted. Basket = user + '
    'context->>''order_id'' (else session_id); a product counts once per basket; baskets with more than 50 distinct '
    'products are left out. Stores counts only: N (rec_basket_totals), n(a) (rec_product_basket_counts), n(a,b) '
    '(rec_frequently_together: for each product a only its 100 pairs of highest n(a,b), ties by b''s id), writing '
    'only rows whose count differs; the '
    'metrics are computed from them by the view rec_frequently_together_metrics. Between rebuilds rec_upkeep() keeps '
    'every count exact. Tracking and readers never wait for it; upkeep folds the purchases tracked meanwhile once it '
    'is done. No parameters.';

-- The one definition of the metrics, from the live counts: rec_frequently_bought_together reads it, and so can
-- anyone in psql or pgAdmin.
create or replace view rec_frequently_together_metrics as
select f.product_id,
       f.other_product_id,
       f.pair_count,
       f.pair_count::double precision / nullif(t.n, 0) as support,
       f.pair_count::double precision / na.basket_count as confidence,
       f.pair_count::double precision * t.n / (na.basket_count::double precision * nb.basket_count) as lift
from rec_frequently_together f
join rec_product_basket_counts na on na.product_id = f.product_id
join rec_product_basket_counts nb on nb.product_id = f.other_product_id
cross join (select coalesce((select b.basket_count from rec_basket_totals b), 0)::double precision as n) t;
comment on view rec_frequently_together_metrics is
    'Directed basket pairs (a = product_id, b = other_product_id) with their metrics computed from the live counts: '
    'N = counted baskets (rec_basket_totals), n(a) = baskets holding a (rec_product_basket_counts), n(a,b) = '
    'pair_count (rec_frequently_together); support = n(a,b)/N (null while N is 0), confidence(a -> b) = n(a,b)/n(a), '
    'lift = n(a,b)*N/(n(a)*n(b)) = confidence/(n(b)/N). '
    'rec_frequently_bought_together reads these metrics from here.';

create or replace function rec_frequently_bought_together(product_ids text[], k integer default 10)
returns table (product_id text, score double precision, pair_count integer, confidence double precision,
               lift double precision, reason jsonb)
language plpgsql
stable
as $$
begin
    if product_ids is null then
        raise exception 'product_ids must be an array of product ids, got null' using errcode = '22023';
    end if;
    perform _rec_query_ids(product_ids, 'product_ids');
    perform _rec_check_k(k);
    return query
    with anchors as (
        select distinct a.id from unnest(product_ids) as a(id)
    ),
    pairs as (
        select m.product_id as anchor, m.other_product_id as candidate, m.pair_count, m.confidence, m.lift
        from anchors
        join rec_frequently_together_metrics m on m.product_id = anchors.id
        join rec_products p on p.id = m.other_product_id and p.is_active
        where m.pair_count > 0 and m.other_product_id <> all (product_ids)
    ),
    best as (
        select distinct on (pairs.candidate) pairs.*
        from pairs
        order by pairs.candidate, pairs.confidence desc, pairs.pair_count desc, pairs.anchor
    ),
    scored as (
        select pairs.candidate, sum(pairs.confidence) / (select count(*) from anchors) as score,
               count(*) as matches
        from pairs
        group by pairs.candidate
    )
    select b.candidate, s.score, b.pair_count, b.confidence, b.lift,
           jsonb_build_object('rule', 'bought_together',
                              'text', 'bought together with ' || a.title,
                              'anchor_product_id', b.anchor,
                              'anchor_title', a.title,
                              'cart_matches', s.matches)
    from best b
    join scored s on s.candidate = b.candidate
    join rec_products a on a.id = b.anchor
    order by s.score desc, b.pair_count desc, b.lift desc, b.candidate
    limit k;
end;
$$;
comment on function rec_frequently_bought_together(text[], integer) is
    'Products bought together with one product or a whole cart, best first. For each candidate b (active, not in '
    'the cart): score = sum over cart products a of confidence(a -> b) / number of cart products, confidence(a -> b) '
    '= n(a,b)/n(a), lift = n(a,b)*N/(n(a)*n(b)) from the live basket counts (read from the view '
    'rec_frequently_together_metrics); pair_count, confidence and lift are those of the anchor (the cart product '
    'with the highest confidence), named in reason ("bought together with <title>", anchor_product_id, '
    'anchor_title, cart_matches = cart products pointing to b). Ties: pair_count, lift, product id. Only the 100 '
    'strongest pairs of each product are kept, so one product gives at most 100 rows. Parameters: '
    'product_ids = the product or cart (unknown or inactive ids are allowed and simply match nothing or serve as '
    'anchors; a null element raises 22004); k = at most this many rows (1..1000, default 10).';
