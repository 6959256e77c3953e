-- pgrec 011: recording interactions, one at a time or as a validated, set-based batch.

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
    external_id text default null)
returns bigint
language plpgsql
volatile
as $$
#variable_conflict use_column
declare
    new_id bigint;
begin
    if rec_track_interaction.user_id is null or length(rec_track_interaction.user_id) not between 1 and 255 then
        raise exception 'user_id must be a string of 1 to 255 characters, got %',
            coalesce(quote_literal(rec_track_interaction.user_id), 'null') using errcode = '22023';
    end if;
    if rec_track_interaction.product_id is null then
        raise exception 'product_id must not be null' using errcode = '22023';
    end if;
    if rec_track_interaction.interaction_type is null or not exists (
            select 1 from rec_interaction_types t where t.interaction_type = rec_track_interaction.interaction_type) then
        raise exception 'unknown interaction_type %', coalesce(quote_literal(rec_track_interaction.interaction_type), 'null')
            using errcode = '22023',
                  hint = 'known types: ' || (select string_agg(t.interaction_type, ', ' order by t.interaction_type)
                                             from rec_interaction_types t);
    end if;
    if not exists (select 1 from rec_products p where p.id = rec_track_interaction.product_id) then
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

    insert into rec_user_interactions
        (user_id, session_id, product_id, interaction_type, quantity, unit_price, context, request_id, external_id, created_at)
    values (rec_track_interaction.user_id, rec_track_interaction.session_id, rec_track_interaction.product_id,
            rec_track_interaction.interaction_type, coalesce(rec_track_interaction.quantity, 1),
            rec_track_interaction.unit_price, coalesce(rec_track_interaction.context, '{}'::jsonb),
            rec_track_interaction.request_id, rec_track_interaction.external_id,
            coalesce(rec_track_interaction.occurred_at, now()))
    on conflict (user_id, external_id) where external_id is not null do nothing
    returning id into new_id;
    return new_id;
end;
$$;
comment on function rec_track_interaction(text, text, text, text, integer, jsonb, uuid, timestamptz, numeric, text) is
    'Record one interaction and return its id (null when (user_id, external_id) was already recorded: nothing stored). '
    'The insert is all tracking does: it queues the event for rec_upkeep() (preferences, popularity, baskets, within '
    'seconds) and attributes it to its recommendation (request_id). '
    'Parameters: user_id (1-255 chars); product_id (must exist in rec_products, inactive allowed; else errcode 23503); '
    'interaction_type (a row of rec_interaction_types; else 22023); session_id; quantity (> 0, default 1); '
    'context (JSON object; context->>''order_id'' groups a purchase into a basket); request_id (the recommendation '
    'request that led here, for attribution); occurred_at (default now(); at most rec_latest_event_time(), now() + 5 '
    'minutes, else 22008); unit_price (>= 0; revenue falls back to '
    'the product price); external_id (idempotency key, unique per user). Nulls in optional arguments mean the default.';

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

