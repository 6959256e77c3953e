-- rec_trending and rec_popular
-- (README: select * from rec_trending(10, '7 days');  select * from rec_popular(10);).
-- Trending as of the fixture's "now": weight * 0.5 ^ (age / 3.5 days) over the last 7 days.
select r.ordinality as rank, r.product_id, round(r.score::numeric, 4) as score, r.reason
  from rec_trending(10, '7 days', as_of => '2024-06-01 12:00:00+00') with ordinality as r
 order by r.ordinality;
-- Without as_of the window ends at the real now(): the fixture's 2024 events are long out of it.
select r.ordinality as rank, r.product_id, round(r.score::numeric, 4) as score
  from rec_trending(10, '7 days') with ordinality as r
 order by r.ordinality;
select r.ordinality as rank, r.product_id, round(r.score::numeric, 4) as score, r.reason
  from rec_trending(5, '2 days', 'home', as_of => '2024-06-01 12:00:00+00') with ordinality as r
 order by r.ordinality;
-- Popular of all time: sum over event types of weight * distinct users (inactive products left out).
select r.ordinality as rank, r.product_id, round(r.score::numeric, 4) as score, r.reason
  from rec_popular(10) with ordinality as r
 order by r.ordinality;
select r.ordinality as rank, r.product_id, round(r.score::numeric, 4) as score, r.reason
  from rec_popular(3, 'garden') with ordinality as r
 order by r.ordinality;
