-- pgrec 080: rec_refresh_similarities: top-k co_interaction neighbours (time-decayed weighted Jaccard over
-- users' histories) into rec_product_similarities. Content neighbours are not stored: rec_similar_products
-- and the ranking functions read them live from the HNSW index on rec_product_embeddings.

-- announce (added): a refresh announces once at its end, not once per step
drop function if exists rec_refresh_similarities(integer, integer, integer);
create or replace function rec_refresh_similarities(k integer default 20, max_items_per_user integer default 100,
                                                    min_co_users integer default 2, announce boolean default true)
returns bigint
language plpgsql
volatile
set work_mem = '256MB'
set client_min_messages = 'warning'
as $$
#variable_conflict use_column
declare
    v_ref timestamptz;
    v_changed bigint;
    v_deleted bigint;
begin
    perform _rec_check_k(k, 200);
    if max_items_per_user is null or max_items_per_user < 2 then
        raise exception 'max_items_per_user must be >= 2, got %', coalesce(max_items_per_user::text, 'null')
            using errcode = '22023';
    end if;
    if min_co_users is null or min_co_users < 1 then
        raise exception 'min_co_users must be >= 1, got %', coalesce(min_co_users::text, 'null')
            using errcode = '22023';
    end if;
    v_ref := _rec_decay_reference();

    drop table if exists _rec_sim_new;
    create temp table _rec_sim_new (
        method text, product_id text, similar_product_id text, score double precision, rank integer
    ) on commit drop;

    -- co_interaction: a(u, i) = sum of weight(type) * 0.5 ^ (age / half_life) over u's events on i
    -- (each user's max_items_per_user strongest active products); for products i, j:
    -- M(i, j) = sum over users of least(a(u, i), a(u, j)), S(i) = sum over users of a(u, i),
    -- score = M / (S(i) + S(j) - M)  (weighted Jaccard), pairs shared by >= min_co_users users.
    drop table if exists _rec_affinity;
    create temp table _rec_affinity on commit drop as
    select x.user_id, x.product_id, x.affinity
      from (select i.user_id, i.product_id,
                   sum(t.weight * _rec_decay(v_ref - i.created_at, t.half_life)) as affinity,
                   row_number() over (partition by i.user_id
                                      order by sum(t.weight * _rec_decay(v_ref - i.created_at, t.half_life)) desc,
                                               i.product_id) as rn
              from rec_user_interactions i
              join rec_interaction_types t on t.interaction_type = i.interaction_type
              join rec_products p on p.id = i.product_id
             where p.is_active and t.weight > 0
             group by i.user_id, i.product_id) x
     where x.rn <= max_items_per_user;
    analyze _rec_affinity;

    insert into _rec_sim_new
    with totals as (
        select a.product_id, sum(a.affinity) as total from _rec_affinity a group by a.product_id
    ), pairs as (
        select x.product_id as a_id, y.product_id as b_id, sum(least(x.affinity, y.affinity)) as shared
          from _rec_affinity x
          join _rec_affinity y on y.user_id = x.user_id and y.product_id > x.product_id
         group by x.product_id, y.product_id
        having count(*) >= min_co_users
    ), scored as (
        select p.a_id, p.b_id, p.shared / nullif(ta.total + tb.total - p.shared, 0) as score
          from pairs p
          join totals ta on ta.product_id = p.a_id
          join totals tb on tb.product_id = p.b_id
    ), both_ways as (
        select a_id as product_id, b_id as similar_product_id, score from scored where score > 0
        union all
        select b_id, a_id, score from scored where score > 0
    )
    select 'co_interaction', r.product_id, r.similar_product_id, r.score, r.rank
      from (select b.*, row_number() over (partition by b.product_id
                                           order by b.score desc, b.similar_product_id) as rank
              from both_ways b) r
     where r.rank <= k;

    -- Swap in: only rows that changed are touched, row locks only, readers never wait.
    delete from rec_product_similarities s
     where s.method = 'co_interaction'
       and not exists (select 1 from _rec_sim_new n
                        where n.method = s.method and n.product_id = s.product_id
                          and n.similar_product_id = s.similar_product_id);
    get diagnostics v_deleted = row_count;

    with upserted as (
        insert into rec_product_similarities as s (method, product_id, similar_product_id, score, rank, computed_at)
        select n.method, n.product_id, n.similar_product_id, n.score, n.rank, now()
          from _rec_sim_new n
         order by n.method, n.product_id, n.similar_product_id
            on conflict (method, product_id, similar_product_id) do update
           set score = excluded.score, rank = excluded.rank, computed_at = excluded.computed_at
         where s.rank <> excluded.rank or abs(s.score - excluded.score) > 1e-9
        returning 1
    )
    select count(*) into v_changed from upserted;

    drop table _rec_sim_new;
    drop table _rec_affinity;
    if v_changed + v_deleted > 0 and announce then
        perform _rec_lists_changed('similarities');
    end if;
    return v_changed + v_deleted;
end;
$$;
comment on function rec_refresh_similarities(integer, integer, integer, boolean) is
    'Recomputes the co_interaction neighbours in rec_product_similarities (other methods, e.g. a fitted ease, are '
    'left alone; content neighbours are not stored: rec_similar_products reads them live from the HNSW index). '
    'co_interaction: with a(u, i) = sum over u''s events on i of weight(type) * 0.5 ^ ((least(newest event time, '
    'now()) - event time) / half_life(type)) over each user''s strongest products, score(i, j) = M / (S(i) + S(j) - '
    'M), M = sum over users of least(a(u, i), a(u, j)), S(i) = sum over users of a(u, i) (time-decayed weighted '
    'Jaccard); top k per product. Writes only changed rows (row locks, no table lock), so it can run while the '
    'service reads. Parameters: k = neighbours per product (1..200); max_items_per_user = each user''s strongest '
    'products considered (>= 2, bounds the pair count); min_co_users = users a pair must share (>= 1); announce = '
    'when rows changed, announce it to cached lists (_rec_lists_changed; false inside a refresh, which announces once '
    'at its end). Returns the number of rows inserted, updated or deleted.';
