-- pgrec 003: writing the catalog. _rec_upsert_products is the one definition of a product upsert, used by
-- rec_upsert_products (HTTP PUT /products), rec_sync_medusa_catalog (015-medusa.sql) and the file importers
-- (service/ingest/sinks.py): a row is touched only when something differs, so writing the same products again
-- changes nothing (no updated_at bump, no embedding re-queue). What differs between the callers is a parameter.

create or replace function _rec_upsert_products(products jsonb, source text, partial boolean default false,
                                                sync boolean default false)
returns table (product_id text, action text)
language plpgsql
volatile
as $$
#variable_conflict use_column
declare
    v_twice text;
begin
    if products is null or jsonb_typeof(products) <> 'array' then
        raise exception 'products must be a JSON array of product objects, got %',
            coalesce(jsonb_typeof(products), 'null') using errcode = '22023';
    end if;
    if source is null or btrim(source) = '' then
        raise exception 'source must name where the products come from, got %', coalesce(quote_literal(source), 'null')
            using errcode = '22023';
    end if;
    if partial is null or sync is null then
        raise exception 'partial and sync must be true or false, not null' using errcode = '22023';
    end if;

    -- The products as given (absent fields: null), with the fields each one carries.
    create temp table if not exists _rec_product_writes (
        ord bigint, id text, title text, description text, categories text[], tags text[], collection text,
        product_type text, handle text, price numeric(14, 4), currency text, thumbnail text, is_active boolean,
        metadata jsonb, fields text[], action text
    ) on commit drop;
    truncate _rec_product_writes;
    insert into _rec_product_writes
    select g.ord, x.id, x.title, x.description, x.categories, x.tags, x.collection, x.product_type, x.handle,
           x.price, x.currency, x.thumbnail, x.is_active, x.metadata,
           array(select jsonb_object_keys(g.product)), null
      from jsonb_array_elements(products) with ordinality as g(product, ord)
     cross join lateral jsonb_to_record(g.product) as x(id text, title text, description text, categories text[],
                                                         tags text[], collection text, product_type text, handle text,
                                                         price numeric, currency text, thumbnail text,
                                                         is_active boolean, metadata jsonb);
    select w.id into v_twice from _rec_product_writes w group by w.id having count(*) > 1 order by w.id limit 1;
    if found then
        raise exception 'product id % appears more than once', quote_literal(v_twice) using errcode = '21000';
    end if;

    -- New products are inserted first (one another transaction inserts meanwhile is waited for, then updated
    -- below); existing ones get the row they would become, computed from the stored row, locked in id order.
    -- A product deleted in between is inserted on the next turn.
    loop
        with inserted as (
            insert into rec_products as p (id, title, description, categories, tags, collection, product_type,
                                           handle, price, currency, thumbnail, is_active, metadata, source)
            select w.id, w.title, coalesce(w.description, ''), coalesce(w.categories, '{}'), coalesce(w.tags, '{}'),
                   w.collection, w.product_type, w.handle, w.price, w.currency, w.thumbnail,
                   coalesce(w.is_active, true), coalesce(w.metadata, '{}'), _rec_upsert_products.source
              from _rec_product_writes w
             where w.action is null
               and not exists (select 1 from rec_products e where e.id = w.id)  -- spares them the row trigger
             order by w.id
            on conflict (id) do nothing
            returning p.id
        )
        update _rec_product_writes w set action = 'inserted' from inserted i where i.id = w.id;

        update _rec_product_writes w
           set description = case when keep_stored and not 'description' = any (w.fields) then p.description
                                  else coalesce(w.description, '') end,
               categories = case when keep_stored and not 'categories' = any (w.fields) then p.categories
                                 else coalesce(w.categories, '{}') end,
               tags = case when keep_stored and not 'tags' = any (w.fields) then p.tags else coalesce(w.tags, '{}') end,
               collection = case when keep_stored and not 'collection' = any (w.fields) then p.collection
                                 else w.collection end,
               product_type = case when keep_stored and not 'product_type' = any (w.fields) then p.product_type
                                   else w.product_type end,
               handle = case when keep_stored and not 'handle' = any (w.fields) then p.handle else w.handle end,
               price = case when keep_stored and not 'price' = any (w.fields) then p.price else w.price end,
               currency = case when keep_stored and not 'currency' = any (w.fields) then p.currency else w.currency end,
               thumbnail = case when keep_stored and not 'thumbnail' = any (w.fields) then p.thumbnail
                                else w.thumbnail end,
               is_active = case when keep_stored and not 'is_active' = any (w.fields) then p.is_active
                                else coalesce(w.is_active, true) end,
               metadata = case when keep_stored then p.metadata || coalesce(w.metadata, '{}')
                               else coalesce(w.metadata, '{}') end,
               action = case when p.placeholder then 'filling' else 'unchanged' end
          from (select s.*, partial and not s.placeholder as keep_stored from rec_products s
                 where s.id in (select w2.id from _rec_product_writes w2 where w2.action is null)
                 order by s.id
                   for update) p
         where p.id = w.id and w.action is null;
        exit when not exists (select 1 from _rec_product_writes w where w.action is null);
    end loop;

    with changed as (
        update rec_products p
           set title = w.title, description = w.description, categories = w.categories, tags = w.tags,
               collection = w.collection, product_type = w.product_type, handle = w.handle, price = w.price,
               currency = w.currency, thumbnail = w.thumbnail, is_active = w.is_active, metadata = w.metadata,
               source = case when sync or p.placeholder then _rec_upsert_products.source else p.source end,
               placeholder = false, updated_at = now()
          from _rec_product_writes w
         where p.id = w.id and w.action in ('unchanged', 'filling')
           and (p.title, p.description, p.categories, p.tags, p.collection, p.product_type, p.handle, p.price,
                p.currency, p.thumbnail, p.is_active, p.metadata, p.source, p.placeholder)
               is distinct from
               (w.title, w.description, w.categories, w.tags, w.collection, w.product_type, w.handle, w.price,
                w.currency, w.thumbnail, w.is_active, w.metadata,
                case when sync or p.placeholder then _rec_upsert_products.source else p.source end, false)
        returning p.id
    )
    -- a placeholder filled in is a product new to the catalog (its events, tracked before, are kept)
    update _rec_product_writes w set action = case when w.action = 'filling' then 'inserted' else 'updated' end
      from changed c where c.id = w.id;

    return query
    select w.id, w.action from _rec_product_writes w order by w.ord;

    if sync then
        -- The source's products it no longer lists stop being recommended (kept, inactive, for past events).
        return query
        with gone as (
            update rec_products r set is_active = false, updated_at = now()
             where r.source = _rec_upsert_products.source and r.is_active
               and not exists (select 1 from _rec_product_writes w where w.id = r.id)
            returning r.id
        )
        select g.id, 'deactivated'::text from gone g order by g.id;
    end if;
    truncate _rec_product_writes;
