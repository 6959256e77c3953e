-- Bad arguments raise with an errcode (shown after each ERROR line as psql's :SQLSTATE).
select * from rec_personalized('u1', 0);
\echo sqlstate :SQLSTATE
select * from rec_personalized('u1', 1001);
\echo sqlstate :SQLSTATE
select * from rec_personalized('', 10);
\echo sqlstate :SQLSTATE
select * from rec_personalized('u1', 10, content_weight => 0, collab_weight => 0);
\echo sqlstate :SQLSTATE
select * from rec_personalized('u1', 10, min_price => 20, max_price => 10);
\echo sqlstate :SQLSTATE
select * from rec_similar_products('no-such-product', 10);
\echo sqlstate :SQLSTATE
select * from rec_similar_products('mug-red', 0);
\echo sqlstate :SQLSTATE
select * from rec_similar_products('mug-red', 10, 'telepathy');
\echo sqlstate :SQLSTATE
select * from rec_frequently_bought_together(array['mug-red'], 0);
\echo sqlstate :SQLSTATE
select * from rec_frequently_bought_together(null, 5);
\echo sqlstate :SQLSTATE
select * from rec_trending(0, '7 days');
\echo sqlstate :SQLSTATE
select * from rec_trending(10, '-1 day');
\echo sqlstate :SQLSTATE
select * from rec_popular(10, '');
\echo sqlstate :SQLSTATE
select * from rec_session_recommendations(array['mug-red'], -1);
\echo sqlstate :SQLSTATE
select rec_track_interaction('u1', 'no-such-product', 'view', unknown_products => 'reject');
\echo sqlstate :SQLSTATE
select rec_track_interaction('u1', 'mug-red', 'teleport');
\echo sqlstate :SQLSTATE
select rec_track_interaction('u1', 'mug-red', 'purchase', quantity => 0);
\echo sqlstate :SQLSTATE
select rec_log_impressions(null, 'u1', 'personalized', array['mug-red']);
\echo sqlstate :SQLSTATE
-- Nothing above stored an event.
select count(*) from rec_user_interactions where created_at > '2024-06-01 12:00:00+00';
