-- pgrec 055: popularity (kept current by rec_upkeep(), rebuilt on demand),
-- rec_popular and rec_trending.

-- Recompute the popularity of some products (all when null) from the event log.
create or replace function _rec_refresh_popularity(product_ids text[])
returns bigint
language plpgsql
volatile
-- `product_ids is null or product_id = any (product_ids)`: only a custom plan can drop the null test and
-- use the (product_id, created_at) index for a few products.
set plan_cache_mode = force_custom_plan
as $$
declare
    v_changed bigint;
    v_deleted bigint;
begin
    with per_type as (
        select i.product_id, i.interaction_type, count(distinct i.user_id) as users
          from rec_user_interactions i
         where product_ids is null or i.product_id = any (product_ids)
         group by i.product_id, i.interaction_type
    ), totals as (
        select i.product_id, count(distinct i.user_id) as users, count(*) as events,
               max(i.created_at) as last_at
          from rec_user_interactions i
         where product_ids is null or i.product_id = any (product_ids)
         group by i.product_id
    ), fresh as (
        select tt.product_id, coalesce(sum(t.weight * pt.users), 0) as popularity, tt.users, tt.events,
               tt.last_at
          from totals tt
          join per_type pt on pt.product_id = tt.product_id
          join rec_interaction_types t on t.interaction_type = pt.interaction_type
         group by tt.product_id, tt.users, tt.events, tt.last_at
    ), upserted as (
        insert into rec_product_popularity as p (product_id, popularity, users, events, last_event_at, updated_at)
        select product_id, popularity, users, events, last_at, now() from fresh order by product_id
            on conflict (product_id) do update
           set popularity = excluded.popularity, users = excluded.users, events = excluded.events,
               last_event_at = excluded.last_event_at, updated_at = now()
         where (p.popularity, p.users, p.events, p.last_event_at)
               is distinct from (excluded.popularity, excluded.users, excluded.events, excluded.last_event_at)
        returning 1
    )
    select count(*) into v_changed from upserted;

    delete from rec_product_popularity p
     where (product_ids is null or p.product_id = any (product_ids))
       and not exists (select 1 from rec_user_interactions i where i.product_id = p.product_id);
    get diagnostics v_deleted = row_count;
    return v_changed + v_deleted;
end;
$$;
comment on function _rec_refresh_popularity(text[]) is
    'Rebuild rec_product_popularity rows of the given products (all when null) from the event log; returns the rows inserted, updated or deleted. Private helper.';

create or replace function rec_refresh_popularity()
returns bigint
language sql
volatile
as $$
    select _rec_refresh_popularity(null);
$$;
comment on function rec_refresh_popularity() is
    'Rebuilds rec_product_popularity from the whole event log (after weights in rec_interaction_types change or events were deleted; rec_upkeep() keeps it current after inserts). popularity(i) = sum over types t of weight(t) * |distinct users with an event of type t on i|. Returns the number of rows inserted, updated or deleted. No parameters.';

-- The popular ranking, one definition for rec_popular and the fills of the other lists: the rec_product_popularity
-- index walk (popularity desc), no sort.
create or replace function _rec_popular_ranked(k integer, category text, min_price numeric, max_price numeric,
                                               exclude_ids text[])
returns table (product_id text, popularity double precision, pos bigint)
language sql
stable
as $$
    select pop.product_id, pop.popularity, row_number() over (order by pop.popularity desc, pop.product_id)
      from rec_product_popularity pop
      join rec_products p on p.id = pop.product_id
     where pop.popularity > 0
       and _rec_listable(p, category, min_price, max_price, coalesce(exclude_ids, '{}'))
     order by pop.popularity desc, pop.product_id
     limit k;
$$;
comment on function _rec_popular_ranked(integer, text, numeric, numeric, text[]) is
    'The k most popular products that pass the filters (_rec_listable: active, category, price range, not in '
    'exclude_ids; null = none), popularity > 0, by popularity desc then product id; pos = 1.. in that order. '
    'Private helper.';

create or replace function rec_popular(k integer default 10, category text default null)
returns table (product_id text, score double precision, reason jsonb)
language plpgsql
stable
as $$
#variable_conflict use_column
begin
    perform _rec_check_k(k);
    perform _rec_check_filters(category, null, null);
    return query
    select r.product_id, r.popularity,
           _rec_reason('popular', case when rec_popular.category is null then 'popular'
                                       else 'popular in ' || rec_popular.category end)
      from _rec_popular_ranked(k, rec_popular.category, null, null, null) r
     order by r.pos;
end;
$$;
comment on function rec_popular(integer, text) is
    'Most popular active products of all time. score = popularity = sum over event types t of weight(t) * number of distinct users with an event of type t on the product (rec_product_popularity); ties by product id. Parameters: k = number of rows (1..1000); category = only products whose categories contain it (null = all). reason.rule = popular.';

