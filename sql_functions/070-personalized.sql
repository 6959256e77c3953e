-- pgrec 070: hybrid ranking (content via the taste vector and HNSW + SAR-style collaborative via
-- an item-item table + a small popularity prior), used by rec_personalized and
-- rec_session_recommendations; trending-then-popular fallback.

-- The anchors a ranking starts from, the one definition for the taste vector (_rec_taste) and the
-- collaborative part and reasons (_rec_rank): the n strongest of the given products, strongest first.
create or replace function _rec_strongest_anchors(anchor_ids text[], anchor_weights double precision[],
                                                  n integer default 100)
returns table (product_id text, weight double precision)
language sql
immutable
parallel safe
as $$
    select u.product_id, u.weight
      from unnest(anchor_ids, anchor_weights) as u(product_id, weight)
     where u.weight > 0
     order by u.weight desc, u.product_id
     limit n;
$$;
comment on function _rec_strongest_anchors(text[], double precision[], integer) is
    'The n strongest anchors: the (product_id, weight) pairs of the parallel arrays with weight > 0, by weight '
    'descending, ties by product id, at most n (default 100). Parameters: anchor_ids, anchor_weights (affinities), '
    'n. Private helper of the ranking functions.';

create or replace function _rec_taste(anchor_ids text[], anchor_weights double precision[])
returns vector
language sql
stable
as $$
    -- Weighted sum of the embeddings of the 100 strongest anchors (direction only matters for
    -- cosine); weights are scaled by their maximum first so decayed weights never underflow real.
    with a as (
        select * from _rec_strongest_anchors(anchor_ids, anchor_weights)
    ), m as (
        select max(a.weight) as max_weight from a
    )
    select sum(e.embedding * array_fill(greatest(a.weight / m.max_weight, 1e-30)::real,
                                        array[vector_dims(e.embedding)])::vector)
      from a
     cross join m
      join rec_product_embeddings e on e.product_id = a.product_id;
$$;

create or replace function _rec_fallback(k integer, exclude_ids text[], category text, min_price numeric,
                                         max_price numeric, ref timestamptz)
returns table (product_id text, popularity_score double precision, reason jsonb)
language plpgsql
stable
as $$
#variable_conflict use_column
declare
    v_max_popularity double precision;
    v_n integer;
    v_taken text[];
    v_snapshot boolean := _rec_trending_snapshot_serves(ref, interval '7 days');
    v_min_users constant integer := _rec_trending_min_users();
begin
    -- Trending over the 7 days before ref first (products enough customers acted on), then popular, both
    -- filtered, at most k rows.
    select max(pop.popularity) into v_max_popularity from rec_product_popularity pop;
    -- From the snapshot's index when it serves (the first k that pass the filters, no sort), else live.
    if v_snapshot then
        select coalesce(array_agg(t.product_id order by t.score desc, t.product_id), '{}') into v_taken
          from (select sc.product_id, sc.score
                  from rec_trending_snapshot sc
                  join rec_products p on p.id = sc.product_id
                 where sc."window" = interval '7 days'
                   and coalesce(sc.users, v_min_users) >= v_min_users
                   and _rec_listable(p, category, min_price, max_price, exclude_ids)
                 order by sc.score desc, sc.product_id
                 limit k) t;
    else
        select coalesce(array_agg(t.product_id order by t.score desc, t.product_id), '{}') into v_taken
          from (select sc.product_id, sc.score
                  from _rec_trending_scores(ref, interval '7 days') sc
                  join rec_products p on p.id = sc.product_id
                 where sc.users >= v_min_users
                   and _rec_listable(p, category, min_price, max_price, exclude_ids)
                 order by sc.score desc, sc.product_id
                 limit k) t;
    end if;
    return query
    select u.product_id, coalesce(pop.popularity / nullif(v_max_popularity, 0), 0),
           _rec_reason('trending', case when category is null then 'trending' else 'trending in ' || category end)
      from unnest(v_taken) with ordinality as u(product_id, ord)
      left join rec_product_popularity pop on pop.product_id = u.product_id
     order by u.ord;
    v_n := cardinality(v_taken);
    if v_n < k then
        return query
        select r.product_id, r.popularity / nullif(v_max_popularity, 0),
               _rec_reason('popular', case when category is null then 'popular' else 'popular in ' || category end)
          from _rec_popular_ranked(k - v_n, category, min_price, max_price, exclude_ids || v_taken) r
         order by r.pos;
    end if;
