-- Documents and their sentences, with a full-text index over sentences.
-- Lookup tables hold the small vocabularies so a user browsing the database
-- (datasette, sqlite-utils) sees what each code means.

CREATE TABLE languages (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL
);
INSERT INTO languages (id, name) VALUES ('en', 'English'), ('ru', 'Russian');

CREATE TABLE value_sources (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL
);
INSERT INTO value_sources (id, name) VALUES
    ('flag', 'given on the command line'),
    ('manifest', 'from the corpus manifest'),
    ('dateline', 'from a dateline in the text'),
    ('detected', 'detected from the text'),
    ('html', 'from the HTML page metadata'),
    ('publication', 'the publication date of the article'),
    ('reported', 'the date the fact was reported (for a past stage, an upper bound)'),
    ('explicit', 'the expression names the date'),
    ('relative', 'resolved against the publication date');

CREATE TABLE precisions (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    rank INTEGER NOT NULL
);
INSERT INTO precisions (id, name, rank) VALUES
    ('day', 'day', 1), ('month', 'month', 2), ('season', 'season', 3),
    ('quarter', 'quarter', 4), ('half', 'half year', 5), ('year', 'year', 6),
    ('decade', 'decade', 7);

CREATE TABLE documents (
    id TEXT PRIMARY KEY,              -- source id: the file name without extension
    path TEXT,                        -- where it was read from (absolute)
    sha256 TEXT NOT NULL,             -- of the raw bytes: same content, nothing to do
    title TEXT,
    lang TEXT REFERENCES languages(id),
    lang_source TEXT REFERENCES value_sources(id),
    outlet TEXT,
    outlet_source TEXT REFERENCES value_sources(id),
    published TEXT,                   -- ISO truncated to its precision; NULL when unknown
    published_precision TEXT REFERENCES precisions(id),
    published_source TEXT REFERENCES value_sources(id),
    encoding TEXT,
    text TEXT NOT NULL,               -- cleaned text: every offset in the database points into it
    boilerplate TEXT,                 -- JSON list of what cleaning removed, for audit
    extractor_version TEXT,
    ingested_at TEXT NOT NULL
);
CREATE INDEX documents_path ON documents(path);
CREATE INDEX documents_sha256 ON documents(sha256);

CREATE TABLE sentences (
    id INTEGER PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,             -- position in the document, from 0
    paragraph INTEGER NOT NULL,
    start INTEGER NOT NULL,           -- character offsets into documents.text
    stop INTEGER NOT NULL,
    text TEXT NOT NULL,
    UNIQUE (document_id, idx)
);

CREATE VIRTUAL TABLE sentences_fts USING fts5(
    text,
    content='sentences',
    content_rowid='id',
    tokenize='unicode61 remove_diacritics 2'
);

CREATE TRIGGER sentences_ai AFTER INSERT ON sentences BEGIN
    INSERT INTO sentences_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER sentences_ad AFTER DELETE ON sentences BEGIN
    INSERT INTO sentences_fts (sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER sentences_au AFTER UPDATE ON sentences BEGIN
    INSERT INTO sentences_fts (sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO sentences_fts (rowid, text) VALUES (new.id, new.text);
END;
