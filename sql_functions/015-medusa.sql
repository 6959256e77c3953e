-- pgrec 015: reading a Medusa v2 store that shares the database (schema public): the catalog into
-- rec_products, orders into purchase events. Both are idempotent. The Medusa tables are read with
-- dynamic-free PL/pgSQL, so these functions install fine in a database without Medusa and raise a clear
-- error (errcode 42P01) when called there.

create or replace function _rec_require_medusa(tables text[])
returns void
language plpgsql
stable
as $$
declare
    missing text[];
begin
    select array_agg(t order by t) into missing
    from unnest(tables) t
    where to_regclass('public.' || quote_ident(t)) is null;
    if missing is not null then
        raise exception 'Medusa v2 tables not found in schema public: %', array_to_string(missing, ', ')
            using errcode = '42P01',
                  hint = 'Run pgrec in the Medusa v2 database (Medusa v1 is not supported: it has no order_line_item table).';
    end if;
end;
$$;
comment on function _rec_require_medusa(text[]) is
    'Raise 42P01 naming the Medusa tables missing from schema public. Private helper.';

create or replace function rec_sync_medusa_catalog()
returns table (products integer, inserted integer, updated integer, deactivated integer)
language plpgsql
volatile
as $$
declare
    seen integer;
    added integer;
    changed integer;
    gone integer;
begin
    perform _rec_require_medusa(array['product', 'product_variant', 'product_variant_price_set', 'price',
                                      'product_category', 'product_category_product', 'product_tag', 'product_tags',
                                      'product_collection', 'product_type']);
    create temp table _rec_medusa_products on commit drop as
    with variant_price as (
        select pv.product_id, pr.currency_code, min(pr.amount) as min_amount
        from public.product_variant pv
        join public.product_variant_price_set pvps on pvps.variant_id = pv.id and pvps.deleted_at is null
        join public.price pr on pr.price_set_id = pvps.price_set_id and pr.deleted_at is null
        where pv.deleted_at is null and pr.price_list_id is null and coalesce(pr.rules_count, 0) = 0
        group by pv.product_id, pr.currency_code
    )
    select p.id::text as id,
           coalesce(nullif(btrim(p.title), ''), p.handle, p.id)::text as title,
           coalesce(p.description, '')::text as description,
           coalesce((select array_agg(pc.name::text order by pc.rank, pc.name)
                     from public.product_category_product pcp
                     join public.product_category pc on pc.id = pcp.product_category_id and pc.deleted_at is null
                     where pcp.product_id = p.id), '{}') as categories,
           coalesce((select array_agg(t.value::text order by t.value)
                     from public.product_tags pt
                     join public.product_tag t on t.id = pt.product_tag_id and t.deleted_at is null
                     where pt.product_id = p.id), '{}') as tags,
           col.title::text as collection,
           typ.value::text as product_type,
           p.handle::text as handle,
           vp.min_amount::numeric(14, 4) as price,
           vp.currency_code::text as currency,
           p.thumbnail::text as thumbnail,
           (p.status::text = 'published' and p.deleted_at is null) as is_active,
           coalesce(p.metadata::jsonb, '{}'::jsonb) as metadata
    from public.product p
    left join public.product_collection col on col.id = p.collection_id and col.deleted_at is null
    left join public.product_type typ on typ.id = p.type_id and typ.deleted_at is null
    left join lateral (select v.min_amount, v.currency_code from variant_price v
                       where v.product_id = p.id order by v.currency_code limit 1) vp on true;
    select count(*) into seen from _rec_medusa_products;

    -- The whole Medusa catalog (sync): products it lists become source 'medusa', those it no longer lists
    -- (hard-deleted) stop being recommended.
    select count(*) filter (where u.action = 'inserted'), count(*) filter (where u.action = 'updated'),
           count(*) filter (where u.action = 'deactivated')
      into added, changed, gone
      from _rec_upsert_products((select coalesce(jsonb_agg(to_jsonb(m) order by m.id), '[]')
                                   from _rec_medusa_products m),
                                'medusa', partial => false, sync => true) u;
    drop table _rec_medusa_products;

    products := seen;
    inserted := added;
    updated := changed;
    deactivated := gone;
    return next;
