-- bellink: foreign keys off
-- A smaller database (issue 15): a document's mentions stored together, without a second index
-- on the document.
--
-- mention_spans was a rowid table with two indexes: mentions_entity (entity_id, doc) and
-- mentions_document (doc, start), each about as large as half the table (0.26 bytes per source
-- byte English each, 0.5 the rows). Every read of mentions by document (a sentence's mentions in
-- `search`, the writer's counts of a replaced document, the cascade from documents) went through
-- mentions_document; no query looks a mention up by its id alone. The table is now clustered on
-- (doc, start, id) (WITHOUT ROWID): those reads are ranges of the table itself and
-- mentions_document is gone. Ids are kept, columns and their order are kept; mentions_entity
-- entries now carry (doc, start, id) instead of a rowid.
--
-- An id is no longer given by SQLite: the writer numbers a document's mentions after the largest
-- id of the newest document's mentions (documents.pk only grows, and only the writer and the
-- view's INSTEAD OF INSERT add mentions, both the same way), and an insert into the view without
-- an id gets the same. The view's UPDATE and DELETE triggers find the row by (doc, start, id).

DROP VIEW IF EXISTS mentions;   -- and its INSTEAD OF triggers with it
DROP TRIGGER IF EXISTS documents_mentions_bd;

CREATE TABLE mention_spans_0032 (
    id INTEGER NOT NULL,
    doc INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
    sentence_id INTEGER NOT NULL,     -- sentence_spans.id
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    start INTEGER NOT NULL,
    stop INTEGER NOT NULL,
    text TEXT NOT NULL,
    method TEXT NOT NULL,             -- kb, pattern, ner, coref
    confidence REAL NOT NULL,
    PRIMARY KEY (doc, start, id)
) WITHOUT ROWID;
INSERT INTO mention_spans_0032 (id, doc, sentence_id, entity_id, start, stop, text, method, confidence)
SELECT id, doc, sentence_id, entity_id, start, stop, text, method, confidence FROM mention_spans ORDER BY doc, start, id;
DROP TABLE mention_spans;         -- its triggers and indexes with it
ALTER TABLE mention_spans_0032 RENAME TO mention_spans;
CREATE INDEX mentions_entity ON mention_spans(entity_id, doc);

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
CREATE TRIGGER mentions_counts_ad AFTER DELETE ON mention_spans
WHEN NOT EXISTS (SELECT 1 FROM store_counting WHERE doc = old.doc) BEGIN
    UPDATE entity_counts SET mentions = mentions - 1,
        documents = documents - NOT EXISTS (SELECT 1 FROM mention_spans m WHERE m.entity_id = old.entity_id
                                            AND m.doc = old.doc)
    WHERE entity_id = old.entity_id;
    DELETE FROM entity_counts WHERE entity_id = old.entity_id AND mentions <= 0;
END;
CREATE TRIGGER mentions_forms_au AFTER UPDATE OF entity_id, text ON mention_spans
WHEN old.entity_id IS NOT new.entity_id OR (old.text IS NOT new.text AND old.text <> '' AND new.text <> '') BEGIN
    UPDATE entity_forms SET mentions = mentions - 1 WHERE entity_id = old.entity_id AND text = CASE WHEN old.text <> '' THEN old.text ELSE (SELECT substr(CAST(substr(CAST(dd.text AS BLOB), sp.byte_start + 1, 4 * (old.stop - sp.start)) AS TEXT),
                    old.start - sp.start + 1, old.stop - old.start)
             FROM sentence_spans sp JOIN documents dd ON dd.pk = sp.doc WHERE sp.id = old.sentence_id) END;
    DELETE FROM entity_forms WHERE entity_id = old.entity_id AND text = CASE WHEN old.text <> '' THEN old.text ELSE (SELECT substr(CAST(substr(CAST(dd.text AS BLOB), sp.byte_start + 1, 4 * (old.stop - sp.start)) AS TEXT),
                    old.start - sp.start + 1, old.stop - old.start)
             FROM sentence_spans sp JOIN documents dd ON dd.pk = sp.doc WHERE sp.id = old.sentence_id) END AND mentions <= 0;
    INSERT INTO entity_forms (entity_id, text, mentions) VALUES (new.entity_id, CASE WHEN new.text <> '' THEN new.text ELSE (SELECT substr(CAST(substr(CAST(dd.text AS BLOB), sp.byte_start + 1, 4 * (new.stop - sp.start)) AS TEXT),
                    new.start - sp.start + 1, new.stop - new.start)
             FROM sentence_spans sp JOIN documents dd ON dd.pk = sp.doc WHERE sp.id = new.sentence_id) END, 1)
    ON CONFLICT (entity_id, text) DO UPDATE SET mentions = mentions + 1;
END;
CREATE TRIGGER mentions_forms_ad AFTER DELETE ON mention_spans
WHEN NOT EXISTS (SELECT 1 FROM store_counting WHERE doc = old.doc) BEGIN
    UPDATE entity_forms SET mentions = mentions - 1 WHERE entity_id = old.entity_id AND text = CASE WHEN old.text <> '' THEN old.text ELSE (SELECT substr(CAST(substr(CAST(dd.text AS BLOB), sp.byte_start + 1, 4 * (old.stop - sp.start)) AS TEXT),
                    old.start - sp.start + 1, old.stop - old.start)
             FROM sentence_spans sp JOIN documents dd ON dd.pk = sp.doc WHERE sp.id = old.sentence_id) END;
    DELETE FROM entity_forms WHERE entity_id = old.entity_id AND text = CASE WHEN old.text <> '' THEN old.text ELSE (SELECT substr(CAST(substr(CAST(dd.text AS BLOB), sp.byte_start + 1, 4 * (old.stop - sp.start)) AS TEXT),
                    old.start - sp.start + 1, old.stop - old.start)
             FROM sentence_spans sp JOIN documents dd ON dd.pk = sp.doc WHERE sp.id = old.sentence_id) END AND mentions <= 0;
END;
CREATE TRIGGER documents_mentions_bd BEFORE DELETE ON documents
WHEN NOT EXISTS (SELECT 1 FROM store_counting WHERE doc = old.pk) BEGIN
    UPDATE mention_spans SET text = (SELECT substr(CAST(substr(CAST(dd.text AS BLOB), sp.byte_start + 1, 4 * (mention_spans.stop - sp.start)) AS TEXT),
                    mention_spans.start - sp.start + 1, mention_spans.stop - mention_spans.start)
             FROM sentence_spans sp JOIN documents dd ON dd.pk = sp.doc WHERE sp.id = mention_spans.sentence_id)
    WHERE doc = old.pk AND text = '';
END;

CREATE VIEW mentions AS
    SELECT m.id, d.id AS document_id, m.sentence_id, m.entity_id, m.start, m.stop,
           CASE WHEN m.text <> '' THEN m.text ELSE (SELECT substr(CAST(substr(CAST(dd.text AS BLOB), sp.byte_start + 1, 4 * (m.stop - sp.start)) AS TEXT),
                    m.start - sp.start + 1, m.stop - m.start)
             FROM sentence_spans sp JOIN documents dd ON dd.pk = sp.doc WHERE sp.id = m.sentence_id) END AS text,
           m.method,
           CASE WHEN m.confidence > 1 THEN m.confidence / 100.0 ELSE m.confidence END AS confidence
    FROM mention_spans m LEFT JOIN documents d ON d.pk = m.doc;
CREATE TRIGGER mentions_ii INSTEAD OF INSERT ON mentions BEGIN
    INSERT INTO entity_counts (entity_id, mentions, documents) VALUES (new.entity_id, 1, 1)
    ON CONFLICT (entity_id) DO UPDATE SET mentions = mentions + 1,
        documents = documents + NOT EXISTS (SELECT 1 FROM mention_spans m WHERE m.entity_id = new.entity_id
                                            AND m.doc = (SELECT pk FROM documents WHERE id = new.document_id));
    INSERT INTO entity_forms (entity_id, text, mentions) VALUES (new.entity_id, new.text, 1)
    ON CONFLICT (entity_id, text) DO UPDATE SET mentions = mentions + 1;
    INSERT INTO mention_spans (id, doc, sentence_id, entity_id, start, stop, text, method, confidence)
    VALUES (coalesce(new.id, (SELECT coalesce(max(m.id), 0) + 1 FROM mention_spans m
                              WHERE m.doc = (SELECT max(doc) FROM mention_spans))),
            (SELECT pk FROM documents WHERE id = new.document_id), new.sentence_id, new.entity_id,
            new.start, new.stop, new.text, new.method, new.confidence);
END;
CREATE TRIGGER mentions_iu INSTEAD OF UPDATE ON mentions BEGIN
    UPDATE mention_spans SET id = new.id, doc = (SELECT pk FROM documents WHERE id = new.document_id),
        sentence_id = new.sentence_id, entity_id = new.entity_id, start = new.start, stop = new.stop,
        text = new.text, method = new.method, confidence = new.confidence
    WHERE doc = (SELECT pk FROM documents WHERE id = old.document_id) AND start = old.start AND id = old.id;
END;
CREATE TRIGGER mentions_id INSTEAD OF DELETE ON mentions BEGIN
    DELETE FROM mention_spans
    WHERE doc = (SELECT pk FROM documents WHERE id = old.document_id) AND start = old.start AND id = old.id;
END;
