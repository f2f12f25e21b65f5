-- bellink: foreign keys off
-- Mentions clustered by entity (issue 15): mention_spans keyed by (entity_id, doc, start), its second
-- index by document, (doc, start), holds the key alone.
--
-- Since 0040 the table was keyed (doc, start, entity_id) and mentions_entity (entity_id, doc,
-- sentence_id) carried each mention a second time with the key's start after it: 13 bytes of payload
-- an entry, 0.302 bytes per source byte of 10,000 generated English articles, for what only an
-- entity's look-ups read (search's arm for an entity, `show`'s documents, `statements --about`, the
-- writer's entity counts). Clustered by entity, the table answers those itself, reading each row where
-- the index gave only part of it (`statements --about` read the row's stop through the index before);
-- what a document's look-ups need (a sentence's mentions for highlighting, a replaced document's rows,
-- ON DELETE CASCADE) is the key in document order, which mentions_document gives in 9 bytes an entry:
-- 0.725 -> 0.656 bytes per source byte for the mentions and their index at 10,000 documents.
-- The columns, the rows and the view `mentions` (its id still (doc << 32) + start) are as they were.
--
-- The table is rebuilt (its key changes), with the triggers on it and the view `mentions` and its
-- triggers dropped first and made again after, word for word as 0040 made them, and
-- documents_mentions_bd, which names the table.

DROP VIEW mentions;
DROP TRIGGER documents_mentions_bd;

CREATE TABLE mention_spans_new (
    doc INTEGER NOT NULL REFERENCES "document_rows"(pk) ON DELETE CASCADE,
    sentence_id INTEGER NOT NULL,     -- sentence_spans.id
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    start INTEGER NOT NULL,
    stop INTEGER NOT NULL,
    text TEXT NOT NULL,               -- '': the document's words from start to stop (the view cuts them)
    method TEXT NOT NULL,             -- '' (kb: the view says so), pattern, ner, coref
    confidence REAL NOT NULL,         -- above 1: hundredths
    PRIMARY KEY (entity_id, doc, start)
) WITHOUT ROWID;

INSERT INTO mention_spans_new (doc, sentence_id, entity_id, start, stop, text, method, confidence)
    SELECT doc, sentence_id, entity_id, start, stop, text, method, confidence FROM mention_spans
    ORDER BY entity_id, doc, start;

DROP TABLE mention_spans;
ALTER TABLE mention_spans_new RENAME TO mention_spans;

CREATE INDEX mentions_document ON mention_spans(doc, start);

CREATE VIEW mentions AS SELECT (m.doc << 32) + m.start AS id, d.id AS document_id, m.sentence_id, m.entity_id, m.start, m.stop, CASE WHEN m.text <> '' THEN m.text ELSE (SELECT substr(CAST(coalesce(substr((SELECT CAST(group_concat(tp.piece, '') AS BLOB) FROM document_text tp WHERE tp.key BETWEEN (dd.pk << 32) + sp.byte_start / 512 AND (dd.pk << 32) + (sp.byte_start + 4 * (m.stop - sp.start) - 1) / 512), sp.byte_start % 512 + 1, 4 * (m.stop - sp.start)), x'') AS TEXT), m.start - sp.start + 1, m.stop - m.start) FROM sentence_spans sp JOIN "document_rows" dd ON dd.pk = sp.doc WHERE sp.id = m.sentence_id) END AS text, CASE m.method WHEN '' THEN 'kb' ELSE m.method END AS method, CASE WHEN m.confidence > 1 THEN m.confidence / 100.0 ELSE m.confidence END AS confidence FROM mention_spans m LEFT JOIN "document_rows" d ON d.pk = m.doc;

