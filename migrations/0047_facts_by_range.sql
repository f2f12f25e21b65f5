-- bellink: foreign keys off
-- A document's statements and events as ranges of ids kept in its row (issue 15), as its sentences
-- since 0046: statement_rows and event_rows without their indexes by document.
--
-- The writer gives a document's statements, and its events, consecutive ids, so statements_document
-- (doc, start) and events_document (doc) (0.064 and 0.028 bytes per source byte of 10,000 generated
-- English articles) only ever answered "the statements (events) of document d", which the
-- document's row now says: document_rows.statement_first/statement_last and event_first/event_last,
-- the smallest and largest id of each (NULL when it has none). The views `statements` and `events`
-- join a row to its document by its key and that range, so that a look-up by document_id reads the
-- ids of the range; the listings that count or read a document's facts are unchanged. A row written by
-- another program (through the views' triggers or into the tables) in any order widens its document's
-- range (statement_rows_range_ai/au, event_rows_range_ai/au: the writer sets the ranges before its
-- rows, so they only compare); a wider range is read, never a wrong row.
--
-- ON DELETE CASCADE on doc needed those indexes (without them every deleted document would scan the
-- tables): the references go, and documents_facts_ad deletes the two ranges instead. The tables are
-- rebuilt through a copy (no RENAME), their other indexes and the views' triggers made again word for
-- word; the views are made again with the range in their join.


ALTER TABLE "document_rows" ADD COLUMN statement_first INTEGER;  -- the smallest id of its statements

ALTER TABLE "document_rows" ADD COLUMN statement_last INTEGER;   -- the largest

ALTER TABLE "document_rows" ADD COLUMN event_first INTEGER;  -- the smallest id of its events

ALTER TABLE "document_rows" ADD COLUMN event_last INTEGER;   -- the largest

UPDATE "document_rows" SET statement_first = (SELECT min(id) FROM statement_rows WHERE doc = pk),
                           statement_last = (SELECT max(id) FROM statement_rows WHERE doc = pk);

UPDATE "document_rows" SET event_first = (SELECT min(id) FROM event_rows WHERE doc = pk),
                           event_last = (SELECT max(id) FROM event_rows WHERE doc = pk);

DROP VIEW statements;
DROP VIEW events;

CREATE TEMP TABLE statement_rows_copy AS SELECT * FROM statement_rows;
DROP TABLE statement_rows;
CREATE TABLE statement_rows (
    id INTEGER PRIMARY KEY,
    doc INTEGER NOT NULL,             -- document_rows.pk; its statements are ids statement_first..statement_last
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
    confidence REAL NOT NULL,
    fact_id TEXT,
    curated INTEGER NOT NULL DEFAULT 0
, details_id INTEGER REFERENCES fact_details(id), speaker_text_id INTEGER REFERENCES fact_phrases(id), role_id INTEGER REFERENCES fact_phrases(id), cue_id INTEGER REFERENCES fact_phrases(id), date_method_code INTEGER, fact_key INTEGER, day_lo INTEGER, day_hi INTEGER);
INSERT INTO statement_rows SELECT * FROM temp.statement_rows_copy ORDER BY id;
DROP TABLE temp.statement_rows_copy;

CREATE TEMP TABLE event_rows_copy AS SELECT * FROM event_rows;
DROP TABLE event_rows;
CREATE TABLE event_rows (
    id INTEGER PRIMARY KEY,
    doc INTEGER NOT NULL,             -- document_rows.pk; its events are ids event_first..event_last
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
    summary TEXT NOT NULL,
    start INTEGER NOT NULL,
    stop INTEGER NOT NULL,
    confidence REAL NOT NULL,
    fact_id TEXT,
    curated INTEGER NOT NULL DEFAULT 0
, details_id INTEGER REFERENCES fact_details(id), summary_id INTEGER REFERENCES fact_phrases(id), date_method_code INTEGER, fact_key INTEGER, day_lo INTEGER, day_hi INTEGER);
INSERT INTO event_rows SELECT * FROM temp.event_rows_copy ORDER BY id;
DROP TABLE temp.event_rows_copy;

CREATE INDEX statements_channel ON statement_rows(channel_id) WHERE channel_id IS NOT NULL;
CREATE INDEX statements_date_order ON statement_rows(day_lo IS NULL, day_lo, coalesce(day_hi, day_lo));
CREATE UNIQUE INDEX statements_fact_id ON statement_rows(fact_id) WHERE fact_id IS NOT NULL;
CREATE UNIQUE INDEX statements_fact_key ON statement_rows(fact_key);
CREATE INDEX statements_speaker ON statement_rows(speaker_id) WHERE speaker_id IS NOT NULL;
CREATE INDEX events_date_order ON event_rows(day_lo IS NULL, day_lo, coalesce(day_hi, day_lo));
CREATE UNIQUE INDEX events_fact_id ON event_rows(fact_id) WHERE fact_id IS NOT NULL;
CREATE UNIQUE INDEX events_fact_key ON event_rows(fact_key);
CREATE INDEX events_kind ON event_rows(kind, day_lo IS NULL, day_lo, coalesce(day_hi, day_lo));
CREATE INDEX events_statement ON event_rows(statement_id) WHERE statement_id IS NOT NULL;

CREATE VIEW statements AS SELECT s.id, d.id AS document_id, s.sentence_id, s.speaker_id, coalesce(s.speaker_text, (SELECT p.text FROM fact_phrases p WHERE p.id = s.speaker_text_id)) AS speaker_text, coalesce(s.role, (SELECT p.text FROM fact_phrases p WHERE p.id = s.role_id)) AS role, coalesce(s.text, (SELECT substr(CAST(coalesce(substr((SELECT CAST(group_concat(tp.piece, '') AS BLOB) FROM document_text tp WHERE tp.key BETWEEN (dd.pk << 32) + sp.byte_start / 512 AND (dd.pk << 32) + (sp.byte_start + 4 * (s.stop - sp.start) - 1) / 512), sp.byte_start % 512 + 1, 4 * (s.stop - sp.start)), x'') AS TEXT), s.start - sp.start + 1, s.stop - s.start) FROM sentence_spans sp JOIN "document_rows" dd ON dd.pk = sp.doc WHERE sp.id = s.sentence_id)) AS text, s.start, s.stop, s.direct, s.language, coalesce(s.cue, (SELECT p.text FROM fact_phrases p WHERE p.id = s.cue_id)) AS cue, s.channel_id, coalesce(s.date, CASE s.date_precision WHEN 'day' THEN date(2440587.5 + s.day_lo) WHEN 'month' THEN substr(date(2440587.5 + s.day_lo), 1, 7) WHEN 'year' THEN substr(date(2440587.5 + s.day_lo), 1, 4) END) AS date, s.date_end, s.date_precision, coalesce(s.date_method, CASE s.date_method_code WHEN 0 THEN 'publication' WHEN 1 THEN 'relative' WHEN 2 THEN 'explicit' WHEN 3 THEN 'reported' WHEN 4 THEN 'user' END) AS date_method, s.date_text, date(2440587.5 + s.day_lo) AS date_lo, date(2440587.5 + coalesce(s.day_hi, s.day_lo)) AS date_hi, CASE WHEN s.confidence > 1 THEN s.confidence / 100.0 ELSE s.confidence END AS confidence, (SELECT fd.json FROM fact_details fd WHERE fd.id = s.details_id) AS details, CASE WHEN s.fact_key IS NULL THEN s.fact_id ELSE printf('%s-%012x', 's', s.fact_key + 140737488355328) END AS fact_id, s.curated, s.day_lo, coalesce(s.day_hi, s.day_lo) AS day_hi FROM statement_rows s LEFT JOIN "document_rows" d ON d.pk = s.doc AND s.id BETWEEN d.statement_first AND d.statement_last;

CREATE VIEW events AS
    SELECT e.id, d.id AS document_id, e.sentence_id, e.statement_id, e.kind, e.status, e.quantity,
           e.quantity_approx, e.unit,
           coalesce(e.date, CASE e.date_precision WHEN 'day' THEN date(2440587.5 + e.day_lo) WHEN 'month' THEN substr(date(2440587.5 + e.day_lo), 1, 7) WHEN 'year' THEN substr(date(2440587.5 + e.day_lo), 1, 4) END) AS date, e.date_end, e.date_precision,
           coalesce(e.date_method, CASE e.date_method_code WHEN 0 THEN 'publication' WHEN 1 THEN 'relative' WHEN 2 THEN 'explicit' WHEN 3 THEN 'reported' WHEN 4 THEN 'user' END) AS date_method, e.date_text, date(2440587.5 + e.day_lo) AS date_lo,
           date(2440587.5 + coalesce(e.day_hi, e.day_lo)) AS date_hi, coalesce((SELECT p.text FROM fact_phrases p WHERE p.id = e.summary_id), e.summary) AS summary, e.start, e.stop, CASE WHEN e.confidence > 1 THEN e.confidence / 100.0 ELSE e.confidence END AS confidence,
           (SELECT fd.json FROM fact_details fd WHERE fd.id = e.details_id) AS details, CASE WHEN e.fact_key IS NULL THEN e.fact_id ELSE printf('%s-%012x', CASE e.kind WHEN 'delivery' THEN 'd' WHEN 'meeting' THEN 'm' WHEN 'exercise' THEN 'x' WHEN 'deployment' THEN 'p' WHEN 'agreement' THEN 'a' WHEN 'service_entry' THEN 'e' WHEN 'denial' THEN 'n' ELSE 'f' END, e.fact_key + 140737488355328) END AS fact_id, e.curated, e.day_lo, coalesce(e.day_hi, e.day_lo) AS day_hi
    FROM event_rows e LEFT JOIN "document_rows" d ON d.pk = e.doc AND e.id BETWEEN d.event_first AND d.event_last;

CREATE TRIGGER statements_id INSTEAD OF DELETE ON statements BEGIN DELETE FROM statement_rows WHERE id = old.id; END;

CREATE TRIGGER statements_ii INSTEAD OF INSERT ON statements BEGIN SELECT RAISE(ABORT, 'date_lo and date_hi take ISO days (YYYY-MM-DD)') WHERE (new.date_lo IS NOT NULL AND date(julianday(new.date_lo)) IS NOT new.date_lo) OR (new.date_hi IS NOT NULL AND date(julianday(new.date_hi)) IS NOT new.date_hi); INSERT OR IGNORE INTO fact_phrases (text) SELECT new.speaker_text WHERE new.speaker_text IS NOT NULL; INSERT OR IGNORE INTO fact_phrases (text) SELECT new.role WHERE new.role IS NOT NULL; INSERT OR IGNORE INTO fact_phrases (text) SELECT new.cue WHERE new.cue IS NOT NULL; INSERT INTO fact_details (json) SELECT new.details WHERE new.details IS NOT NULL AND NOT EXISTS (SELECT 1 FROM fact_details WHERE length(json) = length(new.details) AND substr(json, -16) = substr(new.details, -16) AND +json = new.details); INSERT INTO statement_rows (id, doc, sentence_id, speaker_id, speaker_text, role, text, start, stop, direct, language, cue, channel_id, date, date_end, date_precision, date_method, date_text, day_lo, day_hi, confidence, details_id, fact_id, fact_key, curated, speaker_text_id, role_id, cue_id, date_method_code) VALUES (new.id, (SELECT pk FROM "document_rows" WHERE id = new.document_id), new.sentence_id, new.speaker_id, NULL, NULL, new.text, new.start, new.stop, new.direct, new.language, NULL, new.channel_id, new.date, new.date_end, new.date_precision, CASE WHEN new.date_method IN ('publication', 'relative', 'explicit', 'reported', 'user') THEN NULL ELSE new.date_method END, new.date_text, CAST(julianday(new.date_lo) - 2440587.5 AS INTEGER), CAST(julianday(nullif(new.date_hi, new.date_lo)) - 2440587.5 AS INTEGER), new.confidence, (SELECT id FROM fact_details WHERE length(json) = length(new.details) AND substr(json, -16) = substr(new.details, -16) AND +json = new.details), CASE WHEN (length(new.fact_id) = 14 AND substr(new.fact_id, 1, 2) = 's' || '-' AND substr(new.fact_id, 3) NOT GLOB '*[^0-9a-f]*') THEN NULL ELSE new.fact_id END, CASE WHEN (length(new.fact_id) = 14 AND substr(new.fact_id, 1, 2) = 's' || '-' AND substr(new.fact_id, 3) NOT GLOB '*[^0-9a-f]*') THEN ((instr('0123456789abcdef', substr(new.fact_id, 3, 1)) - 1) << 44) + ((instr('0123456789abcdef', substr(new.fact_id, 4, 1)) - 1) << 40) + ((instr('0123456789abcdef', substr(new.fact_id, 5, 1)) - 1) << 36) + ((instr('0123456789abcdef', substr(new.fact_id, 6, 1)) - 1) << 32) + ((instr('0123456789abcdef', substr(new.fact_id, 7, 1)) - 1) << 28) + ((instr('0123456789abcdef', substr(new.fact_id, 8, 1)) - 1) << 24) + ((instr('0123456789abcdef', substr(new.fact_id, 9, 1)) - 1) << 20) + ((instr('0123456789abcdef', substr(new.fact_id, 10, 1)) - 1) << 16) + ((instr('0123456789abcdef', substr(new.fact_id, 11, 1)) - 1) << 12) + ((instr('0123456789abcdef', substr(new.fact_id, 12, 1)) - 1) << 8) + ((instr('0123456789abcdef', substr(new.fact_id, 13, 1)) - 1) << 4) + ((instr('0123456789abcdef', substr(new.fact_id, 14, 1)) - 1) << 0) - 140737488355328 END, coalesce(new.curated, 0), (SELECT id FROM fact_phrases WHERE text = new.speaker_text), (SELECT id FROM fact_phrases WHERE text = new.role), (SELECT id FROM fact_phrases WHERE text = new.cue), CASE new.date_method WHEN 'publication' THEN 0 WHEN 'relative' THEN 1 WHEN 'explicit' THEN 2 WHEN 'reported' THEN 3 WHEN 'user' THEN 4 END); END;

CREATE TRIGGER statements_iu INSTEAD OF UPDATE ON statements BEGIN SELECT RAISE(ABORT, 'date_lo and date_hi take ISO days (YYYY-MM-DD)') WHERE (new.date_lo IS NOT NULL AND date(julianday(new.date_lo)) IS NOT new.date_lo) OR (new.date_hi IS NOT NULL AND date(julianday(new.date_hi)) IS NOT new.date_hi); INSERT OR IGNORE INTO fact_phrases (text) SELECT new.speaker_text WHERE new.speaker_text IS NOT NULL; INSERT OR IGNORE INTO fact_phrases (text) SELECT new.role WHERE new.role IS NOT NULL; INSERT OR IGNORE INTO fact_phrases (text) SELECT new.cue WHERE new.cue IS NOT NULL; INSERT INTO fact_details (json) SELECT new.details WHERE new.details IS NOT NULL AND NOT EXISTS (SELECT 1 FROM fact_details WHERE length(json) = length(new.details) AND substr(json, -16) = substr(new.details, -16) AND +json = new.details); UPDATE statement_rows SET id = new.id, doc = (SELECT pk FROM "document_rows" WHERE id = new.document_id), sentence_id = new.sentence_id, speaker_id = new.speaker_id, speaker_text = NULL, speaker_text_id = (SELECT id FROM fact_phrases WHERE text = new.speaker_text), role = NULL, role_id = (SELECT id FROM fact_phrases WHERE text = new.role), text = CASE WHEN new.text IS old.text THEN text ELSE new.text END, start = new.start, stop = new.stop, direct = new.direct, language = new.language, cue = NULL, cue_id = (SELECT id FROM fact_phrases WHERE text = new.cue), channel_id = new.channel_id, date = new.date, date_end = new.date_end, date_precision = new.date_precision, date_method = CASE WHEN new.date_method IN ('publication', 'relative', 'explicit', 'reported', 'user') THEN NULL ELSE new.date_method END, date_method_code = CASE new.date_method WHEN 'publication' THEN 0 WHEN 'relative' THEN 1 WHEN 'explicit' THEN 2 WHEN 'reported' THEN 3 WHEN 'user' THEN 4 END, date_text = new.date_text, day_lo = CAST(julianday(new.date_lo) - 2440587.5 AS INTEGER), day_hi = CAST(julianday(nullif(new.date_hi, new.date_lo)) - 2440587.5 AS INTEGER), confidence = new.confidence, details_id = (SELECT id FROM fact_details WHERE length(json) = length(new.details) AND substr(json, -16) = substr(new.details, -16) AND +json = new.details), fact_id = CASE WHEN (length(new.fact_id) = 14 AND substr(new.fact_id, 1, 2) = 's' || '-' AND substr(new.fact_id, 3) NOT GLOB '*[^0-9a-f]*') THEN NULL ELSE new.fact_id END, fact_key = CASE WHEN (length(new.fact_id) = 14 AND substr(new.fact_id, 1, 2) = 's' || '-' AND substr(new.fact_id, 3) NOT GLOB '*[^0-9a-f]*') THEN ((instr('0123456789abcdef', substr(new.fact_id, 3, 1)) - 1) << 44) + ((instr('0123456789abcdef', substr(new.fact_id, 4, 1)) - 1) << 40) + ((instr('0123456789abcdef', substr(new.fact_id, 5, 1)) - 1) << 36) + ((instr('0123456789abcdef', substr(new.fact_id, 6, 1)) - 1) << 32) + ((instr('0123456789abcdef', substr(new.fact_id, 7, 1)) - 1) << 28) + ((instr('0123456789abcdef', substr(new.fact_id, 8, 1)) - 1) << 24) + ((instr('0123456789abcdef', substr(new.fact_id, 9, 1)) - 1) << 20) + ((instr('0123456789abcdef', substr(new.fact_id, 10, 1)) - 1) << 16) + ((instr('0123456789abcdef', substr(new.fact_id, 11, 1)) - 1) << 12) + ((instr('0123456789abcdef', substr(new.fact_id, 12, 1)) - 1) << 8) + ((instr('0123456789abcdef', substr(new.fact_id, 13, 1)) - 1) << 4) + ((instr('0123456789abcdef', substr(new.fact_id, 14, 1)) - 1) << 0) - 140737488355328 END, curated = new.curated WHERE id = old.id; END;

CREATE TRIGGER events_id INSTEAD OF DELETE ON events BEGIN
    DELETE FROM event_rows WHERE id = old.id;
END;

CREATE TRIGGER events_ii INSTEAD OF INSERT ON events BEGIN
    SELECT RAISE(ABORT, 'date_lo and date_hi take ISO days (YYYY-MM-DD)') WHERE (new.date_lo IS NOT NULL AND date(julianday(new.date_lo)) IS NOT new.date_lo) OR (new.date_hi IS NOT NULL AND date(julianday(new.date_hi)) IS NOT new.date_hi);
    INSERT OR IGNORE INTO fact_phrases (text) SELECT new.summary WHERE new.summary IS NOT NULL;
    INSERT INTO fact_details (json) SELECT new.details WHERE new.details IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM fact_details WHERE length(json) = length(new.details) AND substr(json, -16) = substr(new.details, -16) AND +json = new.details);
    INSERT INTO event_rows (id, doc, sentence_id, statement_id, kind, status, quantity, quantity_approx, unit,
        date, date_end, date_precision, date_method, date_text, day_lo, day_hi, summary, start, stop,
        confidence, details_id, fact_id, fact_key, curated, summary_id, date_method_code)
    VALUES (new.id, (SELECT pk FROM "document_rows" WHERE id = new.document_id), new.sentence_id, new.statement_id,
        new.kind, new.status, new.quantity, coalesce(new.quantity_approx, 0), new.unit, new.date, new.date_end,
        new.date_precision, CASE WHEN new.date_method IN ('publication', 'relative', 'explicit', 'reported', 'user') THEN NULL ELSE new.date_method END, new.date_text, CAST(julianday(new.date_lo) - 2440587.5 AS INTEGER), CAST(julianday(nullif(new.date_hi, new.date_lo)) - 2440587.5 AS INTEGER),
        CASE WHEN new.summary IS NOT NULL THEN '' END, new.start,
        new.stop, new.confidence,
        (SELECT id FROM fact_details WHERE length(json) = length(new.details) AND substr(json, -16) = substr(new.details, -16) AND +json = new.details), CASE WHEN (length(new.fact_id) = 14 AND substr(new.fact_id, 1, 2) = CASE new.kind WHEN 'delivery' THEN 'd' WHEN 'meeting' THEN 'm' WHEN 'exercise' THEN 'x' WHEN 'deployment' THEN 'p' WHEN 'agreement' THEN 'a' WHEN 'service_entry' THEN 'e' WHEN 'denial' THEN 'n' ELSE 'f' END || '-' AND substr(new.fact_id, 3) NOT GLOB '*[^0-9a-f]*') THEN NULL ELSE new.fact_id END, CASE WHEN (length(new.fact_id) = 14 AND substr(new.fact_id, 1, 2) = CASE new.kind WHEN 'delivery' THEN 'd' WHEN 'meeting' THEN 'm' WHEN 'exercise' THEN 'x' WHEN 'deployment' THEN 'p' WHEN 'agreement' THEN 'a' WHEN 'service_entry' THEN 'e' WHEN 'denial' THEN 'n' ELSE 'f' END || '-' AND substr(new.fact_id, 3) NOT GLOB '*[^0-9a-f]*') THEN ((instr('0123456789abcdef', substr(new.fact_id, 3, 1)) - 1) << 44) + ((instr('0123456789abcdef', substr(new.fact_id, 4, 1)) - 1) << 40) + ((instr('0123456789abcdef', substr(new.fact_id, 5, 1)) - 1) << 36) + ((instr('0123456789abcdef', substr(new.fact_id, 6, 1)) - 1) << 32) + ((instr('0123456789abcdef', substr(new.fact_id, 7, 1)) - 1) << 28) + ((instr('0123456789abcdef', substr(new.fact_id, 8, 1)) - 1) << 24) + ((instr('0123456789abcdef', substr(new.fact_id, 9, 1)) - 1) << 20) + ((instr('0123456789abcdef', substr(new.fact_id, 10, 1)) - 1) << 16) + ((instr('0123456789abcdef', substr(new.fact_id, 11, 1)) - 1) << 12) + ((instr('0123456789abcdef', substr(new.fact_id, 12, 1)) - 1) << 8) + ((instr('0123456789abcdef', substr(new.fact_id, 13, 1)) - 1) << 4) + ((instr('0123456789abcdef', substr(new.fact_id, 14, 1)) - 1) << 0) - 140737488355328 END, coalesce(new.curated, 0),
        (SELECT id FROM fact_phrases WHERE text = new.summary), CASE new.date_method WHEN 'publication' THEN 0 WHEN 'relative' THEN 1 WHEN 'explicit' THEN 2 WHEN 'reported' THEN 3 WHEN 'user' THEN 4 END);
