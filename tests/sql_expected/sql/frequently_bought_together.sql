-- rec_frequently_bought_together for a cart and for one product
-- (README: select * from rec_frequently_bought_together(array['85123A', '85099B'], 5);).
select r.ordinality as rank, r.product_id, round(r.score::numeric, 4) as score, r.pair_count,
       round(r.confidence::numeric, 4) as confidence, round(r.lift::numeric, 4) as lift, r.reason
  from rec_frequently_bought_together(array['mug-red', 'teapot'], 5) with ordinality as r
 order by r.ordinality;
select r.ordinality as rank, r.product_id, round(r.score::numeric, 4) as score, r.pair_count,
       round(r.confidence::numeric, 4) as confidence, round(r.lift::numeric, 4) as lift, r.reason
  from rec_frequently_bought_together(array['candle']) with ordinality as r
 order by r.ordinality;
-- An inactive product can be the anchor (mug-old), never a result; unknown ids match nothing.
select r.ordinality as rank, r.product_id, r.pair_count, r.reason ->> 'anchor_product_id' as anchor
  from rec_frequently_bought_together(array['mug-old', 'no-such-product'], 5) with ordinality as r
 order by r.ordinality;
select r.ordinality as rank, r.product_id, r.pair_count
  from rec_frequently_bought_together(array['mug-red'], 5) with ordinality as r
 order by r.ordinality;
