"""Analysis in worker processes and on a Dask cluster: the database ends up the same as a
single-process ingest leaves it; a worker that dies stops the run with one message, keeps
what was stored, and a re-run finishes the rest. Russian NER batched across documents
gives the same facts as one document at a time."""
import os
import sqlite3
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from bellink.cli import cli
from bellink.db import open_db
from bellink.ingest import entities, workers
from bellink.ingest.pipeline import analyze_many, ingest_paths
from bellink.resources import resource_dir

ROOT = Path(__file__).parent.parent
# English and Russian articles from four folders: 16 documents, two chunks
CORPUS = [resource_dir("seeds"), ROOT / "bench" / "gold" / "articles", ROOT / "bench" / "heldout" / "articles",
          ROOT / "tests" / "data" / "articles"]


@pytest.fixture(scope="module", autouse=True)
def two_chunks():
    """The corpus above is two tasks of 8 documents (a task is up to 16 short ones by default)."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(workers, "CHUNK", 8)
        yield


def _contents(db) -> dict:
    """Every row of every table (but the clock columns and the FTS shadow tables), ids included."""
    conn = sqlite3.connect(db)
    out = {}
    names = [r[0] for r in conn.execute(
        "select name from sqlite_master where type in ('table', 'view') and name not like 'sentences_fts%'"
        " and name not like 'sqlite_%'")]
    for t in names:
        cols = [r[1] for r in conn.execute(f"pragma table_info([{t}])") if r[1] not in ("ingested_at", "applied_at")]
        out[t] = sorted(repr(tuple(r)) for r in conn.execute(f"select {', '.join(f'[{c}]' for c in cols)} from [{t}]"))
    out["search"] = [r[0] for r in conn.execute(
        "select rowid from sentences_fts where sentences_fts match 'Belarus OR Беларусь' order by rowid")]
    conn.close()
    return out


def _ingest(db, paths=CORPUS, **kw):
    conn = open_db(db)
    try:
        return ingest_paths(conn, list(paths), **kw)
    finally:
        conn.close()


@pytest.fixture(scope="module")
def single(tmp_path_factory):
    db = tmp_path_factory.mktemp("single") / "one.db"
    results = _ingest(db, jobs=1)
    return db, results


def test_corpus_is_big_enough_to_use_workers(single):
    _, results = single
    assert len(results) >= 2 * workers.CHUNK > workers.MIN_FOR_WORKERS
    assert {r.status for r in results} == {"new"}


def test_two_workers_store_exactly_what_one_process_stores(single, tmp_path):
    db1, r1 = single
    db2 = tmp_path / "two.db"
    r2 = _ingest(db2, jobs=2)
    assert [(r.path, r.document, r.status, r.facts) for r in r2] == [(r.path, r.document, r.status, r.facts) for r in r1]
    assert _contents(db2) == _contents(db1)
    # and a re-run with workers sends nothing to them: everything is unchanged
    again = _ingest(db2, jobs=2)
    assert {r.status for r in again} == {"unchanged"}


def test_forked_workers_share_what_they_inherit_frozen_and_the_parent_thaws_it_when_they_are_gone():
    """What a forked worker inherits is in the collector's permanent generation (``collector.freeze_for_fork``): a
    full collection in a worker or in the parent would write into every shared page that holds an object and copy
    it (a long ingest's workers grew by that copy). The parent's objects are given back to the collector at close."""
    import gc
    import multiprocessing

    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("no fork here: the workers inherit nothing")
    assert gc.get_freeze_count() == 0
    pool = workers.ProcessPool(2)
    try:
        in_parent = gc.get_freeze_count()
        assert in_parent > 10_000  # the loaded stages, the knowledge base
        in_workers = [pool.pool.submit(gc.get_freeze_count).result() for _ in range(4)]
        assert min(in_workers) > in_parent - 1_000  # (a few die by reference counting, as any object)
    finally:
        pool.close()
    assert gc.get_freeze_count() == 0


def _word_cache_entries() -> int:
    from bellink.ingest import caches

    return sum(fn.cache_info().currsize for fn in caches.word_caches())


def test_forked_workers_start_with_empty_word_caches_after_a_rehearsal_in_the_parent():
    """The writer analyzes the seed articles once before forking (``workers.rehearse``): what a first analysis
    builds is built there, shared, and its one-off words do not count against a worker's first cycle of the word
    caches' budget; every worker starts with its caches empty, as after each emptying."""
    import multiprocessing

    from bellink.ingest import caches

    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("no fork here")
    workers.warm()
    from bellink.names import fold

    fold("a word the parent folded before the pool")
    assert _word_cache_entries() > 0
    pool = workers.ProcessPool(2)
    try:
        assert _word_cache_entries() == 0
        assert [pool.pool.submit(_word_cache_entries).result() for _ in range(2)] == [0, 0]
    finally:
        pool.close()
        caches.clear()


def test_batched_russian_ner_gives_the_same_facts_as_one_document_at_a_time(monkeypatch):
    from bellink.ingest.load import load_document

    paths = sorted(p for folder in CORPUS for p in folder.glob("*.txt"))
    docs = [load_document(p, doc_id=p.stem) for p in paths]
    assert sum(d.lang == "ru" for d in docs) >= 4
    batched = analyze_many(docs)
    seen = []
    monkeypatch.setattr(entities.mentions, "russian_ner_batched",  # where ner_many calls it
                        lambda groups: seen.append(len(groups)) or {k: entities.russian_ner(s) for k, s in groups.items()})
    single = [analyze_many([d])[0] for d in docs]
    assert seen and max(seen) == 1

    def facts(a):
        return ([(m.start, m.stop, m.key, m.method) for m in a.mentions],
                [(s.start, s.stop, s.speaker, s.text) for s in a.statements],
                [(e.kind, e.status, e.start, e.stop, sorted(e.roles.items())) for e in a.events],
                sorted(a.entities), a.roles)

    assert [facts(a) for a in batched] == [facts(a) for a in single]
    assert any(m.method == "ner" for a in batched for m in a.mentions)


def _dying_chunk(victim, after=None):
    """analyze_chunk, except that the worker process analyzing ``victim`` dies (once the file
    ``after`` exists, when given: the test's writer makes it once it has stored something)."""
    original = workers.analyze_chunk

    def analyze_chunk(docs, *args):
        if any(d.id == victim for d in docs):
            for _ in range(600):
                if after is None or after.exists():
                    break
                time.sleep(0.1)
            os._exit(3)
        return original(docs, *args)

    # pickled by reference under the real function's name, as the pool sends it
    analyze_chunk.__module__, analyze_chunk.__qualname__ = original.__module__, original.__qualname__
    return analyze_chunk


@pytest.mark.skipif("fork" not in __import__("multiprocessing").get_all_start_methods(),
                    reason="the patched task reaches the workers only through fork")
def test_a_worker_process_that_dies_stops_the_run_and_a_rerun_finishes(single, tmp_path, monkeypatch):
    db1, r1 = single
    victim = r1[-1].document  # in the last chunk: earlier chunks are stored before the run stops
    marker = tmp_path / "stored-one"
    monkeypatch.setattr(workers, "analyze_chunk", _dying_chunk(victim, after=marker))
    db = tmp_path / "crash.db"
    seen = []

    def on_file(r):
        seen.append(r)
        marker.touch()

    with pytest.raises(workers.BackendError, match="worker process died"):
        _ingest(db, jobs=2, on_file=on_file)
    assert seen and all(r.status == "new" for r in seen)
    conn = sqlite3.connect(db)
    stored = {r[0] for r in conn.execute("select id from documents")}
    conn.close()
    assert stored == {r.document for r in seen} and victim not in stored
    monkeypatch.undo()
    rerun = _ingest(db, jobs=2)
    assert {r.document for r in rerun if r.status == "unchanged"} == stored
    assert {r.document for r in rerun if r.status == "new"} == {r.document for r in r1} - stored
    assert _contents(db) == _contents(db1)


def test_cli_reports_a_dead_worker_in_one_line(tmp_path, monkeypatch, single):
    _, r1 = single
    monkeypatch.setattr(workers, "analyze_chunk", _dying_chunk(r1[-1].document))
    db = tmp_path / "cli.db"
    result = CliRunner().invoke(cli, ["--db", str(db), "ingest", *map(str, CORPUS), "--jobs", "2", "--json"])
    assert result.exit_code == 1
    last = result.output.strip().splitlines()[-1]
    assert last.startswith("Error: an analysis worker process died") and "run the same command again" in last
    assert "Traceback" not in result.output


# --- Dask ------------------------------------------------------------------------------------

distributed = pytest.importorskip("distributed")


@pytest.fixture
def cluster():
    from distributed import LocalCluster

    # threads in this process: no worker processes to start, the same submit/result path
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as c:
        yield c


def test_dask_stores_exactly_what_one_process_stores(single, cluster, tmp_path):
    db1, r1 = single
    db = tmp_path / "dask.db"
    r = _ingest(db, dask=cluster.scheduler_address)
    assert [(x.document, x.status, x.facts) for x in r] == [(x.document, x.status, x.facts) for x in r1]
    assert _contents(db) == _contents(db1)


def test_unreachable_scheduler_is_one_line_and_no_database(tmp_path, monkeypatch):
    monkeypatch.setattr(workers.DaskBackend, "CONNECT_TIMEOUT", "1s")
    db = tmp_path / "none.db"
    result = CliRunner().invoke(cli, ["--db", str(db), "ingest", "--dask", "tcp://127.0.0.1:9", "--json"])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        line for line in result.output.strip().splitlines() if line.startswith("Error: cannot reach the Dask scheduler")]
    assert not db.exists()


