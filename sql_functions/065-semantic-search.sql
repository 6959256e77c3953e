-- pgrec 065: rec_semantic_search, hybrid: the query embedding against product embeddings (HNSW) and the
-- search text against the products' full-text documents (rec_products.search_document, GIN), fused by rank.

-- The words of a search text as a full-text query that any of them matches (plainto_tsquery's AND would drop a
-- product missing one word: "red tea light holder" would find no "RED ... T-LIGHT HOLDER").
create or replace function _rec_search_terms(query_text text)
returns tsquery
language sql
immutable
parallel safe
as $$
    select nullif(replace(plainto_tsquery('english', coalesce(query_text, ''))::text, ' & ', ' | '), '')::tsquery;
$$;
comment on function _rec_search_terms(text) is
    'The search text as an OR of its english lexemes (null when it has none, e.g. only stop words). Parameter: '
    'query_text. Private helper of rec_semantic_search.';

create or replace function rec_semantic_search(query vector(384), k integer default 10, category text default null,
                                               max_price numeric default null, query_text text default null)
returns table (product_id text, score double precision, reason jsonb)
language plpgsql
stable
set hnsw.iterative_scan = 'relaxed_order'
set hnsw.ef_search = 100
as $$
#variable_conflict use_column
declare
    -- reciprocal rank fusion: 1 / (60 + rank) per list (the constant of Cormack et al., 2009)
    fusion_constant constant double precision := 60;
    v_pool integer := greatest(k * 5, 50);
    v_terms tsquery := _rec_search_terms(query_text);
begin
    perform _rec_check_k(k);
    perform _rec_check_filters(category, null, max_price);
    if query is null and v_terms is null then
        raise exception 'query must not be null (a 384-dimensional embedding of the search text) unless query_text '
                        'has words to match' using errcode = '22023';
    end if;
    if query is not null and vector_dims(query) <> 384 then
        raise exception 'query must have 384 dimensions (the product embeddings'' size), got %', vector_dims(query)
            using errcode = '22023';
    end if;
    if query is not null and vector_norm(query) = 0 then
        raise exception 'query must not be the zero vector' using errcode = '22023';
    end if;
    return query
    with semantic as (
        select n.product_id, row_number() over (order by n.distance, n.product_id) as rank
          from (select e.product_id, e.embedding <=> query as distance
                  from rec_product_embeddings e
                  join rec_products p on p.id = e.product_id
                 where query is not null
                   and p.is_active
                   and (category is null or category = any (p.categories))
                   and (max_price is null or p.price <= max_price)
                 order by e.embedding <=> query
                 limit v_pool) n
    ), lexical as (
        select m.id as product_id, row_number() over (order by m.relevance desc, m.id) as rank
          from (select p.id, ts_rank_cd(p.search_document, v_terms, 1) as relevance
                  from rec_products p
                 where v_terms is not null
                   and p.search_document @@ v_terms
                   and p.is_active
                   and (category is null or category = any (p.categories))
                   and (max_price is null or p.price <= max_price)
                 order by relevance desc, p.id
                 limit v_pool) m
    )
    select coalesce(s.product_id, l.product_id),
           coalesce(1 / (fusion_constant + s.rank), 0) + coalesce(1 / (fusion_constant + l.rank), 0),
           case when s.rank is not null and l.rank is not null
                    then _rec_reason('search', 'matches your search')
                when l.rank is not null then _rec_reason('search', 'matches the words of your search')
                else _rec_reason('semantic', 'similar to your search') end
      from semantic s
      full join lexical l on l.product_id = s.product_id
     order by 2 desc, 1
     limit k;
end;
$$;
comment on function rec_semantic_search(vector, integer, text, numeric, text) is
    'Hybrid product search: active products ranked by reciprocal rank fusion of two lists, each the best '
    'max(5k, 50) after the filters: by embedding (cosine distance to the query embedding, HNSW with iterative scan) '
    'and by words (ts_rank_cd of rec_products.search_document, title A, categories B, tags C, against any english '
    'lexeme of query_text). score = 1 / (60 + semantic rank) + 1 / (60 + lexical rank) (a list the product is not in '
    'adds 0). Parameters: query = the search text embedded with the product model (384 dims, not zero; may be null '
    'when query_text has words: words only); k = rows (1..1000); category = only products in it (null = all); '
    'max_price = only products priced at most this (null = any); query_text = the search text (null: by embedding '
    'only). reason.rule = search (words matched, text: matches your search / matches the words of your search) or '
    'semantic (embedding only).';
