"""Does any part of one document's ingest grow faster than the document? (issue 10: cost linear in size)

    python bench/linearity.py --check          # the merge queue's check: exit 1 with one line when a part grows faster
    python bench/linearity.py                  # the same, with the table of the fastest-growing parts
    python bench/linearity.py --tree /tmp/old  # another code tree (PYTHONPATH=TREE)

A rule that scans the document from its start for every hit (e36656d: every mention before each "the ministry")
costs a + b*n**2: at 20 MB it took the ingest from 75 to 129 CPU-s, yet at 2 MB it hid in the noise of CPU time
(7.4 against 7.8 CPU-s), and the merge queue measures on a machine shared by eight helpers (load 5-15), where two
runs of the same tree differ by 5-10% in CPU time. So this check judges by COUNTS, which do not move with the load:
the calls from each of bellink's functions to each function (builtins included: ``len``, ``list.append``,
``str.lower``, a method, a generator's next item) that ``cProfile`` records in a ``bellink ingest --jobs 1`` of
one document at three sizes, each a fresh process with ``PYTHONHASHSEED=0`` and caches of its own (the counts
repeat exactly: three runs at load 7 gave the same figures to the call). A loop that walks everything before the
hit makes its calls inside the loop (``mentions_in`` appended each earlier mention) grow with the square of the
size, while the function holding it is called linearly: per call edge, not per function, is what shows it.

For every edge the calls per MB added between the first two sizes (m1) and between the last two (m2) are compared:
linear work gives m2/m1 = 1 whatever its constant; a quadratic edge gives (s2+s3)/(s1+s2) (2.0 at 0.3/0.6/1.2 MB).
An edge fails when m2/m1 >= RATIO and its calls over linear in the last interval are at least EXCESS (rare edges
move by a paragraph's worth). The sizes start above the document-wide reaches and switches (30,000-200,000
characters: a look-back bounded by them grows until the document is longer, then stays flat; ``time/story.py``
searches a text of 200,000 characters or more by runs). Three documents: ``prose`` (the seeds repeated:
the same 20 KB again and again, so every edge is exactly linear unless the code is not), ``articles`` (distinct
articles, each copy with its own surnames and years: a cost growing with the distinct names or dates seen so far shows
there; the copies cycle over a few articles so every interval holds the same mix) and ``unpunctuated`` (the seeds with
no full stop, colon or line break: one paragraph whose sentences are cut by length only, so a walk per hit over the
paragraph or over everything before it grows with the document: ``_en_pair_before`` walked every earlier place of a
surname until 2026-12-01; ``in_dateline``'s search back to the paragraph's start was one C call, which this check
cannot see: ``bench/docsize.py --kinds unpunctuated --sizes 1 4`` showed it).

What it cannot see: a loop without any call in its body (``for m in ms: if m.start < x: n += 1``), or work inside
one C call that grows with the text it is given (``text[:pos].count(...)``, ``list.index`` on a growing list, a
regular expression searched from the document's start); nor two functions on one line (a generator expression inside another's ``any()``): a profile keys a function by file, line and name, keeps one of the two by chance, and the swap reads as an edge growing many times faster (``offices._rank_family``, 2026-12-02: write them on two lines). The CPU seconds per MB of the same runs are printed beside
(under the profiler, at load) for a person to read; they are not judged. ``bench/docsize.py`` at 5-20 MB remains
the measure of those. Sensitivity: an edge whose calls at 1.2 MB are a third or more quadratic fails; the linear
edges of main stay within 1.02x. About 40 CPU-s (45-90 s of wall clock at load 0-7).
"""
from __future__ import annotations

import argparse
import os
import pstats
import re
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
import docsize  # noqa: E402

SIZES = (0.3, 0.6, 1.2)  # MB: the first above every document-wide reach of the stages
RATIO = 1.3              # m2/m1 at or above which an edge grows faster than linear (quadratic: 2.0 at these sizes)
EXCESS = 1000            # and calls over linear in the last interval at least this many
# A ratio above STEP is not a power of the size (a cube gives 4.0 at these sizes) but a step: an edge that a rare
# construction calls only where it happens to fall (unpunctuated text cut by length, a cache emptied at a count),
# 0 or a few calls per MB before and a paragraph's worth after. Such an edge fails only with STEP_EXCESS calls over
# linear: 1,500-call steps of pronouns.py and deliveries/read.py failed three queue batches on 2026-12-01 whose
# code did not touch them, while every quadratic found so far added tens of thousands of calls per interval.
STEP = 4.0
STEP_EXCESS = 20000
KINDS = ("prose", "articles", "unpunctuated")