-- Validation of a batch, set-based: one row per bad event, first bad one first.
create or replace function _rec_event_errors(events jsonb)
returns table (idx integer, errcode text, message text)
language sql
stable
as $$
    select idx,
           case when message like 'unknown product_id%' then '23503'
                when message like 'occurred_at must not be later%' then '22008'
                else '22023' end,
           message
    from (
        select (a.o - 1)::integer as idx,
               case
                   when jsonb_typeof(a.e) <> 'object' then
                       format('must be a JSON object, got %s', jsonb_typeof(a.e))
                   when exists (select 1 from jsonb_object_keys(a.e) k where k <> all (_rec_event_keys())) then
                       format('unknown key %s (allowed: %s)',
                              (select to_jsonb(k)::text from jsonb_object_keys(a.e) k
                               where k <> all (_rec_event_keys()) order by k limit 1),
                              array_to_string(_rec_event_keys(), ', '))
                   when coalesce(jsonb_typeof(a.e -> 'user_id'), 'null') = 'null' then 'user_id is required'
                   when jsonb_typeof(a.e -> 'user_id') not in ('string', 'number') then
                       format('user_id must be a string, got %s', jsonb_typeof(a.e -> 'user_id'))
                   when length(a.e ->> 'user_id') not between 1 and 255 then
                       format('user_id must be 1 to 255 characters, got %s', length(a.e ->> 'user_id'))
                   when coalesce(jsonb_typeof(a.e -> 'product_id'), 'null') = 'null' then 'product_id is required'
                   when jsonb_typeof(a.e -> 'product_id') not in ('string', 'number') then
                       format('product_id must be a string, got %s', jsonb_typeof(a.e -> 'product_id'))
                   when coalesce(jsonb_typeof(a.e -> 'interaction_type'), 'null') = 'null' then
                       'interaction_type is required'
                   when t.interaction_type is null then
                       format('unknown interaction_type %s', a.e -> 'interaction_type')
                   when p.id is null then
                       format('unknown product_id %s', to_jsonb(a.e ->> 'product_id'))
                   when coalesce(jsonb_typeof(a.e -> 'session_id'), 'null') not in ('null', 'string', 'number') then
                       format('session_id must be a string, got %s', jsonb_typeof(a.e -> 'session_id'))
                   when coalesce(jsonb_typeof(a.e -> 'quantity'), 'null') <> 'null'
                        and (jsonb_typeof(a.e -> 'quantity') not in ('string', 'number')
                             or not pg_input_is_valid(a.e ->> 'quantity', 'integer')) then
                       format('quantity must be a positive integer, got %s', a.e -> 'quantity')
                   when coalesce(jsonb_typeof(a.e -> 'quantity'), 'null') <> 'null'
                        and (a.e ->> 'quantity')::integer <= 0 then
                       format('quantity must be a positive integer, got %s', a.e -> 'quantity')
                   when coalesce(jsonb_typeof(a.e -> 'context'), 'null') not in ('null', 'object') then
                       format('context must be a JSON object, got %s', jsonb_typeof(a.e -> 'context'))
                   when coalesce(jsonb_typeof(a.e -> 'request_id'), 'null') <> 'null'
                        and (jsonb_typeof(a.e -> 'request_id') <> 'string'
                             or not pg_input_is_valid(a.e ->> 'request_id', 'uuid')) then
                       format('request_id must be a UUID, got %s', a.e -> 'request_id')
                   when coalesce(jsonb_typeof(a.e -> 'occurred_at'), 'null') <> 'null'
                        and (jsonb_typeof(a.e -> 'occurred_at') <> 'string'
                             or not pg_input_is_valid(a.e ->> 'occurred_at', 'timestamptz')) then
                       format('occurred_at must be an ISO 8601 timestamp, got %s', a.e -> 'occurred_at')
                   when coalesce(jsonb_typeof(a.e -> 'occurred_at'), 'null') <> 'null'
                        and not isfinite((a.e ->> 'occurred_at')::timestamptz) then
                       format('occurred_at must be a finite timestamp, got %s', a.e -> 'occurred_at')
                   when coalesce(jsonb_typeof(a.e -> 'occurred_at'), 'null') <> 'null'
                        and (a.e ->> 'occurred_at')::timestamptz > rec_latest_event_time() then
                       format('occurred_at must not be later than now() + 5 minutes, got %s', a.e -> 'occurred_at')
                   when coalesce(jsonb_typeof(a.e -> 'unit_price'), 'null') <> 'null'
                        and (jsonb_typeof(a.e -> 'unit_price') not in ('string', 'number')
                             or not pg_input_is_valid(a.e ->> 'unit_price', 'numeric(14,4)')) then
                       format('unit_price must be a number from 0 to 9999999999.9999, got %s', a.e -> 'unit_price')
                   when coalesce(jsonb_typeof(a.e -> 'unit_price'), 'null') <> 'null'
                        and ((a.e ->> 'unit_price')::numeric = 'NaN'::numeric or (a.e ->> 'unit_price')::numeric < 0) then
                       format('unit_price must be a number from 0 to 9999999999.9999, got %s', a.e -> 'unit_price')
                   when coalesce(jsonb_typeof(a.e -> 'external_id'), 'null') not in ('null', 'string', 'number') then
                       format('external_id must be a string, got %s', jsonb_typeof(a.e -> 'external_id'))
                   when a.e ->> 'external_id' = '' then 'external_id must not be empty (use null)'
               end as message
        from jsonb_array_elements(events) with ordinality as a(e, o)
        left join rec_interaction_types t on t.interaction_type = a.e ->> 'interaction_type'
        left join rec_products p on p.id = a.e ->> 'product_id'
    ) checked
    where message is not null
    order by idx;
$$;
comment on function _rec_event_errors(jsonb) is
    'Problems of a rec_track_interactions batch, one row per bad event (0-based idx, errcode, message), in input order. Private helper.';

create or replace function _rec_raise_event_error(events jsonb)
returns void
language plpgsql
stable
as $$
declare
    bad record;
