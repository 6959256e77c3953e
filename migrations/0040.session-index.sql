-- pgrec 0040: the service finds an anonymous visitor's products by session id.

create index rec_user_interactions_session_time
    on rec_user_interactions (session_id, created_at desc) where session_id is not null;
