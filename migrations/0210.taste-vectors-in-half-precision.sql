-- pgrec 0210: the stored taste vectors in half precision (pgvector halfvec, 2 bytes per dimension).
-- At scale (100k users, 1M events) the taste terms and preferences took 632 MB of the 709 MB derived from a
-- 478 MB event log; in halfvec they take half. A taste is a sum of decayed embeddings used only through
-- cosine: halfvec keeps 11 significant bits (relative error under 5e-4 per component), far below what
-- separates two products' scores. Products' embeddings stay vector (the HNSW indexes and search use them).
-- The sums are computed in single precision and rounded once when stored (sql_functions/012-preferences.sql).
-- Each ALTER rewrites its table under an exclusive lock (seconds at that scale): upkeep and list reads wait,
-- tracking does not (it only appends to the event log).

alter table rec_user_taste_terms
    alter column taste_direction type halfvec(384) using taste_direction::halfvec(384);

alter table rec_user_preferences
    alter column taste_vector type halfvec(384) using taste_vector::halfvec(384);