CREATE TRIGGER mentions_ii INSTEAD OF INSERT ON mentions BEGIN INSERT INTO entity_counts (entity_id, mentions, documents) VALUES (new.entity_id, 1, 1) ON CONFLICT (entity_id) DO UPDATE SET mentions = mentions + 1, documents = documents + NOT EXISTS (SELECT 1 FROM mention_spans m WHERE m.entity_id = new.entity_id AND m.doc = (SELECT pk FROM "document_rows" WHERE id = new.document_id)); INSERT INTO entity_forms (entity_id, text, mentions) VALUES (new.entity_id, new.text, 1) ON CONFLICT (entity_id, text) DO UPDATE SET mentions = mentions + 1; INSERT INTO mention_spans (doc, sentence_id, entity_id, start, stop, text, method, confidence) VALUES ((SELECT pk FROM "document_rows" WHERE id = new.document_id), new.sentence_id, new.entity_id, new.start, new.stop, new.text, CASE new.method WHEN 'kb' THEN '' ELSE new.method END, new.confidence); END;

CREATE TRIGGER mentions_iu INSTEAD OF UPDATE ON mentions BEGIN UPDATE mention_spans SET doc = (SELECT pk FROM "document_rows" WHERE id = new.document_id), sentence_id = new.sentence_id, entity_id = new.entity_id, start = new.start, stop = new.stop, text = new.text, method = CASE new.method WHEN 'kb' THEN '' ELSE new.method END, confidence = new.confidence WHERE doc = (SELECT pk FROM "document_rows" WHERE id = old.document_id) AND start = old.start AND entity_id = old.entity_id; END;

CREATE TRIGGER mentions_id INSTEAD OF DELETE ON mentions BEGIN DELETE FROM mention_spans WHERE doc = (SELECT pk FROM "document_rows" WHERE id = old.document_id) AND start = old.start AND entity_id = old.entity_id; END;

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
                                            AND m.doc = new.doc AND m.start <> new.start);
END;

CREATE TRIGGER mentions_counts_ad AFTER DELETE ON mention_spans
WHEN NOT EXISTS (SELECT 1 FROM store_counting WHERE doc = old.doc) BEGIN
    UPDATE entity_counts SET mentions = mentions - 1,
        documents = documents - NOT EXISTS (SELECT 1 FROM mention_spans m WHERE m.entity_id = old.entity_id
                                            AND m.doc = old.doc)
    WHERE entity_id = old.entity_id;
    DELETE FROM entity_counts WHERE entity_id = old.entity_id AND mentions <= 0;
END;

CREATE TRIGGER mentions_forms_ad AFTER DELETE ON mention_spans WHEN NOT EXISTS (SELECT 1 FROM store_counting WHERE doc = old.doc) BEGIN UPDATE entity_forms SET mentions = mentions - 1 WHERE entity_id = old.entity_id AND text = CASE WHEN old.text <> '' THEN old.text ELSE (SELECT substr(CAST(coalesce(substr((SELECT CAST(group_concat(tp.piece, '') AS BLOB) FROM document_text tp WHERE tp.key BETWEEN (dd.pk << 32) + sp.byte_start / 512 AND (dd.pk << 32) + (sp.byte_start + 4 * (old.stop - sp.start) - 1) / 512), sp.byte_start % 512 + 1, 4 * (old.stop - sp.start)), x'') AS TEXT), old.start - sp.start + 1, old.stop - old.start) FROM sentence_spans sp JOIN "document_rows" dd ON dd.pk = sp.doc WHERE sp.id = old.sentence_id) END; DELETE FROM entity_forms WHERE entity_id = old.entity_id AND text = CASE WHEN old.text <> '' THEN old.text ELSE (SELECT substr(CAST(coalesce(substr((SELECT CAST(group_concat(tp.piece, '') AS BLOB) FROM document_text tp WHERE tp.key BETWEEN (dd.pk << 32) + sp.byte_start / 512 AND (dd.pk << 32) + (sp.byte_start + 4 * (old.stop - sp.start) - 1) / 512), sp.byte_start % 512 + 1, 4 * (old.stop - sp.start)), x'') AS TEXT), old.start - sp.start + 1, old.stop - old.start) FROM sentence_spans sp JOIN "document_rows" dd ON dd.pk = sp.doc WHERE sp.id = old.sentence_id) END AND mentions <= 0; END;