END;

CREATE TRIGGER events_iu INSTEAD OF UPDATE ON events BEGIN
    SELECT RAISE(ABORT, 'date_lo and date_hi take ISO days (YYYY-MM-DD)') WHERE (new.date_lo IS NOT NULL AND date(julianday(new.date_lo)) IS NOT new.date_lo) OR (new.date_hi IS NOT NULL AND date(julianday(new.date_hi)) IS NOT new.date_hi);
    INSERT OR IGNORE INTO fact_phrases (text) SELECT new.summary WHERE new.summary IS NOT NULL;
    INSERT INTO fact_details (json) SELECT new.details WHERE new.details IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM fact_details WHERE length(json) = length(new.details) AND substr(json, -16) = substr(new.details, -16) AND +json = new.details);
    UPDATE event_rows SET id = new.id, doc = (SELECT pk FROM "document_rows" WHERE id = new.document_id),
        sentence_id = new.sentence_id, statement_id = new.statement_id, kind = new.kind, status = new.status,
        quantity = new.quantity, quantity_approx = new.quantity_approx, unit = new.unit, date = new.date,
        date_end = new.date_end, date_precision = new.date_precision, date_method = CASE WHEN new.date_method IN ('publication', 'relative', 'explicit', 'reported', 'user') THEN NULL ELSE new.date_method END,
        date_method_code = CASE new.date_method WHEN 'publication' THEN 0 WHEN 'relative' THEN 1 WHEN 'explicit' THEN 2 WHEN 'reported' THEN 3 WHEN 'user' THEN 4 END, date_text = new.date_text, day_lo = CAST(julianday(new.date_lo) - 2440587.5 AS INTEGER), day_hi = CAST(julianday(nullif(new.date_hi, new.date_lo)) - 2440587.5 AS INTEGER),
        summary = CASE WHEN new.summary IS NOT NULL THEN '' END,
        summary_id = (SELECT id FROM fact_phrases WHERE text = new.summary),
        start = new.start, stop = new.stop, confidence = new.confidence, details_id = (SELECT id FROM fact_details WHERE length(json) = length(new.details) AND substr(json, -16) = substr(new.details, -16) AND +json = new.details),
        fact_id = CASE WHEN (length(new.fact_id) = 14 AND substr(new.fact_id, 1, 2) = CASE new.kind WHEN 'delivery' THEN 'd' WHEN 'meeting' THEN 'm' WHEN 'exercise' THEN 'x' WHEN 'deployment' THEN 'p' WHEN 'agreement' THEN 'a' WHEN 'service_entry' THEN 'e' WHEN 'denial' THEN 'n' ELSE 'f' END || '-' AND substr(new.fact_id, 3) NOT GLOB '*[^0-9a-f]*') THEN NULL ELSE new.fact_id END, fact_key = CASE WHEN (length(new.fact_id) = 14 AND substr(new.fact_id, 1, 2) = CASE new.kind WHEN 'delivery' THEN 'd' WHEN 'meeting' THEN 'm' WHEN 'exercise' THEN 'x' WHEN 'deployment' THEN 'p' WHEN 'agreement' THEN 'a' WHEN 'service_entry' THEN 'e' WHEN 'denial' THEN 'n' ELSE 'f' END || '-' AND substr(new.fact_id, 3) NOT GLOB '*[^0-9a-f]*') THEN ((instr('0123456789abcdef', substr(new.fact_id, 3, 1)) - 1) << 44) + ((instr('0123456789abcdef', substr(new.fact_id, 4, 1)) - 1) << 40) + ((instr('0123456789abcdef', substr(new.fact_id, 5, 1)) - 1) << 36) + ((instr('0123456789abcdef', substr(new.fact_id, 6, 1)) - 1) << 32) + ((instr('0123456789abcdef', substr(new.fact_id, 7, 1)) - 1) << 28) + ((instr('0123456789abcdef', substr(new.fact_id, 8, 1)) - 1) << 24) + ((instr('0123456789abcdef', substr(new.fact_id, 9, 1)) - 1) << 20) + ((instr('0123456789abcdef', substr(new.fact_id, 10, 1)) - 1) << 16) + ((instr('0123456789abcdef', substr(new.fact_id, 11, 1)) - 1) << 12) + ((instr('0123456789abcdef', substr(new.fact_id, 12, 1)) - 1) << 8) + ((instr('0123456789abcdef', substr(new.fact_id, 13, 1)) - 1) << 4) + ((instr('0123456789abcdef', substr(new.fact_id, 14, 1)) - 1) << 0) - 140737488355328 END, curated = new.curated
    WHERE id = old.id;
