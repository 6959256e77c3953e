-- pgrec 0003: item-item neighbours, basket pairs, the persistent result cache and analytics.

create table rec_product_similarities (
    method             text not null check (method ~ '^[a-z][a-z0-9_]{0,62}$'),
    product_id         text not null references rec_products (id) on delete cascade,
    similar_product_id text not null references rec_products (id) on delete cascade,
    score              double precision not null check (score > '-infinity' and score < 'infinity'),
    rank               integer not null check (rank >= 1),
    computed_at        timestamptz not null default now(),
    primary key (method, product_id, similar_product_id),
    check (product_id <> similar_product_id)
);
comment on table rec_product_similarities is
    'Top-k neighbours per product and method (content, co_interaction, or a model fitted offline such as ease).';
create index rec_product_similarities_similar on rec_product_similarities (similar_product_id);

create table rec_frequently_together (
    product_id       text not null references rec_products (id) on delete cascade,
    other_product_id text not null references rec_products (id) on delete cascade,
    pair_count       integer not null check (pair_count >= 0),
    support          double precision not null default 0 check (support >= 0),
    confidence       double precision not null default 0 check (confidence >= 0),
    lift             double precision not null default 0 check (lift >= 0),
    last_seen_at     timestamptz,
    updated_at       timestamptz not null default now(),
    primary key (product_id, other_product_id),
    check (product_id <> other_product_id)
);
comment on table rec_frequently_together is
    'Directed basket pairs: support = n(a,b)/baskets, confidence = n(a,b)/n(a), lift = confidence/(n(b)/baskets).';
create index rec_frequently_together_other on rec_frequently_together (other_product_id);

create table rec_recommendations_cache (
    kind          text not null check (kind ~ '^[a-z][a-z0-9_]{0,62}$'),
    subject       text not null,
    params_digest text not null,
    algorithm     text not null,
    parameters    jsonb not null default '{}' check (jsonb_typeof(parameters) = 'object'),
    results       jsonb not null check (jsonb_typeof(results) = 'array'),
    computed_at   timestamptz not null default now(),
    expires_at    timestamptz not null,
    primary key (kind, subject, params_digest),
    check (expires_at > computed_at)
);
comment on table rec_recommendations_cache is
    'Materialised result lists (second cache level behind Redis), keyed by kind, subject (user or product) and parameter digest.';
create index rec_recommendations_cache_subject on rec_recommendations_cache (subject);
create index rec_recommendations_cache_expiry on rec_recommendations_cache (expires_at);

create table rec_analytics (
    request_id       uuid not null,
    product_id       text not null,
    user_id          text,
    algorithm        text not null,
    position         integer not null check (position >= 1),
    shown_at         timestamptz not null default now(),
    clicked_at       timestamptz,
    added_to_cart_at timestamptz,
    purchased_at     timestamptz,
    revenue          numeric(16, 4) not null default 0 check (revenue >= 0),
    primary key (request_id, product_id)
);
comment on table rec_analytics is
    'One row per recommended item shown (request, product, position) and what came of it.';
create index rec_analytics_shown on rec_analytics (shown_at, algorithm);
