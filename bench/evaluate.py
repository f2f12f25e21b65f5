"""Evaluate bellink against the hand-annotated gold standard in bench/gold/.

    python bench/evaluate.py                 # figures, misses and false positives
    python bench/evaluate.py --json          # the figures as JSON
    python bench/evaluate.py --update-ratchet  # raise bench/ratchet.json to today's figures

Ingests the gold corpus (the five seeds and bench/gold/articles) into a
temporary database with the real pipeline, then compares, per document:

* statements: a system statement matches a gold one when its text contains the
  gold key phrase; span P/R/F1 counts those matches, "speaker+span" also needs
  the speaker to resolve to the gold speaker (unknown must stay unknown);
* deliveries: a row can stand for a gold item with the same system (same entity, or one is
  the other's family), supplier, recipient and status; per document the rows are assigned to
  gold items by the best assignment (the most pairs, then the most right on quantity and date),
  not first-come; quantity and date are scored on the pairs;
* other events: matched on kind and an overlapping participant/entity;
* dates: gold time expressions against stored ones (exact value, and "within
  precision": the stored range overlaps the gold one);
* entities: every gold surface form must be a mention resolving to the gold
  entity (looked up by name through bellink's own name lookup);
* per phenomenon: news gold statements and deliveries carry ``phenomena`` tags
  (the constructions of the "real news" issue: office_only, followup,
  quantity_words, multi_stage, ...); each tag, and each language, gets how many
  gold items carry it, how many were found, and how many came out right (the
  speaker for a statement; quantity and date for a delivery);
* rows that must never exist: a gold file's ``not_deliveries`` list what reads
  like a delivery but is not (a halted deal, a carrier, forces at an exercise,
  stationed forces, ...); a delivery row not in the gold whose sentence holds
  one of them, for the same system, is counted as ``deliveries_never``.

Gold names are resolved with the same lookup users get, so the evaluation
never depends on internal keys.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "bench" / "gold"
HELDOUT = ROOT / "bench" / "heldout"  # articles nobody tuned extraction on
# News-form corpora (issue "Real news"): written in the forms real reports take, gold written
# before bellink saw them. ``dev`` may be tuned on; ``heldout`` was written by someone who never
# saw the code and must not be tuned on.
NEWS_DEV = ROOT / "bench" / "news" / "dev"
NEWS_HELDOUT = ROOT / "bench" / "news" / "heldout"
# A second held-out set, written after someone outside the rule work had read the first
# held-out set's errors (so the first one measures less honestly from then on).
NEWS_HELDOUT2 = ROOT / "bench" / "news" / "heldout2"
NEWS_HELDOUT3 = ROOT / "bench" / "news" / "heldout3"  # fresh again once heldout2's errors were read
NEWS_HELDOUT4 = ROOT / "bench" / "news" / "heldout4"  # fresh again once heldout3 was opened for rule work
NEWS_HELDOUT5 = ROOT / "bench" / "news" / "heldout5"  # written in the ninth session, before heldout4's errors are read
NEWS_HELDOUT6 = ROOT / "bench" / "news" / "heldout6"  # written in the eleventh session by writers who saw neither code nor errors
NEWS_HELDOUT7 = ROOT / "bench" / "news" / "heldout7"  # written in the twelfth session after reading real coverage, never read here
NEWS_HELDOUT8 = ROOT / "bench" / "news" / "heldout8"  # written in the nineteenth session: denials, doubts, conditions; never read here
NEWS_HELDOUT9 = ROOT / "bench" / "news" / "heldout9"  # written in the twentieth session: quantities and dates of deliveries; never read here
NEWS_DEV2 = ROOT / "bench" / "news" / "dev2"  # written blind in the twelfth session, open for rule work and training
NEWS_DEV3 = ROOT / "bench" / "news" / "dev3"  # likewise, 60 articles after reading real coverage first
RATCHET = ROOT / "bench" / "ratchet.json"


def _norm(s: str) -> str:
    s = re.sub(r"[«»“”„\"'’]", "", s or "")
    # a key phrase copied with the comma or full stop that closed the quote ("..., being considered,”") is the same
    # content as the statement stored without it: punctuation at the phrase's edges is not content
    return re.sub(r"\s+", " ", s).strip(" ,.;:!?…—–").lower()


def prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


class Resolver:
    def __init__(self, conn):
        from bellink import lookup

        self.conn = conn
        self.lookup = lookup
        self.cache: dict = {}

    def ids(self, name, types=None):
        """Entity ids a gold name stands for (empty when bellink does not know it). ``types`` looks the name up among
        entities of those types first: a delivery's system is a weapon system, so "Ural" is the Ural-4320 truck and
        not an organization some article's «Урал» was taken for; without a typed match the name is looked up as is."""
        if not name:
            return set()
        key = (name, types)
        if key not in self.cache:
            rows = self.lookup.find_entities(self.conn, name, types) if types else []
            if not rows:
                rows = self.lookup.find_entities(self.conn, name)
            self.cache[key] = {r["id"] for r in rows}
        return self.cache[key]

    def family(self, entity_id):
        row = self.conn.execute("select family_id from entities where id = ?", (entity_id,)).fetchone()
        return row[0] if row else None


