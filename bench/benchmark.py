"""Whole-process performance benchmark of bellink, against the goals in BENCHMARKS.md.

    python bench/benchmark.py                # the full run (about 10 minutes on 2 cores)
    python bench/benchmark.py --quick        # small sizes, about a minute
    python bench/benchmark.py --json         # print the results as JSON instead of a table

Every figure is a whole process started the way a user starts it (``bellink
--db X ...``, BELLINK_DB unset), timed from outside; the median of several runs
is reported. What is measured:

* cold start: ``bellink who-said Ravkov --json`` next to ``sqlite-utils query
  DB "select 1"`` on the same (seeds) database, as a ratio; and which heavy
  modules (natasha, numpy, ...) the query command imported;
* ``bellink ingest`` of the bundled seeds into a fresh database, wall time
  including model loading;
* ingest throughput on a generated corpus (paragraphs of the repository's
  articles recombined into new documents, English and Russian in separate
  folders, each ingested into its own fresh database): documents/s and MB/s,
  whole process and net of the fixed start-up cost;
* query latency on a large database made from the seeds database by
  replicating its rows in SQL (see ``build_big_db``), with EXPLAIN QUERY PLAN
  of the SQL each query command runs and a flag on every full scan of a large
  table;
* peak memory (max RSS, from ``os.wait4``) of every ingest run.

A step that fails is reported and the others still run. Results (figures,
machine, date, commit) go to bench/results.json. Benchmarks are scripts, not
timing assertions in the test suite.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import platform
import random
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results.json"

GOALS = {
    "cold_start_ratio": ("<=", 0.5),
    "seeds_ingest_s": ("<=", 3.0),
    "throughput_en_docs_per_s": (">=", 50.0),
    "throughput_ru_docs_per_s": (">=", 15.0),
    "query_s": ("<=", 0.2),
    "peak_rss_mb": ("<=", 500.0),
}

# Modules a query command must not import (ingest's stack).
HEAVY_MODULES = ("natasha", "numpy", "navec", "slovnet", "pymorphy2", "pymorphy3", "razdel", "yargy",
                 "sqlite_utils", "rich", "dateutil", "bellink.ingest")

LARGE_TABLES = ("sentences", "mentions", "statements", "events", "event_entities", "timexes", "documents",
                "sentences_fts")

QUERIES = {
    "who-said Ravkov": ["who-said", "Ravkov", "--json"],
    "timeline --system S-400": ["timeline", "--system", "S-400", "--json"],
    "deliveries --recipient Belarus": ["deliveries", "--recipient", "Belarus", "--json"],
}

# The default view of every listing (a table of the first page, footer on stderr), timed at
# several database sizes: what a person typing the command waits for.
TABLE_QUERIES = {
    "sources": ["sources"],
    "entities": ["entities"],
    "search S-400": ["search", "S-400"],
    "search Iskander": ["search", "Iskander"],
    "search Лукашенко": ["search", "Лукашенко"],
    "statements": ["statements"],
    "who-said Ravkov": ["who-said", "Ravkov"],
    "who-said Lukashenko": ["who-said", "Lukashenko"],  # a speaker with many statements
    "deliveries": ["deliveries"],
    "deliveries --recipient Belarus": ["deliveries", "--recipient", "Belarus"],
    "deliveries --lifecycle": ["deliveries", "--lifecycle"],
    "timeline": ["timeline"],
    "timeline --system S-400": ["timeline", "--system", "S-400"],
    "timeline --entity Belarus": ["timeline", "--entity", "Belarus"],
    # newest first: the date index read backwards (2.7-2.9 s at 100,000 documents before 14th session)
    "statements --desc": ["statements", "--desc"],
    "deliveries --desc": ["deliveries", "--desc"],
    "timeline --desc": ["timeline", "--desc"],
    "show Lukashenko": ["show", "Lukashenko"],
    "show S-400": ["show", "S-400"],
    "fact (a statement)": ["fact", "{FACT}"],
    # machine formats stream every row: timed on answers of a few thousand rows
    "timeline --system S-400 --json": ["timeline", "--system", "S-400", "--json"],
    "who-said Lukashenko --csv": ["who-said", "Lukashenko", "--csv"],
}
TABLE_ENV = {"COLUMNS": "120", "LINES": "50"}

# --- running processes ---------------------------------------------------------------


@dataclass
class Run:
    wall: float
    user: float
    sys: float
    maxrss_mb: float
    returncode: int
    stderr: str

    @property
    def cpu(self) -> float:
        return self.user + self.sys


class StepFailed(Exception):
    pass


def clean_env(extra: Optional[dict] = None) -> dict:
    env = dict(os.environ)
    env.pop("BELLINK_DB", None)
    # As installed by pip, bellink's modules are compiled to bytecode once; a shell with
    # PYTHONDONTWRITEBYTECODE set would make every timed process compile them from source
    # again (~30 ms of start-up on this machine): the first run of each command writes them.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.setdefault("PYTHONIOENCODING", "utf-8")
    env.update(extra or {})
    return env


def run(cmd: list, *, stdout_path: Optional[Path] = None, cwd: Optional[Path] = None, check: bool = True,
        env: Optional[dict] = None, tty: bool = False) -> Run:
    """Run one process; wall time from outside, CPU time and max RSS from its rusage.

    tty: stdout is a pseudo-terminal (drained and thrown away), so a table is drawn the way a
    person at a terminal gets it (rich, fitted to COLUMNS) rather than as piped plain text.
    """
    if tty:
        return _run_tty(cmd, cwd=cwd, check=check, env=env)
    with tempfile.TemporaryFile() as err:
        out = open(stdout_path, "wb") if stdout_path else subprocess.DEVNULL
        try:
            t0 = time.perf_counter()
            proc = subprocess.Popen([str(c) for c in cmd], stdout=out, stderr=err, stdin=subprocess.DEVNULL,
                                    env=clean_env(env), cwd=cwd)
            _, status, usage = os.wait4(proc.pid, 0)
            wall = time.perf_counter() - t0
            proc.returncode = os.waitstatus_to_exitcode(status)
        finally:
            if stdout_path:
                out.close()
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
    return _finished(cmd, wall, usage, proc.returncode, stderr, check)


def _finished(cmd: list, wall: float, usage, returncode: int, stderr: str, check: bool) -> Run:
    """One timed process's figures; a failure raised with the last lines of its stderr when ``check``."""
    r = Run(wall, usage.ru_utime, usage.ru_stime, usage.ru_maxrss / 1024, returncode, stderr)
    if check and r.returncode != 0:
        tail = " | ".join(stderr.strip().splitlines()[-3:])
        raise StepFailed(f"{' '.join(map(str, cmd[:6]))} ... exited {r.returncode}: {tail}")
    return r


def _run_tty(cmd: list, *, cwd=None, check=True, env=None) -> Run:
    import pty
    import threading

    master, slave = pty.openpty()

    def drain():
        while True:
            try:
                if not os.read(master, 65536):
                    return
            except OSError:
                return

    with tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen([str(c) for c in cmd], stdout=slave, stderr=err, stdin=subprocess.DEVNULL,
                                env=clean_env(env), cwd=cwd)
        os.close(slave)
        reader = threading.Thread(target=drain, daemon=True)
        reader.start()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        reader.join(timeout=5)
        os.close(master)
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
    return _finished(cmd, wall, usage, proc.returncode, stderr, check)


def median(xs):
    return statistics.median(xs) if xs else None


def rnd(x, n=3):
    return None if x is None else round(x, n)


# --- machine ---------------------------------------------------------------------------------


def interpreter_of(exe: Path) -> Path:
    """The Python an entry-point script runs on (its shebang), else this one."""
    try:
        first = exe.read_bytes()[:300].split(b"\n", 1)[0].decode()
        if first.startswith("#!") and "python" in first:
            return Path(first[2:].strip().split()[0])
    except OSError:
        pass
    return Path(sys.executable)