end;
$$;
comment on function _rec_upsert_products(jsonb, text, boolean, boolean) is
    'The one product upsert. products: JSON array of objects with id and title and any of description, categories, '
    'tags, collection, product_type, handle, price, currency, thumbnail, is_active, metadata (other keys are '
    'ignored; values are stored as given, no normalisation; a null description, categories, tags, is_active or '
    'metadata means the column default: '''', {}, {}, true, {}). A new product is inserted with source = source and '
    'the defaults for the fields it leaves out. An existing product is rewritten only when the row it would become '
    'differs from the stored one (then updated_at = now(); the content-hash trigger re-queues the embedding only '
    'when the text changed), so writing the same products twice changes nothing. partial = false (PUT: each object '
    'is a full picture of the product): fields left out take their defaults and metadata is replaced; partial = '
    'true (a file import that knows only some fields): fields left out keep their stored values and metadata is '
    'merged key by key (stored || given). sync = false: an existing product keeps its source; sync = true (the '
    'objects are the source''s whole catalog, as rec_sync_medusa_catalog reads it): existing products take this '
    'source, and the source''s active products missing from products are deactivated (is_active = false, kept '
    'for past events). A placeholder (rec_products.placeholder: made by tracking for an event of an unknown product) '
    'is written as a new product: every field from the object (defaults for those left out, even when partial), '
    'source = source, placeholder = false, action inserted; its events are kept. A repeated id raises 21000. Returns one row per product in input order, action = inserted '
    '| updated | unchanged, then one per deactivated product (action deactivated). Parameters: products, source '
    '(non-empty), partial, sync. Private helper.';

create or replace function rec_upsert_products(products jsonb)
returns table (product_id text, inserted boolean)
language plpgsql
volatile
as $$
#variable_conflict use_column
begin
    if products is null or jsonb_typeof(products) <> 'array' then
        raise exception 'products must be a JSON array of product objects, got %',
            coalesce(jsonb_typeof(products), 'null') using errcode = '22023';
    end if;
    -- PUT: every product is a full picture of it (partial = false); currency codes in upper case.
    return query
    select u.product_id, u.action = 'inserted'
      from _rec_upsert_products(
               (select coalesce(jsonb_agg(case when jsonb_typeof(g.product) = 'object' and g.product ? 'currency'
                                               then g.product || jsonb_build_object('currency',
                                                                                    upper(g.product ->> 'currency'))
                                               else g.product end
                                          order by g.ord), '[]')
                  from jsonb_array_elements(products) with ordinality as g(product, ord)),
               'api') u;
end;
$$;
comment on function rec_upsert_products(jsonb) is
    'Insert or replace products (PUT semantics: fields left out take their defaults). Parameters: products = JSON '
    'array of objects with id and title (required) and description, categories, tags, collection, product_type, '
    'handle, price, currency (stored in upper case), thumbnail, is_active (default true), metadata (replaced). New '
    'products get source ''api''; an existing product keeps its source and is rewritten only when something '
    'differs (through _rec_upsert_products: no updated_at bump and no embedding re-queue for an unchanged '
    'product). Returns each product id, in input order, and whether it was inserted (false: updated or '
    'unchanged). The content-hash trigger queues products whose embedded text changed.';
