-- pgrec 0200: rec_recommendations_cache becomes the persistent second level behind Redis (service/http/
-- stored_lists.py writes it, lists.py reads it on a Redis miss). A stored list is served under the same rule
-- as a Redis value: only while the token it was computed under is the current one, so each row carries it:
-- the lists epoch (the last change announced on pgrec_lists, as the worker heard it) and, for a user's or a
-- session's list, the owner's watermark (_rec_list_watermark). The rows written before this are dropped:
-- nothing wrote them and they carry no token.

delete from rec_recommendations_cache;
alter table rec_recommendations_cache
    add column lists_epoch text not null,
    add column owner_watermark text;
comment on table rec_recommendations_cache is
    'Result lists as the service answered them (second cache level behind Redis: read on a Redis miss, written '
    'in the background), keyed by kind, subject (user, session, product, ...) and parameter digest. A row is '
    'served only while expires_at > now(), lists_epoch is the service''s current one and owner_watermark equals '
    '_rec_list_watermark of the owner (null for lists without one). results: the answer''s items in order.';
comment on column rec_recommendations_cache.lists_epoch is
    'The lists epoch the list was computed under (last pgrec_lists notification heard, with the server start).';
comment on column rec_recommendations_cache.owner_watermark is
    '_rec_list_watermark of the list''s owner read with the list (null: a list without an owner).';
