-- pgrec 012: per-user preferences (taste vector, counts), folded from newly tracked events by rec_upkeep() and
-- rebuilt from the event log by rec_refresh_preferences(). Only what serving reads is kept.
--
-- For user u and event e (type t, product p, time at): w(e) = weight(t) * 0.5 ^ ((now() - at) / half_life(t)).
-- Each event counts once whatever its quantity (wholesale quantities would otherwise swamp the signal).
--   taste_vector(u) = unit(sum_e w(e) * embedding(p))          (events whose product has an embedding)
--   interaction_count, first_seen_at / last_seen_at = count, min / max event time.
-- Stored per (u, t) decayed to the latest event of that type; combined with the current weights and now().
-- Sums are taken in single precision; stored directions and tastes are halfvec (0210: half the size), so every
-- taste this file hands out, also one computed from the log, is rounded to half precision the same way.
-- Decay is _rec_decay(age, half_life, 40) (010-decay-math.sql): terms older than 40 half-lives are 0, so the
-- vector sums never underflow; the combination with now() sums in log space (_rec_log_decay).

-- Running sums per (user, type) for a set of events, as rec_user_taste_terms rows.
create or replace function _rec_taste_terms(events rec_user_interactions[])
returns table (
    user_id text, interaction_type text, half_life interval, event_count bigint, first_at timestamptz,
    ref_at timestamptz, taste_direction vector, taste_magnitude double precision)
language sql
stable
as $$
    with ev as (
        select e.user_id, e.interaction_type, e.product_id, e.created_at, t.half_life
        from unnest(events) as e
        join rec_interaction_types t on t.interaction_type = e.interaction_type
    ),
    grp as (
        -- never later than now(): a future-dated event counts as a current one
        select ev.user_id, ev.interaction_type, ev.half_life, count(*) as n,
               min(ev.created_at) as first_at, least(max(ev.created_at), now()) as ref_at
        from ev
        group by ev.user_id, ev.interaction_type, ev.half_life
    ),
    per_product as (
        select ev.user_id, ev.interaction_type, ev.product_id,
               sum(_rec_decay(g.ref_at - ev.created_at, g.half_life, 40)) as f
        from ev
        join grp g on g.user_id = ev.user_id and g.interaction_type = ev.interaction_type
        group by ev.user_id, ev.interaction_type, ev.product_id
    ),
    vec as (
        select pp.user_id, pp.interaction_type, sum(_rec_vector_scale(pe.embedding, pp.f)) as v
        from per_product pp
        join rec_product_embeddings pe on pe.product_id = pp.product_id
        where pp.f >= 1e-12
        group by pp.user_id, pp.interaction_type
    )
    select g.user_id, g.interaction_type, g.half_life, g.n, g.first_at, g.ref_at,
           case when vector_norm(v.v) > 0 then l2_normalize(v.v) end,
           coalesce(vector_norm(v.v), 0)
    from grp g
    left join vec v on v.user_id = g.user_id and v.interaction_type = g.interaction_type;
$$;
comment on function _rec_taste_terms(rec_user_interactions[]) is
    'rec_user_taste_terms rows for a set of events: per (user, type) sums decayed to the latest event. Private helper.';

