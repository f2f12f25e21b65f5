-- The writer indexes a new document's sentences in the full-text index once, when it stores the
-- text, not three times (issues 10 and 15).
--
-- The writer inserts a document with an empty text, then its sentences, then the text (so that
-- the index reads the text once for all sentences, not once per sentence: see `store`). Each
-- sentence was still put into the index with the empty text by sentence_spans_ai, taken out again
-- by documents_fts_bu, and put in a third time with the real words by documents_fts_au: two index
-- writes per sentence for nothing, 12% of storing an ordinary document and 15% of a 5 MB one.
-- Both triggers now skip a document listed in store_counting (0023), which the writer fills
-- before the sentences and empties after the text, inside its own transaction: no other
-- connection ever sees a row there, and every other writer (a sentence inserted on its own, a
-- text updated by hand) is indexed as before.
DROP TRIGGER IF EXISTS sentence_spans_ai;
DROP TRIGGER IF EXISTS documents_fts_bu;

CREATE TRIGGER sentence_spans_ai AFTER INSERT ON sentence_spans
WHEN NOT EXISTS (SELECT 1 FROM store_counting WHERE doc = new.doc) BEGIN
    INSERT INTO sentences_fts (rowid, text)
        SELECT new.id, CAST(substr(CAST(d.text AS BLOB), new.byte_start + 1, new.byte_len) AS TEXT)
        FROM documents d WHERE d.pk = new.doc;
END;
CREATE TRIGGER documents_fts_bu BEFORE UPDATE OF text ON documents
WHEN NOT EXISTS (SELECT 1 FROM store_counting WHERE doc = old.pk) BEGIN
    INSERT INTO sentences_fts (sentences_fts, rowid, text)
        SELECT 'delete', sp.id, CAST(substr(CAST(old.text AS BLOB), sp.byte_start + 1, sp.byte_len) AS TEXT)
        FROM sentence_spans sp WHERE sp.doc = old.pk;
END;
