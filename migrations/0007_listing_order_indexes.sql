-- Listings sort by date with undated facts last and page in SQL (LIMIT/OFFSET). These
-- indexes hold exactly that order — (date_lo IS NULL, date_lo, date_hi, then the rowid) —
-- so the first page of a listing is read off the index instead of sorting every fact
-- (statements on 100,000 documents: 6 s -> milliseconds).
CREATE INDEX IF NOT EXISTS statements_date_order ON statements(date_lo IS NULL, date_lo, date_hi);
CREATE INDEX IF NOT EXISTS events_date_order ON events(date_lo IS NULL, date_lo, date_hi);
