-- pgrec 065: rec_semantic_search (a query embedding against product embeddings, HNSW).

create or replace function rec_semantic_search(query vector(384), k integer default 10, category text default null,
                                               max_price numeric default null)
returns table (product_id text, score double precision, reason jsonb)
language plpgsql
stable
set hnsw.iterative_scan = 'relaxed_order'
set hnsw.ef_search = 100
as $$
#variable_conflict use_column
begin
    perform _rec_check_k(k);
    perform _rec_check_filters(category, null, max_price);
    if query is null then
        raise exception 'query must not be null (a 384-dimensional embedding of the search text)'
            using errcode = '22023';
    end if;
    if vector_dims(query) <> 384 then
        raise exception 'query must have 384 dimensions (the product embeddings'' size), got %', vector_dims(query)
            using errcode = '22023';
    end if;
    if vector_norm(query) = 0 then
        raise exception 'query must not be the zero vector' using errcode = '22023';
    end if;
    return query
    select c.product_id, c.similarity, _rec_reason('semantic', 'matches your search')
      from (select e.product_id, 1 - (e.embedding <=> query) as similarity
              from rec_product_embeddings e
              join rec_products p on p.id = e.product_id
             where p.is_active
               and (category is null or category = any (p.categories))
               and (max_price is null or p.price <= max_price)
             order by e.embedding <=> query
             limit k) c
     order by c.similarity desc, c.product_id;
end;
$$;
comment on function rec_semantic_search(vector, integer, text, numeric) is
    'Active products whose embedding is nearest to a query embedding (HNSW kNN, iterative scan so filters still give k rows). score = cosine similarity = 1 - (embedding <=> query). Parameters: query = the search text embedded with the product model (384 dims, not zero); k = rows (1..1000); category = only products in it (null = all); max_price = only products priced at most this (null = any). reason.rule = semantic.';
