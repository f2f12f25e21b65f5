-- The writer keeps entity_counts and entity_forms itself, one statement per entity and per form
-- of a document, instead of two triggers per mention row (issues 10 and 15).
--
-- The row triggers (0012, 0017) cost half of storing a long document: a 2 MB digest's 28,851
-- mentions took 0.46 of its 0.98 CPU-s in them (the 20 MB one ~5 CPU-s), for what is a total per
-- document: +n mentions and +1 document per entity, +n per form.
--
-- * Inserts: mention rows come in through the writer (`store`, which adds its totals in the same
--   transaction) or through the `mentions` view, whose INSTEAD OF trigger now counts as the row
--   triggers did. Nothing else inserts into mention_spans.
-- * Deletes and updates (a document deleted or forgotten, an analyst's merge) keep their row
--   triggers, except for a document listed in store_counting: the writer lists the old version of
--   a document it replaces there, takes its totals out itself, and empties the table again inside
--   the same transaction, so no other connection ever sees a row in it and a crash rolls it back
--   with the rest.
CREATE TABLE store_counting (
    doc INTEGER PRIMARY KEY           -- documents.pk whose mentions the writer is uncounting itself
);

DROP TRIGGER IF EXISTS mentions_counts_ai;
DROP TRIGGER IF EXISTS mentions_forms_ai;
DROP TRIGGER IF EXISTS mentions_counts_ad;
DROP TRIGGER IF EXISTS mentions_forms_ad;
DROP TRIGGER IF EXISTS mentions_ii;

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

CREATE TRIGGER mentions_counts_ad AFTER DELETE ON mention_spans
WHEN NOT EXISTS (SELECT 1 FROM store_counting WHERE doc = old.doc) BEGIN
    UPDATE entity_counts SET mentions = mentions - 1,
        documents = documents - NOT EXISTS (SELECT 1 FROM mention_spans m WHERE m.entity_id = old.entity_id
                                            AND m.doc = old.doc)
    WHERE entity_id = old.entity_id;
    DELETE FROM entity_counts WHERE entity_id = old.entity_id AND mentions <= 0;
END;
CREATE TRIGGER mentions_forms_ad AFTER DELETE ON mention_spans
WHEN NOT EXISTS (SELECT 1 FROM store_counting WHERE doc = old.doc) BEGIN
    UPDATE entity_forms SET mentions = mentions - 1 WHERE entity_id = old.entity_id AND text = old.text;
    DELETE FROM entity_forms WHERE entity_id = old.entity_id AND text = old.text AND mentions <= 0;
END;
