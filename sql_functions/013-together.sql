-- pgrec 013: frequently bought together. A basket is one user's order (context->>'order_id') or, without
-- an order id, one session, filled by conversion events (rec_interaction_types.is_conversion: purchase).
-- A product counts once per basket. Only baskets of at most _rec_max_basket_items() distinct products
-- count (bulk orders say little about affinity and would make the pair table explode):
--   N = counted baskets, n(a) = counted baskets holding a, n(a,b) = counted baskets holding a and b,
--   support = n(a,b) / N, confidence(a -> b) = n(a,b) / n(a), lift = confidence / (n(b) / N).
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

    -- Existing pairs: one set-based update; new pairs: inserted in key order.
    with updated as (
        update rec_frequently_together f
        set pair_count = f.pair_count + d.delta
        from _rec_pair_deltas d
        where f.product_id = d.product_id and f.other_product_id = d.other_product_id
        returning f.product_id, f.other_product_id
    )
    insert into rec_frequently_together as f (product_id, other_product_id, pair_count)
    select d.product_id, d.other_product_id, d.delta
    from _rec_pair_deltas d
    left join updated u on u.product_id = d.product_id and u.other_product_id = d.other_product_id
    where d.delta > 0 and u.product_id is null
    order by d.product_id, d.other_product_id
    on conflict (product_id, other_product_id) do update set pair_count = f.pair_count + excluded.pair_count;
    delete from rec_frequently_together f
    using _rec_pair_deltas d
    where d.delta < 0 and f.product_id = d.product_id and f.other_product_id = d.other_product_id
      and f.pair_count <= 0;
    return v_written;
end;
$$;
comment on function _rec_apply_basket_changes() is
    'Give each basket of _rec_basket_keys the contents listed in _rec_basket_contents (none: emptied) and move N, '
    'n(a) and n(a,b) by each basket''s new contribution minus its old one (a basket counts with 1 to '
    '_rec_max_basket_items() distinct products). Returns the basket items inserted, deleted or re-dated. Call '
    'under _rec_baskets_lock(), after _rec_begin_basket_changes(). Private helper.';

-- A deletion (or update) of conversion events changes their baskets: they are queued for the next fold, which
-- recounts them from the log. One mechanism for every correction: a Medusa order edited or canceled, a
-- DELETE in psql, a product removed with its events.
create or replace function _rec_queue_baskets_trigger()
returns trigger
language plpgsql
volatile
as $$
begin
    insert into rec_basket_queue (user_id, basket_id)
    select distinct e.user_id, _rec_basket_id(e.context, e.session_id)
    from old_rows e
    join rec_interaction_types t on t.interaction_type = e.interaction_type
    where t.is_conversion and _rec_basket_id(e.context, e.session_id) is not null
    order by 1, 2
    on conflict (user_id, basket_id) do nothing;
    if tg_op = 'UPDATE' then
        insert into rec_basket_queue (user_id, basket_id)
        select distinct e.user_id, _rec_basket_id(e.context, e.session_id)
        from new_rows e
        join rec_interaction_types t on t.interaction_type = e.interaction_type
        where t.is_conversion and _rec_basket_id(e.context, e.session_id) is not null
        order by 1, 2
        on conflict (user_id, basket_id) do nothing;
    end if;
    return null;
end;
$$;
comment on function _rec_queue_baskets_trigger() is
    'AFTER DELETE / AFTER UPDATE statement trigger on rec_user_interactions: queues the baskets of the deleted or '
    'updated conversion events (before and after an update) in rec_basket_queue, so the next rec_upkeep() '
    'recounts them from the log. Private helper.';

create or replace trigger rec_user_interactions_baskets_deleted
    after delete on rec_user_interactions
    referencing old table as old_rows
    for each statement
    execute function _rec_queue_baskets_trigger();
create or replace trigger rec_user_interactions_baskets_updated
    after update on rec_user_interactions
    referencing old table as old_rows new table as new_rows
    for each statement
    execute function _rec_queue_baskets_trigger();


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

    create temp table _rec_fresh_pairs on commit drop as
    select a.product_id, b.product_id as other_product_id, count(*)::integer as pair_count
    from _rec_counted_items a
    join _rec_counted_items b
      on b.user_id = a.user_id and b.basket_id = a.basket_id and b.product_id <> a.product_id
    group by a.product_id, b.product_id;
    analyze _rec_fresh_pairs;

    delete from rec_frequently_together f
    where not exists (select 1 from _rec_fresh_pairs p
                      where p.product_id = f.product_id and p.other_product_id = f.other_product_id);
    get diagnostics removed = row_count;
    -- Only rows whose count differs are written (the metrics are not stored: a basket that changes N
    -- rewrites nothing).
    insert into rec_frequently_together as f (product_id, other_product_id, pair_count)
    select p.product_id, p.other_product_id, p.pair_count
    from _rec_fresh_pairs p
    left join rec_frequently_together o on o.product_id = p.product_id and o.other_product_id = p.other_product_id
    where o.product_id is null or o.pair_count <> p.pair_count
    order by p.product_id, p.other_product_id
    on conflict (product_id, other_product_id) do update set pair_count = excluded.pair_count;
    get diagnostics written = row_count;
    drop table _rec_fresh_items;
    drop table _rec_counted_items;
    drop table _rec_fresh_pairs;
    return removed + written;
end;
$$;
comment on function rec_refresh_frequently_together() is
    'Rebuild baskets, basket counts and rec_frequently_together (both directions) from the conversion events in '
    'rec_user_interactions; returns the number of pair rows inserted, changed or deleted. Basket = user + '
    'context->>''order_id'' (else session_id); a product counts once per basket; baskets with more than 50 distinct '
    'products are left out. Stores counts only: N (rec_basket_totals), n(a) (rec_product_basket_counts), n(a,b) '
    '(rec_frequently_together), writing only rows whose count differs; the '
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
    perform _rec_check_k(k);
    return query
    with anchors as (
        select distinct a.id from unnest(product_ids) as a(id) where a.id is not null
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
    'anchor_title, cart_matches = cart products pointing to b). Ties: pair_count, lift, product id. Parameters: '
    'product_ids = the product or cart (unknown or inactive ids are allowed and simply match nothing or serve as '
    'anchors); k = at most this many rows (1..1000, default 10).';
