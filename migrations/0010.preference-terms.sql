-- pgrec 0010: per-user, per-event-type running sums behind rec_user_preferences.
-- The trigger on rec_user_interactions folds each inserted batch into these rows in O(batch), so
-- preferences stay current without re-reading a user's history. User-keyed (Citus: distributed by user_id).

create table rec_user_taste_terms (
    user_id          text not null,
    interaction_type text not null references rec_interaction_types (interaction_type) on update cascade,
    half_life        interval not null check (half_life > interval '0'),
    event_count      bigint not null check (event_count > 0),
    first_at         timestamptz not null,
    ref_at           timestamptz not null,
    embedded_weight  double precision not null default 0 check (embedded_weight >= 0),
    taste_direction  vector(384),
    taste_magnitude  double precision not null default 0 check (taste_magnitude >= 0),
    category_sums    jsonb not null default '{}' check (jsonb_typeof(category_sums) = 'object'),
    updated_at       timestamptz not null default now(),
    primary key (user_id, interaction_type)
);
comment on table rec_user_taste_terms is
    'Running sums per (user, event type), decayed to ref_at (the latest such event) with the type''s half_life d(e) = 0.5 ^ ((ref_at - at(e)) / half_life): '
    'embedded_weight = sum d(e) over events whose product has an embedding, taste_magnitude * taste_direction = sum d(e) * embedding(e) '
    '(direction unit length), category_sums = {category: sum d(e)}. Combined into rec_user_preferences with the type weights at read time.';
