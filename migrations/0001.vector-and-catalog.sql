-- pgrec 0001: pgvector, bookkeeping, the catalog, its embeddings and the embedding queue.
-- Product tables are small and read by every user query: under Citus they become reference tables.

create extension if not exists vector;

create table rec_meta (
    key        text primary key,
    value      text not null,
    updated_at timestamptz not null default now()
);
comment on table rec_meta is 'pgrec bookkeeping (e.g. the digest of the applied sql_functions).';

create table rec_products (
    id           text primary key check (length(id) between 1 and 255),
    title        text not null check (btrim(title) <> ''),
    description  text not null default '',
    categories   text[] not null default '{}',
    tags         text[] not null default '{}',
    collection   text,
    product_type text,
    handle       text,
    price        numeric(14, 4) check (price >= 0),
    currency     text check (currency ~ '^[A-Za-z]{3}$'),
    thumbnail    text,
    is_active    boolean not null default true,
    source       text not null default 'api',
    metadata     jsonb not null default '{}' check (jsonb_typeof(metadata) = 'object'),
    content_hash text,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now()
);
comment on table rec_products is
    'The recommender''s view of the catalog (from Medusa, files or HTTP). content_hash is the md5 of the embedded text.';
create index rec_products_categories_gin on rec_products using gin (categories);
create index rec_products_active_price on rec_products (price) where is_active;

create table rec_product_embeddings (
    product_id   text primary key references rec_products (id) on delete cascade,
    embedding    vector(384) not null,
    model        text not null,
    content_hash text not null,
    embedded_at  timestamptz not null default now()
);
comment on table rec_product_embeddings is
    'One normalised sentence embedding per product; content_hash tells which product text it was made from.';
-- Built on an empty table here, so it is instant; cosine distance for normalised text embeddings.
create index rec_product_embeddings_hnsw on rec_product_embeddings using hnsw (embedding vector_cosine_ops);

create table rec_embedding_queue (
    product_id      text primary key references rec_products (id) on delete cascade,
    content_hash    text,
    reason          text not null default 'changed',
    enqueued_at     timestamptz not null default now(),
    attempts        integer not null default 0 check (attempts >= 0),
    next_attempt_at timestamptz not null default now(),
    last_error      text,
    failed_at       timestamptz
);
comment on table rec_embedding_queue is
    'Products whose embedding is missing or stale; drained by `pgrec embed` with for update skip locked. failed_at marks items that ran out of retries.';
create index rec_embedding_queue_ready on rec_embedding_queue (next_attempt_at) where failed_at is null;
