"""Write one analyzed document in a single transaction, replacing whatever an earlier ingest of the
same document wrote, so a crash or a bad file leaves the database as it was; the knowledge base's
entities and aliases beside it (``sync_kb``)."""
from __future__ import annotations

import functools
import hashlib
import json
import sqlite3
import weakref
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Optional

from bellink.dates import METHOD_CODES, day_number, timex_code
from bellink.db import hash_bytes, text_pieces
from bellink.ingest.model import DateRef, Document, Entity

if TYPE_CHECKING:
    from bellink.ingest.pipeline import Analysis


# Bump when extraction rules change in a way that should re-extract stored
# documents; ingest re-extracts a document stored by another version.
EXTRACTOR_VERSION = "18"  # 18: the twentieth session's rules (deliveries: a contract phrase starting at a contract noun, "an order placed" as a contract signed with its own bare count, "contracted" ordering, a count set off by commas after the system, "machines" as a count noun, a bare count right after the verb, what "instead of"/"rather than"/"вместо" sets aside never the clause's stage, count or date, "reach" with a count a total, a speaker's added system its own conjunct, a full Russian passive participle of a done act dating its own phrase in the past; statements: a view after a colon, an office of a body named by a possessive, a report of a report ending on a quoted fragment, a first name and feminine patronymic an unknown speaker, a time named by a naming verb or inside earlier words not the day a statement was said, a time between a Russian object verb and its subject); 17: the nineteenth session's rules (never-rows: denials, doubts and unreal plans ("no ... have been delivered", "no sign of", "unlikely", "вряд ли", "would have to", "allegedly"/"якобы" by the verb, "declined to confirm", "не стал подтверждать"), "instead of"/"rather than"/"вместо", a condition's scope its own clause, "no"/"not a single" before the object, a participle's system not the carrier's cargo, a fulfilled contract ordering only a supply of the batch's own system; deliveries: one contract-word lexicon, a whole and its dated first part, a relative clause between subject and verb, "should reach ... on" as a plan, a bare month joined to a dated month, units by the system's kind, "came into service", plan words in another conjunct; statements: participle lead clauses, Russian subjects keeping the floor, object newcomers); 16: the eighteenth session's rules (deliveries: a future time after a past participle dates the clause's verb, a signed contract with an infinitive of purpose as order plus plan, "both ... and" no count, "не только ..., но и" reading the second system, every stage told at talks dated by the talks, a one-capital alias token needing a capital, batches dated one by one, "всего по контракту" as the order's whole, an infinitive plan taking its own time; never-rows: conditions without "if", a transport aircraft as carrier, peoples' names as their state, an unnamed customer beside a third-country export, "can" as a modal, movements to a third country, a foreign chassis adjective, a system as one topic of a list, hardware brought with a deployment, an upgrade, "not a single", contracted "n't" as negation; statements: verbs of saying with a fixed word, thanks and accusations, dash-led paragraphs as one quote, "president-elect", Mc/Mac surnames, a role noun of "the country", a second verb of saying in a relative clause, a group as source after "по информации", "привести подробности"); 15: the seventeenth session's rules (deliveries: a deal's size told in the next sentence, an order's terms told after it, "may buy" as a potential supply, the next batch in Russian, "рассматривается", a time before "and" dating the first predicate, order and delivery joined by "and" as two dated stages, participles after a kind's noun naming a transfer back, negated order participles and duty verbs, a total shared with a third country, "not only ... but also", the month May never a modal; statements: a title or pronoun with two people in scope, judgement words before a title, participles of saying, "according to X" after a closing quote, impersonal reports, a document introduced with its owner, "as X said" at the end, quotes with mixed marks); 14: the sixteenth session's rules (deliveries: a recipient must be a party of the base (RULES 27), a third country's delivery leaving no service entry and a shared total no count, the agent of a passive receive verb as recipient, a generic-noun retelling at a ceremony as one entry, undated order participles, "taken up combat duty"; statements: ties between knowledge-base names decided by length, lemma and the article (never by hash order), retracted words, pronouns over a long speech, sources inside relative clauses, a bare ministry after its minister); 13: the fifteenth session's rules (deliveries: never-row guards for holdings, orders there are none of, the supplier's units with crews or for the joint grouping, buyers left unnamed, chassis for another system, the supplier's forces as owner, counterfactuals and efforts that stop, each only inside its construction; counts past inverted attributions and "согласно", the order's whole, receiving units and brigades counting nothing, an order's delivery target as a plan, a batch pointing back past a long aside, the venue of an order; dates: talks' day for discussed stages, the day a speaker spoke; statements: the surname's first full mention, pronouns closing a multi-sentence quote, diacritic Latin names, role nouns of a titled speaker, outlets carrying someone's words, repeated blocks as one statement, "По заявлению X", "ведомство" back to the government body); 12: the fourteenth session's rules (deliveries: agreements as orders only with a transfer word in the clause, formations of a named system placed in Belarus, participles naming an earlier stage, contract nouns with a predicate of their own, "signed for" a system, moved plans, fair years, vague futures, counts past an aside and skipping adjectives, sides of a participle from the verb before the object; time: two years back, "and"-joined dates, chronology headings, month-only page markers, participles of the past; statements: the speaker after a comma-ended content, designations ending a sentence, "spoke about", cut-off pages, long titles before a name, "citing"/"with reference to", chrome lines skipped; names: Latin look-alike letters); 11: the thirteenth session's rules (deliveries: a batch of a series pointing back to the article's system across sentences, a second predicate's stage for the first's system, two stages in one clause, agreements as orders, a whole split into dated parts, the order counting the whole, counts opening a sentence and in words, deadlines ahead, year-end periods, redating through asides, page chrome (teaser lists, a digest's next headline), Oreshnik stationed, negated transfer subjects, repair and conversion objects, replaced systems, holdings, training moves; statements: platforms never speakers, the lead's state body, commands, "the statement said", interviews after "told X", deputies by title, a speaker's title not a statement); 10: the twelfth session's rules (statements: outlets never the speaker in any case, outlets quoting someone and wire credits after the words, counterparts dated by the meeting, names inside a source's topic, a country's places naming the article's country, wider reporting verbs, Q&A transcripts; deliveries: transfer-verb classes, designators without digits, real-news guards for systems only put on duty or placed, wire credits, page date markers, units passing systems on, running totals, disputes; unreadable records failing alone); 9: 9: the eleventh session's rules (clause reading of deliveries: relative and participial clauses with their own stage and date, talks on a system, contracts with a shipping plan, as-many-again; deals that came to nothing, refusals, plants selling to Russian makers, old stock named, counts after a colon; outlets citing sources, documents and press services as speakers, counterparts by office, wrong-speaker guards; byline publication dates, long lines segmented in pieces); 8: the tenth session's rules (institutions by voice nouns and a minister's office, objects before the verb, monitors' counts as sources, pronouns after a new subject, key-point lists, occasions dating statements, week dates, given/expected/elided stages, cargo of transports, train loads, breakdowns into dated parts, contracts still to be signed, headline rows yielding to the body, new never-row guards); 7: the eighth and ninth sessions' rules (interview answers, a maker's press service, the outlet told, dates never after the report, halts, never-rows, background batches, movement and request directions, contracts by year, counts of relative clauses, institutions by the lead's country); 6: the seventh session's rules (each stage its own row, stage vocabulary, anaphora, quantity binding, dates of other predicates, monitoring groups and periphrases of offices as speakers, split-quote variants); 5: the sixth session's rules (monitoring reports over several sentences, must-never guards, offices by the article's country, stage splits, re-dating); 4: the fifth session's rules (a dateline its own sentence, zero-that clauses, offices of
# the other party, story-relative dates and periods, quantities in reporters' words, never-guards of real news)
# 3: the fourth session's rules (offices through dated roles, colon leads, deliveries that must never exist, collectives, movements out of storage)
# 2: the real-news rules, precision guards and compact schema of issues 12 and 15


