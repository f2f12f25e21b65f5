-- bellink: foreign keys off
-- A smaller database (issue 15): time expressions clustered by document, and what kind of
-- expression each is, how it was resolved and to what precision as one small code.
--
-- timex_spans is read only by document (the evidence view of the workbench, the cascade from
-- documents; no listing reads it) but was a rowid table with an index on doc (timexes_document,
-- 0.05 bytes per source byte English). It is now clustered on (doc, start, id) (WITHOUT ROWID), as
-- mention_spans is since 0032: the index is gone, ids are kept and given the same way (after the
-- newest document's largest id: by the writer, and by the view's INSTEAD OF INSERT for a row given
-- without one).
--
-- method ('relative', 'explicit'), kind ('date', 'deadline', 'range', 'since') and precision ('day',
-- 'month', 'year', 'season', 'quarter', 'decade', 'half') were words in every row (16 bytes of
-- 48). Where all three have a code they are one number in `code`: method + 2 * kind + 8 *
-- precision, in the orders above (below 64: one byte), and the three columns are NULL; any other
-- value keeps all three as words and `code` NULL. The view `timexes` gives the words back
-- (bellink.dates.timex_code is the same table for the writer), and its triggers code them.

DROP VIEW IF EXISTS timexes;   -- and its INSTEAD OF triggers with it

CREATE TABLE timex_spans_0033 (
    id INTEGER NOT NULL,
    doc INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
    sentence_id INTEGER NOT NULL,     -- sentence_spans.id
    start INTEGER NOT NULL,
    stop INTEGER NOT NULL,
    text TEXT NOT NULL,
    value TEXT,
    value_end TEXT,
    precision TEXT REFERENCES precisions(id),      -- NULL when `code` gives it
    method TEXT REFERENCES value_sources(id),      -- NULL when `code` gives it
    kind TEXT,                                     -- NULL when `code` gives it
    date_lo TEXT,
    date_hi TEXT,
    code INTEGER,                     -- method + 2 * kind + 8 * precision (see above); NULL: the words are in their columns
    CHECK (code IS NOT NULL OR (method IS NOT NULL AND kind IS NOT NULL)),   -- as NOT NULL did before
    PRIMARY KEY (doc, start, id)
) WITHOUT ROWID;
INSERT INTO timex_spans_0033 (id, doc, sentence_id, start, stop, text, value, value_end, precision, method, kind,
                              date_lo, date_hi, code)
SELECT id, doc, sentence_id, start, stop, text, value, value_end,
       CASE WHEN c IS NULL THEN precision END, CASE WHEN c IS NULL THEN method END, CASE WHEN c IS NULL THEN kind END,
       date_lo, date_hi, c
FROM (SELECT *, (CASE method WHEN 'relative' THEN 0 WHEN 'explicit' THEN 1 END) + 2 * (CASE kind WHEN 'date' THEN 0 WHEN 'deadline' THEN 1 WHEN 'range' THEN 2 WHEN 'since' THEN 3 END) + 8 * (CASE precision WHEN 'day' THEN 0 WHEN 'month' THEN 1 WHEN 'year' THEN 2 WHEN 'season' THEN 3 WHEN 'quarter' THEN 4 WHEN 'decade' THEN 5 WHEN 'half' THEN 6 END) AS c FROM timex_spans)
ORDER BY doc, start, id;
DROP TABLE timex_spans;           -- its index with it
ALTER TABLE timex_spans_0033 RENAME TO timex_spans;

