-- The deliveries register (any listing of one kind of event) in its default order, date with
-- the undated last, read off one index and stopped after the page: events_kind gains the rest of
-- the listing's order (date_lo IS NULL, date_lo, date_hi; the rowid breaks ties as the listing
-- does). Before, the register walked events_date_order and looked up every event of every kind
-- until it had a page: at 100,000 documents tens of thousands of meetings and deployments dated
-- before the first delivery. Same name, so the index count and size barely change.
DROP INDEX IF EXISTS events_kind;
CREATE INDEX events_kind ON event_rows(kind, date_lo IS NULL, date_lo, date_hi);
