-- A smaller database (issue 15): a mention's words kept once, in the document's text.
--
-- Every mention stored its words (`text`), which are always the document's text between its
-- offsets: 0.18 bytes per source byte English, the largest column after the text itself. The
-- writer now stores '' (the column is NOT NULL; '' takes no bytes) when the words are the text
-- between the offsets, the mention lies in its sentence and the document is under 100,000
-- characters (the words are then cut from the text through the sentence's byte offsets, as the
-- view `statements` does; in a longer document each row would read the whole text again, so its
-- mentions keep their words). The view `mentions` gives the words back.
--
-- entity_forms counts each entity's forms from these words: its triggers now read them through
-- the same expression, a change between '' and the words themselves is no change of form, and
-- before a document is deleted (not by the writer, which counts itself: store_counting) its
-- mentions get their words back, so the cascade's row triggers still find them.

DROP VIEW IF EXISTS mentions;   -- and its INSTEAD OF triggers with it
DROP TRIGGER IF EXISTS mentions_forms_au;
DROP TRIGGER IF EXISTS mentions_forms_ad;

UPDATE mention_spans SET text = ''
WHERE doc IN (SELECT doc FROM sentence_spans GROUP BY doc HAVING max(stop) < 100000)
  AND start >= (SELECT sp.start FROM sentence_spans sp WHERE sp.id = mention_spans.sentence_id)
  AND text = (SELECT substr(CAST(substr(CAST(dd.text AS BLOB), sp.byte_start + 1, 4 * (mention_spans.stop - sp.start)) AS TEXT),
                    mention_spans.start - sp.start + 1, mention_spans.stop - mention_spans.start)
             FROM sentence_spans sp JOIN documents dd ON dd.pk = sp.doc WHERE sp.id = mention_spans.sentence_id);

CREATE VIEW mentions AS
    SELECT m.id, d.id AS document_id, m.sentence_id, m.entity_id, m.start, m.stop,
           CASE WHEN m.text <> '' THEN m.text ELSE (SELECT substr(CAST(substr(CAST(dd.text AS BLOB), sp.byte_start + 1, 4 * (m.stop - sp.start)) AS TEXT),
                    m.start - sp.start + 1, m.stop - m.start)
             FROM sentence_spans sp JOIN documents dd ON dd.pk = sp.doc WHERE sp.id = m.sentence_id) END AS text,
           m.method,
           CASE WHEN m.confidence > 1 THEN m.confidence / 100.0 ELSE m.confidence END AS confidence
    FROM mention_spans m LEFT JOIN documents d ON d.pk = m.doc;
CREATE TRIGGER mentions_ii INSTEAD OF INSERT ON mentions BEGIN
    INSERT INTO entity_counts (entity_id, mentions, documents) VALUES (new.entity_id, 1, 1)
    ON CONFLICT (entity_id) DO UPDATE SET mentions = mentions + 1,
        documents = documents + NOT EXISTS (SELECT 1 FROM mention_spans m WHERE m.entity_id = new.entity_id
                                            AND m.doc = (SELECT pk FROM documents WHERE id = new.document_id));
    INSERT INTO entity_forms (entity_id, text, mentions) VALUES (new.entity_id, new.text, 1)
    ON CONFLICT (entity_id, text) DO UPDATE SET mentions = mentions + 1;
    INSERT INTO mention_spans (id, doc, sentence_id, entity_id, start, stop, text, method, confidence)
    VALUES (new.id, (SELECT pk FROM documents WHERE id = new.document_id), new.sentence_id, new.entity_id,
            new.start, new.stop, new.text, new.method, new.confidence);
END;
CREATE TRIGGER mentions_iu INSTEAD OF UPDATE ON mentions BEGIN
    UPDATE mention_spans SET id = new.id, doc = (SELECT pk FROM documents WHERE id = new.document_id),
        sentence_id = new.sentence_id, entity_id = new.entity_id, start = new.start, stop = new.stop,
        text = new.text, method = new.method, confidence = new.confidence
    WHERE id = old.id;
