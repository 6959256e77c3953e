-- rec_similar_products with each method
-- (README: select * from rec_similar_products('85123A', 10, 'hybrid'); -- or 'content', 'co_interaction').
select r.ordinality as rank, r.product_id, round(r.score::numeric, 4) as score,
       round(r.content_score::numeric, 4) as content, round(r.collab_score::numeric, 4) as collab, r.reason
  from rec_similar_products('mug-red', 10, 'hybrid') with ordinality as r
 order by r.ordinality;
select r.ordinality as rank, r.product_id, round(r.score::numeric, 4) as score,
       round(r.content_score::numeric, 4) as content, round(r.collab_score::numeric, 4) as collab, r.reason
  from rec_similar_products('mug-red', 10, 'content') with ordinality as r
 order by r.ordinality;
select r.ordinality as rank, r.product_id, round(r.score::numeric, 4) as score,
       round(r.content_score::numeric, 4) as content, round(r.collab_score::numeric, 4) as collab, r.reason
  from rec_similar_products('mug-red', 10, 'co_interaction') with ordinality as r
 order by r.ordinality;
-- The default method is hybrid; k = 3.
select r.ordinality as rank, r.product_id, round(r.score::numeric, 4) as score, r.reason ->> 'rule' as rule
  from rec_similar_products('hose', 3) with ordinality as r
 order by r.ordinality;
-- An inactive anchor still has neighbours; a product without an embedding has no content neighbours.
select r.ordinality as rank, r.product_id, round(r.score::numeric, 4) as score, r.reason ->> 'rule' as rule
  from rec_similar_products('mug-old', 3, 'content') with ordinality as r
 order by r.ordinality;
select r.ordinality as rank, r.product_id, round(r.score::numeric, 4) as score, r.reason ->> 'rule' as rule
  from rec_similar_products('gift-card', 5, 'hybrid') with ordinality as r
 order by r.ordinality;