@functools.lru_cache(maxsize=8192)
def _bounds(value, end):
    # the same few thousand date values recur in every document's timexes and facts
    from bellink.dates import bounds

    return bounds(value, end) if value else (None, None)


def _date_cols(date) -> tuple:
    if date is None or date.value is None and date.method is None:
        return (None, None, None, None, None, None, None)
    lo, hi = _bounds(date.value, date.end)
    # the value is not stored when the views give it back from date_lo (migration 0025)
    value = None if lo is not None and date.value == _date_of(lo, date.precision) else date.value
    return (value, date.end, date.precision, date.method, date.text, lo, hi)




def _coded_date_cols(date) -> tuple:
    """``_date_cols`` with the method as its code, for statement_rows and event_rows: the seven
    columns (date_method NULL when coded, the first and last day as day numbers, the last NULL when it is
    the first), then date_method_code."""
    value, end, precision, method, text, lo, hi = _date_cols(date)
    code = METHOD_CODES.get(method)
    # the first and last day as day numbers (migration 0043); day_hi is not stored when it is day_lo
    # (a day): the views give day_lo back (migration 0038)
    return (value, end, precision, None if code is not None else method, text, _day(lo),
            None if hi == lo else _day(hi), code)


@functools.lru_cache(maxsize=8192)
def _day(iso_day):
    return day_number(iso_day)


def _date_of(lo: str, precision) -> Optional[str]:
    """What the views `statements` and `events` give as a fact's date when `date` is NULL
    (migration 0025): its first day cut to its precision."""
    cut = {"day": 10, "month": 7, "year": 4}.get(precision)
    return lo[:cut] if cut else None


def _fact_cols(fid: str, kind: str) -> tuple:
    """(fact_id, fact_key) as stored (migration 0039): the id's digits as an integer, or the id as text."""
    from bellink.facts import stored_key

    key = stored_key(fid, kind)
    return (fid if key is None else None), key


def _stored_confidence(value):
    """A confidence as stored (migration 0026): hundredths when exact and above 1 (0.95 -> 95, one
    byte instead of an 8-byte float); the views divide a stored value above 1 by 100.0."""
    if value is not None and 0.015 < value < 1:
        k = round(value * 100)
        if k / 100 == value:
            return k
    return value