END;

CREATE TRIGGER statement_rows_range_ai AFTER INSERT ON statement_rows
WHEN NOT EXISTS (SELECT 1 FROM "document_rows" WHERE pk = new.doc AND new.id BETWEEN statement_first AND statement_last) BEGIN
    UPDATE "document_rows" SET statement_first = min(coalesce(statement_first, new.id), new.id),
                               statement_last = max(coalesce(statement_last, new.id), new.id)
    WHERE pk = new.doc;
END;

CREATE TRIGGER statement_rows_range_au AFTER UPDATE OF id, doc ON statement_rows
WHEN NOT EXISTS (SELECT 1 FROM "document_rows" WHERE pk = new.doc AND new.id BETWEEN statement_first AND statement_last) BEGIN
    UPDATE "document_rows" SET statement_first = min(coalesce(statement_first, new.id), new.id),
                               statement_last = max(coalesce(statement_last, new.id), new.id)
    WHERE pk = new.doc;
END;

CREATE TRIGGER event_rows_range_ai AFTER INSERT ON event_rows
WHEN NOT EXISTS (SELECT 1 FROM "document_rows" WHERE pk = new.doc AND new.id BETWEEN event_first AND event_last) BEGIN
    UPDATE "document_rows" SET event_first = min(coalesce(event_first, new.id), new.id),
                               event_last = max(coalesce(event_last, new.id), new.id)
    WHERE pk = new.doc;
END;

CREATE TRIGGER event_rows_range_au AFTER UPDATE OF id, doc ON event_rows
WHEN NOT EXISTS (SELECT 1 FROM "document_rows" WHERE pk = new.doc AND new.id BETWEEN event_first AND event_last) BEGIN
    UPDATE "document_rows" SET event_first = min(coalesce(event_first, new.id), new.id),
                               event_last = max(coalesce(event_last, new.id), new.id)
    WHERE pk = new.doc;
END;

CREATE TRIGGER documents_facts_ad AFTER DELETE ON "document_rows" BEGIN
    DELETE FROM event_rows WHERE id BETWEEN old.event_first AND old.event_last AND doc = old.pk;
    DELETE FROM statement_rows WHERE id BETWEEN old.statement_first AND old.statement_last AND doc = old.pk;
END;