def ingest_gold(db: Path, gold: Path = GOLD) -> None:
    from click.testing import CliRunner

    from bellink.cli import cli
    from bellink.resources import resource_dir

    corpus = [str(gold / "articles")] if (gold / "articles").is_dir() else []
    if gold == GOLD:
        corpus.insert(0, str(resource_dir("seeds")))
    result = CliRunner().invoke(cli, ["--db", str(db), "ingest", *corpus, "--json"])
    if result.exit_code != 0:
        raise SystemExit(f"ingest of the gold corpus failed:\n{result.output}")


def evaluate(db: Path, gold: Path = GOLD) -> dict:
    from bellink.db import open_db

    conn = open_db(db, must_exist=True)
    res = Resolver(conn)
    figures: dict = {}
    report: dict = {"misses": [], "false_positives": [], "qd": []}
    gold_docs = [json.loads(f.read_text(encoding="utf-8")) for f in sorted(gold.glob("*.json"))]
    known = {r[0] for r in conn.execute("select id from documents")}

    st = {"span": [0, 0, 0], "speaker": [0, 0, 0], "direct_ok": 0, "matched": 0, "date_ok": 0, "date_within": 0,
          "named": 0, "named_ok": 0, "named_unknown": 0, "named_wrong": 0}
    dl = {"all": [0, 0, 0], "qty_ok": 0, "date_ok": 0, "date_within": 0, "matched": 0, "full": 0, "gold": 0}
    report["rules"] = {}
    ev = {k: [0, 0, 0] for k in ("meeting", "exercise", "deployment", "agreement")}
    tx = {"exact": [0, 0, 0], "within": [0, 0, 0]}
    en = {"forms": [0, 0, 0]}
    dl["never"] = 0
    phenomena: dict = {"statements": {}, "deliveries": {}}

    for g in gold_docs:
        doc = g["document"]
        if doc not in known:
            report["misses"].append(f"{doc}: document not ingested")
            continue
        _statements(conn, res, g, st, report, phenomena["statements"])
        _deliveries(conn, res, g, dl, report, phenomena["deliveries"])
        for kind, key in (("meeting", "meetings"), ("exercise", "exercises"), ("deployment", "deployments"),
                          ("agreement", "agreements")):
            _events(conn, res, g, kind, g.get(key, []), ev[kind], report)
        _timexes(conn, g, tx, report)
        _entities(conn, res, g, en, report)

    figures["statements_span"] = prf(*st["span"])
    figures["statements_speaker_span"] = prf(*st["speaker"])
    figures["statements_direct_accuracy"] = round(st["direct_ok"] / st["matched"], 4) if st["matched"] else 0.0
    figures["statements_date_exact"] = round(st["date_ok"] / st["matched"], 4) if st["matched"] else 0.0
    figures["deliveries"] = prf(*dl["all"])
    figures["deliveries_quantity_accuracy"] = round(dl["qty_ok"] / dl["matched"], 4) if dl["matched"] else 0.0
    figures["deliveries_date_within"] = round(dl["date_within"] / dl["matched"], 4) if dl["matched"] else 0.0
    # the share of ALL gold deliveries found with the right stage, quantity and date: what an analyst
    # can use without checking the number or the date by hand
    figures["deliveries_quantity_and_date_of_gold"] = round(dl["full"] / dl["gold"], 4) if dl["gold"] else 1.0
    # of the gold statements found whose gold speaker is named, the share given the right speaker
    figures["statements_speaker_named"] = round(st["named_ok"] / st["named"], 4) if st["named"] else 1.0
    report["counts"] = {"statements_speaker_unknown": st["named_unknown"],
                        "statements_speaker_wrong": st["named_wrong"],
                        "deliveries_false_positive": dl["all"][1],
                        "deliveries_never": dl["never"]}
    report["phenomena"] = phenomena
    for kind, counts in ev.items():
        figures[f"{kind}s"] = prf(*counts)
    figures["dates_exact"] = prf(*tx["exact"])
    figures["dates_within_precision"] = prf(*tx["within"])
    figures["entities_resolution"] = prf(*en["forms"])
    # Shares over MATCHED items (quantity right among the deliveries found, ...) fall when recall rises
    # and the new match is imperfect: the ratchet watches the same counts over ALL gold items instead,
    # which only rise when more facts come out right, plus the share of gold statements NOT given a
    # wrong speaker, so a recall gain can never hide a wrong speaker.
    n_st = st["span"][0] + st["span"][2]
    guards = {
        "statements_direct_of_gold": (st["direct_ok"], n_st),
        "statements_date_exact_of_gold": (st["date_ok"], n_st),
        "statements_speaker_named_of_gold": (st["named_ok"], n_st),
        "statements_speaker_not_wrong_of_gold": (n_st - st["named_wrong"], n_st),
        "deliveries_quantity_of_gold": (dl["qty_ok"], dl["gold"]),
        "deliveries_date_within_of_gold": (dl["date_within"], dl["gold"]),
    }
    report["guards"] = {k: round(a / b, 4) if b else 1.0 for k, (a, b) in guards.items()}
    # raw counts, so several sets' figures can be pooled (pooled(): one figure over the closed sets)
    report["pool"] = {"statements": list(st["span"]), "deliveries": list(dl["all"]), "full": dl["full"],
                      "gold": dl["gold"], "named_ok": st["named_ok"], "named": st["named"],
                      "wrong": st["named_wrong"], "never": dl["never"]}
    conn.close()
    return {"figures": figures, **report}


