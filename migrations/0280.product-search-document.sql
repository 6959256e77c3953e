-- pgrec 0280: the lexical half of hybrid search. rec_products.search_document holds the full-text vector of a
-- product's title (weight A), categories (B) and tags (C), kept by PostgreSQL itself (a stored generated
-- column: every writer, rec_upsert_products, the Medusa sync or psql, gets it right) and indexed (GIN).
-- rec_semantic_search fuses its matches with the embedding neighbours (sql_functions/065), so a product whose
-- title holds the words searched ("T-LIGHT HOLDER" for "red tea light holder") is never lost behind products
-- the embedding merely finds similar. The vector's definition lives here, once: a generated column needs an
-- immutable expression, and array_to_string is only stable (for text[] it is immutable in fact).

create function _rec_search_document(title text, categories text[], tags text[])
returns tsvector
language sql
immutable
parallel safe
as $$
    select setweight(to_tsvector('english', coalesce(title, '')), 'A')
        || setweight(to_tsvector('english', coalesce(array_to_string(categories, ' '), '')), 'B')
        || setweight(to_tsvector('english', coalesce(array_to_string(tags, ' '), '')), 'C');
$$;
comment on function _rec_search_document(text, text[], text[]) is
    'The full-text vector of a product for search: title (weight A), categories (B), tags (C), english '
    'configuration. Parameters: title, categories, tags. Private helper of rec_products.search_document.';

alter table rec_products
    add column search_document tsvector
        generated always as (_rec_search_document(title, categories, tags)) stored;
create index rec_products_search_document on rec_products using gin (search_document);

-- rec_semantic_search takes the search text too (sql_functions/065 creates the new signature).
drop function if exists rec_semantic_search(vector, integer, text, numeric);
