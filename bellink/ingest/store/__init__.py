"""Last stage, store: takes one document's ``Analysis`` (its sentences, mentions, entities, time
expressions, statements and events) and gives rows in the database, written in one transaction
that replaces whatever an earlier ingest of the same document wrote (``store``); ``sync_kb``
writes the knowledge base's entities and aliases beside them."""
from bellink.ingest.store.rows import EXTRACTOR_VERSION, Stored, store, sync_kb, text_fingerprint  # noqa: F401