def _tally(table: dict, g: dict, item: dict, found: bool, right: bool) -> None:
    """Count a gold item under each of its phenomenon tags and its article's language."""
    for tag in [*item.get("phenomena", ()), f"lang:{g.get('lang') or '?'}"]:
        t = table.setdefault(tag, {"gold": 0, "found": 0, "right": 0})
        t["gold"] += 1
        t["found"] += int(found)
        t["right"] += int(right)


def _statements(conn, res, g, st, report, phenomena):
    doc = g["document"]
    rows = conn.execute(
        f"select id, speaker_id, text, direct, date, date_end, {_details_col(conn, 'statements')} as details"
        " from statements where document_id = ? order by start, id", (doc,)  # a fixed order, as below
    ).fetchall()
    used = set()
    for gs in g.get("statements", []):
        phrase = _norm(gs["key_phrase"])
        match = next((r for r in rows if r["id"] not in used and phrase in _norm(r["text"])), None)
        if match is None:
            st["span"][2] += 1
            st["speaker"][2] += 1
            report["misses"].append(f"{doc}: statement by {gs['speaker']}: “{gs['key_phrase']}”")
            _tally(phenomena, g, gs, False, False)
            continue
        used.add(match["id"])
        st["span"][0] += 1
        st["matched"] += 1
        gold_ids = res.ids(gs["speaker"])
        ok = (match["speaker_id"] is None) if gs["speaker"] is None else (match["speaker_id"] in gold_ids)
        if gs["speaker"] is not None:
            st["named"] += 1
            if ok:
                st["named_ok"] += 1
            elif match["speaker_id"] is None:
                st["named_unknown"] += 1
            else:
                st["named_wrong"] += 1
        _rule(report, "statement", match["details"], ok)
        _tally(phenomena, g, gs, True, ok)
        if ok:
            st["speaker"][0] += 1
        else:
            st["speaker"][1] += 1
            st["speaker"][2] += 1
            who = conn.execute("select name from entities where id = ?", (match["speaker_id"],)).fetchone()
            report["false_positives"].append(
                f"{doc}: wrong speaker {who[0] if who else 'unknown'} (gold {gs['speaker']}) for “{gs['key_phrase']}”")
        st["direct_ok"] += int(bool(match["direct"]) == bool(gs["direct"]))
        st["date_ok"] += int((match["date"] or "") == (gs.get("date") or ""))
    for r in rows:
        if r["id"] not in used:
            st["span"][1] += 1
            st["speaker"][1] += 1
            _rule(report, "statement", r["details"], False)
            report["false_positives"].append(f"{doc}: statement not in gold: “{r['text'][:90]}”")


def _details_col(conn, table: str) -> str:
    cols = {r[1] for r in conn.execute(f"pragma table_info({table})")}
    return "details" if "details" in cols else "null"


def _rule(report, kind: str, details, ok: bool) -> None:
    """Tally right and wrong facts per construction (the ``rule`` a fact records in its details)."""
    try:
        rule = (json.loads(details) or {}).get("rule") if details else None
    except (TypeError, ValueError):
        rule = None
    tally = report["rules"].setdefault(f"{kind}:{rule or '?'}", {"right": 0, "wrong": 0})
    tally["right" if ok else "wrong"] += 1


SYSTEM = ("weapon_system",)


