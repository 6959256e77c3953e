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

-- Settings: one reader for every ranking knob. Precedence: the session or database setting pgrec.<name> (keeps
-- `set pgrec.trend_prior = 0` and `alter database ... set` working), else the store's row in rec_settings
-- (rec_set_setting, `pgrec settings set`, `pgrec tune --apply`), else the built-in default below. Each value is
-- checked by its kind's parser when read, and when written (the trigger of rec_settings, 051-settings.sql).

-- The built-in defaults, one branch per setting (plpgsql: only the asked branch runs, each a simple expression).
create or replace function _rec_setting_default(setting text)
returns text
language plpgsql
stable
as $$
begin
    case setting
        when 'content_weight' then return '0.4';
        when 'collab_weight' then return '0.6';
        -- chosen by `pgrec evaluate` on a validation window (full Online Retail, trained before 2011-08-01, scored
        -- on August and September 2011, new items, NDCG@10 over 1,680 customers): weight 0 0.1196, 0.2 0.1244,
        -- 0.3 0.1239 (window 7 days); 30 days 0.1242 at 0.2
        when 'trend_prior' then return '0.2';
        when 'trend_window' then return '7 days';
        -- 0: with anchors weighed by their latest event the prior only cost (validation window: 0 against 0.05
        -- +0.0012 +- 0.0005 NDCG@10; docs/evaluation.md, Reaching EASE +5%)
        when 'popularity_prior' then return '0';
        when 'collab_method' then
            -- the fitted model once the refresh has written one (issue 14: ahead of co_interaction on the store's
            -- own evaluation), else co_interaction. min() probes the primary key whatever the statistics: an
            -- `exists` was planned as a sequential scan that read every co_interaction row first (3 ms a call).
            if (select min(s.product_id) from rec_product_similarities s where s.method = 'ease') is not null then
                return 'ease';
            end if;
            return 'co_interaction';
        when 'similar_content_weight' then return '0.4';
        when 'similar_collab_weight' then return '0.6';
        -- chosen by `pgrec evaluate` on the validation window above (docs/evaluation.md, Fusion): calibrated
        -- 0.1198, minmax 0.1196 (paired +0.0002 +- 0.0006), rank 0.1072; calibrated depends on no other candidate
        when 'fusion' then return 'calibrated';
        else return null;
    end case;
end;
$$;
comment on function _rec_setting_default(text) is
    'The built-in default (text) of a setting, null for an unknown name: content_weight 0.4, collab_weight 0.6, '
    'trend_prior 0.2, trend_window 7 days, popularity_prior 0, collab_method ease when rows of the fitted model '
    'exist in rec_product_similarities (pgrec refresh writes them) else co_interaction, similar_content_weight 0.4, '
    'similar_collab_weight 0.6, fusion calibrated. The one definition of the defaults. Private helper.';

create or replace function _rec_settings_known()
returns table (name text, kind text, default_value text, description text)
language sql
stable
as $$
    select k.name, k.kind, _rec_setting_default(k.name), k.description
      from (values
        ('content_weight', 'number',
         'rec_personalized and rec_session_recommendations: weight of the content part (when a call passes none)'),
        ('collab_weight', 'number',
         'rec_personalized and rec_session_recommendations: weight of the collaborative part (when a call passes '
         'none)'),
        ('trend_prior', 'number',
         'rec_personalized: weight of the trend term (trending score over the window''s highest; 0 turns it off)'),
        ('trend_window', 'interval',
         'rec_personalized: the window of the trend term (1 day and 7 days are read from the trending snapshot)'),
        ('popularity_prior', 'number',
         'rec_personalized: weight of the popularity prior (popularity over the highest; breaks ties)'),
        ('collab_method', 'method',
         'the rec_product_similarities method behind collaborative scores (co_interaction, ease or a stored one; '
         'default ease once the refresh has fitted it, else co_interaction)'),
        ('similar_content_weight', 'number', 'rec_similar_products hybrid: weight of the content part'),
        ('similar_collab_weight', 'number', 'rec_similar_products hybrid: weight of the collaborative part'),
        ('fusion', 'fusion',
         'rec_personalized and rec_session_recommendations: how the content and collaborative scores are put on '
         'one scale (minmax, rank or calibrated)')
      ) as k(name, kind, description);
