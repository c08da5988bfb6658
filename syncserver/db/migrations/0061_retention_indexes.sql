-- Retention (syncserver/jobs/cleanup): push events are deleted by age, sync rejections by age
-- once unresolved for long enough. Both tables are written in creation-time order, so a BRIN
-- index finds the old rows for almost nothing: a few pages, and no cost worth measuring on the
-- hot inserts (a broadcast writes thousands of push events at once).
CREATE INDEX push_events_created_brin ON push_events USING brin (created_at);
CREATE INDEX sync_rejections_received_brin ON sync_rejections USING brin (received_at);
