-- The curation layer: what analysts decided about the machine's output, kept apart from it.
--
-- One row per decision, in the order they were made. Extraction output is replaced on every
-- re-ingest; these rows are not: bellink/curation.py applies them on top of each stored document
-- (inside the same transaction) and after every knowledge-base sync, so `ingest --force` after a
-- rules upgrade keeps every correction whose fact is still extracted.
--
--   reject   target = fact id; original = the fact as it was (JSON)
--   correct  target = fact id; field = status | quantity | unit | date | speaker;
--            value = the new value (JSON); original = the extracted value (JSON)
--   merge    target = entity key merged away; value = entity key it is merged into
--   alias    target = entity key; value = the alias
--   forget   target = document id; value = the document's sha256 (the same bytes under
--            another name are forgotten too)
CREATE TABLE curation (
    id INTEGER PRIMARY KEY,
    action TEXT NOT NULL CHECK (action IN ('reject', 'correct', 'merge', 'alias', 'forget')),
    target TEXT NOT NULL,
    field TEXT CHECK (field IS NULL OR field IN ('status', 'quantity', 'unit', 'date', 'speaker')),
    value TEXT,
    original TEXT,
    why TEXT,
    who TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX curation_target ON curation(target, action);

-- a correction or rejection marks its fact, so every listing can flag it without a join
ALTER TABLE statements ADD COLUMN curated INTEGER NOT NULL DEFAULT 0;
ALTER TABLE events ADD COLUMN curated INTEGER NOT NULL DEFAULT 0;

INSERT OR IGNORE INTO value_sources (id, name) VALUES ('user', 'set by an analyst (bellink correct)');