def machine_info(bellink_py: Path, sqlite_utils: Path) -> dict:
    info: dict = {"nproc": os.cpu_count(), "cpus_usable": len(os.sched_getaffinity(0)),
                  "platform": platform.platform(), "loadavg_at_start": [round(x, 2) for x in os.getloadavg()]}
    try:
        cpuinfo = Path("/proc/cpuinfo").read_text()
        m = re.search(r"^model name\s*:\s*(.+)$", cpuinfo, re.M)
        info["cpu_model"] = m.group(1).strip() if m else None
        mhz = re.search(r"^cpu MHz\s*:\s*(.+)$", cpuinfo, re.M)
        info["cpu_mhz"] = float(mhz.group(1)) if mhz else None
    except OSError:
        info["cpu_model"] = None
    try:
        m = re.search(r"^MemTotal:\s*(\d+) kB", Path("/proc/meminfo").read_text(), re.M)
        info["memory_gib"] = round(int(m.group(1)) / 1024 / 1024, 1)
    except (OSError, AttributeError):
        info["memory_gib"] = None
    try:
        out = subprocess.run(
            [str(bellink_py), "-c", "import sys, sqlite3, importlib.metadata as m; "
             "print(sys.version.split()[0]); print(sqlite3.sqlite_version); print(m.version('bellink'))"],
            capture_output=True, text=True, env=clean_env(), check=True).stdout.split()
        info["python"], info["sqlite"], info["bellink_version"] = out[:3]
    except (subprocess.CalledProcessError, OSError, ValueError):
        info["python"], info["sqlite"] = platform.python_version(), sqlite3.sqlite_version
    try:
        info["sqlite_utils_version"] = subprocess.run([str(sqlite_utils), "--version"], capture_output=True,
                                                      text=True, env=clean_env()).stdout.strip()
    except OSError:
        pass
    try:
        info["commit"] = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                                        text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "bellink", "migrations"], cwd=ROOT,
                               capture_output=True, text=True).stdout.splitlines()
        info["uncommitted_code_changes"] = [line[3:] for line in dirty]
    except (subprocess.CalledProcessError, OSError):
        info["commit"] = None
    return info


# --- the generated corpus ------------------------------------------------------------------


def corpus_sources() -> list[Path]:
    files = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "bench" / "gold" / "articles").glob("*.txt"))
    files += sorted((ROOT / "tests" / "data").rglob("*.txt"))
    return files


def language_of(text: str) -> str:
    cyr = sum(1 for ch in text if "\u0400" <= ch <= "\u04ff")
    lat = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    return "ru" if cyr > lat else "en"


def split_paragraphs(text: str) -> list[str]:
    """Blank-line separated blocks; a long block without blank lines (a one-sentence-per-line
    fixture) is cut into three-line paragraphs."""
    out = []
    for block in re.split(r"\n\s*\n", text.replace("\r\n", "\n")):
        lines = [line.strip() for line in block.strip().splitlines() if line.strip()]
        if not lines:
            continue
        if len(lines) > 8:
            out += [" ".join(lines[i:i + 3]) for i in range(0, len(lines), 3)]
        else:
            out.append("\n".join(lines))
    return out


def corpus_pools() -> dict:
    """{lang: {"titles": [...], "paragraphs": [...]}} from the repository's articles."""
    pools = {"en": {"titles": [], "paragraphs": []}, "ru": {"titles": [], "paragraphs": []}}
    for f in corpus_sources():
        paras = split_paragraphs(f.read_text(encoding="utf-8", errors="replace"))
        if not paras:
            continue
        first, rest = paras[0], paras[1:]
        if "\n" not in first and len(first) < 200:
            pools[language_of(first)]["titles"].append(first)
        else:
            rest = paras
        for p in rest:
            if sum(ch.isalpha() for ch in p) >= 20:
                pools[language_of(p)]["paragraphs"].append(p)
    return pools


def generate_corpus(folder: Path, lang: str, n: int, seed: int = 20240601) -> dict:
    """n documents of one language: a title line, a blank line, 5-12 random paragraphs;
    plus manifest.json so every document has a publication date."""
    pools = corpus_pools()[lang]
    if not pools["paragraphs"]:
        raise StepFailed(f"no {lang} paragraphs in the sources")
    titles = pools["titles"] or [pools["paragraphs"][0].split(".")[0][:80]]
    rng = random.Random(f"{seed}-{lang}")
    folder.mkdir(parents=True, exist_ok=True)
    manifest, seen, total_bytes = {}, set(), 0
    start = dt.date(2005, 1, 1)
    for i in range(n):
        while True:
            k = rng.randint(5, 12)
            paras = [rng.choice(pools["paragraphs"]) for _ in range(k)]
            text = rng.choice(titles) + "\n\n" + "\n\n".join(paras) + "\n"
            if text not in seen:  # identical content would be skipped by ingest as a duplicate
                seen.add(text)
                break
        stem = f"gen_{lang}_{i:05d}"
        data = text.encode("utf-8")
        (folder / f"{stem}.txt").write_bytes(data)
        total_bytes += len(data)
        published = start + dt.timedelta(days=rng.randrange(20 * 365))
        manifest[stem] = {"published": published.isoformat(), "lang": lang}
    (folder / "manifest.json").write_text(json.dumps(manifest, indent=0, ensure_ascii=False), encoding="utf-8")
    return {"documents": n, "bytes": total_bytes, "source_files": len(corpus_sources()),
            "source_paragraphs": len(pools["paragraphs"]), "source_titles": len(pools["titles"])}


# --- the large database ------------------------------------------------------------------------

# Tables copied per replica, in dependency order, with the columns that must be remapped.
# Any other column is copied as it is, so a new column from a later migration needs no change here.
DOC = "s.document_id || '-' || r.n"


def ent(col: str) -> str:
    return (f"coalesce((select em.new_id from emap em where em.orig_id = s.{col} and em.slot = r.slot), s.{col})")


# a replica's fact id in the shape the writer gives (kind letter, 12 hex digits: stored as an integer since
# migration 0039), unique: the seed row's id and the replica's number, 6 hex digits each
FACT_ID = "substr(s.fact_id, 1, 2) || printf('%06x%06x', s.id, r.n)"
FACT_KEY = f"CASE WHEN s.fact_key IS NOT NULL THEN (s.id << 24) + r.n - {1 << 47} END"


def replica_columns(offsets: dict) -> dict:
    def off(table, col="id"):
        # a table keyed without an id (mention_spans since migration 0040) has no offset: its key is the doc's
        return f"s.{col} + r.n * {offsets[table]}" if table in offsets else f"s.{col}"

    return {
        "documents": {"id": "s.id || '-' || r.n", "path": "s.path || '#' || r.n",
                      "sha256": "CASE WHEN typeof(s.sha256) = 'blob' THEN randomblob(32)"
                                 " ELSE s.sha256 || '-' || r.n END"},  # bytes since 0041: a hash of its own
        "sentences": {"id": off("sentences"), "document_id": DOC},
        "mentions": {"id": off("mentions"), "document_id": DOC, "sentence_id": off("sentences", "sentence_id"),
                     "entity_id": ent("entity_id")},
        "timexes": {"id": off("timexes"), "document_id": DOC, "sentence_id": off("sentences", "sentence_id")},
        "statements": {"id": off("statements"), "document_id": DOC, "fact_id": FACT_ID, "fact_key": FACT_KEY,
                       "sentence_id": off("sentences", "sentence_id"),
                       "speaker_id": ent("speaker_id"), "channel_id": ent("channel_id")},
        "events": {"id": off("events"), "document_id": DOC, "fact_id": FACT_ID, "fact_key": FACT_KEY,
                   "sentence_id": off("sentences", "sentence_id"),
                   "statement_id": off("statements", "statement_id")},
        "event_entities": {"event_id": off("events", "event_id"), "entity_id": ent("entity_id")},
        "roles": {"id": off("roles"), "document_id": DOC, "entity_id": ent("entity_id")},
    }


