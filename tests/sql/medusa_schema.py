"""A minimal Medusa v2-shaped schema (the tables and columns pgrec reads) and a small store in it."""

from __future__ import annotations

import psycopg

TABLES = [
    "product",
    "product_variant",
    "product_variant_price_set",
    "price_set",
    "price",
    "product_category",
    "product_category_product",
    "product_tag",
    "product_tags",
    "product_collection",
    "product_type",
    "image",
    "customer",
    '"order"',
    "order_item",
    "order_line_item",
]

DDL = """
create type product_status as enum ('draft', 'proposed', 'published', 'rejected');
create type order_status_enum as enum ('pending', 'completed', 'draft', 'archived', 'canceled', 'requires_action');
create table product_collection (id text primary key, title text not null, handle text, deleted_at timestamptz);
create table product_type (id text primary key, value text not null, deleted_at timestamptz);
create table product (
    id text primary key, title text not null, handle text, subtitle text, description text, thumbnail text,
    status product_status not null default 'draft', collection_id text, type_id text, is_giftcard boolean default false,
    discountable boolean default true, metadata jsonb, created_at timestamptz default now(),
    updated_at timestamptz default now(), deleted_at timestamptz);
create table product_variant (id text primary key, product_id text, title text, sku text, deleted_at timestamptz);
create table price_set (id text primary key, deleted_at timestamptz);
create table product_variant_price_set (variant_id text, price_set_id text, deleted_at timestamptz);
create table price (id text primary key, price_set_id text, currency_code text, amount numeric, price_list_id text,
                    rules_count integer, deleted_at timestamptz);
create table product_category (id text primary key, name text not null, handle text, parent_category_id text,
                               is_active boolean default true, is_internal boolean default false, rank integer default 0,
                               deleted_at timestamptz);
create table product_category_product (product_id text, product_category_id text);
create table product_tag (id text primary key, value text not null, deleted_at timestamptz);
create table product_tags (product_id text, product_tag_id text);
create table image (id text primary key, url text, rank integer, product_id text, deleted_at timestamptz);
create table customer (id text primary key, email text, first_name text, last_name text, has_account boolean,
                       created_at timestamptz default now(), deleted_at timestamptz);
create table "order" (id text primary key, display_id integer, customer_id text, version integer not null default 1,
                      status order_status_enum not null default 'pending', is_draft_order boolean not null default false,
                      currency_code text, sales_channel_id text, created_at timestamptz default now(),
                      canceled_at timestamptz, deleted_at timestamptz);
create table order_line_item (id text primary key, product_id text, variant_id text, title text, unit_price numeric,
                              product_title text, deleted_at timestamptz);
create table order_item (id text primary key, order_id text, version integer, item_id text, quantity numeric,
                         deleted_at timestamptz);
"""

