-- pgrec 0011: baskets behind rec_frequently_together. A basket is one user's order (context->>'order_id')
-- or, without an order id, one session; a product counts once per basket. rec_user_basket_items is
-- user-keyed (Citus: distributed by user_id); the two counters are small product-level/global tables
-- (Citus: reference tables).

create table rec_user_basket_items (
    user_id    text not null,
    basket_id  text not null,
    product_id text not null references rec_products (id) on delete cascade,
    first_at   timestamptz not null,
    primary key (user_id, basket_id, product_id)
);
comment on table rec_user_basket_items is
    'Distinct products per basket (basket_id = ''order:<order_id>'' or ''session:<session_id>'') from conversion events.';
create index rec_user_basket_items_product on rec_user_basket_items (product_id);

create table rec_product_basket_counts (
    product_id   text primary key references rec_products (id) on delete cascade,
    basket_count integer not null check (basket_count >= 0),
    last_seen_at timestamptz
);
comment on table rec_product_basket_counts is 'n(a): the number of baskets holding product a.';

create table rec_basket_totals (
    singleton    boolean primary key default true check (singleton),
    basket_count bigint not null default 0 check (basket_count >= 0),
    updated_at   timestamptz not null default now()
);
comment on table rec_basket_totals is 'N: the number of baskets (one row).';
insert into rec_basket_totals (singleton, basket_count) values (true, 0);
