-- The fixed, hand-made store behind tests/sql_expected: loaded once into a freshly migrated
-- database, which every sql/*.sql file then gets a fresh copy of.
--
-- "Now" is 2024-06-01 12:00:00+00: every event below is dated relative to it and the queries pass
-- it as as_of where a function takes one. Functions without as_of decay relative to the newest
-- event (rec_refresh_similarities) or only look at the last 7 days of the real now() (their
-- trending fallback), which finds none of these 2024 events, so nothing depends on the clock.
--
-- Embeddings are 384-d unit vectors over five "topics": 1 mugs, 2 tea, 3 garden, 4 light,
-- 5 textiles (the remaining 379 entries are 0).

create function pg_temp.topic_vector(variadic weights double precision[])
returns vector
language sql
immutable
as $$
    select l2_normalize((weights || array_fill(0::double precision, array[384 - cardinality(weights)]))::vector);
$$;

insert into rec_products (id, title, categories, price, is_active) values
    ('mug-red',      'RED ENAMEL MUG',    '{kitchen,mugs}',     6.50, true),
    ('mug-blue',     'BLUE ENAMEL MUG',   '{kitchen,mugs}',     6.50, true),
    ('mug-old',      'CHIPPED OLD MUG',   '{kitchen,mugs}',     2.00, false),
    ('teapot',       'CAST IRON TEAPOT',  '{kitchen,tea}',     34.00, true),
    ('tea-tin',      'TEA TIN',           '{kitchen,tea}',      8.00, true),
    ('gnome',        'GARDEN GNOME',      '{garden}',          19.00, true),
    ('hose',         'GARDEN HOSE 15M',   '{garden}',          24.00, true),
    ('watering-can', 'ZINC WATERING CAN', '{garden}',          15.00, true),
    ('lantern',      'HANGING LANTERN',   '{garden,lighting}', 12.00, true),
    ('candle',       'SCENTED CANDLE',    '{home,lighting}',    4.50, true),
    ('cushion',      'VELVET CUSHION',    '{home,textiles}',   18.00, true),
    ('throw',        'WOOL THROW',        '{home,textiles}',   45.00, true),
    ('gift-card',    'GIFT CARD',         '{}',                25.00, true);  -- never embedded

insert into rec_product_embeddings (product_id, embedding, model, content_hash)
select v.product_id, v.embedding, 'fixture', p.content_hash
  from (values
    ('mug-red',      pg_temp.topic_vector(1.0, 0.2, 0.0, 0.0, 0.0)),
    ('mug-blue',     pg_temp.topic_vector(1.0, 0.0, 0.0, 0.0, 0.2)),
    ('mug-old',      pg_temp.topic_vector(1.0, 0.15, 0.0, 0.0, 0.05)),
    ('teapot',       pg_temp.topic_vector(0.6, 1.0, 0.0, 0.0, 0.0)),
    ('tea-tin',      pg_temp.topic_vector(0.2, 1.0, 0.0, 0.1, 0.0)),
    ('gnome',        pg_temp.topic_vector(0.0, 0.0, 1.0, 0.2, 0.0)),
    ('hose',         pg_temp.topic_vector(0.0, 0.0, 1.0, 0.0, 0.3)),
    ('watering-can', pg_temp.topic_vector(0.0, 0.1, 1.0, 0.0, 0.1)),
    ('lantern',      pg_temp.topic_vector(0.0, 0.0, 0.4, 1.0, 0.0)),
    ('candle',       pg_temp.topic_vector(0.0, 0.2, 0.0, 1.0, 0.2)),
    ('cushion',      pg_temp.topic_vector(0.0, 0.0, 0.0, 0.2, 1.0)),
    ('throw',        pg_temp.topic_vector(0.0, 0.0, 0.1, 0.0, 1.0))
  ) as v(product_id, embedding)
  join rec_products p on p.id = v.product_id;
delete from rec_embedding_queue;  -- embedded above, as the worker would have

-- One statement, as a batch import; the rec_upkeep() call after it folds the queued events into
-- preferences, popularity and baskets, as the service's background upkeep does within a second.
-- A purchase's context.order_id makes the basket for rec_frequently_bought_together.
insert into rec_user_interactions (user_id, session_id, product_id, interaction_type, quantity, unit_price, context, created_at)
select e.user_id, e.session_id, e.product_id, e.interaction_type, e.quantity, e.unit_price,
       case when e.order_id is null then '{}'::jsonb else jsonb_build_object('order_id', e.order_id) end,
       timestamptz '2024-06-01 12:00:00+00' - e.age
  from (values
    -- u1: bought a mug and a teapot, then browsed tea and the blue mug
    ('u1', 's-u1-a', 'mug-red',      'purchase',    1, 6.50,  'o1', interval '10 days'),
    ('u1', 's-u1-a', 'teapot',       'purchase',    1, 34.00, 'o1', interval '10 days'),
    ('u1', 's-u1-b', 'tea-tin',      'view',        1, null,  null, interval '2 days'),
    ('u1', 's-u1-c', 'mug-blue',     'view',        1, null,  null, interval '1 day'),
    ('u1', 's-u1-c', 'mug-blue',     'add_to_cart', 1, null,  null, interval '23 hours 50 minutes'),
    -- u2: two kitchen orders
    ('u2', 's-u2-a', 'mug-red',      'purchase',    2, 6.50,  'o2', interval '20 days'),
    ('u2', 's-u2-a', 'mug-blue',     'purchase',    2, 6.50,  'o2', interval '20 days'),
    ('u2', 's-u2-a', 'teapot',       'purchase',    1, 30.00, 'o2', interval '20 days'),
    ('u2', 's-u2-b', 'tea-tin',      'purchase',    1, 8.00,  'o3', interval '5 days'),
    ('u2', 's-u2-b', 'candle',       'purchase',    3, 4.50,  'o3', interval '5 days'),
    -- u3: the gardener
    ('u3', 's-u3-a', 'gnome',        'purchase',    1, 19.00, 'o4', interval '40 days'),
    ('u3', 's-u3-a', 'hose',         'purchase',    1, 24.00, 'o4', interval '40 days'),
    ('u3', 's-u3-b', 'watering-can', 'purchase',    1, 15.00, 'o5', interval '3 days'),
    ('u3', 's-u3-b', 'hose',         'purchase',    1, 24.00, 'o5', interval '3 days'),
    ('u3', 's-u3-c', 'lantern',      'view',        1, null,  null, interval '1 day'),
    -- u4: home and lighting
    ('u4', 's-u4-a', 'lantern',      'purchase',    1, 12.00, 'o6', interval '15 days'),
    ('u4', 's-u4-a', 'candle',       'purchase',    2, 4.50,  'o6', interval '15 days'),
    ('u4', 's-u4-a', 'cushion',      'purchase',    1, 18.00, 'o6', interval '15 days'),
    ('u4', 's-u4-b', 'throw',        'view',        1, null,  null, interval '2 days'),
    ('u4', 's-u4-c', 'throw',        'wishlist',    1, null,  null, interval '1 day'),
    -- u5: a mug and tea, then a click on a candle
    ('u5', 's-u5-a', 'mug-red',      'purchase',    1, 6.50,  'o7', interval '8 days'),
    ('u5', 's-u5-a', 'tea-tin',      'purchase',    1, 8.00,  'o7', interval '8 days'),
    ('u5', 's-u5-b', 'candle',       'click',       1, null,  null, interval '6 hours'),
    -- u6: an old order with a product since retired, old and recent garden views
    ('u6', 's-u6-a', 'mug-old',      'purchase',    1, 2.00,  'o8', interval '30 days'),
    ('u6', 's-u6-a', 'mug-red',      'purchase',    1, 6.50,  'o8', interval '30 days'),
    ('u6', 's-u6-b', 'gnome',        'view',        1, null,  null, interval '100 days'),
    ('u6', 's-u6-c', 'hose',         'view',        1, null,  null, interval '3 days'),
    -- u7: a gift card (no embedding) with a candle, then a cushion view
    ('u7', 's-u7-a', 'gift-card',    'purchase',    1, 25.00, 'o9', interval '12 days'),
    ('u7', 's-u7-a', 'candle',       'purchase',    1, 4.50,  'o9', interval '12 days'),
    ('u7', 's-u7-b', 'cushion',      'view',        1, null,  null, interval '4 days')
  ) as e(user_id, session_id, product_id, interaction_type, quantity, unit_price, order_id, age)
 order by e.age desc, e.user_id, e.product_id, e.interaction_type;
select count(*) from rec_upkeep();

-- The neighbour table the ranking reads (co_interaction; content comes from HNSW), as `pgrec refresh similarities` does.
select rec_refresh_similarities();