$$;
comment on function _rec_settings_known() is
    'The settings the ranking reads: name, kind (number: a finite number >= 0; interval: a positive interval; '
    'method: co_interaction, ease or a method present in rec_product_similarities; fusion: minmax, rank or '
    'calibrated), the built-in default '
    '(_rec_setting_default) and what it changes. The one list of known names. Private helper.';

create or replace function _rec_setting(setting text)
returns text
language plpgsql
stable
as $$
declare
    v_value text := current_setting('pgrec.' || setting, true);
    v_stored jsonb;
begin
    if v_value <> '' then
        return v_value;
    end if;
    -- No parameter in the query: its plan stays cached inside _rec_rank, whose plan_cache_mode =
    -- force_custom_plan would re-plan a query taking the name on every read (measured: ~60 us a read).
    select jsonb_object_agg(s.name, s.value) into v_stored from rec_settings s;
    return coalesce(v_stored ->> setting, _rec_setting_default(setting));
end;
$$;
comment on function _rec_setting(text) is
    'The raw (text) value of a setting: the session or database setting pgrec.<setting> when set and not empty, '
    'else its row in rec_settings, else its default (_rec_setting_default; null for an unknown name). Unchecked: '
    'the typed readers parse it. Parameter: setting = the name without the pgrec. prefix. Private helper.';

create or replace function _rec_parse_number_setting(setting text, raw text)
returns double precision
language plpgsql
immutable
as $$
begin
    if raw is null or not pg_input_is_valid(raw, 'double precision') or raw::double precision < 0
       or raw::double precision in ('infinity', 'NaN') then
        raise exception 'setting pgrec.% must be a finite number >= 0, got %', setting, coalesce(quote_literal(raw), 'null')
            using errcode = '22023';
    end if;
    return raw::double precision;
end;
$$;
comment on function _rec_parse_number_setting(text, text) is
    'raw as a double precision, or 22023 naming pgrec.<setting> unless it is a finite number >= 0. Parameters: '
    'setting (name for the message), raw. Private helper.';

create or replace function _rec_parse_interval_setting(setting text, raw text)
returns interval
language plpgsql
stable
as $$
begin
    if raw is null or not pg_input_is_valid(raw, 'interval') or raw::interval <= interval '0' then
        raise exception 'setting pgrec.% must be a positive interval, got %', setting, coalesce(quote_literal(raw), 'null')
            using errcode = '22023';
    end if;
    return raw::interval;
end;
$$;
comment on function _rec_parse_interval_setting(text, text) is
    'raw as an interval, or 22023 naming pgrec.<setting> unless it is a positive interval. Parameters: setting (name '
    'for the message), raw. Private helper.';

create or replace function _rec_parse_collab_method(raw text)
returns text
language plpgsql
stable
as $$
begin
    if raw in ('co_interaction', 'ease') then
        return raw;  -- a simple expression: no query for the usual methods
    end if;
    -- A misspelt method would read no neighbours and silently drop the collaborative part: refuse it.
    if raw is null or not exists (select 1 from rec_product_similarities s where s.method = raw) then
        raise exception 'setting pgrec.collab_method must be co_interaction, ease or a method present in '
                        'rec_product_similarities, got %', coalesce(quote_literal(raw), 'null')
            using errcode = '22023';
    end if;
    return raw;
end;
$$;
comment on function _rec_parse_collab_method(text) is
    'raw unchanged, or 22023 naming pgrec.collab_method unless it is co_interaction, ease or a method present in '
    'rec_product_similarities. Private helper.';

-- The typed readers (the functions call these, never current_setting); plpgsql: each read is a few simple
-- expressions (SQL wrappers measured three times as slow, not being inlined here).
create or replace function _rec_number_setting(setting text)
returns double precision
language plpgsql
stable
as $$
begin
    return _rec_parse_number_setting(setting, _rec_setting(setting));
end;
$$;
comment on function _rec_number_setting(text) is
    'A number setting read (_rec_setting) and checked (_rec_parse_number_setting: 22023 naming it unless a finite '
    'number >= 0). Parameter: setting = its name without the pgrec. prefix. Private helper.';

create or replace function _rec_trend_prior()
returns double precision
language plpgsql
stable
as $$
begin
    return _rec_parse_number_setting('trend_prior', _rec_setting('trend_prior'));
end;
$$;
comment on function _rec_trend_prior() is
    'The weight of the trend term of the personal ranking: setting trend_prior (_rec_setting; a finite number >= 0, '
    '0 turns the term off; default 0.2). Raises 22023 naming the setting otherwise. Private helper.';