END;
CREATE TRIGGER mentions_id INSTEAD OF DELETE ON mentions BEGIN
    DELETE FROM mention_spans WHERE id = old.id;
END;
CREATE TRIGGER mentions_forms_au AFTER UPDATE OF entity_id, text ON mention_spans
WHEN old.entity_id IS NOT new.entity_id OR (old.text IS NOT new.text AND old.text <> '' AND new.text <> '') BEGIN
    UPDATE entity_forms SET mentions = mentions - 1 WHERE entity_id = old.entity_id AND text = CASE WHEN old.text <> '' THEN old.text ELSE (SELECT substr(CAST(substr(CAST(dd.text AS BLOB), sp.byte_start + 1, 4 * (old.stop - sp.start)) AS TEXT),
                    old.start - sp.start + 1, old.stop - old.start)
             FROM sentence_spans sp JOIN documents dd ON dd.pk = sp.doc WHERE sp.id = old.sentence_id) END;
    DELETE FROM entity_forms WHERE entity_id = old.entity_id AND text = CASE WHEN old.text <> '' THEN old.text ELSE (SELECT substr(CAST(substr(CAST(dd.text AS BLOB), sp.byte_start + 1, 4 * (old.stop - sp.start)) AS TEXT),
                    old.start - sp.start + 1, old.stop - old.start)
             FROM sentence_spans sp JOIN documents dd ON dd.pk = sp.doc WHERE sp.id = old.sentence_id) END AND mentions <= 0;
    INSERT INTO entity_forms (entity_id, text, mentions) VALUES (new.entity_id, CASE WHEN new.text <> '' THEN new.text ELSE (SELECT substr(CAST(substr(CAST(dd.text AS BLOB), sp.byte_start + 1, 4 * (new.stop - sp.start)) AS TEXT),
                    new.start - sp.start + 1, new.stop - new.start)
             FROM sentence_spans sp JOIN documents dd ON dd.pk = sp.doc WHERE sp.id = new.sentence_id) END, 1)
    ON CONFLICT (entity_id, text) DO UPDATE SET mentions = mentions + 1;
END;
CREATE TRIGGER mentions_forms_ad AFTER DELETE ON mention_spans
WHEN NOT EXISTS (SELECT 1 FROM store_counting WHERE doc = old.doc) BEGIN
    UPDATE entity_forms SET mentions = mentions - 1 WHERE entity_id = old.entity_id AND text = CASE WHEN old.text <> '' THEN old.text ELSE (SELECT substr(CAST(substr(CAST(dd.text AS BLOB), sp.byte_start + 1, 4 * (old.stop - sp.start)) AS TEXT),
                    old.start - sp.start + 1, old.stop - old.start)
             FROM sentence_spans sp JOIN documents dd ON dd.pk = sp.doc WHERE sp.id = old.sentence_id) END;
    DELETE FROM entity_forms WHERE entity_id = old.entity_id AND text = CASE WHEN old.text <> '' THEN old.text ELSE (SELECT substr(CAST(substr(CAST(dd.text AS BLOB), sp.byte_start + 1, 4 * (old.stop - sp.start)) AS TEXT),
                    old.start - sp.start + 1, old.stop - old.start)
             FROM sentence_spans sp JOIN documents dd ON dd.pk = sp.doc WHERE sp.id = old.sentence_id) END AND mentions <= 0;
END;
CREATE TRIGGER documents_mentions_bd BEFORE DELETE ON documents
WHEN NOT EXISTS (SELECT 1 FROM store_counting WHERE doc = old.pk) BEGIN
    UPDATE mention_spans SET text = (SELECT substr(CAST(substr(CAST(dd.text AS BLOB), sp.byte_start + 1, 4 * (mention_spans.stop - sp.start)) AS TEXT),
                    mention_spans.start - sp.start + 1, mention_spans.stop - mention_spans.start)
             FROM sentence_spans sp JOIN documents dd ON dd.pk = sp.doc WHERE sp.id = mention_spans.sentence_id)
    WHERE doc = old.pk AND text = '';
END;
