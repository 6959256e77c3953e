-- pgrec 050: private helpers shared by the ranking functions (A2): argument checks, reasons,
-- score normalisation, the item-item method served to the collaborative part, filters.

create or replace function _rec_check_k(k integer, max_k integer default 1000)
returns void
language plpgsql
immutable
as $$
begin
    if k is null or k < 1 or k > max_k then
        raise exception 'k must be between 1 and %, got %', max_k, coalesce(k::text, 'null')
            using errcode = '22023';
    end if;
end;
$$;

-- NULLs inside id lists, one rule for every ranker: a list that defines the query (a basket, a cart, a
-- session's products) must not hold one, since a NULL makes `id <> all (list)` null and silently empties the
-- answer; a list of products to leave out (exclude_ids) only ever removes products, so its NULLs are dropped.
create or replace function _rec_query_ids(ids text[], parameter text)
returns text[]
language plpgsql
immutable
parallel safe
as $$
declare
    v_position integer := array_position(ids, null);
begin
    if v_position is not null then
        raise exception '% must not contain null (element %)', parameter, v_position
            using errcode = '22004';
    end if;
    return ids;
end;
$$;

create or replace function _rec_exclusion_ids(ids text[])
returns text[]
language sql
immutable
parallel safe
as $$
    select coalesce(array_remove(ids, null), '{}');
$$;

create or replace function _rec_reason(rule text, reason_text text, anchor_product_id text default null,
                                       anchor_title text default null)
returns jsonb
language sql
immutable
parallel safe
as $$
    select jsonb_strip_nulls(jsonb_build_object('rule', rule, 'text', reason_text,
                                                'anchor_product_id', anchor_product_id,
                                                'anchor_title', anchor_title));
$$;

-- Score normalisation over a candidate set, the one definition for rec_similar_products (hybrid) and
-- _rec_rank (rec_personalized, rec_session_recommendations); callers pass the set's min and max (window
-- aggregates over the candidates).
create or replace function _rec_min_max_scaled(x double precision, lowest double precision,
                                               highest double precision)
returns double precision
language sql
immutable
parallel safe
as $$
    select case when x is null then 0
                when highest > lowest then (x - lowest) / (highest - lowest)
                else 1 end;
$$;

create or replace function _rec_max_scaled(x double precision, highest double precision)
returns double precision
language sql
immutable
parallel safe
as $$
    select coalesce(x / nullif(highest, 0), 0);
$$;

-- The trend term of the personal ranking, chosen by `pgrec evaluate` on a validation window (full Online Retail,
-- trained before 2011-08-01, scored on August and September 2011, new items, NDCG@10 over 1,680 customers):
-- weight 0 0.1196, 0.2 0.1244, 0.3 0.1239 (window 7 days); 30 days 0.1242 at 0.2. Settings override both.
create or replace function _rec_trend_prior()
returns double precision
language plpgsql
stable
as $$
declare
    v_text text := nullif(current_setting('pgrec.trend_prior', true), '');
begin
    if v_text is null then
        return 0.2;
    end if;
    if not pg_input_is_valid(v_text, 'double precision') or v_text::double precision < 0
       or v_text::double precision in ('infinity', 'NaN') then
        raise exception 'setting pgrec.trend_prior must be a finite number >= 0, got %', quote_literal(v_text)
            using errcode = '22023';
    end if;
    return v_text::double precision;
end;
$$;
comment on function _rec_trend_prior() is
    'The weight of the trend term of the personal ranking: setting pgrec.trend_prior (a finite number >= 0; 0 '
    'turns the term off), else 0.2. Raises 22023 naming the setting otherwise. Private helper.';

create or replace function _rec_trend_window()
returns interval
language plpgsql
stable
as $$
declare
    v_text text := nullif(current_setting('pgrec.trend_window', true), '');
