-- pgrec 011: recording interactions, one at a time or as a validated, set-based batch (all or nothing, or the
-- good events kept and the bad reported), with placeholders for products the catalog does not have yet.

-- One rule for how far ahead of the database's clock an event may be dated (clock skew between the
-- store and the database). A later time would weigh the event as the newest of all and, far enough
-- ahead, overflow the decay math of every refresh.
create or replace function rec_latest_event_time()
returns timestamptz
language sql
stable
parallel safe
as $$ select now() + interval '5 minutes' $$;
comment on function rec_latest_event_time() is
    'The latest occurred_at an event may carry: now() + 5 minutes (clock skew allowance). '
    'rec_track_interaction(s) reject later times with errcode 22008. No parameters.';

-- Lenient tracking: what an event for a product the catalog does not have yet does. 'placeholder' (the default)
-- keeps it and adds the product as an inactive placeholder, filled in by the next catalog write of that id;
-- 'reject' refuses it (23503), as a file import does. One rule for every caller: the parameter, else the setting
-- pgrec.track_unknown_products (e.g. `alter database shop set pgrec.track_unknown_products = 'reject'`).
create or replace function _rec_unknown_products_rule(unknown_products text)
returns text
language plpgsql
stable
as $$
declare
    v_rule text := coalesce(unknown_products, nullif(current_setting('pgrec.track_unknown_products', true), ''),
                            'placeholder');
begin
    if v_rule not in ('placeholder', 'reject') then
        raise exception 'unknown_products must be placeholder or reject, got %', quote_literal(v_rule)
            using errcode = '22023',
                  hint = 'from the parameter unknown_products, else the setting pgrec.track_unknown_products';
    end if;
    return v_rule;
end;
$$;
comment on function _rec_unknown_products_rule(text) is
    'The rule for events of unknown products: unknown_products when given, else the setting '
    'pgrec.track_unknown_products, else ''placeholder''; anything but placeholder or reject raises 22023. Private helper.';

create or replace function _rec_add_placeholder_products(product_ids text[])
returns integer
language plpgsql
volatile
as $$
declare
    added integer;
begin
    -- Inactive (no list serves it), not embedded (001: its text is only its id), source 'tracking' (no catalog
    -- sync deactivates or claims it until it writes the id). In id order: concurrent batches never deadlock.
    insert into rec_products as p (id, title, is_active, placeholder, source)
    select u.id, coalesce(nullif(btrim(u.id), ''), 'placeholder'), false, true, 'tracking'
      from (select distinct x.id from unnest(product_ids) as x(id) where x.id is not null) u
     where not exists (select 1 from rec_products e where e.id = u.id)
     order by u.id
    on conflict (id) do nothing;
    get diagnostics added = row_count;
    return added;
end;
$$;
comment on function _rec_add_placeholder_products(text[]) is
    'Add the product_ids rec_products does not have as placeholders (placeholder = true, is_active = false, title = '
    'id, source ''tracking''); returns how many were added. Private helper of the tracking functions.';

create or replace function rec_track_interaction(
    user_id text,
    product_id text,
    interaction_type text,
    session_id text default null,
    quantity integer default 1,
    context jsonb default '{}',
    request_id uuid default null,
    occurred_at timestamptz default now(),
    unit_price numeric default null,
    external_id text default null,
    unknown_products text default null)
returns bigint
language plpgsql
volatile
as $$
#variable_conflict use_column
declare
    new_id bigint;
    v_rule constant text := _rec_unknown_products_rule(rec_track_interaction.unknown_products);
    v_unknown boolean;
