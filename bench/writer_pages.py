"""Where the writer's CPU goes: the pages each document's commit writes, by table and index.

Every commit writes each page the document dirtied to the WAL, whole (4 KB). A generated corpus is
analysed, then stored one document per transaction into a fresh database (or a copy of a large one,
``--db``) with automatic checkpoints off; the WAL's frames are then mapped to the b-trees that own
their pages (dbstat). Also prints the CPU milliseconds of ``store`` per document.

    python bench/writer_pages.py --docs 400 --lang en
    python bench/writer_pages.py --docs 150 --db /tmp/me/copy_of_100000.db   # the copy gains documents
"""
from __future__ import annotations

import argparse
import collections
import os
import shutil
import sqlite3
import struct
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--docs", type=int, default=400, help="documents stored (the first half warms the database)")
    p.add_argument("--lang", default="en", choices=["en", "ru"])
    p.add_argument("--db", default=None, help="store into this database (a COPY: it gains the documents)")
    p.add_argument("--top", type=int, default=16)
    a = p.parse_args(argv)

    import benchmark
    from bellink.db import open_db
    from bellink.ingest import pipeline
    from bellink.ingest.load import load_document, load_manifest

    tmp = Path(tempfile.mkdtemp())
    try:
        corpus = tmp / "corpus"
        corpus.mkdir()
        benchmark.generate_corpus(corpus, a.lang, a.docs)
        manifest = load_manifest(corpus)
        tag = f"-wp{os.getpid()}"  # new ids and texts: never duplicates of what a given database holds
        docs = []
        for f in sorted(corpus.glob("*.txt")):
            d = load_document(f, doc_id=f.stem + tag, manifest=manifest)
            d.path, d.sha256, d.text = None, (d.sha256 or "") + tag, d.text + " " + tag
            docs.append(d)
        analyses = []
        for k in range(0, len(docs), 16):
            analyses.extend(pipeline.analyze_many(docs[k:k + 16]))
        path = Path(a.db) if a.db else tmp / "w.db"
        conn = open_db(path)
        pipeline.sync_kb(conn)
        warm = len(analyses) // 2
        for x in analyses[:warm]:
            pipeline.store(conn, x)
        conn.execute("pragma wal_checkpoint(truncate)")
        conn.execute("pragma wal_autocheckpoint = 0")
        t0 = os.times()
        for x in analyses[warm:]:
            pipeline.store(conn, x)
        t1 = os.times()
        n = len(analyses) - warm
        page = conn.execute("pragma page_size").fetchone()[0]
        wal = Path(f"{path}-wal").read_bytes()
        pages, off = [], 32
        while off + 24 + page <= len(wal):
            pages.append(struct.unpack(">I", wal[off:off + 4])[0])
            off += 24 + page
        want = set(pages)
        owner = {pg: name for pg, name in sqlite3.connect(path).execute("select pageno, name from dbstat")
                 if pg in want}
        conn.execute("pragma wal_checkpoint(truncate)")
        conn.close()
        count = collections.Counter(owner.get(pg, "(free or header)") for pg in pages)
        cpu = (t1.user - t0.user + t1.system - t0.system) / n * 1000
        print(f"{n} documents: store {cpu:.2f} CPU-ms a document; {len(pages) / n:.1f} pages of {page} bytes"
              f" written a commit ({len(want) / n:.1f} distinct a document)")
        for name, c in count.most_common(a.top):
            print(f"  {c / n:6.2f}  {name}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