end;
$$;

create or replace function _rec_rank(anchor_ids text[], anchor_weights double precision[], taste vector,
                                     k integer, content_weight double precision,
                                     collab_weight double precision, exclude_ids text[], category text,
                                     min_price numeric, max_price numeric, ref timestamptz,
                                     max_per_category integer default null, removed_ids text[] default '{}')
returns table (product_id text, score double precision, content_score double precision,
               collab_score double precision, popularity_score double precision, reason jsonb)
language plpgsql
stable
-- In stages: the pools are small statements planned for each call's values (the optional filters fold
-- away, an exact scan or HNSW by the catalog's size), the scoring of their few hundred candidates, passed
-- in arrays, one statement whose generic plan (index lookups) PL/pgSQL keeps per connection: planning the
-- one big query on every call was about a third of the call.
set plan_cache_mode = force_custom_plan
set hnsw.iterative_scan = 'relaxed_order'
set hnsw.ef_search = 100
as $$
#variable_conflict use_column
declare
    v_method text := _rec_collab_method();
    v_fusion text := _rec_fusion();
    -- each pool (content, collaborative, trending) holds this many candidates: the same pools for every k up to
    -- 50, and removed_ids leave them alone, so a list is a prefix of any longer one with the removed products
    -- left out (the service answers from a stored list of 50: service/http/derived_lists.py)
    v_pool integer := case when k <= 50 then 50 else 5 * k end;
    -- rank fusion: (c + 1) / (c + rank), 1 for the first of a pool (c of Cormack et al., 2009, as in search)
    fusion_constant constant double precision := 60;
    v_max_popularity double precision;
    popularity_prior constant double precision := _rec_popularity_prior();
    -- what is selling now: the trending score of the last 7 days before ref over the window's maximum (the
    -- snapshot upkeep keeps, or the formula at ref for a historic as_of), and its best products as candidates
    trend_prior constant double precision := _rec_trend_prior();
    trend_window constant interval := _rec_trend_window();
    -- nothing to rank from (a visitor without history): no trending candidates either, the fill alone
    v_trend_pool boolean := trend_prior > 0 and (cardinality(anchor_ids) > 0 or taste is not null);
    v_trend_snapshot boolean := v_trend_pool and _rec_trending_snapshot_serves(ref, trend_window);
    -- the stages' results: the anchors, each pool's products with what the scoring needs of them
    v_anchor_ids text[];
    v_anchor_weights double precision[];
    v_live_ids text[] := '{}';
    v_live_scores double precision[] := '{}';
    v_trend_top double precision;
    v_trend_ids text[] := '{}';
    v_collab_top double precision;
    v_collab_ids text[];
    v_collab double precision[];
    v_collab_anchors text[];
    v_content_ids text[] := '{}';
    v_content_similarities double precision[] := '{}';
    v_content_top double precision;
    v_ids text[];
    v_scores double precision[];
    v_content double precision[];
    v_collab_scores double precision[];
    v_popularity double precision[];
    v_reasons jsonb[];