begin
    if rec_track_interaction.user_id is null or length(rec_track_interaction.user_id) not between 1 and 255 then
        raise exception 'user_id must be a string of 1 to 255 characters, got %',
            coalesce(quote_literal(rec_track_interaction.user_id), 'null') using errcode = '22023';
    end if;
    if rec_track_interaction.product_id is null then
        raise exception 'product_id must not be null' using errcode = '22023';
    end if;
    if length(rec_track_interaction.product_id) not between 1 and 255 then
        raise exception 'product_id must be a string of 1 to 255 characters, got %',
            length(rec_track_interaction.product_id) using errcode = '22023';
    end if;
    if rec_track_interaction.interaction_type is null or not exists (
            select 1 from rec_interaction_types t where t.interaction_type = rec_track_interaction.interaction_type) then
        raise exception 'unknown interaction_type %', coalesce(quote_literal(rec_track_interaction.interaction_type), 'null')
            using errcode = '22023',
                  hint = 'known types: ' || (select string_agg(t.interaction_type, ', ' order by t.interaction_type)
                                             from rec_interaction_types t);
    end if;
    v_unknown := not exists (select 1 from rec_products p where p.id = rec_track_interaction.product_id);
    if v_unknown and v_rule = 'reject' then
        raise exception 'unknown product_id %', quote_literal(rec_track_interaction.product_id) using errcode = '23503';
    end if;
    if coalesce(rec_track_interaction.quantity, 1) <= 0 then
        raise exception 'quantity must be a positive integer, got %', rec_track_interaction.quantity using errcode = '22023';
    end if;
    if rec_track_interaction.context is not null and jsonb_typeof(rec_track_interaction.context) <> 'object' then
        raise exception 'context must be a JSON object, got %', jsonb_typeof(rec_track_interaction.context)
            using errcode = '22023';
    end if;
    if rec_track_interaction.occurred_at is not null and not isfinite(rec_track_interaction.occurred_at) then
        raise exception 'occurred_at must be a finite timestamp, got %', rec_track_interaction.occurred_at
            using errcode = '22023';
    end if;
    if rec_track_interaction.occurred_at > rec_latest_event_time() then
        raise exception 'occurred_at must not be later than now() + 5 minutes, got %', rec_track_interaction.occurred_at
            using errcode = '22008';
    end if;
    if rec_track_interaction.unit_price is not null and (rec_track_interaction.unit_price = 'NaN'::numeric
            or rec_track_interaction.unit_price < 0 or rec_track_interaction.unit_price >= 1e10) then
        raise exception 'unit_price must be a number from 0 to 9999999999.9999, got %', rec_track_interaction.unit_price
            using errcode = '22023';
    end if;
    if rec_track_interaction.external_id = '' then
        raise exception 'external_id must not be empty (use null)' using errcode = '22023';
    end if;
    if v_unknown then
        perform _rec_add_placeholder_products(array[rec_track_interaction.product_id]);
    end if;

    -- Into the inbox (rec_upkeep() moves it into the log within seconds); a key already in the log is a duplicate.
    insert into rec_event_inbox
        (id, user_id, session_id, product_id, interaction_type, quantity, unit_price, context, request_id, external_id,
         created_at)
    select nextval(pg_get_serial_sequence('public.rec_user_interactions', 'id')), rec_track_interaction.user_id,
           rec_track_interaction.session_id, rec_track_interaction.product_id,
           rec_track_interaction.interaction_type, coalesce(rec_track_interaction.quantity, 1),
           rec_track_interaction.unit_price, coalesce(rec_track_interaction.context, '{}'::jsonb),
           rec_track_interaction.request_id, rec_track_interaction.external_id,
           coalesce(rec_track_interaction.occurred_at, now())
     where rec_track_interaction.external_id is null
        or not exists (select 1 from rec_user_interactions l
                        where l.user_id = rec_track_interaction.user_id
                          and l.external_id = rec_track_interaction.external_id)
    on conflict (user_id, external_id) do nothing
    returning id into new_id;
    return new_id;