def columns(conn, table: str, schema: str = "main") -> list[str]:
    return [r[1] for r in conn.execute(f"pragma {schema}.table_info({table})")]


def _days_sql(published: str) -> str:
    """The first and last ISO day of a publication date (YYYY, YYYY-MM or YYYY-MM-DD; NULL otherwise), as
    two SQL expressions: the views take a fact's date_lo/date_hi as days (migration 0044)."""
    p = published
    return (f"CASE WHEN {p} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' THEN {p}"
            f" WHEN {p} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]' THEN {p} || '-01'"
            f" WHEN {p} GLOB '[0-9][0-9][0-9][0-9]' THEN {p} || '-01-01' END,"
            f" CASE WHEN {p} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' THEN {p}"
            f" WHEN {p} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]' THEN date({p} || '-01', '+1 month', '-1 day')"
            f" WHEN {p} GLOB '[0-9][0-9][0-9][0-9]' THEN {p} || '-12-31' END")


def add_synthetic_facts(conn, mode: str) -> dict:
    """The extraction stages may not produce statements or events yet; queries over empty
    tables would time nothing. When a table is empty (mode "auto") or always (mode
    "always"), derive plausible facts from the stored mentions: a reported statement for
    every sentence naming a person (speaker: the first person named, span: the sentence),
    a delivery Russia -> Belarus for every weapon system named in a sentence, an exercise
    for every exercise named (participants: the countries named in the sentence)."""
    added = {"statements": 0, "events": 0}
    if mode == "never":
        return added
    n_st = conn.execute("select count(*) from statements").fetchone()[0]
    n_ev = conn.execute("select count(*) from events").fetchone()[0]
    if n_st == 0 or mode == "always":
        conn.execute(
            f"""
            insert into statements (document_id, sentence_id, speaker_id, speaker_text, text, start, stop, direct,
                                    language, date, date_precision, date_method, date_text, date_lo, date_hi,
                                    confidence)
            select s.document_id, s.id, m.entity_id, m.text, s.text, s.start, s.stop, s.idx % 2, d.lang,
                   d.published, d.published_precision, 'publication', null, {_days_sql('d.published')}, 0.5
            from sentences s join documents d on d.id = s.document_id
            join mentions m on m.id = (select m2.id from mentions m2 join entities e on e.id = m2.entity_id
                                       where m2.sentence_id = s.id and e.type = 'person' order by m2.start limit 1)
            """)
        # rowcount does not count rows an INSTEAD OF trigger wrote: count the table
        added["statements"] = conn.execute("select count(*) from statement_rows").fetchone()[0] - n_st
    if n_ev == 0 or mode == "always":
        def country(name):
            row = conn.execute("select id from entities where type = 'country' and name = ?", (name,)).fetchone()
            return row[0] if row else None

        russia, belarus = country("Russia"), country("Belarus")
        statuses = ["discussed", "planned", "ordered", "delivered", "in_service"]
        rows = conn.execute(
            """select distinct s.id as sid, s.document_id, s.idx, s.start, s.stop, m.entity_id, e.type, e.name,
                      d.published, d.published_precision
               from mentions m join entities e on e.id = m.entity_id join sentences s on s.id = m.sentence_id
               join documents d on d.id = s.document_id
               where e.type in ('weapon_system', 'exercise') order by s.id, m.entity_id""").fetchall()
        for r in rows:
            sid, doc, idx, start, stop, eid, etype, name, pub, prec = r
            if etype == "weapon_system":
                kind, status, summary = "delivery", statuses[(idx + eid) % 5], f"Russia -> Belarus: {name}"
            else:
                kind, status, summary = "exercise", "held", name
            lo, hi = conn.execute(f"select {_days_sql(':pub')}", {"pub": pub}).fetchone()
            cur = conn.execute(
                """insert into events (document_id, sentence_id, kind, status, date, date_precision, date_method,
                                       date_lo, date_hi, summary, start, stop, confidence)
                   values (?, ?, ?, ?, ?, ?, 'publication', ?, ?, ?, ?, ?, 0.5)""",
                (doc, sid, kind, status, pub, prec, lo, hi, summary, start, stop))
            # through the view's INSTEAD OF trigger, lastrowid is not the new event's id (SQLite gives back
            # the rowid from before the trigger ran); the trigger appends the row, so it is the largest id
            ev = conn.execute("select max(id) from event_rows").fetchone()[0]
            links = [("system", eid)] if kind == "delivery" else [("exercise", eid)]
            if kind == "delivery":
                links += [("supplier", russia), ("recipient", belarus)]
            else:
                links += [("participant", c) for (c,) in conn.execute(
                    """select distinct m.entity_id from mentions m join entities e on e.id = m.entity_id
                       where m.sentence_id = ? and e.type = 'country'""", (sid,))]
            for role, x in links:
                if x is not None:
                    conn.execute("insert or ignore into event_entities (event_id, role, entity_id) values (?, ?, ?)",
                                 (ev, role, x))
            added["events"] += 1
    return added


