-- The customers behind each trending score: the cold-start fallback lists a product as trending only when
-- enough customers acted on it in the window (a quiet week's one or two customers are noise, not a trend).
-- Null until upkeep rewrites the snapshot (at most a minute): read as enough.
alter table rec_trending_snapshot add column users integer;
comment on column rec_trending_snapshot.users is
    'Distinct customers with an event on the product in the window (_rec_trending_scores); null: written before '
    'migration 0330, read as enough until upkeep rewrites the snapshot.';
