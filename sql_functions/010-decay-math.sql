-- pgrec 010: the decay rule and numeric helpers for vector sums that never raise float underflow
-- (PostgreSQL and pgvector raise "value out of range: underflow" instead of rounding to 0).
--
-- Decay, the one definition: an event `age` old counts 0.5 ^ (age / half_life). Every function that
-- decays calls _rec_decay (preferences, trending, personalised affinity, co-interaction similarities,
-- the evaluation baselines in service/evaluation/training.py), or _rec_log_decay where it sums in log
-- space (rec_user_preferences).

create or replace function _rec_decay(age interval, half_life interval, zero_after integer default null)
returns double precision
language sql
immutable
parallel safe
as $$
    select case
               when zero_after is not null and extract(epoch from age) > zero_after * extract(epoch from half_life)
                   then 0::double precision
               else power(0.5::double precision,
                          least(greatest(extract(epoch from age)::double precision, 0)
                                / extract(epoch from half_life)::double precision, 1000))
           end;
$$;
comment on function _rec_decay(interval, interval, integer) is
    'Decay factor 0.5 ^ (age / half_life). Negative ages (events after the reference time) count as 0; the '
    'exponent is capped at 1000, so by default the factor is never 0 and the relative weights of very old events '
    'survive (ranking). zero_after = n: 0 once age exceeds n half-lives (preferences pass 40, ~1e-12: such terms '
    'cannot change a ranking and would underflow in vector sums). Parameters: age, half_life (> 0), zero_after '
    '(null = never 0). Private helper.';

create or replace function _rec_log_decay(age interval, half_life interval)
returns double precision
language sql
immutable
parallel safe
as $$
    select -(ln(2::double precision) * greatest(extract(epoch from age)::double precision, 0)
             / extract(epoch from half_life)::double precision);
$$;
comment on function _rec_log_decay(interval, interval) is
    'ln of the decay factor, -ln(2) * max(age, 0) / half_life: for weights summed in log space (log-sum-exp), '
    'which never underflow; a negative age (an event after the reference time) counts as 0, as in _rec_decay, so '
    'nothing overflows either. exp(_rec_log_decay(a, h)) = _rec_decay(a, h) for a <= 1000 h. Parameters: age, '
    'half_life (> 0). Private helper.';

-- The reference time co-interaction decay is measured from: the newest event, so a store that imported
-- history keeps its weights meaningful, but never later than now(), so one event dated in the future
-- (stored before the bound of rec_latest_event_time, or within its skew) cannot re-weight every other one.
create or replace function _rec_decay_reference()
returns timestamptz
language sql
stable
as $$
    select least(coalesce(max(i.created_at), now()), now()) from rec_user_interactions i;
$$;
comment on function _rec_decay_reference() is
    'least(max(rec_user_interactions.created_at), now()): the time the refresh-time decay (co-interaction '
    'similarities) is measured from; now() when there are no events. No parameters. Private helper.';

create or replace function _rec_exp(x double precision)
returns double precision
language sql
immutable
parallel safe
as $$
    select case when x < -700 then 0::double precision else exp(x) end;
$$;
comment on function _rec_exp(double precision) is 'exp(x), 0 instead of an underflow error for x < -700. Private helper.';

create or replace function _rec_vector_scale(v vector, f double precision)
returns vector
language sql
immutable
parallel safe
as $$
    select case
               when v is null or f is null or f < 1e-12 then null
               when f = 1 then v
               else v * array_fill(f::real, array[vector_dims(v)])::vector
           end;
$$;
comment on function _rec_vector_scale(vector, double precision) is
    'f * v for a factor 1e-12 <= f (null below: a negligible term, skipped by sum()). Private helper.';
create or replace function _rec_vector_combine(
    a vector, wa double precision, b vector, wb double precision,
    out direction vector, out magnitude double precision)
language plpgsql
immutable
parallel safe
as $$
declare
    m double precision;
    v vector;
    n double precision;
begin
    if a is null or wa is null or wa < 1e-200 then
        a := null;
        wa := 0;
    end if;
    if b is null or wb is null or wb < 1e-200 then
        b := null;
        wb := 0;
    end if;
    m := greatest(wa, wb);
    if m = 0 then
        direction := null;
        magnitude := 0;
        return;
    end if;
    v := coalesce(_rec_vector_scale(a, wa / m), null);
    if b is not null and wb / m >= 1e-12 then
        v := case when v is null then _rec_vector_scale(b, wb / m) else v + _rec_vector_scale(b, wb / m) end;
    end if;
    n := case when v is null then 0 else vector_norm(v) end;
    if n = 0 then
        direction := null;
        magnitude := 0;
    else
        direction := l2_normalize(v);
        magnitude := m * n;
    end if;
end;
$$;
comment on function _rec_vector_combine(vector, double precision, vector, double precision) is
    'direction (unit) and magnitude of wa * a + wb * b, computed relative to max(wa, wb) so nothing underflows. Private helper.';

-- The category sums it merged went with 0190: nothing else used it.
drop function if exists _rec_jsonb_combine(jsonb, double precision, jsonb, double precision);
