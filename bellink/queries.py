"""Read-only questions to the knowledge base.

Each listing is built as a :class:`Listing`: its SQL (with filters), the fields
of its rows, the orders it accepts and a function that turns one page of
database rows into plain dicts. ``Listing.rows()`` applies limit, offset and
order *in SQL* and yields dicts in chunks, so a table shows its first page
without reading the rest and ``--json`` streams; ``Listing.count()`` says how
many rows there are in all. The public functions below (``statements()``,
``deliveries()``...) return ``list[dict]`` for callers that want everything.

The same rows feed the rich table, ``--json``, ``--nl``, ``--csv`` and
``--tsv``; nothing here renders. Standard library only, so query commands
start fast. JSON field names and types are documented in README.md ("JSON
fields"); change them there too.
"""
from __future__ import annotations

import json
import sqlite3
import weakref
from contextlib import contextmanager
from typing import Callable, Iterable, Iterator, Optional, Sequence

from bellink import facts, lookup
from bellink.dates import DAY_ISO_SQL, METHOD_CODES, bounds, day_number, iso, label

CHUNK = 500


class _Texts:
    """The stored texts a listing cuts its sentences and statements from, each read once.

    The views ``sentences`` and ``statements`` cut a row's words out of ``documents.text``, and
    SQLite reads the whole text to do it, once per row: listing the 59,463 statements of one
    20 MB document read 20 MB 59,463 times (more than 40 minutes). A listing now selects only
    where its words are (document, start, stop) and cuts them here, from each document's text
    read once per page (kept across pages of one listing while under ``BUDGET`` characters), so
    it costs what it prints. Forgotten when anything is written to the database.""" 

    BUDGET = 64 << 20  # characters kept besides those the current page needs

    def __init__(self):
        self.version = None
        self.texts: dict[str, str] = {}
        self.size = 0
        self.reads = 0  # documents read: what the tests count
        self._conn = lambda: None  # weakly: the cache lives as long as its connection, not longer

    def load(self, conn: sqlite3.Connection, doc_ids: Iterable[str]) -> None:
        try:
            self._conn = weakref.ref(conn)
        except TypeError:
            self._conn = lambda: conn
        # another connection committed (data_version), or this one wrote (total_changes)
        version = (conn.execute("pragma data_version").fetchone()[0], conn.total_changes)
        if version != self.version:
            self.texts.clear()
            self.size = 0
            self.version = version
        need = list(dict.fromkeys(d for d in doc_ids if d is not None))
        missing = [d for d in need if d not in self.texts]
        if not missing:
            return
        keep = set(need)
        if self.size > self.BUDGET:
            for d in [d for d in self.texts if d not in keep]:
                self.size -= len(self.texts.pop(d))
        for i in range(0, len(missing), CHUNK):
            chunk = missing[i:i + CHUNK]
            for doc_id, text in conn.execute(f"select id, text from documents where id in ({_in(chunk)})", chunk):
                self.texts[doc_id] = text
                self.size += len(text)
                self.reads += 1

    def cut(self, doc_id: str, start: int, stop: int) -> str:
        return self.texts[doc_id][start:stop]

    def words(self, doc_id: str, start: int, stop: int) -> Optional[str]:
        """``cut`` as an SQL function, reading a text not yet read (a filter on every statement's
        words: a statement's rows come in document order, so each text is read once). Its
        connection's ``load`` must have checked the version first."""
        if doc_id is None:
            return None
        text = self.texts.get(doc_id)
        if text is None:
            self.load(self._conn(), (doc_id,))
            text = self.texts.get(doc_id)
        return None if text is None else text[start:stop]


_texts: "weakref.WeakKeyDictionary[sqlite3.Connection, _Texts]" = weakref.WeakKeyDictionary()


def texts_for(conn: sqlite3.Connection) -> _Texts:
    """This connection's text cache (a fresh one for a connection that cannot be weakly referenced)."""
    try:
        got = _texts.get(conn)
        if got is None:
            got = _texts[conn] = _Texts()
        return got
    except TypeError:
        return _Texts()


def cut_texts(conn: sqlite3.Connection, rows: list) -> list[dict]:
    """Rows as dicts with ``sentence`` (and ``text``, for a statement whose words the database
    keeps as offsets) cut from their document's text: see :class:`_Texts`. A row carries
    ``_doc`` (its document id), ``sentence_start``/``_sentence_stop`` and, for a statement,
    ``_own_text`` (statement_rows.text: NULL when the words are the text between its offsets)."""
    texts = texts_for(conn)
    texts.load(conn, (r["_doc"] for r in rows))
    out = []
    for r in rows:
        row = dict(r)
        doc = row.pop("_doc")
        row["sentence"] = texts.cut(doc, row["sentence_start"], row.pop("_sentence_stop"))
        if "_own_text" in row:
            own = row.pop("_own_text")
            row["text"] = own if own is not None else texts.cut(doc, row["start"], row["stop"])
        out.append(row)
    return out


@contextmanager
def snapshot(conn: sqlite3.Connection):
    """One read transaction around a listing's statements: the texts cut for a page (read by
    a statement of their own) are those of the very rows the page's statement returned, even
    when an ingest replaces a document meanwhile."""
    if conn.in_transaction:
        yield
        return
    conn.execute("begin")
    try:
        yield
    finally:
        if conn.in_transaction:
            conn.execute("commit")


