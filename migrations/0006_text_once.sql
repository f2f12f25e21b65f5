-- Each article's text is stored once, in documents.text.
--
-- Until now a sentence kept its own copy of its text, so an article's text was
-- stored twice (plus the full-text index). The table that stores sentences is now
-- sentence_spans: offsets into documents.text and nothing else. The view
-- `sentences` gives the same columns as before, `text` cut out of the document
-- (SQLite's substr counts characters, as Python's offsets do), so every query
-- that joins `sentences` and reads `s.text` keeps working unchanged.
--
-- sentences_fts indexes that view as external content: the index holds terms,
-- never a copy of the text, and snippet()/highlight() read the text through the
-- view. content="sentences" is written with double quotes because that is the
-- form Datasette's detect_fts looks for; the view's extra `rowid` column is what
-- Datasette's ?_search= filter selects on (a view has no rowid of its own).
--
-- Existing rows move: the migration refuses (and rolls back) if any stored
-- sentence text differs from the slice of its document it claims to be.

CREATE TEMP TABLE _bellink_0006_check (
    mismatched INTEGER CHECK (mismatched = 0)
);
INSERT INTO _bellink_0006_check (mismatched)
    SELECT count(*) FROM sentences s JOIN documents d ON d.id = s.document_id
    WHERE substr(d.text, s.start + 1, s.stop - s.start) IS NOT s.text;
DROP TABLE _bellink_0006_check;

DROP TRIGGER IF EXISTS sentences_ai;
DROP TRIGGER IF EXISTS sentences_ad;
DROP TRIGGER IF EXISTS sentences_au;
DROP TABLE sentences_fts;

-- RENAME also rewrites the foreign keys of mentions, timexes, statements and events.
ALTER TABLE sentences RENAME TO sentence_spans;
ALTER TABLE sentence_spans DROP COLUMN text;

CREATE VIEW sentences AS
    SELECT sp.id, sp.document_id, sp.idx, sp.paragraph, sp.start, sp.stop,
           substr(d.text, sp.start + 1, sp.stop - sp.start) AS text,
           sp.id AS rowid
    FROM sentence_spans sp JOIN documents d ON d.id = sp.document_id;

CREATE VIRTUAL TABLE sentences_fts USING fts5(
    text,
    content="sentences",
    content_rowid="id",
    tokenize='unicode61 remove_diacritics 2'
);
INSERT INTO sentences_fts (sentences_fts) VALUES ('rebuild');

-- The index is kept in step by triggers. An external-content 'delete' must be
-- given the exact text that was indexed, so entries leave the index while the
-- document (and so the text) still exists: before a document is deleted or its
-- text changed. A sentence deleted on its own (its document still there) leaves
-- through sentence_spans_ad; when a document goes, its sentences were already
-- removed from the index by documents_fts_bd and the cascade finds no document.
CREATE TRIGGER sentence_spans_ai AFTER INSERT ON sentence_spans BEGIN
    INSERT INTO sentences_fts (rowid, text)
        SELECT new.id, substr(d.text, new.start + 1, new.stop - new.start) FROM documents d WHERE d.id = new.document_id;
END;
CREATE TRIGGER sentence_spans_ad AFTER DELETE ON sentence_spans BEGIN
    INSERT INTO sentences_fts (sentences_fts, rowid, text)
        SELECT 'delete', old.id, substr(d.text, old.start + 1, old.stop - old.start) FROM documents d WHERE d.id = old.document_id;
END;
CREATE TRIGGER documents_fts_bd BEFORE DELETE ON documents BEGIN
    INSERT INTO sentences_fts (sentences_fts, rowid, text)
        SELECT 'delete', s.id, s.text FROM sentences s WHERE s.document_id = old.id;
END;
CREATE TRIGGER documents_fts_bu BEFORE UPDATE OF text ON documents BEGIN
    INSERT INTO sentences_fts (sentences_fts, rowid, text)
        SELECT 'delete', s.id, s.text FROM sentences s WHERE s.document_id = old.id;
END;
CREATE TRIGGER documents_fts_au AFTER UPDATE OF text ON documents BEGIN
    INSERT INTO sentences_fts (rowid, text)
        SELECT s.id, s.text FROM sentences s WHERE s.document_id = new.id;
END;
