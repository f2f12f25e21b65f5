-- A smaller database (issue 15): the documents' text in pieces that fill their pages.
--
-- documents.text was the largest column of the database (0.97 bytes per source byte) and its
-- table's pages were a third empty besides: a row over ~2 KB cannot share a 4 KB page with another,
-- so an article of 2-4 KB took a page of its own (1,000 English articles: 0.35 bytes per source
-- byte of free space inside `documents`' pages, Russian 0.41). The text is now kept as the bytes of
-- its UTF-8 in pieces of exactly 512 bytes (the last one shorter) in `document_text`, keyed by the
-- document's key times 2^32 plus the piece's number, so that
--
--   * the pieces of a byte range are a rowid range, found with no lookup: bytes [b, b + n) of
--     document p are pieces p * 2^32 + b / 512 to p * 2^32 + (b + n - 1) / 512, and start at byte
--     b % 512 of the first (a piece may end inside a character: the bytes are joined before they
--     are read as text);
--   * small rows appended in key order fill their pages (1,000 English articles: the text and its
--     document rows 1.67 -> 1.34 bytes per source byte, Russian 1.64 -> 1.28).
--
-- The table keeps the rest of each row as `document_rows`; `documents` is a view that gives the
-- text back (the pieces joined in key order), so every query, Datasette and `select text from
-- documents` read what they read before, and its INSTEAD OF triggers take inserts, updates and
-- deletes (splitting a text given in SQL into its pieces). The views and triggers that cut a
-- sentence, statement or mention out of the text cut it from its pieces instead, reading a piece
-- or two where they read the whole text before. The rows of every other table point at
-- `document_rows` (ALTER TABLE RENAME moves their foreign keys), with the same keys.
--
-- The text of each stored document goes into its pieces by `split_texts` (bellink/db.py), a step
-- of this migration run in the same transaction: SQL alone would re-read a text from its start
-- for every piece.

CREATE TABLE document_text (
    key INTEGER PRIMARY KEY,          -- document_rows.pk * 4294967296 + the piece's number n
    piece BLOB NOT NULL               -- bytes [512 n, 512 n + 512) of the text's UTF-8
);

ALTER TABLE documents RENAME TO document_rows;

-- bellink: python split_texts

-- the views and triggers that cut words out of the text, cutting them from the pieces (and those
-- on the views, dropped with them); the rest now name document_rows, as RENAME left them. Each is
-- 0035's with `substr(CAST(d.text AS BLOB), b + 1, n)` become the same bytes of the pieces, and its
-- spaces and comments squeezed out: SQLite parses the whole schema each time a connection opens
-- (~0.025 ms a kilobyte), and the pieces' expressions made it 6 KB longer.
DROP VIEW mentions;
DROP VIEW sentences;
DROP VIEW statements;
DROP VIEW timexes;
DROP TRIGGER documents_fts_au;
DROP TRIGGER documents_fts_bd;
DROP TRIGGER documents_fts_bu;
DROP TRIGGER documents_mentions_bd;
DROP TRIGGER mentions_forms_ad;
DROP TRIGGER mentions_forms_au;
DROP TRIGGER sentence_spans_ad;
DROP TRIGGER sentence_spans_ai;

CREATE VIEW mentions AS SELECT m.id, d.id AS document_id, m.sentence_id, m.entity_id, m.start, m.stop, CASE WHEN m.text <> '' THEN m.text ELSE (SELECT substr(CAST(coalesce(substr((SELECT CAST(group_concat(tp.piece, '') AS BLOB) FROM document_text tp WHERE tp.key BETWEEN (dd.pk << 32) + sp.byte_start / 512 AND (dd.pk << 32) + (sp.byte_start + 4 * (m.stop - sp.start) - 1) / 512), sp.byte_start % 512 + 1, 4 * (m.stop - sp.start)), x'') AS TEXT), m.start - sp.start + 1, m.stop - m.start) FROM sentence_spans sp JOIN "document_rows" dd ON dd.pk = sp.doc WHERE sp.id = m.sentence_id) END AS text, m.method, CASE WHEN m.confidence > 1 THEN m.confidence / 100.0 ELSE m.confidence END AS confidence FROM mention_spans m LEFT JOIN "document_rows" d ON d.pk = m.doc;

CREATE VIEW sentences AS SELECT sp.id, d.id AS document_id, sp.idx, sp.paragraph, sp.start, sp.stop, CAST(coalesce(substr((SELECT CAST(group_concat(tp.piece, '') AS BLOB) FROM document_text tp WHERE tp.key BETWEEN (d.pk << 32) + sp.byte_start / 512 AND (d.pk << 32) + (sp.byte_start + sp.byte_len - 1) / 512), sp.byte_start % 512 + 1, sp.byte_len), x'') AS TEXT) AS text, sp.id AS rowid FROM sentence_spans sp JOIN "document_rows" d ON d.pk = sp.doc;

CREATE VIEW statements AS SELECT s.id, d.id AS document_id, s.sentence_id, s.speaker_id, coalesce(s.speaker_text, (SELECT p.text FROM fact_phrases p WHERE p.id = s.speaker_text_id)) AS speaker_text, coalesce(s.role, (SELECT p.text FROM fact_phrases p WHERE p.id = s.role_id)) AS role, coalesce(s.text, (SELECT substr(CAST(coalesce(substr((SELECT CAST(group_concat(tp.piece, '') AS BLOB) FROM document_text tp WHERE tp.key BETWEEN (dd.pk << 32) + sp.byte_start / 512 AND (dd.pk << 32) + (sp.byte_start + 4 * (s.stop - sp.start) - 1) / 512), sp.byte_start % 512 + 1, 4 * (s.stop - sp.start)), x'') AS TEXT), s.start - sp.start + 1, s.stop - s.start) FROM sentence_spans sp JOIN "document_rows" dd ON dd.pk = sp.doc WHERE sp.id = s.sentence_id)) AS text, s.start, s.stop, s.direct, s.language, coalesce(s.cue, (SELECT p.text FROM fact_phrases p WHERE p.id = s.cue_id)) AS cue, s.channel_id, coalesce(s.date, CASE s.date_precision WHEN 'day' THEN s.date_lo WHEN 'month' THEN substr(s.date_lo, 1, 7) WHEN 'year' THEN substr(s.date_lo, 1, 4) END) AS date, s.date_end, s.date_precision, coalesce(s.date_method, CASE s.date_method_code WHEN 0 THEN 'publication' WHEN 1 THEN 'relative' WHEN 2 THEN 'explicit' WHEN 3 THEN 'reported' WHEN 4 THEN 'user' END) AS date_method, s.date_text, s.date_lo, s.date_hi, CASE WHEN s.confidence > 1 THEN s.confidence / 100.0 ELSE s.confidence END AS confidence, (SELECT fd.json FROM fact_details fd WHERE fd.id = s.details_id) AS details, s.fact_id, s.curated FROM statement_rows s LEFT JOIN "document_rows" d ON d.pk = s.doc;

CREATE VIEW timexes AS SELECT t.id, d.id AS document_id, t.sentence_id, t.start, t.stop, CASE WHEN t.text <> '' THEN t.text ELSE (SELECT substr(CAST(coalesce(substr((SELECT CAST(group_concat(tp.piece, '') AS BLOB) FROM document_text tp WHERE tp.key BETWEEN (dd.pk << 32) + sp.byte_start / 512 AND (dd.pk << 32) + (sp.byte_start + 4 * (t.stop - sp.start) - 1) / 512), sp.byte_start % 512 + 1, 4 * (t.stop - sp.start)), x'') AS TEXT), t.start - sp.start + 1, t.stop - t.start) FROM sentence_spans sp JOIN "document_rows" dd ON dd.pk = sp.doc WHERE sp.id = t.sentence_id) END AS text, t.value, t.value_end, t.precision, t.method, t.kind, coalesce(t.date_lo, CASE t.precision WHEN 'day' THEN t.value WHEN 'month' THEN t.value || '-01' WHEN 'year' THEN t.value || '-01-01' END) AS date_lo, CASE WHEN t.date_lo IS NOT NULL THEN t.date_hi WHEN t.precision = 'day' THEN t.value WHEN t.precision = 'month' THEN date(t.value || '-01', '+1 month', '-1 day') WHEN t.precision = 'year' THEN t.value || '-12-31' END AS date_hi FROM (SELECT t.id, t.doc, t.sentence_id, t.start, t.stop, t.text, t.value, t.value_end, coalesce(t.precision, CASE t.code / 8 WHEN 0 THEN 'day' WHEN 1 THEN 'month' WHEN 2 THEN 'year' WHEN 3 THEN 'season' WHEN 4 THEN 'quarter' WHEN 5 THEN 'decade' WHEN 6 THEN 'half' END) AS precision, coalesce(t.method, CASE t.code % 2 WHEN 0 THEN 'relative' WHEN 1 THEN 'explicit' END) AS method, coalesce(t.kind, CASE t.code / 2 % 4 WHEN 0 THEN 'date' WHEN 1 THEN 'deadline' WHEN 2 THEN 'range' WHEN 3 THEN 'since' END) AS kind, t.date_lo, t.date_hi FROM timex_spans t) t LEFT JOIN "document_rows" d ON d.pk = t.doc;

CREATE TRIGGER documents_fts_bd BEFORE DELETE ON "document_rows" BEGIN INSERT INTO sentences_fts (sentences_fts, rowid, text) SELECT 'delete', sp.id, CAST(coalesce(substr((SELECT CAST(group_concat(tp.piece, '') AS BLOB) FROM document_text tp WHERE tp.key BETWEEN (old.pk << 32) + sp.byte_start / 512 AND (old.pk << 32) + (sp.byte_start + sp.byte_len - 1) / 512), sp.byte_start % 512 + 1, sp.byte_len), x'') AS TEXT) FROM sentence_spans sp WHERE sp.doc = old.pk; END;

CREATE TRIGGER documents_mentions_bd BEFORE DELETE ON "document_rows" WHEN NOT EXISTS (SELECT 1 FROM store_counting WHERE doc = old.pk) BEGIN UPDATE mention_spans SET text = (SELECT substr(CAST(coalesce(substr((SELECT CAST(group_concat(tp.piece, '') AS BLOB) FROM document_text tp WHERE tp.key BETWEEN (dd.pk << 32) + sp.byte_start / 512 AND (dd.pk << 32) + (sp.byte_start + 4 * (mention_spans.stop - sp.start) - 1) / 512), sp.byte_start % 512 + 1, 4 * (mention_spans.stop - sp.start)), x'') AS TEXT), mention_spans.start - sp.start + 1, mention_spans.stop - mention_spans.start) FROM sentence_spans sp JOIN "document_rows" dd ON dd.pk = sp.doc WHERE sp.id = mention_spans.sentence_id) WHERE doc = old.pk AND text = ''; END;

CREATE TRIGGER mentions_forms_ad AFTER DELETE ON mention_spans WHEN NOT EXISTS (SELECT 1 FROM store_counting WHERE doc = old.doc) BEGIN UPDATE entity_forms SET mentions = mentions - 1 WHERE entity_id = old.entity_id AND text = CASE WHEN old.text <> '' THEN old.text ELSE (SELECT substr(CAST(coalesce(substr((SELECT CAST(group_concat(tp.piece, '') AS BLOB) FROM document_text tp WHERE tp.key BETWEEN (dd.pk << 32) + sp.byte_start / 512 AND (dd.pk << 32) + (sp.byte_start + 4 * (old.stop - sp.start) - 1) / 512), sp.byte_start % 512 + 1, 4 * (old.stop - sp.start)), x'') AS TEXT), old.start - sp.start + 1, old.stop - old.start) FROM sentence_spans sp JOIN "document_rows" dd ON dd.pk = sp.doc WHERE sp.id = old.sentence_id) END; DELETE FROM entity_forms WHERE entity_id = old.entity_id AND text = CASE WHEN old.text <> '' THEN old.text ELSE (SELECT substr(CAST(coalesce(substr((SELECT CAST(group_concat(tp.piece, '') AS BLOB) FROM document_text tp WHERE tp.key BETWEEN (dd.pk << 32) + sp.byte_start / 512 AND (dd.pk << 32) + (sp.byte_start + 4 * (old.stop - sp.start) - 1) / 512), sp.byte_start % 512 + 1, 4 * (old.stop - sp.start)), x'') AS TEXT), old.start - sp.start + 1, old.stop - old.start) FROM sentence_spans sp JOIN "document_rows" dd ON dd.pk = sp.doc WHERE sp.id = old.sentence_id) END AND mentions <= 0; END;

CREATE TRIGGER mentions_forms_au AFTER UPDATE OF entity_id, text ON mention_spans WHEN old.entity_id IS NOT new.entity_id OR (old.text IS NOT new.text AND old.text <> '' AND new.text <> '') BEGIN UPDATE entity_forms SET mentions = mentions - 1 WHERE entity_id = old.entity_id AND text = CASE WHEN old.text <> '' THEN old.text ELSE (SELECT substr(CAST(coalesce(substr((SELECT CAST(group_concat(tp.piece, '') AS BLOB) FROM document_text tp WHERE tp.key BETWEEN (dd.pk << 32) + sp.byte_start / 512 AND (dd.pk << 32) + (sp.byte_start + 4 * (old.stop - sp.start) - 1) / 512), sp.byte_start % 512 + 1, 4 * (old.stop - sp.start)), x'') AS TEXT), old.start - sp.start + 1, old.stop - old.start) FROM sentence_spans sp JOIN "document_rows" dd ON dd.pk = sp.doc WHERE sp.id = old.sentence_id) END; DELETE FROM entity_forms WHERE entity_id = old.entity_id AND text = CASE WHEN old.text <> '' THEN old.text ELSE (SELECT substr(CAST(coalesce(substr((SELECT CAST(group_concat(tp.piece, '') AS BLOB) FROM document_text tp WHERE tp.key BETWEEN (dd.pk << 32) + sp.byte_start / 512 AND (dd.pk << 32) + (sp.byte_start + 4 * (old.stop - sp.start) - 1) / 512), sp.byte_start % 512 + 1, 4 * (old.stop - sp.start)), x'') AS TEXT), old.start - sp.start + 1, old.stop - old.start) FROM sentence_spans sp JOIN "document_rows" dd ON dd.pk = sp.doc WHERE sp.id = old.sentence_id) END AND mentions <= 0; INSERT INTO entity_forms (entity_id, text, mentions) VALUES (new.entity_id, CASE WHEN new.text <> '' THEN new.text ELSE (SELECT substr(CAST(coalesce(substr((SELECT CAST(group_concat(tp.piece, '') AS BLOB) FROM document_text tp WHERE tp.key BETWEEN (dd.pk << 32) + sp.byte_start / 512 AND (dd.pk << 32) + (sp.byte_start + 4 * (new.stop - sp.start) - 1) / 512), sp.byte_start % 512 + 1, 4 * (new.stop - sp.start)), x'') AS TEXT), new.start - sp.start + 1, new.stop - new.start) FROM sentence_spans sp JOIN "document_rows" dd ON dd.pk = sp.doc WHERE sp.id = new.sentence_id) END, 1) ON CONFLICT (entity_id, text) DO UPDATE SET mentions = mentions + 1; END;

CREATE TRIGGER sentence_spans_ad AFTER DELETE ON sentence_spans BEGIN INSERT INTO sentences_fts (sentences_fts, rowid, text) SELECT 'delete', old.id, CAST(coalesce(substr((SELECT CAST(group_concat(tp.piece, '') AS BLOB) FROM document_text tp WHERE tp.key BETWEEN (d.pk << 32) + old.byte_start / 512 AND (d.pk << 32) + (old.byte_start + old.byte_len - 1) / 512), old.byte_start % 512 + 1, old.byte_len), x'') AS TEXT) FROM "document_rows" d WHERE d.pk = old.doc; END;

CREATE TRIGGER sentence_spans_ai AFTER INSERT ON sentence_spans WHEN NOT EXISTS (SELECT 1 FROM store_counting WHERE doc = new.doc) BEGIN INSERT INTO sentences_fts (rowid, text) SELECT new.id, CAST(coalesce(substr((SELECT CAST(group_concat(tp.piece, '') AS BLOB) FROM document_text tp WHERE tp.key BETWEEN (d.pk << 32) + new.byte_start / 512 AND (d.pk << 32) + (new.byte_start + new.byte_len - 1) / 512), new.byte_start % 512 + 1, new.byte_len), x'') AS TEXT) FROM "document_rows" d WHERE d.pk = new.doc; END;

CREATE TRIGGER mentions_id INSTEAD OF DELETE ON mentions BEGIN DELETE FROM mention_spans WHERE doc = (SELECT pk FROM "document_rows" WHERE id = old.document_id) AND start = old.start AND id = old.id; END;

CREATE TRIGGER mentions_ii INSTEAD OF INSERT ON mentions BEGIN INSERT INTO entity_counts (entity_id, mentions, documents) VALUES (new.entity_id, 1, 1) ON CONFLICT (entity_id) DO UPDATE SET mentions = mentions + 1, documents = documents + NOT EXISTS (SELECT 1 FROM mention_spans m WHERE m.entity_id = new.entity_id AND m.doc = (SELECT pk FROM "document_rows" WHERE id = new.document_id)); INSERT INTO entity_forms (entity_id, text, mentions) VALUES (new.entity_id, new.text, 1) ON CONFLICT (entity_id, text) DO UPDATE SET mentions = mentions + 1; INSERT INTO mention_spans (id, doc, sentence_id, entity_id, start, stop, text, method, confidence) VALUES (coalesce(new.id, (SELECT coalesce(max(m.id), 0) + 1 FROM mention_spans m WHERE m.doc = (SELECT max(doc) FROM mention_spans))), (SELECT pk FROM "document_rows" WHERE id = new.document_id), new.sentence_id, new.entity_id, new.start, new.stop, new.text, new.method, new.confidence); END;

CREATE TRIGGER mentions_iu INSTEAD OF UPDATE ON mentions BEGIN UPDATE mention_spans SET id = new.id, doc = (SELECT pk FROM "document_rows" WHERE id = new.document_id), sentence_id = new.sentence_id, entity_id = new.entity_id, start = new.start, stop = new.stop, text = new.text, method = new.method, confidence = new.confidence WHERE doc = (SELECT pk FROM "document_rows" WHERE id = old.document_id) AND start = old.start AND id = old.id; END;

CREATE TRIGGER statements_id INSTEAD OF DELETE ON statements BEGIN DELETE FROM statement_rows WHERE id = old.id; END;

CREATE TRIGGER statements_ii INSTEAD OF INSERT ON statements BEGIN INSERT OR IGNORE INTO fact_phrases (text) SELECT new.speaker_text WHERE new.speaker_text IS NOT NULL; INSERT OR IGNORE INTO fact_phrases (text) SELECT new.role WHERE new.role IS NOT NULL; INSERT OR IGNORE INTO fact_phrases (text) SELECT new.cue WHERE new.cue IS NOT NULL; INSERT INTO fact_details (json) SELECT new.details WHERE new.details IS NOT NULL AND NOT EXISTS (SELECT 1 FROM fact_details WHERE length(json) = length(new.details) AND substr(json, -16) = substr(new.details, -16) AND +json = new.details); INSERT INTO statement_rows (id, doc, sentence_id, speaker_id, speaker_text, role, text, start, stop, direct, language, cue, channel_id, date, date_end, date_precision, date_method, date_text, date_lo, date_hi, confidence, details_id, fact_id, curated, speaker_text_id, role_id, cue_id, date_method_code) VALUES (new.id, (SELECT pk FROM "document_rows" WHERE id = new.document_id), new.sentence_id, new.speaker_id, NULL, NULL, new.text, new.start, new.stop, new.direct, new.language, NULL, new.channel_id, new.date, new.date_end, new.date_precision, CASE WHEN new.date_method IN ('publication', 'relative', 'explicit', 'reported', 'user') THEN NULL ELSE new.date_method END, new.date_text, new.date_lo, new.date_hi, new.confidence, (SELECT id FROM fact_details WHERE length(json) = length(new.details) AND substr(json, -16) = substr(new.details, -16) AND +json = new.details), new.fact_id, coalesce(new.curated, 0), (SELECT id FROM fact_phrases WHERE text = new.speaker_text), (SELECT id FROM fact_phrases WHERE text = new.role), (SELECT id FROM fact_phrases WHERE text = new.cue), CASE new.date_method WHEN 'publication' THEN 0 WHEN 'relative' THEN 1 WHEN 'explicit' THEN 2 WHEN 'reported' THEN 3 WHEN 'user' THEN 4 END); END;

CREATE TRIGGER statements_iu INSTEAD OF UPDATE ON statements BEGIN INSERT OR IGNORE INTO fact_phrases (text) SELECT new.speaker_text WHERE new.speaker_text IS NOT NULL; INSERT OR IGNORE INTO fact_phrases (text) SELECT new.role WHERE new.role IS NOT NULL; INSERT OR IGNORE INTO fact_phrases (text) SELECT new.cue WHERE new.cue IS NOT NULL; INSERT INTO fact_details (json) SELECT new.details WHERE new.details IS NOT NULL AND NOT EXISTS (SELECT 1 FROM fact_details WHERE length(json) = length(new.details) AND substr(json, -16) = substr(new.details, -16) AND +json = new.details); UPDATE statement_rows SET id = new.id, doc = (SELECT pk FROM "document_rows" WHERE id = new.document_id), sentence_id = new.sentence_id, speaker_id = new.speaker_id, speaker_text = NULL, speaker_text_id = (SELECT id FROM fact_phrases WHERE text = new.speaker_text), role = NULL, role_id = (SELECT id FROM fact_phrases WHERE text = new.role), text = CASE WHEN new.text IS old.text THEN text ELSE new.text END, start = new.start, stop = new.stop, direct = new.direct, language = new.language, cue = NULL, cue_id = (SELECT id FROM fact_phrases WHERE text = new.cue), channel_id = new.channel_id, date = new.date, date_end = new.date_end, date_precision = new.date_precision, date_method = CASE WHEN new.date_method IN ('publication', 'relative', 'explicit', 'reported', 'user') THEN NULL ELSE new.date_method END, date_method_code = CASE new.date_method WHEN 'publication' THEN 0 WHEN 'relative' THEN 1 WHEN 'explicit' THEN 2 WHEN 'reported' THEN 3 WHEN 'user' THEN 4 END, date_text = new.date_text, date_lo = new.date_lo, date_hi = new.date_hi, confidence = new.confidence, details_id = (SELECT id FROM fact_details WHERE length(json) = length(new.details) AND substr(json, -16) = substr(new.details, -16) AND +json = new.details), fact_id = new.fact_id, curated = new.curated WHERE id = old.id; END;

CREATE TRIGGER timexes_id INSTEAD OF DELETE ON timexes BEGIN DELETE FROM timex_spans WHERE doc = (SELECT pk FROM "document_rows" WHERE id = old.document_id) AND start = old.start AND id = old.id; END;

CREATE TRIGGER timexes_ii INSTEAD OF INSERT ON timexes BEGIN INSERT INTO timex_spans (id, doc, sentence_id, start, stop, text, value, value_end, precision, method, kind, date_lo, date_hi, code) VALUES (coalesce(new.id, (SELECT coalesce(max(t.id), 0) + 1 FROM timex_spans t WHERE t.doc = (SELECT max(doc) FROM timex_spans))), (SELECT pk FROM "document_rows" WHERE id = new.document_id), new.sentence_id, new.start, new.stop, new.text, new.value, new.value_end, CASE WHEN (CASE new.method WHEN 'relative' THEN 0 WHEN 'explicit' THEN 1 END) + 2 * (CASE new.kind WHEN 'date' THEN 0 WHEN 'deadline' THEN 1 WHEN 'range' THEN 2 WHEN 'since' THEN 3 END) + 8 * (CASE new.precision WHEN 'day' THEN 0 WHEN 'month' THEN 1 WHEN 'year' THEN 2 WHEN 'season' THEN 3 WHEN 'quarter' THEN 4 WHEN 'decade' THEN 5 WHEN 'half' THEN 6 END) IS NULL THEN new.precision END, CASE WHEN (CASE new.method WHEN 'relative' THEN 0 WHEN 'explicit' THEN 1 END) + 2 * (CASE new.kind WHEN 'date' THEN 0 WHEN 'deadline' THEN 1 WHEN 'range' THEN 2 WHEN 'since' THEN 3 END) + 8 * (CASE new.precision WHEN 'day' THEN 0 WHEN 'month' THEN 1 WHEN 'year' THEN 2 WHEN 'season' THEN 3 WHEN 'quarter' THEN 4 WHEN 'decade' THEN 5 WHEN 'half' THEN 6 END) IS NULL THEN new.method END, CASE WHEN (CASE new.method WHEN 'relative' THEN 0 WHEN 'explicit' THEN 1 END) + 2 * (CASE new.kind WHEN 'date' THEN 0 WHEN 'deadline' THEN 1 WHEN 'range' THEN 2 WHEN 'since' THEN 3 END) + 8 * (CASE new.precision WHEN 'day' THEN 0 WHEN 'month' THEN 1 WHEN 'year' THEN 2 WHEN 'season' THEN 3 WHEN 'quarter' THEN 4 WHEN 'decade' THEN 5 WHEN 'half' THEN 6 END) IS NULL THEN new.kind END, new.date_lo, new.date_hi, (CASE new.method WHEN 'relative' THEN 0 WHEN 'explicit' THEN 1 END) + 2 * (CASE new.kind WHEN 'date' THEN 0 WHEN 'deadline' THEN 1 WHEN 'range' THEN 2 WHEN 'since' THEN 3 END) + 8 * (CASE new.precision WHEN 'day' THEN 0 WHEN 'month' THEN 1 WHEN 'year' THEN 2 WHEN 'season' THEN 3 WHEN 'quarter' THEN 4 WHEN 'decade' THEN 5 WHEN 'half' THEN 6 END)); END;

CREATE TRIGGER timexes_iu INSTEAD OF UPDATE ON timexes BEGIN UPDATE timex_spans SET id = new.id, doc = (SELECT pk FROM "document_rows" WHERE id = new.document_id), sentence_id = new.sentence_id, start = new.start, stop = new.stop, text = new.text, value = new.value, value_end = new.value_end, precision = CASE WHEN (CASE new.method WHEN 'relative' THEN 0 WHEN 'explicit' THEN 1 END) + 2 * (CASE new.kind WHEN 'date' THEN 0 WHEN 'deadline' THEN 1 WHEN 'range' THEN 2 WHEN 'since' THEN 3 END) + 8 * (CASE new.precision WHEN 'day' THEN 0 WHEN 'month' THEN 1 WHEN 'year' THEN 2 WHEN 'season' THEN 3 WHEN 'quarter' THEN 4 WHEN 'decade' THEN 5 WHEN 'half' THEN 6 END) IS NULL THEN new.precision END, method = CASE WHEN (CASE new.method WHEN 'relative' THEN 0 WHEN 'explicit' THEN 1 END) + 2 * (CASE new.kind WHEN 'date' THEN 0 WHEN 'deadline' THEN 1 WHEN 'range' THEN 2 WHEN 'since' THEN 3 END) + 8 * (CASE new.precision WHEN 'day' THEN 0 WHEN 'month' THEN 1 WHEN 'year' THEN 2 WHEN 'season' THEN 3 WHEN 'quarter' THEN 4 WHEN 'decade' THEN 5 WHEN 'half' THEN 6 END) IS NULL THEN new.method END, kind = CASE WHEN (CASE new.method WHEN 'relative' THEN 0 WHEN 'explicit' THEN 1 END) + 2 * (CASE new.kind WHEN 'date' THEN 0 WHEN 'deadline' THEN 1 WHEN 'range' THEN 2 WHEN 'since' THEN 3 END) + 8 * (CASE new.precision WHEN 'day' THEN 0 WHEN 'month' THEN 1 WHEN 'year' THEN 2 WHEN 'season' THEN 3 WHEN 'quarter' THEN 4 WHEN 'decade' THEN 5 WHEN 'half' THEN 6 END) IS NULL THEN new.kind END, date_lo = new.date_lo, date_hi = new.date_hi, code = (CASE new.method WHEN 'relative' THEN 0 WHEN 'explicit' THEN 1 END) + 2 * (CASE new.kind WHEN 'date' THEN 0 WHEN 'deadline' THEN 1 WHEN 'range' THEN 2 WHEN 'since' THEN 3 END) + 8 * (CASE new.precision WHEN 'day' THEN 0 WHEN 'month' THEN 1 WHEN 'year' THEN 2 WHEN 'season' THEN 3 WHEN 'quarter' THEN 4 WHEN 'decade' THEN 5 WHEN 'half' THEN 6 END) WHERE doc = (SELECT pk FROM "document_rows" WHERE id = old.document_id) AND start = old.start AND id = old.id; END;


ALTER TABLE document_rows DROP COLUMN text;

CREATE TRIGGER document_rows_text_ad AFTER DELETE ON document_rows BEGIN
DELETE FROM document_text WHERE key BETWEEN old.pk << 32 AND (old.pk << 32) + 4294967295;
END;

CREATE VIEW documents AS
SELECT d.id, d.path, d.sha256, d.title, d.lang, d.lang_source, d.outlet, d.outlet_source, d.published,
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

-- a new text: the document's sentences leave the full-text index with the old words and come back
-- with the new (the writer indexes a new document's sentences itself, from the words it has)
CREATE TRIGGER documents_iu INSTEAD OF UPDATE ON documents BEGIN
SELECT RAISE(ABORT, 'a document''s key (pk) cannot change') WHERE new.pk IS NOT old.pk;
SELECT RAISE(ABORT, 'NOT NULL constraint failed: documents.text') WHERE new.text IS NULL;
UPDATE document_rows SET (id, path, sha256, title, lang, lang_source, outlet, outlet_source, published,
 published_precision, published_source, encoding, boilerplate, extractor_version, ingested_at)
 = (new.id, new.path, new.sha256, new.title, new.lang, new.lang_source, new.outlet, new.outlet_source,
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
