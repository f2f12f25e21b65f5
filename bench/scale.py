"""The scale-out figures of issue 15, side by side on one machine.

Measures, for a generated English and a generated Russian corpus (the generator of
bench/benchmark.py):

* ingest with ``--jobs 1`` and ``--jobs N``, run alternately (A B A B ...) so a change in
  the machine's load hits both: wall time, CPU time (user + sys of the process and its
  workers), documents per second and per CPU-second, and the ratio of the two wall times;
* peak memory of the whole process tree (the writer and every worker), sampled every
  0.1 s, for a small and a larger corpus: flat memory means the larger is not higher;
* the database: bytes per byte of source text, and where the bytes are (dbstat);
* the single writer: seconds per document spent in ``store`` alone, in-process, against
  seconds per document of analysis, i.e. how many workers one SQLite writer can feed.

From these it projects a 1,000,000-document corpus. The machine is shared: the load
average is recorded before and after each run.

    python bench/scale.py --docs 1000 --big 5000 --jobs 2
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import benchmark  # noqa: E402  (the corpus generator)


def tree_rss(pid: int) -> int:
    import psutil

    try:
        p = psutil.Process(pid)
        procs = [p, *p.children(recursive=True)]
    except psutil.Error:
        return 0
    # PSS: pages a forked worker shares with its parent (the loaded models) count once in all
    total = 0
    for q in procs:
        try:
            total += q.memory_full_info().pss
        except (psutil.Error, AttributeError):
            try:
                total += q.memory_info().rss
            except psutil.Error:
                pass
    return total


def run_ingest(bellink: str, db: Path, corpus: Path, extra: list) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "BELLINK_DB"}
    load0 = os.getloadavg()[0]
    t0 = time.perf_counter()
    proc = subprocess.Popen([bellink, "--db", str(db), "ingest", str(corpus), "--json", *extra],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    peak = [0]
    done = threading.Event()

    def sample():
        while not done.is_set():
            peak[0] = max(peak[0], tree_rss(proc.pid))
            time.sleep(0.1)

    th = threading.Thread(target=sample, daemon=True)
    th.start()
    _, status, ru = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    done.set()
    th.join()
    err = proc.stderr.read().decode(errors="replace")
    if status != 0:
        raise RuntimeError(f"ingest failed ({status}): {err[-500:]}")
    return {"wall_s": round(wall, 2), "cpu_s": round(ru.ru_utime + ru.ru_stime, 2),
            "peak_tree_pss_mb": round(peak[0] / 2**20, 1), "maxrss_one_process_mb": round(ru.ru_maxrss / 1024, 1),
            "load_before": round(load0, 2), "load_after": round(os.getloadavg()[0], 2)}


_KB_ONLY: dict = {}


def kb_only_bytes() -> int:
    """Size of a database holding the knowledge base and no document: a fixed cost (about 0.9 MB)
    that a small corpus's bytes per source byte carries and a large one does not."""
    if "bytes" not in _KB_ONLY:
        from bellink.db import open_db
        from bellink.ingest import pipeline

        tmp = Path(tempfile.mkdtemp())
        conn = open_db(tmp / "kb.db")
        pipeline.sync_kb(conn)
        conn.execute("pragma wal_checkpoint(truncate)")
        conn.close()
        _KB_ONLY["bytes"] = (tmp / "kb.db").stat().st_size
        shutil.rmtree(tmp)
    return _KB_ONLY["bytes"]


def db_bytes(db: Path, source_bytes: int) -> dict:
    conn = sqlite3.connect(db)
    conn.execute("pragma wal_checkpoint(truncate)")
    rows = conn.execute("select name, sum(pgsize) from dbstat group by name order by 2 desc").fetchall()
    docs = conn.execute("select count(*) from documents").fetchone()[0]
    conn.close()
    size = db.stat().st_size
    kb = kb_only_bytes()
    return {"documents": docs, "file_bytes": size, "bytes_per_source_byte": round(size / source_bytes, 2),
            "bytes_per_source_byte_net_of_kb": round((size - kb) / source_bytes, 2), "kb_only_bytes": kb,
            "bytes_per_document": round(size / max(docs, 1)),
            "largest": {n: round(s / source_bytes, 2) for n, s in rows[:12]}}