begin
    select * into bad from _rec_event_errors(events) limit 1;
    if found then
        raise exception 'events[%]: %', bad.idx, bad.message using errcode = bad.errcode;
    end if;
end;
$$;
comment on function _rec_raise_event_error(jsonb) is
    'Raise "events[<index>]: <problem>" for the first bad event of a batch; return quietly when all are valid. Private helper.';

create or replace function rec_track_interactions(events jsonb)
returns bigint[]
language plpgsql
volatile
as $$
declare
    ids bigint[];
    -- looked up once: pg_get_serial_sequence per row cost 6 us of every event
    id_sequence constant regclass := pg_get_serial_sequence('public.rec_user_interactions', 'id')::regclass;
begin
    if events is null or jsonb_typeof(events) <> 'array' then
        raise exception 'events must be a JSON array of event objects, got %', coalesce(jsonb_typeof(events), 'null')
            using errcode = '22023';
    end if;
    if jsonb_array_length(events) = 0 then
        return '{}'::bigint[];
    end if;
    -- Fast path: cheap JSON-level checks here, casts/foreign keys/checks enforced by the insert; only a
    -- failing batch pays for the full per-event diagnosis (_rec_event_errors) that names the bad index.
    if exists (
        select 1
        from jsonb_array_elements(events) as a(e)
        where jsonb_typeof(a.e) <> 'object'
           or a.e - _rec_event_keys() <> '{}'::jsonb
           or coalesce(jsonb_typeof(a.e -> 'user_id'), 'null') not in ('string', 'number')
           or length(a.e ->> 'user_id') not between 1 and 255
           or coalesce(jsonb_typeof(a.e -> 'product_id'), 'null') not in ('string', 'number')
           or coalesce(jsonb_typeof(a.e -> 'interaction_type'), 'null') <> 'string'
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
           or a.e ->> 'external_id' = ''
    ) then
        perform _rec_raise_event_error(events);
    end if;

    begin
        with parsed as materialized (
            select (a.o - 1)::integer as idx,
                   nextval(id_sequence) as id,
                   a.e ->> 'user_id' as user_id,
                   a.e ->> 'session_id' as session_id,
                   a.e ->> 'product_id' as product_id,
                   a.e ->> 'interaction_type' as interaction_type,
                   coalesce((a.e ->> 'quantity')::integer, 1) as quantity,
                   (a.e ->> 'unit_price')::numeric as unit_price,
                   coalesce(nullif(a.e -> 'context', 'null'::jsonb), '{}'::jsonb) as context,
                   (a.e ->> 'request_id')::uuid as request_id,
                   a.e ->> 'external_id' as external_id,
                   coalesce((a.e ->> 'occurred_at')::timestamptz, now()) as created_at
            from jsonb_array_elements(events) with ordinality as a(e, o)
        ),
        firsts as (
            -- a repeated (user_id, external_id) inside the batch is a duplicate too: keep the first
            select p.*,
                   p.external_id is null
                   or row_number() over (partition by p.user_id, p.external_id order by p.idx) = 1 as is_first
            from parsed p
        ),
        inserted as (
            insert into rec_user_interactions
                (id, user_id, session_id, product_id, interaction_type, quantity, unit_price, context, request_id,
                 external_id, created_at)
            overriding system value
            select f.id, f.user_id, f.session_id, f.product_id, f.interaction_type, f.quantity, f.unit_price, f.context,
                   f.request_id, f.external_id, f.created_at
            from firsts f
            where f.is_first
            order by f.idx
            on conflict (user_id, external_id) where external_id is not null do nothing
            returning id
        )
        select array_agg(i.id order by f.idx) into ids
        from firsts f
        left join inserted i on i.id = f.id;
    exception when others then
        perform _rec_raise_event_error(events);
        raise;
    end;
    return ids;
end;
$$;
comment on function rec_track_interactions(jsonb) is
    'Record a batch of interactions in one set-based insert; returns the new ids in input order (null for an event '
    'skipped because its (user_id, external_id) was already recorded, in the table or earlier in the batch). '
    'Parameter events: a JSON array of objects with user_id, product_id, interaction_type (required) and optional '
    'session_id, quantity, context, request_id, occurred_at (ISO 8601), unit_price, external_id; same rules as '
    'rec_track_interaction. One bad event stores nothing and raises "events[<0-based index>]: <problem>" '
    '(errcode 23503 for an unknown product_id, 22008 for an occurred_at later than rec_latest_event_time(), else 22023).';

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
