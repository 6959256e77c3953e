-- One line per table of schema public: its name and an md5 of all its rows (recipe.sh compares two runs).
select format('select %L, md5(coalesce(string_agg(t::text, %L order by t::text), %L)) from %s t',
              c.oid::regclass, E'\n', '', c.oid::regclass)
from pg_class c
where c.relkind = 'r' and c.relnamespace = 'public'::regnamespace
order by 1
\gexec
