-- A smaller database (issue 15): the details of statements and events kept once.
--
-- A fact's `details` (JSON: the rule that made it, its cues, how its speaker or date was found)
-- took 0.25 (statements) and 0.34 (events) bytes per byte of source text, a third of each row:
-- the same few hundred objects written again in every row ('{"rule":"frames:backward_clause",
-- "speaker_from":"institution"}' in thousands). Each distinct object is now stored once in
-- `fact_details`; statement_rows and event_rows point at it (`details_id`). The views
-- `statements` and `events` give `details` back as the same JSON text, and their INSTEAD OF
-- triggers intern what is written through them, so queries, curation, Datasette and scripts
-- read and write what they did. A row of fact_details is never deleted: it is shared, and
-- there are a few hundred.
--
-- Indexes no query uses: statements_date (date_lo) is covered by statements_date_order and
-- statements_speaker for every listing (EXPLAIN QUERY PLAN over every command); statements_channel
-- serves only the check, when a document is replaced, that an outlet still has statements: most
-- statements have no channel, so it becomes a partial index of those that do.

DROP VIEW IF EXISTS deliveries;
DROP VIEW IF EXISTS statements;   -- and their INSTEAD OF triggers with them
DROP VIEW IF EXISTS events;
DROP INDEX IF EXISTS statements_date;
DROP INDEX IF EXISTS statements_channel;

CREATE TABLE fact_details (
    id INTEGER PRIMARY KEY,
    json TEXT NOT NULL UNIQUE          -- compact JSON, as the writer made it
);
INSERT OR IGNORE INTO fact_details (json)
    SELECT details FROM statement_rows WHERE details IS NOT NULL
    UNION ALL SELECT details FROM event_rows WHERE details IS NOT NULL
    ORDER BY 1;

ALTER TABLE statement_rows ADD COLUMN details_id INTEGER REFERENCES fact_details(id);
UPDATE statement_rows SET details_id = (SELECT id FROM fact_details WHERE json = statement_rows.details)
    WHERE details IS NOT NULL;
ALTER TABLE statement_rows DROP COLUMN details;
ALTER TABLE event_rows ADD COLUMN details_id INTEGER REFERENCES fact_details(id);
UPDATE event_rows SET details_id = (SELECT id FROM fact_details WHERE json = event_rows.details)
    WHERE details IS NOT NULL;
ALTER TABLE event_rows DROP COLUMN details;

CREATE INDEX statements_channel ON statement_rows(channel_id) WHERE channel_id IS NOT NULL;

-- The views and their triggers as 0017 made them, but for details.
CREATE VIEW statements AS
    SELECT s.id, d.id AS document_id, s.sentence_id, s.speaker_id, s.speaker_text, s.role,
           coalesce(s.text, (SELECT substr(CAST(substr(CAST(dd.text AS BLOB), sp.byte_start + 1,
                                                       4 * (s.stop - sp.start)) AS TEXT),
                                           s.start - sp.start + 1, s.stop - s.start)
                             FROM sentence_spans sp JOIN documents dd ON dd.pk = sp.doc
                             WHERE sp.id = s.sentence_id)) AS text,
           s.start, s.stop, s.direct, s.language, s.cue, s.channel_id, s.date, s.date_end, s.date_precision,
           s.date_method, s.date_text, s.date_lo, s.date_hi, s.confidence,
           (SELECT fd.json FROM fact_details fd WHERE fd.id = s.details_id) AS details, s.fact_id, s.curated
    FROM statement_rows s LEFT JOIN documents d ON d.pk = s.doc;

CREATE VIEW events AS
    SELECT e.id, d.id AS document_id, e.sentence_id, e.statement_id, e.kind, e.status, e.quantity,
           e.quantity_approx, e.unit, e.date, e.date_end, e.date_precision, e.date_method, e.date_text, e.date_lo,
           e.date_hi, e.summary, e.start, e.stop, e.confidence,
           (SELECT fd.json FROM fact_details fd WHERE fd.id = e.details_id) AS details, e.fact_id, e.curated
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