CREATE VIEW timexes AS
    SELECT t.id, d.id AS document_id, t.sentence_id, t.start, t.stop,
           CASE WHEN t.text <> '' THEN t.text ELSE (SELECT substr(CAST(substr(CAST(dd.text AS BLOB), sp.byte_start + 1, 4 * (t.stop - sp.start)) AS TEXT),
                    t.start - sp.start + 1, t.stop - t.start)
             FROM sentence_spans sp JOIN documents dd ON dd.pk = sp.doc WHERE sp.id = t.sentence_id) END AS text,
           t.value, t.value_end, t.precision,
           t.method, t.kind,
           coalesce(t.date_lo, CASE t.precision WHEN 'day' THEN t.value WHEN 'month' THEN t.value || '-01' WHEN 'year' THEN t.value || '-01-01' END) AS date_lo,
           CASE WHEN t.date_lo IS NOT NULL THEN t.date_hi WHEN t.precision = 'day' THEN t.value WHEN t.precision = 'month' THEN date(t.value || '-01', '+1 month', '-1 day') WHEN t.precision = 'year' THEN t.value || '-12-31' END AS date_hi
    FROM (SELECT t.id, t.doc, t.sentence_id, t.start, t.stop, t.text, t.value, t.value_end,
                 coalesce(t.precision, CASE t.code / 8 WHEN 0 THEN 'day' WHEN 1 THEN 'month' WHEN 2 THEN 'year' WHEN 3 THEN 'season' WHEN 4 THEN 'quarter' WHEN 5 THEN 'decade' WHEN 6 THEN 'half' END) AS precision,
                 coalesce(t.method, CASE t.code % 2 WHEN 0 THEN 'relative' WHEN 1 THEN 'explicit' END) AS method,
                 coalesce(t.kind, CASE t.code / 2 % 4 WHEN 0 THEN 'date' WHEN 1 THEN 'deadline' WHEN 2 THEN 'range' WHEN 3 THEN 'since' END) AS kind,
                 t.date_lo, t.date_hi
          FROM timex_spans t) t LEFT JOIN documents d ON d.pk = t.doc;
CREATE TRIGGER timexes_ii INSTEAD OF INSERT ON timexes BEGIN
    INSERT INTO timex_spans (id, doc, sentence_id, start, stop, text, value, value_end, precision, method, kind,
                             date_lo, date_hi, code)
    VALUES (coalesce(new.id, (SELECT coalesce(max(t.id), 0) + 1 FROM timex_spans t
                              WHERE t.doc = (SELECT max(doc) FROM timex_spans))),
            (SELECT pk FROM documents WHERE id = new.document_id), new.sentence_id, new.start, new.stop,
            new.text, new.value, new.value_end,
            CASE WHEN (CASE new.method WHEN 'relative' THEN 0 WHEN 'explicit' THEN 1 END) + 2 * (CASE new.kind WHEN 'date' THEN 0 WHEN 'deadline' THEN 1 WHEN 'range' THEN 2 WHEN 'since' THEN 3 END) + 8 * (CASE new.precision WHEN 'day' THEN 0 WHEN 'month' THEN 1 WHEN 'year' THEN 2 WHEN 'season' THEN 3 WHEN 'quarter' THEN 4 WHEN 'decade' THEN 5 WHEN 'half' THEN 6 END) IS NULL THEN new.precision END,
            CASE WHEN (CASE new.method WHEN 'relative' THEN 0 WHEN 'explicit' THEN 1 END) + 2 * (CASE new.kind WHEN 'date' THEN 0 WHEN 'deadline' THEN 1 WHEN 'range' THEN 2 WHEN 'since' THEN 3 END) + 8 * (CASE new.precision WHEN 'day' THEN 0 WHEN 'month' THEN 1 WHEN 'year' THEN 2 WHEN 'season' THEN 3 WHEN 'quarter' THEN 4 WHEN 'decade' THEN 5 WHEN 'half' THEN 6 END) IS NULL THEN new.method END,
            CASE WHEN (CASE new.method WHEN 'relative' THEN 0 WHEN 'explicit' THEN 1 END) + 2 * (CASE new.kind WHEN 'date' THEN 0 WHEN 'deadline' THEN 1 WHEN 'range' THEN 2 WHEN 'since' THEN 3 END) + 8 * (CASE new.precision WHEN 'day' THEN 0 WHEN 'month' THEN 1 WHEN 'year' THEN 2 WHEN 'season' THEN 3 WHEN 'quarter' THEN 4 WHEN 'decade' THEN 5 WHEN 'half' THEN 6 END) IS NULL THEN new.kind END,
            new.date_lo, new.date_hi, (CASE new.method WHEN 'relative' THEN 0 WHEN 'explicit' THEN 1 END) + 2 * (CASE new.kind WHEN 'date' THEN 0 WHEN 'deadline' THEN 1 WHEN 'range' THEN 2 WHEN 'since' THEN 3 END) + 8 * (CASE new.precision WHEN 'day' THEN 0 WHEN 'month' THEN 1 WHEN 'year' THEN 2 WHEN 'season' THEN 3 WHEN 'quarter' THEN 4 WHEN 'decade' THEN 5 WHEN 'half' THEN 6 END));