class Listing:
    """One listing's SQL and what turns its rows into dicts; limit/offset/order go into the SQL.

    ``orders`` maps a field a user may sort by (``--order FIELD``) to SQL
    expressions; an expression ending in ``!`` sorts its NULLs last in both
    directions. ``default`` names the order used without ``--order``.
    """

    def __init__(self, conn: sqlite3.Connection, select: str, body: str, args: Sequence, *,
                 fields: Sequence[str], orders: dict[str, Sequence[str]], default: str,
                 post: Optional[Callable[[sqlite3.Connection, list], list[dict]]] = None,
                 tiebreak: Sequence[str] = (), default_desc: bool = False, count_body: Optional[str] = None,
                 keyed: Optional[tuple[str, str]] = None, open_where: bool = False):
        self.conn, self.select, self.body, self.args = conn, select, body, list(args)
        self.open_where = open_where  # body ends in a WHERE clause that " and ..." extends: see _arms
        self.keyed = keyed  # (key column, FROM clause joined on p._key): see page_with_total
        self.count_body = count_body or body  # the same rows, without joins that only add columns
        self.fields, self.orders, self.default, self.tiebreak = list(fields), orders, default, list(tiebreak)
        self.default_desc = default_desc
        self.post = post or (lambda conn, rows: [dict(r) for r in rows])

    def order_sql(self, order: Optional[str], desc: bool) -> str:
        parts = []
        for expr in list(self.orders[order or self.default]):
            nulls_last = expr.endswith("!")
            expr = expr.rstrip("!")
            if nulls_last:
                parts.append(f"{expr} is null")
            parts.append(expr + (" desc" if desc else ""))
        return " order by " + ", ".join(parts + self._tiebreak(desc))

    def _tiebreak(self, desc: bool) -> list[str]:
        """Ties in the order of the ascending listing, reversed by --desc (a listing sorted
        descending by default keeps its ties ascending: entities by mentions, then by name)."""
        flip = desc and not self.default_desc
        return [t + (" desc" if flip else "") for t in self.tiebreak]

    def _arms(self, order: Optional[str], desc: bool) -> Optional[tuple[str, str, str]]:
        """A descending order whose first key puts NULLs last, as two arms: (rows with the key,
        rows without it, the ORDER BY of both). One ORDER BY mixing directions ("key is null"
        ascending, the key descending) makes SQLite sort every row with a key for the first page
        (2.7 s at 100,000 documents); each arm ordered "key is null desc, key desc, ..." reads
        its index backwards and stops after the page. The key's arm is bounded on the indexed
        expression itself ("(key is null) < 1"), which the planner takes as a range of the date
        order indexes; a plain "key is not null" it does not."""
        exprs = list(self.orders[order or self.default])
        if not (desc and self.open_where and exprs[0].endswith("!")):
            return None
        first = exprs[0].rstrip("!")
        by = [f"{first} is null desc"] + [e.rstrip("!") + " desc" for e in exprs]
        return f" and ({first} is null) < 1", f" and ({first} is null) > 0", " order by " + ", ".join(
            by + self._tiebreak(desc))

    def rows(self, limit: Optional[int] = None, offset: int = 0, order: Optional[str] = None,
             desc: bool = False) -> Iterator[dict]:
        if order is None:
            desc = desc != self.default_desc
        arms = self._arms(order, desc)
        if arms is None:
            yield from self._page(self.select + self.body + self.order_sql(order, desc), limit, offset)
            return
        known, unknown, by = arms
        yield from self._two_arms(self.select + self.body + known + by, self.body + known,
                                  self.select + self.body + unknown + by, limit, offset)

    def _two_arms(self, first: str, first_body: str, second: str, limit: Optional[int],
                  offset: int) -> Iterator[dict]:
        """The rows of ``first`` then those of ``second``, paged across the boundary, from one
        read transaction. Where the page starts past ``first``, ``first_body`` counts its rows."""
        offset = offset or 0
        with snapshot(self.conn):
            n = 0
            for row in self._page(first, limit, offset):
                n += 1
                yield row
            if limit is not None and n >= limit:
                return
            if n:  # the page began inside the first arm and ran off its end
                skip = 0
            elif offset:
                counted = self.conn.execute(f"select count(*) from (select 1 {first_body})", self.args)
                skip = max(0, offset - counted.fetchone()[0])
            else:
                skip = 0
            yield from self._page(second, None if limit is None else limit - n, skip)

    def _page(self, sql: str, limit: Optional[int], offset: int) -> Iterator[dict]:
        """One page of ``sql``'s rows (LIMIT/OFFSET in SQL), fetched and post-processed in chunks."""
        args = list(self.args)
        if limit is not None or offset:
            sql += " limit ? offset ?"
            args += [-1 if limit is None else limit, offset or 0]
        with snapshot(self.conn):
            cur = self.conn.execute(sql, args)
            while True:
                chunk = cur.fetchmany(CHUNK)
                if not chunk:
                    return
                yield from self.post(self.conn, chunk)

    def count(self, cap: Optional[int] = None) -> int:
        """How many rows in all; with cap, counting stops there (a footer needs no exact million)."""
        limit = f" limit {int(cap)}" if cap else ""
        return self.conn.execute(f"select count(*) from (select 1 {self.count_body}{limit})", self.args).fetchone()[0]

    def page_with_total(self, limit: int, offset: int = 0, order: Optional[str] = None,
                        desc: bool = False) -> Optional[tuple[list[dict], int]]:
        """One page and the number of rows in all, from one statement, for a selective listing
        (``keyed``: facts about one entity) in its default order. The matches are found once, as
        keys and sort values in a MATERIALIZED CTE over ``count_body`` (no joins that only add
        columns); the page is sorted there and joined to its columns, and the total counted there.
        A page plus a separate count would find every match twice. None where that is not how
        this listing pages (other orders, a listing that reads its first page off an index and
        stops), or past the end (the caller says so with its own count)."""
        if not self.keyed or order not in (None, self.default):
            return None
        if order is None:
            desc = desc != self.default_desc
        key, page_from = self.keyed
        exprs, dirs = [], []
        for expr in self.orders[self.default]:
            if expr.endswith("!"):
                expr = expr.rstrip("!")
                exprs.append(f"{expr} is null")
                dirs.append("")
            exprs.append(expr)
            dirs.append(" desc" if desc else "")
        exprs += self.tiebreak
        dirs += [" desc" if desc and not self.default_desc else ""] * len(self.tiebreak)
        keys = ", ".join(f"{e} as _k{i}" for i, e in enumerate(exprs))
        by = ", ".join(f"p._k{i}{d}" for i, d in enumerate(dirs))
        with snapshot(self.conn):
            raw = self.conn.execute(
                f"with t as materialized (select {key} as _key, {keys} {self.count_body})"
                f" {self.select}, (select count(*) from t) as _total"
                f" from (select * from t p order by {by} limit ? offset ?) p join {page_from}"
                f" order by {by}", [*self.args, limit, offset]).fetchall()
            if not raw:
                return None
            return self.post(self.conn, raw), raw[0]["_total"]


class UnionListing(Listing):
    """A listing whose body is a UNION ALL: in date order the ORDER BY goes on the compound
    itself, so SQLite merges arms that each come in index order (statements_date_order,
    events_date_order) and stops after the page, instead of sorting every fact."""

    def __init__(self, *a, union: str, selective: bool = False, split: Optional[tuple[str, str]] = None, **k):
        super().__init__(*a, **k)
        self.union, self.selective = union, selective
        self.split = split  # the union of the dated arms, of the undated arms: see rows()

    def _date_order(self, desc: bool) -> str:
        # a statement and an event may share an id: their kind breaks the tie, so that the
        # order is total and --desc is its exact reverse
        d = " desc" if desc else ""
        return f" order by undated, day_lo{d}, day_hi{d}, id{d}, kind{d}"

    def rows(self, limit=None, offset=0, order=None, desc=False):
        if order not in (None, "date"):
            yield from super().rows(limit, offset, order, desc)
            return
        if not (desc and self.split):
            yield from self._page(self.union + self._date_order(desc), limit, offset)
            return
        # newest first, undated still last: the dated facts, then the undated, each union merged
        # off its arms' date indexes read backwards (Listing._arms says why one ORDER BY cannot)
        by = " order by undated desc, day_lo desc, day_hi desc, id desc, kind desc"
        dated, undated = self.split
        yield from self._two_arms(dated + by, f"from ({dated})", undated + by, limit, offset)

    def page_with_total(self, limit: int, offset: int = 0, order: Optional[str] = None,
                        desc: bool = False) -> Optional[tuple[list[dict], int]]:
        """One page and the number of rows in all, from one statement, when the listing is
        selective (facts about one entity): SQLite sorts every match for the page anyway, and a
        separate count would find them all again (the statements mentioning an entity are a join
        of its mentions against statement spans). None where a page plus a capped count is
        cheaper (a listing that reads its first page off an index and stops)."""
        if not self.selective or order not in (None, "date"):
            return None
        with snapshot(self.conn):
            raw = self.conn.execute(
                f"with t as materialized ({self.union}) select t.*, (select count(*) from t) as _total from t"
                + self._date_order(desc) + " limit ? offset ?", [*self.args, limit, offset]).fetchall()
            if not raw:
                return None  # past the end: the caller says so with its own count
            return self.post(self.conn, raw), raw[0]["_total"]


