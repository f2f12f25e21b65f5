-- bellink: foreign keys off
-- A document's sentences as a range of ids kept in its row (issue 15): sentence_spans without its
-- UNIQUE (doc, idx) index.
--
-- The writer gives a document's sentences consecutive ids in their order (idx = id - the first id), so
-- the second index on sentence_spans, (doc, idx) with the row's id after them (0.115 bytes per source
-- byte of 10,000 generated English articles), only ever answered "the sentences of document d", which
-- the document's row now says itself: document_rows.sentence_first and sentence_last, the smallest and
-- largest id of its sentences (NULL for a document without any). Every look-up by document reads the
-- ids in that range and keeps those of the document (`sp.id BETWEEN first AND last AND sp.doc = d`):
-- rows written by hand in another order are still found, only read from a wider range.
--
-- ON DELETE CASCADE on sentence_spans.doc needed the index (without it every deleted document would
-- scan the table): the reference goes, and documents_sentences_ad deletes the range instead. A
-- sentence inserted by hand (not by the writer, which marks its document in store_counting and sets
-- the range itself) widens its document's range through sentence_spans_range_ai.
--
-- The table is rebuilt through a copy (no RENAME: the views that read it keep their text); its two
-- triggers are made again word for word; documents_fts_bd and documents_iu, which read a document's
-- sentences, read its range.

ALTER TABLE "document_rows" ADD COLUMN sentence_first INTEGER;  -- the smallest id of its sentences
ALTER TABLE "document_rows" ADD COLUMN sentence_last INTEGER;   -- the largest

UPDATE "document_rows" SET sentence_first = (SELECT min(id) FROM sentence_spans WHERE doc = pk),
                           sentence_last = (SELECT max(id) FROM sentence_spans WHERE doc = pk);

DROP TRIGGER documents_fts_bd;
DROP TRIGGER documents_iu;

CREATE TEMP TABLE sentence_spans_copy AS SELECT * FROM sentence_spans;
DROP TABLE sentence_spans;

CREATE TABLE "sentence_spans" (
    id INTEGER PRIMARY KEY,
    doc INTEGER NOT NULL,             -- document_rows.pk; its sentences are ids sentence_first..sentence_last
    idx INTEGER NOT NULL,             -- position in the document, from 0
    paragraph INTEGER NOT NULL,
    start INTEGER NOT NULL,           -- character offsets into documents.text
    stop INTEGER NOT NULL,
    byte_start INTEGER,               -- where the same span lies in the UTF-8 bytes of documents.text
    byte_len INTEGER
);

INSERT INTO sentence_spans (id, doc, idx, paragraph, start, stop, byte_start, byte_len)
    SELECT id, doc, idx, paragraph, start, stop, byte_start, byte_len FROM temp.sentence_spans_copy ORDER BY id;
DROP TABLE temp.sentence_spans_copy;

CREATE TRIGGER sentence_spans_ad AFTER DELETE ON sentence_spans BEGIN INSERT INTO sentences_fts (sentences_fts, rowid, text) SELECT 'delete', old.id, CAST(coalesce(substr((SELECT CAST(group_concat(tp.piece, '') AS BLOB) FROM document_text tp WHERE tp.key BETWEEN (d.pk << 32) + old.byte_start / 512 AND (d.pk << 32) + (old.byte_start + old.byte_len - 1) / 512), old.byte_start % 512 + 1, old.byte_len), x'') AS TEXT) FROM "document_rows" d WHERE d.pk = old.doc; END;

CREATE TRIGGER sentence_spans_ai AFTER INSERT ON sentence_spans WHEN NOT EXISTS (SELECT 1 FROM store_counting WHERE doc = new.doc) BEGIN INSERT INTO sentences_fts (rowid, text) SELECT new.id, CAST(coalesce(substr((SELECT CAST(group_concat(tp.piece, '') AS BLOB) FROM document_text tp WHERE tp.key BETWEEN (d.pk << 32) + new.byte_start / 512 AND (d.pk << 32) + (new.byte_start + new.byte_len - 1) / 512), new.byte_start % 512 + 1, new.byte_len), x'') AS TEXT) FROM "document_rows" d WHERE d.pk = new.doc; END;