def _timex_bounds(value, end, precision) -> tuple:
    """date_lo, date_hi of a time expression as stored: NULL, NULL when the view `timexes` derives
    them from its value (migration 0025: a day, a month or a year, with no end)."""
    lo, hi = _bounds(value, end)
    if end is None and value is not None and (lo, hi) == _span_of(value, precision):
        return None, None
    return lo, hi


@functools.lru_cache(maxsize=8192)
def _span_of(value: str, precision) -> tuple:
    # the view's expressions, in Python: value; value-01 .. date(value-01, +1 month, -1 day); value-01-01 .. value-12-31
    import calendar

    if precision == "day":
        return value, value
    if precision == "year":
        return value + "-01-01", value + "-12-31"
    if precision == "month" and len(value) == 7 and value[4] == "-" and value[:4].isdigit() and value[5:].isdigit():
        year, month = int(value[:4]), int(value[5:])
        if 1 <= year and 1 <= month <= 12:
            return value + "-01", f"{value}-{calendar.monthrange(year, month)[1]:02d}"
    return None, None


def sync_kb(conn: sqlite3.Connection) -> None:
    """Write the knowledge base's entities and aliases; skipped when unchanged.

    The digest is checked again under the write lock: two ingests started together
    sync once, the second finds the first's digest and writes nothing."""
    from bellink.db import transaction
    from bellink.ingest import kb

    base = kb.load()
    digest = base.digest

    def current() -> bool:
        row = conn.execute("select value from meta where key = 'kb_digest'").fetchone()
        return bool(row) and row[0] == digest

    if current():
        return
    with transaction(conn):
        if current():
            return
        for ent in base.entities.values():
            _upsert_entity(conn, ent)
        # families, countries: second pass once every key has an id
        for ent in base.entities.values():
            fam = ent.attrs.get("family")
            ctry = ent.attrs.get("country")
            conn.execute(
                "update entities set family_id = (select id from entities where key = ?),"
                " country_id = (select id from entities where key = ?) where key = ?",
                (kb.qualify(fam, "weapon_system") if fam else None,
                 kb.qualify(ctry, "country") if ctry else None, ent.key),
            )
        conn.execute("delete from roles where document_id is null")
        for key, role in base.roles:
            conn.execute(
                "insert into roles (entity_id, role, role_ru, country, start, end)"
                " select id, ?, ?, ?, ?, ? from entities where key = ?",
                (role["role"], role.get("role_ru"), role.get("country"), role.get("start"), role.get("end"), key),
            )
        from bellink import curation

        curation.apply_entities(conn)  # merges and aliases outlive a KB sync
        conn.execute("insert or replace into meta (key, value) values ('kb_digest', ?)", (digest,))
    _known_for(conn).forget()


def _upsert_entity(conn: sqlite3.Connection, ent: Entity) -> int:
    from bellink.names import fold

    row = conn.execute("select id from entities where key = ?", (ent.key,)).fetchone()
    attrs = {k: v for k, v in ent.attrs.items() if k not in ("family", "country", "category")}
    if row:
        entity_id = row[0]
        if ent.source == "kb":
            conn.execute(
                "update entities set name = ?, name_ru = ?, type = ?, source = 'kb', category = ?, attrs = ?"
                " where id = ?",
                # no attributes are NULL, as when the entity was inserted (not '{}': a re-sync changes nothing)
                (ent.name, ent.name_ru, ent.type, ent.attrs.get("category"),
                 json.dumps(attrs, ensure_ascii=False) if attrs else None, entity_id),
            )
        elif ent.name_ru and not conn.execute("select name_ru from entities where id = ?", (entity_id,)).fetchone()[0]:
            conn.execute("update entities set name_ru = ? where id = ?", (ent.name_ru, entity_id))
    else:
        cur = conn.execute(
            "insert into entities (key, name, name_ru, type, source, category, attrs) values (?, ?, ?, ?, ?, ?, ?)",
            (ent.key, ent.name, ent.name_ru, ent.type, ent.source, ent.attrs.get("category"),
             json.dumps(attrs, ensure_ascii=False) if attrs else None),
        )
        entity_id = cur.lastrowid
    names = {ent.name, *(a for a in ent.aliases if a)}
    if ent.name_ru:
        names.add(ent.name_ru)
    conn.executemany(
        "insert or ignore into aliases (entity_id, alias, norm, source) values (?, ?, ?, ?)",
        [(entity_id, n, fold(n), "kb" if ent.source == "kb" else "text") for n in names if fold(n)],
    )
    return entity_id


@dataclass
class Stored:
    """What ``store`` did, decided under the write lock."""

    status: str  # new | updated | unchanged | duplicate
    document: str  # the id stored, or the document this one duplicates
    message: str = ""


