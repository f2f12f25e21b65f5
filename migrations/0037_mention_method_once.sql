-- A mention found through the knowledge base stores its method as '' (issue 15: "kb" in nine of ten rows).
--
-- mention_spans is the largest table of facts (0.53 bytes per source byte of 1,000-10,000 English
-- articles, 29 bytes a row); its `method` column held the word 'kb' for 94% of the rows (3 bytes of
-- record, where '' takes none: its length is in the record's header). The row now keeps '' for 'kb'
-- and the other methods (pattern, ner, coref) as before, as its `text` keeps '' for the document's own
-- words (0027); the view `mentions` gives 'kb' back, and its triggers take 'kb' and store ''.
-- 1,000 English articles: -0.04 bytes per source byte, the same at 10,000.

UPDATE mention_spans SET method = '' WHERE method = 'kb';

-- the view and its triggers (dropped with it), as 0036 made them but for the method
DROP VIEW mentions;

CREATE VIEW mentions AS SELECT m.id, d.id AS document_id, m.sentence_id, m.entity_id, m.start, m.stop, CASE WHEN m.text <> '' THEN m.text ELSE (SELECT substr(CAST(coalesce(substr((SELECT CAST(group_concat(tp.piece, '') AS BLOB) FROM document_text tp WHERE tp.key BETWEEN (dd.pk << 32) + sp.byte_start / 512 AND (dd.pk << 32) + (sp.byte_start + 4 * (m.stop - sp.start) - 1) / 512), sp.byte_start % 512 + 1, 4 * (m.stop - sp.start)), x'') AS TEXT), m.start - sp.start + 1, m.stop - m.start) FROM sentence_spans sp JOIN "document_rows" dd ON dd.pk = sp.doc WHERE sp.id = m.sentence_id) END AS text, CASE m.method WHEN '' THEN 'kb' ELSE m.method END AS method, CASE WHEN m.confidence > 1 THEN m.confidence / 100.0 ELSE m.confidence END AS confidence FROM mention_spans m LEFT JOIN "document_rows" d ON d.pk = m.doc;

CREATE TRIGGER mentions_id INSTEAD OF DELETE ON mentions BEGIN DELETE FROM mention_spans WHERE doc = (SELECT pk FROM "document_rows" WHERE id = old.document_id) AND start = old.start AND id = old.id; END;

CREATE TRIGGER mentions_ii INSTEAD OF INSERT ON mentions BEGIN INSERT INTO entity_counts (entity_id, mentions, documents) VALUES (new.entity_id, 1, 1) ON CONFLICT (entity_id) DO UPDATE SET mentions = mentions + 1, documents = documents + NOT EXISTS (SELECT 1 FROM mention_spans m WHERE m.entity_id = new.entity_id AND m.doc = (SELECT pk FROM "document_rows" WHERE id = new.document_id)); INSERT INTO entity_forms (entity_id, text, mentions) VALUES (new.entity_id, new.text, 1) ON CONFLICT (entity_id, text) DO UPDATE SET mentions = mentions + 1; INSERT INTO mention_spans (id, doc, sentence_id, entity_id, start, stop, text, method, confidence) VALUES (coalesce(new.id, (SELECT coalesce(max(m.id), 0) + 1 FROM mention_spans m WHERE m.doc = (SELECT max(doc) FROM mention_spans))), (SELECT pk FROM "document_rows" WHERE id = new.document_id), new.sentence_id, new.entity_id, new.start, new.stop, new.text, CASE new.method WHEN 'kb' THEN '' ELSE new.method END, new.confidence); END;

CREATE TRIGGER mentions_iu INSTEAD OF UPDATE ON mentions BEGIN UPDATE mention_spans SET id = new.id, doc = (SELECT pk FROM "document_rows" WHERE id = new.document_id), sentence_id = new.sentence_id, entity_id = new.entity_id, start = new.start, stop = new.stop, text = new.text, method = CASE new.method WHEN 'kb' THEN '' ELSE new.method END, confidence = new.confidence WHERE doc = (SELECT pk FROM "document_rows" WHERE id = old.document_id) AND start = old.start AND id = old.id; END;