CREATE TRIGGER documents_fts_bd BEFORE DELETE ON "document_rows" BEGIN INSERT INTO sentences_fts (sentences_fts, rowid, text) SELECT 'delete', sp.id, CAST(coalesce(substr((SELECT CAST(group_concat(tp.piece, '') AS BLOB) FROM document_text tp WHERE tp.key BETWEEN (old.pk << 32) + sp.byte_start / 512 AND (old.pk << 32) + (sp.byte_start + sp.byte_len - 1) / 512), sp.byte_start % 512 + 1, sp.byte_len), x'') AS TEXT) FROM sentence_spans sp WHERE sp.id BETWEEN old.sentence_first AND old.sentence_last AND sp.doc = old.pk; END;

CREATE TRIGGER documents_iu INSTEAD OF UPDATE ON documents BEGIN
SELECT RAISE(ABORT, 'a document''s key (pk) cannot change') WHERE new.pk IS NOT old.pk;
SELECT RAISE(ABORT, 'NOT NULL constraint failed: documents.text') WHERE new.text IS NULL;
UPDATE document_rows SET (id, path, sha256, title, lang, lang_source, outlet, outlet_source, published,
 published_precision, published_source, encoding, boilerplate, extractor_version, ingested_at)
 = (new.id, new.path, CASE WHEN new.sha256 IS old.sha256 THEN sha256 ELSE new.sha256 END, new.title, new.lang, new.lang_source, new.outlet, new.outlet_source,
 new.published, new.published_precision, new.published_source, new.encoding, new.boilerplate,
 new.extractor_version, new.ingested_at) WHERE pk = old.pk;
INSERT INTO sentences_fts (sentences_fts, rowid, text) SELECT 'delete', id, text FROM sentences
 WHERE new.text IS NOT old.text AND id IN (SELECT sp.id FROM "document_rows" r JOIN sentence_spans sp ON sp.id BETWEEN r.sentence_first AND r.sentence_last AND sp.doc = r.pk WHERE r.pk = old.pk)
 AND NOT EXISTS (SELECT 1 FROM store_counting WHERE doc = old.pk);
DELETE FROM document_text WHERE new.text IS NOT old.text AND key BETWEEN old.pk << 32 AND (old.pk << 32) + 4294967295;
INSERT INTO document_text (key, piece)
 WITH RECURSIVE n(i) AS (SELECT 0 WHERE new.text IS NOT old.text AND length(CAST(new.text AS BLOB)) > 0
  UNION ALL SELECT i + 1 FROM n WHERE (i + 1) * 512 < length(CAST(new.text AS BLOB)))
 SELECT (old.pk << 32) + i, substr(CAST(new.text AS BLOB), i * 512 + 1, 512) FROM n;
INSERT INTO sentences_fts (rowid, text) SELECT id, text FROM sentences
 WHERE new.text IS NOT old.text AND id IN (SELECT sp.id FROM "document_rows" r JOIN sentence_spans sp ON sp.id BETWEEN r.sentence_first AND r.sentence_last AND sp.doc = r.pk WHERE r.pk = old.pk);
END;

CREATE TRIGGER sentence_spans_range_ai AFTER INSERT ON sentence_spans
WHEN NOT EXISTS (SELECT 1 FROM store_counting WHERE doc = new.doc) BEGIN
    UPDATE "document_rows" SET sentence_first = min(coalesce(sentence_first, new.id), new.id),
                               sentence_last = max(coalesce(sentence_last, new.id), new.id)
    WHERE pk = new.doc;
END;

CREATE TRIGGER documents_sentences_ad AFTER DELETE ON "document_rows" BEGIN
    DELETE FROM sentence_spans WHERE id BETWEEN old.sentence_first AND old.sentence_last AND doc = old.pk;
END;
