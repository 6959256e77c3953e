-- pgrec 0012: room on each page of the pair and basket-count tables, so the trigger's count updates
-- can be HOT (no new index entries: the updated columns are not indexed).

alter table rec_frequently_together set (fillfactor = 70);
alter table rec_product_basket_counts set (fillfactor = 70);
