-- pgrec 090: rec_refresh_all: every rebuild in order, with what each changed and how long it took.

create or replace function rec_refresh_all()
returns table (step text, changed bigint, seconds double precision)
language plpgsql
volatile
as $$
#variable_conflict use_column
declare
    v_step text;
    v_started timestamptz;
    v_changed bigint;
begin
    foreach v_step in array array['preferences', 'frequently_together', 'popularity', 'similarities', 'segments']
    loop
        v_started := clock_timestamp();
        v_changed := null;
        case v_step
            when 'preferences' then
                if to_regprocedure('rec_refresh_preferences(text[])') is not null then
                    execute 'select rec_refresh_preferences()' into v_changed;
                end if;
            when 'frequently_together' then
                if to_regprocedure('rec_refresh_frequently_together()') is not null then
                    execute 'select rec_refresh_frequently_together()' into v_changed;
                end if;
            when 'popularity' then
                v_changed := rec_refresh_popularity();
            when 'similarities' then
                v_changed := rec_refresh_similarities();
            when 'segments' then
                v_changed := rec_refresh_segments();
        end case;
        step := v_step;
        changed := v_changed;
        seconds := extract(epoch from clock_timestamp() - v_started);
        return next;
    end loop;
end;
$$;
comment on function rec_refresh_all() is
    'Runs every rebuild in order: rec_refresh_preferences() and rec_refresh_frequently_together() (when installed), rec_refresh_popularity(), rec_refresh_similarities() (defaults), rec_refresh_segments() (as of now()). One row per step: step name, changed = rows the step reports as changed (null when the step''s function is not installed), seconds = wall time of the step. No parameters; safe to run every few minutes while the service reads.';

create or replace function rec_refresh_after_import(user_ids text[] default null)
returns table (step text, changed bigint, seconds double precision)
language plpgsql
volatile
as $$
#variable_conflict use_column
declare
    v_step text;
    v_started timestamptz;
    v_changed bigint;
begin
    analyze rec_user_interactions;  -- a bulk import just changed it: plans below need fresh statistics
    foreach v_step in array array['preferences', 'popularity', 'frequently_together']
    loop
        v_started := clock_timestamp();
        case v_step
            when 'preferences' then
                v_changed := rec_refresh_preferences(user_ids);
            when 'popularity' then
                v_changed := rec_refresh_popularity();
            when 'frequently_together' then
                v_changed := rec_refresh_frequently_together();
        end case;
        step := v_step;
        changed := v_changed;
        seconds := extract(epoch from clock_timestamp() - v_started);
        return next;
    end loop;
end;
$$;
comment on function rec_refresh_after_import(text[]) is
    'Catches up after a bulk import that tracked events with pgrec.defer_derived = on (the statement triggers on '
    'rec_user_interactions then skip preferences, popularity and baskets; one set-based rebuild is far cheaper than '
    'one per batch): analyze rec_user_interactions, then rec_refresh_preferences(user_ids), rec_refresh_popularity(), '
    'rec_refresh_frequently_together(). '
    'One row per step: step, changed (rows the step reports), seconds. Parameter user_ids: the users the import '
    'touched (default null = all users).';
