-- A fact's first and last day as day numbers (issue 15: days since 1970-01-01, 2 bytes where the
-- ISO date took 10, in the row and twice in each date-order index).
--
-- statement_rows and event_rows kept date_lo/date_hi as ISO text for the overlap filters and the
-- date order; the three date-order indexes (statements_date_order, events_date_order, events_kind)
-- held both again. They are now day_lo/day_hi INTEGER (days since 1970-01-01: julianday - 2440587.5),
-- day_hi NULL when it is day_lo (as date_hi was, 0038). Day numbers sort as the ISO dates did, so
-- every date order is the order it was; the listings order and filter by the views' day_lo/day_hi
-- (the indexed expressions), and the views `statements` and `events` still give date_lo/date_hi as
-- ISO text (what Datasette, `fact` and the workbench show), with day_lo/day_hi after them. Their
-- triggers take ISO dates and store day numbers. Every date the writer stores is a valid calendar
-- day (Python's date.isoformat), so julianday() and date() give it back exactly.
-- The columns are new (ISO text would stay text in a TEXT column), the old ones dropped: the views
-- and their triggers, and `deliveries` that reads `events`, are made again.

DROP VIEW deliveries;
DROP VIEW statements;
DROP VIEW events;
DROP INDEX statements_date_order;
DROP INDEX events_date_order;
DROP INDEX events_kind;

ALTER TABLE statement_rows ADD COLUMN day_lo INTEGER;
ALTER TABLE statement_rows ADD COLUMN day_hi INTEGER;
UPDATE statement_rows SET day_lo = CAST(julianday(date_lo) - 2440587.5 AS INTEGER),
    day_hi = CAST(julianday(date_hi) - 2440587.5 AS INTEGER)
WHERE date_lo IS NOT NULL OR date_hi IS NOT NULL;
ALTER TABLE statement_rows DROP COLUMN date_lo;
ALTER TABLE statement_rows DROP COLUMN date_hi;
-- DROP COLUMN writes every row again with its REAL values as 8-byte floats (a confidence of 95
-- hundredths took 1 byte, ~10 bytes a row more); writing the rows once more stores them as before
UPDATE statement_rows SET confidence = confidence;

ALTER TABLE event_rows ADD COLUMN day_lo INTEGER;
ALTER TABLE event_rows ADD COLUMN day_hi INTEGER;
UPDATE event_rows SET day_lo = CAST(julianday(date_lo) - 2440587.5 AS INTEGER),
    day_hi = CAST(julianday(date_hi) - 2440587.5 AS INTEGER)
WHERE date_lo IS NOT NULL OR date_hi IS NOT NULL;
ALTER TABLE event_rows DROP COLUMN date_lo;
ALTER TABLE event_rows DROP COLUMN date_hi;
UPDATE event_rows SET confidence = confidence;

CREATE INDEX statements_date_order ON statement_rows(day_lo IS NULL, day_lo, coalesce(day_hi, day_lo));
CREATE INDEX events_date_order ON event_rows(day_lo IS NULL, day_lo, coalesce(day_hi, day_lo));
CREATE INDEX events_kind ON event_rows(kind, day_lo IS NULL, day_lo, coalesce(day_hi, day_lo));

CREATE VIEW statements AS SELECT s.id, d.id AS document_id, s.sentence_id, s.speaker_id, coalesce(s.speaker_text, (SELECT p.text FROM fact_phrases p WHERE p.id = s.speaker_text_id)) AS speaker_text, coalesce(s.role, (SELECT p.text FROM fact_phrases p WHERE p.id = s.role_id)) AS role, coalesce(s.text, (SELECT substr(CAST(coalesce(substr((SELECT CAST(group_concat(tp.piece, '') AS BLOB) FROM document_text tp WHERE tp.key BETWEEN (dd.pk << 32) + sp.byte_start / 512 AND (dd.pk << 32) + (sp.byte_start + 4 * (s.stop - sp.start) - 1) / 512), sp.byte_start % 512 + 1, 4 * (s.stop - sp.start)), x'') AS TEXT), s.start - sp.start + 1, s.stop - s.start) FROM sentence_spans sp JOIN "document_rows" dd ON dd.pk = sp.doc WHERE sp.id = s.sentence_id)) AS text, s.start, s.stop, s.direct, s.language, coalesce(s.cue, (SELECT p.text FROM fact_phrases p WHERE p.id = s.cue_id)) AS cue, s.channel_id, coalesce(s.date, CASE s.date_precision WHEN 'day' THEN date(2440587.5 + s.day_lo) WHEN 'month' THEN substr(date(2440587.5 + s.day_lo), 1, 7) WHEN 'year' THEN substr(date(2440587.5 + s.day_lo), 1, 4) END) AS date, s.date_end, s.date_precision, coalesce(s.date_method, CASE s.date_method_code WHEN 0 THEN 'publication' WHEN 1 THEN 'relative' WHEN 2 THEN 'explicit' WHEN 3 THEN 'reported' WHEN 4 THEN 'user' END) AS date_method, s.date_text, date(2440587.5 + s.day_lo) AS date_lo, date(2440587.5 + coalesce(s.day_hi, s.day_lo)) AS date_hi, CASE WHEN s.confidence > 1 THEN s.confidence / 100.0 ELSE s.confidence END AS confidence, (SELECT fd.json FROM fact_details fd WHERE fd.id = s.details_id) AS details, CASE WHEN s.fact_key IS NULL THEN s.fact_id ELSE printf('%s-%012x', 's', s.fact_key + 140737488355328) END AS fact_id, s.curated, s.day_lo, coalesce(s.day_hi, s.day_lo) AS day_hi FROM statement_rows s LEFT JOIN "document_rows" d ON d.pk = s.doc;

CREATE TRIGGER statements_id INSTEAD OF DELETE ON statements BEGIN DELETE FROM statement_rows WHERE id = old.id; END;

CREATE TRIGGER statements_ii INSTEAD OF INSERT ON statements BEGIN INSERT OR IGNORE INTO fact_phrases (text) SELECT new.speaker_text WHERE new.speaker_text IS NOT NULL; INSERT OR IGNORE INTO fact_phrases (text) SELECT new.role WHERE new.role IS NOT NULL; INSERT OR IGNORE INTO fact_phrases (text) SELECT new.cue WHERE new.cue IS NOT NULL; INSERT INTO fact_details (json) SELECT new.details WHERE new.details IS NOT NULL AND NOT EXISTS (SELECT 1 FROM fact_details WHERE length(json) = length(new.details) AND substr(json, -16) = substr(new.details, -16) AND +json = new.details); INSERT INTO statement_rows (id, doc, sentence_id, speaker_id, speaker_text, role, text, start, stop, direct, language, cue, channel_id, date, date_end, date_precision, date_method, date_text, day_lo, day_hi, confidence, details_id, fact_id, fact_key, curated, speaker_text_id, role_id, cue_id, date_method_code) VALUES (new.id, (SELECT pk FROM "document_rows" WHERE id = new.document_id), new.sentence_id, new.speaker_id, NULL, NULL, new.text, new.start, new.stop, new.direct, new.language, NULL, new.channel_id, new.date, new.date_end, new.date_precision, CASE WHEN new.date_method IN ('publication', 'relative', 'explicit', 'reported', 'user') THEN NULL ELSE new.date_method END, new.date_text, CAST(julianday(new.date_lo) - 2440587.5 AS INTEGER), CAST(julianday(nullif(new.date_hi, new.date_lo)) - 2440587.5 AS INTEGER), new.confidence, (SELECT id FROM fact_details WHERE length(json) = length(new.details) AND substr(json, -16) = substr(new.details, -16) AND +json = new.details), CASE WHEN (length(new.fact_id) = 14 AND substr(new.fact_id, 1, 2) = 's' || '-' AND substr(new.fact_id, 3) NOT GLOB '*[^0-9a-f]*') THEN NULL ELSE new.fact_id END, CASE WHEN (length(new.fact_id) = 14 AND substr(new.fact_id, 1, 2) = 's' || '-' AND substr(new.fact_id, 3) NOT GLOB '*[^0-9a-f]*') THEN ((instr('0123456789abcdef', substr(new.fact_id, 3, 1)) - 1) << 44) + ((instr('0123456789abcdef', substr(new.fact_id, 4, 1)) - 1) << 40) + ((instr('0123456789abcdef', substr(new.fact_id, 5, 1)) - 1) << 36) + ((instr('0123456789abcdef', substr(new.fact_id, 6, 1)) - 1) << 32) + ((instr('0123456789abcdef', substr(new.fact_id, 7, 1)) - 1) << 28) + ((instr('0123456789abcdef', substr(new.fact_id, 8, 1)) - 1) << 24) + ((instr('0123456789abcdef', substr(new.fact_id, 9, 1)) - 1) << 20) + ((instr('0123456789abcdef', substr(new.fact_id, 10, 1)) - 1) << 16) + ((instr('0123456789abcdef', substr(new.fact_id, 11, 1)) - 1) << 12) + ((instr('0123456789abcdef', substr(new.fact_id, 12, 1)) - 1) << 8) + ((instr('0123456789abcdef', substr(new.fact_id, 13, 1)) - 1) << 4) + ((instr('0123456789abcdef', substr(new.fact_id, 14, 1)) - 1) << 0) - 140737488355328 END, coalesce(new.curated, 0), (SELECT id FROM fact_phrases WHERE text = new.speaker_text), (SELECT id FROM fact_phrases WHERE text = new.role), (SELECT id FROM fact_phrases WHERE text = new.cue), CASE new.date_method WHEN 'publication' THEN 0 WHEN 'relative' THEN 1 WHEN 'explicit' THEN 2 WHEN 'reported' THEN 3 WHEN 'user' THEN 4 END); END;

CREATE TRIGGER statements_iu INSTEAD OF UPDATE ON statements BEGIN INSERT OR IGNORE INTO fact_phrases (text) SELECT new.speaker_text WHERE new.speaker_text IS NOT NULL; INSERT OR IGNORE INTO fact_phrases (text) SELECT new.role WHERE new.role IS NOT NULL; INSERT OR IGNORE INTO fact_phrases (text) SELECT new.cue WHERE new.cue IS NOT NULL; INSERT INTO fact_details (json) SELECT new.details WHERE new.details IS NOT NULL AND NOT EXISTS (SELECT 1 FROM fact_details WHERE length(json) = length(new.details) AND substr(json, -16) = substr(new.details, -16) AND +json = new.details); UPDATE statement_rows SET id = new.id, doc = (SELECT pk FROM "document_rows" WHERE id = new.document_id), sentence_id = new.sentence_id, speaker_id = new.speaker_id, speaker_text = NULL, speaker_text_id = (SELECT id FROM fact_phrases WHERE text = new.speaker_text), role = NULL, role_id = (SELECT id FROM fact_phrases WHERE text = new.role), text = CASE WHEN new.text IS old.text THEN text ELSE new.text END, start = new.start, stop = new.stop, direct = new.direct, language = new.language, cue = NULL, cue_id = (SELECT id FROM fact_phrases WHERE text = new.cue), channel_id = new.channel_id, date = new.date, date_end = new.date_end, date_precision = new.date_precision, date_method = CASE WHEN new.date_method IN ('publication', 'relative', 'explicit', 'reported', 'user') THEN NULL ELSE new.date_method END, date_method_code = CASE new.date_method WHEN 'publication' THEN 0 WHEN 'relative' THEN 1 WHEN 'explicit' THEN 2 WHEN 'reported' THEN 3 WHEN 'user' THEN 4 END, date_text = new.date_text, day_lo = CAST(julianday(new.date_lo) - 2440587.5 AS INTEGER), day_hi = CAST(julianday(nullif(new.date_hi, new.date_lo)) - 2440587.5 AS INTEGER), confidence = new.confidence, details_id = (SELECT id FROM fact_details WHERE length(json) = length(new.details) AND substr(json, -16) = substr(new.details, -16) AND +json = new.details), fact_id = CASE WHEN (length(new.fact_id) = 14 AND substr(new.fact_id, 1, 2) = 's' || '-' AND substr(new.fact_id, 3) NOT GLOB '*[^0-9a-f]*') THEN NULL ELSE new.fact_id END, fact_key = CASE WHEN (length(new.fact_id) = 14 AND substr(new.fact_id, 1, 2) = 's' || '-' AND substr(new.fact_id, 3) NOT GLOB '*[^0-9a-f]*') THEN ((instr('0123456789abcdef', substr(new.fact_id, 3, 1)) - 1) << 44) + ((instr('0123456789abcdef', substr(new.fact_id, 4, 1)) - 1) << 40) + ((instr('0123456789abcdef', substr(new.fact_id, 5, 1)) - 1) << 36) + ((instr('0123456789abcdef', substr(new.fact_id, 6, 1)) - 1) << 32) + ((instr('0123456789abcdef', substr(new.fact_id, 7, 1)) - 1) << 28) + ((instr('0123456789abcdef', substr(new.fact_id, 8, 1)) - 1) << 24) + ((instr('0123456789abcdef', substr(new.fact_id, 9, 1)) - 1) << 20) + ((instr('0123456789abcdef', substr(new.fact_id, 10, 1)) - 1) << 16) + ((instr('0123456789abcdef', substr(new.fact_id, 11, 1)) - 1) << 12) + ((instr('0123456789abcdef', substr(new.fact_id, 12, 1)) - 1) << 8) + ((instr('0123456789abcdef', substr(new.fact_id, 13, 1)) - 1) << 4) + ((instr('0123456789abcdef', substr(new.fact_id, 14, 1)) - 1) << 0) - 140737488355328 END, curated = new.curated WHERE id = old.id; END;

CREATE VIEW events AS
    SELECT e.id, d.id AS document_id, e.sentence_id, e.statement_id, e.kind, e.status, e.quantity,
           e.quantity_approx, e.unit,
           coalesce(e.date, CASE e.date_precision WHEN 'day' THEN date(2440587.5 + e.day_lo) WHEN 'month' THEN substr(date(2440587.5 + e.day_lo), 1, 7) WHEN 'year' THEN substr(date(2440587.5 + e.day_lo), 1, 4) END) AS date, e.date_end, e.date_precision,
           coalesce(e.date_method, CASE e.date_method_code WHEN 0 THEN 'publication' WHEN 1 THEN 'relative' WHEN 2 THEN 'explicit' WHEN 3 THEN 'reported' WHEN 4 THEN 'user' END) AS date_method, e.date_text, date(2440587.5 + e.day_lo) AS date_lo,
           date(2440587.5 + coalesce(e.day_hi, e.day_lo)) AS date_hi, coalesce((SELECT p.text FROM fact_phrases p WHERE p.id = e.summary_id), e.summary) AS summary, e.start, e.stop, CASE WHEN e.confidence > 1 THEN e.confidence / 100.0 ELSE e.confidence END AS confidence,
           (SELECT fd.json FROM fact_details fd WHERE fd.id = e.details_id) AS details, CASE WHEN e.fact_key IS NULL THEN e.fact_id ELSE printf('%s-%012x', CASE e.kind WHEN 'delivery' THEN 'd' WHEN 'meeting' THEN 'm' WHEN 'exercise' THEN 'x' WHEN 'deployment' THEN 'p' WHEN 'agreement' THEN 'a' WHEN 'service_entry' THEN 'e' WHEN 'denial' THEN 'n' ELSE 'f' END, e.fact_key + 140737488355328) END AS fact_id, e.curated, e.day_lo, coalesce(e.day_hi, e.day_lo) AS day_hi
    FROM event_rows e LEFT JOIN "document_rows" d ON d.pk = e.doc;

CREATE TRIGGER events_id INSTEAD OF DELETE ON events BEGIN
    DELETE FROM event_rows WHERE id = old.id;
END;

CREATE TRIGGER events_ii INSTEAD OF INSERT ON events BEGIN
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
