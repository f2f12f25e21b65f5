-- A smaller database and a cheaper writer (issue 15): indexes no query needs at their width.
--
-- * mentions_sentence (mention_spans(sentence_id)): 0.21 bytes per source byte (English) and two
--   of the ~90 pages every document's commit writes. One statement used it: `search` marking
--   the entities in each hit's sentence. That statement now reads the document's mentions from
--   the sentence's start to its stop through mentions_document (doc, start), which every
--   mention's sentence holds (a mention lies inside its sentence); the sentence id is still
--   compared, so the rows are the same.
-- * documents_sha256 and document_fingerprints_text held both 64-character hashes whole, only to
--   find a duplicate when a new document comes in. The first 16 hex digits (64 bits) find the
--   one candidate; the writer then compares the whole hash (`_duplicate_of`).
-- * document_fingerprints is WITHOUT ROWID: its primary key (document_id) was a second copy of
--   every row.

DROP INDEX IF EXISTS mentions_sentence;

DROP INDEX IF EXISTS documents_sha256;
CREATE INDEX documents_sha256_prefix ON documents(substr(sha256, 1, 16));

CREATE TABLE document_fingerprints_0022 (
    document_id TEXT PRIMARY KEY,
    text_sha256 TEXT NOT NULL         -- of the stored text with whitespace runs collapsed
) WITHOUT ROWID;
INSERT INTO document_fingerprints_0022 (document_id, text_sha256)
    SELECT document_id, text_sha256 FROM document_fingerprints;
DROP TABLE document_fingerprints;
ALTER TABLE document_fingerprints_0022 RENAME TO document_fingerprints;
CREATE INDEX document_fingerprints_prefix ON document_fingerprints(substr(text_sha256, 1, 16));