def _ids_match(res, gold_name, system_ids, types=None) -> bool:
    gold = res.ids(gold_name, types)
    if not gold:
        return False
    for sid in system_ids:
        if sid in gold or res.family(sid) in gold or any(res.family(g) == sid for g in gold):
            return True
    return False


def _event_roles(conn, event_id) -> dict:
    out: dict = {}
    for role, eid in conn.execute("select role, entity_id from event_entities where event_id = ?", (event_id,)):
        out.setdefault(role, set()).add(eid)
    return out


def _within(conn, value, end, gold_value, gold_end=None) -> bool:
    from bellink.dates import bounds

    if not value or not gold_value:
        return False
    lo, hi = bounds(value, end)
    glo, ghi = bounds(gold_value, gold_end)
    return lo <= ghi and glo <= hi


def best_assignment(n_gold: int, n_rows: int, weight) -> dict:
    """Gold index -> row index: the most pairs, and among those the heaviest (``weight(i, j)``).

    ``weight(i, j)`` is None when row j cannot stand for gold item i (another stage, system or
    party), else a non-negative score. Matching first-come would let an early row take the gold
    item a later row fits better (two batches of one system at two dates both scored wrong).
    """
    import networkx as nx

    graph = nx.Graph()
    for i in range(n_gold):
        for j in range(n_rows):
            w = weight(i, j)
            if w is not None:
                graph.add_edge(("g", i), ("r", j), weight=1 + w)
    pairs = nx.max_weight_matching(graph, maxcardinality=True)
    out = {}
    for a, b in pairs:
        (_, i), (_, j) = (a, b) if a[0] == "g" else (b, a)
        out[i] = j
    return out


def _date_right(value, end, gold_value, gold_end=None) -> bool:
    """Is a row's date right for the gold's? The row lies inside the gold's span (a period's gold runs to its
    ``date_end``: "during May and June" -> 2023-05..2023-06, a row dated in May is right); or the gold lies inside
    the row and the row is no coarser than a year ("2016" for "May 2016") or starts where the gold does ("since
    October" to the report for October). A row that only overlaps the gold ("November 2014 to November 2015" for
    2014, "the last week" straddling two months) or spans years past it is not right: ``_within`` (overlap) still
    measures ``deliveries_date_within``."""
    from datetime import date

    from bellink.dates import bounds

    if not value or not gold_value:
        return False
    lo, hi = bounds(value, end)
    glo, ghi = bounds(gold_value, gold_end)
    if glo <= lo and hi <= ghi:
        return True
    if lo <= glo and ghi <= hi:
        return lo == glo or (date.fromisoformat(hi) - date.fromisoformat(lo)).days <= 366
    return False


def _delivery_scores(conn, match, gd):
    """(quantity right, date right, date within) of an output row read as a gold delivery."""
    gq = gd.get("quantity")
    qty_ok = (gq is None and match["quantity"] is None) or (gq is not None and match["quantity"] == gq)
    within = _within(conn, match["date"], match["date_end"], gd.get("date"), gd.get("date_end"))
    date_ok = _date_right(match["date"], match["date_end"], gd.get("date"), gd.get("date_end")) if gd.get("date") \
        else True
    return qty_ok, date_ok, within


