-- The forms each entity was seen in ("seen as" in `bellink entities`), with how many mentions
-- use each, kept by triggers on mentions like entity_counts (0012_entity_counts). The listing
-- read them with SELECT DISTINCT over every mention of each entity on its page: 0.8 s of CPU
-- for the first page on 100,000 documents, where the whole table holds 8,658 rows.
CREATE TABLE entity_forms (
    entity_id INTEGER NOT NULL,
    text TEXT NOT NULL,
    mentions INTEGER NOT NULL,
    PRIMARY KEY (entity_id, text)
) WITHOUT ROWID;
INSERT INTO entity_forms (entity_id, text, mentions)
    SELECT entity_id, text, count(*) FROM mentions GROUP BY entity_id, text;

CREATE TRIGGER mentions_forms_ai AFTER INSERT ON mentions BEGIN
    INSERT INTO entity_forms (entity_id, text, mentions) VALUES (new.entity_id, new.text, 1)
    ON CONFLICT (entity_id, text) DO UPDATE SET mentions = mentions + 1;
END;
CREATE TRIGGER mentions_forms_ad AFTER DELETE ON mentions BEGIN
    UPDATE entity_forms SET mentions = mentions - 1 WHERE entity_id = old.entity_id AND text = old.text;
    DELETE FROM entity_forms WHERE entity_id = old.entity_id AND text = old.text AND mentions <= 0;
END;
CREATE TRIGGER mentions_forms_au AFTER UPDATE OF entity_id, text ON mentions
WHEN old.entity_id IS NOT new.entity_id OR old.text IS NOT new.text BEGIN
    UPDATE entity_forms SET mentions = mentions - 1 WHERE entity_id = old.entity_id AND text = old.text;
    DELETE FROM entity_forms WHERE entity_id = old.entity_id AND text = old.text AND mentions <= 0;
    INSERT INTO entity_forms (entity_id, text, mentions) VALUES (new.entity_id, new.text, 1)
    ON CONFLICT (entity_id, text) DO UPDATE SET mentions = mentions + 1;
END;
