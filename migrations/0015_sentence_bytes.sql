-- Sentences cut out of their document by byte offsets.
--
-- SQLite's substr() on TEXT counts characters, so cutting a sentence out of
-- documents.text by character offsets walks the UTF-8 from the start of the
-- document for every row: a query returning thousands of facts with their
-- evidence sentence paid ~10 µs a row for it. On a BLOB substr() jumps straight
-- to a byte offset. start/stop stay character offsets (every other offset in the
-- database is one); byte_start/byte_len say where the same sentence lies in the
-- UTF-8 bytes of documents.text.

ALTER TABLE sentence_spans ADD COLUMN byte_start INTEGER;
ALTER TABLE sentence_spans ADD COLUMN byte_len INTEGER;
UPDATE sentence_spans SET
    byte_start = (SELECT length(CAST(substr(d.text, 1, sentence_spans.start) AS BLOB))
                  FROM documents d WHERE d.id = sentence_spans.document_id),
    byte_len = (SELECT length(CAST(substr(d.text, sentence_spans.start + 1,
                                          sentence_spans.stop - sentence_spans.start) AS BLOB))
                FROM documents d WHERE d.id = sentence_spans.document_id);

DROP VIEW sentences;
CREATE VIEW sentences AS
    SELECT sp.id, sp.document_id, sp.idx, sp.paragraph, sp.start, sp.stop,
           CAST(substr(CAST(d.text AS BLOB), sp.byte_start + 1, sp.byte_len) AS TEXT) AS text,
           sp.id AS rowid
    FROM sentence_spans sp JOIN documents d ON d.id = sp.document_id;

DROP TRIGGER sentence_spans_ai;
CREATE TRIGGER sentence_spans_ai AFTER INSERT ON sentence_spans BEGIN
    INSERT INTO sentences_fts (rowid, text)
        SELECT new.id, CAST(substr(CAST(d.text AS BLOB), new.byte_start + 1, new.byte_len) AS TEXT)
        FROM documents d WHERE d.id = new.document_id;
END;
DROP TRIGGER sentence_spans_ad;
CREATE TRIGGER sentence_spans_ad AFTER DELETE ON sentence_spans BEGIN
    INSERT INTO sentences_fts (sentences_fts, rowid, text)
        SELECT 'delete', old.id, CAST(substr(CAST(d.text AS BLOB), old.byte_start + 1, old.byte_len) AS TEXT)
        FROM documents d WHERE d.id = old.document_id;
END;
