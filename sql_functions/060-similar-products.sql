-- pgrec 060: rec_similar_products (content kNN over HNSW, a precomputed item-item method, hybrid).

create or replace function rec_similar_products(product_id text, k integer default 10,
                                                method text default 'hybrid')
returns setof rec_similar_product
language plpgsql
stable
set hnsw.iterative_scan = 'relaxed_order'
set hnsw.ef_search = 100
as $$
#variable_conflict use_column
declare
    v_anchor    rec_products;
    v_embedding vector(384);
    v_collab    text;
    v_pool      integer := greatest(k * 3, 50);
    content_weight constant double precision := _rec_number_setting('similar_content_weight');
    collab_weight  constant double precision := _rec_number_setting('similar_collab_weight');
begin
    perform _rec_check_k(k);
    if rec_similar_products.product_id is null then
        raise exception 'product_id must not be null' using errcode = '22023';
    end if;
    if method is null or (method not in ('content', 'hybrid', 'co_interaction')
                          and not exists (select 1 from rec_product_similarities s where s.method = rec_similar_products.method)) then
        raise exception 'method must be content, co_interaction, hybrid or a method present in rec_product_similarities, got %',
            coalesce(method, 'null') using errcode = '22023';
    end if;
    select * into v_anchor from rec_products p where p.id = rec_similar_products.product_id;
    if not found then
        raise exception 'product_id % does not exist', rec_similar_products.product_id using errcode = 'P0002';
    end if;
    v_collab := case when method = 'hybrid' then _rec_collab_method() else method end;

    if method in ('content', 'hybrid') then
        select e.embedding into v_embedding from rec_product_embeddings e where e.product_id = v_anchor.id;
    end if;

    if method = 'content' then
        return query
        select c.product_id, c.similarity, c.similarity, null::double precision,
               _rec_reason('similar', 'similar to ' || v_anchor.title, v_anchor.id, v_anchor.title)
          from (select e.product_id, 1 - (e.embedding <=> v_embedding) as similarity
                  from rec_product_embeddings e
                  join rec_products p on p.id = e.product_id
                 where v_embedding is not null and p.is_active and e.product_id <> v_anchor.id
                 order by e.embedding <=> v_embedding
                 limit k) c
         order by c.similarity desc, c.product_id;
        return;
    end if;

    if method <> 'hybrid' then
        return query
        select s.similar_product_id, s.score, null::double precision, s.score,
               _rec_reason('collaborative', 'customers who bought ' || v_anchor.title || ' also bought this',
                           v_anchor.id, v_anchor.title)
          from rec_product_similarities s
          join rec_products p on p.id = s.similar_product_id
         where s.method = v_collab and s.product_id = v_anchor.id and p.is_active
         order by s.score desc, s.similar_product_id
         limit k;
        return;
    end if;

    -- hybrid: content candidates (HNSW) + collaborative neighbours; each component normalised
    -- over the candidate set (content min-max, collaborative / max), then weighted (settings, default 0.4 / 0.6).
    return query
    with content as (
        select e.product_id, 1 - (e.embedding <=> v_embedding) as similarity
          from rec_product_embeddings e
          join rec_products p on p.id = e.product_id
         where v_embedding is not null and p.is_active and e.product_id <> v_anchor.id
         order by e.embedding <=> v_embedding
         limit v_pool
    ), collab as (
        select s.similar_product_id as product_id, s.score
          from rec_product_similarities s
          join rec_products p on p.id = s.similar_product_id
         where s.method = v_collab and s.product_id = v_anchor.id and p.is_active
    ), candidates as (
        select coalesce(c.product_id, l.product_id) as product_id,
               coalesce(c.similarity, 1 - (e.embedding <=> v_embedding)) as similarity,
               l.score as collab
          from content c
          full join collab l on l.product_id = c.product_id
          left join rec_product_embeddings e on e.product_id = l.product_id and c.product_id is null
    ), normalised as (
        select cd.*,
               _rec_min_max_scaled(cd.similarity, min(cd.similarity) over (), max(cd.similarity) over ()) as content_n,
               _rec_max_scaled(cd.collab, max(cd.collab) over ()) as collab_n
          from candidates cd
    )
    select n.product_id, content_weight * n.content_n + collab_weight * n.collab_n, n.similarity, n.collab,
           case when collab_weight * n.collab_n >= content_weight * n.content_n and n.collab is not null
                then _rec_reason('collaborative', 'customers who bought ' || v_anchor.title || ' also bought this',
                                 v_anchor.id, v_anchor.title)
                else _rec_reason('similar', 'similar to ' || v_anchor.title, v_anchor.id, v_anchor.title) end
      from normalised n
     order by content_weight * n.content_n + collab_weight * n.collab_n desc, n.product_id
     limit k;
end;
$$;
comment on function rec_similar_products(text, integer, text) is
    'Active products similar to one product (never itself), best first. Methods: content = cosine similarity of embeddings, 1 - (e_i <=> e_anchor), by HNSW kNN; co_interaction (or any method in rec_product_similarities, e.g. a fitted ease) = the precomputed neighbour score (co_interaction: time-decayed weighted Jaccard, see rec_refresh_similarities); hybrid = similar_content_weight * content_n + similar_collab_weight * collab_n (settings, default 0.4 / 0.6: rec_show_settings) over the union of max(3k, 50) content candidates and the anchor''s collaborative neighbours (method from the setting pgrec.collab_method, default ease once `pgrec refresh` has fitted it, else co_interaction; an unknown one raises 22023), content_n = min-max normalised cosine, collab_n = score / max score. Parameters: product_id = the anchor (unknown -> P0002); k = rows (1..1000); method = content | co_interaction | hybrid | a stored method. Columns: score, content_score (cosine), collab_score (neighbour score), reason (rule similar or collaborative, anchor = the product).';