begin
    if v_text is null then
        return interval '7 days';
    end if;
    if not pg_input_is_valid(v_text, 'interval') or v_text::interval <= interval '0' then
        raise exception 'setting pgrec.trend_window must be a positive interval, got %', quote_literal(v_text)
            using errcode = '22023';
    end if;
    return v_text::interval;
end;
$$;
comment on function _rec_trend_window() is
    'The window of the trend term: setting pgrec.trend_window (a positive interval), else 7 days (a window of '
    '_rec_trending_windows() is read from the snapshot; another one is computed on each call). Raises 22023 naming '
    'the setting otherwise. Private helper.';

create or replace function _rec_collab_method()
returns text
language plpgsql
stable
as $$
declare
    -- The item-item method behind the collaborative part: the setting pgrec.collab_method (e.g.
    -- `alter database ... set pgrec.collab_method = 'ease'` once a fitted model is written into
    -- rec_product_similarities), else co_interaction (computed by rec_refresh_similarities).
    v_method text := coalesce(nullif(current_setting('pgrec.collab_method', true), ''), 'co_interaction');
begin
    -- A misspelt method would read no neighbours and silently drop the collaborative part: refuse it.
    if v_method not in ('co_interaction', 'ease')
       and not exists (select 1 from rec_product_similarities s where s.method = v_method) then
        raise exception 'setting pgrec.collab_method must be co_interaction, ease or a method present in '
                        'rec_product_similarities, got %', quote_literal(v_method)
            using errcode = '22023';
    end if;
    return v_method;
end;
$$;

create or replace function _rec_check_filters(category text, min_price numeric, max_price numeric)
returns void
language plpgsql
immutable
as $$
begin
    if min_price is not null and min_price < 0 then
        raise exception 'min_price must be >= 0, got %', min_price using errcode = '22023';
    end if;
    if max_price is not null and max_price < 0 then
        raise exception 'max_price must be >= 0, got %', max_price using errcode = '22023';
    end if;
    if min_price is not null and max_price is not null and min_price > max_price then
        raise exception 'min_price (%) must not exceed max_price (%)', min_price, max_price
            using errcode = '22023';
    end if;
    if category is not null and btrim(category) = '' then
        raise exception 'category must not be empty (pass null for all categories)' using errcode = '22023';
    end if;
end;
$$;

comment on function _rec_check_k(integer, integer) is
    'Raises 22023 unless 1 <= k <= max_k: the one check of a k (rows to return) argument, called by every function '
    'that takes one. Private helper.';
comment on function _rec_query_ids(text[], text) is
    'ids unchanged, or 22004 naming parameter when an element is null: the check of every id list that defines a '
    'ranking (basket, cart, session products). Parameters: ids, parameter = the argument''s name for the message. '
    'Private helper.';
comment on function _rec_exclusion_ids(text[]) is
    'An exclusion list without its null elements (null = empty): NULLs inside exclude_ids are ignored by every '
    'ranker. Private helper.';
comment on function _rec_reason(text, text, text, text) is
    'The reason object {rule, text, anchor_product_id, anchor_title} without null keys. Private helper.';
comment on function _rec_min_max_scaled(double precision, double precision, double precision) is
    'Content normalisation: (x - lowest) / (highest - lowest) over the candidate set; 0 for a candidate without a '
    'value (x null), 1 when all values are equal. Parameters: x, lowest, highest (min and max over the set). '
    'Private helper of the ranking functions.';
comment on function _rec_max_scaled(double precision, double precision) is
    'Collaborative normalisation: x / highest over the candidate set; 0 for a candidate without a value or when '
    'highest is 0 or null. Parameters: x, highest (max over the set). Private helper of the ranking functions.';
comment on function _rec_collab_method() is
    'The rec_product_similarities method behind collaborative scores: setting pgrec.collab_method, else '
    'co_interaction. Raises 22023 naming the setting unless it is co_interaction, ease or a method present in '
    'rec_product_similarities. Private helper.';
comment on function _rec_check_filters(text, numeric, numeric) is
    'Raises 22023 for an empty category, a negative price bound or min_price > max_price. Private helper.';
