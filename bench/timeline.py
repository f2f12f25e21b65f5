"""Where one huge document's second core idles: a timeline of every process of one ingest (issue 10).

    python bench/timeline.py --kind articles --mb 20      # bench/docsize.py's document, ingest's default --jobs
    python bench/timeline.py --kind unpunctuated --mb 5 --spans   # every span, also those under 10 ms
    python bench/timeline.py --file DOC.txt               # any document

Runs ``bellink ingest FILE --json`` into a fresh database with ``BELLINK_TRACE`` set (``bellink/ingest/trace.py``:
each process appends when its stages start and end) and samples, every ``--every`` seconds, the state of every
process of the ingest's tree (``/proc/PID/stat``: running or runnable, or asleep). On a machine shared with other
work a runnable process may wait for a core, so the measure of overlap is the count of this ingest's processes that
are RUNNABLE, not the CPU they got: with two cores, a sample with one runnable process is a core this ingest leaves
idle, whatever the load. Printed: the stages of the ingesting process in order, each with its wall and CPU seconds
and how many of the ingest's processes were runnable meanwhile (the second core's share), then the idle second
core summed by stage: where work moved to a helper or a child would shorten the wall clock.
"""
from __future__ import annotations

import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))


def _tree(root: int) -> dict:
    """pid -> (state, ppid, utime+stime ticks) of ``root`` and its descendants."""
    procs = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat") as f:
                raw = f.read()
        except OSError:
            continue
        rest = raw[raw.rfind(")") + 2:].split()
        procs[int(name)] = (rest[0], int(rest[1]), int(rest[11]) + int(rest[12]))
    keep, todo = {}, [root]
    kids = collections.defaultdict(list)
    for pid, (_, ppid, _) in procs.items():
        kids[ppid].append(pid)
    while todo:
        pid = todo.pop()
        if pid in procs:
            keep[pid] = procs[pid]
            todo.extend(kids[pid])
    return keep


def run(path: Path, db: Path, trace: Path, jobs, every: float) -> tuple:
    env = {**os.environ, "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "BELLINK_TRACE": str(trace),
           "BELLINK_OVERLAP_STATS": str(trace.with_suffix(".overlap.json"))}
    env.pop("BELLINK_DB", None)
    jobs_args = ["--jobs", str(jobs)] if jobs else []
    t0 = time.time()
    proc = subprocess.Popen([sys.executable, "-m", "bellink", "--db", str(db), "ingest", str(path), *jobs_args, "--json"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=db.parent)
    samples = []
    while proc.poll() is None:
        samples.append((time.time(), _tree(proc.pid)))
        time.sleep(every)
    out, err = proc.communicate()
    t1 = time.time()
    rows = json.loads(out) if out.strip().startswith(b"[") else []
    return proc.pid, t0, t1, samples, (rows[0] if rows else err.decode()[-300:])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kind", default="articles", choices=["prose", "unpunctuated", "articles"])
    ap.add_argument("--mb", type=float, default=20)
    ap.add_argument("--file", help="a document to ingest instead of docsize's")
    ap.add_argument("--jobs", type=int, default=None)
    ap.add_argument("--every", type=float, default=0.05, help="seconds between samples")
    ap.add_argument("--spans", action="store_true", help="print every span, also those under 10 ms")
    ap.add_argument("--keep", help="a folder to keep the trace and samples in")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="bellink-timeline-") as tmp:
        tmp = Path(args.keep or tmp)
        tmp.mkdir(parents=True, exist_ok=True)
        if args.file:
            path = Path(args.file).resolve()
        else:
            import docsize

            path = tmp / f"{args.kind}-{args.mb}.txt"
            path.write_text(docsize.make_document(args.kind, int(args.mb * 1024 * 1024)), encoding="utf-8")
        trace = tmp / "trace.jsonl"
        if trace.exists():
            trace.unlink()
        db = tmp / "timeline.db"
        if db.exists():
            db.unlink()
        main_pid, t0, t1, samples, result = run(path, db, trace, args.jobs, args.every)
        spans = [json.loads(line) for line in trace.read_text().splitlines()] if trace.exists() else []
        stats = trace.with_suffix(".overlap.json")
        splits = json.loads(stats.read_text()) if stats.exists() else None
        if args.keep:
            (tmp / "samples.json").write_text(json.dumps([(t, {str(k): v for k, v in s.items()}) for t, s in samples]))
    report(main_pid, t0, t1, samples, spans, result, args.spans)
    if splits:
        print(f"\nsplits {splits['counts']}  failures {splits['failures'] or 'none'}")
        for c in splits["children"]:
            print("  ", json.dumps(c, ensure_ascii=False))