def articles_document(size: int) -> str:
    """Distinct articles: a few dev articles of each language cycled, every copy with its own surnames and years
    (``docsize._renamed``), so that each size interval holds the same mix and nothing repeats word for word."""
    files = sorted((ROOT / "bench" / "news" / "dev" / "articles").glob("*.txt"))
    texts = [f.read_text(encoding="utf-8").strip() for f in files]
    from bellink.ingest.load.cleaning import TAIL_MARKERS

    texts = ["\n".join(ln for ln in t.splitlines() if not TAIL_MARKERS.match(ln.strip())) for t in texts]
    ru = [t for t in texts if re.search("[а-яА-Я]", t[:2000])][:8]
    en = [t for t in texts if not re.search("[а-яА-Я]", t[:2000])][:8]
    pool = [a for pair in zip(en, ru) for a in pair]
    firsts, known = docsize._kb_names()
    out = ["Digest of reports on Russia and Belarus\n\n"]
    n, copy = len(out[0].encode()), 0
    while n < size:
        for text in pool:
            out.append(docsize._renamed(text, copy, firsts, known) + "\n\n")
            n += len(out[-1].encode())
            if n >= size:
                break
        copy += 1
    return "".join(out).encode("utf-8")[:size].decode("utf-8", "ignore")


def document(kind: str, size: int) -> str:
    return articles_document(size) if kind == "articles" else docsize.make_document(kind, size)


def _name(key: tuple, tree: Path) -> str:
    path, line, func = key
    if path == "~":
        return re.sub(r" at 0x[0-9a-f]+", "", func)
    p = str(path)
    for base in (str(tree) + "/", str(ROOT) + "/"):
        if p.startswith(base):
            p = p[len(base):]
    return f"{p}:{line}:{func}"


def profiled(tree: Path, doc: Path, db: Path, prof: Path) -> float:
    """One ``bellink ingest --jobs 1`` of ``doc`` under cProfile; its CPU seconds. The regular-expression and
    matcher caches are this run's own (``BELLINK_CACHE`` beside the database): other processes writing
    ``~/.cache/bellink`` at the same time (another tree's patterns) would change what one run compiles."""
    env = {**os.environ, "PYTHONPATH": str(tree), "PYTHONHASHSEED": "0", "BELLINK_CACHE": str(db.parent / "cache"),
           "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1"}
    env.pop("BELLINK_DB", None)
    for p in db.parent.glob(db.name + "*"):
        p.unlink()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.run([sys.executable, "-m", "cProfile", "-o", str(prof), "-m", "bellink", "--db", str(db),
                           "ingest", str(doc), "--jobs", "1", "--json"], capture_output=True, env=env, cwd=db.parent)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode:
        last = (proc.stderr.decode(errors="replace").strip().splitlines() or [""])[-1]
        raise SystemExit(f"linearity: ingest of {doc.name} failed ({proc.returncode}): {last}")
    return (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)


def _ours(key: tuple, tree: Path) -> bool:
    return key[0] != "~" and str(key[0]).startswith((str(tree / "bellink"), str(ROOT / "bellink")))


def edges(prof: Path, tree: Path) -> dict:
    """Calls per (caller, callee) edge whose caller is bellink's code, and per bellink function (caller '*').
    Library code is left out: one regular expression compiled in one run and not another (a pattern first used
    by a paragraph the smaller document lacks) makes thousands of calls inside ``re`` that are no loop of ours."""
    out = {}
    for callee, (cc, nc, tt, ct, callers) in pstats.Stats(str(prof)).stats.items():
        name = _name(callee, tree)
        if _ours(callee, tree):
            out[("*", name)] = nc
        for caller, info in callers.items():
            if _ours(caller, tree):
                out[(_name(caller, tree), name)] = info[0]
    return out