def test_cluster_that_loses_its_workers_stops_with_stored_documents_kept(single, cluster, tmp_path, monkeypatch):
    db1, r1 = single
    monkeypatch.setattr(workers.DaskBackend, "NO_WORKERS_GRACE", 1.0)
    db = tmp_path / "lost.db"
    seen = []

    def on_file(r):
        seen.append(r)
        if len(seen) == 3:  # both workers go away mid-run
            cluster.scale(0)

    with pytest.raises(workers.BackendError):
        _ingest(db, dask=cluster.scheduler_address, on_file=on_file)
    conn = sqlite3.connect(db)
    stored = {r[0] for r in conn.execute("select id from documents")}
    conn.close()
    assert len(stored) >= 3 and stored == {r.document for r in seen if r.status == "new"}
    rerun = _ingest(db, jobs=1)
    assert {r.document for r in rerun if r.status == "new"} == {r.document for r in r1} - stored
    assert _contents(db) == _contents(db1)


def test_a_packed_analysis_unpacks_to_the_same_analysis():
    """What a worker sends back leaves out the document, the words that are slices of its text and
    the knowledge base's own entities; the writer gets every field back as analyzed."""
    import pickle

    from bellink.ingest import kb
    from bellink.ingest.load import load_document

    docs = [load_document(p, doc_id=p.stem) for p in sorted(resource_dir("seeds").glob("*.txt"))]
    assert {d.lang for d in docs} == {"en", "ru"}
    analyses = analyze_many(docs)
    base = kb.load()
    for doc, a in zip(docs, analyses):
        assert a.mentions and a.sentences
        for known in (base, None):  # the worker's knowledge base is the writer's, or another one
            packed = pickle.loads(pickle.dumps(workers.pack(a, known)))
            assert doc not in packed
            back = workers.unpack(packed, doc)
            assert back == a
            assert back.document is doc
            assert [s.text for s in back.sentences] == [s.text for s in a.sentences]
            assert [m.text for m in back.mentions] == [m.text for m in a.mentions]
        by_key = workers.pack(a, base)[3]
        assert any(v is None for v in by_key.values())  # a knowledge-base entity travels as its key
        assert all(v is None or base.entities.get(k) is not v for k, v in by_key.items())


def test_a_task_holds_up_to_chunk_documents_and_fewer_long_ones(monkeypatch):
    from concurrent.futures import Future
    from types import SimpleNamespace

    monkeypatch.setattr(workers, "CHUNK", 16)
    sizes, written = [], []

    class Recording:
        def submit(self, docs):
            sizes.append(len(docs))
            fut = Future()
            fut.set_result([None] * len(docs))
            return fut

        def wait(self, fut):
            return fut.result()

        def close(self):
            pass

    d = workers.Dispatcher(lambda first=(): Recording(), lambda p, outcome: p.label, written.append, jobs=2,
                           min_for_workers=0)
    for i in range(40):  # 20 short articles, then 20 of 30,000 characters
        d.add(workers.Pending(str(i), SimpleNamespace(id=str(i), text="x" * (30_000 if i >= 20 else 100)), False))
    d.drain()
    assert written == [str(i) for i in range(40)]
    assert sizes[0] == 16 and sum(sizes) == 40
    assert max(sizes[2:]) * 30_000 <= workers.CHUNK_CHARS + 30_000 and max(sizes[2:]) < 16