def writer_capacity(corpus: Path, n: int) -> dict:
    """Seconds per document in analysis and in store, in this process."""
    from bellink.db import open_db
    from bellink.ingest import pipeline
    from bellink.ingest.load import load_document, load_manifest

    files = sorted(corpus.glob("*.txt"))[:n]
    manifest = load_manifest(corpus)
    tmp = Path(tempfile.mkdtemp())
    conn = open_db(tmp / "w.db")
    pipeline.sync_kb(conn)
    c0 = time.process_time()
    docs = [load_document(f, doc_id=f.stem, manifest=manifest) for f in files]
    load_s = time.process_time() - c0
    pipeline.analyze_many(docs[:8])  # models loaded before timing
    t0 = time.process_time()
    analyses = []
    for k in range(0, len(docs), 8):
        analyses.extend(pipeline.analyze_many(docs[k:k + 8]))
    analyze_s = time.process_time() - t0
    t0 = time.perf_counter()
    c0 = time.process_time()
    for a in analyses:
        pipeline.store(conn, a)
    store_wall = time.perf_counter() - t0
    store_cpu = time.process_time() - c0
    conn.close()
    shutil.rmtree(tmp)
    per_doc_analyze = analyze_s / len(docs)
    per_doc_store = store_wall / len(docs)
    return {"documents": len(docs), "load_cpu_ms_per_doc": round(load_s / len(docs) * 1000, 2),
            "analyze_cpu_ms_per_doc": round(per_doc_analyze * 1000, 2),
            "store_wall_ms_per_doc": round(per_doc_store * 1000, 2),
            "store_cpu_ms_per_doc": round(store_cpu / len(docs) * 1000, 2),
            # the ingest process reads, cleans and writes; workers analyze
            "writer_docs_per_cpu_s": round(len(docs) / (store_cpu + load_s)),
            "workers_one_writer_feeds": round(analyze_s / (store_cpu + load_s), 1)}


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--docs", type=int, default=1000, help="documents per language for the speed runs")
    p.add_argument("--big", type=int, default=0, help="English documents for the larger memory run (0: skip)")
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    p.add_argument("--runs", type=int, default=2, help="alternating runs of each setting")
    p.add_argument("--langs", default="en,ru")
    p.add_argument("--bellink", default=str(Path(sys.executable).with_name("bellink")))
    p.add_argument("--output", default=str(HERE / "scale_results.json"))
    a = p.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="bellink-scale-"))
    out = {"machine": {"nproc": os.cpu_count(), "python": sys.version.split()[0], "sqlite": sqlite3.sqlite_version},
           "started": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "languages": {}}
    try:
        for lang in a.langs.split(","):
            corpus = work / lang
            info = benchmark.generate_corpus(corpus, lang, a.docs)
            res = {"corpus": info, "jobs1": [], f"jobs{a.jobs}": []}
            for r in range(a.runs):
                order = [1, a.jobs] if r % 2 == 0 else [a.jobs, 1]
                for j in order:
                    db = work / f"{lang}-{j}-{r}.db"
                    m = run_ingest(a.bellink, db, corpus, ["--jobs", str(j)])
                    m["docs_per_s"] = round(a.docs / m["wall_s"], 1)
                    m["docs_per_cpu_s"] = round(a.docs / m["cpu_s"], 1)
                    res[f"jobs{j}"].append(m)
                    print(lang, f"jobs={j}", m, flush=True)
                    if r == a.runs - 1 and j == 1:
                        res["database"] = db_bytes(db, info["bytes"])
                    db.unlink()
            w1 = statistics.median(m["wall_s"] for m in res["jobs1"])
            wn = statistics.median(m["wall_s"] for m in res[f"jobs{a.jobs}"])
            res["speedup"] = round(w1 / wn, 2)
            res["writer"] = writer_capacity(corpus, min(a.docs, 300))
            print(lang, "speedup", res["speedup"], "database", res["database"], "writer", res["writer"], flush=True)
            out["languages"][lang] = res
        if a.big:
            mem = {}
            for n in (a.docs, a.big):
                corpus = work / f"mem{n}"
                info = benchmark.generate_corpus(corpus, "en", n, seed=7)
                db = work / f"mem{n}.db"
                m = run_ingest(a.bellink, db, corpus, ["--jobs", str(a.jobs)])
                m["database"] = db_bytes(db, info["bytes"])
                mem[n] = m
                print("memory", n, m, flush=True)
                db.unlink()
                shutil.rmtree(corpus)
            out["memory"] = mem
    finally:
        shutil.rmtree(work, ignore_errors=True)
    Path(a.output).write_text(json.dumps(out, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
