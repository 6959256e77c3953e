-- pgrec 0130: events are attributed to the recommendation that led to them by upkeep (rec_upkeep) and by the
-- impression writer, both recounting from the event log under one advisory lock, instead of by a trigger in
-- the tracking transaction. The trigger and the impression writer each missed the other's uncommitted row:
-- a click tracked while its list's impressions were being written was never attributed.

drop trigger if exists rec_user_interactions_analytics on rec_user_interactions;
drop function if exists _rec_interactions_analytics_trigger();
drop function if exists _rec_attribute_events(rec_user_interactions[]);
