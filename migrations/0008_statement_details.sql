-- Statements explain themselves: details holds JSON like events.details, today {"rule": "frames:that"},
-- the construction that produced the statement (bellink/ingest/statements/). A column added at the end
-- touches no other table, so this applies in any order with the other migrations.

ALTER TABLE statements ADD COLUMN details TEXT;
