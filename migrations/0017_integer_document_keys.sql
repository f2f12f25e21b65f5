-- bellink: foreign keys off
-- A smaller database (issue 15): every row that belongs to a document carries the document's
-- integer key, not its text id; a statement's words are read out of the stored text instead of
-- kept as a copy; the pure link tables are WITHOUT ROWID.
--
-- * documents gets `pk INTEGER PRIMARY KEY` (its rowid, fixed so VACUUM cannot renumber it);
--   `id` stays the document's name, UNIQUE, and what every query and output shows.
-- * The rows themselves move to tables keyed by `doc` (= documents.pk): sentence_spans (rebuilt),
--   mention_spans, timex_spans, statement_rows, event_rows. Views with the old names and the
--   old columns in the old order (mentions, timexes, statements, events, sentences) give
--   document_id back through the documents row, so every query written against them keeps
--   working; INSTEAD OF triggers let the views be written as before (curation, tests, scripts).
-- * statement_rows.text is NULL when the statement is exactly the stored text from its
--   start to its stop and starts in (or after the start of) its sentence: the view cuts it
--   from the document, starting at the sentence's byte offset (no walk through the UTF-8 of
--   the text before the sentence; at most 4 bytes a character).
-- * No foreign key on sentence_id any more: rows leave with their document (ON DELETE CASCADE
--   on doc), and the key obliged SQLite to scan statements, events and timexes once per
--   deleted sentence (none of them has an index on sentence_id) whenever a document was
--   replaced or forgotten.
-- * aliases and event_entities are WITHOUT ROWID: their primary key was a second copy of
--   every row.
--
-- The runner (bellink/db.py) applies this file with foreign keys off, as SQLite's procedure
-- for rebuilding a table asks (otherwise dropping the old documents table would cascade into
-- the new tables), checks every key of the rebuilt tables before committing, and turns them on
-- again. Ids (documents' rowid, sentence, mention, statement and event ids) are kept, so the
-- full-text index (rowid = sentence id) stays valid as it is.

DROP VIEW IF EXISTS deliveries;
DROP VIEW IF EXISTS sentences;
DROP TRIGGER IF EXISTS documents_fts_bd;
DROP TRIGGER IF EXISTS documents_fts_bu;
DROP TRIGGER IF EXISTS documents_fts_au;
DROP TRIGGER IF EXISTS sentence_spans_ai;
DROP TRIGGER IF EXISTS sentence_spans_ad;
DROP TRIGGER IF EXISTS mentions_counts_ai;
DROP TRIGGER IF EXISTS mentions_counts_ad;
DROP TRIGGER IF EXISTS mentions_counts_au;
DROP TRIGGER IF EXISTS mentions_forms_ai;
DROP TRIGGER IF EXISTS mentions_forms_ad;
DROP TRIGGER IF EXISTS mentions_forms_au;

CREATE TABLE documents_0017 (
    id TEXT NOT NULL UNIQUE,          -- source id: the file name without extension
    path TEXT,                        -- where it was read from (absolute)
    sha256 TEXT NOT NULL,             -- of the raw bytes: same content, nothing to do
    title TEXT,
    lang TEXT REFERENCES languages(id),
    lang_source TEXT REFERENCES value_sources(id),
    outlet TEXT,
    outlet_source TEXT REFERENCES value_sources(id),
    published TEXT,                   -- ISO truncated to its precision; NULL when unknown
    published_precision TEXT REFERENCES precisions(id),
    published_source TEXT REFERENCES value_sources(id),
    encoding TEXT,
    text TEXT NOT NULL,               -- cleaned text: every offset in the database points into it
    boilerplate TEXT,                 -- JSON list of what cleaning removed, for audit
    extractor_version TEXT,
    ingested_at TEXT NOT NULL,
    pk INTEGER PRIMARY KEY            -- the key every row of the document carries (as `doc`)
);
INSERT INTO documents_0017 (id, path, sha256, title, lang, lang_source, outlet, outlet_source, published,
        published_precision, published_source, encoding, text, boilerplate, extractor_version, ingested_at, pk)
    SELECT id, path, sha256, title, lang, lang_source, outlet, outlet_source, published,
        published_precision, published_source, encoding, text, boilerplate, extractor_version, ingested_at, rowid
    FROM documents;

CREATE TABLE sentence_spans_0017 (
    id INTEGER PRIMARY KEY,
    doc INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
    idx INTEGER NOT NULL,             -- position in the document, from 0
    paragraph INTEGER NOT NULL,
    start INTEGER NOT NULL,           -- character offsets into documents.text
    stop INTEGER NOT NULL,
    byte_start INTEGER,               -- where the same span lies in the UTF-8 bytes of documents.text
    byte_len INTEGER,
    UNIQUE (doc, idx)
);
INSERT INTO sentence_spans_0017 (id, doc, idx, paragraph, start, stop, byte_start, byte_len)
    SELECT sp.id, d.rowid, sp.idx, sp.paragraph, sp.start, sp.stop, sp.byte_start, sp.byte_len
    FROM sentence_spans sp JOIN documents d ON d.id = sp.document_id;

CREATE TABLE mention_spans (
    id INTEGER PRIMARY KEY,
    doc INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
    sentence_id INTEGER NOT NULL,     -- sentence_spans.id
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    start INTEGER NOT NULL,
    stop INTEGER NOT NULL,
    text TEXT NOT NULL,
    method TEXT NOT NULL,             -- kb, pattern, ner, coref
    confidence REAL NOT NULL
);
INSERT INTO mention_spans (id, doc, sentence_id, entity_id, start, stop, text, method, confidence)
    SELECT m.id, d.rowid, m.sentence_id, m.entity_id, m.start, m.stop, m.text, m.method, m.confidence
    FROM mentions m JOIN documents d ON d.id = m.document_id;

CREATE TABLE timex_spans (
    id INTEGER PRIMARY KEY,
    doc INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
    sentence_id INTEGER NOT NULL,     -- sentence_spans.id
    start INTEGER NOT NULL,
    stop INTEGER NOT NULL,
    text TEXT NOT NULL,
    value TEXT,
    value_end TEXT,
    precision TEXT REFERENCES precisions(id),
    method TEXT NOT NULL REFERENCES value_sources(id),
    kind TEXT NOT NULL,
    date_lo TEXT,
    date_hi TEXT
);
INSERT INTO timex_spans (id, doc, sentence_id, start, stop, text, value, value_end, precision, method, kind,
        date_lo, date_hi)
    SELECT t.id, d.rowid, t.sentence_id, t.start, t.stop, t.text, t.value, t.value_end, t.precision, t.method,
        t.kind, t.date_lo, t.date_hi
    FROM timexes t JOIN documents d ON d.id = t.document_id;

CREATE TABLE statement_rows (
    id INTEGER PRIMARY KEY,
    doc INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
    sentence_id INTEGER NOT NULL,     -- sentence_spans.id
    speaker_id INTEGER REFERENCES entities(id),     -- NULL: speaker unknown
    speaker_text TEXT,
    role TEXT,
    text TEXT,                        -- NULL: the document's text from start to stop (the view cuts it)
    start INTEGER NOT NULL,
    stop INTEGER NOT NULL,
    direct INTEGER NOT NULL,
    language TEXT REFERENCES languages(id),
    cue TEXT,
    channel_id INTEGER REFERENCES entities(id),     -- the outlet that carried it, never the speaker
    date TEXT,
    date_end TEXT,
    date_precision TEXT REFERENCES precisions(id),
    date_method TEXT REFERENCES value_sources(id),
    date_text TEXT,
    date_lo TEXT,
    date_hi TEXT,
    confidence REAL NOT NULL,
    details TEXT,
    fact_id TEXT,
    curated INTEGER NOT NULL DEFAULT 0
);
INSERT INTO statement_rows (id, doc, sentence_id, speaker_id, speaker_text, role, text, start, stop, direct,
        language, cue, channel_id, date, date_end, date_precision, date_method, date_text, date_lo, date_hi,
        confidence, details, fact_id, curated)
    SELECT s.id, d.rowid, s.sentence_id, s.speaker_id, s.speaker_text, s.role,
        CASE WHEN s.start >= sp.start AND s.text = substr(CAST(substr(CAST(d.text AS BLOB), sp.byte_start + 1,
                  4 * (s.stop - sp.start)) AS TEXT), s.start - sp.start + 1, s.stop - s.start)
             THEN NULL ELSE s.text END,
        s.start, s.stop, s.direct, s.language, s.cue, s.channel_id, s.date, s.date_end, s.date_precision,
        s.date_method, s.date_text, s.date_lo, s.date_hi, s.confidence, s.details, s.fact_id, s.curated
    FROM statements s JOIN documents d ON d.id = s.document_id
    LEFT JOIN sentence_spans sp ON sp.id = s.sentence_id;

CREATE TABLE event_rows (
    id INTEGER PRIMARY KEY,
    doc INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
    sentence_id INTEGER NOT NULL,     -- sentence_spans.id
    statement_id INTEGER REFERENCES statement_rows(id) ON DELETE SET NULL,
    kind TEXT NOT NULL REFERENCES event_kinds(id),
    status TEXT,                      -- deliveries: statuses.id; exercises: held / planned
    quantity REAL,
    quantity_approx INTEGER NOT NULL DEFAULT 0,
    unit TEXT,
    date TEXT,
    date_end TEXT,
    date_precision TEXT REFERENCES precisions(id),
    date_method TEXT REFERENCES value_sources(id),
    date_text TEXT,
    date_lo TEXT,
    date_hi TEXT,
    summary TEXT NOT NULL,
    start INTEGER NOT NULL,
    stop INTEGER NOT NULL,
    confidence REAL NOT NULL,
    details TEXT,                     -- JSON: scale figures, place words, cues
    fact_id TEXT,
    curated INTEGER NOT NULL DEFAULT 0
);
INSERT INTO event_rows (id, doc, sentence_id, statement_id, kind, status, quantity, quantity_approx, unit, date,
        date_end, date_precision, date_method, date_text, date_lo, date_hi, summary, start, stop, confidence,
        details, fact_id, curated)
    SELECT e.id, d.rowid, e.sentence_id, e.statement_id, e.kind, e.status, e.quantity, e.quantity_approx, e.unit,
        e.date, e.date_end, e.date_precision, e.date_method, e.date_text, e.date_lo, e.date_hi, e.summary, e.start,
        e.stop, e.confidence, e.details, e.fact_id, e.curated
    FROM events e JOIN documents d ON d.id = e.document_id;

CREATE TABLE event_entities_0017 (
    event_id INTEGER NOT NULL REFERENCES event_rows(id) ON DELETE CASCADE,
    role TEXT NOT NULL,               -- supplier, recipient, system, participant, place, party...
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    PRIMARY KEY (event_id, role, entity_id)
) WITHOUT ROWID;
INSERT INTO event_entities_0017 (event_id, role, entity_id) SELECT event_id, role, entity_id FROM event_entities;

CREATE TABLE aliases_0017 (
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    alias TEXT NOT NULL,               -- as written
    norm TEXT NOT NULL,                -- script- and case-folded key for the name lookup
    source TEXT NOT NULL,              -- 'kb' or 'text'
    PRIMARY KEY (entity_id, alias)
) WITHOUT ROWID;
INSERT INTO aliases_0017 (entity_id, alias, norm, source) SELECT entity_id, alias, norm, source FROM aliases;

-- children first: with foreign keys off nothing cascades, but the order reads as the dependencies do
DROP TABLE event_entities;
DROP TABLE events;
DROP TABLE statements;
DROP TABLE timexes;
DROP TABLE mentions;
DROP TABLE sentence_spans;
DROP TABLE aliases;
DROP TABLE documents;
ALTER TABLE documents_0017 RENAME TO documents;
ALTER TABLE sentence_spans_0017 RENAME TO sentence_spans;
ALTER TABLE event_entities_0017 RENAME TO event_entities;
ALTER TABLE aliases_0017 RENAME TO aliases;

CREATE INDEX documents_path ON documents(path);
CREATE INDEX documents_sha256 ON documents(sha256);
CREATE INDEX documents_published_order ON documents(published IS NULL, published, id);
CREATE INDEX aliases_norm ON aliases(norm);
CREATE INDEX mentions_entity ON mention_spans(entity_id, doc);
CREATE INDEX mentions_document ON mention_spans(doc, start);
CREATE INDEX mentions_sentence ON mention_spans(sentence_id);
CREATE INDEX timexes_document ON timex_spans(doc);
CREATE INDEX statements_speaker ON statement_rows(speaker_id, date_lo);
CREATE INDEX statements_document ON statement_rows(doc, start);
CREATE INDEX statements_date ON statement_rows(date_lo);
CREATE INDEX statements_channel ON statement_rows(channel_id);
CREATE INDEX statements_date_order ON statement_rows(date_lo IS NULL, date_lo, date_hi);
CREATE UNIQUE INDEX statements_fact_id ON statement_rows(fact_id);
CREATE INDEX events_kind ON event_rows(kind, date_lo);
CREATE INDEX events_document ON event_rows(doc);
CREATE INDEX events_date_order ON event_rows(date_lo IS NULL, date_lo, date_hi);
CREATE UNIQUE INDEX events_fact_id ON event_rows(fact_id);
CREATE INDEX events_statement ON event_rows(statement_id);
CREATE INDEX event_entities_entity ON event_entities(entity_id, role);

-- The views: the old tables' names and columns. LEFT JOIN documents: a query that does not
-- ask for document_id does not read the documents row at all (SQLite drops the join), and one
-- that filters on it is turned into an inner join through documents' unique index on id.
CREATE VIEW sentences AS
    SELECT sp.id, d.id AS document_id, sp.idx, sp.paragraph, sp.start, sp.stop,
           CAST(substr(CAST(d.text AS BLOB), sp.byte_start + 1, sp.byte_len) AS TEXT) AS text,
           sp.id AS rowid
    FROM sentence_spans sp JOIN documents d ON d.pk = sp.doc;

CREATE VIEW mentions AS
    SELECT m.id, d.id AS document_id, m.sentence_id, m.entity_id, m.start, m.stop, m.text, m.method, m.confidence
    FROM mention_spans m LEFT JOIN documents d ON d.pk = m.doc;

CREATE VIEW timexes AS
    SELECT t.id, d.id AS document_id, t.sentence_id, t.start, t.stop, t.text, t.value, t.value_end, t.precision,
           t.method, t.kind, t.date_lo, t.date_hi
    FROM timex_spans t LEFT JOIN documents d ON d.pk = t.doc;

CREATE VIEW statements AS
    SELECT s.id, d.id AS document_id, s.sentence_id, s.speaker_id, s.speaker_text, s.role,
           coalesce(s.text, (SELECT substr(CAST(substr(CAST(dd.text AS BLOB), sp.byte_start + 1,
                                                       4 * (s.stop - sp.start)) AS TEXT),
                                           s.start - sp.start + 1, s.stop - s.start)
                             FROM sentence_spans sp JOIN documents dd ON dd.pk = sp.doc
                             WHERE sp.id = s.sentence_id)) AS text,
           s.start, s.stop, s.direct, s.language, s.cue, s.channel_id, s.date, s.date_end, s.date_precision,
           s.date_method, s.date_text, s.date_lo, s.date_hi, s.confidence, s.details, s.fact_id, s.curated
    FROM statement_rows s LEFT JOIN documents d ON d.pk = s.doc;

CREATE VIEW events AS
    SELECT e.id, d.id AS document_id, e.sentence_id, e.statement_id, e.kind, e.status, e.quantity,
           e.quantity_approx, e.unit, e.date, e.date_end, e.date_precision, e.date_method, e.date_text, e.date_lo,
           e.date_hi, e.summary, e.start, e.stop, e.confidence, e.details, e.fact_id, e.curated
    FROM event_rows e LEFT JOIN documents d ON d.pk = e.doc;

CREATE VIEW deliveries AS
SELECT
    e.id,
    (SELECT group_concat(x.name, '; ') FROM event_entities ee JOIN entities x ON x.id = ee.entity_id
      WHERE ee.event_id = e.id AND ee.role = 'supplier') AS supplier,
    (SELECT group_concat(x.name, '; ') FROM event_entities ee JOIN entities x ON x.id = ee.entity_id
      WHERE ee.event_id = e.id AND ee.role = 'recipient') AS recipient,
    (SELECT group_concat(x.name, '; ') FROM event_entities ee JOIN entities x ON x.id = ee.entity_id
      WHERE ee.event_id = e.id AND ee.role = 'system') AS system,
    CASE WHEN e.quantity = CAST(e.quantity AS INTEGER) THEN CAST(e.quantity AS INTEGER) ELSE e.quantity END
        AS quantity,
    e.quantity_approx, e.unit, e.status, e.date, e.date_end, e.date_precision,
    e.date_method, e.document_id, e.sentence_id, e.statement_id, e.confidence
FROM events e
WHERE e.kind = 'delivery';

-- Writing through the views, as into the old tables. A text written unchanged stays as stored
-- (NULL: cut from the document); any other text is stored as given.
CREATE TRIGGER mentions_ii INSTEAD OF INSERT ON mentions BEGIN
    INSERT INTO mention_spans (id, doc, sentence_id, entity_id, start, stop, text, method, confidence)
    VALUES (new.id, (SELECT pk FROM documents WHERE id = new.document_id), new.sentence_id, new.entity_id,
            new.start, new.stop, new.text, new.method, new.confidence);
END;
CREATE TRIGGER mentions_iu INSTEAD OF UPDATE ON mentions BEGIN
    UPDATE mention_spans SET id = new.id, doc = (SELECT pk FROM documents WHERE id = new.document_id),
        sentence_id = new.sentence_id, entity_id = new.entity_id, start = new.start, stop = new.stop,
        text = new.text, method = new.method, confidence = new.confidence
    WHERE id = old.id;
END;
CREATE TRIGGER mentions_id INSTEAD OF DELETE ON mentions BEGIN
    DELETE FROM mention_spans WHERE id = old.id;
END;

CREATE TRIGGER timexes_ii INSTEAD OF INSERT ON timexes BEGIN
    INSERT INTO timex_spans (id, doc, sentence_id, start, stop, text, value, value_end, precision, method, kind,
                             date_lo, date_hi)
    VALUES (new.id, (SELECT pk FROM documents WHERE id = new.document_id), new.sentence_id, new.start, new.stop,
            new.text, new.value, new.value_end, new.precision, new.method, new.kind, new.date_lo, new.date_hi);
END;
CREATE TRIGGER timexes_iu INSTEAD OF UPDATE ON timexes BEGIN
    UPDATE timex_spans SET id = new.id, doc = (SELECT pk FROM documents WHERE id = new.document_id),
        sentence_id = new.sentence_id, start = new.start, stop = new.stop, text = new.text, value = new.value,
        value_end = new.value_end, precision = new.precision, method = new.method, kind = new.kind,
        date_lo = new.date_lo, date_hi = new.date_hi
    WHERE id = old.id;
END;
CREATE TRIGGER timexes_id INSTEAD OF DELETE ON timexes BEGIN
    DELETE FROM timex_spans WHERE id = old.id;
END;

CREATE TRIGGER statements_ii INSTEAD OF INSERT ON statements BEGIN
    INSERT INTO statement_rows (id, doc, sentence_id, speaker_id, speaker_text, role, text, start, stop, direct,
        language, cue, channel_id, date, date_end, date_precision, date_method, date_text, date_lo, date_hi,
        confidence, details, fact_id, curated)
    VALUES (new.id, (SELECT pk FROM documents WHERE id = new.document_id), new.sentence_id, new.speaker_id,
        new.speaker_text, new.role, new.text, new.start, new.stop, new.direct, new.language, new.cue,
        new.channel_id, new.date, new.date_end, new.date_precision, new.date_method, new.date_text, new.date_lo,
        new.date_hi, new.confidence, new.details, new.fact_id, coalesce(new.curated, 0));
END;
CREATE TRIGGER statements_iu INSTEAD OF UPDATE ON statements BEGIN
    UPDATE statement_rows SET id = new.id, doc = (SELECT pk FROM documents WHERE id = new.document_id),
        sentence_id = new.sentence_id, speaker_id = new.speaker_id, speaker_text = new.speaker_text,
        role = new.role, text = CASE WHEN new.text IS old.text THEN text ELSE new.text END, start = new.start,
        stop = new.stop, direct = new.direct, language = new.language, cue = new.cue, channel_id = new.channel_id,
        date = new.date, date_end = new.date_end, date_precision = new.date_precision,
        date_method = new.date_method, date_text = new.date_text, date_lo = new.date_lo, date_hi = new.date_hi,
        confidence = new.confidence, details = new.details, fact_id = new.fact_id, curated = new.curated
    WHERE id = old.id;
END;
CREATE TRIGGER statements_id INSTEAD OF DELETE ON statements BEGIN
    DELETE FROM statement_rows WHERE id = old.id;
END;

CREATE TRIGGER events_ii INSTEAD OF INSERT ON events BEGIN
    INSERT INTO event_rows (id, doc, sentence_id, statement_id, kind, status, quantity, quantity_approx, unit,
        date, date_end, date_precision, date_method, date_text, date_lo, date_hi, summary, start, stop,
        confidence, details, fact_id, curated)
    VALUES (new.id, (SELECT pk FROM documents WHERE id = new.document_id), new.sentence_id, new.statement_id,
        new.kind, new.status, new.quantity, coalesce(new.quantity_approx, 0), new.unit, new.date, new.date_end,
        new.date_precision, new.date_method, new.date_text, new.date_lo, new.date_hi, new.summary, new.start,
        new.stop, new.confidence, new.details, new.fact_id, coalesce(new.curated, 0));
END;
CREATE TRIGGER events_iu INSTEAD OF UPDATE ON events BEGIN
    UPDATE event_rows SET id = new.id, doc = (SELECT pk FROM documents WHERE id = new.document_id),
        sentence_id = new.sentence_id, statement_id = new.statement_id, kind = new.kind, status = new.status,
        quantity = new.quantity, quantity_approx = new.quantity_approx, unit = new.unit, date = new.date,
        date_end = new.date_end, date_precision = new.date_precision, date_method = new.date_method,
        date_text = new.date_text, date_lo = new.date_lo, date_hi = new.date_hi, summary = new.summary,
        start = new.start, stop = new.stop, confidence = new.confidence, details = new.details,
        fact_id = new.fact_id, curated = new.curated
    WHERE id = old.id;
END;
CREATE TRIGGER events_id INSTEAD OF DELETE ON events BEGIN
    DELETE FROM event_rows WHERE id = old.id;
END;

-- The full-text index in step with the text (as 0006/0015), by integer key.
CREATE TRIGGER sentence_spans_ai AFTER INSERT ON sentence_spans BEGIN
    INSERT INTO sentences_fts (rowid, text)
        SELECT new.id, CAST(substr(CAST(d.text AS BLOB), new.byte_start + 1, new.byte_len) AS TEXT)
        FROM documents d WHERE d.pk = new.doc;
END;
CREATE TRIGGER sentence_spans_ad AFTER DELETE ON sentence_spans BEGIN
    INSERT INTO sentences_fts (sentences_fts, rowid, text)
        SELECT 'delete', old.id, CAST(substr(CAST(d.text AS BLOB), old.byte_start + 1, old.byte_len) AS TEXT)
        FROM documents d WHERE d.pk = old.doc;
END;
CREATE TRIGGER documents_fts_bd BEFORE DELETE ON documents BEGIN
    INSERT INTO sentences_fts (sentences_fts, rowid, text)
        SELECT 'delete', sp.id, CAST(substr(CAST(old.text AS BLOB), sp.byte_start + 1, sp.byte_len) AS TEXT)
        FROM sentence_spans sp WHERE sp.doc = old.pk;
END;
CREATE TRIGGER documents_fts_bu BEFORE UPDATE OF text ON documents BEGIN
    INSERT INTO sentences_fts (sentences_fts, rowid, text)
        SELECT 'delete', sp.id, CAST(substr(CAST(old.text AS BLOB), sp.byte_start + 1, sp.byte_len) AS TEXT)
        FROM sentence_spans sp WHERE sp.doc = old.pk;
END;
CREATE TRIGGER documents_fts_au AFTER UPDATE OF text ON documents BEGIN
    INSERT INTO sentences_fts (rowid, text)
        SELECT sp.id, CAST(substr(CAST(new.text AS BLOB), sp.byte_start + 1, sp.byte_len) AS TEXT)
        FROM sentence_spans sp WHERE sp.doc = new.pk;
END;

-- entity_counts and entity_forms (0012) kept by the same triggers, on mention_spans.
CREATE TRIGGER mentions_counts_ai AFTER INSERT ON mention_spans BEGIN
    INSERT INTO entity_counts (entity_id, mentions, documents) VALUES (new.entity_id, 1, 1)
    ON CONFLICT (entity_id) DO UPDATE SET mentions = mentions + 1,
        documents = documents + NOT EXISTS (SELECT 1 FROM mention_spans m WHERE m.entity_id = new.entity_id
                                            AND m.doc = new.doc AND m.id <> new.id);
END;
CREATE TRIGGER mentions_counts_ad AFTER DELETE ON mention_spans BEGIN
    UPDATE entity_counts SET mentions = mentions - 1,
        documents = documents - NOT EXISTS (SELECT 1 FROM mention_spans m WHERE m.entity_id = old.entity_id
                                            AND m.doc = old.doc)
    WHERE entity_id = old.entity_id;
    DELETE FROM entity_counts WHERE entity_id = old.entity_id AND mentions <= 0;
END;
CREATE TRIGGER mentions_counts_au AFTER UPDATE OF entity_id, doc ON mention_spans
WHEN old.entity_id IS NOT new.entity_id OR old.doc IS NOT new.doc BEGIN
    UPDATE entity_counts SET mentions = mentions - 1,
        documents = documents - NOT EXISTS (SELECT 1 FROM mention_spans m WHERE m.entity_id = old.entity_id
                                            AND m.doc = old.doc)
    WHERE entity_id = old.entity_id;
    DELETE FROM entity_counts WHERE entity_id = old.entity_id AND mentions <= 0;
    INSERT INTO entity_counts (entity_id, mentions, documents) VALUES (new.entity_id, 1, 1)
    ON CONFLICT (entity_id) DO UPDATE SET mentions = mentions + 1,
        documents = documents + NOT EXISTS (SELECT 1 FROM mention_spans m WHERE m.entity_id = new.entity_id
                                            AND m.doc = new.doc AND m.id <> new.id);
END;
CREATE TRIGGER mentions_forms_ai AFTER INSERT ON mention_spans BEGIN
    INSERT INTO entity_forms (entity_id, text, mentions) VALUES (new.entity_id, new.text, 1)
    ON CONFLICT (entity_id, text) DO UPDATE SET mentions = mentions + 1;
END;
CREATE TRIGGER mentions_forms_ad AFTER DELETE ON mention_spans BEGIN
    UPDATE entity_forms SET mentions = mentions - 1 WHERE entity_id = old.entity_id AND text = old.text;
    DELETE FROM entity_forms WHERE entity_id = old.entity_id AND text = old.text AND mentions <= 0;
END;
CREATE TRIGGER mentions_forms_au AFTER UPDATE OF entity_id, text ON mention_spans
WHEN old.entity_id IS NOT new.entity_id OR old.text IS NOT new.text BEGIN
    UPDATE entity_forms SET mentions = mentions - 1 WHERE entity_id = old.entity_id AND text = old.text;
    DELETE FROM entity_forms WHERE entity_id = old.entity_id AND text = old.text AND mentions <= 0;
    INSERT INTO entity_forms (entity_id, text, mentions) VALUES (new.entity_id, new.text, 1)
    ON CONFLICT (entity_id, text) DO UPDATE SET mentions = mentions + 1;
END;
