-- bellink: foreign keys off
-- A smaller database (issue 15): an event's roles as small codes.
--
-- event_entities (event_id, role, entity_id) kept the role's words ('system', 'recipient',
-- 'supplier', 'participant'...) in every row and again in its index event_entities_entity (entity_id,
-- role): 8 of a row's ~16 bytes, twice, 0.13 bytes per source byte English. Each role is now one row
-- of event_roles (code, role); the rows are event_entity_rows (event_id, role_code, entity_id),
-- WITHOUT ROWID as before, and event_entities is a view that gives the words back through the
-- join, which SQLite turns around for a role asked for by name (role -> its code -> the key). Its
-- INSTEAD OF triggers add a role not seen before and find a row by its key. The roles known today
-- get fixed codes, the most frequent first (0 and 1 take no bytes in SQLite's record format,
-- every code below 128 one); a new role gets the next.

CREATE TABLE event_roles (
    code INTEGER PRIMARY KEY,
    role TEXT NOT NULL UNIQUE          -- supplier, recipient, system, participant, place, party...
);
INSERT INTO event_roles (code, role) VALUES (0, 'system'), (1, 'recipient'), (2, 'supplier'), (3, 'participant'),
    (4, 'place'), (5, 'party'), (6, 'country'), (7, 'exercise'), (8, 'recipient_org'), (9, 'supplier_org'),
    (10, 'unit');
INSERT INTO event_roles (role) SELECT DISTINCT role FROM event_entities WHERE role NOT IN (SELECT role FROM event_roles)
ORDER BY role;

CREATE TABLE event_entity_rows (
    event_id INTEGER NOT NULL REFERENCES event_rows(id) ON DELETE CASCADE,
    role_code INTEGER NOT NULL REFERENCES event_roles(code),
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    PRIMARY KEY (event_id, role_code, entity_id)
) WITHOUT ROWID;
INSERT INTO event_entity_rows (event_id, role_code, entity_id)
SELECT ee.event_id, r.code, ee.entity_id FROM event_entities ee JOIN event_roles r ON r.role = ee.role
ORDER BY 1, 2, 3;
DROP TABLE event_entities;        -- its index with it
CREATE INDEX event_entities_entity ON event_entity_rows(entity_id, role_code);

CREATE VIEW event_entities AS
    SELECT ee.event_id, r.role, ee.entity_id
    FROM event_entity_rows ee JOIN event_roles r ON r.code = ee.role_code;
CREATE TRIGGER event_entities_ii INSTEAD OF INSERT ON event_entities BEGIN
    INSERT INTO event_roles (role) SELECT new.role WHERE NOT EXISTS (SELECT 1 FROM event_roles WHERE role = new.role);
    INSERT INTO event_entity_rows (event_id, role_code, entity_id)
    VALUES (new.event_id, (SELECT code FROM event_roles WHERE role = new.role), new.entity_id);
END;
CREATE TRIGGER event_entities_iu INSTEAD OF UPDATE ON event_entities BEGIN
    INSERT INTO event_roles (role) SELECT new.role WHERE NOT EXISTS (SELECT 1 FROM event_roles WHERE role = new.role);
    UPDATE event_entity_rows SET event_id = new.event_id,
        role_code = (SELECT code FROM event_roles WHERE role = new.role), entity_id = new.entity_id
    WHERE event_id = old.event_id AND role_code = (SELECT code FROM event_roles WHERE role = old.role)
      AND entity_id = old.entity_id;
END;
CREATE TRIGGER event_entities_id INSTEAD OF DELETE ON event_entities BEGIN
    DELETE FROM event_entity_rows
    WHERE event_id = old.event_id AND role_code = (SELECT code FROM event_roles WHERE role = old.role)
      AND entity_id = old.entity_id;
END;
