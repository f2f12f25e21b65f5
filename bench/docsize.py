"""Ingest time and memory against the size of ONE document (issue 10: cost linear in size).

    python bench/docsize.py                      # 0.1, 1, 5 and 20 MB, news text and text without full stops
    python bench/docsize.py --sizes 0.1 1        # some sizes only
    python bench/docsize.py --kinds prose        # one kind only
    python bench/docsize.py --kinds articles --sizes 1 5 20   # distinct articles: is the cost per MB flat?
    python bench/docsize.py --jobs 1             # one core (default: ingest's own default, the machine's cores)
    python bench/docsize.py --sizes 20 --kinds prose --facts   # and a digest of the stored facts, to compare trees

Each run is a whole ``bellink ingest FILE`` process into a fresh database, timed from outside (wall
clock, and the CPU seconds it used: on a machine shared with other work only the CPU time
compares across runs), with
the peak memory of the largest run so far (RUSAGE_CHILDREN's max RSS: shown when it grew). Two kinds of document:

* prose: the seed articles' paragraphs repeated until the size is reached (English and Russian
  paragraphs alternate, as in a digest);
* unpunctuated: the same words with every full stop, question mark, colon, semicolon and line
  break removed, so the whole document is one "sentence" (the case that grew with the square of
  the size: 800 KB took 28 s, 5 MB never finished);
* articles: many DISTINCT articles one after another (the dev articles and articles generated as
  ``benchmark.py`` does, in both languages), each copy with its own surnames for the people the
  knowledge base does not know and its years moved back a little. Prose repeats a few articles, so
  a cost that grows with the number of distinct names, people, events or dates seen so far (a name
  looked up among all earlier ones, a list per entity, a set of seen keys) stays hidden there; here
  it shows.

With more than one core allowed (ingest's default), a huge document's time expressions are found in
a helper process beside its entities, and some stages' sentence loops are cut in two with the second
part in a forked child (``bellink.ingest.overlap``): the CPU seconds are then those of all the
processes, and the wall clock is what the user waits (the goal: 20 MB in under a minute). Each run
also shows the splits: forked, answered, failed with their reasons (a failed child's part is redone in
the ingesting process: the facts stay, the time is lost), and the largest private memory of a child.

The largest size is just under the 20 MB limit. Per-MB figures show whether the cost is linear:
they should stay flat as the size grows. Start-up (loading the models) is in every figure.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LIMIT = 20 * 1024 * 1024


def make_document(kind: str, size: int) -> str:
    if kind == "articles":
        return _articles_document(size)
    paras = []
    for f in sorted((ROOT / "seeds").glob("*.txt")):
        paras += [p.strip() for p in f.read_text(encoding="utf-8").split("\n\n") if len(p.strip()) > 80]
    body = "\n\n".join(paras)
    if kind == "unpunctuated":
        body = re.sub(r"[.!?;:\n]+", " ", body)
    out = ["Digest of reports on Russia and Belarus\n\n"]
    n = len(out[0].encode())
    while n < size:
        out.append(body + ("\n\n" if kind == "prose" else " "))
        n += len(out[-1].encode())
    text = "".join(out)
    data = text.encode("utf-8")[:min(size, LIMIT - 1)]
    return data.decode("utf-8", "ignore")


def _kb_names() -> tuple[set, set]:
    """Every spelling of a first name the knowledge base knows, and every word of a known person's name."""
    firsts, known = set(), set()
    for line in (ROOT / "bellink" / "kb" / "first_names.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            firsts.update(w.strip() for w in re.split(r"[\t;]", line) if w.strip())
    for line in (ROOT / "bellink" / "kb" / "people.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            known.update(re.findall(r"\w+", " ".join(line.split("\t")[1:4])))
    return firsts, known


SYLLABLES = {"en": "Ka Le Mo Ra Vi To Sa Du Bel Kor Zal Mir Nes Pro Gor Lub Sen Tar Vol Zhu".split(),
             "ru": "Ка Ле Мо Ра Ви То Са Ду Бел Кор Зал Мир Нес Про Гор Луб Сен Тар Вол Жу".split()}


def _renamed(text: str, copy: int, firsts: set, known: set) -> str:
    """One copy of an article: an unknown person's surname ('Leonid Maltsev') replaced by one made up
    for this copy (every form of it: a Russian surname keeps its case ending), years moved back."""
    import random

    rng = random.Random(f"{copy}-{text[:40]}")
    # sorted: the order of a set of strings changes with PYTHONHASHSEED, and with it which name takes which draw
    for first, surname in sorted(set(re.findall(r"(?<![\w-])([A-ZА-ЯЁ][a-zа-яё]+)\s+([A-ZА-ЯЁ][a-zа-яё]{3,})(?![\w-])",
                                                text))):
        if first not in firsts or surname in known or surname[-1] in "аяaeiouy":
            continue
        lang = "ru" if re.match("[А-ЯЁ]", surname) else "en"
        made = "".join(rng.choice(SYLLABLES[lang]) for _ in range(2)).capitalize() + surname[-2:]
        text = re.sub(rf"(?<![\w-]){surname}(?=[a-zа-яё]{{0,3}}(?![\w-]))", made, text)
    shift = copy % 9
    return re.sub(r"(?<!\d)(19[6-9]\d|20[0-2]\d)(?!\d)", lambda m: str(int(m.group(1)) - shift), text) if shift else text


def _articles_document(size: int) -> str:
    import random

    sys.path.insert(0, str(ROOT / "bench"))
    import benchmark

    articles = [f.read_text(encoding="utf-8") for f in sorted((ROOT / "bench" / "news" / "dev" / "articles").glob("*.txt"))]
    pools = benchmark.corpus_pools()
    rng = random.Random(20261130)
    for i in range(400):
        pool = pools["en" if i % 2 else "ru"]
        paras = [rng.choice(pool["paragraphs"]) for _ in range(rng.randint(5, 12))]
        articles.append(rng.choice(pool["titles"] or [paras[0][:80]]) + "\n\n" + "\n\n".join(paras))
    from bellink.ingest.load.cleaning import TAIL_MARKERS

    # a line such as "Comments" in the second half would end the document there (page furniture)
    articles = ["\n".join(ln for ln in a.splitlines() if not TAIL_MARKERS.match(ln.strip())) for a in articles]
    firsts, known = _kb_names()
    out = ["Digest of reports on Russia and Belarus\n\n"]
    n, copy = len(out[0].encode()), 0
    while n < size:
        for text in articles:
            out.append(_renamed(text.strip(), copy, firsts, known) + "\n\n")
            n += len(out[-1].encode())
            if n >= size:
                break
        copy += 1
    data = "".join(out).encode("utf-8")[:min(size, LIMIT - 1)]
    return data.decode("utf-8", "ignore")


FACT_LISTINGS = ("statements", "deliveries", "timeline")


def facts_digest(db: Path) -> str:
    """sha256 (first 16 hex digits) of what the CLI lists of a database (statements, deliveries, timeline as
    ``--json``): two runs with the same digest stored the same facts (``--facts``: compare two code trees)."""
    import hashlib

    env = {**os.environ}
    env.pop("BELLINK_DB", None)
    h = hashlib.sha256()
    for listing in FACT_LISTINGS:
        # (run beside the database, not in the caller's directory: from a repository's root, ``-m bellink`` would
        # import that repository's package before the tree PYTHONPATH names, and two trees gave one tree's listing)
        out = subprocess.run([sys.executable, "-m", "bellink", "--db", str(db), listing, "--json", "--limit", "100000000"],
                             capture_output=True, env=env, check=True, cwd=db.parent).stdout
        h.update(listing.encode() + b"\0" + out)
    return h.hexdigest()[:16]


def run(path: Path, db: Path, jobs=None) -> dict:
    env = {**os.environ, "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1"}
    env.pop("BELLINK_DB", None)
    stats = db.with_suffix(".overlap.json")
    env["BELLINK_OVERLAP_STATS"] = str(stats)  # the splits' children: failures and memory (ingest/overlap.py)
    t = time.perf_counter()
    jobs_args = ["--jobs", str(jobs)] if jobs else []  # none: ingest's default
    proc = subprocess.Popen([sys.executable, "-m", "bellink", "--db", str(db), "ingest", str(path), *jobs_args,
                             "--json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=db.parent)
    out, err = proc.communicate()
    seconds = time.perf_counter() - t
    rows = json.loads(out) if out.strip().startswith(b"[") else []
    return {"seconds": round(seconds, 1), "status": rows[0]["status"] if rows else err.decode()[-200:],
            "facts": rows[0]["facts"] if rows else None, **_splits(stats)}


def _splits(stats: Path) -> dict:
    """What the huge document's splits did (``bellink.ingest.overlap``): how many forked, were answered, failed (and
    why: a failed child's part is redone in the ingesting process, so it only costs time), and the children's
    largest private memory (pages copied from the parent on writing plus what they made) and CPU-s."""
    if not stats.exists():
        return {"splits": None}
    got = json.loads(stats.read_text())
    kids = got.get("children", [])
    return {"splits": {k: got["counts"].get(k, 0) for k in ("forked", "answered", "failed", "threads")},
            "split_failures": got.get("failures", {}),
            "child_private_mb_max": max((c.get("private_mb", 0) for c in kids), default=None),
            "child_peak_rss_mb_max": max((c.get("peak_rss_mb", 0) for c in kids), default=None),
            "children": kids}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=float, nargs="+", default=[0.1, 1, 5, 20], help="MB")
    ap.add_argument("--kinds", nargs="+", default=["prose", "unpunctuated"],
                    choices=["prose", "unpunctuated", "articles"])
    ap.add_argument("--jobs", type=int, default=None, help="ingest --jobs (default: ingest's own default)")
    ap.add_argument("--facts", action="store_true",
                    help="also print a digest of the stored facts (statements, deliveries, timeline --json) per run: "
                         "the same digest from two code trees means the same facts (listing costs a few CPU-s)")
    args = ap.parse_args()
    import resource

    results = []
    with tempfile.TemporaryDirectory(prefix="bellink-docsize-") as tmp:
        for kind in args.kinds:
            for mb in args.sizes:
                size = int(mb * 1024 * 1024)
                path = Path(tmp) / f"{kind}-{mb}.txt"
                path.write_text(make_document(kind, size), encoding="utf-8")
                before = resource.getrusage(resource.RUSAGE_CHILDREN)
                r = run(path, Path(tmp) / f"{kind}-{mb}.db", args.jobs)
                after = resource.getrusage(resource.RUSAGE_CHILDREN)
                cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
                r.update(kind=kind, mb=mb, jobs=args.jobs or "default", bytes=path.stat().st_size, cpu_seconds=round(cpu, 1),
                         cpu_s_per_mb=round(cpu / mb, 1),
                         max_rss_mb=round(after.ru_maxrss / 1024) if after.ru_maxrss > before.ru_maxrss else None)
                if args.facts:
                    r["facts_digest"] = facts_digest(Path(tmp) / f"{kind}-{mb}.db")
                results.append(r)
                print(f"{kind:13} {mb:>5} MB  wall {r['seconds']:>7} s  CPU {r['cpu_seconds']:>7} s  "
                      f"({r['cpu_s_per_mb']} CPU s/MB)  rss {r['max_rss_mb']} MB  {r['status']}  facts {r['facts']}"
                      + (f"  digest {r['facts_digest']}" if args.facts else ""), flush=True)
                if r.get("splits"):
                    print(f"{'':13} splits {r['splits']}  failures {r['split_failures'] or 'none'}  "
                          f"child private MB (max) {r['child_private_mb_max']}", flush=True)
    print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
