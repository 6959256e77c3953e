-- pgrec 0020: product popularity (kept current by a trigger on rec_user_interactions, rebuilt by
-- rec_refresh_popularity), the row type of rec_similar_products, and an index that answers
-- "has this user touched this product (with this type) before" and the per-user affinity scans.

create table rec_product_popularity (
    product_id    text primary key references rec_products (id) on delete cascade,
    popularity    double precision not null default 0 check (popularity >= 0),
    users         bigint not null default 0 check (users >= 0),
    events        bigint not null default 0 check (events >= 0),
    last_event_at timestamptz,
    updated_at    timestamptz not null default now()
);
comment on table rec_product_popularity is
    'All-time popularity per product: popularity = sum over event types of weight(type) * distinct users with that type; users = distinct users with any event; events = event rows. Kept current on insert, rebuilt by rec_refresh_popularity().';
create index rec_product_popularity_rank on rec_product_popularity (popularity desc, product_id);

create index rec_user_interactions_user_product
    on rec_user_interactions (user_id, product_id, interaction_type, created_at);

-- rec_similar_products takes a parameter named product_id and returns a column named product_id;
-- PostgreSQL forbids an input and an output parameter of the same name, so it returns this type.
create type rec_similar_product as (
    product_id    text,
    score         double precision,
    content_score double precision,
    collab_score  double precision,
    reason        jsonb
);
comment on type rec_similar_product is 'A row of rec_similar_products().';