begin
    select max(pop.popularity) into v_max_popularity from rec_product_popularity pop;
    select coalesce(array_agg(a.product_id order by a.weight desc, a.product_id), '{}'),
           coalesce(array_agg(a.weight order by a.weight desc, a.product_id), '{}')
      into v_anchor_ids, v_anchor_weights
      from _rec_strongest_anchors(anchor_ids, anchor_weights) a;

    -- Trending candidates: serving (ref = now()) reads the snapshot, planned for the call's filters (down the
    -- rank index without one; a rare category is better joined than looked up row by row); a historic as_of
    -- computes the window once, into arrays.
    if v_trend_snapshot then
        select sc.score into v_trend_top
          from rec_trending_snapshot sc
         where sc."window" = trend_window
         order by sc.score desc
         limit 1;
        select coalesce(array_agg(t.product_id order by t.score desc, t.product_id), '{}') into v_trend_ids
          from (select sc.product_id, sc.score
                  from rec_trending_snapshot sc
                  join rec_products p on p.id = sc.product_id
                 where sc."window" = trend_window
                   and _rec_listable(p, category, min_price, max_price, exclude_ids)
                 order by sc.score desc, sc.product_id
                 limit v_pool) t;
    elsif v_trend_pool then
        select coalesce(array_agg(live.product_id), '{}'), coalesce(array_agg(live.score), '{}'), max(live.score)
          into v_live_ids, v_live_scores, v_trend_top
          from _rec_trending_scores(ref, trend_window) live;
        select coalesce(array_agg(t.product_id order by t.score desc, t.product_id), '{}') into v_trend_ids
          from (select lt.product_id, lt.score
                  from unnest(v_live_ids, v_live_scores) as lt(product_id, score)
                  join rec_products p on p.id = lt.product_id
                 where _rec_listable(p, category, min_price, max_price, exclude_ids)
                 order by lt.score desc, lt.product_id
                 limit v_pool) t;
    end if;

    -- Collaborative: similarity(j, j) = 1 (as in SAR): a product of the user's own history scores its
    -- affinity, so repeat purchases rank when exclude_purchased is false. Calibrated fusion's scale is the
    -- user's strongest product from their neighbours (the self terms of their own products left out),
    -- whatever the filters, exclusions and other pools; with no neighbours at all, the strongest of their
    -- own products (else their history would score 0). Candidates: the strongest listable ones only (under
    -- calibrated and rank fusion a product's score does not depend on the others, and the weaker ones did
    -- not reach a list: Online Retail, validation window, NDCG@10 the same within 0.0003 with all of them).
    with collab as materialized (
        select x.product_id, sum(x.contribution) as collab,
               sum(x.contribution) filter (where not x.own) as from_neighbours,
               (array_agg(x.anchor_id order by x.contribution desc, x.anchor_id))[1] as anchor_id
          from (select s.similar_product_id as product_id, a.weight * s.score as contribution,
                       a.product_id as anchor_id, false as own
                  from unnest(v_anchor_ids, v_anchor_weights) as a(product_id, weight)
                  -- one index range per anchor: `offset 0` keeps the planner from flattening this into a
                  -- hash join that reads every product's neighbours
                 cross join lateral (select sim.similar_product_id, sim.score
                                       from rec_product_similarities sim
                                      where sim.method = v_method and sim.product_id = a.product_id
                                     offset 0) s
                union all
                select a.product_id, a.weight, a.product_id, true
                  from unnest(v_anchor_ids, v_anchor_weights) as a(product_id, weight)) x
         group by x.product_id
    )
    select (select case when max(l.from_neighbours) <> 0 then max(l.from_neighbours) else max(l.collab) end
              from collab l),
           coalesce(array_agg(c.product_id order by c.collab desc, c.product_id), '{}'),
           coalesce(array_agg(c.collab order by c.collab desc, c.product_id), '{}'),
           coalesce(array_agg(c.anchor_id order by c.collab desc, c.product_id), '{}')
      into v_collab_top, v_collab_ids, v_collab, v_collab_anchors
      -- strongest first, one product lookup each (`offset 0`: the order holds through the nested loop), until
      -- v_pool pass: not a join of every neighbour with the catalog
      from (select l.*
              from (select * from collab order by collab desc, product_id) l
             cross join lateral (select 1 from rec_products p
                                  where p.id = l.product_id
                                    and _rec_listable(p, category, min_price, max_price, exclude_ids)
                                 offset 0) listable
             order by l.collab desc, l.product_id
             limit v_pool) c;

    -- Content: the v_pool nearest listable products to the taste vector, ordered on the indexed column so
    -- that the HNSW index serves it (iterative scan, relaxed order: filtered rows do not cut the pool short,
    -- and the pool is sorted again here); calibrated fusion's scale is the nearest one's cosine.
    if taste is not null then
        select coalesce(array_agg(n.product_id order by n.distance, n.product_id), '{}'),
               coalesce(array_agg(1 - n.distance order by n.distance, n.product_id), '{}'),
               max(1 - n.distance)
          into v_content_ids, v_content_similarities, v_content_top
          from (select e.product_id, e.embedding <=> taste as distance
                  from rec_product_embeddings e
                  join rec_products p on p.id = e.product_id
                 where _rec_listable(p, category, min_price, max_price, exclude_ids)
                 order by e.embedding <=> taste
                 limit v_pool) n;
    end if;

    -- Every candidate passed the filters and exclusions in its pool.
    perform set_config('plan_cache_mode', 'force_generic_plan', true);
    with candidates as (
        select coalesce(c.product_id, l.product_id, tr.product_id) as product_id, c.similarity, l.collab,
               l.anchor_id, c.product_id is not null as in_content
          from unnest(v_content_ids, v_content_similarities) as c(product_id, similarity)
          full join unnest(v_collab_ids, v_collab, v_collab_anchors) as l(product_id, collab, anchor_id)
                 on l.product_id = c.product_id
          full join unnest(v_trend_ids) as tr(product_id) on tr.product_id = coalesce(c.product_id, l.product_id)
    ), scored as materialized (
        -- scalar subqueries: index lookups for the few hundred candidates, not hashes of whole tables
        select cd.product_id,
               coalesce(cd.similarity,
                        (select 1 - (e.embedding <=> taste) from rec_product_embeddings e
                          where e.product_id = cd.product_id)) as similarity,
               coalesce(cd.collab, 0) as collab, cd.anchor_id, cd.in_content,
               coalesce((select pop.popularity from rec_product_popularity pop where pop.product_id = cd.product_id)
                        / nullif(v_max_popularity, 0), 0) as popularity,
               coalesce(coalesce((select sc.score from rec_trending_snapshot sc
                                   where v_trend_snapshot and sc."window" = trend_window
                                     and sc.product_id = cd.product_id), lt.score)
                        / nullif(v_trend_top, 0), 0) as trend,
               p.categories[1] as first_category
          from candidates cd
          join rec_products p on p.id = cd.product_id
          left join unnest(v_live_ids, v_live_scores) as lt(product_id, score) on lt.product_id = cd.product_id
    ), normalised as (
        select s.*,
               case v_fusion
                   when 'minmax' then
                       _rec_min_max_scaled(s.similarity, min(s.similarity) over (), max(s.similarity) over ())
                   when 'rank' then
                       case when s.in_content
                            then (fusion_constant + 1)
                                 / (fusion_constant + rank() over (partition by s.in_content
                                                                    order by s.similarity desc))
                            else 0 end
                   else _rec_max_scaled(s.similarity, v_content_top) end as content_n,
               case v_fusion
                   when 'minmax' then _rec_max_scaled(s.collab, max(s.collab) over ())
                   when 'rank' then
                       case when s.collab > 0
                            then (fusion_constant + 1)
                                 / (fusion_constant + rank() over (partition by s.collab > 0 order by s.collab desc))
                            else 0 end
                   else _rec_max_scaled(s.collab, v_collab_top) end as collab_n
          from scored s
    ), totalled as (
        select n.*, content_weight * n.content_n + collab_weight * n.collab_n
                    + popularity_prior * n.popularity + trend_prior * n.trend as total
          from normalised n
    ), ranked as (
        -- removed_ids leave after the scoring; diversity: at most max_per_category products of one (first)
        -- category, the rest of the list filled from the next candidates; products without a category are not capped
        select t.*
          from (select t.*, row_number() over (partition by t.first_category
                                               order by t.total desc, t.popularity desc, t.product_id) as in_category
                  from totalled t
                 where t.product_id <> all (removed_ids)) t
         where max_per_category is null or t.first_category is null or t.in_category <= max_per_category
         order by t.total desc, t.popularity desc, t.product_id
         limit k
    ), ruled as (
        select r.*,
               case when trend_prior * r.trend > greatest(content_weight * r.content_n, collab_weight * r.collab_n)
                        then 'trending'
                    when r.collab_n = 0 and content_weight * r.content_n = 0 then 'popular'
                    when r.anchor_id is not null and collab_weight * r.collab_n >= content_weight * r.content_n
                        then case when r.anchor_id = r.product_id then 'history' else 'collaborative' end
                    else 'content' end as rule
          from ranked r
    ), anchored as (
        -- content reason: the nearest in embedding of the user's 30 strongest products
        select x.*,
               case when x.rule = 'collaborative' then x.anchor_id
                    when x.rule = 'content' then (
                        select a.product_id
                          from unnest(v_anchor_ids[1:30]) as a(product_id)
                          join rec_product_embeddings ea on ea.product_id = a.product_id
                         order by ea.embedding <=> (select er.embedding from rec_product_embeddings er
                                                     where er.product_id = x.product_id),
                                  a.product_id
                         limit 1) end as reason_anchor_id
          from ruled x
    ), reasoned as (
        select w.product_id, w.total, w.similarity, w.collab, w.popularity,
               case w.rule
                   when 'popular' then _rec_reason('popular', 'popular')
                   when 'trending' then _rec_reason('trending', 'trending')
                   when 'history' then _rec_reason('history', 'from your history')
                   when 'collaborative'
                       then _rec_reason('collaborative', 'customers who bought ' || ap.title || ' also bought this',
                                        ap.id, ap.title)
                   else case when ap.id is null then _rec_reason('content', 'matches your taste')
                             else _rec_reason('content', 'similar to ' || ap.title, ap.id, ap.title) end
               end as reason
          from anchored w
          left join lateral (select rp.id, rp.title from rec_products rp where rp.id = w.reason_anchor_id) ap on true
    )
    select coalesce(array_agg(x.product_id order by x.total desc, x.popularity desc, x.product_id), '{}'),
           array_agg(x.total order by x.total desc, x.popularity desc, x.product_id),
           array_agg(x.similarity order by x.total desc, x.popularity desc, x.product_id),
           array_agg(x.collab order by x.total desc, x.popularity desc, x.product_id),
           array_agg(x.popularity order by x.total desc, x.popularity desc, x.product_id),
           array_agg(x.reason order by x.total desc, x.popularity desc, x.product_id)
      into v_ids, v_scores, v_content, v_collab_scores, v_popularity, v_reasons
      from reasoned x;
    perform set_config('plan_cache_mode', 'force_custom_plan', true);

    return query
    select u.product_id, u.score, u.content_score, u.collab_score, u.popularity_score, u.reason
      from unnest(v_ids, v_scores, v_content, v_collab_scores, v_popularity, v_reasons) with ordinality
           as u(product_id, score, content_score, collab_score, popularity_score, reason, ord)
     order by u.ord;

    -- Fewer than k candidates (or none: a user without history): fill with trending, then popular.
    if cardinality(v_ids) < k and max_per_category is null then
        return query
        select f.product_id, 0::double precision, null::double precision, null::double precision,
               f.popularity_score, f.reason
          from _rec_fallback(k - cardinality(v_ids), exclude_ids || removed_ids || v_ids, category, min_price, max_price, ref) f;
    elsif cardinality(v_ids) < k then
        -- the fill obeys the cap too, counting on from the ranked products of each category: read further down
        -- the fallback (up to 1000 rows) to skip the products of full categories
        return query
        select f.product_id, 0::double precision, null::double precision, null::double precision,
               f.popularity_score, f.reason
          from (select f.*, p.categories[1] as first_category,
                       row_number() over (partition by p.categories[1] order by f.ord)
                       + (select count(*) from unnest(v_ids) as r(product_id)
                            join rec_products rp on rp.id = r.product_id
                           where rp.categories[1] = p.categories[1]) as nth
                  from _rec_fallback(1000, exclude_ids || removed_ids || v_ids, category, min_price, max_price, ref)
                       with ordinality as f(product_id, popularity_score, reason, ord)
                  join rec_products p on p.id = f.product_id) f
         where f.first_category is null or f.nth <= max_per_category
         order by f.ord
         limit k - cardinality(v_ids);
    end if;
