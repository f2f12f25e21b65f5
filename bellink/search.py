"""Full-text search over sentences, through the entity lookup.

A query is words, "quoted phrases", ``OR``, ``NOT`` (or ``-word``) and
parentheses; words side by side must all match. Each term matches a sentence
when

* it names an entity ("Искандер", "Khrenin", "S-400"): every sentence that
  mentions that entity (the ``mentions`` table), whatever script or spelling
  the article used; or
* its words match the sentence's words by stem, in English or Russian
  ("deliver" finds "delivering", "поставка" finds "поставки"): an FTS5 prefix
  query on the Snowball stem, so the index itself stays a plain unicode61 one
  (the one Datasette recognises and searches).

The expression becomes a compound SELECT of sentence ids (UNION for OR,
INTERSECT for AND, EXCEPT for NOT), filtered like any other listing. The only
place that knows the full-text table is :func:`fts_table`; the storage layout
of sentences and their index may change underneath.
"""
from __future__ import annotations

import re
import sqlite3
from functools import lru_cache
from typing import Optional

from bellink import lookup
from bellink.names import has_cyrillic

TOKEN = re.compile(r'"([^"]*)"?|(\()|(\))|(-?)([^\s()"]+)')
FTS_SPECIAL = re.compile(r"[^\w]+")


class QueryError(ValueError):
    """A search the user typed cannot be understood; the message says why."""


def fts_table(conn: sqlite3.Connection) -> str:
    """The FTS5 table over sentences (its rowid is sentences.id)."""
    rows = conn.execute(
        "select name from sqlite_master where type = 'table' and sql like 'create virtual table%fts5%'"
        " and name like 'sentences%' order by name = 'sentences_fts' desc, name").fetchall()
    if not rows:
        raise QueryError("this database has no full-text index over sentences")
    return rows[0][0]


@lru_cache(maxsize=2)
def _stemmer(lang: str):
    import snowballstemmer

    return snowballstemmer.stemmer(lang)


@lru_cache(maxsize=65536)  # a highlight stems the words of every hit; in news they repeat
def stem(word: str) -> str:
    word = word.lower()
    return _stemmer("russian" if has_cyrillic(word) else "english").stemWord(word)


# --- parsing: a small recursive descent over OR > AND > NOT > term ------------------------

def _tokens(text: str) -> list[tuple]:
    out = []
    for m in TOKEN.finditer(text):
        phrase, lpar, rpar, minus, word = m.groups()
        if phrase is not None:
            if phrase.strip():
                out.append(("phrase", phrase.strip()))
        elif lpar:
            out.append(("(",))
        elif rpar:
            out.append((")",))
        elif word in ("OR", "AND", "NOT"):
            out.append((word,))
        else:
            if minus:
                out.append(("NOT",))
            out.append(("word", word))
    return out


def parse(text: str):
    """-> nested tuples: ("or", a, b), ("and", a, b), ("not", a, b) meaning a but not b, ("term", kind, text)."""
    toks = _tokens(text)
    pos = 0

    def peek():
        return toks[pos][0] if pos < len(toks) else None

    def take():
        nonlocal pos
        pos += 1
        return toks[pos - 1]

    def or_expr():
        left = and_expr()
        while peek() == "OR":
            take()
            left = ("or", left, and_expr())
        return left

    def and_expr():
        left = unary()
        while peek() not in (None, "OR", ")"):
            if peek() == "AND":
                take()
            if peek() == "NOT":
                take()
                left = ("not", left, unary(allow_not=False))
            else:
                left = ("and", left, unary())
        return left

    def unary(allow_not=True):
        kind = peek()
        if kind == "(":
            take()
            inner = or_expr()
            if peek() != ")":
                raise QueryError("a '(' is not closed")
            take()
            return inner
        if kind in ("word", "phrase"):
            tok = take()
            return ("term", tok[0], tok[1])
        if kind == "NOT":
            raise QueryError("NOT needs something before it to exclude from, e.g. 'S-400 NOT Iskander'")
        if kind is None:
            raise QueryError("the search ends where a word was expected")
        raise QueryError(f"unexpected '{kind}' in the search")

    if not toks:
        raise QueryError("nothing to search for")
    tree = or_expr()
    if pos != len(toks):
        raise QueryError(f"unexpected '{toks[pos][0]}' in the search")
    return tree


# --- compiling to SQL -------------------------------------------------------------------------

