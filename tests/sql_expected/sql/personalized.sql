-- rec_personalized: hybrid 0.4 content + 0.6 collaborative, as of the fixture's "now"
-- (README: select * from rec_personalized('13089', 10);).
-- u1 bought mug-red and teapot (excluded by default), viewed tea-tin and carted mug-blue in the last 30 days
-- (seen: excluded by default too).
select r.ordinality as rank, r.product_id, round(r.score::numeric, 4) as score,
       round(r.content_score::numeric, 4) as content, round(r.collab_score::numeric, 4) as collab,
       round(r.popularity_score::numeric, 4) as popularity, r.reason
  from rec_personalized('u1', 10, as_of => '2024-06-01 12:00:00+00') with ordinality as r
 order by r.ordinality;
-- exclude_seen => false: what u1 just looked at comes back first; seen_within => '1 day': only mug-blue
-- (viewed 1 day, carted 23 h 50 min before as_of) is seen, tea-tin (2 days) comes back.
select r.ordinality as rank, r.product_id, round(r.score::numeric, 4) as score, r.reason ->> 'rule' as rule
  from rec_personalized('u1', 4, exclude_seen => false, as_of => '2024-06-01 12:00:00+00') with ordinality as r
 order by r.ordinality;
select r.ordinality as rank, r.product_id, round(r.score::numeric, 4) as score, r.reason ->> 'rule' as rule
  from rec_personalized('u1', 4, seen_within => '1 day', as_of => '2024-06-01 12:00:00+00') with ordinality as r
 order by r.ordinality;
-- The gardener, k = 5.
select r.ordinality as rank, r.product_id, round(r.score::numeric, 4) as score,
       round(r.content_score::numeric, 4) as content, round(r.collab_score::numeric, 4) as collab,
       round(r.popularity_score::numeric, 4) as popularity, r.reason
  from rec_personalized('u3', 5, as_of => '2024-06-01 12:00:00+00') with ordinality as r
 order by r.ordinality;
-- Filters: category and price range; purchases kept (exclude_purchased => false).
select r.ordinality as rank, r.product_id, round(r.score::numeric, 4) as score, r.reason ->> 'rule' as rule
  from rec_personalized('u1', 5, exclude_purchased => false, category => 'kitchen', max_price => 10,
                        as_of => '2024-06-01 12:00:00+00') with ordinality as r
 order by r.ordinality;
-- Content only (collab_weight 0) and collaborative only (content_weight 0).
select r.ordinality as rank, r.product_id, round(r.score::numeric, 4) as score, r.reason ->> 'rule' as rule
  from rec_personalized('u4', 4, content_weight => 1, collab_weight => 0,
                        as_of => '2024-06-01 12:00:00+00') with ordinality as r
 order by r.ordinality;
select r.ordinality as rank, r.product_id, round(r.score::numeric, 4) as score, r.reason ->> 'rule' as rule
  from rec_personalized('u4', 4, content_weight => 0, collab_weight => 1,
                        as_of => '2024-06-01 12:00:00+00') with ordinality as r
 order by r.ordinality;
-- A user without history: trending over the 7 days before as_of (products at least 3 customers acted on:
-- none in this small fixture), then popular, score 0.
select r.ordinality as rank, r.product_id, round(r.score::numeric, 4) as score,
       round(r.popularity_score::numeric, 4) as popularity, r.reason
  from rec_personalized('nobody', 6, as_of => '2024-06-01 12:00:00+00') with ordinality as r
 order by r.ordinality;
-- as_of before every event of u3: no history counts yet, so the same fill as a new user.
select r.ordinality as rank, r.product_id, round(r.score::numeric, 4) as score, r.reason ->> 'rule' as rule
  from rec_personalized('u3', 3, as_of => '2024-04-01 00:00:00+00') with ordinality as r
 order by r.ordinality;
