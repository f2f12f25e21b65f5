"""Read-only questions to the knowledge base; each returns plain ``list[dict]``.

The same rows feed the rich table, ``--json`` and ``--csv``; nothing here
renders. Standard library only, so query commands start fast.
"""
from __future__ import annotations

import json
import re
import sqlite3
from typing import Optional

from bellink import lookup
from bellink.dates import bounds


def _date_filter(alias: str, since: Optional[str], until: Optional[str]) -> tuple[str, list]:
    """Overlap test: a fact dated "2021" is inside --since 2021-06."""
    sql, args = "", []
    if since:
        sql += f" and {alias}.date_hi >= ?"
        args.append(bounds(since)[0])
    if until:
        sql += f" and {alias}.date_lo <= ?"
        args.append(bounds(until)[1])
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
    return (f" st.id in (select st2.id from mentions m join statements st2 on st2.document_id = m.document_id"
            f" and st2.start <= m.start and st2.stop >= m.stop where m.entity_id in ({_in(entity_ids)}))")


# --- sources and search -----------------------------------------------------------

def sources(conn: sqlite3.Connection, since: Optional[str] = None, until: Optional[str] = None) -> list[dict]:
    rows = conn.execute(
        """
        select d.id, d.title, d.outlet, d.lang as language, d.published, d.published_precision,
               d.published_source, d.encoding,
               (select count(*) from sentences s where s.document_id = d.id) as sentences,
               (select count(*) from statements s where s.document_id = d.id) as statements,
               (select count(*) from events e where e.document_id = d.id) as events
        from documents d order by d.published is null, d.published, d.id
        """
    ).fetchall()
    out = []
    for r in rows:
        if since or until:
            if not r["published"] or r["published"].startswith("--"):
                continue
            lo, hi = bounds(r["published"])
            if (since and hi < bounds(since)[0]) or (until and lo > bounds(until)[1]):
                continue
        row = dict(r)
        row["facts"] = row["statements"] + row["events"]
        out.append(row)
    return out


def _fts_query(text: str) -> str:
    """User words as quoted FTS terms (no syntax can leak through); Russian words as stems."""
    terms = []
    for tok in re.findall(r"\w+", text):
        if re.search(r"[\u0400-\u04ff]", tok) and len(tok) >= 5:
            terms.append('"' + tok[: -2 if len(tok) > 6 else -1].replace('"', '""') + '"*')
        else:
            terms.append('"' + tok.replace('"', '""') + '"')
    return " ".join(terms)


def search(conn: sqlite3.Connection, text: str, limit: int = 50) -> list[dict]:
    query = _fts_query(text)
    if not query:
        return []
    rows = conn.execute(
        """
        select s.document_id as document, s.idx as sentence_index, d.title,
               snippet(sentences_fts, 0, '**', '**', '…', 16) as snippet, s.text as sentence
        from sentences_fts join sentences s on s.id = sentences_fts.rowid
        join documents d on d.id = s.document_id
        where sentences_fts match ? order by rank limit ?
        """,
        (query, limit),
    ).fetchall()
    return [dict(r) for r in rows]


# --- entities ------------------------------------------------------------------------

def _aliases(conn, entity_id: int) -> list[str]:
    seen = [r[0] for r in conn.execute(
        "select alias from aliases where entity_id = ? order by source = 'kb', alias", (entity_id,))]
    return list(dict.fromkeys(seen))


def entities(conn: sqlite3.Connection, type_: Optional[str] = None, search: Optional[str] = None,
             mentioned_only: bool = True) -> list[dict]:
    from bellink.names import fold

    sql = """
        select e.id, e.key, e.name, e.name_ru, e.type, e.source,
               count(m.id) as mentions, count(distinct m.document_id) as documents
        from entities e left join mentions m on m.entity_id = e.id
        where 1 = 1
    """
    args: list = []
    if type_:
        sql += " and e.type = ?"
        args.append(type_)
    if search:
        sql += " and e.id in (select entity_id from aliases where norm like ?)"
        args.append("%" + fold(search) + "%")
    sql += " group by e.id"
    if mentioned_only:
        sql += " having count(m.id) > 0"
    sql += " order by mentions desc, e.name"
    out = []
    for r in conn.execute(sql, args).fetchall():
        seen = [x[0] for x in conn.execute(
            "select distinct text from mentions where entity_id = ? order by text", (r["id"],))]
        out.append({
            "name": r["name"], "type": r["type"], "name_ru": r["name_ru"],
            "aliases": seen, "mentions": r["mentions"], "documents": r["documents"],
            "source": r["source"], "key": r["key"],
        })
    return out