class RowsListing:
    """A listing computed in Python (lifecycle groups, a card's parts): same interface as Listing."""

    def __init__(self, rows: list[dict], fields: Sequence[str], orders: Sequence[str] = (), conn=None):
        self._rows, self.fields, self.orders, self.conn = rows, list(fields), {o: o for o in orders}, conn

    def rows(self, limit=None, offset=0, order=None, desc=False) -> Iterator[dict]:
        rows = self._rows
        if order:
            dated = [r for r in rows if r.get(order) is not None]
            rows = sorted(dated, key=lambda r: r[order], reverse=desc) + [r for r in rows if r.get(order) is None]
        elif desc:
            rows = rows[::-1]
        end = None if limit is None else offset + limit
        return iter(rows[offset:end])

    def count(self, cap: Optional[int] = None) -> int:
        return len(self._rows)


def has_documents(conn: sqlite3.Connection) -> bool:
    return conn.execute("select 1 from documents limit 1").fetchone() is not None


# --- shared pieces ------------------------------------------------------------------

def _date_filter(alias: str, since: Optional[str], until: Optional[str]) -> tuple[str, list]:
    """Overlap test: a fact dated "2021" is inside --since 2021-06. On the day numbers (migration
    0043) of the tables, or of the views `statements` and `events` (which give day_hi coalesced)."""
    sql, args = "", []
    if since:
        sql += f" and coalesce({alias}.day_hi, {alias}.day_lo) >= ?"  # NULL in the tables when day_lo (0038)
        args.append(day_number(bounds(since)[0]))
    if until:
        sql += f" and {alias}.day_lo <= ?"
        args.append(day_number(bounds(until)[1]))
    return sql, args


def _in(ids) -> str:
    return ",".join("?" * len(ids))


def _involving(entity_ids, role: Optional[str] = None) -> str:
    """SQL condition: the event ``ev`` involves one of these entities (in this role).

    Written as ``ev.id in (subquery)`` so SQLite starts from the entity index; a
    correlated EXISTS made it scan every event (8 s on 100,000 documents).
    """
    role_sql = "ee.role = ? and " if role else ""
    return f" and ev.id in (select ee.event_id from event_entities ee where {role_sql}ee.entity_id in ({_in(entity_ids)}))"


def _event_filters(*, entity_ids=None, kind=None, status=None, since=None, until=None) -> tuple[str, list]:
    """The conditions every event listing shares, as (sql, args) for events aliased ``ev``."""
    sql, args = "", []
    if entity_ids:
        sql += _involving(entity_ids)
        args += list(entity_ids)
    for column, value in (("kind", kind), ("status", status)):
        if value:
            sql += f" and ev.{column} = ?"
            args.append(value)
    date_sql, date_args = _date_filter("ev", since, until)
    return sql + date_sql, args + date_args


def _mentioning(entity_ids) -> str:
    """SQL condition: the statement ``st`` mentions one of these entities inside its span."""
    return f" st.id in ({_MENTIONING.format(_in(entity_ids))})"


# The statements whose span holds a mention of these entities. Over the tables under the views
# (migration 0017) and joined on the integer document key: through the views every mention and
# statement looked its document's text id up and back (3x slower for Belarus on 100,000 documents).
_MENTIONING = ("select st2.id from mention_spans m join statement_rows st2 on st2.doc = m.doc"
               " and st2.start <= m.start and st2.stop >= m.stop where m.entity_id in ({})")


def _like(s: str) -> str:
    """Text for a LIKE pattern with its wildcards taken literally (used with ESCAPE '\\')."""
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _num(x):
    return int(x) if isinstance(x, float) and x.is_integer() else x


def dated(row: dict, prefix: str = "date") -> dict:
    """A stored date value (``2021-FA``, ``2021-Q3``, ``199``) as ISO, with a human label.

    ``date``/``date_end`` become ISO 8601 (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``:
    a season, quarter or half as its first month, a decade as its first year);
    ``date_precision`` still says what the value covers and ``date_label`` says it
    in words ("autumn 2021"). Fields are placed right after ``date_precision``.
    """
    value, end = row.get(prefix), row.get(prefix + "_end")
    row[prefix + "_label"] = label(value, end)
    row[prefix] = iso(value)
    if prefix + "_end" in row:
        row[prefix + "_end"] = iso(end)
    return row


DATE_FIELDS = ["date", "date_end", "date_precision", "date_label", "date_method", "date_text"]


def _roles_of(conn, event_ids: list[int]) -> dict[int, dict[str, list[str]]]:
    out: dict[int, dict[str, list[str]]] = {}
    for i in range(0, len(event_ids), 500):
        chunk = event_ids[i:i + 500]
        for r in conn.execute(
            f"select ee.event_id, ee.role, e.name from event_entities ee join entities e on e.id = ee.entity_id"
            f" where ee.event_id in ({_in(chunk)}) order by e.name", chunk
        ):
            out.setdefault(r[0], {}).setdefault(r[1], []).append(r[2])
    return out


def _orders(alias: str, extra: dict) -> dict:
    # the day numbers the date-order indexes hold (migration 0043), through the views' day_lo/day_hi
    out = {"date": [f"{alias}.day_lo!", f"{alias}.day_hi"]}
    out.update(extra)
    return out


# --- sources ---------------------------------------------------------------------------

SOURCE_FIELDS = ["id", "title", "outlet", "language", "published", "published_precision", "published_label",
                 "published_source", "encoding", "sentences", "statements", "events", "facts"]


def _source_rows(conn, rows) -> list[dict]:
    out = []
    for r in rows:
        row = dict(r)
        row["facts"] = row["statements"] + row["events"]
        published = row["published"]
        if published and published.startswith("--"):  # a dateline without a year: no ISO form
            row["published_label"] = published
        else:
            row["published_label"] = label(published)
            row["published"] = iso(published)
        out.append({k: row[k] for k in SOURCE_FIELDS})
    return out


def published_filter(since: Optional[str], until: Optional[str], alias: str = "d") -> tuple[str, list]:
    """Documents whose publication date overlaps --since/--until. ``published`` is ISO truncated to
    its precision, so "the last day it may cover is on or after X" is "published >= X cut to
    published's length" (and likewise for until)."""
    if not (since or until):
        return "", []
    sql, args = f" and {alias}.published glob '[0-9][0-9][0-9][0-9]*'", []
    if since:
        sql += f" and {alias}.published >= substr(?, 1, length({alias}.published))"
        args.append(bounds(since)[0])
    if until:
        sql += f" and {alias}.published <= substr(?, 1, length({alias}.published))"
        args.append(bounds(until)[1])
    return sql, args


