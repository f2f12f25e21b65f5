"""The curation layer: analysts' decisions applied on top of what extraction gives.

Decisions live in their own table (``curation``, migration 0011), never in the extracted rows'
place, and are re-applied whenever those rows are rewritten: after each document is stored (same
transaction) and after each knowledge-base sync. So ``ingest --force`` after a rules upgrade
keeps every decision whose fact is still extracted (fact ids are stable, bellink/facts.py), and a
new database built from the same articles plus ``corrections import`` comes out the same.

Applying a decision changes the rows every query and Datasette read, so no query has to know
about curation; the ``curated`` flag on statements and events lets listings mark what changed,
and ``notes_for`` gives the original beside the correction with who, when and why.
"""
from __future__ import annotations

import getpass
import json
import os
import sqlite3
from datetime import datetime, timezone
from typing import Optional

from bellink.facts import kind_of, locate

FIELDS = {"status", "quantity", "unit", "date", "speaker"}
EVENT_STATUSES = {
    "delivery": {"discussed", "planned", "ordered", "delivered", "in_service"},
    "exercise": {"held", "planned"},
}
FORMAT = "bellink-corrections"
VERSION = 1


class CurationError(ValueError):
    """A decision that cannot be taken (unknown fact, value the schema refuses...)."""


def who() -> str:
    return os.environ.get("BELLINK_USER") or getpass.getuser() or "unknown"


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def has_curation(conn: sqlite3.Connection) -> bool:
    return conn.execute("select 1 from sqlite_master where name = 'curation'").fetchone() is not None


# --- the facts a decision is about --------------------------------------------------------

def _fact_row(conn, fid: str):
    kind = kind_of(fid)
    if kind is None:
        raise CurationError(f"{fid!r} is not a fact id (they look like d-3f9a2c1b7d4e)")
    table = "statements" if kind == "statement" else "events"
    found = locate(conn, fid)
    row = conn.execute(f"select * from {table} where id = ?", (found[1],)).fetchone() if found else None
    return kind, table, row


def _snapshot(conn, table: str, row) -> dict:
    out = {k: row[k] for k in row.keys() if k not in ("id", "sentence_id", "curated", "day_lo", "day_hi")}
    if table == "events":
        out["entities"] = {}
        for role, key in conn.execute("select ee.role, e.key from event_entities ee join entities e"
                                      " on e.id = ee.entity_id where ee.event_id = ?", (row["id"],)):
            out["entities"].setdefault(role, []).append(key)
    return out


def _entity(conn, name: str, types: Optional[tuple] = None) -> sqlite3.Row:
    from bellink import lookup

    try:
        ent = lookup.resolve(conn, name, types)
    except lookup.LookupError_ as exc:
        raise CurationError(str(exc)) from None
    return conn.execute("select id, key, name, type from entities where id = ?", (ent["id"],)).fetchone()


def _validate(conn, kind: str, field: str, value):
    """The value as stored, or a CurationError naming what is wrong."""
    if field == "status":
        allowed = EVENT_STATUSES.get(kind)
        if not allowed:
            raise CurationError(f"a {kind} has no status to correct")
        if value not in allowed:
            raise CurationError(f"{value!r} is not a {kind} status; use one of {', '.join(sorted(allowed))}")
        return value
    if field == "quantity":
        if kind == "statement":
            raise CurationError("a statement has no quantity")
        try:
            n = int(value)
        except (TypeError, ValueError):
            raise CurationError(f"quantity {value!r} is not a whole number") from None
        if n < 0:
            raise CurationError("a quantity cannot be negative")
        return n
    if field == "unit":
        if kind == "statement":
            raise CurationError("a statement has no unit")
        return str(value)
    if field == "date":
        from bellink.dates import parse_user_date

        try:
            parse_user_date(str(value))
        except ValueError:
            raise CurationError(f"{value!r} is not a date; use YYYY, YYYY-MM or YYYY-MM-DD") from None
        return str(value)
    if field == "speaker":
        if kind != "statement":
            raise CurationError(f"a {kind} has no speaker")
        return _entity(conn, str(value), ("person", "organization"))["key"]
    raise CurationError(f"cannot correct {field!r}; fields: {', '.join(sorted(FIELDS))}")