end;
$$;

create or replace function _rec_check_weights(content_weight double precision, collab_weight double precision)
returns void
language plpgsql
immutable
as $$
begin
    if content_weight is null or content_weight < 0 or content_weight = 'infinity' or content_weight = 'NaN' then
        raise exception 'content_weight must be a finite number >= 0, got %', coalesce(content_weight::text, 'null')
            using errcode = '22023';
    end if;
    if collab_weight is null or collab_weight < 0 or collab_weight = 'infinity' or collab_weight = 'NaN' then
        raise exception 'collab_weight must be a finite number >= 0, got %', coalesce(collab_weight::text, 'null')
            using errcode = '22023';
    end if;
    if content_weight + collab_weight = 0 then
        raise exception 'content_weight and collab_weight must not both be 0' using errcode = '22023';
    end if;
end;
$$;

create or replace function rec_personalized(user_id text, k integer default 10,
                                            -- null: the store's settings content_weight / collab_weight
                                            content_weight double precision default null,
                                            collab_weight double precision default null,
                                            exclude_purchased boolean default true,
                                            exclude_ids text[] default '{}',
                                            category text default null,
                                            min_price numeric default null,
                                            max_price numeric default null,
                                            as_of timestamptz default null,
                                            exclude_seen boolean default true,
                                            seen_within interval default '30 days',
                                            max_per_category integer default null)
