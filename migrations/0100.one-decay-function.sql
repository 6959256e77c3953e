-- pgrec 0100: one decay function. _rec_decay(interval, interval) takes a third argument (zero_after, default
-- null) and replaces _rec_age_decay(interval, interval), the ranking functions' copy of the same rule.
-- sql_functions/010-decay-math.sql creates the new signature.

drop function if exists _rec_decay(interval, interval);
drop function if exists _rec_age_decay(interval, interval);