def report(main_pid: int, t0: float, t1: float, samples: list, spans: list, result, all_spans: bool) -> None:
    print(f"wall {t1 - t0:.1f} s; result {result if isinstance(result, str) else {k: result[k] for k in ('status', 'facts')}}")
    # each sample stands for the time to the next one
    ticks = os.sysconf("SC_CLK_TCK")
    cpu = collections.Counter()
    last = {}
    for _, tree in samples:
        for pid, (_, _, used) in tree.items():
            last[pid] = used
    for pid, used in last.items():
        cpu[pid] = used / ticks
    mine = [s for s in spans if s["pid"] == main_pid]
    others = {s["pid"] for s in spans if s["pid"] != main_pid}
    print(f"CPU-s (as last sampled: a child's last moments are missed): ingesting process {cpu[main_pid]:.1f}, "
          f"others {sum(v for p, v in cpu.items() if p != main_pid):.1f} in {len(last) - 1} processes "
          f"({len(others)} traced)")
    # the innermost span of the ingesting process at each moment
    def innermost(t: float):
        best = None
        for s in mine:
            if s["t0"] <= t < s["t1"] and (best is None or s["t1"] - s["t0"] < best["t1"] - best["t0"]):
                best = s
        return best["label"] if best else "(outside spans)"

    idle = collections.Counter()  # stage -> seconds with fewer than 2 of the ingest's processes runnable
    alone = collections.Counter()  # stage -> seconds with the ingesting process runnable and no other
    stage_time = collections.Counter()
    main_waiting = collections.Counter()  # stage -> seconds the ingesting process was not runnable
    for k, (t, tree) in enumerate(samples):
        dt = (samples[k + 1][0] if k + 1 < len(samples) else t1) - t
        runnable = [pid for pid, (state, _, _) in tree.items() if state in "RD"]
        label = innermost(t)
        stage_time[label] += dt
        n = len(runnable)
        if n < 2:
            idle[label] += dt * (2 - n)
        if runnable == [main_pid]:
            alone[label] += dt
        if main_pid not in runnable:
            main_waiting[label] += dt
    total_idle = sum(idle.values())
    print(f"\nidle core-seconds (2 cores, fewer than 2 of the ingest's processes runnable): {total_idle:.1f} of "
          f"{2 * (t1 - t0):.1f}; the ingesting process alone runnable {sum(alone.values()):.1f} s, "
          f"not runnable {sum(main_waiting.values()):.1f} s")
    print(f"{'innermost stage of the ingesting process':48} {'wall':>7} {'alone':>7} {'idle':>7} {'waits':>7}")
    for label, secs in sorted(stage_time.items(), key=lambda kv: -kv[1]):
        print(f"{label[:48]:48} {secs:7.2f} {alone[label]:7.2f} {idle[label]:7.2f} {main_waiting[label]:7.2f}")
    print("\nspans of the ingesting process (start, end relative to the ingest's start; CPU-s):")
    for s in sorted(mine, key=lambda s: (s["t0"], -s["t1"])):
        if not all_spans and s["t1"] - s["t0"] < 0.01 and s["cpu"] < 0.01:
            continue
        print(f"  {s['t0'] - t0:7.2f} {s['t1'] - t0:7.2f} {s['t1'] - s['t0']:7.2f} wall {s['cpu']:7.2f} cpu  {s['label']}")
    print("\nspans of the other processes:")
    for s in sorted((s for s in spans if s["pid"] != main_pid), key=lambda s: s["t0"]):
        print(f"  {s['t0'] - t0:7.2f} {s['t1'] - t0:7.2f} {s['t1'] - s['t0']:7.2f} wall {s['cpu']:7.2f} cpu  "
              f"pid {s['pid']}  {s['label']}")


if __name__ == "__main__":
    main()