-- The trending formula, one definition: for each product, over distinct (user, event type) with an event in
-- (ref - window, ref], weight(type) * 0.5 ^ (age of that user's latest such event / (window / 2)); and how many
-- distinct users that is. The result gained the users column: its row type changed, so it is dropped first.
drop function if exists _rec_trending_scores(timestamptz, interval);
create function _rec_trending_scores(ref timestamptz, "window" interval)
returns table (product_id text, score double precision, users integer)
language sql
stable
as $$
    select l.product_id, sum(t.weight * _rec_decay(ref - l.last_at, "window" / 2)),
           count(distinct l.user_id)::integer
      from (select i.product_id, i.user_id, i.interaction_type, max(i.created_at) as last_at
              from rec_events i
             where i.created_at > ref - "window" and i.created_at <= ref
             group by i.product_id, i.user_id, i.interaction_type) l
      join rec_interaction_types t on t.interaction_type = l.interaction_type
     group by l.product_id;
$$;
comment on function _rec_trending_scores(timestamptz, interval) is
    'Trending score per product: sum over distinct (user, event type) with an event in (ref - window, ref] of '
    'weight(type) * 0.5 ^ ((ref - that user''s latest such event) / (window / 2)); users = distinct users with '
    'such an event. Parameters: ref, window. Private helper of rec_trending, the cold-start fallback and the '
    'snapshot.';

-- How many customers must have acted on a product in the window before the cold-start fallback lists it as
-- trending. MovieLens (docs/evaluation.md): the weeks before each cutoff held 2 to 7 customers, and their few
-- films led every newcomer's list, far below popularity; a busy store's top trending products have dozens.
create or replace function _rec_trending_min_users()
returns integer
language sql
immutable
parallel safe
as $$
    select 3;
$$;
comment on function _rec_trending_min_users() is
    'Distinct customers (3) a product needs in the trending window for the cold-start fallback to list it as '
    'trending; below that the fallback goes on with popular products. Private helper.';

-- The windows upkeep keeps a snapshot of: the service's default and the fallback's (7 days), and a day.
create or replace function _rec_trending_windows()
returns interval[]
language sql
immutable
parallel safe
as $$
    select array[interval '1 day', interval '7 days'];
$$;
comment on function _rec_trending_windows() is
    'The windows of rec_trending_snapshot (1 day, 7 days). Private helper.';

-- The snapshot serves a read as of ref when ref is now() and the window's snapshot is at most 10 minutes old.
create or replace function _rec_trending_snapshot_serves(ref timestamptz, "window" interval)
returns boolean
language sql
stable
as $$
    select ref = now() and exists (select 1 from rec_trending_snapshot s
                                   where s."window" = _rec_trending_snapshot_serves."window"
                                     and s.computed_at > now() - interval '10 minutes');
$$;
comment on function _rec_trending_snapshot_serves(timestamptz, interval) is
    'True when rec_trending_snapshot answers for (ref, window): ref = now() and that window''s snapshot is at most '
    '10 minutes old. Private helper.';

-- Rewrite the snapshot of every window (each in this transaction: readers see the old one until commit).
create or replace function _rec_refresh_trending()
returns bigint
language plpgsql
volatile
as $$
declare
    v_rows bigint := 0;
    v_window interval;
    v_n bigint;
begin
    foreach v_window in array _rec_trending_windows()
    loop
        delete from rec_trending_snapshot s where s."window" = v_window;
        insert into rec_trending_snapshot ("window", product_id, score, users, computed_at)
        select v_window, t.product_id, t.score, t.users, now()
          from _rec_trending_scores(now(), v_window) t
         order by t.product_id;
        get diagnostics v_n = row_count;
        v_rows := v_rows + v_n;
    end loop;
    return v_rows;
end;
$$;
comment on function _rec_refresh_trending() is
    'Rewrite rec_trending_snapshot for each of _rec_trending_windows() as of now(); returns the rows written. '
    'Private helper of rec_upkeep and rec_refresh.';

create or replace function rec_trending(k integer default 10, "window" interval default '7 days',
                                        category text default null, as_of timestamptz default null)
returns table (product_id text, score double precision, reason jsonb)
language plpgsql
stable
as $$
#variable_conflict use_column
begin
    perform _rec_check_k(k);
    perform _rec_check_filters(category, null, null);
    if "window" is null or "window" <= interval '0' then
        raise exception 'window must be a positive interval, got %', coalesce("window"::text, 'null')
            using errcode = '22023';
    end if;
    if _rec_trending_snapshot_serves(coalesce(as_of, now()), "window") then
        -- the snapshot's index walks products by score: the first k that pass the filters, no sort
        return query
        select sc.product_id, sc.score,
               _rec_reason('trending', case when rec_trending.category is null then 'trending'
                                            else 'trending in ' || rec_trending.category end)
          from rec_trending_snapshot sc
          join rec_products p on p.id = sc.product_id
         where sc."window" = rec_trending."window"
           and p.is_active
           and (rec_trending.category is null or rec_trending.category = any (p.categories))
         order by sc.score desc, sc.product_id
         limit k;
        return;
    end if;
    return query
    select sc.product_id, sc.score,
           _rec_reason('trending', case when rec_trending.category is null then 'trending'
                                        else 'trending in ' || rec_trending.category end)
      from _rec_trending_scores(coalesce(as_of, now()), "window") sc
      join rec_products p on p.id = sc.product_id
     where p.is_active
       and (rec_trending.category is null or rec_trending.category = any (p.categories))
     order by sc.score desc, sc.product_id
     limit k;
end;
$$;
comment on function rec_trending(integer, interval, text, timestamptz) is
    'Active products with the most recent activity. score = sum over distinct (user, event type) with an event in (as_of - window, as_of] of weight(type) * 0.5 ^ (age of that user''s latest such event / (window / 2)) (_rec_trending_scores); ties by product id. With as_of null and a window of _rec_trending_windows() (1 day, 7 days) the scores come from rec_trending_snapshot, which upkeep rewrites every minute (as of its computed_at; live when it is more than 10 minutes old). Parameters: k = number of rows (1..1000); window = look-back period (> 0, default 7 days); category = only products in it (null = all); as_of = reference time (null = now(), set it for historic data). reason.rule = trending.';
