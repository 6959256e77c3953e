-- pgrec 0360: tracking appends to an inbox instead of the event log. The log's eight indexes, two foreign keys
-- and queue trigger cost about 30 us per event against 2-4 us for the append itself; the inbox has one index
-- (the idempotency key) and nothing else, and rec_upkeep() moves it into the log in one statement every few
-- seconds (sql_functions/095-upkeep.sql). Readers that must see an event at once (a user's own next list, the
-- cache watermark, a session's products, trending) read the view rec_events: the log and the inbox together.

create table rec_event_inbox (
    id               bigint not null,
    user_id          text not null check (length(user_id) between 1 and 255),
    session_id       text,
    product_id       text not null,
    interaction_type text not null,
    quantity         integer not null default 1 check (quantity > 0),
    unit_price       numeric(14, 4) check (unit_price >= 0),
    context          jsonb not null default '{}' check (jsonb_typeof(context) = 'object'),
    request_id       uuid,
    external_id      text,
    created_at       timestamptz not null default now()
)
-- Its tail empties at every move and fills again at once: truncating it is useless, and a VACUUM waiting up
-- to 5 s for the lock to do so (wait event VacuumTruncate) held up the upkeep loop that runs it.
with (vacuum_truncate = false);
comment on table rec_event_inbox is
    'Events tracked and not yet moved into rec_user_interactions (rec_upkeep() moves them, same ids, within '
    'seconds). The log''s checks; its foreign keys are checked by the tracking functions instead: an event whose '
    'product or type is gone by the move is dropped with it.';
-- Not partial: it also finds a user's inbox events (user_id = ...); nulls are distinct, as in the log's key.
create unique index rec_event_inbox_external on rec_event_inbox (user_id, external_id);

create view rec_events as
    select id, user_id, session_id, product_id, interaction_type, quantity, unit_price, context, request_id,
           external_id, created_at
      from rec_user_interactions
    union all
    select id, user_id, session_id, product_id, interaction_type, quantity, unit_price, context, request_id,
           external_id, created_at
      from rec_event_inbox;
comment on view rec_events is
    'Every stored event: the log (rec_user_interactions) and the inbox not yet moved into it (rec_event_inbox). '
    'What a reader that must see an event at once reads.';

