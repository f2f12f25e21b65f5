"""Why a gold delivery is missed when bellink wrote a row for its system: the cause table (issue 12).

    python bench/delivery_causes.py bench/news/dev3               # the cause table, then each miss beside its rows
    python bench/delivery_causes.py --counts bench/news/heldout6  # counts only (no text, no item): safe on a closed set

Each missed gold delivery (``bench/evaluate.py``'s assignment) is put in one class, from the rows of its document:

- ``wrong_stage``: a row for its system (or family) in its sentence, with the gold's parties, at another stage that no
  other gold delivery takes;
- ``second_stage``: such a row at another stage, but that row stands for another gold delivery (the sentence asserts
  two stages of one system and one row was written: "delivered last December and now on combat duty");
- ``merged``: a row at its stage with its parties stands for another gold delivery (two batches or two documents'
  mentions made one row);
- ``no_supplier`` / ``no_recipient``: a row at its stage lacks the side the gold names; ``wrong_side``: it names
  another country (``reversed``: the two sides swapped, a Belarus -> Russia flow read the other way);
- ``other_sentence``: no row in its sentence, a row for its system elsewhere at its stage (unmatched: the date or the
  quantity is not what made it miss);
- ``other_event``: no delivery row for its system, but another event (a deployment, an exercise, a denial) took the
  system in its sentence;
- ``not_taken``: its system is named in its sentence and nothing took it (the scorer's candidates: a guard, a negation,
  a condition or no cue);
- ``unnamed``: its sentence names no system (a cross-sentence reference: "the second pair arrived in May").
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import evaluate as ev  # noqa: E402

CLASSES = ("wrong_stage", "second_stage", "merged", "no_supplier", "no_recipient", "wrong_side", "reversed",
           "other_sentence", "other_event", "not_taken", "unnamed")


def _overlaps(evidence: str, sentence: str) -> bool:
    e, s = ev._norm(evidence), ev._norm(sentence)
    return bool(e and s) and (e in s or s in e)


def ingest(db: Path, folder: Path) -> list:
    """Ingest a gold folder in this process (``--jobs 1``), recording the scorer's candidates: per document and
    sentence, which systems are named and whether a construction took them."""
    from bellink.ingest.events.deliveries import learned

    import train_deliveries as td

    learned.RECORD = []
    try:
        td._ingest(db, folder)
        return learned.RECORD
    finally:
        learned.RECORD = None


def causes(db: Path, folder: Path, records: list) -> list:
    """(document, gold delivery, class, [rows of its system in its sentence]) per missed gold delivery."""
    from bellink.db import open_db

    conn = open_db(db, must_exist=True)
    res = ev.Resolver(conn)
    out = []
    for f in sorted(folder.glob("*.json")):
        g = json.loads(f.read_text(encoding="utf-8"))
        doc = g["document"]
        rows = conn.execute(
            "select e.id, e.status, e.quantity, e.date, e.date_end, e.summary, e.details, s.text as sentence"
            " from events e left join sentences s on s.id = e.sentence_id"
            " where e.document_id = ? and e.kind = 'delivery'", (doc,)).fetchall()
        golds = g.get("deliveries", [])
        roles = [ev._event_roles(conn, r["id"]) for r in rows]

        def party_ok(gd, j):
            return (gd["supplier"] is None or ev._ids_match(res, gd["supplier"], roles[j].get("supplier", ()))) and \
                (gd["recipient"] is None or ev._ids_match(res, gd["recipient"], roles[j].get("recipient", ())))

        def weight(i, j):
            gd, r = golds[i], rows[j]
            if not (r["status"] == gd["status"] and ev._ids_match(res, gd["system"], roles[j].get("system", ()), ev.SYSTEM)
                    and party_ok(gd, j)):
                return None
            qty_ok, date_ok, within = ev._delivery_scores(conn, r, gd)
            return 100 * int(qty_ok and date_ok) + 10 * int(qty_ok) + int(date_ok) + int(within)

        assigned = ev.best_assignment(len(golds), len(rows), weight)
        taken = set(assigned.values())
        for i, gd in enumerate(golds):
            if i in assigned:
                continue
            same = [j for j in range(len(rows)) if ev._ids_match(res, gd["system"], roles[j].get("system", ()), ev.SYSTEM)]
            here = [j for j in same if _overlaps(gd.get("evidence") or "", rows[j]["sentence"] or "")]
            cls = _classify(res, gd, rows, roles, here, same, taken, party_ok)
            shown = [rows[j] for j in here]
            if cls == "no_row":
                cands = [r for r in records if str(r["document"]) == str(doc) and _overlaps(gd.get("evidence") or "",
                         r["sentence"]) and ev._ids_match(res, gd["system"], [_id(conn, r["system"])], ev.SYSTEM)]
                cls = "unnamed" if not cands else "other_event" if any(r["taken"] for r in cands) else "not_taken"
                # the sentence nothing took, so a reader sees it beside the gold (no row of its own to show it)
                shown = [{"status": "none", "summary": "(no row)", "quantity": None, "date": None,
                          "sentence": cands[0]["sentence"]}] if cands else []
            out.append((doc, gd, cls, shown))
    conn.close()
    return out


def _id(conn, key):
    row = conn.execute("select id from entities where key = ?", (key,)).fetchone()
    return row[0] if row else None


def _classify(res, gd, rows, roles, here, same, taken, party_ok) -> str:
    staged = [j for j in here if rows[j]["status"] == gd["status"]]
    if staged:
        if any(party_ok(gd, j) for j in staged):
            return "merged"
        j = staged[0]
        sup, rec = roles[j].get("supplier", set()), roles[j].get("recipient", set())
        if gd["supplier"] and gd["recipient"] and ev._ids_match(res, gd["supplier"], rec) \
                and ev._ids_match(res, gd["recipient"], sup):
            return "reversed"
        if gd["supplier"] and not sup:
            return "no_supplier"
        if gd["recipient"] and not rec:
            return "no_recipient"
        return "wrong_side"
    if here:
        return "second_stage" if any(j in taken for j in here) else "wrong_stage"
    if any(rows[j]["status"] == gd["status"] for j in same):
        return "other_sentence"
    return "no_row"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, nargs="+")
    parser.add_argument("--counts", action="store_true", help="print the cause counts only (safe on a closed set)")
    args = parser.parse_args(argv)
    total: Counter = Counter()
    for folder in args.folder:
        with tempfile.TemporaryDirectory() as tmp:
            db = Path(tmp) / "gold.db"
            records = ingest(db, folder)
            found = causes(db, folder, records)
        counts = Counter(c for _, _, c, _ in found)
        total.update(counts)
        print(f"== {folder}: {len(found)} missed  " + "  ".join(f"{c} {counts[c]}" for c in CLASSES if counts[c]))
        if args.counts:
            continue
        for doc, gd, cls, here in sorted(found, key=lambda x: (CLASSES.index(x[2]), x[0])):
            print(f"\n[{cls}] {doc}: {gd['supplier']} → {gd['recipient']}: {gd['system']} ({gd['status']})"
                  f" q={gd.get('quantity')} d={gd.get('date')}")
            print(f"    gold evidence: {gd.get('evidence')}")
            for r in here:
                print(f"    row: {r['status']} | {r['summary']} | q={r['quantity']} d={r['date']}")
            if here:
                print(f"    sentence: {here[0]['sentence']}")
    if len(args.folder) > 1:
        print("== total  " + "  ".join(f"{c} {total[c]}" for c in CLASSES if total[c]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