def _fts_terms(kind: str, text: str) -> Optional[str]:
    """FTS5 expression for a word (its stem as a prefix) or a phrase (each word by stem, in order)."""
    words = [w for w in FTS_SPECIAL.split(text) if w]
    if not words:
        return None
    if kind == "word" and len(words) > 1:  # "S-400" is one term but two index tokens: a phrase
        return '"' + " ".join(w.lower().replace('"', "") for w in words) + '"'
    parts = []
    for w in words:
        s = stem(w) if w.isalpha() else w.lower()
        parts.append('"' + s.replace('"', '""') + '"' + ("*" if w.isalpha() and len(s) >= 3 else ""))
    if len(parts) == 1:
        return parts[0]
    return " + ".join(parts) if kind == "phrase" else " AND ".join(parts)


def _term_sql(conn, fts: str, kind: str, text: str) -> tuple[str, list]:
    arms, args = [], []
    expr = _fts_terms(kind, text)
    if expr:
        arms.append(f"select rowid as id from {fts} where {fts} match ?")
        args.append(expr)
    ids: list[int] = []
    for ent in lookup.find_entities(conn, text):
        ids += lookup.expand_family(conn, ent["id"])
    if ids:
        # off the table's key, not through the view (which also reads each row's pair in document_entities)
        arms.append(f"select sentence_id as id from mention_spans where entity_id in ({','.join('?' * len(ids))})")
        args += ids
    if not arms:
        return "select null as id where 0", []
    return " union ".join(arms), args


def compile_tree(conn, tree) -> tuple[str, list]:
    fts = fts_table(conn)

    def walk(node) -> tuple[str, list]:
        if node[0] == "term":
            return _term_sql(conn, fts, node[1], node[2])
        op = {"or": "union", "and": "intersect", "not": "except"}[node[0]]
        left, largs = walk(node[1])
        right, rargs = walk(node[2])
        return f"select * from ({left}) {op} select * from ({right})", largs + rargs

    return walk(tree)


def positive_terms(tree) -> list[tuple[str, str]]:
    """The terms a hit may contain (not those under NOT's right side), for highlighting."""
    if tree[0] == "term":
        return [(tree[1], tree[2])]
    if tree[0] == "not":
        return positive_terms(tree[1])
    return positive_terms(tree[1]) + positive_terms(tree[2])


def _mentions_of(conn, sentence_id: int, entity_ids: set):
    """The mentions of these entities in one sentence (migration 0022 dropped the index on mentions'
    sentence ids): the entities of the sentence's document that were searched for, from its list in
    document_entities, then each one's rows of the document from the sentence's start to its stop, a
    range of mention_spans' key (entity_id, doc, start) (migration 0047): what the sentence holds,
    however many mentions its document has. A family of more than FEW_ENTITIES entities is matched
    against the document's list as it is read, not looked up entity by entity in it.
    (Through (entity_id, doc) without the start every mention of the entity in the document was read
    for each hit: a search in one 20 MB document read tens of thousands of mentions per sentence shown.)"""
    ids = sorted(entity_ids)
    sql = SENTENCE_MENTIONS if len(ids) <= FEW_ENTITIES else SENTENCE_MENTIONS.replace("l.entity_id in", "+l.entity_id in")
    return conn.execute(sql.format(ids=", ".join("?" * len(ids))), (sentence_id, *ids))


FEW_ENTITIES = 16

# The mentions of one sentence: the searched entities among its document's (document_entities), each
# one's rows from the sentence's start to its stop, read off mention_spans' key (migration 0047). A
# mention lies inside its sentence, but for one outside every sentence (in a gap) the writer names the
# document's last sentence: for that one the entities' every row of the document is read. Whether a
# sentence comes after it: the next id, as the writer numbers a document's sentences, else any id of
# the document's range (migration 0046: rows written by hand in another order; the document's last
# sentence reads its range once).
LATER_SENTENCE = ("(exists (select 1 from sentence_spans n where n.id = sp.id + 1 and n.doc = sp.doc and n.idx > sp.idx)"
                  " or exists (select 1 from document_rows r cross join sentence_spans n where r.pk = sp.doc"
                  " and n.id between r.sentence_first and r.sentence_last and n.doc = sp.doc and n.idx > sp.idx))")
SENTENCE_MENTIONS = """
    select m.start, m.stop, m.entity_id
    from sentence_spans sp cross join document_entities l cross join mention_spans m
    where sp.id = ?1 and l.doc = sp.doc and l.entity_id in ({ids})
      and m.entity_id = l.entity_id and m.doc = l.doc
      and m.start >= (case when {later} then sp.start else -1 end)
      and m.start < (case when {later} then sp.stop else 9223372036854775807 end)
      and m.sentence_id = sp.id"""
SENTENCE_MENTIONS = SENTENCE_MENTIONS.replace("{later}", LATER_SENTENCE)


