-- A stage an article says did NOT happen ("Belarus has not received the S-400", "Россия не
-- поставляла ..."): stored as its own kind of fact, never as a delivery, so the register stays
-- what the texts assert while the lifecycle and the report can set a denial against another
-- source's claim (bellink/queries.py: disputes).
INSERT OR IGNORE INTO event_kinds (id, name) VALUES ('denial', 'a delivery stage the text says did not happen');