def entity_card(conn: sqlite3.Connection, name: str) -> dict:
    ent = lookup.resolve(conn, name)
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
    card["documents"] = [dict(r) for r in conn.execute(
        """select d.id as document, d.title, d.published, count(*) as mentions
           from mentions m join documents d on d.id = m.document_id where m.entity_id = ?
           group by d.id order by d.published""", (eid,))]
    card["statements"] = statements(conn, speaker_ids=[eid])
    ids = lookup.expand_family(conn, eid)
    card["deliveries"] = deliveries(conn, entity_ids=ids)
    card["timeline"] = timeline(conn, entity_ids=ids)
    return card


# --- statements -------------------------------------------------------------------------

STATEMENT_SQL = """
    select st.id, sp.name as speaker, st.speaker_text, st.role, st.text, st.direct, st.language,
           st.date, st.date_end, st.date_precision, st.date_method, st.date_text,
           ch.name as channel, st.document_id as document, s.text as sentence, st.start, st.stop,
           st.cue, st.confidence, d.published
    from statements st
    join sentences s on s.id = st.sentence_id
    join documents d on d.id = st.document_id
    left join entities sp on sp.id = st.speaker_id
    left join entities ch on ch.id = st.channel_id
    where 1 = 1
"""


def _statement_row(r) -> dict:
    row = dict(r)
    row["direct"] = bool(row["direct"])
    row.pop("published", None)
    return row


def statements(conn: sqlite3.Connection, *, speaker: Optional[str] = None, speaker_ids: Optional[list] = None,
               about: Optional[str] = None, direct: Optional[bool] = None, lang: Optional[str] = None,
               since: Optional[str] = None, until: Optional[str] = None, limit: Optional[int] = None) -> list[dict]:
    sql, args = STATEMENT_SQL, []
    if speaker is not None:
        ent = lookup.resolve(conn, speaker, what="speaker")
        speaker_ids = [ent["id"]]
    if speaker_ids is not None:
        sql += f" and st.speaker_id in ({_in(speaker_ids)})"
        args += speaker_ids
    if about:
        about_sql, about_args = _about(conn, about)
        sql += about_sql
        args += about_args
    if direct is not None:
        sql += " and st.direct = ?"
        args.append(int(direct))
    if lang:
        sql += " and st.language = ?"
        args.append(lang)
    date_sql, date_args = _date_filter("st", since, until)
    sql += date_sql + " order by st.date_lo is null, st.date_lo, st.document_id, st.start"
    args += date_args
    if limit:
        sql += " limit ?"
        args.append(limit)
    return [_statement_row(r) for r in conn.execute(sql, args).fetchall()]


def _about(conn, about: str) -> tuple[str, list]:
    """--about: an entity mentioned inside the statement, or else words in its text."""
    rows = lookup.find_entities(conn, about)
    if rows:
        ids = []
        for r in rows:
            ids += lookup.expand_family(conn, r["id"])
        return " and" + _mentioning(ids), ids
    return " and st.text like ?", [f"%{about}%"]


# --- events -------------------------------------------------------------------------------

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


def deliveries(conn: sqlite3.Connection, *, system: Optional[str] = None, supplier: Optional[str] = None,
               recipient: Optional[str] = None, status: Optional[str] = None, since: Optional[str] = None,
               until: Optional[str] = None, entity_ids: Optional[list] = None) -> list[dict]:
    sql = """
        select ev.id, ev.status, ev.quantity, ev.quantity_approx, ev.unit, ev.date, ev.date_end,
               ev.date_precision, ev.date_method, ev.date_text, ev.document_id as document, s.text as sentence,
               ev.statement_id as statement, ev.confidence, ev.summary, d.published
        from events ev join sentences s on s.id = ev.sentence_id join documents d on d.id = ev.document_id
        where +ev.kind = 'delivery'
    """
    args: list = []
    for role, name, types in (("system", system, ("weapon_system",)),
                              ("supplier", supplier, ("country", "organization")),
                              ("recipient", recipient, ("country", "organization", "military_unit"))):
        if name:
            ent = lookup.resolve(conn, name, types, what=role)
            ids = lookup.expand_family(conn, ent["id"]) if role == "system" else [ent["id"]]
            sql += _involving(ids, role)
            args += [role, *ids]
    where_sql, where_args = _event_filters(entity_ids=entity_ids, status=status, since=since, until=until)
    sql += where_sql + " order by ev.date_lo is null, ev.date_lo, d.published, ev.document_id, ev.start"
    rows = conn.execute(sql, args + where_args).fetchall()
    roles = _roles_of(conn, [r["id"] for r in rows])
    out = []
    for r in rows:
        rr = roles.get(r["id"], {})
        out.append({
            "id": r["id"],
            "supplier": "; ".join(rr.get("supplier", [])) or None,
            "recipient": "; ".join(rr.get("recipient", [])) or None,
            "system": "; ".join(rr.get("system", [])) or None,
            "quantity": _num(r["quantity"]), "quantity_approx": bool(r["quantity_approx"]), "unit": r["unit"],
            "status": r["status"], "date": r["date"], "date_end": r["date_end"],
            "date_precision": r["date_precision"], "date_method": r["date_method"], "date_text": r["date_text"],
            "document": r["document"], "sentence": r["sentence"], "statement": r["statement"],
            "confidence": r["confidence"], "published": r["published"],
        })
    return out


