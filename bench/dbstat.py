"""Where a database's bytes go, per byte of source text (issue 15), sqlite3_analyzer-style.

Reads SQLite's ``dbstat`` virtual table: every table with its indexes (the full-text index's shadow
tables together), the pages each takes, and its share of the file per byte of the corpus's source
text; ``--empty`` subtracts a database holding only the knowledge base (what no document adds).

    python bench/dbstat.py /tmp/en10k.db --corpus /tmp/en10k
    python bench/dbstat.py /tmp/real.db --corpus /work/realdev/articles --empty /tmp/empty.db

The file is checkpointed first (its WAL folded in), so the figures are the file's own pages.
"""
from __future__ import annotations

import argparse
import sqlite3
from collections import defaultdict
from pathlib import Path


def by_table(db: Path) -> dict[str, dict[str, int]]:
    """{table: {table or index name: bytes}}, the full-text index's shadow tables under one name."""
    conn = sqlite3.connect(db)
    conn.execute("pragma wal_checkpoint(truncate)")
    rows = conn.execute("select d.name, coalesce(m.tbl_name, d.name), sum(d.pgsize) from dbstat d"
                        " left join sqlite_master m on m.name = d.name group by d.name").fetchall()
    conn.close()
    out: dict[str, dict[str, int]] = defaultdict(dict)
    for name, table, size in rows:
        if table.endswith(("_fts_data", "_fts_idx", "_fts_docsize", "_fts_config", "_fts_content")):
            table = table.rsplit("_", 1)[0]
        out[table][name] = size
    return out


def source_bytes(corpus: Path) -> int:
    return sum(p.stat().st_size for p in corpus.iterdir() if p.suffix in (".txt", ".html", ".htm", ".md"))


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("db", type=Path)
    p.add_argument("--corpus", type=Path, help="the folder ingested (its .txt/.html/.md files' bytes)")
    p.add_argument("--source-bytes", type=int, help="the source bytes, when the corpus is not at hand")
    p.add_argument("--empty", type=Path, help="a database with the knowledge base alone, subtracted")
    p.add_argument("--min", type=float, default=0.005, help="leave out tables under this many bytes per source byte")
    a = p.parse_args(argv)
    src = a.source_bytes or (source_bytes(a.corpus) if a.corpus else 0)
    if not src:
        p.error("give --corpus or --source-bytes")
    tables = by_table(a.db)
    empty = by_table(a.empty) if a.empty else {}
    size = {t: sum(v.values()) - sum(empty.get(t, {}).values()) for t, v in tables.items()}
    total = sum(size.values())
    print(f"{a.db}: {total:,} bytes{' net of ' + str(a.empty) if a.empty else ''}, {src:,} source bytes,"
          f" {total / src:.3f} per source byte")
    for t in sorted(size, key=lambda t: -size[t]):
        if size[t] / src < a.min:
            continue
        parts = sorted(tables[t].items(), key=lambda kv: -kv[1])
        detail = ", ".join(f"{n} {(s - empty.get(t, {}).get(n, 0)) / src:.3f}" for n, s in parts) \
            if len(parts) > 1 else ""
        print(f"  {t:24s} {size[t] / src:6.3f}  {detail}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