def _deliveries(conn, res, g, dl, report, phenomena):
    doc = g["document"]
    rows = conn.execute(
        "select e.id, e.status, e.quantity, e.unit, e.date, e.date_end, e.date_precision, e.summary, e.details,"
        " s.text as sentence"
        " from events e left join sentences s on s.id = e.sentence_id"
        " where e.document_id = ? and e.kind = 'delivery' order by e.id",
        (doc,),
    ).fetchall()
    golds = g.get("deliveries", [])
    roles = [_event_roles(conn, r["id"]) for r in rows]

    def weight(i, j):
        gd, r = golds[i], rows[j]
        if not (r["status"] == gd["status"] and _ids_match(res, gd["system"], roles[j].get("system", ()), SYSTEM)
                and (gd["supplier"] is None or _ids_match(res, gd["supplier"], roles[j].get("supplier", ())))
                and (gd["recipient"] is None or _ids_match(res, gd["recipient"], roles[j].get("recipient", ())))):
            return None
        qty_ok, date_ok, within = _delivery_scores(conn, r, gd)
        # right on both first, then on the quantity, then on the date
        return 100 * int(qty_ok and date_ok) + 10 * int(qty_ok) + int(date_ok) + int(within)

    assigned = best_assignment(len(golds), len(rows), weight)
    used = {rows[j]["id"] for j in assigned.values()}
    for i, gd in enumerate(golds):
        dl["gold"] += 1
        match = rows[assigned[i]] if i in assigned else None
        if match is None:
            dl["all"][2] += 1
            report["misses"].append(
                f"{doc}: delivery {gd['supplier']} → {gd['recipient']}: {gd['system']} ({gd['status']})")
            _tally(phenomena, g, gd, False, False)
            continue
        dl["all"][0] += 1
        dl["matched"] += 1
        gq = gd.get("quantity")
        qty_ok, date_ok, within = _delivery_scores(conn, match, gd)
        dl["qty_ok"] += int(qty_ok)
        dl["date_within"] += int(within)
        dl["full"] += int(qty_ok and date_ok)
        _rule(report, "delivery", match["details"], qty_ok and date_ok)
        _tally(phenomena, g, gd, True, qty_ok and date_ok)
        if not (qty_ok and date_ok):
            report["qd"].append(_qd_entry(doc, gd, match, qty_ok, date_ok))
            report["false_positives"].append(
                f"{doc}: delivery {gd['system']} ({gd['status']}) found with quantity {match['quantity']} "
                f"date {match['date']} (gold {gq} {gd.get('date')})")
    for r in rows:
        if r["id"] not in used:
            _rule(report, "delivery", r["details"], False)
            dl["all"][1] += 1
            never = _never(res, g, r, _event_roles(conn, r["id"]).get("system", ()))
            dl["never"] += int(never is not None)
            report["false_positives"].append(f"{doc}: delivery not in gold: {r['summary']}"
                                             + (f" (must never exist: {never})" if never else ""))


def _qd_entry(doc, gd, row, qty_ok: bool, date_ok: bool) -> dict:
    """A matched delivery whose quantity or date differs from the gold's, with both sides and both sentences."""
    try:
        rule = (json.loads(row["details"]) or {}).get("rule") if row["details"] else None
    except (TypeError, ValueError):
        rule = None
    return {"document": doc, "system": gd["system"], "status": gd["status"],
            "wrong": ("" if qty_ok else "Q") + ("" if date_ok else "D"),
            "gold": {"quantity": gd.get("quantity"), "unit": gd.get("unit"), "date": gd.get("date"),
                     "date_end": gd.get("date_end"), "precision": gd.get("date_precision")},
            "found": {"quantity": row["quantity"], "unit": row["unit"], "date": row["date"],
                      "date_end": row["date_end"], "precision": row["date_precision"]},
            "rule": rule, "gold_evidence": gd.get("evidence"), "sentence": row["sentence"]}


def _print_qd(entries: list) -> None:
    """The ``--qd`` listing: every matched delivery whose quantity or date is wrong."""
    def side(d):
        date = d["date"] or "-"
        if d.get("date_end"):
            date += ".." + d["date_end"]
        return f"{d['quantity']} {d['unit'] or ''} | {date} ({d['precision'] or '-'})"

    print(f"\nQuantity/date wrong on matched deliveries ({len(entries)}):")
    for e in entries:
        print(f"  [{e['wrong']:2}] {e['document']}: {e['system']} ({e['status']}) rule {e['rule']}")
        print(f"       gold  {side(e['gold'])}")
        print(f"       found {side(e['found'])}")
        print(f"       gold evidence: {e['gold_evidence']}")
        if e["sentence"] and _norm(e["gold_evidence"] or "") not in _norm(e["sentence"]):
            print(f"       row sentence:  {e['sentence']}")


def _never(res, g, row, system_ids):
    """The reason a spurious delivery row is one the gold says must never exist, else None.

    It is when the row's sentence holds a passage of the gold's ``not_deliveries`` (or lies inside
    one that spans sentences) about the same system, or about no system in particular.
    """
    sentence = _norm(row["sentence"] or "")
    for nd in g.get("not_deliveries", ()):
        evidence = _norm(nd.get("evidence") or "")
        if not evidence or not sentence or (evidence not in sentence and sentence not in evidence):
            continue
        if nd.get("system") is None or _ids_match(res, nd["system"], system_ids, SYSTEM):
            return nd.get("reason") or "other"
    return None


def _events(conn, res, g, kind, gold_items, counts, report):
    doc = g["document"]
    # in a fixed order (the first unused row that matches is taken): the order the plan by document gave
    rows = conn.execute("select id, summary from events where document_id = ? and kind = ? order by id",
                        (doc, kind)).fetchall()
    used = set()
    for gi in gold_items:
        names = list(gi.get("participants", [])) + [gi.get(k) for k in ("name", "what", "where", "place", "location",
                                                                        "country") if gi.get(k)]
        names += list(gi.get("parties", []))
        match = None
        for r in rows:
            if r["id"] in used:
                continue
            ids = {e for s in _event_roles(conn, r["id"]).values() for e in s}
            if any(_ids_match(res, n, ids) for n in names):
                match = r
                break
        if match is None:
            counts[2] += 1
            report["misses"].append(f"{doc}: {kind}: {gi.get('evidence', names)[:90]}")
        else:
            used.add(match["id"])
            counts[0] += 1
    for r in rows:
        if r["id"] not in used:
            counts[1] += 1
            report["false_positives"].append(f"{doc}: {kind} not in gold: {r['summary']}")


