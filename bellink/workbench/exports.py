"""Exports analysts load elsewhere.

``sipri_register``: one row per supplier-recipient-system deal, in the columns of SIPRI's Trade
Register (supplier, recipient, designation, description, number ordered, order year, delivery
years, number delivered, status, comments). Numbers come only from stages that state them; a deal
whose stages disagree on a number says so in ``comments`` instead of picking one.

``network``: a directed multigraph of entities: ``supplies`` (supplier -> recipient, per system),
``meets`` (between participants of one meeting), ``told`` (speaker -> the outlet that carried the
statement). Written as GraphML or GEXF by networkx, which Gephi and most network tools read.
"""
from __future__ import annotations

import sqlite3
from collections import defaultdict
from typing import Optional

from bellink import queries

STAGE_RANK = {"discussed": 1, "planned": 2, "ordered": 3, "delivered": 4, "in_service": 5}
SIPRI_COLUMNS = ["supplier", "recipient", "designation", "description", "number_ordered", "order_year",
                 "delivery_years", "number_delivered", "status", "disputed", "comments"]


def _year(date: Optional[str]) -> Optional[int]:
    return int(date[:4]) if date and date[:4].isdigit() else None


def _category(conn: sqlite3.Connection, system: str) -> Optional[str]:
    row = conn.execute("select category from entities where name = ? and type = 'weapon_system'", (system,)).fetchone()
    return row[0].replace("_", " ") if row and row[0] else None


def sipri_register(conn: sqlite3.Connection, **filters) -> list[dict]:
    rows = queries.deliveries(conn, **filters)
    denials = queries.denials_by_deal(conn)
    out = []
    for deal in queries.lifecycle(rows, denials):
        stages = deal["stages"]
        ordered = [s for s in stages if s["status"] == "ordered"]
        delivered = [s for s in stages if s["status"] in ("delivered", "in_service")]
        n_ordered = max((s["quantity"] for s in ordered if s.get("quantity") is not None), default=None)
        n_delivered = max((s["quantity"] for s in delivered if s.get("quantity") is not None), default=None)
        delivery_years = sorted({y for y in (_year(s["date"]) for s in delivered) if y})
        sources = []
        for s in stages:
            cite = f"{s['document']} ({s['status']}, {s['date'] or 'undated'})"
            if cite not in sources:
                sources.append(cite)
        dispute = deal["disputed"]
        out.append({
            "supplier": deal["supplier"], "recipient": deal["recipient"], "designation": deal["system"],
            "description": _category(conn, deal["system"]),
            "number_ordered": n_ordered, "order_year": min((y for y in (_year(s["date"]) for s in ordered) if y),
                                                          default=None),
            "delivery_years": ", ".join(str(y) for y in delivery_years) or None,
            "number_delivered": n_delivered, "status": deal["furthest_status"],
            "disputed": bool(dispute),
            "comments": "; ".join(dispute + ["sources: " + "; ".join(sources)]),
        })
    return out


def network(conn: sqlite3.Connection):
    """The graph of who supplies, meets and speaks with whom (a networkx MultiDiGraph)."""
    import networkx as nx

    g = nx.MultiDiGraph()

    def node(entity_id: int, name: str, type_: str) -> str:
        key = f"e{entity_id}"
        if key not in g:
            g.add_node(key, label=name, type=type_)
        return key

    roles: dict[int, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    kinds: dict[int, tuple] = {}
    for r in conn.execute(
        "select ev.id, ev.kind, ev.status, ev.date, ev.document_id, ee.role, e.id, e.name, e.type"
        " from events ev join event_entities ee on ee.event_id = ev.id join entities e on e.id = ee.entity_id"
        " where ev.kind in ('delivery', 'meeting')"
    ):
        kinds[r[0]] = (r[1], r[2], r[3], r[4])
        roles[r[0]][r[5]].append((r[6], r[7], r[8]))
    for ev_id, (kind, status, date, doc) in kinds.items():
        rr = roles[ev_id]
        if kind == "delivery":
            systems = ", ".join(n for _, n, _ in rr.get("system", []))
            for s in rr.get("supplier", []):
                for t in rr.get("recipient", []):
                    g.add_edge(node(*s), node(*t), relation="supplies", system=systems, status=status or "",
                               date=date or "", document=doc)
        else:
            people = rr.get("participant", [])
            for i, a in enumerate(people):
                for b in people[i + 1:]:
                    g.add_edge(node(*a), node(*b), relation="meets", date=date or "", document=doc)
    for r in conn.execute(
        "select sp.id, sp.name, sp.type, ch.id, ch.name, ch.type, st.date, st.document_id from statements st"
        " join entities sp on sp.id = st.speaker_id join entities ch on ch.id = st.channel_id"
    ):
        g.add_edge(node(r[0], r[1], r[2]), node(r[3], r[4], r[5]), relation="told", date=r[6] or "",
                   document=r[7])
    return g


def write_network(conn: sqlite3.Connection, path: str, fmt: str) -> dict:
    import networkx as nx

    g = network(conn)
    (nx.write_gexf if fmt == "gexf" else nx.write_graphml)(g, path)
    return {"path": path, "format": fmt, "nodes": g.number_of_nodes(), "edges": g.number_of_edges()}