def judge(counts: list, sizes: tuple) -> tuple:
    """Edges whose calls per MB grew: (ratio, excess, m1, m2, edge), the worst first; and the largest ratio of any
    edge with EXCESS calls or more in the last interval (how far from the line the linear ones stay)."""
    (s1, s2, s3), (a, b, c) = sizes, counts
    bad, worst = [], 0.0
    for key, n3 in c.items():
        n1, n2 = a.get(key, 0), b.get(key, 0)
        m1, m2 = (n2 - n1) / (s2 - s1), (n3 - n2) / (s3 - s2)
        if n3 - n2 < EXCESS:
            continue
        ratio = m2 / m1 if m1 > 0 else float("inf")
        worst = max(worst, ratio)
        excess = (n3 - n2) - max(m1, 0) * (s3 - s2)
        if ratio >= RATIO and excess >= (EXCESS if ratio <= STEP else STEP_EXCESS):
            bad.append((ratio, excess, m1, m2, key))
    bad.sort(key=lambda r: (-r[1], -r[0]))
    return bad, worst


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="exit 1 with one line when an edge grows faster than linear")
    ap.add_argument("--tree", type=Path, default=ROOT, help="the code tree to measure (holds bellink/)")
    ap.add_argument("--kinds", nargs="+", default=list(KINDS), choices=list(KINDS))
    ap.add_argument("--sizes", type=float, nargs=3, default=list(SIZES), help="three sizes, MB")
    ap.add_argument("--show", type=int, default=8, help="rows of the table of the fastest-growing edges")
    ap.add_argument("--keep", type=Path, help="keep the documents and profiles in this folder")
    args = ap.parse_args()
    tree = args.tree.resolve()
    sizes = tuple(args.sizes)
    failures = []
    with tempfile.TemporaryDirectory(prefix="bellink-linearity-") as tmp:
        tmp = Path(tmp)
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            tmp = args.keep.resolve()
        for kind in args.kinds:
            docs = []
            for mb in sizes:
                doc = tmp / f"{kind}-{mb}.txt"
                doc.write_text(document(kind, int(mb * 1024 * 1024)), encoding="utf-8")
                docs.append(doc)
            if kind == args.kinds[0]:
                # fill this check's own regular-expression and matcher caches: every measured run then starts the same
                profiled(tree, docs[0], tmp / "x.db", tmp / "warm.prof")
            counts, cpu = [], []
            for mb, doc in zip(sizes, docs):
                cpu.append(profiled(tree, doc, tmp / "x.db", tmp / f"{kind}-{mb}.prof"))
                counts.append(edges(tmp / f"{kind}-{mb}.prof", tree))
            total = [sum(v for k, v in c.items() if k[0] != "*") for c in counts]
            t1 = (total[1] - total[0]) / (sizes[1] - sizes[0])
            t2 = (total[2] - total[1]) / (sizes[2] - sizes[1])
            c1 = (cpu[1] - cpu[0]) / (sizes[1] - sizes[0])
            c2 = (cpu[2] - cpu[1]) / (sizes[2] - sizes[1])
            bad, worst = judge(counts, sizes)
            print(f"{kind}: sizes {sizes} MB; calls from bellink's code per MB {t1 / 1e6:.3f} M then "
                  f"{t2 / 1e6:.3f} M ({t2 / t1:.3f}x), largest edge ratio {worst:.2f}x; CPU-s per MB under the "
                  f"profiler (not judged) {c1:.2f} then {c2:.2f}", flush=True)
            for ratio, excess, m1, m2, (caller, callee) in bad[:args.show]:
                print(f"  {ratio:6.2f}x  +{excess:,.0f} calls  {m1:,.0f} -> {m2:,.0f} per MB  {caller} -> {callee}")
            if bad:
                ratio, excess, m1, m2, (caller, callee) = bad[0]
                failures.append(f"{kind}: calls {caller} -> {callee} grow {ratio:.1f}x faster per MB from "
                                f"{sizes[1]}-{sizes[2]} MB than from {sizes[0]}-{sizes[1]} MB (+{excess:,.0f} over "
                                f"linear; {len(bad)} edges in all)")
    if failures:
        print("linearity: FAIL: " + "; ".join(failures))
        if args.check:
            sys.exit(1)
    else:
        print(f"linearity: ok (no call edge grows {RATIO}x faster per MB from {sizes[1]}-{sizes[2]} MB than from "
              f"{sizes[0]}-{sizes[1]} MB, kinds {', '.join(args.kinds)})")


if __name__ == "__main__":
    main()