# --- recording decisions ------------------------------------------------------------------

def _record(conn, action, target, field=None, value=None, original=None, why=None, by=None, at=None):
    conn.execute("insert into curation (action, target, field, value, original, why, who, at)"
                 " values (?, ?, ?, ?, ?, ?, ?, ?)",
                 (action, target, field, None if value is None else json.dumps(value, ensure_ascii=False),
                  None if original is None else json.dumps(original, ensure_ascii=False), why, by or who(),
                  at or _now()))


def _in_transaction(conn, fn):
    conn.execute("begin immediate")
    try:
        out = fn()
        conn.execute("commit")
        return out
    except BaseException:
        conn.execute("rollback")
        raise


def reject(conn, fid: str, why: Optional[str]) -> dict:
    def run():
        kind, table, row = _fact_row(conn, fid)
        if row is None:
            raise CurationError(f"no fact {fid}")
        _record(conn, "reject", fid, original=_snapshot(conn, table, row), why=why)
        apply_facts(conn, [fid])
        return {"action": "reject", "fact": fid, "kind": kind}
    return _in_transaction(conn, run)


def correct(conn, fid: str, changes: dict, why: Optional[str]) -> dict:
    if not changes:
        raise CurationError("nothing to correct: give --status, --quantity, --unit, --date or --speaker")

    def run():
        kind, table, row = _fact_row(conn, fid)
        if row is None:
            raise CurationError(f"no fact {fid}")
        done = {}
        for field, value in changes.items():
            stored = _validate(conn, kind, field, value)
            original = _original(conn, table, row, field)
            conn.execute("delete from curation where action = 'correct' and target = ? and field = ?", (fid, field))
            _record(conn, "correct", fid, field, stored, original, why)
            done[field] = {"value": stored, "original": original}
        apply_facts(conn, [fid])
        return {"action": "correct", "fact": fid, "kind": kind, "fields": done}
    return _in_transaction(conn, run)


def _original(conn, table, row, field):
    if field == "speaker":
        ent = conn.execute("select key from entities where id = ?", (row["speaker_id"],)).fetchone()
        return ent[0] if ent else None
    if field == "date":
        return row["date"]
    value = row[field]
    return int(value) if field == "quantity" and value is not None and float(value).is_integer() else value


def merge(conn, name: str, into: str, why: Optional[str]) -> dict:
    def run():
        a, b = _entity(conn, name), _entity(conn, into)
        if a["id"] == b["id"]:
            raise CurationError(f"{name!r} and {into!r} are the same entity ({a['name']})")
        if a["type"] != b["type"]:
            raise CurationError(f"cannot merge a {a['type']} ({a['name']}) into a {b['type']} ({b['name']})")
        _record(conn, "merge", a["key"], value=b["key"], original={"name": a["name"]}, why=why)
        apply_entities(conn)
        return {"action": "merge", "entity": a["name"], "into": b["name"]}
    return _in_transaction(conn, run)


def alias(conn, name: str, new_alias: str, why: Optional[str]) -> dict:
    from bellink.names import fold

    if not fold(new_alias):
        raise CurationError("an alias needs at least one letter or digit")

    def run():
        ent = _entity(conn, name)
        _record(conn, "alias", ent["key"], value=new_alias, why=why)
        apply_entities(conn)
        return {"action": "alias", "entity": ent["name"], "alias": new_alias}
    return _in_transaction(conn, run)


def forget(conn, document: str, why: Optional[str]) -> dict:
    def run():
        row = conn.execute("select id, sha256, title from documents where id = ?", (document,)).fetchone()
        if row is None:
            raise CurationError(f"no document {document!r}; see 'bellink sources'")
        _record(conn, "forget", row["id"], value=row["sha256"], original={"title": row["title"]}, why=why)
        conn.execute("delete from documents where id = ?", (row["id"],))
        return {"action": "forget", "document": row["id"]}
    return _in_transaction(conn, run)


