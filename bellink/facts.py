"""Stable fact ids: a fingerprint of the document, the kind of fact and its span.

A row counter changes every time a document is re-extracted; an analyst's note or correction
must keep pointing at the same fact. So a fact's id is derived from what identifies it in its
source: the document id (itself derived from the article), the kind (statement, delivery,
meeting...) and the character span of its evidence, plus an ordinal for the rare facts of one
kind that share a span (two deployments read from one sentence). Re-ingesting, with or without
``--force``, gives a fact that is still extracted the same id.

Ids look like ``d-3f9a2c1b7d4e``: the kind's letter, then 12 hex digits (48 bits: a collision is
unlikely below tens of millions of facts of one kind; the unique index would refuse it loudly).
"""
from __future__ import annotations

import hashlib

PREFIX = {"statement": "s", "delivery": "d", "meeting": "m", "exercise": "x", "deployment": "p",
          "agreement": "a", "service_entry": "e", "denial": "n"}
KINDS = {v: k for k, v in PREFIX.items()}


def fact_id(document_id: str, kind: str, start: int, stop: int, ordinal: int = 0) -> str:
    digest = hashlib.sha1(f"{document_id}|{kind}|{start}|{stop}|{ordinal}".encode("utf-8")).hexdigest()
    return f"{PREFIX.get(kind, 'f')}-{digest[:12]}"


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
