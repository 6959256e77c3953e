-- pgrec 101: _rec_known_product_ids, the unknown-product check the HTTP service runs inside the statement
-- that computes a list (rec_frequently_bought_together and rec_cart_recommendations take unknown ids and
-- simply match nothing; rec_similar_products raises P0002 itself).

create or replace function _rec_known_product_ids(ids text[], parameter text)
returns text[]
language plpgsql
stable
as $$
declare
    v_unknown text;
begin
    select string_agg(distinct quote_literal(u.id), ', ' order by quote_literal(u.id)) into v_unknown
      from unnest(ids) as u(id)
     where u.id is not null and not exists (select 1 from rec_products as p where p.id = u.id);
    if v_unknown is not null then
        raise exception '%: unknown product %', parameter, v_unknown using errcode = 'P0002';
    end if;
    return ids;
end;
$$;
comment on function _rec_known_product_ids(text[], text) is
    'ids unchanged when every (non-null) id is in rec_products (active or not; a placeholder tracking added for a '
    'product the catalog has not brought yet counts: its lists simply never hold it), else P0002 naming the parameter and '
    'the unknown ids: the HTTP service answers 404 unknown_product. Parameters: ids, parameter = the request '
    'field''s name for the message. Private helper.';