def build_big_db(seeds_db: Path, big_db: Path, n_docs: int, *, pool: int = 5000, keep_every: int = 50,
                 synthetic: str = "auto", log: Callable = print) -> dict:
    """A database of about n_docs documents made from a seeds database in SQL.

    Replica r of every seed row gets document id ``orig || '-' || r`` and integer ids
    offset by r times the table's largest id + 1, so foreign keys stay consistent. In
    most replicas each entity is swapped for one of ~``pool`` synthetic clones of it
    (same type, entities + aliases rows), keeping the original entities only in every
    ``keep_every``-th replica: a query about Ravkov then returns hundreds of rows, not
    one per replica. Secondary indexes and the FTS trigger are dropped during the bulk
    copy and recreated after it (the FTS index rebuilt once), which builds the same
    database much faster than row-by-row maintenance.
    """
    t0 = time.perf_counter()
    src = big_db.with_name("big_source.db")
    shutil.copyfile(seeds_db, src)
    for suffix in ("-wal", "-shm"):
        if Path(str(seeds_db) + suffix).exists():
            shutil.copyfile(str(seeds_db) + suffix, str(src) + suffix)
    sconn = sqlite3.connect(src, isolation_level=None)
    sconn.execute("pragma journal_mode = delete")
    sconn.execute("begin")
    added = add_synthetic_facts(sconn, synthetic)
    sconn.execute("commit")
    sconn.close()
    shutil.copyfile(src, big_db)

    conn = sqlite3.connect(big_db, isolation_level=None)
    conn.execute("pragma foreign_keys = off")
    conn.execute("pragma journal_mode = off")
    conn.execute("pragma synchronous = off")
    conn.execute("pragma cache_size = -1000000")
    conn.execute("pragma temp_store = memory")
    conn.execute(f"attach database '{src}' as src")

    n_seed_docs = conn.execute("select count(*) from src.documents").fetchone()[0]
    if not n_seed_docs:
        raise StepFailed("the seeds database has no documents")
    replicas = max(1, math.ceil(n_docs / n_seed_docs))
    # since migration 0006 sentences are stored in sentence_spans (the view `sentences` adds their text)
    sent = "sentence_spans" if columns(conn, "sentence_spans") else "sentences"
    # since migration 0017 the rows live in tables keyed by the document's integer key, behind views
    compact = bool(columns(conn, "statement_rows"))
    tables = ["documents", sent, "mentions", "timexes", "statements", "events", "event_entities", "roles"]
    if compact:
        # since migration 0034 an event's roles are codes in event_entity_rows, behind the view
        links = "event_entity_rows" if columns(conn, "event_entity_rows") else "event_entities"
        tables = ["documents", sent, "mention_spans", "timex_spans", "statement_rows", "event_rows",
                  links, "roles"]
        if columns(conn, "document_text"):  # since migration 0036 the text is in pieces, behind the view
            tables = ["document_rows", "document_text"] + tables[1:]
    offsets = {t: (conn.execute(f"select coalesce(max(id), 0) + 1 from src.{t}").fetchone()[0])
               for t in tables if "id" in columns(conn, t)}
    offsets["sentences"] = offsets[sent]
    if compact:
        offsets["doc"] = conn.execute("select coalesce(max(pk), 0) + 1 from src.documents").fetchone()[0]
        for view, table in (("mentions", "mention_spans"), ("timexes", "timex_spans"),
                            ("statements", "statement_rows"), ("events", "event_rows")):
            if table in offsets:
                offsets[view] = offsets[table]

    # The entity pool: synthetic clones of every entity the seed facts refer to.
    referenced = [r[0] for r in conn.execute(
        """select entity_id from src.mentions union select speaker_id from src.statements where speaker_id is not null
           union select channel_id from src.statements where channel_id is not null
           union select entity_id from src.event_entities
           union select entity_id from src.roles where document_id is not null order by 1""")]
    copies = max(1, math.ceil(pool / max(1, len(referenced))))
    base = conn.execute("select max(id) + 1 from entities").fetchone()[0]
    conn.execute("begin")
    conn.execute("create temp table emap (orig_id integer, slot integer, new_id integer, primary key (orig_id, slot))"
                 " without rowid")
    conn.executemany("insert into emap values (?, ?, ?)",
                     [(e, k, base + i * copies + k) for i, e in enumerate(referenced) for k in range(copies)])
    ecols = columns(conn, "entities")
    over = {"id": "em.new_id", "key": "e.key || '#syn' || em.slot", "name": "e.name || ' syn' || em.slot",
            "name_ru": "e.name_ru || ' syn' || em.slot", "source": "'discovered'", "family_id": "null"}
    conn.execute(f"insert into entities ({', '.join(ecols)}) select {', '.join(over.get(c, 'e.' + c) for c in ecols)}"
                 " from emap em join entities e on e.id = em.orig_id order by em.new_id")
    acols = columns(conn, "aliases")
    over = {"entity_id": "em.new_id", "alias": "a.alias || ' syn' || em.slot", "norm": "a.norm || ' syn' || em.slot"}
    conn.execute(f"insert into aliases ({', '.join(acols)}) select {', '.join(over.get(c, 'a.' + c) for c in acols)}"
                 " from emap em join aliases a on a.entity_id = em.orig_id")
    # Replica numbers with the clone slot each uses (-1: the original entities).
    conn.execute("create temp table reps (n integer primary key, slot integer)")
    conn.execute(
        f"""insert into reps with recursive r(n) as (select 1 union all select n + 1 from r where n < {replicas - 1})
            select n, case when n % {keep_every} = 0 then -1 else n % {copies} end from r where {replicas} > 1""")
    conn.execute("commit")
    pool_info = {"referenced_entities": len(referenced), "clones_per_entity": copies,
                 "synthetic_entities": len(referenced) * copies}

    # Drop what makes bulk inserts slow; put it back afterwards.
    saved = conn.execute(
        f"""select type, name, sql from sqlite_master where sql is not null and tbl_name in ({','.join('?' * len(tables))})
            and type in ('index', 'trigger')""", tables).fetchall()
    for typ, name, _ in saved:
        conn.execute(f"drop {typ} {name}")
    timings = {}
    spec = replica_columns(offsets)
    spec[sent] = spec["sentences"]
    spec["event_entity_rows"] = spec["event_entities"]
    if "event_entity_rows" in tables:  # the seeds' role codes, so that their rows mean the same roles
        conn.execute("insert or ignore into event_roles (code, role) select code, role from src.event_roles")
    if compact:
        doc = f"s.doc + r.n * {offsets['doc']}"
        spec["documents"]["pk"] = f"s.pk + r.n * {offsets['doc']}"
        # since migration 0046 a document's row holds the range of its sentences' ids
        for c in ("sentence_first", "sentence_last"):
            spec["documents"][c] = f"s.{c} + r.n * {offsets[sent]}"
        spec["document_rows"] = spec["documents"]
        # a piece's key is its document's key * 2^32 + its number
        spec["document_text"] = {"key": f"(s.key / 4294967296 + r.n * {offsets['doc']}) * 4294967296"
                                        " + s.key % 4294967296"}
        for view, table in (("sentences", sent), ("mentions", "mention_spans"), ("timexes", "timex_spans"),
                            ("statements", "statement_rows"), ("events", "event_rows")):
            spec[table] = {**{k: v for k, v in spec[view].items() if k != "document_id"}, "doc": doc}
    for t in tables:
        t1 = time.perf_counter()
        cols = columns(conn, t)
        exprs = [spec[t].get(c, f"s.{c}") for c in cols]
        where = " where s.document_id is not null" if t == "roles" else ""
        order = (" order by r.n, s.id" if "id" in cols else " order by r.n, s.key" if "key" in cols
                 else " order by r.n, s.doc, s.start" if {"doc", "start"} <= set(cols) else " order by r.n")
        conn.execute("begin")
        conn.execute(f"insert into {t} ({', '.join(cols)}) select {', '.join(exprs)} from reps r, src.{t} s"
                     f"{where}{order}")
        conn.execute("commit")
        timings[t] = round(time.perf_counter() - t1, 1)
        log(f"    {t}: {conn.execute(f'select count(*) from {t}').fetchone()[0]:,} rows ({timings[t]} s)")
    t1 = time.perf_counter()
    conn.execute("begin")
    for typ, name, sql in saved:
        conn.execute(sql)
    conn.execute("commit")
    timings["indexes"] = round(time.perf_counter() - t1, 1)
    t1 = time.perf_counter()
    conn.execute("insert into sentences_fts(sentences_fts) values('rebuild')")
    # kept by triggers on mentions (migrations 0012_*), which the bulk copy ran without
    for table, sql in (("entity_counts", "select entity_id, count(*), count(distinct document_id) from mentions"
                                         " group by entity_id"),
                       ("entity_forms", "select entity_id, text, count(*) from mentions group by entity_id, text")):
        if columns(conn, table):
            conn.execute("begin")
            conn.execute(f"delete from {table}")
            conn.execute(f"insert into {table} {sql}")
            conn.execute("commit")
    if columns(conn, "document_entities"):  # each document's entities (migration 0047), listed from its mentions
        conn.execute("begin")
        conn.execute("delete from document_entities")
        conn.execute("insert into document_entities (doc, entity_id)"
                     " select distinct doc, entity_id from mention_spans order by doc, entity_id")
        conn.execute("commit")
    timings["fts_rebuild"] = round(time.perf_counter() - t1, 1)
    log(f"    indexes {timings['indexes']} s, FTS rebuild {timings['fts_rebuild']} s")
    conn.execute("detach database src")
    conn.execute("pragma journal_mode = wal")
    counts = {t: conn.execute(f"select count(*) from {t}").fetchone()[0]
              for t in dict.fromkeys(["documents"] + tables + ["entities", "aliases"])}
    conn.close()
    src.unlink()
    return {"documents": counts["documents"], "replicas": replicas, "rows": counts, "entity_pool": pool_info,
            "synthetic_facts_in_seed_copy": added, "size_mb": round(big_db.stat().st_size / 2**20, 1),
            "build_s": round(time.perf_counter() - t0, 1), "build_timings_s": timings}