def sources_listing(conn: sqlite3.Connection, since: Optional[str] = None, until: Optional[str] = None,
                    lang: Optional[str] = None) -> Listing:
    """The documents; --since/--until select by publication date (overlap, like facts)."""
    where, args = published_filter(since, until)
    body = " from documents d where 1 = 1" + where
    if lang:
        body += " and d.lang = ?"
        args.append(lang)
    select = """
        select d.id, d.title, d.outlet, d.lang as language, d.published, d.published_precision,
               d.published_source, d.encoding,
               (select count(*) from document_rows r join sentence_spans sp on sp.id between r.sentence_first
                and r.sentence_last and sp.doc = r.pk where r.pk = d.pk) as sentences,
               (select count(*) from statements s where s.document_id = d.id) as statements,
               (select count(*) from events e where e.document_id = d.id) as events
    """
    return Listing(conn, select, body, args, fields=SOURCE_FIELDS, default="published", tiebreak=["d.id"], open_where=True,
                   orders={"published": ["d.published!"], "id": ["d.id"], "title": ["d.title!"],
                           "outlet": ["d.outlet!"], "language": ["d.lang"],
                           "facts": ["(select count(*) from statements s where s.document_id = d.id)"
                                     " + (select count(*) from events e where e.document_id = d.id)"]},
                   post=_source_rows)


def sources(conn: sqlite3.Connection, since: Optional[str] = None, until: Optional[str] = None) -> list[dict]:
    return list(sources_listing(conn, since, until).rows())


# --- search ------------------------------------------------------------------------------

SEARCH_FIELDS = ["document", "sentence_index", "title", "language", "published", "snippet", "sentence"]


def search_listing(conn: sqlite3.Connection, text: str, *, since: Optional[str] = None, until: Optional[str] = None,
                   lang: Optional[str] = None) -> Listing:
    from bellink import search as fts

    return fts.listing(conn, text, since=since, until=until, lang=lang)


def search(conn: sqlite3.Connection, text: str, limit: int = 50, **filters) -> list[dict]:
    return list(search_listing(conn, text, **filters).rows(limit=limit))


# --- entities ------------------------------------------------------------------------

ENTITY_FIELDS = ["name", "type", "name_ru", "aliases", "mentions", "documents", "source", "key"]


def _entity_rows(conn, rows) -> list[dict]:
    out = []
    for r in rows:
        # kept by triggers (migration 0012_entity_forms): not a DISTINCT over every mention
        seen = [x[0] for x in conn.execute("select text from entity_forms where entity_id = ? order by text",
                                           (r["id"],))]
        out.append({"name": r["name"], "type": r["type"], "name_ru": r["name_ru"], "aliases": seen,
                    "mentions": r["mentions"], "documents": r["documents"], "source": r["source"],
                    "key": r["key"]})
    return out


def entities_listing(conn: sqlite3.Connection, type_: Optional[str] = None, search: Optional[str] = None,
                     mentioned_only: bool = True, since: Optional[str] = None,
                     until: Optional[str] = None) -> Listing:
    from bellink.names import fold

    where, args = " where 1 = 1", []
    if type_:
        where += " and e.type = ?"
        args.append(type_)
    if search:
        from bellink.lookup import check_name

        check_name(search, "search text")
        if fold(search):
            where += r" and e.id in (select entity_id from aliases where norm like ? escape '\')"
            args.append("%" + _like(fold(search)) + "%")
        else:  # only marks ('%', '_'), which folding drops: the aliases written with them, not every alias
            where += r" and e.id in (select entity_id from aliases where alias like ? escape '\')"
            args.append("%" + _like(search) + "%")
    mention_where = ""
    margs: list = []
    if since or until:
        # mentioned in a document published in the period
        src = sources_listing(conn, since, until)
        mention_where = f" and m.doc in (select d.pk {src.body})"
        margs = src.args
    if mention_where:  # the period's mentions, counted (off the table: the view reads each row's document list)
        body = (f" from entities e join (select m.entity_id, count(*) as mentions,"
                f" count(distinct m.doc) as documents from mention_spans m where 1 = 1{mention_where}"
                f" group by m.entity_id) c on c.entity_id = e.id")
    else:
        # counts kept by the writer (migration 0012_entity_counts): no aggregate over every mention
        join = "join" if mentioned_only else "left join"
        body = f" from entities e {join} entity_counts c on c.entity_id = e.id"
    select = "select e.id, e.key, e.name, e.name_ru, e.type, e.source, coalesce(c.mentions, 0) as mentions," \
             " coalesce(c.documents, 0) as documents"
    return Listing(conn, select, body + where, margs + args, fields=ENTITY_FIELDS, default="mentions",
                   default_desc=True,
                   orders={"mentions": ["coalesce(c.mentions, 0)"], "documents": ["coalesce(c.documents, 0)"],
                           "name": ["e.name"], "type": ["e.type"]},
                   tiebreak=["e.name"], post=_entity_rows)


def entities(conn: sqlite3.Connection, type_: Optional[str] = None, search: Optional[str] = None,
             mentioned_only: bool = True) -> list[dict]:
    return list(entities_listing(conn, type_, search, mentioned_only).rows())


def _aliases(conn, entity_id: int) -> list[str]:
    seen = [r[0] for r in conn.execute(
        "select alias from aliases where entity_id = ? order by source = 'kb', alias", (entity_id,))]
    return list(dict.fromkeys(seen))


def entity_card(conn: sqlite3.Connection, name: str, types: Optional[tuple] = None,
                limit: Optional[int] = None) -> dict:
    """One entity's card. With ``limit`` (the table view), each long section holds at most that
    many rows, read in SQL, and ``counts`` says how many each has in all."""
    ent = lookup.resolve(conn, name, types)
    eid = ent["id"]
    row = conn.execute("select * from entities where id = ?", (eid,)).fetchone()
    card = {
        "name": row["name"], "name_ru": row["name_ru"], "type": row["type"], "key": row["key"],
        "source": row["source"], "category": row["category"],
        "attrs": json.loads(row["attrs"]) if row["attrs"] else {},
        "aliases": _aliases(conn, eid),
    }
    if row["family_id"]:
        card["family"] = conn.execute("select name from entities where id = ?", (row["family_id"],)).fetchone()[0]
    variants = [r[0] for r in conn.execute("select name from entities where family_id = ? order by name", (eid,))]
    if variants:
        card["variants"] = variants
    if row["country_id"]:
        card["country"] = conn.execute("select name from entities where id = ?", (row["country_id"],)).fetchone()[0]
    card["roles"] = [dict(r) for r in conn.execute(
        "select role, role_ru, country, start, end, document_id as document from roles where entity_id = ?"
        " order by document_id is not null, start", (eid,))]
    # grouped on the integer document key straight off mention_spans' own key (entity_id, doc, start)
    # (migration 0045): through the mentions view each mention looked its document up twice (pk, then text id)
    card["documents"] = [dated(dict(r), "published") for r in conn.execute(
        """select d.id as document, d.title, d.published, m.mentions
           from (select doc, count(*) as mentions from mention_spans where entity_id = ? group by doc) m
           join documents d on d.pk = m.doc order by d.published, d.id""" + (" limit ?" if limit is not None else ""),
        (eid,) if limit is None else (eid, limit))]
    ids = lookup.expand_family(conn, eid)
    sections = {"statements": statements_listing(conn, speaker_ids=[eid]),
                "deliveries": deliveries_listing(conn, entity_ids=ids),
                "timeline": timeline_listing(conn, entity_ids=ids)}
    if limit is None:
        for key, listing in sections.items():
            card[key] = list(listing.rows())
        return card
    # kept by the writer (migration 0012_entity_counts): no count over every mention; no row, no mention
    kept = conn.execute("select documents from entity_counts where entity_id = ?", (eid,)).fetchone()
    counts = {"documents": kept[0] if kept else 0}
    for key, listing in sections.items():
        got = listing.page_with_total(limit, 0) if hasattr(listing, "page_with_total") else None
        card[key], counts[key] = got if got else (list(listing.rows(limit=limit)), listing.count())
    card["counts"] = counts
    return card


