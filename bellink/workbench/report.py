"""One self-contained HTML report about a weapon system or an entity, that opens offline.

A timeline chart (plotly, its JavaScript embedded in the file) puts every stage of every deal
on a time axis, one row per stage, one marker per source, so a reader sees at a glance which
article said what and when; disputed stages (sources that disagree on a number or a year) are
listed under the chart. Below it: the stages with their sentences, the statements about the
subject, and the sources with their outlets and dates. Every value is escaped.
"""
from __future__ import annotations

import html
import sqlite3
from datetime import datetime, timezone
from typing import Optional

from bellink import lookup, queries
from bellink.dates import bounds

STAGES = ["discussed", "planned", "ordered", "delivered", "in_service"]


def _e(value) -> str:
    return html.escape("" if value is None else str(value))


def _table(rows: list[dict], columns: list[tuple[str, str]]) -> str:
    head = "".join(f"<th>{_e(label)}</th>" for _, label in columns)
    body = "".join("<tr>" + "".join(f"<td>{_e(r.get(key))}</td>" for key, _ in columns) + "</tr>" for r in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>" if rows else "<p>None.</p>"


def _chart(points: list[dict], title: str) -> str:
    """Stages (or fact kinds) over time, one marker per source."""
    import plotly.graph_objects as go

    fig = go.Figure()
    by_doc: dict[str, list[dict]] = {}
    for p in points:
        by_doc.setdefault(p["source"], []).append(p)
    for source, pts in by_doc.items():
        fig.add_trace(go.Scatter(
            x=[p["x"] for p in pts], y=[p["y"] for p in pts], mode="markers", name=source,
            marker={"size": 12}, text=[p["hover"] for p in pts], hovertemplate="%{text}<extra>%{fullData.name}</extra>",
        ))
    rows = [s for s in STAGES if any(p["y"] == s for p in points)] or sorted({p["y"] for p in points})
    fig.update_layout(title=title, height=160 + 60 * len(rows), margin={"l": 110, "r": 20, "t": 50, "b": 40},
                      yaxis={"categoryorder": "array", "categoryarray": rows, "type": "category"},
                      xaxis={"type": "date", "title": "date"}, legend={"title": {"text": "source"}})
    return fig.to_html(full_html=False, include_plotlyjs=True, config={"displaylogo": False})


def _sources(conn: sqlite3.Connection, doc_ids: set[str]) -> list[dict]:
    if not doc_ids:
        return []
    ids = sorted(doc_ids)
    marks = ",".join("?" * len(ids))
    return [dict(r) for r in conn.execute(
        f"select id as document, title, outlet, published, lang from documents where id in ({marks})"
        " order by published, id", ids)]


def _point(date: Optional[str], end: Optional[str]) -> Optional[str]:
    lo, _ = bounds(date, end) if date else (None, None)
    return lo


def build(conn: sqlite3.Connection, *, system: Optional[str] = None, entity: Optional[str] = None) -> dict:
    """The report's parts as plain data (the HTML is rendered from this; tests read it)."""
    if system:
        ent = lookup.resolve(conn, system, ("weapon_system",), what="weapon system")
        rows = queries.deliveries(conn, system=system)
        statements = queries.statements(conn, about=system)
    else:
        ent = lookup.resolve(conn, entity)
        ids = lookup.expand_family(conn, ent["id"])
        rows = queries.deliveries(conn, entity_ids=ids)
        statements = queries.statements(conn, speaker_ids=ids) if ent["type"] in ("person", "organization") else []
        seen = {s["id"] for s in statements}
        statements += [s for s in queries.statements(conn, about=entity) if s["id"] not in seen]
    deals = queries.lifecycle(rows, queries.denials_by_deal(conn))
    for deal in deals:
        deal["disputes"] = deal["disputed"]
    stages = []
    for r in rows:
        stages.append({**r, "deal": f"{r['supplier']} → {r['recipient']}: {r['system']}"})
    docs = {r["document"] for r in rows} | {s["document"] for s in statements}
    sources = _sources(conn, docs)
    for s in sources:
        s["label"] = " ".join(x for x in (s["outlet"], s["published"]) if x) or s["document"]
    return {"subject": ent["name"], "type": ent["type"], "deals": deals, "stages": stages,
            "statements": statements, "sources": sources}


CSS = """body{font:15px/1.45 system-ui,sans-serif;margin:2em auto;max-width:1100px;padding:0 1em;color:#222}
table{border-collapse:collapse;width:100%;margin:.5em 0 1.5em}th,td{border-bottom:1px solid #ddd;padding:4px 6px;
text-align:left;vertical-align:top}th{background:#f4f4f4}.disputed{color:#a00;font-weight:600}small{color:#666}"""


def render(data: dict) -> str:
    points = []
    label = {s["document"]: f"{s['label']} ({s['document'][:12]})" for s in data["sources"]}
    for s in data["stages"]:
        x = _point(s["date"], s.get("date_end"))
        if x:
            points.append({"x": x, "y": s["status"], "source": label.get(s["document"], s["document"]),
                           "hover": f"{s['deal']} — {s['status']} {s['date']}<br>{_e((s.get('sentence') or '')[:200])}"})
    chart = _chart(points, f"Stages of the deals for {data['subject']}") if points else "<p>No dated stages.</p>"
    disputed = [f"<li class='disputed'>{_e(d['system'])} ({_e(d['recipient'])}): {_e(x)}</li>"
                for d in data["deals"] for x in d["disputes"]]
    now = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    parts = [
        "<!doctype html><html><head><meta charset='utf-8'>",
        f"<title>bellink report: {_e(data['subject'])}</title><style>{CSS}</style></head><body>",
        f"<h1>{_e(data['subject'])}</h1><p><small>{_e(data['type'])} · made by bellink on {now} · "
        f"{len(data['stages'])} delivery facts, {len(data['statements'])} statements, "
        f"{len(data['sources'])} sources</small></p>",
        "<h2>Deals over time</h2>", chart,
        "<h2>Disputed between sources</h2>", f"<ul>{''.join(disputed)}</ul>" if disputed else "<p>None found.</p>",
        "<h2>Deals</h2>", _table(data["deals"], [("supplier", "supplier"), ("recipient", "recipient"),
                                                  ("system", "system"), ("furthest_status", "furthest stage"),
                                                  ("first", "first"), ("last", "last")]),
        "<h2>Stages and their evidence</h2>",
        _table(data["stages"], [("date", "date"), ("deal", "deal"), ("status", "stage"), ("quantity", "quantity"),
                                ("unit", "unit"), ("document", "source"), ("sentence", "sentence")]),
        "<h2>Statements</h2>",
        _table(data["statements"], [("date", "date"), ("speaker", "speaker"), ("text", "statement"),
                                    ("document", "source")]),
        "<h2>Sources</h2>",
        _table(data["sources"], [("document", "document"), ("published", "published"), ("outlet", "outlet"),
                                 ("lang", "language"), ("title", "title")]),
        "</body></html>",
    ]
    return "\n".join(parts)
