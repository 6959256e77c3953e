-- pgrec 120: helpers for the demo page and for trying pgrec out from psql.

create or replace function rec_sample_users(k integer default 12)
returns table (user_id text, interactions bigint, last_seen_at timestamptz, segment text)
language sql
stable
as $$
    select p.user_id, p.interaction_count, p.last_seen_at, s.segment
      from rec_user_preferences as p
      left join rec_user_segments as s on s.user_id = p.user_id
     where p.user_id not like 'anonymous:%'
     order by p.interaction_count desc, p.user_id
     limit greatest(k, 0);
$$;
comment on function rec_sample_users(integer) is
    'Users with the most history, for demos and for trying rec_personalized(): ordered by interaction_count desc, then user_id. k: how many (default 12).';
