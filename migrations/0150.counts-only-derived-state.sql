-- pgrec 0150: keep only derived state that serving reads.
-- rec_frequently_together stores counts only: support, confidence and lift were recomputed from the live
-- counts by rec_frequently_bought_together anyway (the stored copies made a rebuild rewrite every pair once N
-- had moved by 1%); they are now computed by the view rec_frequently_together_metrics (sql_functions/013).
-- The content rows of rec_product_similarities are no longer computed: rec_similar_products and the ranking
-- read content neighbours live from the HNSW index, never from this table.
-- DDL only: dropping a column rewrites no row, so the rows of an existing database keep the bytes of the
-- dropped columns until they are rewritten; `vacuum full rec_frequently_together` (an exclusive lock for the
-- length of a table copy) gives the space back at once.

alter table rec_frequently_together
    drop column support,
    drop column confidence,
    drop column lift,
    drop column updated_at;
comment on table rec_frequently_together is
    'Directed basket pairs: pair_count = n(a,b), the counted baskets holding both a (product_id) and b '
    '(other_product_id); last_seen_at = the time of the latest such basket. Metrics: rec_frequently_together_metrics.';

delete from rec_product_similarities where method = 'content';
comment on table rec_product_similarities is
    'Top-k neighbours per product and method (co_interaction, or a model fitted offline such as ease); content '
    'neighbours are not stored (rec_similar_products reads them from the HNSW index).';