returns table (product_id text, score double precision, content_score double precision,
               collab_score double precision, popularity_score double precision, reason jsonb)
language plpgsql
stable
as $$
#variable_conflict use_column
declare
    v_ref timestamptz := coalesce(as_of, now());
    v_anchor_ids text[];
    v_weights double precision[];
    v_anchor_weights double precision[];
    v_purchased text[];
    v_seen text[];
    v_taste vector;
    v_events bigint;
    v_folded bigint;
    v_content_weight double precision := coalesce(content_weight, _rec_content_weight());
    v_collab_weight double precision := coalesce(collab_weight, _rec_collab_weight());
begin
    if user_id is null or btrim(user_id) = '' then
        raise exception 'user_id must not be null or empty' using errcode = '22023';
    end if;
    perform _rec_check_k(k);
    perform _rec_check_weights(v_content_weight, v_collab_weight);
    perform _rec_check_filters(category, min_price, max_price);
    if exclude_purchased is null then
        raise exception 'exclude_purchased must not be null' using errcode = '22023';
    end if;
    if exclude_seen is null then
        raise exception 'exclude_seen must not be null' using errcode = '22023';
    end if;
    if seen_within is null or seen_within < interval '0' then
        raise exception 'seen_within must be an interval >= 0, got %', coalesce(seen_within::text, 'null')
            using errcode = '22023';
    end if;
    if max_per_category < 1 then
        raise exception 'max_per_category must be >= 1 (null = no cap), got %', max_per_category
            using errcode = '22023';
    end if;

    -- affinity(u, j) = sum over u's events on j of weight(type) * 0.5 ^ (age / half_life(type)): the taste.
    -- anchor(u, j) = the largest such term (in effect the latest event): the collaborative weight. The fitted
    -- model counts a product once per customer (weighted by how recently it was bought), so a product bought
    -- twelve times counts once here too; with the sum its neighbours weighed twelvefold (validation window:
    -- +0.0017 +- 0.0008 NDCG@10, docs/evaluation.md).
    -- Seen: a non-conversion event (view, click, add_to_cart, ...) within seen_within before the reference time.
    select coalesce(array_agg(a.product_id order by a.affinity desc, a.product_id), '{}'),
           coalesce(array_agg(a.affinity order by a.affinity desc, a.product_id), '{}'),
           coalesce(array_agg(a.anchor order by a.affinity desc, a.product_id), '{}'),
           coalesce(array_agg(a.product_id) filter (where a.purchased), '{}'),
           coalesce(array_agg(a.product_id) filter (where a.seen), '{}'),
           coalesce(sum(a.events), 0)
      into v_anchor_ids, v_weights, v_anchor_weights, v_purchased, v_seen, v_events
      from (select i.product_id,
                   sum(t.weight * _rec_decay(v_ref - i.created_at, t.half_life)) as affinity,
                   max(t.weight * _rec_decay(v_ref - i.created_at, t.half_life)) as anchor,
                   bool_or(t.is_conversion) as purchased,
                   bool_or(not t.is_conversion and i.created_at >= v_ref - seen_within) as seen,
                   count(*) as events
              from rec_events i
              join rec_interaction_types t on t.interaction_type = i.interaction_type
             where i.user_id = rec_personalized.user_id
               and (as_of is null or i.created_at <= as_of)
             group by i.product_id) a;

    if as_of is null then
        select pr.taste_vector, pr.interaction_count into v_taste, v_folded
          from rec_user_preferences pr where pr.user_id = rec_personalized.user_id;
        if v_events > 0 and v_folded is distinct from v_events then
            -- events not folded yet: the same formula over the log now, so this list equals the one after
            -- upkeep has folded them (a cached list stays valid across the fold)
            select r.taste_vector into v_taste
              from _rec_preference_rows(array[rec_personalized.user_id], from_log => true) r;
        end if;
    end if;
    if v_taste is null and cardinality(v_anchor_ids) > 0 then
        v_taste := _rec_taste(v_anchor_ids, v_weights);
    end if;

    return query
    select * from _rec_rank(v_anchor_ids, v_anchor_weights, v_taste, k, v_content_weight, v_collab_weight,
                            case when exclude_purchased then v_purchased else '{}'::text[] end
                                || case when exclude_seen then v_seen else '{}'::text[] end,
                            category, min_price, max_price, v_ref, max_per_category,
                            removed_ids => _rec_exclusion_ids(exclude_ids));