-- Recompute the terms of some users (all when null) from their whole history.
create or replace function _rec_rebuild_taste_terms(users text[])
returns void
language plpgsql
volatile
-- `users is null or user_id = any (users)`: only a custom plan can drop the null test and use the
-- user_id index; a cached generic plan scans the whole table per call (quadratic over chunks).
set plan_cache_mode = force_custom_plan
as $$
begin
    -- Events still queued are left to the fold that will merge them (rec_upkeep): counting them here too
    -- would count them twice. The caller holds the users' rows (_rec_lock_users), so a fold of theirs either
    -- committed before this statement (its events are no longer queued: counted here) or waits for it.
    create temp table if not exists _rec_rebuilt_terms (
        user_id text, interaction_type text, half_life interval, event_count bigint, first_at timestamptz,
        ref_at timestamptz, taste_direction vector, taste_magnitude double precision) on commit drop;
    truncate _rec_rebuilt_terms;
    insert into _rec_rebuilt_terms
    select * from _rec_taste_terms((select array_agg(i) from rec_user_interactions i
                                    where (users is null or i.user_id = any (users))
                                      and not exists (select 1 from rec_event_queue q where q.event_id = i.id)));
    delete from rec_user_taste_terms s
    where (users is null or s.user_id = any (users))
      and not exists (select 1 from _rec_rebuilt_terms n
                      where n.user_id = s.user_id and n.interaction_type = s.interaction_type);
    -- Only rows that changed are written (a rebuild after folds rewrote every term: half the table dead rows
    -- at scale). Unchanged: same counts and times, direction within a cosine distance of 1e-6 (sums of reals
    -- taken in another order, each rounded to half precision) and magnitude within 1e-3 relative (a fold adds
    -- to the stored half-precision direction: its sum's length differs from the exact one by about 1e-4).
    insert into rec_user_taste_terms as s
        (user_id, interaction_type, half_life, event_count, first_at, ref_at, taste_direction, taste_magnitude)
    select * from _rec_rebuilt_terms n
    order by n.user_id, n.interaction_type
    on conflict (user_id, interaction_type) do update set
        half_life = excluded.half_life,
        event_count = excluded.event_count,
        first_at = excluded.first_at,
        ref_at = excluded.ref_at,
        taste_direction = excluded.taste_direction,
        taste_magnitude = excluded.taste_magnitude,
        updated_at = now()
    where s.half_life <> excluded.half_life
       or s.event_count <> excluded.event_count
       or s.first_at <> excluded.first_at
       or s.ref_at <> excluded.ref_at
       or abs(s.taste_magnitude - excluded.taste_magnitude) > 1e-3 * greatest(abs(excluded.taste_magnitude), 1e-300)
       or (s.taste_direction is null) <> (excluded.taste_direction is null)
       or coalesce(s.taste_direction <=> excluded.taste_direction > 1e-6, false);
end;
$$;
comment on function _rec_rebuild_taste_terms(text[]) is
    'Rebuild rec_user_taste_terms of the given users (all when null) from their events in rec_user_interactions that '
    'are not waiting in rec_event_queue (the fold merges those), writing only the rows that changed. Call with the '
    'users'' rows locked. Private helper.';

-- given_terms (added): the fold writes a new user's row once, from the batch's sums
drop function if exists _rec_preference_rows(text[], boolean);
-- The one formula from terms to a preferences row, for the fold, the rebuild and a user whose events are still
-- queued (rec_personalized reads that user's taste from the log at once, so the list it serves right after an
-- event equals the one after the fold, and the fold need not turn the user's cached lists over).
create or replace function _rec_preference_rows(users text[], from_log boolean default false,
                                                given_terms rec_user_taste_terms[] default null)
returns table (user_id text, taste_vector vector, interaction_count bigint, first_seen_at timestamptz,
               last_seen_at timestamptz)
language sql
stable
as $$
    with terms as (
        select s.user_id, s.interaction_type, s.half_life, s.event_count, s.first_at, s.ref_at,
               s.taste_direction::vector as taste_direction, s.taste_magnitude
        from rec_user_taste_terms s
        where not from_log and given_terms is null and s.user_id = any (users)
        union all
        -- terms not stored yet (the fold's new users: their batch's sums), half precision by the array's type
        select g.user_id, g.interaction_type, g.half_life, g.event_count, g.first_at, g.ref_at,
               g.taste_direction::vector, g.taste_magnitude
        from unnest(given_terms) g
        where not from_log and g.user_id = any (users)
        union all
        -- rounded to half precision as a stored term is, so the taste equals the one the fold will store
        select l.user_id, l.interaction_type, l.half_life, l.event_count, l.first_at, l.ref_at,
               l.taste_direction::halfvec::vector, l.taste_magnitude
        from _rec_taste_terms(array(select row(i.*)::rec_user_interactions from rec_events i
                                    where from_log and i.user_id = any (users))) l
    ),
    weighted as (
        select terms.*,
               case when t.weight > 0 then
                   ln(t.weight) + _rec_log_decay(now() - terms.ref_at, terms.half_life)
               end as lf
        from terms
        join rec_interaction_types t on t.interaction_type = terms.interaction_type
    ),
    vec_terms as (
        select vt.user_id, vt.taste_direction, vt.lv, max(vt.lv) over (partition by vt.user_id) as mx
        from (select w.user_id, w.taste_direction, w.lf + ln(w.taste_magnitude) as lv
              from weighted w
              where w.lf is not null and w.taste_direction is not null and w.taste_magnitude > 0) vt
    ),
    taste as (
        select vec_terms.user_id, sum(_rec_vector_scale(vec_terms.taste_direction, _rec_exp(vec_terms.lv - vec_terms.mx))) as v
        from vec_terms
        group by vec_terms.user_id
    ),
    summary as (
        select w.user_id, sum(w.event_count) as total, min(w.first_at) as first_at, max(w.ref_at) as last_at
        from weighted w
        group by w.user_id
    )
    -- in half precision, as rec_user_preferences stores it (also for a user read from the log)
    select s.user_id, case when vector_norm(t.v) > 0 then l2_normalize(t.v)::halfvec::vector end, s.total,
           s.first_at, s.last_at
    from summary s
    left join taste t on t.user_id = s.user_id;
$$;
comment on function _rec_preference_rows(text[], boolean, rec_user_taste_terms[]) is
    'The rec_user_preferences values of the given users (formula at the top of 012-preferences.sql: terms '
    'combined with the current weights and now()). Parameters: users (an array); from_log = compute their terms '
    'from all their events in rec_events (log and inbox) instead of reading rec_user_taste_terms (a user whose '
    'events are still queued or in the inbox); given_terms = read their terms from this array instead of rec_user_taste_terms (the fold''s '
    'new users, whose terms are not stored yet). Private helper.';

-- Write the preferences of some users from their terms.
create or replace function _rec_update_preferences(users text[])
returns integer
language plpgsql
volatile
as $$
declare
    changed integer;
begin
    insert into rec_user_preferences as p
        (user_id, taste_vector, interaction_count, first_seen_at, last_seen_at, updated_at)
    select r.user_id, r.taste_vector, r.interaction_count, r.first_seen_at, r.last_seen_at, now()
    from _rec_preference_rows(users) r
    order by r.user_id
    on conflict (user_id) do update set
        taste_vector = excluded.taste_vector,
        interaction_count = excluded.interaction_count,
        first_seen_at = excluded.first_seen_at,
        last_seen_at = excluded.last_seen_at,
        updated_at = excluded.updated_at
    -- A row whose values did not change keeps its updated_at: a rebuild writes only what changed. The taste
    -- vector counts as unchanged within a cosine distance of 1e-6 (float rounding of sums taken in another
    -- order, or a few seconds of decay).
    where p.interaction_count is distinct from excluded.interaction_count
       or p.first_seen_at is distinct from excluded.first_seen_at
       or p.last_seen_at is distinct from excluded.last_seen_at
       or (p.taste_vector is null) <> (excluded.taste_vector is null)
       or coalesce(p.taste_vector <=> excluded.taste_vector > 1e-6, false);
    get diagnostics changed = row_count;
    -- users left without any event
    delete from rec_user_preferences p
    where p.user_id = any (users)
      and not exists (select 1 from rec_user_taste_terms s where s.user_id = p.user_id);
    return changed;
end;
$$;
comment on function _rec_update_preferences(text[]) is
    'Write rec_user_preferences of the given users (an array) from rec_user_taste_terms, current weights and '
    'now() (_rec_preference_rows); returns the rows that changed. Private helper.';

-- The users of a refresh (all with events or a preferences row when null), in chunks of 1000 in user order.
create or replace function _rec_user_chunks(user_ids text[])
returns setof text[]
language sql
stable
as $$
    select array_agg(u.user_id order by u.user_id)
    from (select d.user_id, (row_number() over (order by d.user_id) - 1) / 1000 as part
          from (select i.user_id from rec_user_interactions i
                where user_ids is null or i.user_id = any (user_ids)
                union
                select p.user_id from rec_user_preferences p
                where user_ids is null or p.user_id = any (user_ids)) d) u
    group by u.part
    order by u.part;
$$;
comment on function _rec_user_chunks(text[]) is
    'The given users (all users with events or preferences when null) as arrays of at most 1000, in user order. '
    'Private helper.';

-- One writer of a user's terms at a time (the fold or a rebuild): the user's rec_user_preferences row is the
-- lock (a row lock, so many users need no lock-table memory), taken in user order to avoid deadlocks.
create or replace function _rec_lock_users(users text[])
returns void
language plpgsql
volatile
as $$
begin
    insert into rec_user_preferences (user_id)
    select u from unnest(users) u
    where exists (select 1 from rec_user_interactions i where i.user_id = u)
    order by u
    on conflict (user_id) do nothing;
    perform 1 from rec_user_preferences p where p.user_id = any (users) order by p.user_id for update;
end;
$$;
comment on function _rec_lock_users(text[]) is
    'Lock the users'' rec_user_preferences rows (created for users with events) until the end of the transaction, '
    'in user order. Private helper.';

-- One chunk: its users' terms and preferences rebuilt from their history, their rows locked in user order.
create or replace function _rec_refresh_preferences_chunk(chunk text[])
returns integer
language plpgsql
volatile
as $$
begin
    perform _rec_lock_users(chunk);
    perform _rec_rebuild_taste_terms(chunk);
    return _rec_update_preferences(chunk);
end;
$$;
comment on function _rec_refresh_preferences_chunk(text[]) is
    'Rebuild rec_user_taste_terms and rec_user_preferences of these users (one chunk of _rec_user_chunks) from '
    'their events; returns the users written. Private helper.';

-- The fold of a batch (_rec_fold_batch, rec_upkeep): its events merged into their users' running sums, so
-- the cost follows the new events, not the users' histories; users whose sums were decayed with a half-life
-- edited since, or with deleted or updated events, are rebuilt instead. Equal to a rebuild from the log
-- (tests/sql/test_upkeep.py).
create or replace function _rec_fold_preferences()
returns integer
language plpgsql
volatile
as $$
declare
    users text[];
    stale text[];
    newcomers text[];
    chunk text[];
    fresh text[] := '{}';
begin
    select array_agg(d.user_id order by d.user_id) into users
    from (select b.user_id from _rec_fold_batch b
          union
          select r.key from _rec_fold_recounts r where r.kind = 'user') d;
    if users is null then
        return 0;
    end if;
    -- the batch's sums per (user, type), taken once; directions in half precision, as they are stored
    create temp table if not exists _rec_fold_terms (
        user_id text, interaction_type text, half_life interval, event_count bigint, first_at timestamptz,
        ref_at timestamptz, taste_direction halfvec, taste_magnitude double precision) on commit drop;
    truncate _rec_fold_terms;
    insert into _rec_fold_terms
    select * from _rec_taste_terms((select array_agg(i order by i.id) from rec_user_interactions i
                                    join _rec_fold_batch b on b.id = i.id));
    -- A new user (no preferences row, no terms) has nothing to merge with: the row is inserted once, with its
    -- values from the batch's sums, which become the user's terms below unchanged (the insert is also the
    -- user's lock, as in _rec_lock_users, taken in user order). A bare row rewritten at the end left a dead
    -- tuple and a second index entry per new user: after the catch-up of a 1M-event import, 7% of the table's
    -- pages were empty and its primary key half full. A new user also rebuilt (stale, below) is rewritten by
    -- _rec_update_preferences. In chunks of 10,000 users, so the terms handed over stay small at any import size.
    select array_agg(u order by u) into newcomers
    from unnest(users) u
    where not exists (select 1 from rec_user_preferences p where p.user_id = u)
      and not exists (select 1 from rec_user_taste_terms s where s.user_id = u);
    if newcomers is not null then
        -- only the newcomers' terms are looked up by user: a fold of returning users builds no index
        create index if not exists _rec_fold_terms_user on _rec_fold_terms (user_id);
        analyze _rec_fold_terms;
        for chunk in select newcomers[k : k + 9999] from generate_series(1, cardinality(newcomers), 10000) k
        loop
            with written as (
                insert into rec_user_preferences as p
                    (user_id, taste_vector, interaction_count, first_seen_at, last_seen_at, updated_at)
                select r.user_id, r.taste_vector, r.interaction_count, r.first_seen_at, r.last_seen_at, now()
                from _rec_preference_rows(
                    chunk,
                    given_terms => (select array_agg(row(t.*, now())::rec_user_taste_terms)
                                    from _rec_fold_terms t
                                    where t.user_id in (select c from unnest(chunk) c))) r
                order by r.user_id
                on conflict (user_id) do nothing
                returning p.user_id
            )
            select fresh || array_agg(w.user_id) into fresh from written w;
        end loop;
    end if;
    perform _rec_lock_users(users);
    -- rebuilt from the log: users whose terms carry an edited half-life, and users some of whose events were
    -- deleted or updated (a sum cannot be taken apart)
    select array_agg(distinct x.user_id) into stale
    from (select s.user_id
          from rec_user_taste_terms s
          join rec_interaction_types t on t.interaction_type = s.interaction_type
          where s.user_id = any (users) and s.half_life <> t.half_life
          union all
          select r.key from _rec_fold_recounts r where r.kind = 'user') x;
    if stale is not null then
        perform _rec_rebuild_taste_terms(stale);  -- the batch left the queue: the rebuild counts it
    end if;

    insert into rec_user_taste_terms as s
        (user_id, interaction_type, half_life, event_count, first_at, ref_at, taste_direction, taste_magnitude)
    select *
    from _rec_fold_terms t
    where stale is null or t.user_id <> all (stale)
    order by 1, 2
    on conflict (user_id, interaction_type) do update set
        event_count = s.event_count + excluded.event_count,
        first_at = least(s.first_at, excluded.first_at),
        ref_at = greatest(s.ref_at, excluded.ref_at),
        (taste_direction, taste_magnitude) = (
            select c.direction, c.magnitude
            from _rec_vector_combine(
                -- unit length again: the rounded direction's length, off by up to 5e-4, would compound fold
                -- after fold into the magnitude
                l2_normalize(s.taste_direction::vector),
                s.taste_magnitude * _rec_decay(greatest(s.ref_at, excluded.ref_at) - s.ref_at, s.half_life, 40),
                excluded.taste_direction::vector,
                excluded.taste_magnitude
                * _rec_decay(greatest(s.ref_at, excluded.ref_at) - excluded.ref_at, s.half_life, 40)
            ) c),
        updated_at = now();
    -- the new users' rows are final already, unless they were rebuilt
    return cardinality(fresh)
        + _rec_update_preferences(array(select u from unnest(users) u
                                        except select f from unnest(fresh) f
                                        union select s from unnest(stale) s));
end;
$$;
comment on function _rec_fold_preferences() is
    'Merge the events of _rec_fold_batch into their users'' rec_user_taste_terms (running sums decayed to the '
    'later reference time, _rec_vector_combine) and rewrite those users'' '
    'rec_user_preferences (a user without a row gets it inserted once, from the batch''s sums); users whose terms '
    'carry an edited half-life, and the users of deleted or updated events (_rec_fold_recounts), are rebuilt from '
    'their history. Returns the users written. Private helper of _rec_fold_events.';

create or replace function rec_refresh_preferences(user_ids text[] default null)
returns integer
language plpgsql
volatile
as $$
declare
    chunk text[];
    refreshed integer := 0;
begin
    for chunk in select * from _rec_user_chunks(user_ids)
    loop
        refreshed := refreshed + _rec_refresh_preferences_chunk(chunk);
    end loop;
    return refreshed;
end;
$$;
comment on function rec_refresh_preferences(text[]) is
    'Recompute rec_user_preferences from the whole interaction history, e.g. after embeddings arrive, after a '
    'half_life or weight edit in rec_interaction_types, or after products were deleted; returns the number of users '
    'whose row changed (a row equal to the recomputed one, taste within a cosine distance of 1e-6, is left as it '
    'was, updated_at included; users left without events lose their row). Formula: taste_vector = unit(sum_e w(e) * embedding(e)), '
    'w(e) = weight(type) * 0.5 ^ ((now() - occurred_at) / half_life(type)) (an occurred_at after now() counts as '
    'now()), each event once whatever its quantity, events without a product embedding skipped; '
    'interaction_count, first/last_seen_at = count, min / max event time. One transaction: call rec_refresh() to '
    'commit per chunk of 1000 users instead. Parameter user_ids: the users to refresh (default null = all).';
