-- rec_session_recommendations for an anonymous visitor
-- (README: select * from rec_session_recommendations(array['85123A'], 10);).
select r.ordinality as rank, r.product_id, round(r.score::numeric, 4) as score,
       round(r.content_score::numeric, 4) as content, round(r.collab_score::numeric, 4) as collab,
       round(r.popularity_score::numeric, 4) as popularity, r.reason
  from rec_session_recommendations(array['mug-red'], 10) with ordinality as r
 order by r.ordinality;
-- Later products weigh more (0.8 ^ (n - position)); the session's own products are left out.
select r.ordinality as rank, r.product_id, round(r.score::numeric, 4) as score, r.reason
  from rec_session_recommendations(array['hose', 'candle'], 5) with ordinality as r
 order by r.ordinality;
-- Unknown ids are skipped: an empty session gets the fill (trending in the real now()'s last 7 days,
-- none for this 2024 fixture, then popular).
select r.ordinality as rank, r.product_id, round(r.score::numeric, 4) as score,
       round(r.popularity_score::numeric, 4) as popularity, r.reason
  from rec_session_recommendations(array['no-such-product'], 4) with ordinality as r
 order by r.ordinality;