# --- in-process probes (run on bellink's own interpreter) ------------------------------------------

IMPORT_PROBE = r"""
import io, json, sys
from contextlib import redirect_stdout
from bellink.cli import cli
buf = io.StringIO()
code = 0
with redirect_stdout(buf):
    try:
        cli.main(sys.argv[1:], prog_name="bellink")
    except SystemExit as exc:
        code = exc.code
heavy = %r
print(json.dumps({"exit": code, "modules": len(sys.modules),
                  "heavy": sorted(m for m in sys.modules if any(m == h or m.startswith(h + ".") for h in heavy))}))
"""

PLAN_PROBE = r"""
import io, json, re, sys, time
from contextlib import redirect_stdout
import bellink.db
from bellink.cli import cli

db, args = sys.argv[1], json.loads(sys.argv[2])
traced, conns = [], []
_open = bellink.db.open_db

def open_traced(*a, **k):
    conn = _open(*a, **k)
    conn.set_trace_callback(traced.append)
    conns.append(conn)
    return conn

bellink.db.open_db = open_traced
buf = io.StringIO()
t0 = time.perf_counter()
code = 0
with redirect_stdout(buf):
    try:
        cli.main(["--db", db] + args, prog_name="bellink")
    except SystemExit as exc:
        code = exc.code
elapsed = time.perf_counter() - t0
conn = _open(db, must_exist=True)
out = []
for sql in traced:
    low = sql.lstrip().lower()
    if not low.startswith(("select", "with")) or "sqlite_master" in low or "bellink_migrations" in low:
        continue
    plan = [r[3] for r in conn.execute("explain query plan " + sql)]
    t = time.perf_counter()
    n = len(conn.execute(sql).fetchall())
    out.append({"sql": re.sub(r"\s+", " ", sql).strip(), "plan": plan, "rows": n, "seconds": time.perf_counter() - t})
print(json.dumps({"exit": code, "in_process_s": elapsed, "statements": out}, ensure_ascii=False))
"""


def table_aliases(sql: str) -> dict:
    """alias -> table for every 'from T [as] A' / 'join T [as] A' in a statement."""
    out = {}
    keywords = {"on", "where", "join", "left", "inner", "cross", "order", "group", "limit", "using", "natural"}
    for m in re.finditer(r"\b(?:from|join)\s+(\w+)(?:\s+(?:as\s+)?(\w+))?", sql, re.I):
        table, alias = m.group(1).lower(), (m.group(2) or "").lower()
        out[table] = table
        if alias and alias not in keywords:
            out[alias] = table
    return out


def full_scans(sql: str, plan: list[str]) -> list[str]:
    """Plan lines that read a whole large table (or a whole index of one)."""
    aliases = table_aliases(sql)
    flagged = []
    for line in plan:
        m = re.match(r"SCAN (\w+)", line)
        if m and aliases.get(m.group(1).lower(), m.group(1).lower()) in LARGE_TABLES:
            flagged.append(f"{line}  [{aliases.get(m.group(1).lower(), m.group(1))}]")
    return flagged


def correlated_filters(sql: str, plan: list[str]) -> list[str]:
    """A large table read row by row with a correlated EXISTS per row: not a SCAN when it is
    driven by a low-selectivity index (events_kind: kind = 'delivery'), but the same cost."""
    if not any(line.startswith("CORRELATED") for line in plan):
        return []
    aliases = table_aliases(sql)
    first = next((line for line in plan if line.startswith(("SCAN ", "SEARCH "))), None)
    if not first or first.startswith("SCAN "):  # a SCAN is reported as a full scan already
        return []
    name = first.split()[1].lower()
    table = aliases.get(name, name)
    return [f"{first} + correlated subquery per row  [{table}]"] if table in LARGE_TABLES else []


# --- the benchmark ---------------------------------------------------------------------------------


def met(goal_key: str, value) -> Optional[bool]:
    if value is None:
        return None
    op, target = GOALS[goal_key]
    return value <= target if op == "<=" else value >= target


