-- Stable fact ids (bellink/facts.py): a fingerprint of document, kind and span, so that
-- notes and corrections keep pointing at a fact across re-ingests. Rows already stored get
-- theirs here through the bellink_fact_id() function db.py registers on every connection;
-- the ordinal separates facts of one kind that share a span, in the order they were stored.

ALTER TABLE statements ADD COLUMN fact_id TEXT;
UPDATE statements SET fact_id = bellink_fact_id(document_id, 'statement', start, stop,
    (SELECT count(*) FROM statements s2 WHERE s2.document_id = statements.document_id
        AND s2.start = statements.start AND s2.stop = statements.stop AND s2.id < statements.id));
CREATE UNIQUE INDEX statements_fact_id ON statements(fact_id);

ALTER TABLE events ADD COLUMN fact_id TEXT;
UPDATE events SET fact_id = bellink_fact_id(document_id, kind, start, stop,
    (SELECT count(*) FROM events e2 WHERE e2.document_id = events.document_id AND e2.kind = events.kind
        AND e2.start = events.start AND e2.stop = events.stop AND e2.id < events.id));
CREATE UNIQUE INDEX events_fact_id ON events(fact_id);
