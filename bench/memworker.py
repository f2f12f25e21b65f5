"""One `--jobs N` worker's memory over a long ingest, in this process (issue 15: flat memory).

A worker of `ingest --jobs 2` analyzes every other chunk of 16 documents and empties its word caches
every CLEAR_EVERY / 2 documents (``caches.share``). This runs that life without the writer, the pipe or
the other worker: the stages loaded as a worker has them (``workers.warm``, ``_worker_start``), every
N-th chunk of a corpus analyzed and packed and pickled as a worker sends it, and at each emptying of the
caches (the moment a worker's memory peaks) it prints the process's RSS, Python's allocated blocks and
the entries the caches and word maps drop. RSS that rises from one emptying to the next while the
blocks stay level is the allocator's (the C heap's high-water mark); blocks that rise are objects that
outlive the emptying (a map of words nothing empties). A 10,000-document ingest's worker is ~5,000
documents here, ~1 CPU-minute on a quiet machine; no database, no children, RSS alone (no sharing).

    python bench/memworker.py /tmp/c10k                  # a corpus made before with --make
    python bench/memworker.py /tmp/c10k --docs 3000 --jobs 2
    python bench/memworker.py --make /tmp/c10k --docs 10000   # generate memgrow's corpus there first
"""
from __future__ import annotations

import argparse
import os
import pickle
import sys
import time
from pathlib import Path

for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):  # as `bellink ingest` does
    os.environ[_var] = "1"

HERE = Path(__file__).resolve().parent


def rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS"):
                return int(line.split()[1]) / 1024
    return 0.0


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("corpus", type=Path, help="a folder of *.txt (memgrow's corpus: new words in every document)")
    p.add_argument("--docs", type=int, default=5000, help="documents this worker analyzes")
    p.add_argument("--jobs", type=int, default=2, help="the ingest's workers: this one takes every jobs-th chunk")
    p.add_argument("--make", action="store_true", help="generate memgrow's corpus in CORPUS first")
    a = p.parse_args(argv)
    if a.make:
        sys.path.insert(0, str(HERE))
        import memgrow

        memgrow.corpus(a.corpus, a.docs * a.jobs)

    from bellink.ingest import caches, workers
    from bellink.ingest.load import load_document

    paths = sorted(a.corpus.glob("*.txt"))[: a.docs * a.jobs]
    workers._worker_start(a.jobs)
    digest = workers._kb_digest()
    print(f"started: RSS {rss_mb():.1f} MB, {sys.getallocatedblocks()} blocks", flush=True)
    empty = caches.clear
    done = [0]

    def clear() -> int:
        blocks, rss = sys.getallocatedblocks(), rss_mb()
        dropped = empty()
        print(f"{done[0]:>6} analyzed: RSS {rss:.1f} MB before emptying, {blocks} blocks -> "
              f"{sys.getallocatedblocks()}, {dropped} entries dropped, {time.process_time():.1f} CPU-s", flush=True)
        return dropped

    caches.clear = clear  # after_documents calls the module's clear
    step = 16 * a.jobs
    for k in range(0, len(paths), step):
        docs = [load_document(f, doc_id=f.stem) for f in paths[k:k + 16]]
        done[0] += len(docs)
        pickle.dumps(workers.analyze_chunk(docs, digest), protocol=pickle.HIGHEST_PROTOCOL)
    print(f"end: {done[0]} analyzed, RSS {rss_mb():.1f} MB", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