class Bench:
    def __init__(self, args):
        self.args = args
        self.bellink = Path(args.bellink)
        self.sqlite_utils = Path(args.sqlite_utils)
        self.py = interpreter_of(self.bellink)
        self.results: dict = {"steps": {}, "errors": {}, "loadavg_1min": {}}
        self.ingest_rss: list[tuple[str, float]] = []

    def log(self, msg: str) -> None:
        if not self.args.json:
            print(msg, file=sys.stderr, flush=True)

    def step(self, name: str, fn: Callable, *a, **k):
        self.log(f"== {name}")
        t0 = time.perf_counter()
        load = os.getloadavg()[0]
        try:
            out = fn(*a, **k)
            self.results["steps"][name] = out
            return out
        except Exception as exc:  # keep going: one broken step must not hide the others
            msg = f"{type(exc).__name__}: {exc}"
            self.results["errors"][name] = msg
            self.log(f"   FAILED: {msg}")
            if not isinstance(exc, StepFailed):
                self.log(traceback.format_exc())
            return None
        finally:
            # Other work on the machine skews timings: keep the 1-minute load next to each figure.
            self.results["loadavg_1min"][name] = {"before": round(load, 2), "after": round(os.getloadavg()[0], 2)}
            self.log(f"   ({time.perf_counter() - t0:.1f} s)")

    def ingest(self, db: Path, paths: list, label: str, env: Optional[dict] = None) -> Run:
        r = run([self.bellink, "--db", db, "ingest", *paths, "--json"], env=env)
        self.ingest_rss.append((label, r.maxrss_mb))
        return r

    # -- steps

    def seeds_ingest(self, tmp: Path) -> dict:
        runs = []
        for i in range(self.args.ingest_runs):
            db = tmp / f"seeds{i}.db"
            r = self.ingest(db, [], "seeds")
            runs.append(r)
            self.log(f"   run {i + 1}: {r.wall:.2f} s, {r.maxrss_mb:.0f} MB")
        shutil.copyfile(tmp / "seeds0.db", tmp / "seeds.db")
        conn = sqlite3.connect(tmp / "seeds.db")
        counts = {t: conn.execute(f"select count(*) from {t}").fetchone()[0]
                  for t in ("documents", "sentences", "mentions", "timexes", "statements", "events")}
        conn.close()
        return {"runs_s": [rnd(r.wall) for r in runs], "median_s": rnd(median([r.wall for r in runs])),
                "cpu_s": rnd(median([r.cpu for r in runs])), "max_rss_mb": rnd(max(r.maxrss_mb for r in runs), 1),
                "rows": counts}

    def cold_start(self, tmp: Path) -> dict:
        db = tmp / "seeds.db"
        cmds = {"bellink": [self.bellink, "--db", db, *QUERIES["who-said Ravkov"]],
                "sqlite_utils": [self.sqlite_utils, "query", db, "select 1"],
                "python_floor": [self.py, "-c", "pass"]}
        times = {k: [] for k in cmds}
        for k, c in cmds.items():  # warm the page cache and .pyc files; "cold" means a new process
            run(c)
        for _ in range(self.args.runs):
            for k, c in cmds.items():  # interleaved, so a noisy moment hits both sides
                times[k].append(run(c).wall)
        med = {k: median(v) for k, v in times.items()}
        probe = subprocess.run([str(self.py), "-c", IMPORT_PROBE % (HEAVY_MODULES,), "--db", str(db),
                                *QUERIES["who-said Ravkov"]], capture_output=True, text=True, env=clean_env())
        try:
            imports = json.loads(probe.stdout.strip().splitlines()[-1])
        except (IndexError, json.JSONDecodeError):
            imports = {"error": probe.stderr.strip()[-300:]}
        return {"bellink_who_said_s": rnd(med["bellink"]), "sqlite_utils_select1_s": rnd(med["sqlite_utils"]),
                "python_c_pass_s": rnd(med["python_floor"]),
                "ratio": rnd(med["bellink"] / med["sqlite_utils"]),
                "runs_s": {k: [rnd(x) for x in v] for k, v in times.items()},
                "query_command_imports": imports}

    def throughput(self, tmp: Path, lang: str, n: int, env: Optional[dict] = None) -> dict:
        """Ingest n generated documents of one language into a fresh database.

        The goal is per core: documents per CPU-second (user + sys of the process) is
        the figure judged, the wall-clock rate is shown next to it. A 1-document
        ingest, timed the same way, gives the fixed start-up cost (imports, models,
        knowledge-base sync) so the steady-state rate can be told apart from it."""
        folder = tmp / "corpus" / lang
        if not (folder / "manifest.json").exists():
            gen = generate_corpus(folder, lang, n)
            (folder / "generated.json").write_text(json.dumps(gen))
        gen = json.loads((folder / "generated.json").read_text())
        self.log(f"   {n} {lang} documents, {gen['bytes'] / 2**20:.2f} MB" + (f", env {env}" if env else ""))
        one = tmp / "corpus" / f"{lang}_one"
        one.mkdir(parents=True, exist_ok=True)
        first = sorted(folder.glob("*.txt"))[0]
        shutil.copyfile(first, one / first.name)
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        (one / "manifest.json").write_text(json.dumps({first.stem: manifest[first.stem]}), encoding="utf-8")
        tag = lang + (" " + " ".join(f"{k}={v}" for k, v in env.items() if k.startswith("OPENBLAS")) if env else "")
        fixed_runs = []
        for i in range(3):
            db = tmp / f"one_{lang}_{len(fixed_runs)}_{bool(env)}.db"
            fixed_runs.append(self.ingest(db, [one], f"{tag} 1 doc", env))
            db.unlink()
        runs = []
        for i in range(self.args.throughput_runs):
            db = tmp / f"tp_{lang}_{i}_{bool(env)}.db"
            r = self.ingest(db, [folder], f"{tag} {n} docs", env)
            conn = sqlite3.connect(db)
            stored = conn.execute("select count(*) from documents").fetchone()[0]
            conn.close()
            if stored != n:
                raise StepFailed(f"{stored} of {n} documents stored")
            runs.append(r)
            self.log(f"   run {i + 1}: {r.wall:.1f} s wall, {r.cpu:.1f} s CPU, {r.maxrss_mb:.0f} MB")
            db.unlink()
        wall, cpu = median([r.wall for r in runs]), median([r.cpu for r in runs])
        t1, c1 = median([r.wall for r in fixed_runs]), median([r.cpu for r in fixed_runs])
        mb = gen["bytes"] / 2**20
        net, net_cpu = wall - t1, cpu - c1
        return {
            "documents": n, "mb": rnd(mb), "corpus": gen, "env": env or {}, "runs_s": [rnd(r.wall, 2) for r in runs],
            "wall_s": rnd(wall, 2), "cpu_s": rnd(cpu, 2), "cpu_utilization": rnd(cpu / wall, 2),
            "docs_per_s": rnd(n / wall, 1), "mb_per_s": rnd(mb / wall),
            "docs_per_cpu_s": rnd(n / cpu, 1), "mb_per_cpu_s": rnd(mb / cpu),
            "one_doc_ingest_s": rnd(t1, 2), "one_doc_ingest_cpu_s": rnd(c1, 2),
            "net_docs_per_s": rnd((n - 1) / net, 1) if net > 0 else None,
            "net_docs_per_cpu_s": rnd((n - 1) / net_cpu, 1) if net_cpu > 0 else None,
            "net_mb_per_s": rnd(mb / net) if net > 0 else None,
            "max_rss_mb": rnd(max(r.maxrss_mb for r in runs), 1),
        }

    def big_db(self, tmp: Path) -> dict:
        self.big_path = self.query_db(tmp, self.args.big_docs)
        info = self.results.get("table_dbs", {}).get(self.args.big_docs)
        return info or {"documents": sqlite3.connect(self.big_path).execute("select count(*) from documents").fetchone()[0],
                        "reused": str(self.big_path)}

    def query_latency(self, tmp: Path) -> dict:
        db = self.big_path
        out = {}
        for name, args in QUERIES.items():
            entry: dict = {}
            try:
                cmd = [self.bellink, "--db", db, *args]
                first = run(cmd, stdout_path=tmp / "query_out.json")
                try:
                    entry["rows"] = len(json.loads((tmp / "query_out.json").read_text(encoding="utf-8")))
                except (json.JSONDecodeError, TypeError):
                    entry["rows"] = None
                entry["first_run_s"] = rnd(first.wall)
                times = [run(cmd).wall for _ in range(self.args.runs)]
                entry["runs_s"] = [rnd(t) for t in times]
                entry["median_s"] = rnd(median(times))
            except StepFailed as exc:
                entry["error"] = str(exc)
            probe = None
            try:
                probe = subprocess.run([str(self.py), "-c", PLAN_PROBE, str(db), json.dumps(args)],
                                       capture_output=True, text=True, env=clean_env(), timeout=600)
                plans = json.loads(probe.stdout.strip().splitlines()[-1])
                for st in plans["statements"]:
                    st["seconds"] = rnd(st["seconds"], 4)
                    st["full_scans"] = full_scans(st["sql"], st["plan"])
                    st["row_by_row"] = correlated_filters(st["sql"], st["plan"])
                entry["in_process_s"] = rnd(plans["in_process_s"])
                entry["sql_s"] = rnd(sum(st["seconds"] for st in plans["statements"]))
                entry["sql"] = plans["statements"]
                entry["full_scans"] = sorted({f for st in plans["statements"] for f in st["full_scans"]})
                entry["row_by_row"] = sorted({f for st in plans["statements"] for f in st["row_by_row"]})
            except (IndexError, json.JSONDecodeError, subprocess.TimeoutExpired, KeyError, TypeError) as exc:
                entry["plan_error"] = f"{type(exc).__name__}: {exc}; {probe.stderr.strip()[-300:] if probe else ''}"
            self.log(f"   {name}: {entry.get('median_s')} s, {entry.get('rows')} rows, "
                     f"full scans: {entry.get('full_scans')}")
            out[name] = entry
        return out

    def query_db(self, tmp: Path, n: int) -> Path:
        """The n-document query database: reused from --query-dbs DIR when there, else built."""
        folder = Path(self.args.query_dbs) if self.args.query_dbs else tmp
        folder.mkdir(parents=True, exist_ok=True)
        db = folder / f"big{n}.db"
        if not db.exists():
            seeds = folder / "seeds.db" if (folder / "seeds.db").exists() else tmp / "seeds.db"
            self.log(f"   building the {n:,}-document database in {folder}")
            self.results.setdefault("table_dbs", {})[n] = build_big_db(
                seeds, db, n, synthetic=self.args.synthetic_facts, log=self.log)
        return db

    def table_latency(self, tmp: Path) -> dict:
        """Every listing's default table view at each size, on a terminal and piped."""
        out: dict = {}
        for n in self.args.table_sizes:
            db = self.query_db(tmp, n)
            docs = sqlite3.connect(db).execute("select count(*) from documents").fetchone()[0]
            per: dict = {}
            # what every table view pays before any SQL: the interpreter, click, the CLI, queries, render
            fl = [run([self.py, "-c", "import bellink.cli, bellink.commands.listings, bellink.queries, bellink.render"])
                  for _ in range(self.args.runs)]
            floor = {"wall_s": rnd(median([r.wall for r in fl])), "cpu_s": rnd(median([r.cpu for r in fl]))}
            fact = sqlite3.connect(db).execute(
                "select fact_id from statements where fact_id is not null order by id limit 1").fetchone()
            for name, args in TABLE_QUERIES.items():
                if self.args.table_filter and not re.search(self.args.table_filter, name):
                    continue
                cmd = [self.bellink, "--db", db, *[a.replace("{FACT}", fact[0] if fact else "") for a in args]]
                entry: dict = {}
                try:
                    first = run(cmd, env=TABLE_ENV, tty=True)  # warms the cache (and migrates an older db)
                    entry["first_run_s"] = rnd(first.wall)
                    footer = [ln for ln in first.stderr.splitlines() if ln.startswith("Rows ")]
                    entry["footer"] = footer[0] if footer else None
                    for mode, tty in (("terminal", True), ("piped", False)):
                        runs = [run(cmd, env=TABLE_ENV, tty=tty) for _ in range(self.args.runs)]
                        entry[mode] = {"wall_s": rnd(median([r.wall for r in runs])),
                                       "cpu_s": rnd(median([r.cpu for r in runs])),
                                       "runs_s": [rnd(r.wall) for r in runs]}
                except StepFailed as exc:
                    entry["error"] = str(exc)
                per[name] = entry
                self.log(f"   {docs:,} docs, {name}: terminal {entry.get('terminal', {}).get('wall_s')} s wall /"
                         f" {entry.get('terminal', {}).get('cpu_s')} s CPU, piped {entry.get('piped', {}).get('wall_s')}"
                         f" s / {entry.get('piped', {}).get('cpu_s')} s CPU" + (f"; {entry['error']}" if 'error' in entry else ""))
            out[str(docs)] = {"load_1min": round(os.getloadavg()[0], 2), "floor": floor, "queries": per}
            if self.args.tables_only:
                print_table_latency({"steps": {"table_latency": out}}, file=sys.stderr)  # each size as it ends
        return out

    # -- summary

    def summary(self) -> list[dict]:
        s = self.results["steps"]
        rows = []

        def add(metric, goal_key, value, unit, note=""):
            if goal_key is None:  # shown for explanation, not judged
                rows.append({"metric": metric, "goal": "(info)", "measured": value, "unit": unit, "met": None,
                             "note": note})
                return
            op, target = GOALS[goal_key]
            rows.append({"metric": metric, "goal": f"{op} {target:g}{unit}", "measured": value, "unit": unit,
                         "met": met(goal_key, value), "note": note})

        if self.args.tables_only:
            self._table_rows(s, add)
            return rows
        cs = s.get("cold_start") or {}
        add("cold start: who-said / sqlite-utils select 1", "cold_start_ratio", cs.get("ratio"), "x",
            f"{cs.get('bellink_who_said_s')} s vs {cs.get('sqlite_utils_select1_s')} s" if cs else "failed")
        si = s.get("seeds_ingest") or {}
        add("ingest the 5 seeds (fresh db, incl. model loading)", "seeds_ingest_s", si.get("median_s"), " s")
        for step, lang, label in (("throughput_en", "en", "en"), ("throughput_ru", "ru", "ru"),
                                  ("throughput_ru_blas1", None, "ru, OPENBLAS_NUM_THREADS=1")):
            tp = s.get(step) or {}
            if step not in s and step not in self.results["errors"]:
                continue
            add(f"ingest {label} ({tp.get('documents', '?')} docs, per CPU-second)",
                f"throughput_{lang}_docs_per_s" if lang else None, tp.get("docs_per_cpu_s"), " docs/s",
                f"wall {tp.get('docs_per_s')} docs/s, {tp.get('mb_per_s')} MB/s, {tp.get('cpu_utilization')} cores busy;"
                f" net of start-up {tp.get('net_docs_per_cpu_s')} docs/CPU-s" if tp else "failed")
        ql = s.get("query_latency") or {}
        big = s.get("big_db") or {}
        for name in QUERIES:
            q = ql.get(name) or {}
            scans = q.get("full_scans")
            add(f"{name} on {big.get('documents', '?'):,} docs" if big else f"{name} (big db failed)", "query_s",
                q.get("median_s"), " s",
                f"{q.get('rows')} rows; SQL {q.get('sql_s')} s of {q.get('in_process_s')} s in-process; "
                f"full scans: {', '.join(scans) if scans else 'none'}"
                + (f"; row-by-row: {', '.join(q['row_by_row'])}" if q.get("row_by_row") else "") if q else "failed")
        self._table_rows(s, add)
        peak = max((mb for _, mb in self.ingest_rss), default=None)
        worst = max(self.ingest_rss, key=lambda x: x[1])[0] if self.ingest_rss else ""
        add("peak memory of ingest (max RSS)", "peak_rss_mb", rnd(peak, 1), " MB", f"largest in: {worst}")
        return rows

    @staticmethod
    def _table_rows(s: dict, add) -> None:
        tl = s.get("table_latency") or {}
        if not tl:
            return
        docs = max(tl, key=int)
        floor = tl[docs].get("floor") or {}
        for name, q in tl[docs]["queries"].items():
            t = q.get("terminal") or {}
            add(f"{name} (table) on {int(docs):,} docs", "query_s", t.get("cpu_s"), " s",
                f"CPU; wall {t.get('wall_s')} s; piped {(q.get('piped') or {}).get('cpu_s')} s CPU;"
                f" start-up floor {floor.get('cpu_s')} s CPU" if t else q.get("error", "failed"))

    def main(self) -> dict:
        a = self.args
        started = dt.datetime.now(dt.timezone.utc)
        self.results["date"] = started.isoformat(timespec="seconds")
        self.results["config"] = {"quick": a.quick, "runs": a.runs, "ingest_runs": a.ingest_runs,
                                  "throughput_runs": a.throughput_runs, "en_docs": a.en_docs, "ru_docs": a.ru_docs,
                                  "big_docs": a.big_docs, "synthetic_facts": a.synthetic_facts, "blas1_run": not a.no_blas1,
                                  "bellink": str(self.bellink), "sqlite_utils": str(self.sqlite_utils)}
        self.results["machine"] = machine_info(self.py, self.sqlite_utils)
        with tempfile.TemporaryDirectory(prefix="bellink-bench-") as d:
            tmp = Path(d)
            if a.tables_only:
                seeds = Path(a.query_dbs or tmp) / "seeds.db"
                if not seeds.exists():
                    self.ingest(seeds, [], "seeds")
                shutil.copyfile(seeds, tmp / "seeds.db")
                self.step("table_latency", self.table_latency, tmp)
                self.results["ingest_max_rss_mb"] = []
                self.results["summary"] = self.summary()
                self.results["total_s"] = round((dt.datetime.now(dt.timezone.utc) - started).total_seconds(), 1)
                return self.results
            self.step("seeds_ingest", self.seeds_ingest, tmp)
            if (tmp / "seeds.db").exists():
                self.step("cold_start", self.cold_start, tmp)
            self.step("throughput_en", self.throughput, tmp, "en", a.en_docs)
            self.step("throughput_ru", self.throughput, tmp, "ru", a.ru_docs)
            if not a.no_blas1:
                # The Russian NER runs numpy, whose OpenBLAS starts a thread per core; the same
                # ingest with one BLAS thread shows what those threads cost or gain.
                self.step("throughput_ru_blas1", self.throughput, tmp, "ru", a.ru_docs,
                          {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"})
            if (tmp / "seeds.db").exists():
                big = self.step("big_db", self.big_db, tmp)
                if big:
                    self.step("query_latency", self.query_latency, tmp)
                    self.step("table_latency", self.table_latency, tmp)
        self.results["ingest_max_rss_mb"] = [{"run": k, "mb": rnd(v, 1)} for k, v in self.ingest_rss]
        self.results["summary"] = self.summary()
        self.results["total_s"] = round((dt.datetime.now(dt.timezone.utc) - started).total_seconds(), 1)
        return self.results


def print_table_latency(results: dict, file=None) -> None:
    """Every listing's default view at each size: wall and CPU (user + sys) seconds, medians,
    piped (plain text) and on a terminal (rich); the 1-minute load average beside each size."""
    tl = (results.get("steps") or {}).get("table_latency") or {}
    if not tl:
        return
    sizes = sorted(tl, key=int)
    names = list(dict.fromkeys(n for d in sizes for n in tl[d]["queries"]))
    out = file or sys.stdout
    for mode in ("piped", "terminal"):
        print(f"\nTable views, {mode}: wall / CPU seconds (median); goal <= {GOALS['query_s'][1]:g} s wall", file=out)
        head = ["listing"] + [f"{int(d):,} docs (load {tl[d]['load_1min']})" for d in sizes]
        rows = [head]
        for n in names:
            row = [n]
            for d in sizes:
                q = tl[d]["queries"].get(n) or {}
                m = q.get(mode)
                row.append(f"{m['wall_s']:.3f} / {m['cpu_s']:.3f}" if m else ("error" if "error" in q else "-"))
            rows.append(row)
        fl = ["start-up floor (python -c 'import bellink.cli, ...listings, queries, render')"]
        fl += [f"{tl[d]['floor']['wall_s']:.3f} / {tl[d]['floor']['cpu_s']:.3f}" for d in sizes]
        rows.append(fl)
        widths = [max(len(r[i]) for r in rows) for i in range(len(head))]
        for i, r in enumerate(rows):
            print("  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip(), file=out)
            if i == 0:
                print("  ".join("-" * w for w in widths), file=out)
    for d in sizes:
        for n, q in tl[d]["queries"].items():
            if "error" in q:
                print(f"{int(d):,} docs, {n}: {q['error']}", file=out)


def print_table(results: dict) -> None:
    m = results["machine"]
    print(f"\nbellink benchmark, {results['date']}, commit {m.get('commit')}"
          f"{' (+ uncommitted changes)' if m.get('uncommitted_code_changes') else ''}")
    print(f"{m.get('nproc')} CPUs ({m.get('cpu_model')}), {m.get('memory_gib')} GiB, Python {m.get('python')}, "
          f"SQLite {m.get('sqlite')}; load average at start {m.get('loadavg_at_start')}\n")
    rows = [("metric", "goal", "measured", "met?", "note")]
    for r in results["summary"]:
        v = "FAILED" if r["measured"] is None else f"{r['measured']:g}{r['unit']}"
        ok = "-" if r["met"] is None else ("yes" if r["met"] else "NO")
        rows.append((r["metric"], r["goal"], v, ok, r["note"]))
    widths = [max(len(str(row[i])) for row in rows) for i in range(4)]
    for i, row in enumerate(rows):
        print("  ".join(str(c).ljust(w) for c, w in zip(row[:4], widths)) + "  " + str(row[4]))
        if i == 0:
            print("  ".join("-" * w for w in widths) + "  ----")
    for name, err in results["errors"].items():
        print(f"\nstep {name} failed: {err}")
    ql = results["steps"].get("query_latency") or {}
    for name, q in ql.items():
        print(f"\nEXPLAIN QUERY PLAN, {name}:")
        groups: list[list[dict]] = []
        for st in q.get("sql", []):
            # The same statement run per chunk of ids (500 at a time) is shown once, with its count.
            shape = re.sub(r"\(\s*\d+(?:\s*,\s*\d+)*\s*\)", "(…)", st["sql"])
            if groups and groups[-1][0]["_shape"] == shape:
                groups[-1].append(st)
            else:
                groups.append([dict(st, _shape=shape)])
        for g in groups:
            st = g[0]
            secs, nrows = sum(x["seconds"] for x in g), sum(x["rows"] for x in g)
            times = f" x{len(g)}" if len(g) > 1 else ""
            print(f"  [{secs:.4f} s, {nrows} rows{times}] {st['sql'][:160]}{'…' if len(st['sql']) > 160 else ''}")
            for line in st["plan"]:
                flag = "   <-- full scan of a large table" if any(f.startswith(line) for f in st["full_scans"]) else ""
                if not flag and any(f.startswith(line) for f in st.get("row_by_row", [])):
                    flag = "   <-- every row of a large table, filtered by a correlated subquery"
                print(f"      {line}{flag}")
    print_table_latency(results)
    print(f"\ntotal {results['total_s']} s")


def main(argv=None) -> int:
    here = Path(sys.executable).parent
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--quick", action="store_true", help="small sizes (100 en, 40 ru, 5,000 big docs; 3 runs)")
    p.add_argument("--bellink", default=None, help="bellink executable (default: next to this Python)")
    p.add_argument("--sqlite-utils", default=None, help="sqlite-utils executable (default: next to this Python)")
    p.add_argument("--en-docs", type=int, default=None, help="English documents for throughput (default 1000)")
    p.add_argument("--ru-docs", type=int, default=None, help="Russian documents for throughput (default 1000)")
    p.add_argument("--big-docs", type=int, default=None, help="documents in the query database (default 100000)")
    p.add_argument("--runs", type=int, default=None, help="runs per timed command, median reported (default 5)")
    p.add_argument("--ingest-runs", type=int, default=None, help="runs of the seeds ingest (default 5)")
    p.add_argument("--throughput-runs", type=int, default=None, help="runs per throughput corpus (default 1)")
    p.add_argument("--synthetic-facts", choices=["auto", "always", "never"], default="auto",
                   help="add statements/events derived from mentions to the big db's seed copy "
                        "(auto: only where extraction stored none)")
    p.add_argument("--no-blas1", action="store_true",
                   help="skip the extra Russian ingest with one OpenBLAS thread")
    p.add_argument("--table-sizes", default=None,
                   help="comma-separated database sizes at which every listing's table view is timed"
                        " (default 1000,10000,BIG_DOCS)")
    p.add_argument("--query-dbs", default=None, metavar="DIR",
                   help="keep the query databases in DIR (bigN.db, seeds.db) and reuse them on later runs")
    p.add_argument("--tables-only", action="store_true",
                   help="only time the table views (ingests the seeds once if DIR has no seeds.db)")
    p.add_argument("--table-filter", default=None, metavar="REGEX",
                   help="time only the table-view listings whose name matches REGEX (e.g. 'timeline|search')")
    p.add_argument("--output", default=str(RESULTS), help="where to write the results JSON")
    p.add_argument("--json", action="store_true", help="print the results as JSON")
    a = p.parse_args(argv)
    quick = a.quick
    a.en_docs = a.en_docs if a.en_docs is not None else (100 if quick else 1000)
    a.ru_docs = a.ru_docs if a.ru_docs is not None else (40 if quick else 1000)
    a.big_docs = a.big_docs if a.big_docs is not None else (5000 if quick else 100_000)
    a.runs = a.runs if a.runs is not None else (3 if quick else 5)
    a.ingest_runs = a.ingest_runs if a.ingest_runs is not None else (3 if quick else 5)
    a.throughput_runs = a.throughput_runs if a.throughput_runs is not None else 1
    a.table_sizes = ([int(x) for x in a.table_sizes.split(",")] if a.table_sizes
                     else sorted({1000, 10_000, a.big_docs}) if not quick else [1000, a.big_docs])
    for name in ("bellink", "sqlite_utils"):
        exe = getattr(a, name) or str(here / name.replace("_", "-"))
        if not Path(exe).exists():
            exe = shutil.which(name.replace("_", "-")) or exe
        setattr(a, name, exe)
    results = Bench(a).main()
    if a.output:
        Path(a.output).write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    if a.json:
        print(json.dumps(results, indent=2, ensure_ascii=False))
    else:
        print_table(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
