-- pgrec 017: one way to say "cached lists are stale": every function that changes what lists contain
-- (refreshes, catalog and embedding writes, imports, Medusa sync) calls _rec_lists_changed(). NOTIFY is
-- delivered at commit, so a listener never hears of a change it cannot yet read, and a change rolled back
-- is never announced.

create or replace function _rec_lists_changed(what text)
returns bigint
language plpgsql
volatile
as $$
declare
    v_epoch bigint := nextval('rec_lists_epoch');
begin
    perform pg_notify('pgrec_lists', v_epoch::text || ' ' || coalesce(what, ''));
    return v_epoch;
end;
$$;
comment on function _rec_lists_changed(text) is
    'Announce that cached lists may be stale: takes the next rec_lists_epoch value and sends "<epoch> <what>" on '
    'channel pgrec_lists, delivered when the calling transaction commits. Parameter what: a short label (e.g. '
    'refresh, catalog). Returns the epoch. Private helper.';

-- The catalog and the event weights are read by every list: any statement that changes a row of them announces
-- it, whoever sends it (HTTP, the importers, the Medusa sync, psql). A statement that changes no row (an upsert
-- of unchanged products) announces nothing.
create or replace function _rec_table_lists_changed()
returns trigger
language plpgsql
volatile
as $$
begin
    if exists (select 1 from changed_rows) then
        perform _rec_lists_changed(tg_table_name || ' ' || lower(tg_op));
    end if;
    return null;
end;
$$;
comment on function _rec_table_lists_changed() is
    'Statement trigger: calls _rec_lists_changed(''<table> <operation>'') once when the statement changed at least '
    'one row (transition table changed_rows). Private helper.';

create or replace procedure _rec_announce_changes_of(target regclass)
language plpgsql
as $$
declare
    v_table text := (select c.relname from pg_class c where c.oid = target);
    v_op text;
begin
    foreach v_op in array array['insert', 'update', 'delete'] loop
        execute format(
            'create or replace trigger %I after %s on %s referencing %s table as changed_rows '
            'for each statement execute function _rec_table_lists_changed()',
            v_table || '_lists_' || v_op || 'd', v_op, target, case v_op when 'delete' then 'old' else 'new' end);
    end loop;
end;
$$;
comment on procedure _rec_announce_changes_of(regclass) is
    'Attaches the three statement triggers (<table>_lists_inserted, _updated, _deleted) that make every insert, '
    'update or delete of a row of target announce a lists change (_rec_table_lists_changed). Idempotent. Private '
    'helper.';

call _rec_announce_changes_of('rec_products');
call _rec_announce_changes_of('rec_interaction_types');

-- What one owner's lists depend on beyond the global epoch, read by the service on every read of such a list.
-- Stable: it reads the snapshot of the statement that calls it, so a watermark read in the same statement as a
-- list (or before it) never claims more than the list saw.
create or replace function _rec_list_watermark(owner_kind text, owner_id text)
returns text
language plpgsql
stable
as $$
#variable_conflict use_variable
declare
    v_events bigint;
    v_last bigint;
begin
    if owner_id is null or owner_id = '' then
        raise exception 'owner_id must not be null or empty' using errcode = '22023';
    end if;
    if owner_kind = 'user' then
        select count(*), max(i.id) into v_events, v_last
          from rec_events i where i.user_id = owner_id;
        return v_events || ':' || coalesce(v_last, 0);
    elsif owner_kind = 'session' then
        select count(*), max(i.id) into v_events, v_last
          from rec_events i where i.session_id = owner_id;
        return v_events || ':' || coalesce(v_last, 0);
    end if;
    raise exception 'owner_kind must be user or session, got %', coalesce(quote_literal(owner_kind), 'null')
        using errcode = '22023';
end;
$$;
comment on function _rec_list_watermark(text, text) is
    'The watermark of one owner''s cached lists: a cached list is served only while it is unchanged. '
    '''<n>:<m>'' with n = number of the owner''s events in rec_events (the log and the inbox; owner_kind ''user'': by '
    'user_id; ''session'': by session_id) and m = their largest id (0 without), so a new event and a removed one '
    'each change it (n catches an event committed after a later one: ids are taken at insert, commits come in '
    'any order). The upkeep that folds a user''s events into rec_user_preferences does not change it: '
    'rec_personalized reads the taste of a user with unfolded events from the log, with the fold''s formula. '
    'Changes to what every list reads (refreshes, catalog, weights, embeddings) are announced instead '
    '(_rec_lists_changed). Parameters: owner_kind (user | session, else 22023), owner_id (non-empty, else 22023). '
    'Stable: reads its caller''s snapshot. Private helper of the service.';