def _place(conn: sqlite3.Connection, doc: Document, id_base: Optional[str], force: bool,
           fingerprint: Optional[str] = None) -> Optional[Stored]:
    """Decide, inside the write transaction, which id ``doc`` is stored under and whether it is to be
    stored at all. Deciding before the lock let two ingests pick one id for two files and each take
    the other's row for "an earlier version" to replace (documents were lost).

    A file (``id_base`` given) keeps the id its path already has, else gets the first free id from
    ``id_base``; a record keeps its own id. None: store it; else why not."""
    from bellink.ingest.load import keep_stored_metadata

    if id_base is not None:
        row = conn.execute("select id from documents where path = ?", (doc.path,)).fetchone() if doc.path else None
        doc.id = row[0] if row else _free_id(conn, id_base)
    existing = conn.execute(
        "select id, sha256, extractor_version, published, published_precision, published_source,"
        " outlet, outlet_source, lang, lang_source from documents where id = ?", (doc.id,)
    ).fetchone()
    if existing is None:
        dup = _duplicate_of(conn, doc, fingerprint)
        return Stored("duplicate", dup, f"duplicate of {dup}") if dup else None
    keep_stored_metadata(doc, dict(existing))
    if existing["sha256"] == doc.sha256 and not force and not _metadata_differs(conn, doc) \
            and existing["extractor_version"] == EXTRACTOR_VERSION:
        return Stored("unchanged", doc.id)  # another ingest stored this very version meanwhile
    return None


# json.dumps with options builds a new encoder on every call: one, made once, writes the same text
_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def _json(value) -> Optional[str]:
    # compact: details are read back with json.loads, never compared as text
    return _JSON.encode(value) if value else None


class _Known:
    """What this connection already wrote to the entity and alias tables, so that the next document
    that mentions the same entities does not write them again (one SELECT, one UPDATE and an alias
    INSERT per entity per document were a third of the writer's time).

    Valid only while nothing else changes the database: SQLite's data_version moves when another
    connection commits (a concurrent ingest, an analyst's merge), and then everything known is
    forgotten. What a document's own transaction adds is kept aside until it commits."""

    def __init__(self):
        self.version = None
        self.changes = None  # the connection's total_changes when the last document committed
        self.entities: dict[str, tuple[int, tuple]] = {}  # key -> (id, what was written)
        self.aliases: set[tuple[int, str]] = set()
        self.details: dict[str, int] = {}  # fact_details: JSON -> id (rows never change; unused ones go in sweep_details)
        self.phrases: dict[str, int] = {}  # fact_phrases: text -> id (the same)

    def check(self, conn: sqlite3.Connection) -> None:
        # another connection committed, or this one wrote something between two documents
        version = conn.execute("pragma data_version").fetchone()[0]
        if version != self.version or conn.total_changes != self.changes:
            self.forget()
            self.version = version

    def size(self) -> int:
        return len(self.entities) + len(self.aliases) + len(self.details) + len(self.phrases)

    def forget(self) -> None:
        self.entities.clear()
        self.aliases.clear()
        self.details.clear()
        self.phrases.clear()


_known: "weakref.WeakKeyDictionary[sqlite3.Connection, _Known]"

# Entries (entities + aliases + fact_details objects + phrases) the writer remembers at most. Every
# document of a real corpus brings names and details never seen before (a details object holds the
# office and the day a speaker was found by), so without a bound the map grew with the corpus (~1,350
# details objects at 2,000 documents). The bound is what a 1,000-document ingest fills (~1,500
# entries: 1,013 details, 265 phrases, ~250 entities and forms; issue 15: a long ingest's writer no
# larger than a short one's): 50,000 let it grow by ~15 MB (~2 MB at 10,000 documents), and what
# recurs (the knowledge base's entities, the common details) is learned again from the next few
# documents after each forgetting, one indexed look-up each.
KNOWN_MAX = 2_000


def _known_for(conn: sqlite3.Connection) -> _Known:
    try:
        known = _known.get(conn)
    except TypeError:  # a connection that cannot be weakly referenced: remember nothing
        return _Known()
    if known is None:
        known = _known[conn] = _Known()
    return known


def _entity_payload(ent: Entity) -> tuple:
    return (ent.name, ent.name_ru, ent.type, ent.source, tuple(sorted(ent.attrs.items(), key=str)),
            tuple(ent.aliases))


def sweep_details(conn: sqlite3.Connection) -> int:
    """Remove the details objects (migration 0021) that no statement or event points at any more: those of facts a
    re-ingest replaced or a correction rewrote. One transaction, one pass over each fact table, so an ingest runs it
    once at its end rather than per document (statement_rows and event_rows have no index on details_id: a pass per
    replaced document would make re-ingesting a large database quadratic). Another writer's remembered ids are safe:
    its next document sees this commit (``_Known.check``) and forgets them. Returns how many rows went."""
    from bellink.db import transaction

    with transaction(conn):
        cur = conn.execute(
            "delete from fact_details where id not in (select details_id from statement_rows where details_id is not null)"
            " and id not in (select details_id from event_rows where details_id is not null)")
        return cur.rowcount


