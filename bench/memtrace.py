"""Where the memory of a long ingest goes: every process's RSS and PSS over time, with its role (issue 15).

``memgrow.py`` gives one peak for the whole process tree; this samples each process of the tree
(the parent, which walks, writes and reports, and each analysis worker) every ``--every`` seconds,
split into anonymous memory (Python's heap, SQLite's page cache) and file-backed or shared pages
(loaded libraries, models, the database's WAL index), against the number of documents stored so
far (the ``--json`` rows the parent has written). The time after the last row is the end phase
(closing the workers and the database, the summary), reported apart.

    python bench/memtrace.py --docs 10000 --jobs 2 --out /tmp/trace10k.jsonl
    python bench/memtrace.py --docs 10000 --jobs 2 --corpus /tmp/c10k   # reuse a generated corpus
    python bench/memtrace.py --docs 10000 --smaps-at 1000 9900 --smaps-dir /tmp/smaps   # the writer's mappings
    python bench/memtrace.py --smaps-diff /tmp/smaps/parent_1000.txt /tmp/smaps/parent_9900.txt

``--smaps-at`` copies the parent's (the writer's) /proc/PID/smaps when that many documents are stored;
``--smaps-diff`` sums two such copies by mapping (a file's name, [heap], [anon] for anonymous ones) and
prints what grew between them: the WAL index (the database's -shm file), SQLite's page cache and
Python's heap (anonymous), the libraries.

The corpus is memgrow's: benchmark paragraphs plus 40 words never seen before per document.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import memgrow  # noqa: E402  (the growing-vocabulary corpus)

FIELDS = ("Rss", "Pss", "Pss_Anon", "Pss_File", "Pss_Shmem", "Anonymous", "Private_Dirty", "Shared_Dirty")


def rollup(pid: int) -> dict:
    """/proc/PID/smaps_rollup in kB (Linux), {} when the process is gone."""
    out = {}
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                key, _, rest = line.partition(":")
                if key in FIELDS:
                    out[key] = int(rest.split()[0])
    except (OSError, ValueError, IndexError):
        return {}
    return out


def children(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/task/{p}/children") as f:
                kids = [int(x) for x in f.read().split()]
        except OSError:
            kids = []
        found.extend(kids)
        todo.extend(kids)
    return found


def by_mapping(path: Path) -> dict[str, dict[str, int]]:
    """A copy of /proc/PID/smaps summed by mapping name: {name: {Rss, Pss, Anonymous, Size} in kB}."""
    out: dict[str, dict[str, int]] = {}
    name = None
    for line in open(path):
        head = line.split()
        if not head:
            continue
        if "-" in head[0] and not head[0].endswith(":"):  # an address range opens a mapping
            name = head[5] if len(head) > 5 else "[anon]"
            out.setdefault(name, {})
        elif name and head[0].rstrip(":") in ("Rss", "Pss", "Anonymous", "Size"):
            key = head[0].rstrip(":")
            out[name][key] = out[name].get(key, 0) + int(head[1])
    return out


def smaps_diff(a: Path, b: Path, top: int = 15) -> None:
    """What grew from one smaps copy to another, by mapping, largest change first."""
    ma, mb = by_mapping(a), by_mapping(b)
    rows = []
    for name in set(ma) | set(mb):
        x, y = ma.get(name, {}), mb.get(name, {})
        rows.append((y.get("Rss", 0) - x.get("Rss", 0), name, x, y))
    rows.sort(key=lambda r: -abs(r[0]))
    total = [sum(m.get(k, 0) for m in ma.values()) for k in ("Rss", "Anonymous")], \
        [sum(m.get(k, 0) for m in mb.values()) for k in ("Rss", "Anonymous")]
    print(f"Rss {total[0][0] / 1024:.1f} -> {total[1][0] / 1024:.1f} MB (anonymous {total[0][1] / 1024:.1f} ->"
          f" {total[1][1] / 1024:.1f})")
    print(f"{'mapping':60s} {'Rss MB':>16s} {'Pss MB':>16s} {'Anon MB':>16s} {'Size MB':>16s}")
    for d, name, x, y in rows[:top]:
        cells = "".join(f" {x.get(k, 0) / 1024:7.1f}->{y.get(k, 0) / 1024:7.1f}" for k in ("Rss", "Pss", "Anonymous", "Size"))
        print(f"{name[-60:]:60s}{cells}")


def trace(bellink: str, db: Path, corpus: Path, jobs: int, every: float, out, smaps_at=(), smaps_dir=None) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "BELLINK_DB"}
    t0 = time.perf_counter()
    proc = subprocess.Popen([bellink, "--db", str(db), "ingest", str(corpus), "--json", "--jobs", str(jobs)],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    stored = [0]
    last_row = [None]

    def read_rows():
        for line in proc.stdout:
            if b'"path"' in line:
                stored[0] += 1
                last_row[0] = time.perf_counter() - t0

    reader = threading.Thread(target=read_rows, daemon=True)
    reader.start()
    roles: dict[int, str] = {proc.pid: "parent"}
    peak: dict[str, dict] = {}
    tree_peak = (0, 0.0, 0)
    while proc.poll() is None:
        t = time.perf_counter() - t0
        sample = {"t": round(t, 1), "stored": stored[0]}
        tree = 0
        for pid in [proc.pid, *children(proc.pid)]:
            if pid not in roles:
                roles[pid] = f"child{len(roles)}"
            r = rollup(pid)
            if not r:
                continue
            role = roles[pid]
            sample[role] = {k: round(v / 1024, 1) for k, v in r.items()}
            tree += r.get("Pss", 0)
            best = peak.setdefault(role, {})
            for k, v in r.items():
                if v / 1024 > best.get(k, (0,))[0]:
                    best[k] = (round(v / 1024, 1), round(t, 1), stored[0])
        sample["tree_pss"] = round(tree / 1024, 1)
        for n in [n for n in smaps_at if stored[0] >= n]:
            smaps_at = [m for m in smaps_at if m != n]
            try:
                shutil.copyfile(f"/proc/{proc.pid}/smaps", Path(smaps_dir) / f"parent_{n}.txt")
            except OSError:
                pass
        if tree > tree_peak[0]:
            tree_peak = (tree, round(t, 1), stored[0])
        if out:
            out.write(json.dumps(sample) + "\n")
            out.flush()
        time.sleep(every)
    wall = time.perf_counter() - t0
    reader.join(timeout=5)
    return {"documents": stored[0], "wall_s": round(wall, 1),
            "end_phase_s": round(wall - (last_row[0] or wall), 1), "rc": proc.returncode,
            "tree_pss_peak": f"{tree_peak[0] / 1024:.1f} MB at {tree_peak[1]} s, {tree_peak[2]} stored",
            "peak_by_role": {role: {k: f"{v[0]} MB at {v[1]} s, {v[2]} stored" for k, v in best.items()
                                    if k in ("Rss", "Pss", "Pss_Anon")} for role, best in peak.items()}}


def timeline(path: Path, points: int = 12) -> None:
    """Each role's PSS (anonymous part in brackets) at evenly spaced moments of the run."""
    samples = [json.loads(line) for line in open(path)]
    if not samples:
        return
    roles = sorted({k for s in samples for k in s if isinstance(s[k], dict)}, key=lambda r: (r != "parent", r))
    print("t_s      stored  tree_pss  " + "  ".join(f"{r:>18}" for r in roles))
    step = max(1, len(samples) // points)
    for s in samples[::step] + [samples[-1]]:
        cols = "  ".join(f"{s[r]['Pss']:>8.1f} ({s[r].get('Pss_Anon', 0):>6.1f})" if r in s else " " * 18
                         for r in roles)
        print(f"{s['t']:>7}  {s['stored']:>6}  {s['tree_pss']:>8}  {cols}")


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--docs", type=int, default=10000)
    p.add_argument("--jobs", type=int, default=2)
    p.add_argument("--every", type=float, default=0.5, help="seconds between samples")
    p.add_argument("--corpus", type=Path, help="a folder to generate the corpus in once and reuse")
    p.add_argument("--out", type=Path, help="write every sample here (JSON lines)")
    p.add_argument("--db", type=Path, help="write the database here and keep it (default: a temporary file)")
    p.add_argument("--bellink", default=str(Path(sys.executable).with_name("bellink")))
    p.add_argument("--smaps-at", type=int, nargs="+", default=[], metavar="N",
                   help="copy the parent's /proc/PID/smaps when N documents are stored")
    p.add_argument("--smaps-dir", type=Path, help="where --smaps-at writes parent_N.txt")
    p.add_argument("--smaps-diff", type=Path, nargs=2, metavar=("A", "B"),
                   help="print what grew between two smaps copies, by mapping, and exit")
    a = p.parse_args(argv)
    if a.smaps_diff:
        smaps_diff(*a.smaps_diff)
        return 0
    if a.smaps_at:
        if not a.smaps_dir:
            p.error("--smaps-at needs --smaps-dir")
        a.smaps_dir.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="bellink-memtrace-"))
    try:
        folder = a.corpus or work / "corpus"
        if not (folder / "manifest.json").exists():
            memgrow.corpus(folder, a.docs)
        with (open(a.out, "w") if a.out else open(os.devnull, "w")) as out:
            res = trace(a.bellink, a.db or work / "m.db", folder, a.jobs, a.every, out, a.smaps_at, a.smaps_dir)
        print(json.dumps(res, indent=1))
        if a.out:
            timeline(a.out)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
