"""`ingest --jobs 2` against `--jobs 1`, side by side on the same corpus (issue 15: ≥ 1.8×).

For each language a corpus is generated once (the generator of bench/benchmark.py), then
ingested into a fresh database with 1 and with N jobs, alternately (1 N, N 1, 1 N, ...), so a
change in the machine's load hits both settings. Each run records:

* wall seconds, and CPU seconds of the whole process tree (the ingest and its reaped workers,
  from wait4), split into the parent's own (it walks, reads, cleans, triages and writes) and the
  workers' (sampled from /proc every 0.1 s; the parent's last sample is at most 0.1 s old);
* the start (seconds until the first document is reported stored) and the steady rate
  (documents per second from the first stored document to the last);
* the 1-minute load average before and after.

Before and after the ingests it times one pure Python loop alone and two at once: what two
processes get from the machine's two CPUs at all (the ceiling of any ``--jobs 2`` ratio here).
With ``--beside`` it also runs two ``--jobs 1`` ingests of the corpus at once, each into its own
database: the CPU seconds one ingest takes while another runs beside it, against alone, is what the
machine adds to any two processes of bellink's (shared caches, memory bandwidth, a host's
hyperthreads), with no pipe, no second copy of the caches and no writer: the part of ``--jobs 2``'s
"CPU added" that no change to the workers can remove.

It prints, per language, the medians and the ratio of the median walls (the goal's figure),
each adjacent pair's ratio, and the ratio of the steady rates (what a longer corpus tends to).
Wall ratios mean something only on a quiet machine: the load average is in the output.

    python bench/jobs_ratio.py                      # 2,000 documents per language, 3 pairs: ~6 min quiet
    python bench/jobs_ratio.py --docs 500 --pairs 1 # a quick check that it runs
    python bench/jobs_ratio.py --beside             # and two --jobs 1 ingests at once: the machine's share
    python bench/jobs_ratio.py --before /tmp/before # and a --jobs 1 run of another code tree in each pair

With ``--before TREE`` (a checkout of another commit: ``git archive COMMIT | tar -x -C TREE``) each pair also
ingests the corpus with ``--jobs 1`` from that tree (``PYTHONPATH=TREE``, the same ``bellink`` executable), so
documents per CPU-second before and after a change are taken in the same minutes, alternating; the facts of
the two trees' databases are compared too (the digest of ``bench/docsize.py --facts``).
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Optional

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import benchmark  # noqa: E402  (the corpus generator)

TICK = os.sysconf("SC_CLK_TCK")


def _cpu(pid: int):
    """(own user+sys, reaped children's user+sys) in seconds, from /proc/PID/stat; None when gone."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    # fields[0] is the state (field 3): utime is field 14, stime 15, cutime 16, cstime 17
    return (int(fields[11]) + int(fields[12])) / TICK, (int(fields[13]) + int(fields[14])) / TICK


def _children(pid: int) -> list:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as f:
            return [int(x) for x in f.read().split()]
    except OSError:
        return []


def _spin(n: int) -> None:
    x = 0
    for i in range(n):
        x = (x * 31 + i) % 1000003


def machine_scaling(n: int = 6_000_000) -> dict:
    """What two processes get from this machine's two CPUs, whatever bellink does: the same pure
    Python loop in one process, then in two at once (wall of each). Two virtual CPUs that are one
    core's hyperthreads, or a host that is busy, give well under 2; this is the ceiling of any
    --jobs 2 ratio here."""
    import multiprocessing

    ctx = multiprocessing.get_context("fork")
    t0 = time.perf_counter()
    p = ctx.Process(target=_spin, args=(n,))
    p.start()
    p.join()
    one = time.perf_counter() - t0
    t0 = time.perf_counter()
    ps = [ctx.Process(target=_spin, args=(n,)) for _ in range(2)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    two = time.perf_counter() - t0
    return {"one_s": round(one, 2), "two_at_once_s": round(two, 2), "throughput_ratio": round(2 * one / two, 3)}


def run(bellink: str, db: Path, corpus: Path, jobs: int, tree: Optional[Path] = None) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "BELLINK_DB"}
    if tree is not None:
        env["PYTHONPATH"] = str(tree)
    load0 = os.getloadavg()[0]
    t0 = time.perf_counter()
    proc = subprocess.Popen([bellink, "--db", str(db), "ingest", str(corpus), "--json", "--jobs", str(jobs)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    rows = []  # time of each document reported

    def read_rows():
        for line in proc.stdout:
            if b'"path"' in line:
                rows.append(time.perf_counter() - t0)

    reader = threading.Thread(target=read_rows, daemon=True)
    reader.start()
    parent_own = [0.0]
    workers_last: dict = {}
    done = threading.Event()

    def sample():
        while not done.is_set():
            c = _cpu(proc.pid)
            if c:
                parent_own[0] = c[0]
            for kid in _children(proc.pid):
                k = _cpu(kid)
                if k:
                    workers_last[kid] = k[0] + k[1]
            time.sleep(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, status, ru = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    done.set()
    sampler.join()
    reader.join(timeout=5)
    err = proc.stderr.read().decode(errors="replace")
    if status != 0:
        raise RuntimeError(f"ingest failed ({status}): {err[-500:]}")
    cpu = ru.ru_utime + ru.ru_stime
    steady = (len(rows) - 1) / (rows[-1] - rows[0]) if len(rows) > 1 and rows[-1] > rows[0] else None
    return {"jobs": jobs, "wall_s": round(wall, 2), "cpu_s": round(cpu, 2), "sys_s": round(ru.ru_stime, 2),
            "parent_cpu_s": round(parent_own[0], 2), "workers_cpu_s": round(cpu - parent_own[0], 2),
            "documents": len(rows), "first_stored_s": round(rows[0], 2) if rows else None,
            "after_last_s": round(wall - rows[-1], 2) if rows else None,
            "steady_docs_per_s": round(steady, 1) if steady else None,
            "load_before": round(load0, 2), "load_after": round(os.getloadavg()[0], 2)}


def beside(bellink: str, work: Path, corpus: Path) -> list:
    """Two ``--jobs 1`` ingests of ``corpus`` started together, each into its own database: each one's run."""
    out = [None, None]

    def one(k):
        out[k] = run(bellink, work / f"beside-{k}.db", corpus, 1)

    threads = [threading.Thread(target=one, args=(k,)) for k in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for k in range(2):
        for f in work.glob(f"beside-{k}.db*"):
            f.unlink()
    if None in out:
        raise RuntimeError("an ingest beside another failed")
    return out


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--docs", type=int, default=2000, help="documents per language")
    p.add_argument("--pairs", type=int, default=3, help="runs of each setting, alternating")
    p.add_argument("--jobs", type=int, default=2)
    p.add_argument("--langs", default="en,ru")
    p.add_argument("--bellink", default=str(Path(sys.executable).with_name("bellink")))
    p.add_argument("--output", type=Path, help="write every run and the summary here (JSON)")
    p.add_argument("--before", type=Path, help="a checkout of another commit: a --jobs 1 run of it in each pair")
    p.add_argument("--beside", action="store_true",
                   help="also two --jobs 1 ingests at once: the CPU the machine adds to two processes")
    a = p.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="bellink-jobs-"))
    out = {"started": time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime()), "nproc": os.cpu_count(),
           "docs": a.docs, "pairs": a.pairs, "languages": {}}
    try:
        out["machine_before"] = machine_scaling()
        print("machine: two processes at once do", out["machine_before"]["throughput_ratio"], "x one", flush=True)
        for lang in a.langs.split(","):
            corpus = work / lang
            info = benchmark.generate_corpus(corpus, lang, a.docs)
            runs = {1: [], a.jobs: []}
            before, digests = [], {}
            for r in range(a.pairs):
                order = [1, a.jobs] + (["before"] if a.before else [])
                for j in (order if r % 2 == 0 else order[::-1]):
                    tree = a.before.resolve() if j == "before" else None
                    db = work / (f"{lang}-{j}-{r}" if tree is None else f"{lang}-before-{r}") / "facts.db"
                    db.parent.mkdir()
                    m = run(a.bellink, db, corpus, 1 if tree else j, tree)
                    (before if tree else runs[j]).append(m)
                    print(lang, "before" if tree else "", json.dumps(m), flush=True)
                    if a.before and r == 0 and j in (1, "before"):
                        import docsize  # (the same digest from two trees: the same facts stored)

                        digests[j] = docsize.facts_digest(db)
                    shutil.rmtree(db.parent)
            med = {j: {k: round(statistics.median(m[k] for m in ms), 2)
                       for k in ("wall_s", "cpu_s", "parent_cpu_s", "workers_cpu_s", "first_stored_s",
                                 "steady_docs_per_s")}
                   for j, ms in runs.items()}
            one, many = med[1], med[a.jobs]
            summary = {
                "corpus": info, "median": {f"jobs{j}": v for j, v in med.items()},
                "wall_ratio": round(one["wall_s"] / many["wall_s"], 3),
                "pair_wall_ratios": [round(x["wall_s"] / y["wall_s"], 3) for x, y in zip(runs[1], runs[a.jobs])],
                "steady_rate_ratio": round(many["steady_docs_per_s"] / one["steady_docs_per_s"], 3),
                "cpu_added": round(many["cpu_s"] / one["cpu_s"] - 1, 3),
                "parent_share_of_cpu": round(many["parent_cpu_s"] / many["cpu_s"], 3),
                # if two cores ran the N-job tree's CPU with nothing serial, the wall ratio would be this
                "ideal_wall_ratio": round(one["cpu_s"] / (many["cpu_s"] / min(a.jobs, os.cpu_count() or 1)), 3),
                "load": [min(m["load_before"] for ms in runs.values() for m in ms),
                         max(m["load_after"] for ms in runs.values() for m in ms)],
                "runs": runs,
            }
            if a.before:
                was = statistics.median(m["cpu_s"] for m in before)
                summary["before"] = {"tree": str(a.before), "runs": before, "cpu_s": round(was, 2),
                                     "docs_per_cpu_s": round(a.docs / was, 1),
                                     "docs_per_cpu_s_now": round(a.docs / one["cpu_s"], 1),
                                     "pair_cpu_ratios": [round(x["cpu_s"] / y["cpu_s"], 3)
                                                         for x, y in zip(runs[1], before)],
                                     "facts_same": digests.get(1) == digests.get("before"), "digests": digests}
                print(f"{lang}: --jobs 1 from {a.before}: {was:.2f} CPU-s ({a.docs / was:.1f} documents per CPU-s) against "
                      f"{one['cpu_s']} ({a.docs / one['cpu_s']:.1f}) from this tree, pairs {summary['before']['pair_cpu_ratios']}; "
                      f"facts {'the same' if summary['before']['facts_same'] else 'DIFFER'} {digests}", flush=True)
            if a.beside:
                two = beside(a.bellink, work, corpus)
                print(lang, "beside", json.dumps(two), flush=True)
                alone = one["cpu_s"]
                summary["beside"] = {"runs": two, "cpu_s": [m["cpu_s"] for m in two],
                                     "cpu_added": round(statistics.mean(m["cpu_s"] for m in two) / alone - 1, 3)}
            out["languages"][lang] = summary
            print(f"{lang}: {a.docs} documents, jobs 1 {one['wall_s']} s wall / {one['cpu_s']} CPU-s, "
                  f"jobs {a.jobs} {many['wall_s']} s / {many['cpu_s']} CPU-s (parent {many['parent_cpu_s']}); "
                  f"wall ratio {summary['wall_ratio']} (pairs {summary['pair_wall_ratios']}), steady-rate ratio "
                  f"{summary['steady_rate_ratio']}, CPU added {summary['cpu_added']:+.1%}, "
                  f"ideal {summary['ideal_wall_ratio']}, load {summary['load']}", flush=True)
            if a.beside:
                print(f"{lang}: two --jobs 1 ingests at once: {summary['beside']['cpu_s']} CPU-s each against "
                      f"{one['cpu_s']} alone, CPU added by the machine {summary['beside']['cpu_added']:+.1%}", flush=True)
        out["machine_after"] = machine_scaling()
        print("machine: two processes at once do", out["machine_after"]["throughput_ratio"], "x one", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    out["finished"] = time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime())
    if a.output:
        a.output.write_text(json.dumps(out, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