def forgotten(conn, document_id: str, sha256: Optional[str]) -> Optional[str]:
    """Why a document must not be stored again, or None."""
    if not has_curation(conn):
        return None
    row = conn.execute("select why from curation where action = 'forget' and (target = ? or value = ?)",
                       (document_id, json.dumps(sha256))).fetchone()
    return (row[0] or "forgotten") if row else None


# --- applying decisions to extracted rows --------------------------------------------------

def apply_document(conn, document_id: str) -> bool:
    """Re-apply every fact decision about one freshly stored document (inside its transaction).
    True when there were decisions to apply (entities may have been merged away)."""
    if not has_curation(conn) or not conn.execute("select 1 from curation limit 1").fetchone():
        return False
    fids = [r[0] for r in conn.execute(
        "select fact_id from statements where document_id = ?1 union all"
        " select fact_id from events where document_id = ?1", (document_id,))]
    apply_facts(conn, fids)
    apply_entities(conn)
    return True


def apply_facts(conn, fids: list[str]) -> None:
    from bellink.dates import bounds

    for i in range(0, len(fids), 500):
        chunk = fids[i:i + 500]
        marks = ",".join("?" * len(chunk))
        for action, target, field, value in conn.execute(
                f"select action, target, field, value from curation where action in ('reject', 'correct')"
                f" and target in ({marks}) order by id", chunk).fetchall():
            kind = kind_of(target)
            found = locate(conn, target)
            if found is None:
                continue
            table, row_id = found
            if action == "reject":
                conn.execute(f"delete from {table} where id = ?", (row_id,))
                continue
            value = json.loads(value)
            if field == "speaker":
                conn.execute("update statements set speaker_id = (select id from entities where key = ?),"
                             " curated = 1 where id = ?", (value, row_id))
            elif field == "date":
                lo, hi = bounds(value, None)
                precision = {4: "year", 7: "month", 10: "day"}[len(value)]
                conn.execute(f"update {table} set date = ?, date_end = null, date_precision = ?, date_method = 'user',"
                             f" date_text = null, date_lo = ?, date_hi = ?, curated = 1 where id = ?",
                             (value, precision, lo, hi, row_id))
            else:
                conn.execute(f"update {table} set {field} = ?, curated = 1 where id = ?", (value, row_id))
            if kind == "delivery":
                _refresh_summary(conn, row_id)


def _refresh_summary(conn, event_id: int) -> None:
    """A corrected delivery's one-line summary says what the analyst decided, not the extraction."""
    row = conn.execute("select id, status, quantity, quantity_approx, unit from events where id = ?",
                       (event_id,)).fetchone()
    if row is None:
        return
    names: dict[str, list[str]] = {}
    for role, name in conn.execute("select ee.role, e.name from event_entities ee join entities e"
                                   " on e.id = ee.entity_id where ee.event_id = ? order by e.name", (row["id"],)):
        names.setdefault(role, []).append(name)
    qty = ""
    if row["quantity"] is not None:
        n = int(row["quantity"]) if float(row["quantity"]).is_integer() else row["quantity"]
        qty = f", {'about ' if row['quantity_approx'] else ''}{n}{' ' + row['unit'] if row['unit'] else ''}"
    summary = (f"{', '.join(names.get('supplier', [])) or '?'} → {', '.join(names.get('recipient', [])) or '?'}: "
               f"{', '.join(names.get('system', []))}{qty} ({row['status']})")
    conn.execute("update events set summary = ? where id = ?", (summary, row["id"]))


def apply_entities(conn) -> None:
    """Re-apply merges and aliases (after a KB sync re-created a merged entity, or a document
    mentioned it again)."""
    from bellink.names import fold

    if not has_curation(conn):
        return
    for action, target, value in conn.execute(
            "select action, target, value from curation where action in ('merge', 'alias') order by id").fetchall():
        value = json.loads(value)
        if action == "alias":
            conn.execute("insert or ignore into aliases (entity_id, alias, norm, source)"
                         " select id, ?, ?, 'user' from entities where key = ?", (value, fold(value), target))
            continue
        src = conn.execute("select id from entities where key = ?", (target,)).fetchone()
        dst = conn.execute("select id from entities where key = ?", (value,)).fetchone()
        if not src or not dst:
            continue
        a, b = src[0], dst[0]
        for table, col in (("mentions", "entity_id"), ("statements", "speaker_id"), ("statements", "channel_id"),
                           ("roles", "entity_id"), ("entities", "family_id"), ("entities", "country_id")):
            conn.execute(f"update {table} set {col} = ? where {col} = ?", (b, a))
        conn.execute("update or ignore event_entities set entity_id = ? where entity_id = ?", (b, a))
        conn.execute("delete from event_entities where entity_id = ?", (a,))
        conn.execute("update or ignore aliases set entity_id = ? where entity_id = ?", (b, a))
        conn.execute("delete from aliases where entity_id = ?", (a,))
        conn.execute("delete from entities where id = ?", (a,))