def store(conn: sqlite3.Connection, a: Analysis, *, id_base: Optional[str] = None, force: bool = False,
          fingerprint: Optional[str] = None) -> Stored:
    """Write one analyzed document in a single transaction, replacing an earlier version.

    Which id it gets, and whether it is new, an update, unchanged or a duplicate, is decided
    under the write lock (see ``_place``), so concurrent ingests never overwrite each other.

    Rows go in with one executemany per table, straight into the tables behind the views
    (migration 0017): documents carry an integer key (``doc``) in every row, and a statement's
    words are kept only when they are not the stored text between its offsets.

    ``fingerprint``: ``text_fingerprint(a.document.text)`` when the caller has it already (for a
    20 MB text it is 0.35 CPU-s a time)."""
    from bellink.db import transaction
    from bellink.names import fold

    doc = a.document
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    known = _known_for(conn)
    fingerprint = fingerprint or text_fingerprint(doc.text)
    with transaction(conn):
        known.check(conn)
        skipped = _place(conn, doc, id_base, force, fingerprint)
        if skipped is not None:
            return skipped
        old = conn.execute("select pk from documents where id = ?", (doc.id,)).fetchone()
        orphan_candidates: list[int] = []
        old_forms: list[tuple[int, str]] = []
        if old:
            # entities only the old version discovered may be left with nothing pointing at them
            orphan_candidates = [r[0] for r in conn.execute(
                "select e.id from document_entities l join entities e on e.id = l.entity_id"
                " where l.doc = ? and e.source = 'discovered'", (old[0],))]
            # and names learned from its text may be written nowhere any more
            old_form_counts = _form_counts(conn, old[0])
            old_forms = [(r[0], r[1]) for r in old_form_counts]
            # the old version's mentions leave entity_counts and entity_forms as one total per entity and
            # per form, not through the row triggers (migration 0023)
            conn.execute("insert into store_counting (doc) values (?)", (old[0],))
            conn.execute("delete from document_rows where pk = ?", (old[0],))
            _uncount(conn, old_form_counts)
            conn.execute("delete from store_counting")  # from here on the row triggers count again
        # the row without its text, which goes into document_text in pieces (migration 0036)
        cur = conn.execute(
            "insert into document_rows (id, path, sha256, title, lang, lang_source, outlet, outlet_source, published,"
            " published_precision, published_source, encoding, boilerplate, extractor_version, ingested_at)"
            " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (doc.id, doc.path, hash_bytes(doc.sha256 or hashlib.sha256(doc.text.encode()).hexdigest()), doc.title,
             doc.lang,
             doc.lang_source, doc.outlet, doc.outlet_source, doc.published, doc.published_precision,
             doc.published_source, doc.encoding,
             json.dumps(doc.removed, ensure_ascii=False) if doc.removed else None, EXTRACTOR_VERSION, now),
        )
        pk = cur.lastrowid
        conn.executemany("insert into document_text (key, piece) values (?, ?)", text_pieces(pk, doc.text))
        conn.execute("insert or replace into document_fingerprints (document_id, text_sha256) values (?, ?)",
                     (doc.id, hash_bytes(fingerprint)))  # the hashes as bytes (migration 0041)

        def next_ids(table: str, n: int) -> range:
            # the ids SQLite would give one row at a time (largest + 1), taken in one go so that
            # rows can go in with executemany and still be pointed at
            top = conn.execute(f"select max(id) from {table}").fetchone()[0] or 0
            return range(top + 1, top + 1 + n)

        text = doc.text
        # its sentences go into the full-text index here, with the words this process has, not by the
        # insert trigger, which would cut each from the stored pieces (migrations 0024, 0036)
        conn.execute("insert into store_counting (doc) values (?)", (pk,))
        sentence_ids = next_ids("sentence_spans", len(a.sentences))
        rows = []
        at, byte_at = 0, 0  # a character offset and where it falls in the UTF-8 bytes
        for sid, s in zip(sentence_ids, a.sentences):
            # the text itself is documents.text[start:stop] (the view `sentences` gives it back,
            # cut by byte offsets: substr() on a BLOB does not walk the characters before it)
            byte_at += len(text[at:s.start].encode("utf-8"))
            at = s.start
            rows.append((sid, pk, s.index, s.paragraph, s.start, s.stop, byte_at,
                         len(text[s.start:s.stop].encode("utf-8"))))
        conn.executemany("insert into sentence_spans (id, doc, idx, paragraph, start, stop, byte_start, byte_len)"
                         " values (?, ?, ?, ?, ?, ?, ?, ?)", rows)
        if rows:  # the document's sentences are the ids of this range, in their order (migration 0046)
            conn.execute("update document_rows set sentence_first = ?, sentence_last = ? where pk = ?",
                         (sentence_ids[0], sentence_ids[-1], pk))
        conn.executemany("insert into sentences_fts (rowid, text) values (?, ?)",
                         [(sid, text[s.start:s.stop]) for sid, s in zip(sentence_ids, a.sentences)])
        conn.execute("delete from store_counting")

        entity_ids: dict[str, Optional[int]] = {}
        learned: dict[str, tuple[int, tuple]] = {}  # entities written by this transaction
        new_aliases: set[tuple[int, str]] = set()

        def eid(key: Optional[str]) -> Optional[int]:
            if key is None:
                return None
            got = entity_ids.get(key, 0)
            if got != 0:
                return got
            ent = a.entities.get(key)
            seen = known.entities.get(key)
            if ent is None:
                if seen is not None:
                    got = seen[0]
                else:
                    row = conn.execute("select id from entities where key = ?", (key,)).fetchone()
                    got = row[0] if row else None
            else:
                payload = _entity_payload(ent)
                if seen is not None and seen[1] == payload:
                    got = seen[0]
                else:
                    got = _upsert_entity(conn, ent)
                    learned[key] = (got, payload)
            entity_ids[key] = got
            return got

        new_details: dict[str, int] = {}
        new_phrases: dict[str, int] = {}

        def details_id(value) -> Optional[int]:
            # a fact's details are stored once per distinct JSON object (migration 0021)
            text = _json(value)
            if text is None:
                return None
            got = known.details.get(text) or new_details.get(text)
            if got is None:
                # by the index on the text's length and last characters, then the text (migration 0029;
                # "+": SQLite would otherwise put ?1 for json in the other terms, which no index then matches)
                row = conn.execute("select id from fact_details where length(json) = length(?1)"
                                   " and substr(json, -16) = substr(?1, -16) and +json = ?1", (text,)).fetchone()
                got = row[0] if row else conn.execute("insert into fact_details (json) values (?)", (text,)).lastrowid
                new_details[text] = got
            return got

        def phrase_id(text: Optional[str]) -> Optional[int]:
            # a speaker's words, role, cue, an event's summary: each distinct phrase once (migration 0030)
            if text is None:
                return None
            got = known.phrases.get(text) or new_phrases.get(text)
            if got is None:
                row = conn.execute("select id from fact_phrases where text = ?", (text,)).fetchone()
                got = row[0] if row else conn.execute("insert into fact_phrases (text) values (?)", (text,)).lastrowid
                new_phrases[text] = got
            return got

        rows, alias_rows = [], []
        short = len(text) < MENTION_WORDS_FROM_TEXT
        for m in a.mentions:
            if not m.key:
                continue
            entity_id = eid(m.key)
            if entity_id is None:
                continue
            # the words are left out ('') when the view `mentions` cuts them from the text (migration 0027)
            words = "" if short and m.text and m.start >= a.sentences[m.sentence].start \
                and text[m.start:m.stop] == m.text else m.text
            # a knowledge-base mention's method is left out ('') and the view gives 'kb' back (migration 0037)
            rows.append((pk, sentence_ids[m.sentence], entity_id, m.start, m.stop, words,
                         "" if m.method == "kb" else m.method, _stored_confidence(m.confidence), m.text))
            if m.text and m.type not in ("pronoun", "role"):
                pair = (entity_id, m.text)
                if pair not in known.aliases and pair not in new_aliases:
                    new_aliases.add(pair)
                    norm = fold(m.text)
                    if norm:
                        alias_rows.append((entity_id, m.text, norm))
        # keyed by (doc, start, entity_id), no id (migration 0040): mentions never overlap, and should
        # one entity ever be found twice at one start, the first row stands for both
        first_at: dict = {}
        for r in rows:
            first_at.setdefault((r[3], r[2]), r)
        rows = list(first_at.values())
        # the document's entities listed once, by the writer rather than by the row trigger (migration 0047)
        conn.execute("insert into store_counting (doc) values (?)", (pk,))
        conn.executemany("insert into mention_spans (doc, sentence_id, entity_id, start, stop, text, method,"
                         " confidence) values (?, ?, ?, ?, ?, ?, ?, ?)", [r[:8] for r in rows])
        conn.execute("delete from store_counting")
        conn.executemany("insert into document_entities (doc, entity_id) values (?, ?)",
                         [(pk, e) for e in sorted({r[2] for r in rows})])
        _count(conn, rows)  # no row trigger counts an insert (migration 0023)
        conn.executemany("insert or ignore into aliases (entity_id, alias, norm, source) values (?, ?, ?, 'text')",
                         alias_rows)
        rows = [(eid(key), role, doc.id) for key, role in dict.fromkeys(a.roles)]
        conn.executemany("insert into roles (entity_id, role, document_id) values (?, ?, ?)",
                         [r for r in rows if r[0] is not None])
        rows = []
        for t in a.timexes:
            lo, hi = _timex_bounds(t.value, t.end, t.precision)
            sentence = a.sentence_at(t.start)
            # the words are left out ('') when the view `timexes` cuts them from the text (migration 0028)
            words = "" if short and t.text and t.start >= sentence.start and text[t.start:t.stop] == t.text \
                else t.text
            # method, kind and precision as one code where they have one (migration 0033)
            code = timex_code(t.method, t.kind, t.precision)
            words3 = (t.precision, t.method, t.kind) if code is None else (None, None, None)
            rows.append((pk, sentence_ids[sentence.index], t.start, t.stop, words, t.value, t.end,
                         *words3, lo, hi, code))
        first = _next_span_id(conn, "timex_spans")  # clustered by document, as mention_spans (0033)
        conn.executemany(
            "insert into timex_spans (id, doc, sentence_id, start, stop, text, value, value_end, precision,"
            " method, kind, date_lo, date_hi, code) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(first + i, *r) for i, r in enumerate(rows)])
        from bellink.facts import assign

        fids = assign(doc.id, [("statement", st.start, st.stop) for st in a.statements]
                      + [(ev.kind, ev.start, ev.stop) for ev in a.events])
        statement_fids, event_fids = fids[:len(a.statements)], fids[len(a.statements):]
        statement_ids = next_ids("statement_rows", len(a.statements))
        rows = []
        for st, fid, st_id in zip(a.statements, statement_fids, statement_ids):
            sentence = a.sentences[st.sentence]
            # the words are the stored text between the offsets: the view cuts them from there
            words = None if st.start >= sentence.start and text[st.start:st.stop] == st.text else st.text
            rows.append((st_id, pk, sentence_ids[st.sentence], eid(st.speaker), phrase_id(st.speaker_text),
                         phrase_id(st.role), words, st.start, st.stop, int(st.direct), doc.lang, phrase_id(st.cue),
                         eid(st.channel), *_coded_date_cols(st.date), _stored_confidence(st.confidence),
                         *_fact_cols(fid, "statement"), details_id(st.details)))
        conn.executemany(
            "insert into statement_rows (id, doc, sentence_id, speaker_id, speaker_text_id, role_id, text, start,"
            " stop, direct, language, cue_id, channel_id, date, date_end, date_precision, date_method, date_text,"
            " day_lo, day_hi, date_method_code, confidence, fact_id, fact_key, details_id)"
            " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        event_ids = next_ids("event_rows", len(a.events))
        rows, link_rows = [], []
        for ev, fid, ev_id in zip(a.events, event_fids, event_ids):
            date = ev.date
            source = (ev.details or {}).get("date_from")
            if date is not None and source in ("statement", "publication"):
                # the day the stage was reported, not the day it happened: say so ("transferred earlier": the
                # report's day is an upper bound, not the publication's own fact)
                reported = source == "statement" or (ev.details or {}).get("before_report")
                date = DateRef(date.value, date.precision, "reported" if reported else "publication",
                               date.text, date.end)
            rows.append((ev_id, pk, sentence_ids[ev.sentence],
                         statement_ids[ev.statement] if ev.statement is not None else None, ev.kind, ev.status,
                         ev.quantity, int(ev.quantity_approx), ev.unit, *_coded_date_cols(date), "", ev.start,
                         ev.stop, _stored_confidence(ev.confidence), details_id(ev.details), *_fact_cols(fid, ev.kind),
                         phrase_id(ev.summary)))
            for role, keys in ev.roles.items():
                for key in keys:
                    entity_id = eid(key)
                    if entity_id is not None:
                        link_rows.append((ev_id, role, entity_id))
        conn.executemany(
            "insert into event_rows (id, doc, sentence_id, statement_id, kind, status, quantity, quantity_approx,"
            " unit, date, date_end, date_precision, date_method, date_text, day_lo, day_hi, date_method_code,"
            " summary, start, stop, confidence, details_id, fact_id, fact_key, summary_id)"
            " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        # roles as their codes in event_roles (migration 0034); a role not seen before gets the next
        roles = dict(conn.execute("select role, code from event_roles").fetchall())
        for role in dict.fromkeys(r[1] for r in link_rows if r[1] not in roles):
            roles[role] = conn.execute("insert into event_roles (role) values (?)", (role,)).lastrowid
        conn.executemany("insert or ignore into event_entity_rows (event_id, role_code, entity_id) values (?, ?, ?)",
                         [(ev_id, roles[role], entity_id) for ev_id, role, entity_id in link_rows])
        # Aliases learned from the text of the version just replaced that no stored text still uses
        # (a changed article kept teaching the lookup a name it no longer contains); never an
        # entity's own name, nor what the knowledge base or an analyst gave.
        dropped = 0
        for entity_id, form in old_forms:
            dropped += conn.execute(
                "delete from aliases where entity_id = ?1 and alias = ?2 and source = 'text'"
                " and not exists (select 1 from entity_forms where entity_id = ?1 and text = ?2)"
                " and not exists (select 1 from entities where id = ?1 and ?2 in (name, coalesce(name_ru, '')))",
                (entity_id, form),
            ).rowcount
        # Entities discovered only by the version of this document just replaced: checked one by one
        # through the indexes (a table-wide NOT IN here made every ingest slower than the last).
        for entity_id in orphan_candidates:
            dropped += conn.execute(
                "delete from entities where id = ?1"
                " and not exists (select 1 from mention_spans where entity_id = ?1)"
                " and not exists (select 1 from event_entity_rows where entity_id = ?1)"
                " and not exists (select 1 from statement_rows where speaker_id = ?1)"
                " and not exists (select 1 from statement_rows where channel_id = ?1)",
                (entity_id,),
            ).rowcount
        from bellink import curation

        curated = curation.apply_document(conn, doc.id)  # analysts' decisions survive every re-extraction
    # committed: what this document wrote is now known to be there
    if dropped or curated:
        known.forget()  # an entity or alias went away (or an analyst's merge ran): look again
    else:
        known.entities.update(learned)
        known.aliases.update(new_aliases)
        known.details.update(new_details)
        known.phrases.update(new_phrases)
        if known.size() > KNOWN_MAX:
            known.forget()  # a long ingest's memory stays flat: what recurs is learned again at once
    known.changes = conn.total_changes
    return Stored("updated" if old else "new", doc.id)


def _next_span_id(conn: sqlite3.Connection, table: str) -> int:
    """The id after every row's in timex_spans, clustered on (doc, start, id) (migration 0033, as
    mention_spans was from 0032 to 0040): documents.pk only grows and each document's rows are
    numbered after those before, so the largest id is among the rows of the largest doc: two
    look-ups of the table's key, not a scan."""
    return conn.execute(f"select coalesce(max(id), 0) + 1 from {table}"
                        f" where doc = (select max(doc) from {table})").fetchone()[0]


def _count(conn: sqlite3.Connection, rows: list) -> None:
    """Add one new document's mention rows to entity_counts and entity_forms (no trigger does since
    migration 0023): one statement per entity and per form, with what the row triggers added one row
    at a time (the document is new in this transaction, so each entity it mentions gains one document)."""
    from collections import Counter

    entities = Counter(r[2] for r in rows)
    forms = Counter((r[2], r[8]) for r in rows)  # the words themselves, also where the row leaves them out
    conn.executemany(
        "insert into entity_counts (entity_id, mentions, documents) values (?, ?, 1) on conflict (entity_id)"
        " do update set mentions = mentions + excluded.mentions, documents = documents + 1",
        sorted(entities.items()))
    conn.executemany(
        "insert into entity_forms (entity_id, text, mentions) values (?, ?, ?) on conflict (entity_id, text)"
        " do update set mentions = mentions + excluded.mentions",
        [(e, t, n) for (e, t), n in sorted(forms.items())])


# Mentions of a document shorter than this (characters) leave out their words, which the view
# `mentions` cuts from the text (migration 0027); in a longer one every row would read the whole text.
MENTION_WORDS_FROM_TEXT = 100_000


def _form_counts(conn: sqlite3.Connection, doc: int) -> list:
    """(entity_id, words, mentions) of one stored document's mentions, their words taken from its
    text where the row leaves them out (migration 0027)."""
    from collections import Counter

    # the document's entities, then each one's rows of it: (entity_id, doc) leads mention_spans' key (0047)
    rows = conn.execute("select m.entity_id, m.start, m.stop, m.text from document_entities l"
                        " cross join mention_spans m on m.entity_id = l.entity_id and m.doc = l.doc"
                        " where l.doc = ?", (doc,)).fetchall()
    text = None
    if any(r[3] == "" for r in rows):
        text = conn.execute("select text from documents where pk = ?", (doc,)).fetchone()[0]
    counts = Counter((r[0], r[3] or text[r[1]:r[2]]) for r in rows)
    return [(e, t, n) for (e, t), n in counts.items()]


def _uncount(conn: sqlite3.Connection, form_counts: list) -> None:
    """Take a deleted document's mentions (``(entity_id, text, count)`` per form) out of
    entity_counts and entity_forms, as the row triggers would have; rows left at zero go."""
    entities: dict[int, int] = {}
    for e, _, n in form_counts:
        entities[e] = entities.get(e, 0) + n
    conn.executemany("update entity_counts set mentions = mentions - ?2, documents = documents - 1"
                     " where entity_id = ?1", sorted(entities.items()))
    conn.executemany("delete from entity_counts where entity_id = ? and mentions <= 0",
                     [(e,) for e in sorted(entities)])
    conn.executemany("update entity_forms set mentions = mentions - ?3 where entity_id = ?1 and text = ?2",
                     sorted(form_counts))
    conn.executemany("delete from entity_forms where entity_id = ? and text = ? and mentions <= 0",
                     [(e, t) for e, t, _ in sorted(form_counts)])


def text_fingerprint(text: str) -> str:
    """The same article under another URL or file name has this same hash."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def _duplicate_of(conn, doc: Document, fingerprint: Optional[str] = None) -> Optional[str]:
    """The stored document with the same bytes, or the same text under another name."""
    # the hashes are stored as their bytes, or as text where a program gave them through the view
    # `documents` (migration 0041), and the indexes hold their first 8 bytes (or hex digits): both
    # forms are asked for; "+" keeps SQLite from rewriting the indexed expression with the whole
    # hash, which no index then matches
    def forms(digest: str) -> tuple:
        raw = hash_bytes(digest)
        return raw[:8], digest[:8], raw, digest

    row = conn.execute("select id from document_rows where substr(sha256, 1, 8) in (?1, ?2)"
                       " and +sha256 in (?3, ?4) and id != ?5", (*forms(doc.sha256), doc.id)).fetchone() \
        if doc.sha256 else None
    if row is None:
        row = conn.execute(
            "select d.id from document_fingerprints f join document_rows d on d.id = f.document_id"
            " where substr(f.text_sha256, 1, 8) in (?1, ?2) and +f.text_sha256 in (?3, ?4) and d.id != ?5",
            (*forms(fingerprint or text_fingerprint(doc.text)), doc.id)).fetchone()
    return row[0] if row else None


def _metadata_differs(conn, doc: Document) -> bool:
    row = conn.execute(
        "select published, outlet, lang from documents where id = ?", (doc.id,)
    ).fetchone()
    return bool(row) and (row["published"], row["outlet"], row["lang"]) != (doc.published, doc.outlet, doc.lang)


def _free_id(conn, stem: str) -> str:
    """The file name without extension, made unique if another file already took it."""
    candidate, n = stem, 2
    while conn.execute("select 1 from documents where id = ?", (candidate,)).fetchone():
        candidate = f"{stem}-{n}"
        n += 1
    return candidate


_known = weakref.WeakKeyDictionary()