def highlight(conn, sentence: dict, terms: list[tuple[str, str]], entity_ids: set) -> str:
    """The sentence with what matched in **bold**, cut to about 200 characters around the first hit."""
    text = sentence["text"]
    spans = []
    for m in _mentions_of(conn, sentence["id"], entity_ids) if entity_ids else ():
        if m["entity_id"] in entity_ids:
            spans.append((m["start"] - sentence["start"], m["stop"] - sentence["start"]))
    stems = {s for s in (stem(w) for _, t in terms for w in FTS_SPECIAL.split(t) if w and w.isalpha()) if len(s) >= 2}
    firsts = {s[0] for s in stems}
    for w in re.finditer(r"\w+", text):
        low = w.group().lower()
        # a Snowball stem keeps its word's first letter: only words that could match are stemmed
        if low[0] in firsts and any(low.startswith(s) or stem(low).startswith(s) for s in stems):
            spans.append((w.start(), w.end()))
    spans = sorted((a, b) for a, b in spans if 0 <= a < b <= len(text))
    merged: list[list[int]] = []
    for a, b in spans:
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    lo, hi = 0, len(text)
    if len(text) > 200:
        first = merged[0][0] if merged else 0
        lo = max(0, text.rfind(" ", 0, max(0, first - 60)) + 1) if first > 60 else 0
        hi = text.find(" ", lo + 200)
        hi = len(text) if hi == -1 else hi
    out, pos = [], lo
    for a, b in merged:
        if b <= lo or a >= hi:
            continue
        a, b = max(a, lo), min(b, hi)
        out.append(text[pos:a] + "**" + text[a:b] + "**")
        pos = b
    out.append(text[pos:hi])
    return ("…" if lo > 0 else "") + "".join(out) + ("…" if hi < len(text) else "")


def listing(conn: sqlite3.Connection, text: str, *, since: Optional[str] = None, until: Optional[str] = None,
            lang: Optional[str] = None):
    from bellink.dates import iso
    from bellink.queries import SEARCH_FIELDS, Listing, published_filter

    try:
        tree = parse(text)
    except QueryError:
        # Not a well-formed expression ("AND OR NOT", an unclosed parenthesis): its words, all required.
        words = [w for w in re.findall(r"[^\s()\"]+", text)]
        tree = None
        for w in words:
            tree = ("term", "word", w) if tree is None else ("and", tree, ("term", "word", w))
    if tree is None:
        ids_sql, args = "select null as id where 0", []
    else:
        ids_sql, args = compile_tree(conn, tree)
    tree = tree or ("term", "word", "")
    terms = positive_terms(tree)
    entity_ids: set = set()
    for _, t in terms:
        for ent in lookup.find_entities(conn, t):
            entity_ids.update(lookup.expand_family(conn, ent["id"]))
    filters, fargs = "", []
    if lang:
        filters += " and d.lang = ?"
        fargs.append(lang)
    date_sql, date_args = published_filter(since, until)
    filters += date_sql
    fargs += date_args
    body = f" from sentences s join documents d on d.id = s.document_id where s.id in ({ids_sql}){filters}"
    def post(conn, rows):
        from bellink.queries import texts_for

        # the sentence cut from its document's text read once (queries._Texts), not by the view
        texts = texts_for(conn)
        texts.load(conn, (r["document"] for r in rows))
        out = []
        for r in rows:
            r = dict(r, text=texts.cut(r["document"], r["start"], r["stop"]))
            published = r["published"]
            out.append({
                "document": r["document"], "sentence_index": r["idx"], "title": r["title"],
                "language": r["language"],
                "published": iso(published) if published and not published.startswith("--") else published,
                "snippet": highlight(conn, r, terms, entity_ids), "sentence": r["text"],
            })
        return out

    select = ("select s.id, s.document_id as document, s.idx, s.start, s.stop, d.title, d.lang as language,"
              " d.published")
    exprs = [e for e in (_fts_terms(kind, t) for kind, t in terms) if e]
    rank_match = " OR ".join(f"({e})" for e in exprs) if exprs else None
    return SearchListing(conn, select, body, args + fargs, fields=SEARCH_FIELDS, default="newest", post=post,
                         default_desc=True, tiebreak=["s.idx"], ids=(ids_sql, args), filters=(filters, fargs),
                         rank_match=rank_match,
                         orders={"newest": ["s.id"], "published": ["d.published!"], "document": ["s.document_id"],
                                 "rank": ["s.id"]})


RANK_CAP = 10_000  # --order rank ranks the newest this many matches: bounded, whatever the database's size


