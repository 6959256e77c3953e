-- pgrec 0060: rec_analytics takes one row per recommendation answer (its products, in display order, as an
-- array; a product's position is its index) instead of one row per product shown. Every answer the service
-- gives is logged, cached ones included, so this is the write on the serving path: ten rows and ten primary
-- key entries per answer cost Postgres about a third of a core under load, one row costs a fraction of it.
-- What came of an item (click, add to cart, purchase, revenue) is rare next to impressions and lives in
-- rec_analytics_outcomes, a row only for items that had an outcome. The view rec_analytics_items (in
-- sql_functions/014-analytics.sql) still shows one row per item shown, with its outcome.

drop view if exists rec_analytics_daily;
alter table rec_analytics rename to _rec_analytics_0003;
alter index rec_analytics_pkey rename to _rec_analytics_0003_pkey;
alter index rec_analytics_day rename to _rec_analytics_0003_day;

create table rec_analytics (
    request_id  uuid primary key,
    user_id     text,
    algorithm   text not null,
    product_ids text[] not null check (cardinality(product_ids) > 0 and array_position(product_ids, null) is null),
    shown_at    timestamptz not null default now()
);
comment on table rec_analytics is
    'One row per recommendation answer: the request id the service returned, who it was for, the algorithm and '
    'the products shown in display order (position = 1-based index in product_ids). Outcomes per item are in '
    'rec_analytics_outcomes; rec_analytics_items joins the two, one row per item shown.';
create index rec_analytics_day on rec_analytics using brin (((shown_at at time zone 'UTC')::date));

create table rec_analytics_outcomes (
    request_id       uuid not null references rec_analytics (request_id) on delete cascade,
    product_id       text not null,
    clicked_at       timestamptz,
    added_to_cart_at timestamptz,
    purchased_at     timestamptz,
    revenue          numeric(16, 4) not null default 0 check (revenue >= 0),
    primary key (request_id, product_id)
);
comment on table rec_analytics_outcomes is
    'What came of a recommended item, for items that had an outcome: first click, add-to-cart and conversion '
    'time and the revenue of conversions, from events tracked with the answer''s request_id.';

insert into rec_analytics (request_id, user_id, algorithm, product_ids, shown_at)
select request_id, min(user_id), min(algorithm), array_agg(product_id order by position), min(shown_at)
from _rec_analytics_0003
group by request_id;

insert into rec_analytics_outcomes (request_id, product_id, clicked_at, added_to_cart_at, purchased_at, revenue)
select request_id, product_id, clicked_at, added_to_cart_at, purchased_at, revenue
from _rec_analytics_0003
where clicked_at is not null or added_to_cart_at is not null or purchased_at is not null or revenue > 0;

drop table _rec_analytics_0003;
