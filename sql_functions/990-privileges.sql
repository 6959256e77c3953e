-- pgrec 990: least privilege. Applied after every other file (and so again whenever any function changes), it
-- sets who may execute what from one list, _rec_function_classes():
--   * no pgrec function (rec_* or _rec_* in public) is executable by PUBLIC: only the owner (the migrating role)
--     and the group roles below may call anything;
--   * pgrec_reader executes the read functions and reads the catalog; pgrec_tracker executes the tracking
--     functions; pgrec_service is both, plus what the HTTP service calls besides (its private helpers, the stored
--     lists, the analytics view). Everything else (refresh, upkeep, catalog writes, imports, embeddings) is the
--     owner's;
--   * what a role may execute is SECURITY DEFINER (it runs as the owner, who owns the tables, so the roles hold no
--     privilege on rec_user_interactions and the like) with search_path pinned, as is every public rec_* entry
--     point. Private helpers nobody else may call are not pinned: they run inside an entry point whose path is
--     pinned, and a SET clause would stop the planner from inlining the SQL ones into their callers' queries.
-- The roles are cluster-wide: created when missing and the migrating role may (superuser or CREATEROLE), else a
-- NOTICE says what to run as an administrator. Grants are made whenever the roles exist. See README, Privileges.

create or replace function _rec_function_classes()
returns table (function_name text, class text)
language sql
immutable
as $$
    values
        -- pgrec_reader: the lists and what describes them
        ('rec_personalized', 'reader'),
        ('rec_similar_products', 'reader'),
        ('rec_frequently_bought_together', 'reader'),
        ('rec_cart_recommendations', 'reader'),
        ('rec_session_recommendations', 'reader'),
        ('rec_buy_again', 'reader'),
        ('rec_trending', 'reader'),
        ('rec_popular', 'reader'),
        ('rec_semantic_search', 'reader'),
        ('rec_version', 'reader'),
        ('rec_latest_event_time', 'reader'),
        -- pgrec_tracker: appending events and impressions
        ('rec_track_interaction', 'tracker'),
        ('rec_track_interactions', 'tracker'),
        ('rec_track_interactions_lenient', 'tracker'),
        ('rec_log_impressions', 'tracker'),
        ('rec_log_impressions_batch', 'tracker'),
        -- pgrec_service: what the HTTP service calls besides (service/http)
        ('rec_sample_users', 'service'),
        ('_rec_list_watermark', 'service'),
        ('_rec_store_lists', 'service'),
        ('_rec_known_product_ids', 'service'),
        ('_rec_session_product_ids', 'service'),
        ('_rec_lists_changed', 'service'),
        -- the owner's alone: writes, refreshes, upkeep, imports, embeddings
        ('rec_product_text', 'owner'),
        ('rec_enqueue_embeddings', 'owner'),
        ('rec_claim_embedding_batch', 'owner'),
        ('rec_store_embeddings', 'owner'),
        ('rec_fail_embeddings', 'owner'),
        ('rec_embedding_status', 'owner'),
        ('rec_upsert_products', 'owner'),
        ('rec_refresh_preferences', 'owner'),
        ('rec_refresh_frequently_together', 'owner'),
        ('rec_refresh_popularity', 'owner'),
        ('rec_refresh_similarities', 'owner'),
        ('rec_refresh_segments', 'owner'),
        ('rec_refresh_all', 'owner'),
        ('rec_refresh', 'owner'),
        ('rec_refresh_after_import', 'owner'),
        ('rec_upkeep', 'owner'),
        ('rec_store_interactions', 'owner'),
        ('rec_sync_medusa_catalog', 'owner'),
        ('rec_sync_medusa_orders', 'owner'),
        ('rec_show_settings', 'owner'),
        ('rec_set_setting', 'owner'),
        ('rec_reset_setting', 'owner');
