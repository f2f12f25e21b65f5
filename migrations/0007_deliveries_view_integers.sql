-- The deliveries view with integral quantities as INTEGER (4, not 4.0): events.quantity
-- is REAL because a few quantities are fractional, but Datasette and sqlite-utils show
-- the view's values as they are typed. Dates and the rest as in 0003.
DROP VIEW IF EXISTS deliveries;
CREATE VIEW deliveries AS
SELECT
    e.id,
    (SELECT group_concat(x.name, '; ') FROM event_entities ee JOIN entities x ON x.id = ee.entity_id
      WHERE ee.event_id = e.id AND ee.role = 'supplier') AS supplier,
    (SELECT group_concat(x.name, '; ') FROM event_entities ee JOIN entities x ON x.id = ee.entity_id
      WHERE ee.event_id = e.id AND ee.role = 'recipient') AS recipient,
    (SELECT group_concat(x.name, '; ') FROM event_entities ee JOIN entities x ON x.id = ee.entity_id
      WHERE ee.event_id = e.id AND ee.role = 'system') AS system,
    CASE WHEN e.quantity = CAST(e.quantity AS INTEGER) THEN CAST(e.quantity AS INTEGER) ELSE e.quantity END
        AS quantity,
    e.quantity_approx, e.unit, e.status, e.date, e.date_end, e.date_precision,
    e.date_method, e.document_id, e.sentence_id, e.statement_id, e.confidence
FROM events e
WHERE e.kind = 'delivery';
