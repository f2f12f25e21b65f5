"""Ingest time and memory against the size of ONE document (issue 10: cost linear in size).

    python bench/docsize.py                      # 0.1, 1, 5 and 20 MB, news text and text without full stops
    python bench/docsize.py --sizes 0.1 1        # some sizes only
    python bench/docsize.py --kinds prose        # one kind only
    python bench/docsize.py --jobs 1             # one core (default: ingest's own default, the machine's cores)

Each run is a whole ``bellink ingest FILE`` process into a fresh database, timed from outside (wall
clock, and the CPU seconds it used: on a machine shared with other work only the CPU time
compares across runs), with
the peak memory of the largest run so far (RUSAGE_CHILDREN's max RSS: shown when it grew). Two kinds of document:

* prose: the seed articles' paragraphs repeated until the size is reached (English and Russian
  paragraphs alternate, as in a digest);
* unpunctuated: the same words with every full stop, question mark, colon, semicolon and line
  break removed, so the whole document is one "sentence" (the case that grew with the square of
  the size: 800 KB took 28 s, 5 MB never finished).

With more than one core allowed (ingest's default), a huge document's time expressions are found in
a helper process beside its entities (``bellink.ingest.overlap``): the CPU seconds are then those of
both processes, and the wall clock is what the user waits (the goal: 20 MB in under a minute).

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


def run(path: Path, db: Path, jobs=None) -> dict:
    env = {**os.environ, "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1"}
    env.pop("BELLINK_DB", None)
    t = time.perf_counter()
    jobs_args = ["--jobs", str(jobs)] if jobs else []  # none: ingest's default
    proc = subprocess.Popen([sys.executable, "-m", "bellink", "--db", str(db), "ingest", str(path), *jobs_args,
                             "--json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    out, err = proc.communicate()
    seconds = time.perf_counter() - t
    rows = json.loads(out) if out.strip().startswith(b"[") else []
    return {"seconds": round(seconds, 1), "status": rows[0]["status"] if rows else err.decode()[-200:],
            "facts": rows[0]["facts"] if rows else None}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=float, nargs="+", default=[0.1, 1, 5, 20], help="MB")
    ap.add_argument("--kinds", nargs="+", default=["prose", "unpunctuated"])
    ap.add_argument("--jobs", type=int, default=None, help="ingest --jobs (default: ingest's own default)")
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
                results.append(r)
                print(f"{kind:13} {mb:>5} MB  wall {r['seconds']:>7} s  CPU {r['cpu_seconds']:>7} s  "
                      f"({r['cpu_s_per_mb']} CPU s/MB)  rss {r['max_rss_mb']} MB  {r['status']}  facts {r['facts']}",
                      flush=True)
    print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
