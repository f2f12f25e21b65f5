-- Canonical entities (from the knowledge base or discovered in text), every
-- surface form they go by, the roles people held, and each mention in text.

CREATE TABLE entity_types (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL
);
INSERT INTO entity_types (id, name) VALUES
    ('person', 'person'), ('organization', 'organization'), ('country', 'country'),
    ('place', 'place'), ('weapon_system', 'weapon system'), ('exercise', 'exercise'),
    ('military_unit', 'military unit');

CREATE TABLE entities (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,          -- stable id: "person:lukashenko_alexander"
    name TEXT NOT NULL,                -- canonical English name
    name_ru TEXT,
    type TEXT NOT NULL REFERENCES entity_types(id),
    source TEXT NOT NULL,              -- 'kb' or 'discovered'
    family_id INTEGER REFERENCES entities(id),   -- weapon systems: S-300PS -> S-300
    category TEXT,                     -- weapon systems: air_defense, fighter...
    country_id INTEGER REFERENCES entities(id),
    attrs TEXT                         -- JSON of the remaining knowledge-base attributes
);
CREATE INDEX entities_type ON entities(type);
CREATE INDEX entities_family ON entities(family_id);

CREATE TABLE aliases (
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    alias TEXT NOT NULL,               -- as written
    norm TEXT NOT NULL,                -- script- and case-folded key for the name lookup
    source TEXT NOT NULL,              -- 'kb' or 'text'
    PRIMARY KEY (entity_id, alias)
);
CREATE INDEX aliases_norm ON aliases(norm);

CREATE TABLE roles (
    id INTEGER PRIMARY KEY,
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    role_ru TEXT,
    country TEXT,
    start TEXT,
    end TEXT,
    document_id TEXT REFERENCES documents(id) ON DELETE CASCADE  -- NULL: from the knowledge base
);
CREATE INDEX roles_entity ON roles(entity_id);
CREATE INDEX roles_document ON roles(document_id);

CREATE TABLE mentions (
    id INTEGER PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    start INTEGER NOT NULL,
    stop INTEGER NOT NULL,
    text TEXT NOT NULL,
    method TEXT NOT NULL,              -- kb, pattern, ner, coref
    confidence REAL NOT NULL
);
CREATE INDEX mentions_entity ON mentions(entity_id, document_id);
CREATE INDEX mentions_document ON mentions(document_id, start);
CREATE INDEX mentions_sentence ON mentions(sentence_id);

CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT
);