end;
$$;
comment on function rec_personalized(text, integer, double precision, double precision, boolean, text[], text, numeric, numeric, timestamptz, boolean, interval, integer) is
    'Personal recommendations for one user, best first. score = content_weight * content_n + collab_weight * collab_n + prior * popularity_score + trend_prior * trend_score (prior = setting pgrec.popularity_prior, default 0; trend_prior = setting pgrec.trend_prior, default 0.2, chosen on a validation window), where trend_score = the trending score of the product in the window before as_of (setting pgrec.trend_window, default 7 days; rec_trending_snapshot when as_of is now) / the window''s highest, and the window''s P most trending products that pass the filters are candidates too; content = cosine(taste vector, embedding) over the user''s taste vector (rec_user_preferences.taste_vector; while some of the user''s events are not folded yet, the same formula over all of them at once; recomputed from events up to as_of when as_of is given) and P HNSW candidates, collaborative = sum over the user''s 100 strongest products j of anchor(u, j) * similarity(j, i) from rec_product_similarities (method: setting pgrec.collab_method, default ease once `pgrec refresh` has fitted it, else co_interaction; similarity(j, j) = 1, so past products can come back when exclude_purchased is false), anchor(u, j) = the largest over u''s events on j of weight(type) * 0.5 ^ (age / half_life(type)) (the taste vector weighs products by their sum instead, the affinity), and the P products with the highest collaborative score that pass the filters are candidates; the pools (P = 50 for k <= 50, else 5k) are drawn after the filters and exclude_purchased / exclude_seen, exclude_ids are removed after the scoring, so for k <= 50 the list equals the list of 50 without exclude_ids, minus them, cut to k (whenever that leaves k products: the service answers from such a stored list); content_n and collab_n by setting pgrec.fusion (default calibrated, chosen on a validation window): calibrated = cosine / the cosine of the user''s nearest listable product (the first of the content pool) and collaborative / the user''s highest collaborative score from neighbours alone (the similarity(j, j) terms left out, over all their neighbours before filters and exclusions; with no neighbours, their highest collaborative score), so no product''s score depends on which other products are candidates (collab_n may exceed 1 for the user''s own products, content_n is below 0 for a negative cosine); minmax = min-max of cosine over the candidates and collaborative / max over the candidates; rank = (60 + 1) / (60 + rank) of the product''s cosine among the content candidates (0 outside them) and of its collaborative score among the candidates with one (0 without), ranks by SQL rank(); popularity_score = popularity / max popularity. Fewer candidates than k (e.g. a user without history): filled with trending (7 days before as_of; products at least 3 customers acted on in it, _rec_trending_min_users), then popular, score 0. Parameters: user_id; k = rows (1..1000); content_weight, collab_weight >= 0, not both 0 (null, the default = the store''s settings content_weight / collab_weight, 0.4 / 0.6 unless set: rec_show_settings); the settings read (pgrec.<name> of the session or database, else the row of rec_settings, else the default: _rec_setting) are content_weight, collab_weight, popularity_prior, trend_prior, trend_window, collab_method, fusion; exclude_purchased = drop products the user bought (conversion events up to as_of); exclude_ids = products never to return, removed after the scoring (null elements are ignored); category = only products in it; min_price, max_price = price range (products without a price are dropped when set); as_of = reference time for decay and for which events count (null = now(); set it for historic data); exclude_seen (default true) = drop products the user viewed, clicked, wishlisted or put in the cart (events of a non-conversion type of rec_interaction_types) within seen_within (default 30 days) before as_of: a list for the user does not repeat what they just looked at (repeat purchases are rec_buy_again''s). Seen products still shape the taste and the collaborative part; max_per_category (default null = no cap, else >= 1) = diversity: at most this many ranked products of one category (a product''s first category; products without one are not capped), the list filled from the next candidates by score, then from the trending/popular fill under the same cap. Never returns inactive products. reason.rule: trending (the trend term outweighs the content and collaborative parts), collaborative (anchor = the user''s product contributing most), history (the product itself is in the user''s history), content (anchor = the nearest in embedding of the user''s 30 strongest products), popular (neither component contributes), trending or popular fill.';