create or replace function _rec_trend_window()
returns interval
language plpgsql
stable
as $$
begin
    return _rec_parse_interval_setting('trend_window', _rec_setting('trend_window'));
end;
$$;
comment on function _rec_trend_window() is
    'The window of the trend term: setting trend_window (_rec_setting; a positive interval, default 7 days; a window '
    'of _rec_trending_windows() is read from the snapshot; another one is computed on each call). Raises 22023 '
    'naming the setting otherwise. Private helper.';

create or replace function _rec_popularity_prior()
returns double precision
language plpgsql
stable
as $$
begin
    return _rec_parse_number_setting('popularity_prior', _rec_setting('popularity_prior'));
end;
$$;
comment on function _rec_popularity_prior() is
    'The weight of the popularity prior of the personal ranking: setting popularity_prior (_rec_setting; a finite '
    'number >= 0, default 0.05). Raises 22023 naming the setting otherwise. Private helper.';

create or replace function _rec_content_weight()
returns double precision
language plpgsql
stable
as $$
begin
    return _rec_parse_number_setting('content_weight', _rec_setting('content_weight'));
end;
$$;
comment on function _rec_content_weight() is
    'The content weight of rec_personalized when the call passes none: setting content_weight (_rec_setting; a '
    'finite number >= 0, default 0.4). Raises 22023 naming the setting otherwise. Private helper.';

create or replace function _rec_collab_weight()
returns double precision
language plpgsql
stable
as $$
begin
    return _rec_parse_number_setting('collab_weight', _rec_setting('collab_weight'));
end;
$$;
comment on function _rec_collab_weight() is
    'The collaborative weight of rec_personalized when the call passes none: setting collab_weight (_rec_setting; '
    'a finite number >= 0, default 0.6). Raises 22023 naming the setting otherwise. Private helper.';

create or replace function _rec_collab_method()
returns text
language plpgsql
stable
as $$
begin
    -- e.g. rec_set_setting('collab_method', 'co_interaction'), or `alter database ... set pgrec.collab_method`
    return _rec_parse_collab_method(_rec_setting('collab_method'));
end;
$$;
comment on function _rec_collab_method() is
    'The rec_product_similarities method behind collaborative scores: setting collab_method (_rec_setting; default '
    'ease when rows of the fitted model exist (pgrec refresh writes them), else co_interaction). Raises 22023 naming the setting unless it is co_interaction, ease or a method present in '
    'rec_product_similarities. Private helper.';

create or replace function _rec_parse_fusion(raw text)
returns text
language plpgsql
immutable
as $$
begin
    if raw is null or raw not in ('minmax', 'rank', 'calibrated') then
        raise exception 'setting pgrec.fusion must be minmax, rank or calibrated, got %', coalesce(quote_literal(raw), 'null')
            using errcode = '22023';
    end if;
    return raw;
end;
$$;
comment on function _rec_parse_fusion(text) is
    'raw unchanged, or 22023 naming pgrec.fusion unless it is minmax, rank or calibrated. Private helper.';

create or replace function _rec_fusion()
returns text
language plpgsql
stable
as $$
begin
    return _rec_parse_fusion(_rec_setting('fusion'));
end;
$$;
comment on function _rec_fusion() is
    'How the personal ranking puts its content and collaborative scores on one scale: setting fusion (_rec_setting; '
    'minmax, rank or calibrated, default calibrated; the formulas are in rec_personalized''s comment). Raises 22023 '
    'naming the setting otherwise. Private helper.';

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
comment on function _rec_check_filters(text, numeric, numeric) is
    'Raises 22023 for an empty category, a negative price bound or min_price > max_price. Private helper.';

-- The filters every list applies to a candidate product, one definition for every pool and fill.
create or replace function _rec_listable(p rec_products, category text, min_price numeric, max_price numeric,
                                         exclude_ids text[])
returns boolean
language sql
stable
as $$
    select p.is_active
       and (category is null or category = any (p.categories))
       and (min_price is null or p.price >= min_price)
       and (max_price is null or p.price <= max_price)
       and p.id <> all (exclude_ids);
$$;
comment on function _rec_listable(rec_products, text, numeric, numeric, text[]) is
    'True when product p may be listed: active, in category (null = any), price within [min_price, max_price] '
    '(null = open; a product without a price fails a set bound), not in exclude_ids. Private helper.';