end;
$$;
comment on function rec_track_interaction(text, text, text, text, integer, jsonb, uuid, timestamptz, numeric, text, text) is
    'Record one interaction and return its id (null when (user_id, external_id) was already recorded: nothing stored). '
    'The insert into rec_event_inbox is all tracking does (rec_events shows it at once); rec_upkeep() moves it into '
    'the log, folds it into preferences, popularity and baskets within seconds and attributes it to its '
    'recommendation (request_id). '
    'Parameters: user_id (1-255 chars); product_id (1-255 chars; a product of rec_products, inactive allowed, or '
    'an unknown one as unknown_products says); '
    'interaction_type (a row of rec_interaction_types; else 22023); session_id; quantity (> 0, default 1); '
    'context (JSON object; context->>''order_id'' groups a purchase into a basket); request_id (the recommendation '
    'request that led here, for attribution); occurred_at (default now(); at most rec_latest_event_time(), now() + 5 '
    'minutes, else 22008); unit_price (>= 0; revenue falls back to '
    'the product price); external_id (idempotency key, unique per user); unknown_products (placeholder: an unknown '
    'product_id is added as an inactive placeholder product, filled in and activated by the next catalog write of '
    'that id, and the event is kept; reject: errcode 23503; null: the setting pgrec.track_unknown_products, else '
    'placeholder). Nulls in optional arguments mean the default.';

create or replace function _rec_event_keys()
returns text[]
language sql
immutable
parallel safe
as $$
    select array['user_id', 'product_id', 'interaction_type', 'session_id', 'quantity', 'context',
                 'request_id', 'occurred_at', 'unit_price', 'external_id'];
$$;
comment on function _rec_event_keys() is 'The keys an event object of rec_track_interactions may have. Private helper.';

