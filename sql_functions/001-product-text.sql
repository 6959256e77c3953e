-- pgrec 001: the text a product is embedded from, its content hash, and the embedding queue.
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

-- Queue (or re-queue) products whose text changed. A re-queued item starts afresh: attempts,
-- errors and the failed mark are cleared. One notification per transaction wakes `pgrec embed --watch`.
create or replace function _rec_enqueue_changed_products()
returns trigger
language plpgsql
as $$
declare
    queued integer;
begin
    if tg_op = 'INSERT' then
        insert into rec_embedding_queue as q (product_id, content_hash, reason)
        select n.id, n.content_hash, 'new'
          from new_rows n
        on conflict (product_id) do update
           set content_hash = excluded.content_hash, reason = excluded.reason, enqueued_at = now(),
               attempts = 0, next_attempt_at = now(), last_error = null, failed_at = null;
    else
        insert into rec_embedding_queue as q (product_id, content_hash, reason)
        select n.id, n.content_hash, 'changed'
          from new_rows n
          left join old_rows o on o.id = n.id
         where o.content_hash is distinct from n.content_hash
        on conflict (product_id) do update
           set content_hash = excluded.content_hash, reason = excluded.reason, enqueued_at = now(),
               attempts = 0, next_attempt_at = now(), last_error = null, failed_at = null;
    end if;
    get diagnostics queued = row_count;
    if queued > 0 then
        perform pg_notify('rec_embedding_queue', '');
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
