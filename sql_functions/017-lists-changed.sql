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
