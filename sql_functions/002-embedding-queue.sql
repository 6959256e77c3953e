-- pgrec 002: the embedding queue's operations, used by `pgrec embed` (embeddings/worker.py).
-- Claims are leases: a claimed item's next_attempt_at moves `lease` ahead, so a crashed worker's
-- items come back by themselves, and no lock is held while the model runs.

create or replace function rec_enqueue_embeddings(model text default null, everything boolean default false)
returns integer
language plpgsql
volatile
as $$
declare
    queued integer;
begin
    -- Rows written before the hash trigger existed: the update fires it, which queues them.
    update rec_products p
       set content_hash = md5(rec_product_text(p.title, p.description, p.categories, p.tags))
     where p.content_hash is distinct from md5(rec_product_text(p.title, p.description, p.categories, p.tags));

    -- Items already queued keep their state (one may be leased by a running worker right now);
    -- with everything, failed items get a fresh start.
    select _rec_queue_embeddings(
               array_agg(p.id), array_agg(p.content_hash),
               array_agg(case when everything then 'all'
                              when e.product_id is null then 'missing'
                              when e.content_hash is distinct from p.content_hash then 'stale'
                              else 'model' end),
               case when everything then 'failed' else 'never' end)
      into queued
      from rec_products p
      left join rec_product_embeddings e on e.product_id = p.id
     where not p.placeholder  -- only its id to embed until the catalog fills it in (011)
       and (everything
            or e.product_id is null
            or e.content_hash is distinct from p.content_hash
            or (rec_enqueue_embeddings.model is not null and e.model is distinct from rec_enqueue_embeddings.model));
    return queued;
end;
$$;
comment on function rec_enqueue_embeddings(text, boolean) is
    'Queues every product whose embedding is missing, made from other text (content_hash differs) or, '
    'when model is given, made by another model; with everything = true, every product (and failed '
    'items get a fresh start). Items already queued keep their state (a worker may hold them); failed '
    'ones stay failed unless everything. Placeholder products (011) are left out. Returns the number of items queued or refreshed. Parameters: model (the embedding '
    'model name now in use, or null to ignore models), everything (re-embed all).';

create or replace function rec_claim_embedding_batch(batch_size integer default 64, lease interval default '5 minutes')
returns table (product_id text, content_hash text, product_text text, attempts integer)
language plpgsql
volatile
as $$
begin
    if batch_size is null or batch_size < 1 then
        raise exception 'batch_size must be at least 1, got %', batch_size using errcode = '22023';
    end if;
    if lease is null or lease <= interval '0' then
        raise exception 'lease must be a positive interval, got %', lease using errcode = '22023';
    end if;
    return query
    with picked as (
        select q.product_id
          from rec_embedding_queue q
         where q.failed_at is null and q.next_attempt_at <= now()
         order by q.next_attempt_at, q.enqueued_at, q.product_id
         limit batch_size
           for update skip locked
    ), claimed as (
        update rec_embedding_queue q
           set attempts = q.attempts + 1, next_attempt_at = now() + lease
          from picked
         where q.product_id = picked.product_id
        returning q.product_id, q.attempts
    )
    select c.product_id, p.content_hash, rec_product_text(p.title, p.description, p.categories, p.tags),
           c.attempts
      from claimed c
      join rec_products p on p.id = c.product_id
     order by c.product_id;
end;
$$;
comment on function rec_claim_embedding_batch(integer, interval) is
    'Claims up to batch_size ready queue items (not failed, next_attempt_at <= now()) with '
    'for update skip locked, so concurrent workers never share an item; each claimed item''s attempts '
    'goes up by one and next_attempt_at moves lease ahead (if the worker dies, the item is ready '
    'again then). Returns product_id, content_hash (of the text returned), product_text, attempts. '
    'Parameters: batch_size (>= 1), lease (> 0).';

-- Components of magnitude below 1e-12 are stored as 0. The ranking and preference sums scale embeddings by
-- decay factors down to 1e-30 in float4, where 1e-36 * 1e-12 (MiniLM emits such components) is 0 and pgvector
-- raises "value out of range: underflow"; for a unit vector they change no cosine (float4 resolves 6e-8).
create or replace function _rec_flush_tiny(v vector)
returns vector
language sql
immutable
parallel safe
as $$
    select case
               when v is null then null
               else (select array_agg(case when abs(x) < 1e-12 then 0 else x end order by n)
                       from unnest(v::real[]) with ordinality as u(x, n))::vector
           end;
