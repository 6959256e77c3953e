-- pgrec 0190: keep only the preference state that serving reads.
-- rec_user_preferences.category_scores, interaction_counts and taste_weight were computed by every fold and
-- read by nothing (ranking reads taste_vector; the lists' watermark updated_at; rec_demo_users
-- interaction_count and last_seen_at). rec_user_taste_terms.category_sums and embedded_weight were the running
-- sums behind category_scores and taste_weight only. _rec_taste_terms returns fewer columns, so the old one
-- is dropped here and sql_functions/012-preferences.sql creates the new one.
-- DDL only: dropping a column rewrites no row (see 0150 for `vacuum full` to give the space back at once).

drop function if exists _rec_taste_terms(rec_user_interactions[]);

alter table rec_user_preferences
    drop column category_scores,
    drop column interaction_counts,
    drop column taste_weight;
comment on table rec_user_preferences is
    'Per-user state that serving reads: taste_vector = unit(sum_e weight(type) * decay(e) * embedding(e)) over '
    'the user''s events (ranking), interaction_count, first/last_seen_at, updated_at (the lists'' watermark). '
    'Kept current by upkeep (rec_upkeep) from rec_user_taste_terms.';

alter table rec_user_taste_terms
    drop column category_sums,
    drop column embedded_weight;
comment on table rec_user_taste_terms is
    'Running sums per (user, event type), decayed to ref_at (the latest such event) with the type''s half_life '
    'd(e) = 0.5 ^ ((ref_at - at(e)) / half_life): taste_magnitude * taste_direction = sum d(e) * embedding(e) over '
    'events whose product has an embedding (direction unit length), event_count, first_at. Combined into '
    'rec_user_preferences with the type weights by upkeep.';
