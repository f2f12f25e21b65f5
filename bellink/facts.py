"""Stable fact ids: a fingerprint of the document, the kind of fact and its span.

A row counter changes every time a document is re-extracted; an analyst's note or correction
must keep pointing at the same fact. So a fact's id is derived from what identifies it in its
source: the document id (itself derived from the article), the kind (statement, delivery,
meeting...) and the character span of its evidence, plus an ordinal for the rare facts of one
kind that share a span (two deployments read from one sentence). Re-ingesting, with or without
``--force``, gives a fact that is still extracted the same id.

Ids look like ``d-3f9a2c1b7d4e``: the kind's letter, then 12 hex digits (48 bits: a collision is
unlikely below tens of millions of facts). The store keeps only the 48 bits as an integer (migration 0039), unique
among all events whatever their kind (and among statements): a collision, across kinds too, would be refused loudly
by the unique index, never stored silently.
"""
from __future__ import annotations

import hashlib

PREFIX = {"statement": "s", "delivery": "d", "meeting": "m", "exercise": "x", "deployment": "p",
          "agreement": "a", "service_entry": "e", "denial": "n"}
KINDS = {v: k for k, v in PREFIX.items()}


def fact_id(document_id: str, kind: str, start: int, stop: int, ordinal: int = 0) -> str:
    digest = hashlib.sha1(f"{document_id}|{kind}|{start}|{stop}|{ordinal}".encode("utf-8")).hexdigest()
    return f"{PREFIX.get(kind, 'f')}-{digest[:12]}"


# Migration 0039: a canonical id is stored as its digits' value minus KEY_OFFSET (a signed 6-byte integer)
# in `fact_key`, its letter given back from the kind; any other id stays text in `fact_id`.
KEY_OFFSET = 1 << 47


def stored_key(fid: str | None, kind: str) -> int | None:
    """The ``fact_key`` a row of this kind keeps for ``fid``; None when the id stays text."""
    if fid and len(fid) == 14 and fid[:2] == PREFIX.get(kind, "f") + "-" \
            and all(c in "0123456789abcdef" for c in fid[2:]):
        return int(fid[2:], 16) - KEY_OFFSET
    return None


def shown_sql(alias: str, kind_sql: str | None = None) -> str:
    """SQL giving back the id of a row of statement_rows (``kind_sql`` None) or event_rows (its kind),
    as the views `statements` and `events` do (0039)."""
    prefix = "'s'" if kind_sql is None else ("CASE " + kind_sql + " " + " ".join(
        f"WHEN '{k}' THEN '{v}'" for k, v in PREFIX.items() if k != "statement") + " ELSE 'f' END")
    return (f"CASE WHEN {alias}.fact_key IS NULL THEN {alias}.fact_id"
            f" ELSE printf('%s-%012x', {prefix}, {alias}.fact_key + {KEY_OFFSET}) END")


def locate(conn, fid: str) -> tuple[str, int] | None:
    """(view, row id) of the fact with this id ('statements' or 'events'), through the index on
    ``fact_key`` (a filter on the views' computed ``fact_id`` would read every row); None: no such fact."""
    kind = kind_of(fid)
    if kind is None:
        return None
    table, view = ("statement_rows", "statements") if kind == "statement" else ("event_rows", "events")
    key = stored_key(fid, kind)
    if key is not None:
        row = conn.execute(f"select id from {table} where fact_key = ?"
                           + ("" if kind == "statement" else " and kind = ?"),
                           (key,) if kind == "statement" else (key, kind)).fetchone()
    else:
        row = conn.execute(f"select id from {table} where fact_id = ?", (fid,)).fetchone()
    return (view, row[0]) if row else None


def kind_of(fid: str) -> str | None:
    """The kind a fact id names ('delivery' for 'd-…'), or None when it is not a fact id."""
    head, _, tail = (fid or "").partition("-")
    if head in KINDS and len(tail) == 12 and all(c in "0123456789abcdef" for c in tail):
        return KINDS[head]
    return None


def assign(document_id: str, facts) -> list[str]:
    """Ids for one document's facts of any kinds, in extraction order (``facts``: (kind, start, stop))."""
    seen: dict[tuple, int] = {}
    out = []
    for kind, start, stop in facts:
        key = (kind, start, stop)
        n = seen.get(key, 0)
        seen[key] = n + 1
        out.append(fact_id(document_id, kind, start, stop, n))
    return out


def register_sql_function(conn) -> None:
    """``bellink_fact_id(document_id, kind, start, stop, ordinal)`` for migrations that backfill ids."""
    conn.create_function("bellink_fact_id", 5, fact_id, deterministic=True)
