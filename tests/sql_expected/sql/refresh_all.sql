-- rec_refresh_all: each step and what it changed (seconds vary, so they are only checked for >= 0)
-- (README: select * from rec_refresh_all();).
select r.ordinality as n, r.step, r.changed, r.seconds >= 0 as timed
  from rec_refresh_all() with ordinality as r
 order by r.ordinality;
-- A second run right after: what is left to change.
select r.ordinality as n, r.step, r.changed, r.seconds >= 0 as timed
  from rec_refresh_all() with ordinality as r
 order by r.ordinality;
-- The segments it wrote are as of the real now(): every fixture buyer's last purchase is over 180 days old.
select segment, count(*) as users from rec_user_segments group by segment order by segment;
