"""Evidence where a person reads it: one fact whole (``bellink fact``) and one article with its
facts marked in the text (``bellink read``).

Both read spans straight from ``documents.text``, into which every stored offset points, so what
is highlighted is exactly the text the rule read.
"""
from __future__ import annotations

import json
import sqlite3
from typing import Optional

from bellink.facts import kind_of, locate


class NotFound(LookupError):
    pass


def _doc(conn: sqlite3.Connection, ref: str) -> sqlite3.Row:
    """A document by id, unique id prefix, or file name."""
    row = conn.execute("select * from documents where id = ?", (ref,)).fetchone()
    if row:
        return row
    like = ref.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    rows = conn.execute("select * from documents where id like ? escape '\\' or path like ? escape '\\' limit 6",
                        (like + "%", "%/" + like + "%")).fetchall()
    if len(rows) == 1:
        return rows[0]
    if not rows:
        raise NotFound(f"no document matches {ref!r}; see 'bellink sources'")
    raise NotFound(f"{ref!r} matches several documents: {', '.join(r['id'] for r in rows[:5])}; give more of the id")


def _entities_of(conn, event_id: int) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for role, name in conn.execute(
            "select ee.role, e.name from event_entities ee join entities e on e.id = ee.entity_id"
            " where ee.event_id = ? order by ee.role, e.name", (event_id,)):
        out.setdefault(role, []).append(name)
    return out


def fact(conn: sqlite3.Connection, fid: str) -> dict:
    """Every field of one fact, its rule, its sentence and paragraph, and its document."""
    kind = kind_of(fid)
    if kind is None:
        raise NotFound(f"{fid!r} is not a fact id (they look like d-3f9a2c1b7d4e; see --json output of any listing)")
    table = "statements" if kind == "statement" else "events"
    found = locate(conn, fid)
    row = conn.execute(f"select * from {table} where id = ?", (found[1],)).fetchone() if found else None
    if row is None:
        raise NotFound(f"no fact {fid}")
    # day_lo/day_hi: the date order's day numbers (migration 0043); date_lo/date_hi say the same
    out = {k: row[k] for k in row.keys() if k not in ("id", "day_lo", "day_hi")}
    out["kind"] = kind
    if out.get("statement_id") is not None:
        st = conn.execute("select fact_id from statements where id = ?", (out["statement_id"],)).fetchone()
        out["statement"] = st[0] if st else None
    out.pop("statement_id", None)
    from bellink import curation

    out["corrected"] = bool(out.pop("curated", 0))
    out["corrections"] = curation.notes_for(conn, [fid]).get(fid, [])
    out["details"] = json.loads(row["details"]) if "details" in row.keys() and row["details"] else {}
    out["rule"] = out["details"].get("rule")
    if kind == "statement":
        for col, label in (("speaker_id", "speaker"), ("channel_id", "channel")):
            ent = conn.execute("select name from entities where id = ?", (row[col],)).fetchone() if row[col] else None
            out[label] = ent[0] if ent else None
        out["direct"] = bool(row["direct"])
    else:
        out["entities"] = _entities_of(conn, row["id"])
        out["quantity"] = int(row["quantity"]) if row["quantity"] is not None and float(row["quantity"]).is_integer() \
            else row["quantity"]
    doc = conn.execute("select id, title, outlet, published, published_precision, lang, path, text from documents"
                       " where id = ?", (row["document_id"],)).fetchone()
    sent = conn.execute("select idx, paragraph, start, stop from sentence_spans where id = ?",
                        (row["sentence_id"],)).fetchone()
    text = doc["text"]
    # a document's sentences are the ids in its row's range (migration 0046)
    para = conn.execute("select min(sp.start), max(sp.stop) from document_rows r join sentence_spans sp"
                        " on sp.id between r.sentence_first and r.sentence_last and sp.doc = r.pk"
                        " where r.id = ? and sp.paragraph = ?", (doc["id"], sent["paragraph"])).fetchone()
    out["evidence"] = {
        "sentence": text[sent["start"]:sent["stop"]], "sentence_start": sent["start"],
        "span": text[row["start"]:row["stop"]], "start": row["start"], "stop": row["stop"],
        "paragraph": text[para[0]:para[1]],
    }
    out["document"] = {k: doc[k] for k in ("id", "title", "outlet", "published", "published_precision", "lang", "path")}
    out.pop("document_id", None)
    out.pop("sentence_id", None)
    return out


LEGEND = {"speaker": "bold magenta", "quote": "green", "system": "bold cyan", "date": "yellow",
          "event": "underline", "entity": "blue"}


def read(conn: sqlite3.Connection, ref: str) -> dict:
    """The cleaned article, the spans to mark in it (kind, start, stop) and its facts."""
    doc = _doc(conn, ref)
    doc_id = doc["id"]
    marks = []
    for m in conn.execute("select m.start, m.stop, e.type from mentions m join entities e on e.id = m.entity_id"
                          " where m.document_id = ?", (doc_id,)):
        marks.append(("system" if m["type"] == "weapon_system" else "entity", m["start"], m["stop"]))
    for t in conn.execute("select start, stop from timexes where document_id = ?", (doc_id,)):
        marks.append(("date", t["start"], t["stop"]))
    facts = []
    text = doc["text"]
    for s in conn.execute(
            # the words cut here from the text read above: the view `statements` reads the whole
            # text again for every statement (a 20 MB document's 59,463 statements took hours)
            "select st.fact_id, st.start, st.stop, (select r.text from statement_rows r where r.id = st.id) as own,"
            " st.direct, st.date, e.name as speaker from statements st"
            " left join entities e on e.id = st.speaker_id where st.document_id = ? order by st.start", (doc_id,)):
        marks.append(("quote", s["start"], s["stop"]))
        words = s["own"] if s["own"] is not None else text[s["start"]:s["stop"]]
        facts.append({"id": s["fact_id"], "kind": "statement", "date": s["date"], "start": s["start"],
                      "summary": f"{s['speaker'] or 'unknown speaker'}: {words[:140]}"})
    for m in conn.execute(
            "select m.start, m.stop from statements st join mentions m on m.document_id = st.document_id"
            " and m.entity_id = st.speaker_id where st.document_id = ?", (doc_id,)):
        marks.append(("speaker", m["start"], m["stop"]))
    for ev in conn.execute("select fact_id, kind, status, date, summary, start, stop from events"
                           " where document_id = ? order by start", (doc_id,)):
        marks.append(("event", ev["start"], ev["stop"]))
        facts.append({"id": ev["fact_id"], "kind": ev["kind"] + (f" ({ev['status']})" if ev["status"] else ""),
                      "date": ev["date"], "start": ev["start"], "summary": ev["summary"]})
    facts.sort(key=lambda f: f["start"])
    return {"document": {k: doc[k] for k in ("id", "title", "outlet", "published", "lang", "path")},
            "text": doc["text"], "marks": sorted(marks, key=lambda m: (m[1], -m[2])), "facts": facts}


def styled(text: str, marks, highlight: Optional[tuple[int, int]] = None):
    """A rich Text of ``text`` with every mark's style applied (later, narrower marks on top)."""
    from rich.text import Text

    out = Text(text)
    order = ["event", "quote", "entity", "system", "date", "speaker"]
    for kind, start, stop in sorted(marks, key=lambda m: order.index(m[0]) if m[0] in order else 0):
        out.stylize(LEGEND.get(kind, ""), start, stop)
    if highlight:
        out.stylize("reverse", *highlight)
    return out