def _timexes(conn, g, tx, report):
    doc = g["document"]
    rows = conn.execute("select text, value, value_end from timexes where document_id = ?", (doc,)).fetchall()
    used = set()
    for gt in g.get("timexes", []):
        gtext = _norm(gt["text"])
        idx = next((i for i, r in enumerate(rows) if i not in used and
                    (gtext in _norm(r["text"]) or _norm(r["text"]) in gtext)), None)
        if idx is None:
            tx["exact"][2] += 1
            tx["within"][2] += 1
            report["misses"].append(f"{doc}: date “{gt['text']}” = {gt['value']}")
            continue
        used.add(idx)
        r = rows[idx]
        if r["value"] == gt["value"] and (r["value_end"] or None) == (gt.get("end") or None):
            tx["exact"][0] += 1
        else:
            tx["exact"][1] += 1
            tx["exact"][2] += 1
            report["false_positives"].append(f"{doc}: date “{gt['text']}” stored as {r['value']} (gold {gt['value']})")
        if _within(conn, r["value"], r["value_end"], gt["value"], gt.get("end")):
            tx["within"][0] += 1
        else:
            tx["within"][1] += 1
            tx["within"][2] += 1
    extra = len(rows) - len(used)
    tx["exact"][1] += extra
    tx["within"][1] += extra


def _entities(conn, res, g, en, report):
    doc = g["document"]
    mentions = conn.execute("select text, entity_id from mentions where document_id = ?", (doc,)).fetchall()
    by_text: dict = {}
    for m in mentions:
        by_text.setdefault(m["text"], set()).add(m["entity_id"])
    for ge in g.get("entities", []):
        gold_ids = res.ids(ge["name"])
        for form in ge.get("forms", []):
            got = by_text.get(form, set())
            if got and (got & gold_ids or any(res.family(x) in gold_ids for x in got)):
                en["forms"][0] += 1
            elif got:
                en["forms"][1] += 1
                en["forms"][2] += 1
                names = [conn.execute("select name from entities where id = ?", (x,)).fetchone()[0] for x in got]
                report["false_positives"].append(f"{doc}: “{form}” resolved to {names} (gold {ge['name']})")
            else:
                en["forms"][2] += 1
                report["misses"].append(f"{doc}: entity form “{form}” ({ge['name']})")


# shares over matched items only: reported, but ratcheted through their "_of_gold" guards (see run())
CONDITIONAL = {"statements_direct_accuracy", "statements_date_exact", "statements_speaker_named",
               "deliveries_quantity_accuracy", "deliveries_date_within"}


def flatten(figures: dict, guards: dict | None = None) -> dict:
    """The numbers the ratchet watches: every P/R/F1, every share over all gold items."""
    flat = {}
    for name, value in figures.items():
        if isinstance(value, dict):
            for k in ("precision", "recall", "f1"):
                flat[f"{name}.{k}"] = value[k]
        elif name not in CONDITIONAL:
            flat[name] = value
    flat.update(guards or {})
    return flat


def run(gold: Path = GOLD) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "gold.db"
        ingest_gold(db, gold)
        return evaluate(db, gold)


def gold_sets() -> list[tuple[str, Path]]:
    """(ratchet prefix, folder): the tuned gold set, and the held-out one when present."""
    sets = [("", GOLD)]
    for prefix, folder in (("heldout.", HELDOUT), ("news_dev.", NEWS_DEV), ("news_heldout.", NEWS_HELDOUT),
                           ("news_heldout2.", NEWS_HELDOUT2), ("news_heldout3.", NEWS_HELDOUT3),
                           ("news_heldout4.", NEWS_HELDOUT4), ("news_heldout5.", NEWS_HELDOUT5),
                           ("news_heldout6.", NEWS_HELDOUT6), ("news_heldout7.", NEWS_HELDOUT7),
                           ("news_heldout8.", NEWS_HELDOUT8), ("news_heldout9.", NEWS_HELDOUT9),
                           ("news_dev2.", NEWS_DEV2), ("news_dev3.", NEWS_DEV3)):
        if folder.is_dir() and any(folder.glob("*.json")):
            sets.append((prefix, folder))
    return sets


