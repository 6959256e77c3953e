-- rec_analytics_daily and rec_analytics_items after logging what was shown
-- (README: select * from rec_analytics_daily order by day desc;
--          select * from rec_analytics_items order by shown_at desc limit 20;).
-- shown_at is the server's now(): one transaction gives every row the same now(), so the queries
-- below can compare with it instead of printing the date.
begin;
select rec_log_impressions('00000000-0000-4000-8000-000000000001', 'u1', 'personalized',
                           array['tea-tin', 'mug-blue', 'candle']);
select rec_log_impressions('00000000-0000-4000-8000-000000000002', null, 'trending',
                           array['hose', 'watering-can']);
-- A next page of the first answer continues its positions; a product shown before is skipped.
select rec_log_impressions('00000000-0000-4000-8000-000000000001', 'u1', 'personalized',
                           array['candle', 'lantern']);
-- Outcomes: u1 clicks and buys two tea tins (unit price 7.50) from the first answer; a visitor clicks the hose.
select rec_track_interaction('u1', 'tea-tin', 'click', request_id => '00000000-0000-4000-8000-000000000001') is not null as stored;
select rec_track_interaction('u1', 'tea-tin', 'add_to_cart', request_id => '00000000-0000-4000-8000-000000000001') is not null as stored;
select rec_track_interaction('u1', 'tea-tin', 'purchase', quantity => 2, unit_price => 7.50,
                             request_id => '00000000-0000-4000-8000-000000000001') is not null as stored;
select rec_track_interaction('anon-1', 'hose', 'click', request_id => '00000000-0000-4000-8000-000000000002') is not null as stored;
-- An event for a product the answer did not show is not attributed.
select rec_track_interaction('u1', 'throw', 'click', request_id => '00000000-0000-4000-8000-000000000001') is not null as stored;
-- Upkeep (every second in the service) attributes the events to the answers they came from.
select step, changed from rec_upkeep() where step in ('events', 'attribution');
select day = (now() at time zone 'UTC')::date as today, algorithm, impressions, clicks, round(ctr::numeric, 4) as ctr,
       add_to_carts, purchases, round(conversion::numeric, 4) as conversion, revenue
  from rec_analytics_daily
 order by day desc, algorithm;
select request_id, product_id, user_id, algorithm, position, shown_at = now() as shown_now,
       clicked_at is not null as clicked, added_to_cart_at is not null as added_to_cart,
       purchased_at is not null as purchased, revenue
  from rec_analytics_items
 order by shown_at desc, request_id, position
 limit 20;
commit;