-- Validation of a batch, set-based: one row per bad event, first bad one first. Each problem is
-- array[errcode, field (null: the event itself), message].
create or replace function _rec_event_errors(events jsonb, rule text)
returns table (idx integer, errcode text, field text, message text)
language sql
stable
as $$
    select idx, problem[1], problem[2], problem[3]
    from (
        select (a.o - 1)::integer as idx,
               case
                   when jsonb_typeof(a.e) <> 'object' then
                       array['22023', null, format('must be a JSON object, got %s', jsonb_typeof(a.e))]
                   when exists (select 1 from jsonb_object_keys(a.e) k where k <> all (_rec_event_keys())) then
                       (select array['22023', k, format('unknown key %s (allowed: %s)', to_jsonb(k)::text,
                                                        array_to_string(_rec_event_keys(), ', '))]
                        from jsonb_object_keys(a.e) k where k <> all (_rec_event_keys()) order by k limit 1)
                   when coalesce(jsonb_typeof(a.e -> 'user_id'), 'null') = 'null' then
                       array['22023', 'user_id', 'user_id is required']
                   when jsonb_typeof(a.e -> 'user_id') not in ('string', 'number') then
                       array['22023', 'user_id', format('user_id must be a string, got %s', jsonb_typeof(a.e -> 'user_id'))]
                   when length(a.e ->> 'user_id') not between 1 and 255 then
                       array['22023', 'user_id',
                             format('user_id must be 1 to 255 characters, got %s', length(a.e ->> 'user_id'))]
                   when coalesce(jsonb_typeof(a.e -> 'product_id'), 'null') = 'null' then
                       array['22023', 'product_id', 'product_id is required']
                   when jsonb_typeof(a.e -> 'product_id') not in ('string', 'number') then
                       array['22023', 'product_id',
                             format('product_id must be a string, got %s', jsonb_typeof(a.e -> 'product_id'))]
                   when length(a.e ->> 'product_id') not between 1 and 255 then
                       array['22023', 'product_id',
                             format('product_id must be 1 to 255 characters, got %s', length(a.e ->> 'product_id'))]
                   when coalesce(jsonb_typeof(a.e -> 'interaction_type'), 'null') = 'null' then
                       array['22023', 'interaction_type', 'interaction_type is required']
                   when t.interaction_type is null then
                       array['22023', 'interaction_type', format('unknown interaction_type %s', a.e -> 'interaction_type')]
                   when p.id is null and rule = 'reject' then
                       array['23503', 'product_id', format('unknown product_id %s', to_jsonb(a.e ->> 'product_id'))]
                   when coalesce(jsonb_typeof(a.e -> 'session_id'), 'null') not in ('null', 'string', 'number') then
                       array['22023', 'session_id',
                             format('session_id must be a string, got %s', jsonb_typeof(a.e -> 'session_id'))]
                   when coalesce(jsonb_typeof(a.e -> 'quantity'), 'null') <> 'null'
                        and (jsonb_typeof(a.e -> 'quantity') not in ('string', 'number')
                             or not pg_input_is_valid(a.e ->> 'quantity', 'integer')) then
                       array['22023', 'quantity', format('quantity must be a positive integer, got %s', a.e -> 'quantity')]
                   when coalesce(jsonb_typeof(a.e -> 'quantity'), 'null') <> 'null'
                        and (a.e ->> 'quantity')::integer <= 0 then
                       array['22023', 'quantity', format('quantity must be a positive integer, got %s', a.e -> 'quantity')]
                   when coalesce(jsonb_typeof(a.e -> 'context'), 'null') not in ('null', 'object') then
                       array['22023', 'context', format('context must be a JSON object, got %s', jsonb_typeof(a.e -> 'context'))]
                   when coalesce(jsonb_typeof(a.e -> 'request_id'), 'null') <> 'null'
                        and (jsonb_typeof(a.e -> 'request_id') <> 'string'
                             or not pg_input_is_valid(a.e ->> 'request_id', 'uuid')) then
                       array['22023', 'request_id', format('request_id must be a UUID, got %s', a.e -> 'request_id')]
                   when coalesce(jsonb_typeof(a.e -> 'occurred_at'), 'null') <> 'null'
                        and (jsonb_typeof(a.e -> 'occurred_at') <> 'string'
                             or not pg_input_is_valid(a.e ->> 'occurred_at', 'timestamptz')) then
                       array['22023', 'occurred_at',
                             format('occurred_at must be an ISO 8601 timestamp, got %s', a.e -> 'occurred_at')]
                   when coalesce(jsonb_typeof(a.e -> 'occurred_at'), 'null') <> 'null'
                        and not isfinite((a.e ->> 'occurred_at')::timestamptz) then
                       array['22023', 'occurred_at',
                             format('occurred_at must be a finite timestamp, got %s', a.e -> 'occurred_at')]
                   when coalesce(jsonb_typeof(a.e -> 'occurred_at'), 'null') <> 'null'
                        and (a.e ->> 'occurred_at')::timestamptz > rec_latest_event_time() then
                       array['22008', 'occurred_at',
                             format('occurred_at must not be later than now() + 5 minutes, got %s', a.e -> 'occurred_at')]
                   when coalesce(jsonb_typeof(a.e -> 'unit_price'), 'null') <> 'null'
                        and (jsonb_typeof(a.e -> 'unit_price') not in ('string', 'number')
                             or not pg_input_is_valid(a.e ->> 'unit_price', 'numeric(14,4)')) then
                       array['22023', 'unit_price',
                             format('unit_price must be a number from 0 to 9999999999.9999, got %s', a.e -> 'unit_price')]
                   when coalesce(jsonb_typeof(a.e -> 'unit_price'), 'null') <> 'null'
                        and ((a.e ->> 'unit_price')::numeric = 'NaN'::numeric or (a.e ->> 'unit_price')::numeric < 0) then
                       array['22023', 'unit_price',
                             format('unit_price must be a number from 0 to 9999999999.9999, got %s', a.e -> 'unit_price')]
                   when coalesce(jsonb_typeof(a.e -> 'external_id'), 'null') not in ('null', 'string', 'number') then
                       array['22023', 'external_id',
                             format('external_id must be a string, got %s', jsonb_typeof(a.e -> 'external_id'))]
                   when a.e ->> 'external_id' = '' then
                       array['22023', 'external_id', 'external_id must not be empty (use null)']
               end as problem
        from jsonb_array_elements(events) with ordinality as a(e, o)
        left join rec_interaction_types t on t.interaction_type = a.e ->> 'interaction_type'
        left join rec_products p on p.id = a.e ->> 'product_id'
    ) checked
    where problem is not null
    order by idx;
$$;
comment on function _rec_event_errors(jsonb, text) is
    'Problems of a rec_track_interactions batch, one row per bad event (0-based idx, errcode, field, message), in '
    'input order; rule = the unknown-products rule (reject: an unknown product_id is a problem, 23503). Private helper.';

