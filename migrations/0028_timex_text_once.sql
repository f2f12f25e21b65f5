-- A smaller database (issue 15): a time expression's words kept once, in the document's text.
--
-- As for mentions (0027): the words of a time expression are the document's text between its
-- offsets, so the writer stores '' for them (documents under 100,000 characters, the expression
-- inside its sentence) and the view `timexes` cuts them from the text through the sentence's
-- byte offsets. Nothing counts or indexes these words.

DROP VIEW IF EXISTS timexes;   -- and its INSTEAD OF triggers with it

UPDATE timex_spans SET text = ''
WHERE doc IN (SELECT doc FROM sentence_spans GROUP BY doc HAVING max(stop) < 100000)
  AND start >= (SELECT sp.start FROM sentence_spans sp WHERE sp.id = timex_spans.sentence_id)
  AND text = (SELECT substr(CAST(substr(CAST(dd.text AS BLOB), sp.byte_start + 1, 4 * (timex_spans.stop - sp.start)) AS TEXT),
                    timex_spans.start - sp.start + 1, timex_spans.stop - timex_spans.start)
             FROM sentence_spans sp JOIN documents dd ON dd.pk = sp.doc WHERE sp.id = timex_spans.sentence_id);

CREATE VIEW timexes AS
    SELECT t.id, d.id AS document_id, t.sentence_id, t.start, t.stop,
           CASE WHEN t.text <> '' THEN t.text ELSE (SELECT substr(CAST(substr(CAST(dd.text AS BLOB), sp.byte_start + 1, 4 * (t.stop - sp.start)) AS TEXT),
                    t.start - sp.start + 1, t.stop - t.start)
             FROM sentence_spans sp JOIN documents dd ON dd.pk = sp.doc WHERE sp.id = t.sentence_id) END AS text,
           t.value, t.value_end, t.precision,
           t.method, t.kind,
           coalesce(t.date_lo, CASE t.precision WHEN 'day' THEN t.value WHEN 'month' THEN t.value || '-01' WHEN 'year' THEN t.value || '-01-01' END) AS date_lo,
           CASE WHEN t.date_lo IS NOT NULL THEN t.date_hi WHEN t.precision = 'day' THEN t.value WHEN t.precision = 'month' THEN date(t.value || '-01', '+1 month', '-1 day') WHEN t.precision = 'year' THEN t.value || '-12-31' END AS date_hi
    FROM timex_spans t LEFT JOIN documents d ON d.pk = t.doc;
CREATE TRIGGER timexes_ii INSTEAD OF INSERT ON timexes BEGIN
    INSERT INTO timex_spans (id, doc, sentence_id, start, stop, text, value, value_end, precision, method, kind,
                             date_lo, date_hi)
    VALUES (new.id, (SELECT pk FROM documents WHERE id = new.document_id), new.sentence_id, new.start, new.stop,
            new.text, new.value, new.value_end, new.precision, new.method, new.kind, new.date_lo, new.date_hi);
END;
CREATE TRIGGER timexes_iu INSTEAD OF UPDATE ON timexes BEGIN
    UPDATE timex_spans SET id = new.id, doc = (SELECT pk FROM documents WHERE id = new.document_id),
        sentence_id = new.sentence_id, start = new.start, stop = new.stop, text = new.text, value = new.value,
        value_end = new.value_end, precision = new.precision, method = new.method, kind = new.kind,
        date_lo = new.date_lo, date_hi = new.date_hi
    WHERE id = old.id;
END;
CREATE TRIGGER timexes_id INSTEAD OF DELETE ON timexes BEGIN
    DELETE FROM timex_spans WHERE id = old.id;
END;