CARD_PART_FIELDS = ["entity", "part", "text", "date", "date_label", "kind", "status", "document"]


def card_parts(card: dict) -> list[dict]:
    """A card as flat rows, one per part (alias, role, document, statement, delivery, timeline fact)."""
    base = {f: None for f in CARD_PART_FIELDS}
    rows = [dict(base, entity=card["name"], part="type", text=card["type"])]
    for key in ("name_ru", "family", "country", "category"):
        if card.get(key):
            rows.append(dict(base, entity=card["name"], part=key, text=card[key]))
    for v in card.get("variants", []):
        rows.append(dict(base, entity=card["name"], part="variant", text=v))
    for a in card["aliases"]:
        rows.append(dict(base, entity=card["name"], part="alias", text=a))
    for r in card["roles"]:
        span = " – ".join(x for x in (r["start"], r["end"]) if x)
        rows.append(dict(base, entity=card["name"], part="role", text=r["role"], date=span or None,
                         document=r["document"]))
    for d in card["documents"]:
        rows.append(dict(base, entity=card["name"], part="document", text=d["title"], date=d["published"],
                         date_label=d["published_label"], document=d["document"]))
    for s in card["statements"]:
        rows.append(dict(base, entity=card["name"], part="statement", text=s["text"], date=s["date"],
                         date_label=s["date_label"], kind="statement", document=s["document"]))
    for d in card["deliveries"]:
        rows.append(dict(base, entity=card["name"], part="delivery", text=d["summary"], date=d["date"],
                         date_label=d["date_label"], kind="delivery", status=d["status"], document=d["document"]))
    for t in card["timeline"]:
        rows.append(dict(base, entity=card["name"], part="timeline", text=t["summary"], date=t["date"],
                         date_label=t["date_label"], kind=t["kind"], status=t["status"], document=t["document"]))
    return rows


# --- statements -------------------------------------------------------------------------

STATEMENT_FIELDS = ["id", "speaker", "speaker_text", "role", "text", "direct", "language", *DATE_FIELDS,
                    "channel", "document", "sentence", "start", "stop", "cue", "confidence",
                    "fact_id", "corrected", "corrections", "sentence_start"]

STATEMENT_SELECT = """
    select st.id, sp.name as speaker, st.speaker_text, st.role,
           (select r.text from statement_rows r where r.id = st.id) as _own_text, st.direct, st.language,
           st.date, st.date_end, st.date_precision, st.date_method, st.date_text,
           ch.name as channel, st.document_id as document, st.document_id as _doc, st.start, st.stop,
           st.cue, st.confidence, st.fact_id, st.curated, s.start as sentence_start, s.stop as _sentence_stop
"""
# (the statement's words and its sentence are cut from the document's text by cut_texts, not by the
# views: those read the whole text once per row)
STATEMENT_FROM = """
    from statements st
    join sentences s on s.id = st.sentence_id
    left join entities sp on sp.id = st.speaker_id
    left join entities ch on ch.id = st.channel_id
    where 1 = 1
"""
STATEMENT_SQL = STATEMENT_SELECT + STATEMENT_FROM


def _curated(conn, rows, out) -> list[dict]:
    """Mark corrected facts and carry the originals with who, when and why (bellink/curation.py)."""
    fids = [r["fact_id"] for r in rows if r["curated"]]
    notes = {}
    if fids:  # most pages have no corrected fact: no need to import curation (and hashlib)
        from bellink import curation

        notes = curation.notes_for(conn, fids)
    for r, row in zip(rows, out):
        row["corrected"] = bool(r["curated"])
        row["corrections"] = notes.get(r["fact_id"], [])
    return out


def _statement_rows(conn, rows) -> list[dict]:
    out = []
    for row in cut_texts(conn, rows):
        row = dated(row)
        row["direct"] = bool(row["direct"])
        out.append({k: row.get(k) for k in STATEMENT_FIELDS})
    return _curated(conn, rows, out)


def statements_listing(conn: sqlite3.Connection, *, speaker: Optional[str] = None,
                       speaker_ids: Optional[list] = None, about: Optional[str] = None,
                       direct: Optional[bool] = None, lang: Optional[str] = None, since: Optional[str] = None,
                       until: Optional[str] = None) -> Listing:
    body, args = STATEMENT_FROM, []
    if speaker is not None:
        ent = lookup.resolve(conn, speaker, what="speaker")
        speaker_ids = [ent["id"]]
    if speaker_ids is not None:
        body += f" and st.speaker_id in ({_in(speaker_ids)})"
        args += speaker_ids
    if about:
        about_sql, about_args = _about(conn, about)
        body += about_sql
        args += about_args
    if direct is not None:
        body += " and st.direct = ?"
        args.append(int(direct))
    if lang:
        body += " and st.language = ?"
        args.append(lang)
    date_sql, date_args = _date_filter("st", since, until)
    # one speaker's statements (a card's section, who-said): few, sorted anyway, so the page and
    # the total come from one statement (page_with_total); every statement has its sentence, so
    # the matches need no join
    keyed = ("st.id", "statements st on st.id = p._key" + STATEMENT_FROM.split("from statements st", 1)[1]
             .replace("where 1 = 1", "")) if speaker_ids is not None else None
    count_body = " from statement_rows st where 1 = 1" + body[len(STATEMENT_FROM):] if keyed else None
    return Listing(conn, STATEMENT_SELECT, body + date_sql, args + date_args, fields=STATEMENT_FIELDS,
                   count_body=count_body + date_sql if keyed else None, keyed=keyed,
                   default="date", tiebreak=["st.id"], post=_statement_rows, open_where=True,
                   orders=_orders("st", {"speaker": ["sp.name!"], "language": ["st.language"],
                                         "document": ["st.document_id"], "confidence": ["st.confidence"]}))


def statements(conn: sqlite3.Connection, *, limit: Optional[int] = None, **filters) -> list[dict]:
    return list(statements_listing(conn, **filters).rows(limit=limit))