$$;
comment on function _rec_function_classes() is
    'Who may execute each pgrec function: reader (pgrec_reader), tracker (pgrec_tracker), service (pgrec_service, which also has the other two) or owner (the migrating role only). A public rec_* function missing here is the owner''s alone (tests/sql/test_privileges.py fails until it is listed); a private _rec_* one missing here is a helper, the owner''s alone. Applied by sql_functions/990-privileges.sql.';

do $$
declare
    -- pgvector's types and operators must resolve under the pinned path wherever the extension lives.
    v_path text := (select string_agg(distinct quote_ident(n.nspname), ', ')
                      from pg_namespace as n
                     where n.nspname = 'public'
                        or n.oid = (select extnamespace from pg_extension where extname = 'vector')) || ', pg_temp';
    v_may_create boolean := (select rolsuper or rolcreaterole from pg_roles where rolname = current_user);
    v_role text;
    v_fn record;
begin
    foreach v_role in array array['pgrec_reader', 'pgrec_tracker', 'pgrec_service'] loop
        if to_regrole(v_role) is null and v_may_create then
            begin
                execute format('create role %I nologin', v_role);
            exception when duplicate_object or unique_violation then
                null;  -- a concurrent migrate of another database on the same server made it
            end;
        end if;
    end loop;
    if to_regrole('pgrec_reader') is null or to_regrole('pgrec_tracker') is null
       or to_regrole('pgrec_service') is null then
        raise notice 'pgrec: roles pgrec_reader, pgrec_tracker and pgrec_service are missing and % may not create them: have an administrator run "create role pgrec_reader nologin; create role pgrec_tracker nologin; create role pgrec_service nologin in role pgrec_reader, pgrec_tracker;", then run pgrec migrate --force-functions. Until then only % may execute pgrec''s functions.',
            current_user, current_user;
    end if;

    for v_fn in
        select p.oid::regprocedure as signature, p.proname, p.prokind, c.class
          from pg_proc as p
          left join _rec_function_classes() as c on c.function_name = p.proname
         where p.pronamespace = 'public'::regnamespace
           and (p.proname like 'rec\_%' or p.proname like '\_rec\_%')
    loop
        execute format('revoke all on routine %s from public', v_fn.signature);
        -- Not on procedures: one with a SET clause may not commit, and rec_refresh commits per step (its steps are
        -- pinned functions).
        if (v_fn.proname like 'rec\_%' or v_fn.class is not null) and v_fn.prokind = 'f' then
            execute format('alter routine %s set search_path = %s', v_fn.signature, v_path);
        end if;
        if v_fn.class in ('reader', 'tracker', 'service') then
            execute format('alter routine %s security definer', v_fn.signature);
            if to_regrole('pgrec_' || v_fn.class) is not null then
                execute format('grant execute on routine %s to %I', v_fn.signature, 'pgrec_' || v_fn.class);
            end if;
        else
            execute format('alter routine %s security invoker', v_fn.signature);
        end if;
    end loop;

    if to_regrole('pgrec_reader') is not null then
        grant select on rec_products to pgrec_reader;
    end if;
    if to_regrole('pgrec_service') is not null then
        -- The service reads the stored lists, the analytics view and, before it starts, the migration state.
        grant select on rec_recommendations_cache, rec_analytics_daily, rec_meta to pgrec_service;
        if to_regclass('_yoyo_migration') is not null then
            grant select on _yoyo_migration to pgrec_service;
        end if;
        foreach v_role in array array['pgrec_reader', 'pgrec_tracker'] loop
            if to_regrole(v_role) is not null and not pg_has_role('pgrec_service', v_role, 'member') then
                begin
                    execute format('grant %I to pgrec_service', v_role);
                exception when insufficient_privilege then
                    raise notice 'pgrec: % may not grant % to pgrec_service: have an administrator run "grant % to pgrec_service;"',
                        current_user, v_role, v_role;
                end;
            end if;
        end loop;
    end if;
end;
$$;