create or replace function rec_session_recommendations(product_ids text[], k integer default 10,
                                                       exclude_ids text[] default '{}',
                                                       category text default null,
                                                       min_price numeric default null,
                                                       max_price numeric default null)
returns table (product_id text, score double precision, content_score double precision,
               collab_score double precision, popularity_score double precision, reason jsonb)
language plpgsql
stable
as $$
#variable_conflict use_column
declare
    v_anchor_ids text[];
    v_weights double precision[];
begin
    perform _rec_check_k(k);
    perform _rec_query_ids(product_ids, 'product_ids');
    perform _rec_check_filters(category, min_price, max_price);
    if cardinality(product_ids) > 1000 then
        raise exception 'product_ids may hold at most 1000 ids, got %', cardinality(product_ids)
            using errcode = '22023';
    end if;
    -- Later products in the session weigh more: weight = 0.8 ^ (n - position); unknown ids are skipped.
    select coalesce(array_agg(a.product_id order by a.weight desc, a.product_id), '{}'),
           coalesce(array_agg(a.weight order by a.weight desc, a.product_id), '{}')
      into v_anchor_ids, v_weights
      from (select u.product_id, sum(power(0.8::float8, cardinality(product_ids) - u.ord)) as weight
              from unnest(coalesce(product_ids, '{}')) with ordinality as u(product_id, ord)
              join rec_products p on p.id = u.product_id
             group by u.product_id) a;

    return query
    select * from _rec_rank(v_anchor_ids, v_weights, _rec_taste(v_anchor_ids, v_weights), k,
                            _rec_content_weight(), _rec_collab_weight(),
                            coalesce(product_ids, '{}'), category, min_price, max_price, now(),
                            removed_ids => _rec_exclusion_ids(exclude_ids));