CREATE TRIGGER statements_ii INSTEAD OF INSERT ON statements BEGIN
    INSERT OR IGNORE INTO fact_details (json) SELECT new.details WHERE new.details IS NOT NULL;
    INSERT INTO statement_rows (id, doc, sentence_id, speaker_id, speaker_text, role, text, start, stop, direct,
        language, cue, channel_id, date, date_end, date_precision, date_method, date_text, date_lo, date_hi,
        confidence, details_id, fact_id, curated)
    VALUES (new.id, (SELECT pk FROM documents WHERE id = new.document_id), new.sentence_id, new.speaker_id,
        new.speaker_text, new.role, new.text, new.start, new.stop, new.direct, new.language, new.cue,
        new.channel_id, new.date, new.date_end, new.date_precision, new.date_method, new.date_text, new.date_lo,
        new.date_hi, new.confidence,
        (SELECT id FROM fact_details WHERE json = new.details), new.fact_id, coalesce(new.curated, 0));
END;
CREATE TRIGGER statements_iu INSTEAD OF UPDATE ON statements BEGIN
    INSERT OR IGNORE INTO fact_details (json) SELECT new.details WHERE new.details IS NOT NULL;
    UPDATE statement_rows SET id = new.id, doc = (SELECT pk FROM documents WHERE id = new.document_id),
        sentence_id = new.sentence_id, speaker_id = new.speaker_id, speaker_text = new.speaker_text,
        role = new.role, text = CASE WHEN new.text IS old.text THEN text ELSE new.text END, start = new.start,
        stop = new.stop, direct = new.direct, language = new.language, cue = new.cue, channel_id = new.channel_id,
        date = new.date, date_end = new.date_end, date_precision = new.date_precision,
        date_method = new.date_method, date_text = new.date_text, date_lo = new.date_lo, date_hi = new.date_hi,
        confidence = new.confidence, details_id = (SELECT id FROM fact_details WHERE json = new.details), fact_id = new.fact_id, curated = new.curated
    WHERE id = old.id;
END;
CREATE TRIGGER statements_id INSTEAD OF DELETE ON statements BEGIN
    DELETE FROM statement_rows WHERE id = old.id;
END;

CREATE TRIGGER events_ii INSTEAD OF INSERT ON events BEGIN
    INSERT OR IGNORE INTO fact_details (json) SELECT new.details WHERE new.details IS NOT NULL;
    INSERT INTO event_rows (id, doc, sentence_id, statement_id, kind, status, quantity, quantity_approx, unit,
        date, date_end, date_precision, date_method, date_text, date_lo, date_hi, summary, start, stop,
        confidence, details_id, fact_id, curated)
    VALUES (new.id, (SELECT pk FROM documents WHERE id = new.document_id), new.sentence_id, new.statement_id,
        new.kind, new.status, new.quantity, coalesce(new.quantity_approx, 0), new.unit, new.date, new.date_end,
        new.date_precision, new.date_method, new.date_text, new.date_lo, new.date_hi, new.summary, new.start,
        new.stop, new.confidence,
        (SELECT id FROM fact_details WHERE json = new.details), new.fact_id, coalesce(new.curated, 0));
END;
CREATE TRIGGER events_iu INSTEAD OF UPDATE ON events BEGIN
    INSERT OR IGNORE INTO fact_details (json) SELECT new.details WHERE new.details IS NOT NULL;
    UPDATE event_rows SET id = new.id, doc = (SELECT pk FROM documents WHERE id = new.document_id),
        sentence_id = new.sentence_id, statement_id = new.statement_id, kind = new.kind, status = new.status,
        quantity = new.quantity, quantity_approx = new.quantity_approx, unit = new.unit, date = new.date,
        date_end = new.date_end, date_precision = new.date_precision, date_method = new.date_method,
        date_text = new.date_text, date_lo = new.date_lo, date_hi = new.date_hi, summary = new.summary,
        start = new.start, stop = new.stop, confidence = new.confidence, details_id = (SELECT id FROM fact_details WHERE json = new.details),
        fact_id = new.fact_id, curated = new.curated
    WHERE id = old.id;
END;
CREATE TRIGGER events_id INSTEAD OF DELETE ON events BEGIN
    DELETE FROM event_rows WHERE id = old.id;
END;
