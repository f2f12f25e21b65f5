"""``bellink serve``: Datasette on the knowledge base, with bellink's own metadata.

Datasette is the field's browser for SQLite, so bellink does not draw its own web pages: it
hands Datasette a metadata document that describes every table and column, labels foreign keys
by name, turns on facets (status, system, supplier, recipient, speaker, language), points the
sentence search at the full-text index, and adds canned queries with parameters (who said, a
system's timeline, a deal's lifecycle). The database is served immutable (read-only) unless the
user asks for ``--writable``; it listens on 127.0.0.1 unless told otherwise.

No Datasette plugin is added: the charting and map plugins on PyPI (datasette-vega, 2018;
datasette-cluster-map, which needs latitude/longitude columns the knowledge base does not have)
are either unmaintained or have nothing to show here. The offline charts are ``bellink report``.
"""
from __future__ import annotations

import json
import socket
import sqlite3
import sys
from pathlib import Path

TABLES = {
    "documents": ("One row per ingested article: its cleaned text, outlet, language and publication date, "
                  "each with where the value came from.", "title",
                  {"id": "stable document id", "published": "publication date (see published_precision)",
                   "published_source": "where the date came from: flag, manifest, html, dateline",
                   "outlet": "the outlet that published the article", "lang": "en or ru"},
                  ["lang", "outlet", "published_precision"]),
    "sentences": ("Sentences of every document with their character offsets; searchable.", None,
                  {"start": "offset of the first character in the document text", "stop": "offset after the last"},
                  []),
    "entities": ("People, organizations, countries, places, weapon systems, exercises and units, one row each "
                 "whatever the spelling or script.", "name",
                 {"name": "canonical English name", "name_ru": "canonical Russian name",
                  "source": "kb (the knowledge base) or discovered in an article",
                  "family_id": "the system family a variant belongs to"},
                 ["type", "source", "category"]),
    "aliases": ("Every surface form an entity was seen in or is known by, in both scripts.", "alias",
                {"norm": "the folded form names are matched on"}, ["source"]),
    "mentions": ("Where each entity is mentioned: document and character offsets.", None, {}, []),
    "statements": ("Who said what, quoted (direct) or reported, and when; each cites its sentence.", "text",
                   {"speaker_id": "the person or institution speaking (empty: unknown)",
                    "direct": "1 for a verbatim quotation", "channel_id": "the outlet that carried the words",
                    "date_method": "how the date was obtained: explicit, relative, reported, published",
                    "day_lo": "the first day as days since 1970-01-01 (date_lo): what the date order sorts by",
                    "day_hi": "the last day as days since 1970-01-01 (date_hi)"},
                   ["language", "speaker_id", "direct", "date_precision"]),
    "events": ("Dated facts: deliveries, meetings, exercises, deployments, agreements, service entries.", "summary",
               {"status": "deliveries: discussed, planned, ordered, delivered, in_service",
                "quantity": "how many, when the text says", "confidence": "0-1: how sure the rule is",
                "day_lo": "the first day as days since 1970-01-01 (date_lo): what the date order sorts by",
                "day_hi": "the last day as days since 1970-01-01 (date_hi)"},
               ["kind", "status", "date_precision"]),
    "event_entities": ("Who and what each event involves, by role (supplier, recipient, system, participant...).",
                       None, {}, ["role"]),
    "deliveries": ("The arms-transfer register: one row per delivery fact, with its stage.", None,
                   {"status": "discussed, planned, ordered, delivered, in_service"},
                   ["status", "system", "supplier", "recipient", "date_precision"]),
    "roles": ("Offices people held, from the knowledge base (dated) or as articles give them.", "role", {},
              ["country"]),
    "timexes": ("Time expressions found in the text and the dates they were normalized to.", "text", {},
                ["precision"]),
    # migration 0036: `documents` is a view; its rows without their text, and the text in pieces
    "document_rows": ("The rows behind `documents` without their text (`documents` gives it back); every fact's "
                      "document key points here.", "title", {}, ["lang", "outlet"]),
    "document_text": ("The documents' text as the bytes of its UTF-8 in pieces of 512 bytes, keyed by the "
                      "document's key times 2^32 plus the piece's number (`documents` joins them).", None, {}, []),
    # the tables behind the views above (migration 0017): the same rows by the document's integer
    # key, where Datasette links every key to its row (speaker, channel, entity, document)
    "statement_rows": ("The rows behind `statements`, each key linked (speaker, channel, document); text empty "
                       "when it is the document's own words between start and stop, the first and last day as "
                       "day_lo/day_hi (days since 1970-01-01; day_hi empty when it is day_lo), date empty when it "
                       "is day_lo cut to its precision, speaker_text, role and cue by their phrase's id, date_method "
                       "by its code, fact_id empty when fact_key gives it (its 12 hex digits' value minus 2^47) "
                       "(`statements` gives them back).",
                       None, {}, ["language", "direct"]),
    "event_rows": ("The rows behind `events`, each key linked (document, statement); the first and last day as "
                   "day_lo/day_hi (days since 1970-01-01; day_hi empty when it is day_lo), date empty when it is "
                   "day_lo cut to its precision, the summary by its phrase's id, date_method by its code, fact_id "
                   "empty when fact_key gives it (its 12 hex digits' value minus 2^47) (`events` gives them back).",
                   None, {}, ["kind", "status"]),
    "mention_spans": ("The rows behind `mentions`, keyed by entity, document and start (the view's id is "
                      "doc * 2^32 + start), the entity linked (doc is document_rows.pk; a document's entities "
                      "are listed in `document_entities`); text empty when it is the "
                      "document's own words between start and stop (`mentions` gives them), method empty for kb (the "
                      "knowledge base), confidence above 1 in hundredths.", None, {}, ["method"]),
    # migration 0047: what a document's look-ups of mention_spans read first
    "document_entities": ("Each entity a document mentions, once (doc is document_rows.pk): the list by which "
                          "`mentions` and bellink find a document's rows of `mention_spans`.", None, {}, []),
    # migration 0034: an event's roles by their code
    "event_entity_rows": ("The rows behind `event_entities`, each key linked (event, role, entity); the role by its "
                          "code in `event_roles` (`event_entities` gives the words back).", None, {}, []),
    "event_roles": ("Each role an entity can have in an event (supplier, recipient, system...) and its code.",
                    "role", {}, []),
    # migration 0033: method, kind and precision as one code
    "timex_spans": ("The rows behind `timexes`, clustered by document; text empty when it is the document's own "
                    "words, method, kind and precision empty when `code` gives them (`timexes` gives them back).",
                    None, {}, []),
    # migration 0021: statement_rows.details_id and event_rows.details_id point here
    "fact_details": ("Each distinct details object of statements and events (the rule that made the fact, its "
                     "cues), stored once; `statements.details` and `events.details` give it back.", None, {}, []),
    # migration 0030: statement_rows.speaker_text_id, role_id, cue_id and event_rows.summary_id point here
    "fact_phrases": ("Each distinct phrase of statements and events (a speaker as the text names them, a role, a "
                     "cue, an event's summary), stored once; `statements` and `events` give them back.", "text", {},
                     []),
}

