-- pgrec 0002: event types, the interaction log and the per-user tables.
-- User tables carry user_id in every key and have no foreign keys between users, so Citus can
-- distribute them by user_id; their foreign keys point only at (reference) product tables.

create table rec_interaction_types (
    interaction_type text primary key check (interaction_type ~ '^[a-z][a-z0-9_]{0,62}$'),
    weight           double precision not null check (weight >= 0 and weight < 'infinity'),
    half_life        interval not null check (half_life > interval '0'),
    is_conversion    boolean not null default false,
    description      text not null default ''
);
comment on table rec_interaction_types is
    'Weight and half-life of each event type: affinity = weight * 0.5 ^ (age / half_life). Editable at run time.';
insert into rec_interaction_types (interaction_type, weight, half_life, is_conversion, description) values
    ('view',        1.0, '14 days', false, 'product page viewed'),
    ('click',       2.0, '14 days', false, 'product clicked in a list or a recommendation'),
    ('wishlist',    3.0, '60 days', false, 'product saved to a wishlist'),
    ('add_to_cart', 4.0, '30 days', false, 'product added to the cart'),
    ('purchase',    8.0, '90 days', true,  'product bought');

create table rec_user_interactions (
    id               bigint generated always as identity,
    user_id          text not null check (length(user_id) between 1 and 255),
    session_id       text,
    product_id       text not null references rec_products (id) on delete cascade,
    interaction_type text not null references rec_interaction_types (interaction_type) on update cascade,
    quantity         integer not null default 1 check (quantity > 0),
    unit_price       numeric(14, 4) check (unit_price >= 0),
    context          jsonb not null default '{}' check (jsonb_typeof(context) = 'object'),
    request_id       uuid,
    external_id      text,
    created_at       timestamptz not null default now(),
    primary key (user_id, id)
);
comment on table rec_user_interactions is
    'Append-only event log. request_id links an event to the recommendation that caused it; external_id (unique per user) makes imports idempotent.';
create index rec_user_interactions_user_time on rec_user_interactions (user_id, created_at desc);
create index rec_user_interactions_product_time on rec_user_interactions (product_id, created_at);
create index rec_user_interactions_time on rec_user_interactions (created_at);
create index rec_user_interactions_request on rec_user_interactions (request_id) where request_id is not null;
create unique index rec_user_interactions_external on rec_user_interactions (user_id, external_id)
    where external_id is not null;

create table rec_user_preferences (
    user_id            text primary key,
    category_scores    jsonb not null default '{}' check (jsonb_typeof(category_scores) = 'object'),
    taste_vector       vector(384),
    taste_weight       double precision not null default 0 check (taste_weight >= 0),
    interaction_counts jsonb not null default '{}' check (jsonb_typeof(interaction_counts) = 'object'),
    interaction_count  bigint not null default 0 check (interaction_count >= 0),
    first_seen_at      timestamptz,
    last_seen_at       timestamptz,
    updated_at         timestamptz not null default now()
);
comment on table rec_user_preferences is
    'Per-user taste: decayed, type-weighted category scores and mean product embedding; kept current by a trigger on rec_user_interactions.';

create table rec_user_segments (
    user_id          text primary key,
    segment          text not null check (segment ~ '^[a-z][a-z0-9_]{0,62}$'),
    recency_days     double precision check (recency_days >= 0),
    frequency        integer not null default 0 check (frequency >= 0),
    monetary         numeric(16, 4) not null default 0,
    r_score          smallint check (r_score between 1 and 5),
    f_score          smallint check (f_score between 1 and 5),
    m_score          smallint check (m_score between 1 and 5),
    first_purchase_at timestamptz,
    last_purchase_at  timestamptz,
    computed_at      timestamptz not null default now()
);
comment on table rec_user_segments is 'RFM segment per user (new, active, loyal, at_risk, lapsed, ...).';
create index rec_user_segments_segment on rec_user_segments (segment);
