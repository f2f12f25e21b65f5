-- Corpus records as a metadata source, and a fingerprint of each document's text so the
-- same article reached again under another URL or file name is recognised as a duplicate.
-- Touches only its own rows and table, so it applies whatever order 0004/0006/0007 land in.

INSERT OR IGNORE INTO value_sources (id, name) VALUES
    ('record', 'from the corpus record it was read from (a JSONL or CSV field)');

-- No foreign key: a later migration that rebuilds documents must not cascade into this
-- table; the ingest writes it in the document's own transaction and joins on lookup.
CREATE TABLE document_fingerprints (
    document_id TEXT PRIMARY KEY,
    text_sha256 TEXT NOT NULL         -- of the stored text with whitespace runs collapsed
);
CREATE INDEX document_fingerprints_text ON document_fingerprints(text_sha256);