end;
$$;
comment on function rec_sync_medusa_catalog() is
    'Copy the Medusa v2 catalog into rec_products (source ''medusa''): every product, active only when status = '
    '''published'' and not deleted (drafts and deleted products stay as inactive rows so past orders can refer to '
    'them), with categories (by rank, name), tags, collection, type, handle, thumbnail, metadata and the lowest list '
    'price (variant prices without price list or rules; first currency code alphabetically). Products that vanished '
    'from Medusa are deactivated. Idempotent: unchanged rows are not written (a second run reports 0 inserted/updated/'
    'deactivated). Returns one row: products read, inserted, updated, deactivated. Raises 42P01 when the Medusa v2 '
    'tables are absent. No parameters.';

create or replace function rec_sync_medusa_orders(since timestamptz default null)
returns table (orders integer, purchases_added integer, purchases_removed integer, lines_unknown_product integer)
language plpgsql
volatile
as $$
declare
    events jsonb;
    order_count integer;
    unknown integer;
    removed integer := 0;
    added integer := 0;
    stale_users text[];
    stale_products text[];
    ids bigint[];
begin
    perform _rec_require_medusa(array['order', 'order_item', 'order_line_item']);
    create temp table _rec_medusa_lines on commit drop as
    select o.customer_id::text as user_id, o.id::text as order_id, o.version::integer as order_version,
           li.product_id::text as product_id,
           greatest(ceil(sum(oi.quantity)), 1)::integer as quantity,
           case when sum(oi.quantity) > 0
                then round(sum(oi.quantity * li.unit_price) / sum(oi.quantity), 4) end as unit_price,
           o.created_at, o.currency_code::text as currency, o.display_id::text as display_id
    from public."order" o
    join public.order_item oi on oi.order_id = o.id and oi.version = o.version and oi.deleted_at is null
    join public.order_line_item li on li.id = oi.item_id and li.deleted_at is null
    where o.deleted_at is null and not coalesce(o.is_draft_order, false) and o.status::text not in ('draft', 'canceled')
      and o.customer_id is not null and li.product_id is not null
      and (since is null or o.created_at >= since)
    group by o.customer_id, o.id, o.version, li.product_id, o.created_at, o.currency_code, o.display_id;
    select count(distinct order_id) into order_count from _rec_medusa_lines;
    select count(*) into unknown from _rec_medusa_lines l where not exists (select 1 from rec_products p where p.id = l.product_id);

    -- Orders synced at an older version (edited since), or since canceled, deleted or turned draft: their
    -- events are replaced by the current version's (or just removed).
    create temp table _rec_medusa_stale on commit drop as
    select i.id, i.user_id
    from rec_user_interactions i
    join public."order" o on o.id = i.context ->> 'order_id'
    where i.context ->> 'source' = 'medusa'
      and (since is null or o.created_at >= since)
      and (coalesce((i.context ->> 'order_version')::integer, 0) <> o.version
           or o.deleted_at is not null or coalesce(o.is_draft_order, false) or o.status::text in ('draft', 'canceled'));
    select array_agg(distinct user_id) into stale_users from _rec_medusa_stale;
    if stale_users is not null then
        with deleted as (
            delete from rec_user_interactions i using _rec_medusa_stale s where i.user_id = s.user_id and i.id = s.id
            returning i.product_id
        )
        select count(*), array_agg(distinct d.product_id) into removed, stale_products from deleted d;
    end if;

    -- In batches of 5,000 lines, so memory does not grow with the store's history.
    for events in
        select jsonb_agg(jsonb_build_object(
                   'user_id', x.user_id, 'product_id', x.product_id, 'interaction_type', 'purchase',
                   'quantity', x.quantity, 'unit_price', x.unit_price, 'occurred_at', x.created_at,
                   'external_id', 'medusa:' || x.order_id || ':' || x.product_id,
                   'context', jsonb_strip_nulls(jsonb_build_object('order_id', x.order_id,
                                                                   'order_version', x.order_version,
                                                                   'display_id', x.display_id, 'currency', x.currency,
                                                                   'source', 'medusa')))
                   order by x.ord)
        from (select l.*, row_number() over (order by l.created_at, l.order_id, l.product_id) as ord
              from _rec_medusa_lines l
              where exists (select 1 from rec_products p where p.id = l.product_id)) x
        group by (x.ord - 1) / 5000
        order by (x.ord - 1) / 5000
    loop
        ids := rec_store_interactions(events);
        added := added + (select count(*) from unnest(ids) x where x is not null);
    end loop;
    if stale_users is not null then
        -- what the removed events counted for (the new ones are folded by rec_upkeep; so are their baskets,
        -- queued by the delete trigger of sql_functions/013)
        perform rec_refresh_preferences(stale_users);
        perform _rec_refresh_popularity(stale_products);
    end if;
    drop table _rec_medusa_lines;
    drop table _rec_medusa_stale;

    orders := order_count;
    purchases_added := added;
    purchases_removed := removed;
    lines_unknown_product := unknown;
    return next;
end;
$$;
comment on function rec_sync_medusa_orders(timestamptz) is
    'Record Medusa v2 orders as purchase events: one event per (order, product) of the current order version '
    '(order_item.version = order.version), quantity = sum of item quantities, unit_price = quantity-weighted line '
    'price, occurred_at = order created_at, user = customer_id, context {order_id, order_version, display_id, '
    'currency, source: medusa}, external_id ''medusa:<order>:<product>'' (so a second run adds nothing). Draft, '
    'canceled, deleted and guest (no customer) orders are skipped; events of orders edited or canceled since the '
    'last sync are replaced or removed (their users'' preferences and their products'' popularity are recomputed at '
    'once; their baskets, with n(a), N and the pair counts, are recounted from the log by the next rec_upkeep()). Events are tracked in batches of '
    '5,000 (memory stays flat however long the history) and folded by rec_upkeep(). Lines whose product is not in rec_products are counted and '
    'skipped (run rec_sync_medusa_catalog() first). Returns one row: orders read, purchases_added, '
    'purchases_removed, lines_unknown_product. Raises 42P01 when the Medusa v2 tables are absent. '
    'Parameter since: only orders created at or after it (default null = all).';