end;
$$;
comment on function rec_session_recommendations(text[], integer, text[], text, numeric, numeric) is
    'Recommendations for an anonymous visitor from the products seen in the session (oldest first), excluding them. Same score as rec_personalized with the store''s weights (settings content_weight / collab_weight, default 0.4 / 0.6): the session''s products are the anchors with affinity 0.8 ^ (n - position) (the latest weighs 1), the taste vector is their affinity-weighted embedding sum. Empty or unknown-only sessions get trending, then popular. The filters apply inside the ranking (to the candidates and the fill), so the list holds k rows whenever k products pass them. Parameters: product_ids = the session''s product ids in viewing order (at most 1000; unknown ids are ignored, a null element raises 22004); k = rows (1..1000); exclude_ids = products never to return, removed after the scoring as in rec_personalized (null elements are ignored); category = only products in it; min_price, max_price = price range (products without a price are dropped when set), as in rec_personalized.';

comment on function _rec_taste(text[], double precision[]) is
    'Affinity-weighted sum of the embeddings of the 100 strongest anchors (unnormalised; only its direction is used). Private helper.';
comment on function _rec_fallback(integer, text[], text, numeric, numeric, timestamptz) is
    'Up to k filtered products: trending in the 7 days before ref, products with at least '
    '_rec_trending_min_users() (3) customers in the window only (rec_trending_snapshot when '
    '_rec_trending_snapshot_serves, else _rec_trending_scores), then popular. Private helper of the ranking '
    'functions.';
comment on function _rec_rank(text[], double precision[], vector, integer, double precision, double precision, text[], text, numeric, numeric, timestamptz, integer, text[]) is
    'The hybrid ranking behind rec_personalized and rec_session_recommendations (see rec_personalized for the formula): exclude_ids leave the pools (and the fill), removed_ids only the scored list (and the fill). Private helper.';
comment on function _rec_check_weights(double precision, double precision) is
    'Raises 22023 unless both weights are finite, >= 0 and not both 0. Private helper.';