def run_all() -> dict:
    """Flat figures over every gold set, keyed as in the ratchet."""
    flat = {}
    for prefix, folder in gold_sets():
        result = run(folder)
        flat.update({prefix + k: v for k, v in flatten(result["figures"], result.get("guards")).items()})
    return flat


TITLES = {
    "gold": "tuned on",
    "heldout": "held out: nobody tuned on it",
    "news_dev": "news-form development set: may be tuned on",
    "news_heldout": "news-form held-out set: written without the code, nobody tunes on it",
    "news_heldout2": "second news-form held-out set: written without the code; its errors were read in the sixth session",
    "news_heldout3": "third news-form set: written without the code; opened for rule work in the eighth session",
    "news_heldout4": "fourth news-form set: written without the code; opened for rule work in the tenth session",
    "news_heldout5": "fresh news-form held-out set (ninth session): written without the code or anyone's error reading",
    "news_heldout6": "fresh news-form held-out set (eleventh session): written without the code or anyone's error reading",
    "news_heldout7": "fresh news-form held-out set (twelfth session): written without the code or anyone's error reading",
    "news_heldout8": "fresh news-form held-out set (nineteenth session): denials, doubts, conditions and expectations beside true deliveries; written and checked without the code",
    "news_heldout9": "fresh news-form held-out set (twentieth session): quantities and dates of deliveries in reporters' words; written and checked without the code",
    "news_dev2": "second news-form development set (twelfth session): written blind, opened for rule work and training",
    "news_dev3": "third news-form development set (twelfth session): written blind after reading real coverage, open for rule work and training",
}

# Sets whose misses and false positives are printed for rule work. Every other set is held out: its
# figures are printed, its errors only with --show-heldout-errors (and never with --figures-only),
# in the text and the --json output alike.
OPEN_SETS = {"gold", "news_dev", "news_heldout3", "news_heldout4", "news_dev2", "news_dev3"}


def _print(title: str, result: dict, qd: bool = False) -> None:
    print(f"== {title}")
    print(f"{'figure':42} {'P':>7} {'R':>7} {'F1':>7}   tp/fp/fn")
    for name, v in result["figures"].items():
        if isinstance(v, dict):
            print(f"{name:42} {v['precision']:7.3f} {v['recall']:7.3f} {v['f1']:7.3f}   {v['tp']}/{v['fp']}/{v['fn']}")
        else:
            print(f"{name:42} {'':7} {'':7} {v:7.3f}")
    for name, n in result.get("counts", {}).items():
        print(f"{name:42} {'':7} {'':7} {n:7d}")
    for kind, right in (("statements", "speaker right"), ("deliveries", "quantity and date right")):
        table = result.get("phenomena", {}).get(kind)
        if table:
            print(f"\n{kind.capitalize()} per phenomenon (gold / found / {right}):")
            for tag, t in sorted(table.items(), key=lambda kv: (kv[0].startswith("lang:"), kv[0])):
                print(f"  {tag:40} {t['gold']:4d} / {t['found']:4d} / {t['right']:4d}"
                      f"   found {t['found'] / t['gold']:.2f}, right {t['right'] / t['gold']:.2f}")
    if result.get("rules"):
        print("\nPer construction (right / wrong):")
        for rule, t in sorted(result["rules"].items()):
            print(f"  {rule:50} {t['right']:4d} / {t['wrong']:d}")
    if qd and result.get("qd"):
        _print_qd(result["qd"])
    print(f"\nMisses ({len(result['misses'])}):")
    for line in result["misses"]:
        print("  - " + line)
    print(f"\nFalse positives ({len(result['false_positives'])}):")
    for line in result["false_positives"]:
        print("  - " + line)
    print()


# The closed news-form sets written blind since the ninth session: their pooled figures are the honest measure of
# a change (one set of 30 articles moves by a few rows; three together are steadier).
POOL = ("news_heldout5", "news_heldout6", "news_heldout7")
# heldout8 (nineteenth session) measures denials, doubts and conditions the older sets hardly hold; the first pool
# stays as it was so figures compare across sessions, and a second line adds heldout8 to it.
POOL_WIDE = POOL + ("news_heldout8",)
# heldout9 (twentieth session) is built around the quantities and dates of deliveries (issue 12's furthest goal); a
# third line adds it, so the two lines above still compare with earlier sessions.
POOL_ALL = POOL_WIDE + ("news_heldout9",)