QUERIES = {
    "who_said": {
        "title": "Who said what",
        "description": "Everything a person or institution said. Give part of a name in either script.",
        "sql": """select st.date, sp.name as speaker, st.role, st.text, st.direct, st.language, st.document_id
from statements st join entities sp on sp.id = st.speaker_id
where sp.id in (select entity_id from aliases where alias like '%' || :name || '%')
order by st.date_lo is null, st.date_lo, st.document_id, st.start""",
    },
    "system_timeline": {
        "title": "A system's timeline",
        "description": "Every dated fact that involves a weapon system (and its variants), in order.",
        "sql": """with sys as (select id from entities where type = 'weapon_system' and (id in
  (select entity_id from aliases where alias like '%' || :system || '%')
  or family_id in (select entity_id from aliases where alias like '%' || :system || '%')))
select ev.date, ev.kind, ev.status, ev.summary, ev.quantity, ev.unit, ev.document_id
from events ev where ev.id in (select event_id from event_entities where entity_id in (select id from sys))
order by ev.date_lo is null, ev.date_lo, ev.document_id, ev.start""",
    },
    "deal_lifecycle": {
        "title": "A deal's lifecycle",
        "description": "The stages of one supplier-recipient-system deal across articles.",
        "sql": """select d.date, d.status, d.supplier, d.recipient, d.system, d.quantity, d.unit, d.document_id
from deliveries d
where d.system like '%' || :system || '%' and coalesce(d.recipient, '') like '%' || :recipient || '%'
order by d.date is null, d.date, d.document_id""",
    },
}


def metadata(db_path: str) -> dict:
    """Datasette metadata for this database, limited to the tables and columns it really has."""
    name = Path(db_path).stem
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        have = {r[0]: r[1] for r in conn.execute("select name, type from sqlite_master where type in ('table','view')")}
        columns = {t: {r[1] for r in conn.execute(f"pragma table_info([{t}])")} for t in have}
    finally:
        conn.close()
    tables = {}
    for table, (description, label, cols, facets) in TABLES.items():
        if table not in have:
            continue
        entry: dict = {"description": description,
                       "columns": {c: d for c, d in cols.items() if c in columns[table]},
                       "facets": [f for f in facets if f in columns[table]]}
        if label and label in columns[table]:
            entry["label_column"] = label
        tables[table] = entry
    if "sentences_fts" in have and "sentences" in tables:
        tables["sentences"].update({"fts_table": "sentences_fts", "fts_pk": "id"})
    return {
        "title": "bellink: Russia-Belarus military cooperation",
        "description": "Facts extracted from news articles by bellink. Every statement and event cites its "
                       "document and sentence.",
        "databases": {name: {"tables": tables, "queries": QUERIES}},
    }


def port_free(host: str, port: int) -> bool:
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as s:
        try:
            s.bind((host, port))
        except OSError:
            return False
    return True


def command(db_path: str, meta_path: str, host: str, port: int, writable: bool) -> list[str]:
    return [sys.executable, "-m", "datasette", "serve", *([db_path] if writable else ["-i", db_path]),
            "--metadata", meta_path, "--host", host, "--port", str(port),
            "--setting", "default_page_size", "50", "--setting", "sql_time_limit_ms", "3000"]


def write_metadata(db_path: str, folder: str) -> str:
    path = Path(folder) / "bellink-datasette.json"
    path.write_text(json.dumps(metadata(db_path), ensure_ascii=False, indent=1), encoding="utf-8")
    return str(path)
