-- Dated facts: time expressions, statements, events and the entities events involve.
-- Every fact carries its document, sentence and character offsets. Dates keep the
-- normalized value, its precision, how it was obtained and the original words;
-- date_lo/date_hi are the first and last day it covers, for overlap filters and sorting.

CREATE TABLE timexes (
    id INTEGER PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    stop INTEGER NOT NULL,
    text TEXT NOT NULL,
    value TEXT,
    value_end TEXT,
    precision TEXT REFERENCES precisions(id),
    method TEXT NOT NULL REFERENCES value_sources(id),
    kind TEXT NOT NULL,
    date_lo TEXT,
    date_hi TEXT
);
CREATE INDEX timexes_document ON timexes(document_id);

CREATE TABLE statements (
    id INTEGER PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    speaker_id INTEGER REFERENCES entities(id),     -- NULL: speaker unknown
    speaker_text TEXT,
    role TEXT,
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    stop INTEGER NOT NULL,
    direct INTEGER NOT NULL,
    language TEXT REFERENCES languages(id),
    cue TEXT,
    channel_id INTEGER REFERENCES entities(id),     -- the outlet that carried it, never the speaker
    date TEXT,
    date_end TEXT,
    date_precision TEXT REFERENCES precisions(id),
    date_method TEXT REFERENCES value_sources(id),
    date_text TEXT,
    date_lo TEXT,
    date_hi TEXT,
    confidence REAL NOT NULL
);
CREATE INDEX statements_speaker ON statements(speaker_id, date_lo);
CREATE INDEX statements_document ON statements(document_id, start);
CREATE INDEX statements_date ON statements(date_lo);
CREATE INDEX statements_channel ON statements(channel_id);

CREATE TABLE event_kinds (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL
);
INSERT INTO event_kinds (id, name) VALUES
    ('delivery', 'arms delivery'), ('meeting', 'meeting or visit'),
    ('exercise', 'exercise'), ('deployment', 'deployment or basing'),
    ('agreement', 'agreement or contract'), ('service_entry', 'entry into service');

CREATE TABLE statuses (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL REFERENCES event_kinds(id),
    rank INTEGER NOT NULL,
    name TEXT NOT NULL
);
INSERT INTO statuses (id, kind, rank, name) VALUES
    ('discussed', 'delivery', 1, 'under discussion'),
    ('planned', 'delivery', 2, 'planned or promised'),
    ('ordered', 'delivery', 3, 'contract signed or being fulfilled'),
    ('delivered', 'delivery', 4, 'received or handed over'),
    ('in_service', 'delivery', 5, 'entered service or put on combat duty');

CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    statement_id INTEGER REFERENCES statements(id) ON DELETE SET NULL,
    kind TEXT NOT NULL REFERENCES event_kinds(id),
    status TEXT,                      -- deliveries: statuses.id; exercises: held / planned
    quantity REAL,
    quantity_approx INTEGER NOT NULL DEFAULT 0,
    unit TEXT,
    date TEXT,
    date_end TEXT,
    date_precision TEXT REFERENCES precisions(id),
    date_method TEXT REFERENCES value_sources(id),
    date_text TEXT,
    date_lo TEXT,
    date_hi TEXT,
    summary TEXT NOT NULL,
    start INTEGER NOT NULL,
    stop INTEGER NOT NULL,
    confidence REAL NOT NULL,
    details TEXT                      -- JSON: scale figures, place words, cues
);
CREATE INDEX events_kind ON events(kind, date_lo);
CREATE INDEX events_document ON events(document_id);

CREATE TABLE event_entities (
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    role TEXT NOT NULL,               -- supplier, recipient, system, participant, place, party...
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    PRIMARY KEY (event_id, role, entity_id)
);
CREATE INDEX event_entities_entity ON event_entities(entity_id, role);

-- The arms-transfer register as a flat view, for datasette and sqlite-utils users.
CREATE VIEW deliveries AS
SELECT
    e.id,
    (SELECT group_concat(x.name, '; ') FROM event_entities ee JOIN entities x ON x.id = ee.entity_id
      WHERE ee.event_id = e.id AND ee.role = 'supplier') AS supplier,
    (SELECT group_concat(x.name, '; ') FROM event_entities ee JOIN entities x ON x.id = ee.entity_id
      WHERE ee.event_id = e.id AND ee.role = 'recipient') AS recipient,
    (SELECT group_concat(x.name, '; ') FROM event_entities ee JOIN entities x ON x.id = ee.entity_id
      WHERE ee.event_id = e.id AND ee.role = 'system') AS system,
    e.quantity, e.quantity_approx, e.unit, e.status, e.date, e.date_end, e.date_precision,
    e.date_method, e.document_id, e.sentence_id, e.statement_id, e.confidence
FROM events e
WHERE e.kind = 'delivery';