def pooled(results: dict, names=POOL) -> dict | None:
    """Figures over several sets' raw counts together (None unless every named set was scored)."""
    if not all(n in results and "pool" in results[n] for n in names):
        return None
    counts = [results[n]["pool"] for n in names]
    total = {k: [sum(c[k][i] for c in counts) for i in range(3)] if isinstance(v, list) else sum(c[k] for c in counts)
             for k, v in counts[0].items()}
    return {"statements": prf(*total["statements"]), "deliveries": prf(*total["deliveries"]),
            "statements_speaker_named": round(total["named_ok"] / total["named"], 4) if total["named"] else 1.0,
            "statements_speaker_wrong": total["wrong"],
            "deliveries_quantity_and_date_of_gold": round(total["full"] / total["gold"], 4) if total["gold"] else 1.0,
            "deliveries_false_positive": total["deliveries"][1], "deliveries_never": total["never"]}


def _print_pool(pool: dict, names=POOL) -> None:
    print("== closed pool (" + " + ".join(names) + ")")
    for name in ("statements", "deliveries"):
        v = pool[name]
        print(f"{name:42} {v['precision']:7.3f} {v['recall']:7.3f} {v['f1']:7.3f}   {v['tp']}/{v['fp']}/{v['fn']}")
    for name in ("statements_speaker_named", "deliveries_quantity_and_date_of_gold"):
        print(f"{name:42} {'':7} {'':7} {pool[name]:7.3f}")
    for name in ("statements_speaker_wrong", "deliveries_false_positive", "deliveries_never"):
        print(f"{name:42} {'':7} {'':7} {pool[name]:7d}")
    print()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--update-ratchet", action="store_true", help="raise bench/ratchet.json to these figures")
    parser.add_argument("--only", metavar="SET", help="score one set: gold, heldout, news_dev, news_heldout, news_heldout2, news_heldout3, news_heldout4, news_heldout5, news_heldout6, news_heldout7, news_heldout8, news_heldout9, news_dev2 or news_dev3 "
                        "(work on rules with gold, news_dev, news_dev2, news_dev3, news_heldout3 and news_heldout4: the other sets' misses are not for reading)")
    parser.add_argument("--folder", metavar="DIR", type=Path,
                        help="score this folder of gold files (with articles/ and its manifest) instead of the sets: "
                             "a corpus of your own, or texts that may not be kept in the repository")
    parser.add_argument("--figures-only", action="store_true", help="print the figures without misses and false positives")
    parser.add_argument("--qd", action="store_true",
                        help="list every matched delivery whose quantity or date is wrong (gold and found quantity, unit, "
                             "date, precision, the evidence), for the open sets and --folder")
    parser.add_argument("--show-heldout-errors", action="store_true",
                        help="also list the held-out sets' misses and false positives (not for anyone tuning rules)")
    args = parser.parse_args(argv)
    flat: dict = {}
    results = {}
    sets = gold_sets()
    if args.folder:
        if not (args.folder.is_dir() and any(args.folder.glob("*.json")) and (args.folder / "articles").is_dir()):
            parser.error(f"{args.folder}: not a gold folder (gold *.json beside an articles/ folder)")
        if args.only or args.update_ratchet:
            parser.error("--folder scores one folder: without --only or --update-ratchet")
        name = args.folder.resolve().name
        result = run(args.folder)
        if args.figures_only:
            result = {**result, "misses": [], "false_positives": [], "rules": {}, "qd": []}
        if args.json:
            print(json.dumps({name: result}, ensure_ascii=False, indent=2))
        else:
            _print(f"{name} ({args.folder})", result, qd=args.qd)
        return 0
    if args.only:
        sets = [(p, f) for p, f in sets if (p.rstrip(".") or "gold") == args.only]
        if not sets:
            parser.error(f"no gold set named {args.only!r}")
        if args.update_ratchet:
            parser.error("--update-ratchet needs every set")
    for prefix, folder in sets:
        result = run(folder)
        results[prefix.rstrip(".") or "gold"] = result
        flat.update({prefix + k: v for k, v in flatten(result["figures"], result.get("guards")).items()})
    for name, result in results.items():
        if args.figures_only or (name not in OPEN_SETS and not args.show_heldout_errors):
            results[name] = {**result, "misses": [], "false_positives": [], "rules": {}, "qd": []}
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
    else:
        for name, result in results.items():
            _print(f"{name} ({TITLES.get(name, name)})", result, qd=args.qd)
        for names in (POOL, POOL_WIDE, POOL_ALL):
            pool = pooled(results, names)
            if pool:
                _print_pool(pool, names)
    if args.update_ratchet:
        old = json.loads(RATCHET.read_text()) if RATCHET.exists() else {}
        new = {k: max(v, old.get(k, 0.0)) for k, v in flat.items()}
        RATCHET.write_text(json.dumps(new, indent=2, sort_keys=True) + "\n")
        print(f"ratchet written to {RATCHET}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
