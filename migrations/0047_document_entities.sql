-- bellink: foreign keys off
-- A document's entities listed once (issue 15): mention_spans without its index by document,
-- mentions_document (doc, start), whose work a list of each document's entities does.
--
-- Since 0045 mention_spans is keyed (entity_id, doc, start) and mentions_document (doc, start) held
-- every mention a second time, in document order (0.234 bytes per source byte of 10,000 generated
-- English articles), for what a document's look-ups need: its rows when it is replaced or deleted,
-- ON DELETE CASCADE, the view `mentions` filtered by document (`read`), a sentence's mentions for
-- highlighting. document_entities (doc, entity_id), one row per entity a document mentions (about
-- half as many rows as mentions, and shorter), gives the same through the table's own key: the
-- entities of document d, then each entity's rows of d, (entity_id, doc) a prefix of the key.
--
-- ON DELETE CASCADE on mention_spans.doc needed an index by document (without it every deleted
-- document would scan the table): the reference goes, and documents_mentions_ad deletes the
-- document's rows entity by entity, then its list. The list is kept by triggers on mention_spans for
-- rows written by any other program (through the view or the table): an insert adds its pair, an
-- update or a delete that leaves an entity no row in a document takes its pair away. The writer marks
-- its document in store_counting and writes the list itself (one row per entity, not per mention).
--
-- The view `mentions` reads the list first (columns, rows and ids as they were): filtered by document
-- it reads the document's entities and their rows; filtered by entity, each row finds its pair by the
-- list's key. bellink's own look-ups by entity read mention_spans itself.
--
-- The table is rebuilt (its reference goes), with the triggers on it and the view `mentions` and its
-- triggers dropped first and made again after, word for word as 0045 made them, and
-- documents_mentions_bd, which names the table, reading the document's rows through the list.

DROP VIEW mentions;
DROP TRIGGER documents_mentions_bd;

CREATE TABLE document_entities (
    doc INTEGER NOT NULL,             -- document_rows.pk
    entity_id INTEGER NOT NULL,       -- entities.id: mention_spans holds a mention of it in the document
    PRIMARY KEY (doc, entity_id)
) WITHOUT ROWID;

INSERT INTO document_entities (doc, entity_id)
    SELECT DISTINCT doc, entity_id FROM mention_spans ORDER BY doc, entity_id;

CREATE TABLE mention_spans_new (
    doc INTEGER NOT NULL,             -- document_rows.pk; its entities are listed in document_entities
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

CREATE VIEW mentions AS SELECT (m.doc << 32) + m.start AS id, d.id AS document_id, m.sentence_id, m.entity_id, m.start, m.stop, CASE WHEN m.text <> '' THEN m.text ELSE (SELECT substr(CAST(coalesce(substr((SELECT CAST(group_concat(tp.piece, '') AS BLOB) FROM document_text tp WHERE tp.key BETWEEN (dd.pk << 32) + sp.byte_start / 512 AND (dd.pk << 32) + (sp.byte_start + 4 * (m.stop - sp.start) - 1) / 512), sp.byte_start % 512 + 1, 4 * (m.stop - sp.start)), x'') AS TEXT), m.start - sp.start + 1, m.stop - m.start) FROM sentence_spans sp JOIN "document_rows" dd ON dd.pk = sp.doc WHERE sp.id = m.sentence_id) END AS text, CASE m.method WHEN '' THEN 'kb' ELSE m.method END AS method, CASE WHEN m.confidence > 1 THEN m.confidence / 100.0 ELSE m.confidence END AS confidence FROM document_entities de JOIN mention_spans m ON m.entity_id = de.entity_id AND m.doc = de.doc LEFT JOIN "document_rows" d ON d.pk = m.doc;

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

CREATE TRIGGER mention_spans_list_ai AFTER INSERT ON mention_spans
WHEN NOT EXISTS (SELECT 1 FROM store_counting WHERE doc = new.doc) BEGIN
    INSERT OR IGNORE INTO document_entities (doc, entity_id) VALUES (new.doc, new.entity_id);
END;

CREATE TRIGGER mention_spans_list_au AFTER UPDATE OF entity_id, doc ON mention_spans
WHEN old.entity_id IS NOT new.entity_id OR old.doc IS NOT new.doc BEGIN
    INSERT OR IGNORE INTO document_entities (doc, entity_id) VALUES (new.doc, new.entity_id);
    DELETE FROM document_entities WHERE doc = old.doc AND entity_id = old.entity_id
        AND NOT EXISTS (SELECT 1 FROM mention_spans m WHERE m.entity_id = old.entity_id AND m.doc = old.doc);
END;

CREATE TRIGGER mention_spans_list_ad AFTER DELETE ON mention_spans
WHEN NOT EXISTS (SELECT 1 FROM store_counting WHERE doc = old.doc) BEGIN
    DELETE FROM document_entities WHERE doc = old.doc AND entity_id = old.entity_id
        AND NOT EXISTS (SELECT 1 FROM mention_spans m WHERE m.entity_id = old.entity_id AND m.doc = old.doc);
END;

CREATE TRIGGER documents_mentions_bd BEFORE DELETE ON "document_rows" WHEN NOT EXISTS (SELECT 1 FROM store_counting WHERE doc = old.pk) BEGIN UPDATE mention_spans SET text = (SELECT substr(CAST(coalesce(substr((SELECT CAST(group_concat(tp.piece, '') AS BLOB) FROM document_text tp WHERE tp.key BETWEEN (dd.pk << 32) + sp.byte_start / 512 AND (dd.pk << 32) + (sp.byte_start + 4 * (mention_spans.stop - sp.start) - 1) / 512), sp.byte_start % 512 + 1, 4 * (mention_spans.stop - sp.start)), x'') AS TEXT), mention_spans.start - sp.start + 1, mention_spans.stop - mention_spans.start) FROM sentence_spans sp JOIN "document_rows" dd ON dd.pk = sp.doc WHERE sp.id = mention_spans.sentence_id) WHERE entity_id IN (SELECT entity_id FROM document_entities WHERE doc = old.pk) AND doc = old.pk AND text = ''; END;

CREATE TRIGGER documents_mentions_ad AFTER DELETE ON "document_rows" BEGIN
    DELETE FROM mention_spans WHERE entity_id IN (SELECT entity_id FROM document_entities WHERE doc = old.pk)
        AND doc = old.pk;
    DELETE FROM document_entities WHERE doc = old.pk;
END;
