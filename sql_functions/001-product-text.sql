-- pgrec 001: the text a product is embedded from, its content hash, and the way into the embedding queue.
-- rec_product_text is the single definition of that text (Python reads it from SQL); the hash is
-- md5 of it, kept in rec_products.content_hash by a trigger, and a product is queued for
-- (re-)embedding only when the hash changes: a price or stock change never re-embeds.

create or replace function rec_product_text(title text, description text, categories text[], tags text[])
returns text
language sql
immutable
parallel safe
as $$
    select concat_ws(
        E'\n',
        nullif(btrim(regexp_replace(coalesce(title, ''), '\s+', ' ', 'g')), ''),
        nullif(btrim(regexp_replace(coalesce(description, ''), '(<[^>]*>|\s)+', ' ', 'g')), ''),
        case when cardinality(categories) > 0 then 'Categories: ' || array_to_string(categories, ', ') end,
        case when cardinality(tags) > 0 then 'Tags: ' || array_to_string(tags, ', ') end
    );
$$;
comment on function rec_product_text(text, text, text[], text[]) is
    'The text a product is embedded from: title, description (HTML tags removed), "Categories: a, b" and '
    '"Tags: x, y" on separate lines, empty parts left out, runs of white space collapsed. '
    'content_hash = md5(rec_product_text(...)). Parameters: title, description, categories, tags (each may be null).';

create or replace function _rec_products_content_hash()
returns trigger
language plpgsql
as $$
begin
    new.content_hash := md5(rec_product_text(new.title, new.description, new.categories, new.tags));
    return new;
end;
$$;

create or replace trigger rec_products_content_hash
    before insert or update on rec_products
    for each row execute function _rec_products_content_hash();

-- The one way into the embedding queue (also rec_enqueue_embeddings in 002-embedding-queue.sql).
create or replace function _rec_queue_embeddings(product_ids text[], content_hashes text[], reasons text[],
                                                 restart text default 'always')
returns integer
language plpgsql
volatile
as $$
declare
    queued integer;
begin
    if restart is null or restart not in ('always', 'failed', 'never') then
        raise exception 'restart must be always, failed or never, got %', coalesce(restart, 'null')
            using errcode = '22023';
    end if;
    insert into rec_embedding_queue as q (product_id, content_hash, reason)
    select u.product_id, u.content_hash, u.reason
      from unnest(product_ids, content_hashes, reasons) as u(product_id, content_hash, reason)
    on conflict (product_id) do update
       set content_hash = excluded.content_hash, reason = excluded.reason, enqueued_at = now(),
           attempts = 0, next_attempt_at = now(), last_error = null, failed_at = null
     where restart = 'always' or (restart = 'failed' and q.failed_at is not null);
    get diagnostics queued = row_count;
    if queued > 0 then
        perform pg_notify('rec_embedding_queue', '');
    end if;
    return queued;
end;
$$;
comment on function _rec_queue_embeddings(text[], text[], text[], text) is
    'Queue products for (re-)embedding: one item per (product_id, content_hash, reason) of the three parallel '
    'arrays. A product already queued starts afresh (content_hash and reason replaced, attempts 0, ready now, '
    'last_error and failed_at cleared) when restart = ''always'' (its text changed), only when it had failed for '
    'restart = ''failed'', never for ''never'' (it keeps its state: a worker may hold it). One NOTIFY '
    'rec_embedding_queue per transaction wakes `pgrec embed --watch`. Returns the number of items queued or '
    'restarted. Parameters: product_ids, content_hashes, reasons, restart. Private helper.';

-- Queue (or re-queue) products whose text changed: new products, and updated ones whose content hash moved
-- (placeholders, 011, wait until a catalog write fills them in).
create or replace function _rec_enqueue_changed_products()
returns trigger
language plpgsql
as $$
begin
    if tg_op = 'INSERT' then
        perform _rec_queue_embeddings(array_agg(n.id), array_agg(n.content_hash), array_agg('new'::text))
           from new_rows n
          where not n.placeholder;  -- a placeholder's text is only its id: embedded once the catalog fills it
    else
        perform _rec_queue_embeddings(array_agg(n.id), array_agg(n.content_hash), array_agg('changed'::text))
           from new_rows n
           left join old_rows o on o.id = n.id
          where (o.content_hash is distinct from n.content_hash or o.placeholder) and not n.placeholder;
    end if;
    return null;
end;
$$;

create or replace trigger rec_products_enqueue_inserted
    after insert on rec_products
    referencing new table as new_rows
    for each statement execute function _rec_enqueue_changed_products();

create or replace trigger rec_products_enqueue_updated
    after update on rec_products
    referencing old table as old_rows new table as new_rows
    for each statement execute function _rec_enqueue_changed_products();