# --- reading decisions --------------------------------------------------------------------

def notes_for(conn, fids: list[str]) -> dict[str, list[dict]]:
    """Corrections by fact id: field, value, original, who, at, why (for listings' --json)."""
    out: dict[str, list[dict]] = {}
    if not fids or not has_curation(conn):
        return out
    for i in range(0, len(fids), 500):
        chunk = fids[i:i + 500]
        for r in conn.execute(
                f"select target, field, value, original, who, at, why from curation where action = 'correct'"
                f" and target in ({','.join('?' * len(chunk))}) order by id", chunk):
            out.setdefault(r[0], []).append({"field": r[1], "value": json.loads(r[2]),
                                             "original": json.loads(r[3]) if r[3] else None,
                                             "who": r[4], "at": r[5], "why": r[6]})
    return out


def listing(conn) -> list[dict]:
    if not has_curation(conn):
        return []
    return [{"id": r[0], "action": r[1], "target": r[2], "field": r[3],
             "value": json.loads(r[4]) if r[4] else None, "original": json.loads(r[5]) if r[5] else None,
             "why": r[6], "who": r[7], "at": r[8]}
            for r in conn.execute("select id, action, target, field, value, original, why, who, at"
                                  " from curation order by id")]


def export(conn) -> dict:
    items = [{k: v for k, v in d.items() if k != "id"} for d in listing(conn)]
    return {"format": FORMAT, "version": VERSION, "exported_at": _now(), "items": items}


def import_(conn, data) -> dict:
    """Add another team's decisions; the whole file or nothing."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise CurationError("not a bellink corrections file (no \"format\": \"bellink-corrections\")")
    if data.get("version") != VERSION:
        raise CurationError(f"corrections file version {data.get('version')!r} is not supported (expected {VERSION})")
    items = data.get("items")
    if not isinstance(items, list):
        raise CurationError("corrections file has no list of items")
    for n, item in enumerate(items, 1):
        if not isinstance(item, dict) or item.get("action") not in ("reject", "correct", "merge", "alias", "forget") \
                or not isinstance(item.get("target"), str) or not item.get("who") or not item.get("at"):
            raise CurationError(f"item {n} is not a decision (action, target, who and at are required)")
        if item["action"] in ("reject", "correct") and kind_of(item["target"]) is None:
            raise CurationError(f"item {n}: {item['target']!r} is not a fact id")
        if item["action"] == "correct" and item.get("field") not in FIELDS:
            raise CurationError(f"item {n}: cannot correct {item.get('field')!r}")

    def run():
        added = 0
        for item in items:
            key = (item["action"], item["target"], item.get("field"),
                   json.dumps(item.get("value"), ensure_ascii=False) if item.get("value") is not None else None)
            if conn.execute("select 1 from curation where action = ? and target = ? and field is ? and value is ?",
                            key).fetchone():
                continue  # already here: importing twice changes nothing
            if item["action"] == "correct":
                conn.execute("delete from curation where action = 'correct' and target = ? and field = ?",
                             (item["target"], item["field"]))
            _record(conn, item["action"], item["target"], item.get("field"), item.get("value"), item.get("original"),
                    item.get("why"), item["who"], item["at"])
            if item["action"] == "forget":
                conn.execute("delete from documents where id = ?", (item["target"],))
            added += 1
        apply_facts(conn, [i["target"] for i in items if i["action"] in ("reject", "correct")])
        apply_entities(conn)
        return {"items": len(items), "added": added}
    return _in_transaction(conn, run)