def _num(x):
    return int(x) if isinstance(x, float) and x.is_integer() else x


STATUS_ORDER = {"discussed": 1, "planned": 2, "ordered": 3, "delivered": 4, "in_service": 5}


def lifecycle(rows: list[dict]) -> list[dict]:
    """Deliveries grouped by supplier-recipient-system, each stage in date order."""
    groups: dict[tuple, list[dict]] = {}
    for r in rows:
        groups.setdefault((r["supplier"], r["recipient"], r["system"]), []).append(r)
    out = []
    for (supplier, recipient, system), items in groups.items():
        items.sort(key=lambda r: (r["date"] is None, r["date"] or "", STATUS_ORDER.get(r["status"], 0)))
        stages = [{"status": r["status"], "date": r["date"], "date_precision": r["date_precision"],
                   "date_method": r["date_method"], "document": r["document"], "quantity": r["quantity"],
                   "unit": r["unit"]} for r in items]
        furthest = max(items, key=lambda r: STATUS_ORDER.get(r["status"], 0))
        out.append({
            "supplier": supplier, "recipient": recipient, "system": system,
            "furthest_status": furthest["status"], "first": stages[0]["date"], "last": stages[-1]["date"],
            "stages": stages, "sources": sorted({r["document"] for r in items}),
        })
    out.sort(key=lambda g: (g["system"] or "", g["first"] or "9999"))
    return out


def timeline(conn: sqlite3.Connection, *, entity: Optional[str] = None, system: Optional[str] = None,
             entity_ids: Optional[list] = None, kind: Optional[str] = None, since: Optional[str] = None,
             until: Optional[str] = None, limit: Optional[int] = None) -> list[dict]:
    if system:
        ent = lookup.resolve(conn, system, ("weapon_system",), what="weapon system")
        entity_ids = lookup.expand_family(conn, ent["id"])
    elif entity:
        ent = lookup.resolve(conn, entity)
        entity_ids = lookup.expand_family(conn, ent["id"])
    items: list[dict] = []
    if kind in (None, "statement"):
        sql, args = STATEMENT_SQL, []
        if entity_ids:
            # by the entity, or about it; a UNION of two indexed lookups, not an OR the planner scans
            sql += (f" and st.id in (select id from statements where speaker_id in ({_in(entity_ids)})"
                    f" union select st2.id from mentions m join statements st2 on st2.document_id = m.document_id"
                    f" and st2.start <= m.start and st2.stop >= m.stop where m.entity_id in ({_in(entity_ids)}))")
            args += entity_ids * 2
        date_sql, date_args = _date_filter("st", since, until)
        for r in conn.execute(sql + date_sql, args + date_args).fetchall():
            speaker = r["speaker"] or "unknown speaker"
            text = r["text"] if len(r["text"]) <= 160 else r["text"][:157] + "…"
            quote = f"“{text}”" if r["direct"] else text
            items.append({
                "date": r["date"], "date_end": r["date_end"], "date_precision": r["date_precision"],
                "date_method": r["date_method"], "kind": "statement", "summary": f"{speaker}: {quote}",
                "entities": [speaker] if r["speaker"] else [], "document": r["document"],
                "sentence": r["sentence"], "_sort": (r["date"] or "", r["published"] or ""),
            })
    if kind != "statement":
        sql = """
            select ev.id, ev.kind, ev.status, ev.summary, ev.date, ev.date_end, ev.date_precision, ev.date_method,
                   ev.document_id as document, s.text as sentence, d.published, ev.date_lo
            from events ev join sentences s on s.id = ev.sentence_id join documents d on d.id = ev.document_id
            where 1 = 1
        """
        where_sql, where_args = _event_filters(entity_ids=entity_ids, kind=kind, since=since, until=until)
        rows = conn.execute(sql + where_sql, where_args).fetchall()
        roles = _roles_of(conn, [r["id"] for r in rows])
        for r in rows:
            names = list(dict.fromkeys(n for ns in roles.get(r["id"], {}).values() for n in ns))
            items.append({
                "date": r["date"], "date_end": r["date_end"], "date_precision": r["date_precision"],
                "date_method": r["date_method"], "kind": r["kind"] + (f" ({r['status']})" if r["status"] else ""),
                "summary": r["summary"], "entities": names, "document": r["document"], "sentence": r["sentence"],
                "_sort": (r["date"] or "", r["published"] or ""),
            })
    # Chronological by the first day each date covers; undated facts last.
    items.sort(key=lambda i: (i["date"] is None, bounds(i["date"])[0] or "", i["_sort"]))
    for i in items:
        del i["_sort"]
    return items[:limit] if limit else items