def _about(conn, about: str) -> tuple[str, list]:
    """--about: an entity mentioned inside the statement, or else words in its text."""
    rows = lookup.find_entities(conn, about)
    if rows:
        ids = []
        for r in rows:
            ids += lookup.expand_family(conn, r["id"])
        return " and" + _mentioning(ids), ids
    # The words as the listing prints them. The view's st.text reads the whole text of the document
    # for every statement: an article's few kilobytes, fine; but a 20 MB document's 59,463
    # statements read 20 MB each. In a long document (its row's range of sentence ids wider than
    # LONG_DOCUMENT) the words
    # are cut from its text read once (statement_rows.text, else bellink_words); that is asked
    # only of a statement that starts past an article's length, so the statements of articles
    # pay one comparison, and a long document's first few statements are read as before.
    texts = texts_for(conn)
    texts.load(conn, ())
    conn.create_function("bellink_words", 3, texts.words)
    return (f" and (case when st.start < {ARTICLE_CHARS} then st.text else"
            " coalesce((select coalesce(r.text, bellink_words(st.document_id, r.start, r.stop))"
            " from statement_rows r where r.id = st.id"
            f" and (select dr.sentence_last - dr.sentence_first from document_rows dr where dr.pk = r.doc)"
            f" >= {LONG_DOCUMENT}),"
            r" st.text) end) like ? escape '\'", [f"%{_like(about)}%"])


ARTICLE_CHARS = 4096
LONG_DOCUMENT = 256  # sentences


# --- events -------------------------------------------------------------------------------

DELIVERY_FIELDS = ["id", "supplier", "recipient", "system", "quantity", "quantity_approx", "unit", "status",
                   *DATE_FIELDS, "summary", "document", "sentence", "statement", "confidence", "published",
                   "fact_id", "corrected", "corrections", "start", "stop", "sentence_start"]


def _delivery_rows(conn, rows) -> list[dict]:
    roles = _roles_of(conn, [r["id"] for r in rows])
    out = []
    for r in cut_texts(conn, rows):
        rr = roles.get(r["id"], {})
        row = dated(dict(r))
        row.update({
            "supplier": "; ".join(rr.get("supplier", [])) or None,
            "recipient": "; ".join(rr.get("recipient", [])) or None,
            "system": "; ".join(rr.get("system", [])) or None,
            "quantity": _num(r["quantity"]), "quantity_approx": bool(r["quantity_approx"]),
            "published": iso(r["published"]) if r["published"] and not r["published"].startswith("--") else r["published"],
        })
        out.append({k: row.get(k) for k in DELIVERY_FIELDS})
    return _curated(conn, rows, out)


def _role_name(role: str) -> str:
    return (f"(select min(x.name) from event_entities ee join entities x on x.id = ee.entity_id"
            f" where ee.event_id = ev.id and ee.role = '{role}')!")


DELIVERY_FROM = " from events ev join sentences s on s.id = ev.sentence_id join documents d on d.id = ev.document_id"


def deliveries_listing(conn: sqlite3.Connection, *, system: Optional[str] = None, supplier: Optional[str] = None,
                       recipient: Optional[str] = None, status: Optional[str] = None, since: Optional[str] = None,
                       until: Optional[str] = None, entity_ids: Optional[list] = None) -> Listing:
    select = """
        select ev.id, ev.status, ev.quantity, ev.quantity_approx, ev.unit, ev.date, ev.date_end,
               ev.date_precision, ev.date_method, ev.date_text, ev.summary, ev.document_id as document,
               ev.document_id as _doc, ev.statement_id as statement, ev.confidence, d.published,
               ev.fact_id, ev.curated, ev.start, ev.stop, s.start as sentence_start, s.stop as _sentence_stop
    """
    # ev.kind = 'delivery' reads the register off events_kind (kind, then the date order): the
    # first page without looking at other kinds of events (migration 0020)
    # About one entity (a card): start from its events (event_entities_entity) and sort the few
    # that are deliveries; "+ev.kind" keeps the planner off events_kind, which would read every
    # delivery in date order and test each (0.06 s for an entity with none on 100,000 documents)
    kind_sql = " where +ev.kind = 'delivery'" if entity_ids else " where ev.kind = 'delivery'"
    body = DELIVERY_FROM + kind_sql
    args: list = []
    for role, name, types in (("system", system, ("weapon_system",)),
                              ("supplier", supplier, ("country", "organization")),
                              ("recipient", recipient, ("country", "organization", "military_unit"))):
        if name:
            ent = lookup.resolve(conn, name, types, what=role)
            ids = lookup.expand_family(conn, ent["id"]) if role == "system" else [ent["id"]]
            body += _involving(ids, role)
            args += [role, *ids]
    where_sql, where_args = _event_filters(entity_ids=entity_ids, status=status, since=since, until=until)
    # every event has its sentence and document: the count needs neither join
    count_body = " from events ev" + kind_sql + body.split(kind_sql, 1)[1]
    return Listing(conn, select, body + where_sql, args + where_args, fields=DELIVERY_FIELDS, default="date",
                   count_body=count_body + where_sql,
                   keyed=("ev.id", "events ev on ev.id = p._key" + DELIVERY_FROM.split(" from events ev", 1)[1])
                   if entity_ids else None,
                   tiebreak=["ev.id"], post=_delivery_rows, open_where=True,
                   orders=_orders("ev", {
                       "status": ["(select rank from statuses where id = ev.status)!"],
                       "quantity": ["ev.quantity!"], "document": ["ev.document_id"], "published": ["d.published!"],
                       "system": [_role_name("system")], "supplier": [_role_name("supplier")],
                       "recipient": [_role_name("recipient")], "confidence": ["ev.confidence"]}))


def deliveries(conn: sqlite3.Connection, *, limit: Optional[int] = None, **filters) -> list[dict]:
    return list(deliveries_listing(conn, **filters).rows(limit=limit))


STATUS_ORDER = {"discussed": 1, "planned": 2, "ordered": 3, "delivered": 4, "in_service": 5}

LIFECYCLE_FIELDS = ["supplier", "recipient", "system", "furthest_status", "first", "last", "stages", "sources",
                    "disputed"]
STAGE_FIELDS = ["status", "date", "date_precision", "date_label", "date_method", "document", "quantity", "unit",
                "sentence", "fact_id", "corrected"]


def disputes(stages: list[dict], denials: Iterable[dict] = ()) -> list[str]:
    """Where sources disagree about one stage of a deal: different numbers, years that cannot
    both be true (a date that is only the report's or the publication's is an upper bound, not a
    claim, and is left out), or another source saying the stage did not happen by a date on or
    after the one claimed."""
    out = []
    for den in denials:
        rank = STATUS_ORDER.get(den["status"], 0)
        claims = [s for s in stages if STATUS_ORDER.get(s["status"], 0) >= rank and s["document"] != den["document"]
                  and (not s.get("date") or not den.get("date") or bounds(s["date"])[0] <= bounds(den["date"])[1])]
        if claims:
            first = claims[0]
            out.append(f"{den['status']}: {first['document']} says so ({first.get('date') or 'undated'}), "
                       f"{den['document']} denies it ({den.get('date') or 'undated'})")
    by_status: dict[str, list[dict]] = {}
    for s in stages:
        by_status.setdefault(s["status"], []).append(s)
    for status, items in by_status.items():
        if len({s["document"] for s in items}) < 2:
            continue
        numbers = {s["quantity"] for s in items if s.get("quantity") is not None}
        if len(numbers) > 1:
            out.append(f"{status}: sources give {', '.join(str(n) for n in sorted(numbers))}")
        years = {s["date"][:4] for s in items if s.get("date") and s["date"][:4].isdigit()
                 and s.get("date_method") not in ("reported", "publication")}
        if status in ("ordered", "delivered", "in_service") and len(years) > 1:
            out.append(f"{status}: sources date it {', '.join(sorted(years))}")
    return out