$$;
comment on function _rec_flush_tiny(vector) is
    'v with every component of magnitude below 1e-12 set to 0 (they would underflow float4 once scaled by a '
    'decay factor >= 1e-30: 1e-12 * 1e-30 is still above the smallest float4). Parameter: v. Private helper.';

create or replace function rec_store_embeddings(
    product_ids text[], embeddings vector[], content_hashes text[], model text
)
returns integer
language plpgsql
volatile
as $$
declare
    stored integer;
begin
    if cardinality(product_ids) is distinct from cardinality(embeddings)
       or cardinality(product_ids) is distinct from cardinality(content_hashes) then
        raise exception 'product_ids, embeddings and content_hashes must have the same length (% / % / %)',
            cardinality(product_ids), cardinality(embeddings), cardinality(content_hashes)
            using errcode = '22023';
    end if;
    if model is null or btrim(model) = '' then
        raise exception 'model must name the embedding model' using errcode = '22023';
    end if;
    -- Only vectors of the product's current text are stored; a product edited meanwhile keeps
    -- its queue item (its hash changed) and is embedded again.
    insert into rec_product_embeddings as e (product_id, embedding, model, content_hash, embedded_at)
    select u.product_id, _rec_flush_tiny(u.embedding), rec_store_embeddings.model, u.content_hash, now()
      from unnest(product_ids, embeddings, content_hashes) as u(product_id, embedding, content_hash)
      join rec_products p on p.id = u.product_id and p.content_hash = u.content_hash
    on conflict (product_id) do update
       set embedding = excluded.embedding, model = excluded.model, content_hash = excluded.content_hash,
           embedded_at = excluded.embedded_at;
    get diagnostics stored = row_count;
    delete from rec_embedding_queue q
     using unnest(product_ids, content_hashes) as u(product_id, content_hash)
     where q.product_id = u.product_id and q.content_hash = u.content_hash;
    if stored > 0 then
        perform _rec_lists_changed('embeddings');  -- content scores and session lists read these vectors
    end if;
    return stored;
end;
$$;
comment on function rec_store_embeddings(text[], vector[], text[], text) is
    'Stores one embedding per product (upsert) when content_hash still matches the product''s text, '
    'and removes the matching queue items. Returns the number of embeddings written. Parameters: '
    'product_ids, embeddings (vector(384), normalised; components below 1e-12 in magnitude are stored as 0, '
    '_rec_flush_tiny), content_hashes (from rec_claim_embedding_batch), '
    'model (name recorded with each vector). Announces the change to cached lists (_rec_lists_changed) when it '
    'stored any.';

create or replace function rec_fail_embeddings(
    product_ids text[], error text, max_attempts integer default 3, retry_delay interval default '2 seconds'
)
returns integer
language plpgsql
volatile
as $$
declare
    failed integer;
begin
    if max_attempts is null or max_attempts < 1 then
        raise exception 'max_attempts must be at least 1, got %', max_attempts using errcode = '22023';
    end if;
    update rec_embedding_queue q
       set last_error = left(coalesce(error, 'unknown error'), 2000),
           next_attempt_at = now() + coalesce(retry_delay, interval '0') * power(2, greatest(q.attempts - 1, 0)),
           failed_at = case when q.attempts >= max_attempts then now() end
     where q.product_id = any(product_ids);
    select count(*) into failed
      from rec_embedding_queue q
     where q.product_id = any(product_ids) and q.failed_at is not null;
    return failed;
end;
$$;
comment on function rec_fail_embeddings(text[], text, integer, interval) is
    'Records a failed embedding attempt: last_error = error; the item is retried after '
    'retry_delay * 2^(attempts - 1), or marked failed (failed_at) once attempts >= max_attempts. '
    'Returns how many of the items are now failed. Parameters: product_ids, error (message), '
    'max_attempts (>= 1), retry_delay (base back-off).';

create or replace function rec_embedding_status()
returns table (products bigint, embedded bigint, stale bigint, queued bigint, failed bigint, models text[])
language sql
stable
as $$
    select (select count(*) from rec_products),
           (select count(*) from rec_product_embeddings),
           (select count(*) from rec_products p join rec_product_embeddings e on e.product_id = p.id
             where e.content_hash is distinct from p.content_hash),
           (select count(*) from rec_embedding_queue where failed_at is null),
           (select count(*) from rec_embedding_queue where failed_at is not null),
           (select coalesce(array_agg(distinct model order by model), '{}') from rec_product_embeddings);
$$;
comment on function rec_embedding_status() is
    'Embedding coverage: products, embedded (have a vector), stale (vector of older text), queued '
    '(waiting or being retried), failed (out of retries; see rec_embedding_queue.last_error), models in use. '
    'No parameters.';