END;
CREATE TRIGGER timexes_iu INSTEAD OF UPDATE ON timexes BEGIN
    UPDATE timex_spans SET id = new.id, doc = (SELECT pk FROM documents WHERE id = new.document_id),
        sentence_id = new.sentence_id, start = new.start, stop = new.stop, text = new.text, value = new.value,
        value_end = new.value_end,
        precision = CASE WHEN (CASE new.method WHEN 'relative' THEN 0 WHEN 'explicit' THEN 1 END) + 2 * (CASE new.kind WHEN 'date' THEN 0 WHEN 'deadline' THEN 1 WHEN 'range' THEN 2 WHEN 'since' THEN 3 END) + 8 * (CASE new.precision WHEN 'day' THEN 0 WHEN 'month' THEN 1 WHEN 'year' THEN 2 WHEN 'season' THEN 3 WHEN 'quarter' THEN 4 WHEN 'decade' THEN 5 WHEN 'half' THEN 6 END) IS NULL THEN new.precision END,
        method = CASE WHEN (CASE new.method WHEN 'relative' THEN 0 WHEN 'explicit' THEN 1 END) + 2 * (CASE new.kind WHEN 'date' THEN 0 WHEN 'deadline' THEN 1 WHEN 'range' THEN 2 WHEN 'since' THEN 3 END) + 8 * (CASE new.precision WHEN 'day' THEN 0 WHEN 'month' THEN 1 WHEN 'year' THEN 2 WHEN 'season' THEN 3 WHEN 'quarter' THEN 4 WHEN 'decade' THEN 5 WHEN 'half' THEN 6 END) IS NULL THEN new.method END,
        kind = CASE WHEN (CASE new.method WHEN 'relative' THEN 0 WHEN 'explicit' THEN 1 END) + 2 * (CASE new.kind WHEN 'date' THEN 0 WHEN 'deadline' THEN 1 WHEN 'range' THEN 2 WHEN 'since' THEN 3 END) + 8 * (CASE new.precision WHEN 'day' THEN 0 WHEN 'month' THEN 1 WHEN 'year' THEN 2 WHEN 'season' THEN 3 WHEN 'quarter' THEN 4 WHEN 'decade' THEN 5 WHEN 'half' THEN 6 END) IS NULL THEN new.kind END,
        date_lo = new.date_lo, date_hi = new.date_hi, code = (CASE new.method WHEN 'relative' THEN 0 WHEN 'explicit' THEN 1 END) + 2 * (CASE new.kind WHEN 'date' THEN 0 WHEN 'deadline' THEN 1 WHEN 'range' THEN 2 WHEN 'since' THEN 3 END) + 8 * (CASE new.precision WHEN 'day' THEN 0 WHEN 'month' THEN 1 WHEN 'year' THEN 2 WHEN 'season' THEN 3 WHEN 'quarter' THEN 4 WHEN 'decade' THEN 5 WHEN 'half' THEN 6 END)
    WHERE doc = (SELECT pk FROM documents WHERE id = old.document_id) AND start = old.start AND id = old.id;
END;
CREATE TRIGGER timexes_id INSTEAD OF DELETE ON timexes BEGIN
    DELETE FROM timex_spans
    WHERE doc = (SELECT pk FROM documents WHERE id = old.document_id) AND start = old.start AND id = old.id;
END;