CREATE TRIGGER mentions_forms_au AFTER UPDATE OF entity_id, text ON mention_spans WHEN old.entity_id IS NOT new.entity_id OR (old.text IS NOT new.text AND old.text <> '' AND new.text <> '') BEGIN UPDATE entity_forms SET mentions = mentions - 1 WHERE entity_id = old.entity_id AND text = CASE WHEN old.text <> '' THEN old.text ELSE (SELECT substr(CAST(coalesce(substr((SELECT CAST(group_concat(tp.piece, '') AS BLOB) FROM document_text tp WHERE tp.key BETWEEN (dd.pk << 32) + sp.byte_start / 512 AND (dd.pk << 32) + (sp.byte_start + 4 * (old.stop - sp.start) - 1) / 512), sp.byte_start % 512 + 1, 4 * (old.stop - sp.start)), x'') AS TEXT), old.start - sp.start + 1, old.stop - old.start) FROM sentence_spans sp JOIN "document_rows" dd ON dd.pk = sp.doc WHERE sp.id = old.sentence_id) END; DELETE FROM entity_forms WHERE entity_id = old.entity_id AND text = CASE WHEN old.text <> '' THEN old.text ELSE (SELECT substr(CAST(coalesce(substr((SELECT CAST(group_concat(tp.piece, '') AS BLOB) FROM document_text tp WHERE tp.key BETWEEN (dd.pk << 32) + sp.byte_start / 512 AND (dd.pk << 32) + (sp.byte_start + 4 * (old.stop - sp.start) - 1) / 512), sp.byte_start % 512 + 1, 4 * (old.stop - sp.start)), x'') AS TEXT), old.start - sp.start + 1, old.stop - old.start) FROM sentence_spans sp JOIN "document_rows" dd ON dd.pk = sp.doc WHERE sp.id = old.sentence_id) END AND mentions <= 0; INSERT INTO entity_forms (entity_id, text, mentions) VALUES (new.entity_id, CASE WHEN new.text <> '' THEN new.text ELSE (SELECT substr(CAST(coalesce(substr((SELECT CAST(group_concat(tp.piece, '') AS BLOB) FROM document_text tp WHERE tp.key BETWEEN (dd.pk << 32) + sp.byte_start / 512 AND (dd.pk << 32) + (sp.byte_start + 4 * (new.stop - sp.start) - 1) / 512), sp.byte_start % 512 + 1, 4 * (new.stop - sp.start)), x'') AS TEXT), new.start - sp.start + 1, new.stop - new.start) FROM sentence_spans sp JOIN "document_rows" dd ON dd.pk = sp.doc WHERE sp.id = new.sentence_id) END, 1) ON CONFLICT (entity_id, text) DO UPDATE SET mentions = mentions + 1; END;

CREATE TRIGGER documents_mentions_bd BEFORE DELETE ON "document_rows" WHEN NOT EXISTS (SELECT 1 FROM store_counting WHERE doc = old.pk) BEGIN UPDATE mention_spans SET text = (SELECT substr(CAST(coalesce(substr((SELECT CAST(group_concat(tp.piece, '') AS BLOB) FROM document_text tp WHERE tp.key BETWEEN (dd.pk << 32) + sp.byte_start / 512 AND (dd.pk << 32) + (sp.byte_start + 4 * (mention_spans.stop - sp.start) - 1) / 512), sp.byte_start % 512 + 1, 4 * (mention_spans.stop - sp.start)), x'') AS TEXT), mention_spans.start - sp.start + 1, mention_spans.stop - mention_spans.start) FROM sentence_spans sp JOIN "document_rows" dd ON dd.pk = sp.doc WHERE sp.id = mention_spans.sentence_id) WHERE doc = old.pk AND text = ''; END;