def denials_by_deal(conn: sqlite3.Connection) -> dict[tuple, list[dict]]:
    """Stages the texts say did not happen, by (supplier, recipient, system) names."""
    rows = conn.execute("select id, status, date, document_id as document from events where kind = 'denial'"
                        " order by date_lo").fetchall()
    roles = _roles_of(conn, [r["id"] for r in rows])
    out: dict[tuple, list[dict]] = {}
    for r in rows:
        rr = roles.get(r["id"], {})
        key = tuple("; ".join(rr.get(k, [])) or None for k in ("supplier", "recipient", "system"))
        out.setdefault(key, []).append(dict(r))
    return out


def lifecycle(rows: Iterable[dict], denials: Optional[dict] = None) -> list[dict]:
    """Deliveries grouped by supplier-recipient-system, each stage in date order; ``denials``
    (denials_by_deal) mark the stages another source says did not happen as disputed."""
    groups: dict[tuple, list[dict]] = {}
    for r in rows:
        groups.setdefault((r["supplier"], r["recipient"], r["system"]), []).append(r)
    out = []
    for (supplier, recipient, system), items in groups.items():
        items.sort(key=lambda r: (r["date"] is None, r["date"] or "", STATUS_ORDER.get(r["status"], 0)))
        stages = [{k: r.get(k) for k in STAGE_FIELDS} for r in items]
        furthest = max(items, key=lambda r: STATUS_ORDER.get(r["status"], 0))
        dates = [s["date"] for s in stages if s["date"]]
        out.append({
            "supplier": supplier, "recipient": recipient, "system": system,
            "furthest_status": furthest["status"], "first": dates[0] if dates else None,
            "last": dates[-1] if dates else None, "stages": stages, "sources": sorted({r["document"] for r in items}),
            "disputed": disputes(stages, (denials or {}).get((supplier, recipient, system), ())),
        })
    out.sort(key=lambda g: (g["system"] or "", g["first"] or "9999"))
    return out


_ISO_CACHE: dict = {}


def _iso_cached(value):
    if value not in _ISO_CACHE:
        _ISO_CACHE[value] = iso(value)
    return _ISO_CACHE[value]


class LifecycleListing:
    """Deliveries grouped by supplier-recipient-system (as ``lifecycle``), grouped in SQL: one
    summary row per deal (the ids of its supplier, recipient and system, its first and last
    date, furthest stage and events), so a register of 280,000 deliveries is a few hundred
    small rows, not 280,000 dicts in memory; a deal's stages are read only for the deals on the
    page, each deal whole (``lifecycle`` on its rows: same stages, sources and disputes). The
    table shows the first ``TABLE_STAGES`` stages of a deal and says how many more there are."""

    TABLE_STAGES = 12
    ORDERS = ("system", "supplier", "recipient", "first", "last", "furthest_status")

    def __init__(self, conn, filters: dict):
        self.conn, self.filters = conn, filters
        self.fields = list(LIFECYCLE_FIELDS)
        self.orders = {o: o for o in self.ORDERS}
        self._groups: Optional[list[dict]] = None
        self._denials: Optional[dict] = None
        self._base = deliveries_listing(conn, **filters)  # resolves the names given: errors come first

    def _summaries(self) -> list[dict]:
        if self._groups is not None:
            return self._groups
        conn, base = self.conn, self._base
        conn.create_function("bellink_iso", 1, _iso_cached, deterministic=True)
        rank = " ".join(f"when '{s}' then {n}" for s, n in STATUS_ORDER.items())
        # the rows behind event_entities by the roles' codes (migration 0034): through the view every one
        # of the corpus' event links looked its role's words up (8% of this listing at 100,000 documents)
        code = dict(conn.execute("select role, code from event_roles").fetchall())
        sup, rec, sys_ = (code.get(r, -1) for r in ("supplier", "recipient", "system"))
        rows = conn.execute(f"""
            with d as materialized (select ev.id, ev.date, ev.status {base.count_body}),
            k as (select ee.event_id as id,
                         group_concat(case when ee.role_code = {sup} then ee.entity_id end) as sup,
                         group_concat(case when ee.role_code = {rec} then ee.entity_id end) as rec,
                         group_concat(case when ee.role_code = {sys_} then ee.entity_id end) as sys
                  from d join event_entity_rows ee on ee.event_id = d.id
                  where ee.role_code in ({sup}, {rec}, {sys_}) group by ee.event_id)
            select k.sup, k.rec, k.sys, min(bellink_iso(d.date)) as first, max(bellink_iso(d.date)) as last,
                   max(case d.status {rank} else 0 end) as furthest, group_concat(d.id) as ids
            from d left join k on k.id = d.id
            group by k.sup, k.rec, k.sys""", base.args).fetchall()
        ent_ids = sorted({int(x) for r in rows for c in ("sup", "rec", "sys") if r[c] for x in r[c].split(",")})
        names: dict = {}
        for i in range(0, len(ent_ids), 500):
            chunk = ent_ids[i:i + 500]
            names.update(conn.execute(f"select id, name from entities where id in ({_in(chunk)})", chunk).fetchall())
        by_rank = {n: s for s, n in STATUS_ORDER.items()}
        groups: dict[tuple, dict] = {}
        for r in rows:
            key = tuple("; ".join(sorted(names[int(x)] for x in r[c].split(","))) if r[c] else None
                        for c in ("sup", "rec", "sys"))
            ids = [int(x) for x in r["ids"].split(",")]
            g = groups.get(key)
            if g is None:
                groups[key] = {"supplier": key[0], "recipient": key[1], "system": key[2], "first": r["first"],
                               "last": r["last"], "furthest_status": by_rank.get(r["furthest"]), "_ids": ids}
            else:  # two sets of entities with the same names are one deal, as when grouped by name
                g["_ids"] += ids
                g["first"] = min([x for x in (g["first"], r["first"]) if x], default=None)
                g["last"] = max([x for x in (g["last"], r["last"]) if x], default=None)
                g["furthest_status"] = max((g["furthest_status"], by_rank.get(r["furthest"])),
                                           key=lambda st: STATUS_ORDER.get(st, 0))
        self._groups = sorted(groups.values(), key=lambda g: (g["system"] or "", g["first"] or "9999"))
        return self._groups

    def _deal(self, g: dict, stage_cap: Optional[int]) -> dict:
        if self._denials is None:
            self._denials = denials_by_deal(self.conn)
        base, rows = self._base, []
        with snapshot(self.conn):
            for i in range(0, len(g["_ids"]), CHUNK):
                chunk = g["_ids"][i:i + CHUNK]
                # the ids already passed the filters: looked up by rowid, not through events_kind
                rows += _delivery_rows(self.conn, self.conn.execute(
                    base.select + DELIVERY_FROM + f" where ev.id in ({_in(chunk)})", chunk).fetchall())
        deal = lifecycle(rows, self._denials)[0]
        if stage_cap is not None and len(deal["stages"]) > stage_cap:
            deal = dict(deal, stages=deal["stages"][:stage_cap], stages_more=len(deal["stages"]) - stage_cap)
        return deal

    def rows(self, limit=None, offset=0, order=None, desc=False, stage_cap: Optional[int] = None):
        groups = self._summaries()
        if order:
            known = [g for g in groups if g.get(order) is not None]
            groups = sorted(known, key=lambda g: g[order], reverse=desc) + [g for g in groups if g.get(order) is None]
        elif desc:
            groups = groups[::-1]
        for g in groups[offset:None if limit is None else offset + limit]:
            yield self._deal(g, stage_cap)

    def table_rows(self, limit=None, offset=0, order=None, desc=False):
        return self.rows(limit, offset, order, desc, stage_cap=self.TABLE_STAGES)

    def count(self, cap: Optional[int] = None) -> int:
        return len(self._summaries())


