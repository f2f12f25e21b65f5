"""Train the delivery scorer (bellink/ingest/events/deliveries/learned.py) on the open gold sets, and measure it.

    python bench/train_deliveries.py --cv                # cross-validate by article: candidates right/wrong per threshold
    python bench/train_deliveries.py --cv --end-to-end   # and evaluate.py's delivery figures per threshold (~4 min)
    python bench/train_deliveries.py --write             # train on every open set, write bellink/kb/delivery_scorer.tsv
                                                         # (this switches the scorer on: see learned.py's docstring)
    python bench/train_deliveries.py --check             # train and compare with the written weights
    python bench/train_deliveries.py --reach bench/news/heldout6   # counts only: where a set's misses stand
    python bench/train_deliveries.py --cv --extra-open /work/realdev --extra-open /work/realdev2   # with real pages

``--extra-open DIR`` adds an open gold folder outside the repository (the annotated real pages) to the training and
cross-validation sets, named by its folder; ``--real-weight W`` makes each of its candidates count W times one of ours.
The repository's default (no option) trains on its own open sets only, so it never depends on a path outside it.

Candidates (``learned.candidates``) are recorded with their features while the real pipeline ingests each open set
in this process (``learned.RECORD``; nothing is proposed meanwhile). A candidate's label is the stage of a gold
delivery of its document whose evidence lies in (or holds) its sentence and whose system is the candidate's (or its
family), else "none"; its direction is "to_russia" when Russia receives. Two logistic regressions with an L2 penalty
(stages over every candidate, direction over those standing for a delivery) are fitted by full-batch Adam from zero
weights in numpy: the same data give the same weights. ``--end-to-end`` ingests each open set with every article
scored by the model of the folds that did not hold it and counts evaluate.py's rows.

``--reach`` prints counts only, no text and no item, so it may be run on a closed set: how many gold deliveries the
pipeline missed, and of those how many name no system in their sentence (no candidate), sit where a construction
already made a row for the system (taken), where the rules linked a transfer word and declined (linked), or are read
by the scorer.

Only the sets open for rule work are trained on (``OPEN``): the closed sets (heldout, news heldout, heldout2,
heldout5, heldout6) are never trained on, tuned on or read here; ``bench/evaluate.py --figures-only`` gives their
figures.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import evaluate as ev  # noqa: E402

from bellink.ingest.events.deliveries import learned  # noqa: E402

# the sets open for training: the tuned gold (seeds), the news dev sets, heldout3 and heldout4 (opened for rule work)
OPEN = {"gold": ev.GOLD, "news_dev": ev.NEWS_DEV, "news_dev2": ROOT / "bench" / "news" / "dev2",
        "news_dev3": ROOT / "bench" / "news" / "dev3", "news_heldout3": ev.NEWS_HELDOUT3,
        "news_heldout4": ev.NEWS_HELDOUT4}
OUT = ROOT / "bellink" / "kb" / learned.WEIGHTS_FILE
CLASSES = learned.CLASSES
L2 = 1.0
STEPS = 400
RATE = 0.5
MIN_COUNT = 2
FOLDS = 5
# chosen by --cv --end-to-end on the open sets: the most rows right less twice the rows wrong, with never-rows unchanged.
# Session 12, rows right / wrong added: without dev3 0.6 +18/+11, 0.7 +13/+6, 0.8 +11/+2, 0.9 +7/+1 (never +0 each) ->
# 0.8; with dev3 0.6 +28/+10 (never +3), 0.7 +23/+7 (+2), 0.8 +16/+6 (+2), 0.9 +10/+2 (+0) -> 0.9. Session 14, with
# the real pages (--extra-open /work/realdev --extra-open /work/realdev2) and the general features: 0.7 +15/+4 (+2),
# 0.8 +13/+2 (+0), 0.9 +7/+1 (+0) -> 0.8 (learned.py's docstring: what it did on the closed sets)
THRESHOLD = 0.8
REAL_WEIGHT = 1.0


def open_sets(extra=()) -> dict:
    """The repository's open sets, and ``extra`` open gold folders outside it (``--extra-open``: the real pages),
    each named by its folder."""
    sets = {k: v for k, v in OPEN.items() if v.is_dir() and any(v.glob("*.json"))}
    for folder in extra:
        folder = Path(folder)
        if not (folder.is_dir() and any(folder.glob("*.json")) and (folder / "articles").is_dir()):
            raise SystemExit(f"{folder}: not a gold folder (gold *.json beside an articles/ folder)")
        sets[folder.resolve().name] = folder
    return sets


def collect(name: str, folder: Path) -> list:
    """The candidates of one open set, each labelled from its gold."""
    learned.RECORD = []
    try:
        with tempfile.TemporaryDirectory() as tmp:
            db = Path(tmp) / "gold.db"
            _ingest(db, folder)
            records = learned.RECORD
            learned.RECORD = None
            missed = {m.split(": delivery ")[0] + " | " + m.split(": delivery ", 1)[1] for m in ev.evaluate(db, folder)["misses"]
                      if ": delivery " in m}
            from bellink.db import open_db

            conn = open_db(db, must_exist=True)
            res = ev.Resolver(conn)
            golds = {}
            for f in sorted(folder.glob("*.json")):
                g = json.loads(f.read_text(encoding="utf-8"))
                golds[g["document"]] = g
            ids = {}
            for r in records:
                key = r["system"]
                if key not in ids:
                    row = conn.execute("select id from entities where key = ?", (key,)).fetchone()
                    ids[key] = row[0] if row else None
                g = golds.get(str(r["document"]))
                r["set"] = name
                r["label"], r["never"], r["direction"] = _label(res, g, r, ids[key]) if g else ("none", None, None)
            if name == "reach":
                records.append({"gold_rows": _gold_rows(res, golds, records, ids, missed)})
            conn.close()
    finally:
        learned.RECORD = None
    return records


def _ingest(db: Path, folder: Path) -> None:
    """``evaluate.ingest_gold`` in this process (``--jobs 1``): the recording hook sees every document."""
    from click.testing import CliRunner

    from bellink.cli import cli
    from bellink.resources import resource_dir

    corpus = [str(folder / "articles")] if (folder / "articles").is_dir() else []
    if folder == ev.GOLD:
        corpus.insert(0, str(resource_dir("seeds")))
    result = CliRunner().invoke(cli, ["--db", str(db), "ingest", *corpus, "--jobs", "1", "--json"])
    if result.exit_code != 0:
        raise SystemExit(f"ingest of {folder} failed:\n{result.output}")


def _gold_rows(res, golds: dict, records: list, ids: dict, missed: set) -> list:
    """Per gold delivery: (missed by the pipeline?, where it stands: no_candidate | taken | linked | scorer)."""
    by_doc: dict = {}
    for r in records:
        by_doc.setdefault(str(r["document"]), []).append(r)
    out = []
    for doc, g in golds.items():
        for gd in g.get("deliveries", ()):
            evidence = ev._norm(gd.get("evidence") or "")
            where = "no_candidate"
            for r in by_doc.get(doc, ()):
                sentence = ev._norm(r["sentence"])
                if evidence and (evidence in sentence or sentence in evidence) and ids.get(r["system"]) is not None \
                        and ev._ids_match(res, gd["system"], [ids[r["system"]]], ev.SYSTEM):
                    where = "taken" if r["taken"] else (
                        "linked" if any(f.startswith("linked:") for f in r["features"]) else "scorer")
                    break
            key = f"{doc} | {gd['supplier']} → {gd['recipient']}: {gd['system']} ({gd['status']})"
            out.append((key in missed, where))
    return out


def reach(name: str, folder: Path) -> dict:
    """Counts only (safe for a closed set: no text, no item is printed): how many gold deliveries have a candidate
    (their system named in their evidence sentence), how many of those no construction took, and how many of those
    have no transfer word linked to the system (the only ones the scorer reads)."""
    records = collect(name, folder)
    rows = records.pop()["gold_rows"]
    gold = sum(len(json.loads(f.read_text(encoding="utf-8")).get("deliveries", ())) for f in folder.glob("*.json"))
    pos = [r for r in records if r["label"] != "none"]
    free = [r for r in pos if not r["taken"]]
    unlinked = [r for r in free if not any(f.startswith("linked:") for f in r["features"])]
    return {"gold deliveries": gold, "candidates": len(records), "candidates standing for a gold delivery": len(pos),
            "of them not taken by a construction": len(free), "of them with no linked transfer word": len(unlinked),
            "candidates the scorer reads": sum(not r["taken"] and not any(f.startswith("linked:") for f in r["features"])
                                               for r in records),
            **{f"missed gold deliveries: {w}": sum(1 for m, w_ in rows if m and w_ == w)
               for w in ("no_candidate", "taken", "linked", "scorer")},
            "missed gold deliveries": sum(1 for m, _ in rows if m)}


def _label(res, g: dict, r: dict, eid) -> tuple:
    """(stage of the gold delivery this candidate stands for or "none", the not_deliveries reason it falls under, the
    delivery's direction: to_russia when Russia receives, else to_belarus)."""
    sentence = ev._norm(r["sentence"])
    label, direction = "none", None
    if eid is not None:
        stages, elsewhere = [], []
        for gd in g.get("deliveries", ()):
            if not ev._ids_match(res, gd["system"], [eid], ev.SYSTEM):
                continue
            evidence = ev._norm(gd.get("evidence") or "")
            if not (evidence and (evidence in sentence or sentence in evidence)):
                elsewhere.append(gd["status"])
                continue
            stages.append(gd["status"])
            if label == "none":
                label = gd["status"]
                direction = "to_russia" if gd.get("recipient") == "Russia" else "to_belarus"
        r["stages"] = sorted(set(stages))
        # the stages of the document's deliveries of the system told in another sentence: a row at one of them here
        # is the same fact (merge.py keeps it once), not a wrong row
        r["elsewhere"] = sorted(set(elsewhere))
    never = None
    for nd in g.get("not_deliveries", ()):
        evidence = ev._norm(nd.get("evidence") or "")
        if evidence and (evidence in sentence or sentence in evidence) and (
                nd.get("system") is None or eid is not None and ev._ids_match(res, nd["system"], [eid], ev.SYSTEM)):
            never = nd.get("reason") or "other"
    return label, never, direction


def vocabulary(records: list) -> list:
    counts: dict = {}
    for r in records:
        for f in r["features"]:
            counts[f] = counts.get(f, 0) + 1
    return sorted(f for f, n in counts.items() if n >= MIN_COUNT or f == "bias")


def fit(records: list, real_weight: float = 1.0) -> dict:
    """Feature -> weights per stage (every candidate) and per direction (the candidates standing for a delivery);
    ``real_weight``: how much a candidate of an ``--extra-open`` set (real pages) counts beside one of ours."""
    stage = fit_classes(records, CLASSES, "label", real_weight)
    direction = fit_classes([r for r in records if r["label"] != "none"], learned.DIRECTIONS, "direction", real_weight)
    zero = [0.0] * len(CLASSES), [0.0] * len(learned.DIRECTIONS)
    return {f: stage.get(f, zero[0]) + direction.get(f, zero[1]) for f in sorted(set(stage) | set(direction))}


def fit_classes(records: list, classes: tuple, key: str, real_weight: float = 1.0) -> dict:
    """Feature -> weights per class: multinomial logistic regression, L2 on every weight but the bias; a candidate of
    a set outside the repository counts ``real_weight`` times."""
    vocab = vocabulary(records)
    index = {f: i for i, f in enumerate(vocab)}
    # the 0/1 design matrix as (row, column) pairs of its ones: a few dozen per candidate
    rows, cols = [], []
    for n, r in enumerate(records):
        for f in r["features"]:
            if f in index:
                rows.append(n)
                cols.append(index[f])
    rows_a, cols_a = np.array(rows, dtype=np.int64), np.array(cols, dtype=np.int64)
    starts = np.searchsorted(rows_a, np.arange(len(records)))
    y = np.zeros((len(records), len(classes)))
    for n, r in enumerate(records):
        y[n, classes.index(r[key])] = 1.0
    # each candidate's share of the loss (they sum to 1): the sets of the repository 1, the extra (real) ones more
    share = np.array([1.0 if r.get("set") in OPEN or r.get("set") is None else real_weight for r in records])
    share /= share.sum()
    w = np.zeros((len(vocab), len(classes)))
    penalty = np.full((len(vocab), 1), L2 / len(records))
    if "bias" in index:
        penalty[index["bias"]] = 0.0
    # Adam with a fixed schedule from zero: deterministic, converges in a few hundred full-batch steps
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    for step in range(1, STEPS + 1):
        z = np.add.reduceat(w[cols_a], starts, axis=0)
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        g = ((p - y) * share[:, None])[rows_a]
        grad = np.stack([np.bincount(cols_a, weights=g[:, k], minlength=len(vocab)) for k in range(len(classes))],
                        axis=1) + penalty * w
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w -= RATE * 0.1 * (m / (1 - 0.9 ** step)) / (np.sqrt(v / (1 - 0.999 ** step)) + 1e-8)
    return {f: [round(float(x_), 4) for x_ in w[i]] for i, f in enumerate(vocab)
            if any(abs(x_) >= 5e-4 for x_ in w[i])}


def write(table: dict, threshold: float, path: Path = OUT) -> None:
    lines = [
        "# Weights of the delivery scorer (bellink/ingest/events/deliveries/learned.py): one line per feature, one",
        "# column per stage; a candidate's stage probabilities are the softmax of the summed weights of its features.",
        "# Written by bench/train_deliveries.py from the open gold sets; do not edit by hand (retrain instead).",
        f"# threshold\t{threshold}",
        "feature\t" + "\t".join(CLASSES + learned.DIRECTIONS),
    ]
    for f in sorted(table):
        lines.append(f + "\t" + "\t".join(f"{x:.4f}" for x in table[f]))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def folds(records: list) -> dict:
    """Document -> fold, by article: the documents of every set, sorted, dealt round-robin."""
    docs = sorted({(r["set"], str(r["document"])) for r in records})
    return {d: i % FOLDS for i, d in enumerate(docs)}


def cross_validate(records: list, thresholds: list, real_weight: float = 1.0) -> dict:
    """Out-of-fold probabilities of the untaken candidates; per threshold, the rows proposed, right and wrong."""
    fold_of = folds(records)
    tables = [fit([r for r in records if fold_of[(r["set"], str(r["document"]))] != k], real_weight)
              for k in range(FOLDS)]
    out = {t: {"proposed": 0, "right": 0, "wrong_stage": 0, "not_delivery": 0, "never": 0} for t in thresholds}
    for r in records:
        if r["taken"] or any(f.startswith("linked:") for f in r["features"]):
            continue  # (propose never scores these)
        p = learned.probabilities(r["features"], tables[fold_of[(r["set"], str(r["document"]))]])
        k = max(range(1, len(CLASSES)), key=p.__getitem__)
        for t in thresholds:
            if p[k] < t:
                continue
            o = out[t]
            o["proposed"] += 1
            if CLASSES[k] == r["label"]:
                o["right"] += 1
            elif r["label"] != "none":
                o["wrong_stage"] += 1
            else:
                o["not_delivery"] += 1
            o["never"] += int(r["never"] is not None and r["label"] == "none")
    return {"tables": tables, "fold_of": fold_of, "counts": out}


def end_to_end(cv: dict, thresholds: list, sets: dict) -> dict:
    """Each open set ingested with every article scored by the model that did not see it: evaluate's figures."""
    tables, fold_of = cv["tables"], cv["fold_of"]
    propose = learned.propose
    weights = learned.weights
    out = {}
    try:
        for t in thresholds:
            for name, folder in sets.items():
                def scoped(d, events, name=name, t=t):
                    k = fold_of.get((name, str(d.a.document.id)))
                    learned.weights = (lambda: (t, tables[k])) if k is not None else (lambda: (None, {}))
                    return propose(d, events)

                learned.propose = scoped
                res = ev.run(folder)
                fig = res["figures"]["deliveries"]
                out.setdefault(t, {})[name] = (fig["tp"], fig["fp"], fig["fn"], res["counts"]["deliveries_never"])
    finally:
        learned.propose = propose
        learned.weights = weights
    return out


def _committed() -> tuple:
    """The written file's (threshold, table); (None, {}) when it is absent or of another layout."""
    try:
        return learned.load_weights(OUT) if OUT.exists() else (None, {})
    except ValueError:
        return None, {}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cv", action="store_true", help="cross-validate by article before training")
    parser.add_argument("--end-to-end", action="store_true", help="with --cv: evaluate's figures per threshold")
    parser.add_argument("--threshold", type=float, default=THRESHOLD, help=f"the threshold to write ({THRESHOLD})")
    parser.add_argument("--thresholds", type=float, nargs="+", default=[0.6, 0.7, 0.8, 0.9],
                        help="the thresholds --cv measures")
    parser.add_argument("--write", action="store_true", help=f"write the weights to {OUT.relative_to(ROOT)}")
    parser.add_argument("--check", action="store_true", help="compare with the written weights, write nothing")
    parser.add_argument("--extra-open", metavar="DIR", action="append", default=[], type=Path,
                        help="an open gold folder outside the repository to train and cross-validate on too (the real "
                        "pages: /work/realdev, /work/realdev2); repeatable")
    parser.add_argument("--real-weight", type=float, default=REAL_WEIGHT,
                        help=f"how much a candidate of an --extra-open set counts beside one of ours ({REAL_WEIGHT})")
    parser.add_argument("--reach", metavar="FOLDER", help="print only the counts of what the scorer can reach in a set "
                        "(no text: usable on a closed set)")
    args = parser.parse_args(argv)
    if args.reach:
        for k, v in reach("reach", Path(args.reach)).items():
            print(f"{k:48} {v:5d}")
        return 0
    sets = open_sets(args.extra_open)
    records = [r for name, folder in sets.items() for r in collect(name, folder)]
    n_pos = sum(r["label"] != "none" for r in records)
    free = [r for r in records if not r["taken"]]
    print(f"{len(records)} candidates from {len({(r['set'], r['document']) for r in records})} articles of "
          f"{', '.join(sets)}; {n_pos} stand for a gold delivery; {len(free)} not taken by a construction, "
          f"{sum(r['label'] != 'none' for r in free)} of them a gold delivery", file=sys.stderr)
    thresholds = args.thresholds
    if args.cv:
        cv = cross_validate(records, thresholds, args.real_weight)
        for t, o in cv["counts"].items():
            print(f"threshold {t:.2f}: proposed {o['proposed']:4d}, right {o['right']:4d}, wrong stage "
                  f"{o['wrong_stage']:3d}, no delivery {o['not_delivery']:3d} (never-rows {o['never']})")
        if args.end_to_end:
            base = end_to_end(cv, [2.0], sets)[2.0]
            print("no scorer: " + ", ".join(f"{n} tp/fp/fn/never {v}" for n, v in base.items()))
            for t, per in end_to_end(cv, thresholds, sets).items():
                tp, fp, fn, nv = (sum(v[i] for v in per.values()) for i in range(4))
                btp, bfp, bfn, bnv = (sum(v[i] for v in base.values()) for i in range(4))
                f1 = 2 * tp / (2 * tp + fp + fn)
                bf1 = 2 * btp / (2 * btp + bfp + bfn)
                print(f"threshold {t:.2f}: tp {tp - btp:+d} fp {fp - bfp:+d} fn {fn - bfn:+d} never {nv - bnv:+d}; "
                      f"F1 {bf1:.4f} -> {f1:.4f}  " + ", ".join(f"{n} {v}" for n, v in per.items()))
    if not (args.write or args.check):
        return 0
    table = fit(records, args.real_weight)
    if args.check:
        same = _committed()[1] == table
        print("same weights as written" if same else "the weights differ from the written ones")
        return 0 if same else 1
    write(table, args.threshold)
    print(f"{len(table)} features written to {OUT} (threshold {args.threshold})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
