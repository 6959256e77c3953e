-- pgrec 018: the second level of the lists cache (rec_recommendations_cache), written by the service in
-- batches off the request path (service/http/stored_lists.py) and read on a Redis miss (service/http/lists.py).

create or replace function _rec_store_lists(lists jsonb, max_expired integer default 500)
returns integer
language plpgsql
volatile
as $$
declare
    stored integer;
begin
    if lists is null or jsonb_typeof(lists) <> 'array' then
        raise exception 'lists must be a JSON array of stored lists, got %', coalesce(jsonb_typeof(lists), 'null')
            using errcode = '22023';
    end if;
    if max_expired is null or max_expired < 0 then
        raise exception 'max_expired must be >= 0, got %', coalesce(max_expired::text, 'null') using errcode = '22023';
    end if;
    -- in key order (concurrent writers never deadlock); a list computed earlier never replaces a later one
    insert into rec_recommendations_cache as c
        (kind, subject, params_digest, algorithm, parameters, results, lists_epoch, owner_watermark, computed_at,
         expires_at)
    select l.kind, l.subject, l.params_digest, l.algorithm, coalesce(l.parameters, '{}'), l.results, l.lists_epoch,
           l.owner_watermark, now() - make_interval(secs => l.age_seconds),
           now() - make_interval(secs => l.age_seconds) + make_interval(secs => l.ttl_seconds)
    from jsonb_to_recordset(lists) as l(kind text, subject text, params_digest text, algorithm text,
                                        parameters jsonb, results jsonb, lists_epoch text, owner_watermark text,
                                        age_seconds double precision, ttl_seconds integer)
    where l.ttl_seconds > l.age_seconds
    order by 1, 2, 3
    on conflict (kind, subject, params_digest) do update set
        algorithm = excluded.algorithm,
        parameters = excluded.parameters,
        results = excluded.results,
        lists_epoch = excluded.lists_epoch,
        owner_watermark = excluded.owner_watermark,
        computed_at = excluded.computed_at,
        expires_at = excluded.expires_at
    where c.computed_at <= excluded.computed_at;
    get diagnostics stored = row_count;
    -- expired rows go a bounded batch at a time; rows another writer holds are left to the next batch
    delete from rec_recommendations_cache c
    where c.ctid = any (array(select e.ctid from rec_recommendations_cache e
                              where e.expires_at <= now()
                              order by e.expires_at
                              limit max_expired
                              for update skip locked));
    return stored;
end;
$$;
comment on function _rec_store_lists(jsonb, integer) is
    'Upsert result lists into rec_recommendations_cache by (kind, subject, params_digest) and delete at most '
    'max_expired (default 500) expired rows; returns the rows written. lists: [{kind, subject, params_digest, '
    'algorithm, parameters, results (the items array), lists_epoch, owner_watermark (null without an owner), '
    'age_seconds (how long ago the list was computed), ttl_seconds}]: computed_at = now() - age, expires_at = '
    'computed_at + ttl (lists already expired are skipped); a row is never replaced by a list computed before it. '
    'Private helper of the service (service/http/stored_lists.py).';