create or replace function _rec_raise_event_error(events jsonb, rule text)
returns void
language plpgsql
stable
as $$
declare
    bad record;
begin
    select * into bad from _rec_event_errors(events, rule) limit 1;
    if found then
        raise exception 'events[%]: %', bad.idx, bad.message using errcode = bad.errcode;
    end if;
end;
$$;
comment on function _rec_raise_event_error(jsonb, text) is
    'Raise "events[<index>]: <problem>" for the first bad event of a batch; return quietly when all are valid. Private helper.';

-- The one batch write behind rec_track_interactions (atomic) and rec_track_interactions_lenient (not): one
-- statement parses the batch, checks what is cheap to check (JSON types, known interaction types, known
-- products under the reject rule) and appends the events to rec_event_inbox; casts and the inbox's checks do
-- the rest. Only a batch that fails pays for the per-event diagnosis (_rec_event_errors) naming the bad index.
create or replace function _rec_store_events(events jsonb, unknown_products text, atomic boolean)
returns table (idx integer, id bigint, errcode text, field text, message text)
language plpgsql
volatile
as $$
#variable_conflict use_column
declare
    v_rule constant text := _rec_unknown_products_rule(unknown_products);
    -- looked up once: pg_get_serial_sequence per row cost 6 us of every event
    id_sequence constant regclass := pg_get_serial_sequence('public.rec_user_interactions', 'id')::regclass;
    v_count integer;
    v_suspect boolean;
    v_diagnosed boolean := false;
    v_idx integer[];
    v_ids bigint[];
    v_unknown text[];
    -- the rejected events (lenient mode): index, errcode, field, message
    v_bad integer[] := '{}';
    v_codes text[] := '{}';
    v_fields text[] := '{}';
    v_messages text[] := '{}';
    v_new record;
    v_state text;
    v_message text;
    v_detail text;