def lifecycle_listing(conn, **filters) -> LifecycleListing:
    return LifecycleListing(conn, filters)


TIMELINE_FIELDS = ["kind", "status", *DATE_FIELDS, "summary", "entities", "document", "sentence", "id",
                   "fact_id", "corrected", "corrections", "start", "stop", "sentence_start"]


def _timeline_rows(conn, rows) -> list[dict]:
    st_ids = [r["id"] for r in rows if r["kind"] == "statement"]
    ev_ids = [r["id"] for r in rows if r["kind"] != "statement"]
    statements_by_id = {}
    if st_ids:
        for r in cut_texts(conn, conn.execute(STATEMENT_SQL + f" and st.id in ({_in(st_ids)})", st_ids).fetchall()):
            statements_by_id[r["id"]] = r
    events_by_id = {}
    if ev_ids:
        for r in cut_texts(conn, conn.execute(
                "select ev.id, ev.summary, ev.date_text, ev.document_id as _doc, ev.stop,"
                " s.start as sentence_start, s.stop as _sentence_stop from events ev"
                f" join sentences s on s.id = ev.sentence_id where ev.id in ({_in(ev_ids)})", ev_ids).fetchall()):
            events_by_id[r["id"]] = r
    roles = _roles_of(conn, ev_ids)
    out = []
    for r in rows:
        row = dated(dict(r))
        if r["kind"] == "statement":
            st = statements_by_id[r["id"]]
            speaker = st["speaker"] or "unknown speaker"
            text = st["text"] if len(st["text"]) <= 160 else st["text"][:157] + "…"
            row.update(summary=f"{speaker}: " + (f"“{text}”" if st["direct"] else text),
                       entities=[st["speaker"]] if st["speaker"] else [], sentence=st["sentence"],
                       date_text=st["date_text"], stop=st["stop"], sentence_start=st["sentence_start"])
        else:
            ev = events_by_id[r["id"]]
            names = list(dict.fromkeys(n for ns in roles.get(r["id"], {}).values() for n in ns))
            row.update(summary=ev["summary"], entities=names, sentence=ev["sentence"], date_text=ev["date_text"],
                       stop=ev["stop"], sentence_start=ev["sentence_start"])
        out.append({k: row.get(k) for k in TIMELINE_FIELDS})
    return _curated(conn, rows, out)


# A fact's date read off statement_rows or event_rows themselves: NULL there when it is the start of
# its first day at its precision (migration 0025; a day number since 0043), as the views `statements` and
# `events` give it back
_FIRST_DAY = DAY_ISO_SQL.format("{a}.day_lo")
STORED_DATE = (f"coalesce({{a}}.date, CASE {{a}}.date_precision WHEN 'day' THEN {_FIRST_DAY}"
               f" WHEN 'month' THEN substr({_FIRST_DAY}, 1, 7) WHEN 'year' THEN substr({_FIRST_DAY}, 1, 4) END)")
# How a fact's date was found, read off the tables: a code for the usual five (migration 0031), the
# words otherwise, as the views give it
STORED_METHOD = ("coalesce({a}.date_method, CASE {a}.date_method_code "
                 + " ".join(f"WHEN {code} THEN '{method}'" for method, code in METHOD_CODES.items()) + " END)")


def timeline_listing(conn: sqlite3.Connection, *, entity: Optional[str] = None, system: Optional[str] = None,
                     entity_ids: Optional[list] = None, kind: Optional[str] = None, since: Optional[str] = None,
                     until: Optional[str] = None) -> Listing:
    """Statements and events in one SQL union, ordered and paged by SQLite; details fetched per page."""
    if system:
        ent = lookup.resolve(conn, system, ("weapon_system",), what="weapon system")
        entity_ids = lookup.expand_family(conn, ent["id"])
    elif entity:
        ent = lookup.resolve(conn, entity)
        entity_ids = lookup.expand_family(conn, ent["id"])
    arms, args, aliases = [], [], []
    # the arms read the tables under the views (migration 0017) and join documents once, on its
    # integer key: through a view each fact joined documents twice (pk, then the text id)
    cols = STORED_DATE + " as date, {a}.date_end, {a}.date_precision, " + STORED_METHOD + " as date_method," \
        " {a}.day_lo is null as undated, " \
           "{a}.day_lo, coalesce({a}.day_hi, {a}.day_lo) as day_hi, d.id as document, {a}.start, d.published," \
           " {fact_id} as fact_id, {a}.curated"
    if kind in (None, "statement"):
        sql = (f"select 'statement' as kind, null as status, st.id as id,"
               f" {cols.format(a='st', fact_id=facts.shown_sql('st'))}"
               " from statement_rows st join documents d on d.pk = st.doc where 1 = 1")
        if entity_ids:
            # by the entity, or about it; a UNION of two indexed lookups, not an OR the planner scans
            sql += (f" and st.id in (select id from statement_rows where speaker_id in ({_in(entity_ids)})"
                    f" union {_MENTIONING.format(_in(entity_ids))})")
            args += list(entity_ids) * 2
        date_sql, date_args = _date_filter("st", since, until)
        arms.append(sql + date_sql)
        aliases.append("st")
        args += date_args
    if kind != "statement":
        sql = (f"select ev.kind as kind, ev.status as status, ev.id as id,"
               f" {cols.format(a='ev', fact_id=facts.shown_sql('ev', 'ev.kind'))}"
               " from event_rows ev join documents d on d.pk = ev.doc where 1 = 1")
        where_sql, where_args = _event_filters(entity_ids=entity_ids, kind=kind, since=since, until=until)
        arms.append(sql + where_sql)
        aliases.append("ev")
        args += where_args
    body = " from (" + " union all ".join(arms) + ") t"
    # each arm bounded on its date index's first expression (Listing._arms): dated, then undated
    split = tuple(" union all ".join(f"{arm} and ({alias}.day_lo is null) {bound}" for arm, alias in zip(arms, aliases))
                  for bound in ("< 1", "> 0"))
    return UnionListing(conn, "select t.*", body, args, union=" union all ".join(arms), selective=bool(entity_ids),
                        split=split,
                        fields=TIMELINE_FIELDS, default="date",
                   tiebreak=["t.id", "t.kind"], post=_timeline_rows,
                   orders={"date": ["t.day_lo!", "t.day_hi"], "kind": ["t.kind"], "status": ["t.status!"],
                           "document": ["t.document"], "published": ["t.published!"]})


def timeline(conn: sqlite3.Connection, *, limit: Optional[int] = None, **filters) -> list[dict]:
    return list(timeline_listing(conn, **filters).rows(limit=limit))
