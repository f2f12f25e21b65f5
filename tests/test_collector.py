"""The cyclic garbage collector is paused while a document is analyzed or stored, and always
restored afterwards (issue 10: its traversals grew with the document)."""
from __future__ import annotations

import gc
from pathlib import Path

import pytest

from bellink.db import open_db
from bellink.ingest import collector, pipeline, statements
from bellink.ingest.pipeline import ingest_paths

ARTICLE = Path(__file__).resolve().parent.parent / "seeds" / "001_1e42d33d7abe5dcd.txt"


@pytest.fixture(autouse=True)
def collector_enabled():
    was = gc.isenabled()
    gc.enable()
    yield
    if was:
        gc.enable()
    else:
        gc.disable()


def test_paused_inside_enabled_after():
    with collector.paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_enabled_again_after_an_exception():
    with pytest.raises(ZeroDivisionError):
        with collector.paused():
            1 / 0
    assert gc.isenabled()


def test_nested_blocks_and_a_caller_who_disabled_it_keep_theirs():
    with collector.paused():
        with collector.paused():
            pass
        assert not gc.isenabled()  # the outer block is still running
    assert gc.isenabled()
    gc.disable()
    with collector.paused():
        pass
    assert not gc.isenabled()  # it was off before: it stays off


def test_analysis_runs_with_the_collector_paused_and_a_failing_stage_restores_it(monkeypatch):
    seen = []
    real = statements.extract

    def spy(a):
        seen.append(gc.isenabled())
        return real(a)

    monkeypatch.setattr(statements, "extract", spy)
    a = pipeline.analyze_text(ARTICLE.read_text(encoding="utf-8"), lang="en", published="2021-09-13")
    assert seen == [False] and a.statements
    assert gc.isenabled()

    def broken(a):
        raise RuntimeError("a rule failed")

    monkeypatch.setattr(statements, "extract", broken)
    with pytest.raises(RuntimeError, match="a rule failed"):
        pipeline.analyze_text("Minsk, May 29. Nothing happened.", lang="en")
    assert gc.isenabled()


def test_storing_runs_with_the_collector_paused_and_a_failing_store_restores_it(tmp_path, monkeypatch):
    seen = []
    real = pipeline.store

    def spy(conn, a, **kw):
        seen.append(gc.isenabled())
        if a.document.id.startswith("broken"):
            raise RuntimeError("the writer failed")
        return real(conn, a, **kw)

    monkeypatch.setattr(pipeline, "store", spy)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text(ARTICLE.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "in" / "broken.txt").write_text("Minsk, May 29. Nothing happened here at all today.", encoding="utf-8")
    conn = open_db(tmp_path / "x.db")
    results = {Path(r.path).stem: r for r in ingest_paths(conn, [tmp_path / "in"], jobs=1)}
    assert results["good"].status == "new" and results["good"].facts > 0
    assert results["broken"].status == "failed" and "the writer failed" in results["broken"].message
    assert seen == [False, False]
    assert gc.isenabled()


def test_what_the_block_made_is_not_walked_again_by_young_collections(monkeypatch):
    # the analysis is alive when the block ends (it is stored next): the first young collection after
    # gc.enable() used to traverse all of it (a 20 MB document: about 3 CPU-s); it goes to the oldest generation
    monkeypatch.setattr(collector, "AGE_ABOVE", 10_000)  # (a huge document's count, made small for the test)
    with collector.paused():
        made = [[k] for k in range(20_000)]
    [[] for _ in range(5_000)]  # allocations after the block: young collections run
    young = {id(o) for o in gc.get_objects(generation=0)} | {id(o) for o in gc.get_objects(generation=1)}
    assert not any(id(o) in young for o in made)
    assert {id(o) for o in made} <= {id(o) for o in gc.get_objects(generation=2)}
    assert gc.get_freeze_count() == 0  # nothing left frozen


def test_cyclic_garbage_of_the_block_is_still_collected():
    import weakref

    class Node:
        pass

    with collector.paused():
        nodes = [Node() for _ in range(100)]
        for a, b in zip(nodes, nodes[1:] + nodes[:1]):
            a.next = b
        alive = weakref.ref(nodes[0])
        del nodes, a, b
    assert alive() is not None  # a cycle waits for the collector
    gc.collect()
    assert alive() is None


def test_objects_someone_else_froze_stay_frozen():
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with collector.paused():
            [[k] for k in range(1_000)]
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()


def test_cycles_of_a_small_block_are_freed_by_young_collections():
    """Aged into the oldest generation, the cycles of each small document waited for a full collection, which the
    interpreter did not run in a long ingest of news articles (memory grew without bound): a block that made fewer
    than ``AGE_ABOVE`` objects leaves them to the young collections, which free its cycles."""
    import weakref

    class Node:
        pass

    gc.collect()
    with collector.paused():
        nodes = [Node() for _ in range(100)]
        for a, b in zip(nodes, nodes[1:] + nodes[:1]):
            a.next = b
        alive = weakref.ref(nodes[0])
        del nodes, a, b
    [[k] for k in range(50_000)]  # allocations after the block: young collections run, no full one is asked for
    assert alive() is None


def test_objects_frozen_for_forked_workers_stay_frozen_and_a_huge_blocks_survivors_join_them(monkeypatch):
    """Before --jobs workers are forked, what they inherit is frozen (``freeze_for_fork``) so that no full
    collection writes into the shared pages; a huge block ended meanwhile ages its survivors by freezing them too
    (unfreezing would hand the shared objects back to the collector), and ``thaw`` gives everything back."""
    monkeypatch.setattr(collector, "AGE_ABOVE", 10_000)
    shared = [[k] for k in range(1_000)]
    collector.freeze_for_fork()
    try:
        frozen = gc.get_freeze_count()
        assert frozen >= len(shared)
        with collector.paused():
            made = [[k] for k in range(20_000)]
        assert gc.get_freeze_count() >= frozen + len(made)  # joined the frozen ones, none unfrozen
        gc.collect()
        assert gc.get_freeze_count() >= frozen + len(made)
    finally:
        collector.thaw()
    assert gc.get_freeze_count() == 0
    assert {id(o) for o in made} <= {id(o) for o in gc.get_objects(generation=2)}
    collector.thaw()  # a second thaw is nothing
    assert gc.get_freeze_count() == 0
