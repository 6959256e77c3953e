-- pgrec 0160: bought-together stores counts only. last_seen_at of a pair and of a product's basket count was
-- read by nothing, and upkeep's incremental fold could not keep it equal to a rebuild (it is not lowered when
-- a basket grows past the 50-item limit and stops counting). A view (rec_frequently_together_metrics) that
-- showed it is recreated without it by sql_functions/013-together.sql.

drop view if exists rec_frequently_together_metrics;
alter table rec_frequently_together drop column if exists last_seen_at;
alter table rec_product_basket_counts drop column if exists last_seen_at;
