-- mentions_entity carries each mention's sentence (issue 15: as fast as before 0032).
--
-- Since 0032 mention_spans is clustered on (doc, start, id), and a mention found through
-- mentions_entity (entity_id, doc) is fetched by that three-part key where a rowid was enough
-- before: `search` for a much-mentioned entity (every sentence that mentions it) took 1.3 times as
-- long per mention. With the sentence in the index that arm reads the index alone, as the
-- per-document counts of `show` already did.

DROP INDEX IF EXISTS mentions_entity;
CREATE INDEX mentions_entity ON mention_spans(entity_id, doc, sentence_id);