def _search_listing_class():
    from bellink.queries import CHUNK, Listing

    class SearchListing(Listing):
        """Search in its default order (newest sentence first) reads matches newest first and
        stops after the page: the ids come from one ORDER BY on the compound SELECT, which
        SQLite answers by merging its arms (the FTS5 arm in rowid order, stopping early), and
        each id is joined to its sentence and document and filtered as it comes (CROSS JOIN
        keeps the ids as the outer loop, so their order is the output order; the subquery's
        "limit -1" keeps SQLite from dropping its ORDER BY as having no effect). Ranking every
        match before taking a page grew with the database (0.4-0.9 s at 100,000 documents);
        the footer's count stops at its cap the same way. Other orders sort every match."""

        def __init__(self, *a, ids, filters, rank_match=None, **k):
            super().__init__(*a, **k)
            self.ids_sql, self.ids_args = ids
            self.filters, self.fargs = filters
            self.rank_match = rank_match

        def _streamed(self, desc: bool, columns: str) -> tuple[str, list]:
            sql = (f"{columns} from ({self.ids_sql} order by 1{' desc' if desc else ''} limit -1) i"
                   f" cross join sentence_spans sp cross join documents d"
                   f" where sp.id = i.id and d.pk = sp.doc{self.filters}")
            return sql, self.ids_args + self.fargs

        def _ranked(self, limit, offset, desc) -> list[int]:
            """Ids by relevance: FTS5's bm25 rank of the words asked for, among the newest RANK_CAP
            matches (after the filters), then those found only as mentions of the entity asked
            for; older matches follow, newest first, unranked. --desc reverses all of it."""
            cand, args = self._streamed(True, "select sp.id as id")
            ids = [r[0] for r in self.conn.execute(cand + f" limit {RANK_CAP}", args)]  # newest first
            if self.rank_match and ids:
                # ranked apart and joined here: SQLite ran the FTS query once per candidate when joined
                fts = fts_table(self.conn)
                rank = dict(self.conn.execute(f"select rowid, rank from {fts} where {fts} match ? and rowid >= ?",
                                              [self.rank_match, min(ids)]))
                ids.sort(key=lambda i: (i not in rank, rank.get(i, 0.0)))  # stable: ties stay newest first
            if len(ids) >= RANK_CAP and (desc or limit is None or offset + limit > len(ids)):
                rest, rargs = self._streamed(True, "select sp.id")
                ids += [r[0] for r in self.conn.execute(rest + " limit -1 offset ?", rargs + [RANK_CAP])]
            if desc:
                ids.reverse()
            return ids[offset:None if limit is None else offset + limit]

        def rows(self, limit=None, offset=0, order=None, desc=False):
            from bellink.queries import snapshot

            with snapshot(self.conn):  # the page's ids, rows and texts from one state of the database
                yield from self._rows(limit, offset, order, desc)

        def _rows(self, limit, offset, order, desc):
            if order not in (None, "newest", "rank") or not _has_spans(self.conn):
                yield from super().rows(limit, offset, order, desc)
                return
            if order is None:
                desc = desc != self.default_desc
            if order == "rank":
                page = self._ranked(limit, offset or 0, desc)
            else:
                ids, args = self._streamed(desc, "select sp.id")
                if limit is not None or offset:
                    ids += " limit ? offset ?"
                    args += [-1 if limit is None else limit, offset or 0]
                # the page's ids first (cheap), then their rows through the ordinary select
                page = [r[0] for r in self.conn.execute(ids, args)]
            for i in range(0, len(page), CHUNK):
                chunk = page[i:i + CHUNK]
                got = {r["id"]: r for r in self.conn.execute(
                    self.select + " from sentences s join documents d on d.id = s.document_id"
                    f" where s.id in ({','.join('?' * len(chunk))})", chunk)}
                yield from self.post(self.conn, [got[x] for x in chunk if x in got])

        def count(self, cap=None):
            if not _has_spans(self.conn):
                return super().count(cap)
            limit = f" limit {int(cap)}" if cap else ""
            if not self.filters:  # every id is a stored sentence: count the ids themselves
                return self.conn.execute(f"select count(*) from (select 1 from ({self.ids_sql} order by 1{limit}))",
                                         self.ids_args).fetchone()[0]
            sql, args = self._streamed(True, "select 1")
            return self.conn.execute(f"select count(*) from ({sql}{limit})", args).fetchone()[0]

    return SearchListing


def _has_spans(conn) -> bool:
    return conn.execute("select 1 from sqlite_master where type = 'table' and name = 'sentence_spans'").fetchone() is not None


def SearchListing(*a, **k):
    return _search_listing_class()(*a, **k)