STORE = """
insert into product_collection values ('pcol_1', 'Summer', 'summer', null), ('pcol_x', 'Old', 'old', now());
insert into product_type values ('ptyp_1', 'Shirt', null);
insert into product (id, title, handle, description, thumbnail, status, collection_id, type_id, metadata) values
    ('prod_tee', 'Linen Tee', 'linen-tee', 'A light tee', 'https://img/tee.jpg', 'published', 'pcol_1', 'ptyp_1', '{"fabric": "linen"}'),
    ('prod_hat', 'Sun Hat', 'sun-hat', null, null, 'published', 'pcol_x', null, null),
    ('prod_bag', 'Beach Bag', 'beach-bag', 'Roomy', null, 'published', null, null, null),
    ('prod_draft', 'Secret Sock', 'secret-sock', '', null, 'draft', null, null, null),
    ('prod_gone', 'Old Scarf', 'old-scarf', '', null, 'published', null, null, null);
update product set deleted_at = now() where id = 'prod_gone';
insert into product_variant values
    ('var_tee_s', 'prod_tee', 'S', 'TS', null), ('var_tee_l', 'prod_tee', 'L', 'TL', null),
    ('var_tee_old', 'prod_tee', 'XL', 'TX', now()), ('var_hat', 'prod_hat', 'One', 'H', null);
insert into price_set values ('pset_1', null), ('pset_2', null), ('pset_3', null), ('pset_4', null);
insert into product_variant_price_set values
    ('var_tee_s', 'pset_1', null), ('var_tee_l', 'pset_2', null), ('var_tee_old', 'pset_3', null), ('var_hat', 'pset_4', null);
insert into price values
    ('pr_1', 'pset_1', 'usd', 25, null, 0, null),
    ('pr_2', 'pset_2', 'usd', 20, null, null, null),
    ('pr_3', 'pset_2', 'usd', 5, 'plist_sale', 0, null),     -- price list: not a list price
    ('pr_4', 'pset_2', 'usd', 4, null, 2, null),             -- price with rules
    ('pr_5', 'pset_3', 'usd', 1, null, 0, null),             -- deleted variant
    ('pr_6', 'pset_1', 'usd', 2, null, 0, now()),            -- deleted price
    ('pr_7', 'pset_4', 'eur', 12.5, null, 0, null),
    ('pr_8', 'pset_4', 'usd', 14, null, 0, null);
insert into product_category values
    ('pcat_1', 'Clothing', 'clothing', null, true, false, 1, null),
    ('pcat_2', 'Tops', 'tops', 'pcat_1', true, false, 2, null),
    ('pcat_3', 'Gone', 'gone', null, true, false, 0, now());
insert into product_category_product values ('prod_tee', 'pcat_2'), ('prod_tee', 'pcat_1'), ('prod_tee', 'pcat_3'), ('prod_hat', 'pcat_1');
insert into product_tag values ('ptag_1', 'summer', null), ('ptag_2', 'linen', null), ('ptag_3', 'old', now());
insert into product_tags values ('prod_tee', 'ptag_1'), ('prod_tee', 'ptag_2'), ('prod_tee', 'ptag_3');
insert into customer (id, email, has_account) values ('cus_1', 'a@x', true), ('cus_2', 'b@x', true);
-- order_1 was edited: version 1 had tee x1 + hat x1, version 2 has tee x3 (two lines) + bag x1
insert into "order" (id, display_id, customer_id, version, status, currency_code, created_at) values
    ('order_1', 1, 'cus_1', 2, 'completed', 'usd', '2026-02-01T10:00:00Z'),
    ('order_2', 2, 'cus_2', 1, 'canceled', 'usd', '2026-02-02T10:00:00Z'),
    ('order_3', 3, 'cus_2', 1, 'draft', 'usd', '2026-02-03T10:00:00Z'),
    ('order_4', 4, null, 1, 'completed', 'usd', '2026-02-04T10:00:00Z'),
    ('order_5', 5, 'cus_2', 1, 'pending', 'eur', '2026-03-01T10:00:00Z');
insert into order_line_item (id, product_id, variant_id, title, unit_price) values
    ('li_1', 'prod_tee', 'var_tee_s', 'Tee S', 25), ('li_2', 'prod_hat', 'var_hat', 'Hat', 14),
    ('li_3', 'prod_tee', 'var_tee_l', 'Tee L', 20), ('li_4', 'prod_bag', null, 'Bag', 30),
    ('li_5', 'prod_tee', 'var_tee_s', 'Tee', 25), ('li_6', 'prod_hat', 'var_hat', 'Hat', 14),
    ('li_7', 'prod_hat', 'var_hat', 'Hat', 12.5), ('li_8', 'prod_unknown', null, 'Mystery', 1),
    ('li_9', null, null, 'Custom line', 3);
insert into order_item (id, order_id, version, item_id, quantity, deleted_at) values
    ('oi_1', 'order_1', 1, 'li_1', 1, null), ('oi_2', 'order_1', 1, 'li_2', 1, null),
    ('oi_3', 'order_1', 2, 'li_1', 1, null), ('oi_4', 'order_1', 2, 'li_3', 2, null), ('oi_5', 'order_1', 2, 'li_4', 1, null),
    ('oi_6', 'order_1', 2, 'li_2', 1, now()),
    ('oi_7', 'order_2', 1, 'li_5', 1, null), ('oi_8', 'order_3', 1, 'li_6', 1, null), ('oi_9', 'order_4', 1, 'li_6', 1, null),
    ('oi_10', 'order_5', 1, 'li_7', 2, null), ('oi_11', 'order_5', 1, 'li_8', 1, null), ('oi_12', 'order_5', 1, 'li_9', 1, null);
"""


def create_store(conn: psycopg.Connection) -> None:
    conn.execute(DDL)  # type: ignore[arg-type]
    conn.execute(STORE)  # type: ignore[arg-type]


def drop_store(conn: psycopg.Connection) -> None:
    conn.execute("drop table if exists " + ", ".join(TABLES))  # type: ignore[arg-type]
    conn.execute("drop type if exists product_status, order_status_enum")
