-- A document's hashes as their 32 bytes (issue 15), where their hex took 64, and their indexes on 8
-- bytes, where the hex's first 16 digits took 16.
--
-- document_rows.sha256 (of the raw bytes: same bytes, nothing to do) and
-- document_fingerprints.text_sha256 (of the text with whitespace runs collapsed: the same article
-- under another name) are kept as BLOBs, and the indexes that find a document by either on their
-- first 8 bytes (as many bits as 0022's 16 hex digits). The view `documents` gives sha256 back as the
-- hex it was; a hash given through the view's triggers (SQL has no function for hex to bytes before
-- SQLite 3.41) stays text, which the view gives back as it is and the writer's look-up also finds
-- (substr(sha256, 1, 8) of the text is its first 8 hex digits: the same index). The writer stores
-- bytes (bellink/ingest/store/rows.py); a row updated through the view keeps its hash as stored.
-- The fingerprints have no view: Datasette shows them as 32-byte blobs. 1,000 English generated
-- articles: 80 bytes a document.

DROP INDEX documents_sha256_prefix;
DROP INDEX document_fingerprints_prefix;

-- bellink: python hash_blobs

CREATE INDEX documents_sha256_prefix ON "document_rows"(substr(sha256, 1, 8));
CREATE INDEX document_fingerprints_prefix ON document_fingerprints(substr(text_sha256, 1, 8));

-- the view as it was but for sha256, and its triggers (dropped with it)
DROP VIEW documents;

CREATE VIEW documents AS
SELECT d.id, d.path, CASE WHEN typeof(d.sha256) = 'blob' THEN lower(hex(d.sha256)) ELSE d.sha256 END AS sha256, d.title, d.lang, d.lang_source, d.outlet, d.outlet_source, d.published,
 d.published_precision, d.published_source, d.encoding, coalesce((SELECT group_concat(t.piece, '')
 FROM document_text t WHERE t.key BETWEEN d.pk << 32 AND (d.pk << 32) + 4294967295), '') AS text,
 d.boilerplate, d.extractor_version, d.ingested_at, d.pk
FROM document_rows d;

CREATE TRIGGER documents_ii INSTEAD OF INSERT ON documents BEGIN
SELECT RAISE(ABORT, 'NOT NULL constraint failed: documents.text') WHERE new.text IS NULL;
INSERT INTO document_rows (id, path, sha256, title, lang, lang_source, outlet, outlet_source, published,
 published_precision, published_source, encoding, boilerplate, extractor_version, ingested_at, pk)
VALUES (new.id, new.path, new.sha256, new.title, new.lang, new.lang_source, new.outlet, new.outlet_source,
 new.published, new.published_precision, new.published_source, new.encoding, new.boilerplate,
 new.extractor_version, new.ingested_at, new.pk);
INSERT INTO document_text (key, piece)
 WITH RECURSIVE n(i) AS (SELECT 0 WHERE length(CAST(new.text AS BLOB)) > 0
  UNION ALL SELECT i + 1 FROM n WHERE (i + 1) * 512 < length(CAST(new.text AS BLOB)))
 SELECT ((SELECT pk FROM document_rows WHERE id = new.id) << 32) + i, substr(CAST(new.text AS BLOB), i * 512 + 1, 512) FROM n;
END;

CREATE TRIGGER documents_iu INSTEAD OF UPDATE ON documents BEGIN
SELECT RAISE(ABORT, 'a document''s key (pk) cannot change') WHERE new.pk IS NOT old.pk;
SELECT RAISE(ABORT, 'NOT NULL constraint failed: documents.text') WHERE new.text IS NULL;
UPDATE document_rows SET (id, path, sha256, title, lang, lang_source, outlet, outlet_source, published,
 published_precision, published_source, encoding, boilerplate, extractor_version, ingested_at)
 = (new.id, new.path, CASE WHEN new.sha256 IS old.sha256 THEN sha256 ELSE new.sha256 END, new.title, new.lang, new.lang_source, new.outlet, new.outlet_source,
 new.published, new.published_precision, new.published_source, new.encoding, new.boilerplate,
 new.extractor_version, new.ingested_at) WHERE pk = old.pk;
INSERT INTO sentences_fts (sentences_fts, rowid, text) SELECT 'delete', id, text FROM sentences
 WHERE new.text IS NOT old.text AND id IN (SELECT id FROM sentence_spans WHERE doc = old.pk)
 AND NOT EXISTS (SELECT 1 FROM store_counting WHERE doc = old.pk);
DELETE FROM document_text WHERE new.text IS NOT old.text AND key BETWEEN old.pk << 32 AND (old.pk << 32) + 4294967295;
INSERT INTO document_text (key, piece)
 WITH RECURSIVE n(i) AS (SELECT 0 WHERE new.text IS NOT old.text AND length(CAST(new.text AS BLOB)) > 0
  UNION ALL SELECT i + 1 FROM n WHERE (i + 1) * 512 < length(CAST(new.text AS BLOB)))
 SELECT (old.pk << 32) + i, substr(CAST(new.text AS BLOB), i * 512 + 1, 512) FROM n;
INSERT INTO sentences_fts (rowid, text) SELECT id, text FROM sentences
 WHERE new.text IS NOT old.text AND id IN (SELECT id FROM sentence_spans WHERE doc = old.pk);
END;

CREATE TRIGGER documents_id INSTEAD OF DELETE ON documents BEGIN
DELETE FROM document_rows WHERE pk = old.pk;
END;
