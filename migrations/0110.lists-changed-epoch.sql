-- pgrec 0110: a counter for "what the lists contain changed" (refresh, catalog, embeddings, imports). Each
-- change takes the next value and announces it with NOTIFY pgrec_lists after its commit (017-lists-changed.sql);
-- every service worker listens and keys its cached lists by the last value it heard.

create sequence rec_lists_epoch;
comment on sequence rec_lists_epoch is
    'Epoch of the cached lists: _rec_lists_changed() takes the next value and sends it on channel pgrec_lists at commit.';
