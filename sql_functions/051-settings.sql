-- pgrec 051: writing and showing the store's settings (rec_settings; the readers are in 050). Every write, by
-- these functions or a plain insert/update/delete from psql, is checked by the reader's own parser and announces
-- a lists change (cached lists turn over: they were ranked under the old value).

create or replace function _rec_check_setting(setting text, raw text)
returns void
language plpgsql
stable
as $$
declare
    v_kind text;
    v_pair text;
begin
    select k.kind into v_kind from _rec_settings_known() k where k.name = setting;
    if v_kind is null then
        raise exception 'unknown setting %; known: %', coalesce(quote_literal(setting), 'null'),
            (select string_agg(k.name, ', ' order by k.name) from _rec_settings_known() k)
            using errcode = '22023';
    end if;
    if v_kind = 'number' then
        perform _rec_parse_number_setting(setting, raw);
    elsif v_kind = 'interval' then
        perform _rec_parse_interval_setting(setting, raw);
    elsif v_kind = 'fusion' then
        perform _rec_parse_fusion(raw);
    else
        perform _rec_parse_collab_method(raw);
    end if;
    -- the two weights of one ranking must not both be 0 (_rec_check_weights would refuse every call)
    v_pair := case setting when 'content_weight' then 'collab_weight' when 'collab_weight' then 'content_weight'
                           when 'similar_content_weight' then 'similar_collab_weight'
                           when 'similar_collab_weight' then 'similar_content_weight' end;
    if v_pair is not null and raw::double precision = 0
       and coalesce((select s.value from rec_settings s where s.name = v_pair),
                    _rec_setting_default(v_pair))::double precision = 0 then
        raise exception 'setting pgrec.% must not be 0 while % is 0', setting, v_pair using errcode = '22023';
    end if;
end;
$$;
comment on function _rec_check_setting(text, text) is
    'Raises 22023 unless setting is a known name (_rec_settings_known) and raw a value its reader accepts (the same '
    'parser), and unless it would make both weights of one ranking 0 (content_weight/collab_weight, '
    'similar_content_weight/similar_collab_weight; the other as stored, else its default). Private helper.';

create or replace function _rec_settings_checked()
returns trigger
language plpgsql
as $$
begin
    perform _rec_check_setting(new.name, new.value);
    return new;
end;
$$;
comment on function _rec_settings_checked() is
    'Row trigger of rec_settings: refuses (22023) a row _rec_check_setting refuses. Private helper.';

create or replace trigger rec_settings_checked
    before insert or update on rec_settings
    for each row execute function _rec_settings_checked();
call _rec_announce_changes_of('rec_settings');

create or replace function rec_show_settings()
returns table (name text, value text, source text, stored_value text, default_value text, set_at timestamptz,
               set_by text, set_source text, note text, description text)
language sql
stable
as $$
    select k.name,
           _rec_setting(k.name),
           case when nullif(current_setting('pgrec.' || k.name, true), '') is not null then 'pgrec.' || k.name
                when s.name is not null then 'rec_settings'
                else 'default' end,
           s.value, k.default_value, s.set_at, s.set_by, s.source, s.note, k.description
      from _rec_settings_known() k
      left join rec_settings s on s.name = k.name
     order by k.name;
$$;
comment on function rec_show_settings() is
    'Every ranking setting: name; value = the one the functions read now (_rec_setting); source = where it comes '
    'from (pgrec.<name>: a session, role or database setting, which wins; rec_settings: the stored row; default); '
    'stored_value, set_at, set_by, set_source (psql, cli, tune) and note of the row in rec_settings (null without '
    'one); default_value = the built-in default; description. No parameters.';

create or replace function rec_set_setting(name text, value text, note text default null, source text default 'psql')
returns table (setting text, old_value text, new_value text)
language plpgsql
volatile
as $$
#variable_conflict use_column
declare
    v_old text;
begin
    select s.value into v_old from rec_settings s where s.name = rec_set_setting.name;
    -- the trigger checks the value (22023 naming the setting) and announces the change
    insert into rec_settings as s (name, value, set_at, set_by, source, note)
    values (rec_set_setting.name, rec_set_setting.value, now(), current_user,
            coalesce(rec_set_setting.source, 'psql'), rec_set_setting.note)
    on conflict on constraint rec_settings_pkey do update
        set value = excluded.value, set_at = excluded.set_at, set_by = excluded.set_by, source = excluded.source,
            note = excluded.note;
    return query select rec_set_setting.name, v_old, rec_set_setting.value;
end;
$$;
comment on function rec_set_setting(text, text, text, text) is
    'Store a setting for every session (a row of rec_settings; a session or database pgrec.<name> still wins). '
    'Checked by the reader''s own rule: 22023 naming the setting for an unknown name or a bad value. Cached lists '
    'turn over (a lists change is announced at commit). Parameters: name (see rec_show_settings), value (text, '
    'e.g. ''0.3'' or ''14 days''), note (why; optional), source (who: psql, cli, tune). Returns setting (the name), old_value '
    '(null when it was not stored), new_value.';

create or replace function rec_reset_setting(name text)
returns table (setting text, old_value text, new_value text)
language plpgsql
volatile
as $$
#variable_conflict use_column
declare
    v_old text;
begin
    -- an unknown name raises 22023 (a default always passes its own check)
    perform _rec_check_setting(rec_reset_setting.name, _rec_setting_default(rec_reset_setting.name));
    delete from rec_settings s where s.name = rec_reset_setting.name returning s.value into v_old;
    return query select rec_reset_setting.name, v_old, _rec_setting_default(rec_reset_setting.name);
end;
$$;
comment on function rec_reset_setting(text) is
    'Remove the stored value of a setting: the built-in default applies again (unless a session or database '
    'pgrec.<name> is set). 22023 for an unknown name. Cached lists turn over when a row was removed. Parameter: name. '
    'Returns setting (the name), old_value (null when nothing was stored), new_value (the default).';