begin
    if events is null or jsonb_typeof(events) <> 'array' then
        raise exception 'events must be a JSON array of event objects, got %', coalesce(jsonb_typeof(events), 'null')
            using errcode = '22023';
    end if;
    if atomic is null then
        raise exception 'atomic must be true or false, not null' using errcode = '22023';
    end if;
    v_count := jsonb_array_length(events);
    loop
        v_suspect := false;
        v_idx := null;
        v_unknown := null;  -- placeholders only for the events of the statement that stores
        exit when v_count - cardinality(v_bad) = 0;
        begin
            with parsed as materialized (
                -- ids in input order: taken after the sort (the lookups' joins may reorder the rows)
                select c.*, nextval(id_sequence) as id from (
                select (a.o - 1)::integer as idx,
                       a.e,
                       a.e ->> 'user_id' as user_id,
                       a.e ->> 'product_id' as product_id,
                       a.e ->> 'external_id' as external_id,
                       p.id is null as unknown,
                       jsonb_typeof(a.e) <> 'object'
                       or a.e - _rec_event_keys() <> '{}'::jsonb
                       or coalesce(jsonb_typeof(a.e -> 'user_id'), 'null') not in ('string', 'number')
                       or length(a.e ->> 'user_id') not between 1 and 255
                       or coalesce(jsonb_typeof(a.e -> 'product_id'), 'null') not in ('string', 'number')
                       or length(a.e ->> 'product_id') not between 1 and 255
                       or t.interaction_type is null
                       or (p.id is null and v_rule = 'reject')
                       or coalesce(jsonb_typeof(a.e -> 'session_id'), 'null') not in ('null', 'string', 'number')
                       or coalesce(jsonb_typeof(a.e -> 'quantity'), 'null') not in ('null', 'string', 'number')
                       or coalesce(jsonb_typeof(a.e -> 'context'), 'null') not in ('null', 'object')
                       or coalesce(jsonb_typeof(a.e -> 'request_id'), 'null') not in ('null', 'string')
                       or coalesce(jsonb_typeof(a.e -> 'occurred_at'), 'null') not in ('null', 'string')
                       or lower(a.e ->> 'occurred_at') like '%infinity%'
                       or case when jsonb_typeof(a.e -> 'occurred_at') = 'string'
                                    and pg_input_is_valid(a.e ->> 'occurred_at', 'timestamptz')
                               then (a.e ->> 'occurred_at')::timestamptz > rec_latest_event_time() end
                       or coalesce(jsonb_typeof(a.e -> 'unit_price'), 'null') not in ('null', 'string', 'number')
                       or lower(a.e ->> 'unit_price') like '%n%'
                       or coalesce(jsonb_typeof(a.e -> 'external_id'), 'null') not in ('null', 'string', 'number')
                       or a.e ->> 'external_id' = '' as suspect
                from jsonb_array_elements(events) with ordinality as a(e, o)
                left join rec_interaction_types t on t.interaction_type = a.e ->> 'interaction_type'
                left join rec_products p on p.id = a.e ->> 'product_id'
                where (a.o - 1)::integer <> all (v_bad)
                order by a.o) c
            ),
            verdict as (
                select coalesce(bool_or(p.suspect), false) and not v_diagnosed as suspect from parsed p
            ),
            inserted as (
                -- a key already in the log, or earlier in the batch or the inbox (on conflict), is a duplicate
                insert into rec_event_inbox
                    (id, user_id, session_id, product_id, interaction_type, quantity, unit_price, context, request_id,
                     external_id, created_at)
                select p.id, p.user_id, p.e ->> 'session_id', p.product_id, p.e ->> 'interaction_type',
                       coalesce((p.e ->> 'quantity')::integer, 1), (p.e ->> 'unit_price')::numeric,
                       coalesce(nullif(p.e -> 'context', 'null'::jsonb), '{}'::jsonb), (p.e ->> 'request_id')::uuid,
                       p.external_id, coalesce((p.e ->> 'occurred_at')::timestamptz, now())
                from parsed p
                where not (select v.suspect from verdict v)
                  and (p.external_id is null
                       or not exists (select 1 from rec_user_interactions l
                                       where l.user_id = p.user_id and l.external_id = p.external_id))
                order by p.idx
                on conflict (user_id, external_id) do nothing
                returning id
            )
            select (select v.suspect from verdict v), array_agg(p.idx order by p.idx),
                   array_agg(i.id order by p.idx), array_agg(distinct p.product_id) filter (where p.unknown)
              into v_suspect, v_idx, v_ids, v_unknown
              from parsed p
              left join inserted i on i.id = p.id;
        exception when others then
            -- a failed cast or check: diagnosed below; raised as it is when no event is at fault
            get stacked diagnostics v_state = returned_sqlstate, v_message = message_text, v_detail = pg_exception_detail;
            v_suspect := true;
        end;
        exit when not v_suspect;
        -- a bad event: raised (atomic) or left out (lenient), then the rest is stored
        if atomic then
            perform _rec_raise_event_error(events, v_rule);
            if v_state is not null then
                raise exception '%', v_message using errcode = v_state, detail = coalesce(v_detail, '');
            end if;
        else
            select coalesce(array_agg(e.idx order by e.idx), '{}') as idx,
                   coalesce(array_agg(e.errcode order by e.idx), '{}') as codes,
                   coalesce(array_agg(e.field order by e.idx), '{}') as fields,
                   coalesce(array_agg(e.message order by e.idx), '{}') as messages
              into v_new
              from _rec_event_errors(events, v_rule) e
             where e.idx <> all (v_bad);
            if v_state is not null and cardinality(v_new.idx) = 0 then
                raise exception '%', v_message using errcode = v_state, detail = coalesce(v_detail, '');
            end if;
            v_bad := v_bad || v_new.idx;
            v_codes := v_codes || v_new.codes;
            v_fields := v_fields || v_new.fields;
            v_messages := v_messages || v_new.messages;
        end if;
        v_state := null;
        v_diagnosed := true;
    end loop;
    -- Unknown products under the placeholder rule become placeholders: the inbox has no foreign key, so after
    -- the insert is as good as before it, and it is one statement only when the batch has any.
    if v_unknown is not null and v_rule = 'placeholder' then
        perform _rec_add_placeholder_products(v_unknown);
    end if;

    if cardinality(v_bad) = 0 then
        return query select s.idx, s.id, null::text, null::text, null::text from unnest(v_idx, v_ids) as s(idx, id);
    else
        return query
        select g.i, s.id, b.errcode, b.field, b.message
          from generate_series(0, v_count - 1) as g(i)
          left join unnest(v_idx, v_ids) as s(idx, id) on s.idx = g.i
          left join unnest(v_bad, v_codes, v_fields, v_messages) as b(idx, errcode, field, message) on b.idx = g.i
         order by g.i;
    end if;
end;
$$;
comment on function _rec_store_events(jsonb, text, boolean) is
    'Store a batch of events (the format of rec_track_interactions) in one set-based insert into rec_event_inbox '
    '(a key already in rec_user_interactions, the inbox or earlier in the batch is a duplicate); returns one row per '
    'event in input order: idx (0-based), id (null: a duplicate (user_id, external_id), or rejected), and for a '
    'rejected event its errcode, field and message. atomic = true: the first bad event raises "events[<idx>]: '
    '<problem>" and nothing is stored; false: the bad events are left out and reported, the others stored. '
    'unknown_products: see rec_track_interaction. Private helper.';

create or replace function rec_track_interactions(events jsonb, unknown_products text default null)
returns bigint[]
language sql
volatile
as $$
    select coalesce(array_agg(s.id order by s.idx), '{}') from _rec_store_events(events, unknown_products, true) s;
$$;
comment on function rec_track_interactions(jsonb, text) is
    'Record a batch of interactions in one set-based insert, all or nothing; returns the new ids in input order (null '
    'for an event skipped because its (user_id, external_id) was already recorded, in the table or earlier in the '
    'batch). Parameter events: a JSON array of objects with user_id, product_id, interaction_type (required) and '
    'optional session_id, quantity, context, request_id, occurred_at (ISO 8601), unit_price, external_id; same rules '
    'as rec_track_interaction. One bad event stores nothing and raises "events[<0-based index>]: <problem>" '
    '(errcode 23503 for an unknown product_id under the reject rule, 22008 for an occurred_at later than '
    'rec_latest_event_time(), else 22023). Parameter unknown_products: placeholder | reject | null, as for '
    'rec_track_interaction. rec_track_interactions_lenient stores the good events of a batch and reports the bad.';

create or replace function rec_track_interactions_lenient(events jsonb, unknown_products text default null)
returns table (idx integer, id bigint, errcode text, field text, message text)
language sql
volatile
as $$
    select s.idx, s.id, s.errcode, s.field, s.message from _rec_store_events(events, unknown_products, false) s;
$$;
comment on function rec_track_interactions_lenient(jsonb, text) is
    'Record the good events of a batch and report the bad ones, instead of all or nothing: one row per event in '
    'input order, idx (0-based), id (the new id; null for a duplicate (user_id, external_id) or a rejected event), '
    'and for a rejected event errcode (as rec_track_interactions raises it: 23503 unknown product under the reject '
    'rule, 22008 too late, else 22023), field (the event''s key at fault; null: the event itself) and message. '
    'Same set-based insert as rec_track_interactions; a failure that no single event explains still raises. '
    'Parameters: events (a JSON array of event objects, as for rec_track_interactions); unknown_products '
    '(placeholder | reject | null, as for rec_track_interaction).';

-- Every stored event is queued for rec_upkeep(), whatever stored it (the functions above, an import, a
-- plain INSERT or COPY): one more append per event, no shared row touched.
create or replace function _rec_queue_events_trigger()
returns trigger
language plpgsql
volatile
as $$
begin
    insert into rec_event_queue (event_id) select n.id from new_rows n order by n.id;
    return null;
end;
$$;
comment on function _rec_queue_events_trigger() is
    'AFTER INSERT statement trigger on rec_user_interactions: queues the new events (rec_event_queue) for '
    'rec_upkeep(). Private helper.';

create or replace trigger rec_user_interactions_queue
    after insert on rec_user_interactions
    referencing new table as new_rows
    for each statement
    execute function _rec_queue_events_trigger();
