-- rec_track_interaction, then rec_personalized again
-- (README: select rec_track_interaction('13089', '85123A', 'view');).
select r.ordinality as rank, r.product_id, round(r.score::numeric, 4) as score, r.reason ->> 'rule' as rule
  from rec_personalized('u5', 5, as_of => '2024-06-01 12:00:00+00') with ordinality as r
 order by r.ordinality;
-- u5 views the teapot, then buys it with a candle (order o10) before the fixture's "now"; each call
-- returns the new event's id.
select rec_track_interaction('u5', 'teapot', 'view', occurred_at => '2024-06-01 10:30:00+00');
select rec_track_interaction('u5', 'teapot', 'purchase', context => '{"order_id": "o10"}',
                             occurred_at => '2024-06-01 11:00:00+00', unit_price => 34);
select rec_track_interaction('u5', 'candle', 'purchase', quantity => 2, context => '{"order_id": "o10"}',
                             occurred_at => '2024-06-01 11:00:00+00');
-- Tracking only appended them (to rec_event_inbox); upkeep moves them into the event log and folds them
-- into preferences, popularity and baskets, as the service does in the background within a second.
select step, changed from rec_upkeep();
-- Teapot and candle are bought now, so they are excluded; they anchor the collaborative part instead.
select r.ordinality as rank, r.product_id, round(r.score::numeric, 4) as score, r.reason ->> 'rule' as rule
  from rec_personalized('u5', 5, as_of => '2024-06-01 12:00:00+00') with ordinality as r
 order by r.ordinality;
-- As of before those events: the first list again (the scores move a little: decay is as of 10:00,
-- and the popularity prior is today's, the new events included).
select r.ordinality as rank, r.product_id, round(r.score::numeric, 4) as score, r.reason ->> 'rule' as rule
  from rec_personalized('u5', 5, as_of => '2024-06-01 10:00:00+00') with ordinality as r
 order by r.ordinality;
-- What upkeep folded in: popularity, and the pairs of the new order with its live metrics.
select product_id, popularity, users, events
  from rec_product_popularity
 where product_id in ('teapot', 'candle')
 order by product_id;
select product_id, other_product_id, pair_count
  from rec_frequently_together
 where 'teapot' in (product_id, other_product_id)
 order by product_id, other_product_id;
select r.ordinality as rank, r.product_id, round(r.score::numeric, 4) as score, r.pair_count,
       round(r.confidence::numeric, 4) as confidence, round(r.lift::numeric, 4) as lift
  from rec_frequently_bought_together(array['teapot']) with ordinality as r
 order by r.ordinality;
-- The same event tracked twice with an external_id is stored once (null the second time).
select rec_track_interaction('u5', 'candle', 'view', occurred_at => '2024-06-01 11:30:00+00', external_id => 'ev-1');
select rec_track_interaction('u5', 'candle', 'view', occurred_at => '2024-06-01 11:30:00+00', external_id => 'ev-1');
select count(*) from rec_events where user_id = 'u5' and external_id = 'ev-1';
