-- A fact dated to a day stores its date_hi as NULL (issue 15: the same ten characters twice).
--
-- statement_rows and event_rows keep a fact's date as its first and last day (date_lo, date_hi) for
-- the overlap filters and the date order; for a fact dated to one day both are the same ISO date
-- (99% of statements and 55% of events in 10,000 English generated articles: 11 bytes a row). The
-- row now keeps date_hi NULL when it is date_lo; the views `statements` and `events` give
-- coalesce(date_hi, date_lo) back, their triggers store nullif(date_hi, date_lo), and the
-- date-order indexes order by the same expression, so a listing in date order still reads them in
-- order and stops after its page (the timeline's arms read the tables with the same expression):
-- coalesce(date_hi, date_lo) is the date_hi stored before, so every order is the order it was.

UPDATE statement_rows SET date_hi = NULL WHERE date_hi = date_lo;
UPDATE event_rows SET date_hi = NULL WHERE date_hi = date_lo;

DROP INDEX statements_date_order;
CREATE INDEX statements_date_order ON statement_rows(date_lo IS NULL, date_lo, coalesce(date_hi, date_lo));
DROP INDEX events_date_order;
CREATE INDEX events_date_order ON event_rows(date_lo IS NULL, date_lo, coalesce(date_hi, date_lo));
DROP INDEX events_kind;
CREATE INDEX events_kind ON event_rows(kind, date_lo IS NULL, date_lo, coalesce(date_hi, date_lo));

-- the views and their triggers (dropped with them), as they were but for date_hi; `deliveries` reads
-- `events` by name and is left as it is
DROP VIEW statements;
DROP VIEW events;

CREATE VIEW statements AS SELECT s.id, d.id AS document_id, s.sentence_id, s.speaker_id, coalesce(s.speaker_text, (SELECT p.text FROM fact_phrases p WHERE p.id = s.speaker_text_id)) AS speaker_text, coalesce(s.role, (SELECT p.text FROM fact_phrases p WHERE p.id = s.role_id)) AS role, coalesce(s.text, (SELECT substr(CAST(coalesce(substr((SELECT CAST(group_concat(tp.piece, '') AS BLOB) FROM document_text tp WHERE tp.key BETWEEN (dd.pk << 32) + sp.byte_start / 512 AND (dd.pk << 32) + (sp.byte_start + 4 * (s.stop - sp.start) - 1) / 512), sp.byte_start % 512 + 1, 4 * (s.stop - sp.start)), x'') AS TEXT), s.start - sp.start + 1, s.stop - s.start) FROM sentence_spans sp JOIN "document_rows" dd ON dd.pk = sp.doc WHERE sp.id = s.sentence_id)) AS text, s.start, s.stop, s.direct, s.language, coalesce(s.cue, (SELECT p.text FROM fact_phrases p WHERE p.id = s.cue_id)) AS cue, s.channel_id, coalesce(s.date, CASE s.date_precision WHEN 'day' THEN s.date_lo WHEN 'month' THEN substr(s.date_lo, 1, 7) WHEN 'year' THEN substr(s.date_lo, 1, 4) END) AS date, s.date_end, s.date_precision, coalesce(s.date_method, CASE s.date_method_code WHEN 0 THEN 'publication' WHEN 1 THEN 'relative' WHEN 2 THEN 'explicit' WHEN 3 THEN 'reported' WHEN 4 THEN 'user' END) AS date_method, s.date_text, s.date_lo, coalesce(s.date_hi, s.date_lo) AS date_hi, CASE WHEN s.confidence > 1 THEN s.confidence / 100.0 ELSE s.confidence END AS confidence, (SELECT fd.json FROM fact_details fd WHERE fd.id = s.details_id) AS details, s.fact_id, s.curated FROM statement_rows s LEFT JOIN "document_rows" d ON d.pk = s.doc;

CREATE TRIGGER statements_id INSTEAD OF DELETE ON statements BEGIN DELETE FROM statement_rows WHERE id = old.id; END;

CREATE TRIGGER statements_ii INSTEAD OF INSERT ON statements BEGIN INSERT OR IGNORE INTO fact_phrases (text) SELECT new.speaker_text WHERE new.speaker_text IS NOT NULL; INSERT OR IGNORE INTO fact_phrases (text) SELECT new.role WHERE new.role IS NOT NULL; INSERT OR IGNORE INTO fact_phrases (text) SELECT new.cue WHERE new.cue IS NOT NULL; INSERT INTO fact_details (json) SELECT new.details WHERE new.details IS NOT NULL AND NOT EXISTS (SELECT 1 FROM fact_details WHERE length(json) = length(new.details) AND substr(json, -16) = substr(new.details, -16) AND +json = new.details); INSERT INTO statement_rows (id, doc, sentence_id, speaker_id, speaker_text, role, text, start, stop, direct, language, cue, channel_id, date, date_end, date_precision, date_method, date_text, date_lo, date_hi, confidence, details_id, fact_id, curated, speaker_text_id, role_id, cue_id, date_method_code) VALUES (new.id, (SELECT pk FROM "document_rows" WHERE id = new.document_id), new.sentence_id, new.speaker_id, NULL, NULL, new.text, new.start, new.stop, new.direct, new.language, NULL, new.channel_id, new.date, new.date_end, new.date_precision, CASE WHEN new.date_method IN ('publication', 'relative', 'explicit', 'reported', 'user') THEN NULL ELSE new.date_method END, new.date_text, new.date_lo, nullif(new.date_hi, new.date_lo), new.confidence, (SELECT id FROM fact_details WHERE length(json) = length(new.details) AND substr(json, -16) = substr(new.details, -16) AND +json = new.details), new.fact_id, coalesce(new.curated, 0), (SELECT id FROM fact_phrases WHERE text = new.speaker_text), (SELECT id FROM fact_phrases WHERE text = new.role), (SELECT id FROM fact_phrases WHERE text = new.cue), CASE new.date_method WHEN 'publication' THEN 0 WHEN 'relative' THEN 1 WHEN 'explicit' THEN 2 WHEN 'reported' THEN 3 WHEN 'user' THEN 4 END); END;

CREATE TRIGGER statements_iu INSTEAD OF UPDATE ON statements BEGIN INSERT OR IGNORE INTO fact_phrases (text) SELECT new.speaker_text WHERE new.speaker_text IS NOT NULL; INSERT OR IGNORE INTO fact_phrases (text) SELECT new.role WHERE new.role IS NOT NULL; INSERT OR IGNORE INTO fact_phrases (text) SELECT new.cue WHERE new.cue IS NOT NULL; INSERT INTO fact_details (json) SELECT new.details WHERE new.details IS NOT NULL AND NOT EXISTS (SELECT 1 FROM fact_details WHERE length(json) = length(new.details) AND substr(json, -16) = substr(new.details, -16) AND +json = new.details); UPDATE statement_rows SET id = new.id, doc = (SELECT pk FROM "document_rows" WHERE id = new.document_id), sentence_id = new.sentence_id, speaker_id = new.speaker_id, speaker_text = NULL, speaker_text_id = (SELECT id FROM fact_phrases WHERE text = new.speaker_text), role = NULL, role_id = (SELECT id FROM fact_phrases WHERE text = new.role), text = CASE WHEN new.text IS old.text THEN text ELSE new.text END, start = new.start, stop = new.stop, direct = new.direct, language = new.language, cue = NULL, cue_id = (SELECT id FROM fact_phrases WHERE text = new.cue), channel_id = new.channel_id, date = new.date, date_end = new.date_end, date_precision = new.date_precision, date_method = CASE WHEN new.date_method IN ('publication', 'relative', 'explicit', 'reported', 'user') THEN NULL ELSE new.date_method END, date_method_code = CASE new.date_method WHEN 'publication' THEN 0 WHEN 'relative' THEN 1 WHEN 'explicit' THEN 2 WHEN 'reported' THEN 3 WHEN 'user' THEN 4 END, date_text = new.date_text, date_lo = new.date_lo, date_hi = nullif(new.date_hi, new.date_lo), confidence = new.confidence, details_id = (SELECT id FROM fact_details WHERE length(json) = length(new.details) AND substr(json, -16) = substr(new.details, -16) AND +json = new.details), fact_id = new.fact_id, curated = new.curated WHERE id = old.id; END;

CREATE VIEW events AS
    SELECT e.id, d.id AS document_id, e.sentence_id, e.statement_id, e.kind, e.status, e.quantity,
           e.quantity_approx, e.unit,
           coalesce(e.date, CASE e.date_precision WHEN 'day' THEN e.date_lo WHEN 'month' THEN substr(e.date_lo, 1, 7) WHEN 'year' THEN substr(e.date_lo, 1, 4) END) AS date, e.date_end, e.date_precision,
           coalesce(e.date_method, CASE e.date_method_code WHEN 0 THEN 'publication' WHEN 1 THEN 'relative' WHEN 2 THEN 'explicit' WHEN 3 THEN 'reported' WHEN 4 THEN 'user' END) AS date_method, e.date_text, e.date_lo,
           coalesce(e.date_hi, e.date_lo) AS date_hi, coalesce((SELECT p.text FROM fact_phrases p WHERE p.id = e.summary_id), e.summary) AS summary, e.start, e.stop, CASE WHEN e.confidence > 1 THEN e.confidence / 100.0 ELSE e.confidence END AS confidence,
           (SELECT fd.json FROM fact_details fd WHERE fd.id = e.details_id) AS details, e.fact_id, e.curated
    FROM event_rows e LEFT JOIN "document_rows" d ON d.pk = e.doc;

CREATE TRIGGER events_ii INSTEAD OF INSERT ON events BEGIN
    INSERT OR IGNORE INTO fact_phrases (text) SELECT new.summary WHERE new.summary IS NOT NULL;
    INSERT INTO fact_details (json) SELECT new.details WHERE new.details IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM fact_details WHERE length(json) = length(new.details) AND substr(json, -16) = substr(new.details, -16) AND +json = new.details);
    INSERT INTO event_rows (id, doc, sentence_id, statement_id, kind, status, quantity, quantity_approx, unit,
        date, date_end, date_precision, date_method, date_text, date_lo, date_hi, summary, start, stop,
        confidence, details_id, fact_id, curated, summary_id, date_method_code)
    VALUES (new.id, (SELECT pk FROM "document_rows" WHERE id = new.document_id), new.sentence_id, new.statement_id,
        new.kind, new.status, new.quantity, coalesce(new.quantity_approx, 0), new.unit, new.date, new.date_end,
        new.date_precision, CASE WHEN new.date_method IN ('publication', 'relative', 'explicit', 'reported', 'user') THEN NULL ELSE new.date_method END, new.date_text, new.date_lo, nullif(new.date_hi, new.date_lo),
        CASE WHEN new.summary IS NOT NULL THEN '' END, new.start,
        new.stop, new.confidence,
        (SELECT id FROM fact_details WHERE length(json) = length(new.details) AND substr(json, -16) = substr(new.details, -16) AND +json = new.details), new.fact_id, coalesce(new.curated, 0),
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
        date_method_code = CASE new.date_method WHEN 'publication' THEN 0 WHEN 'relative' THEN 1 WHEN 'explicit' THEN 2 WHEN 'reported' THEN 3 WHEN 'user' THEN 4 END, date_text = new.date_text, date_lo = new.date_lo, date_hi = nullif(new.date_hi, new.date_lo),
        summary = CASE WHEN new.summary IS NOT NULL THEN '' END,
        summary_id = (SELECT id FROM fact_phrases WHERE text = new.summary),
        start = new.start, stop = new.stop, confidence = new.confidence, details_id = (SELECT id FROM fact_details WHERE length(json) = length(new.details) AND substr(json, -16) = substr(new.details, -16) AND +json = new.details),
        fact_id = new.fact_id, curated = new.curated
    WHERE id = old.id;
END;

CREATE TRIGGER events_id INSTEAD OF DELETE ON events BEGIN
    DELETE FROM event_rows WHERE id = old.id;
END;
