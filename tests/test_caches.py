"""Word caches are emptied every CLEAR_EVERY documents, so a long ingest's memory stays flat, and
emptying them changes no result."""
from pathlib import Path

import pytest

from bellink.ingest import caches
from bellink.ingest.model import Document
from bellink.ingest.pipeline import analyze_many, analyze_text

DATA = Path(__file__).parent / "data" / "articles"
SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _texts():
    seeds = sorted(SEEDS.glob("*.txt"))[:2]
    return [(p.read_text(encoding="utf-8"), None) for p in seeds] + \
        [((DATA / "dateline_ru.txt").read_text(encoding="utf-8"), "ru")]


def _facts(a) -> tuple:
    return (repr(a.mentions), repr(a.timexes), repr(a.statements), repr(a.events), repr(a.roles))


def test_analysis_fills_word_caches_and_clear_empties_every_one():
    analyze_text(*_texts()[0][:1], published="2019-05-14")
    filled = [fn for fn in caches.word_caches() if fn.cache_info().currsize]
    assert len(filled) >= 5  # tokens, matcher, morphology, verbs, event words ...
    dropped = caches.clear()
    assert dropped >= sum(1 for _ in filled)
    assert all(fn.cache_info().currsize == 0 for fn in caches.word_caches())


def test_unbounded_caches_are_resources_and_stay():
    from bellink.ingest import lexicon

    analyze_text(*_texts()[0][:1], published="2019-05-14")
    loaded = lexicon.rows.cache_info().currsize  # the lexicon files read once (maxsize=None)
    assert loaded > 0
    caches.clear()
    assert lexicon.rows.cache_info().currsize == loaded
    assert lexicon.rows not in caches.word_caches()


@pytest.mark.parametrize("text,lang", _texts())
def test_results_are_the_same_with_warm_and_with_emptied_caches(text, lang):
    caches.clear()
    cold = _facts(analyze_text(text, lang=lang, published="2019-05-14"))
    warm = _facts(analyze_text(text, lang=lang, published="2019-05-14"))
    caches.clear()
    again = _facts(analyze_text(text, lang=lang, published="2019-05-14"))
    assert cold == warm == again


def test_caches_are_emptied_when_the_count_passes_a_multiple_of_clear_every(monkeypatch):
    monkeypatch.setattr(caches, "CLEAR_EVERY", 3)
    monkeypatch.setattr(caches, "_analyzed", 0)
    monkeypatch.setattr(caches, "_since", 0)
    text = _texts()[0][0]
    docs = [Document(id=f"d{i}", text=text, lang="en", published="2019-05-14") for i in range(2)]
    analyze_many(docs)  # 2 analyzed: nothing emptied, the caches hold these documents' words
    held = sum(fn.cache_info().currsize for fn in caches.word_caches())
    assert held > 0
    cleared = []
    monkeypatch.setattr(caches, "clear", lambda: cleared.append(caches._analyzed) or 0)
    analyze_many(docs)  # 4 analyzed: the count passed 3
    assert cleared == [4]
    analyze_many(docs[:1])  # 5: not yet 6
    assert cleared == [4]


def test_a_worker_of_n_empties_its_caches_n_times_as_often(monkeypatch):
    # the budget is the ingest's: 2 workers together hold what one process would
    monkeypatch.setattr(caches, "CLEAR_EVERY", 10)
    monkeypatch.setattr(caches, "_analyzed", 0)
    monkeypatch.setattr(caches, "_since", 0)
    monkeypatch.setattr(caches, "_processes", 1)
    cleared = []
    monkeypatch.setattr(caches, "clear", lambda: cleared.append(caches._analyzed) or 0)
    caches.share(2)
    for _ in range(12):
        caches.after_documents(1)
    assert cleared == [5, 10]
    caches.share(1)
    caches.after_documents(8)  # 20: one process's own 10
    assert cleared == [5, 10, 20]


def test_a_writer_whose_documents_are_analyzed_elsewhere_empties_its_caches_as_it_stores(monkeypatch):
    monkeypatch.setattr(caches, "CLEAR_EVERY", 4)
    monkeypatch.setattr(caches, "_stored", 0)
    cleared = []
    monkeypatch.setattr(caches, "clear", lambda: cleared.append(caches._stored) or 0)
    for _ in range(9):
        caches.after_stored()
    assert cleared == [4, 8]


@pytest.mark.parametrize("backend,counted", [("pool", 3), ("inprocess", 0)])
def test_the_dispatcher_counts_stored_documents_only_when_another_process_analyzed_them(
        monkeypatch, backend, counted):
    from concurrent.futures import Future

    from bellink.ingest import workers

    stored = []
    monkeypatch.setattr(caches, "after_stored", lambda n=1: stored.append(n))
    monkeypatch.setattr(workers, "unpack", lambda packed, doc: packed)

    class Elsewhere:
        def submit(self, docs):
            f = Future()
            f.set_result([("analysis", d.id) for d in docs])
            return f

        def wait(self, fut):
            return fut.result()

        def close(self):
            pass

    def make_backend(first=()):
        return Elsewhere() if backend == "pool" else workers.InProcess()

    monkeypatch.setattr(workers.InProcess, "submit", Elsewhere.submit)
    d = workers.Dispatcher(make_backend, lambda p, outcome: outcome, lambda r: None, jobs=2, chunk=2,
                           min_for_workers=0)
    for i in range(3):
        d.add(workers.Pending(f"d{i}", Document(id=f"d{i}", text="x", lang="en"), False))
    d.drain()
    assert len(stored) == counted


def test_maps_of_answers_per_word_are_emptied_with_the_word_caches():
    # the matcher's may_open / adjective_of filled by every word met: with only their own bound
    # (50,000 words) a long ingest's workers grew ~5 MB each past what a 1,000-document one reached
    from bellink.ingest.entities import matcher

    analyze_text(*_texts()[0][:1], published="2019-05-14")
    m = matcher()
    assert isinstance(m.may_open, caches.WordMap) and isinstance(m.adjective_of, caches.WordMap)
    assert len(m.may_open) > 0 and len(m.adjective_of) > 0
    own = caches.WordMap()
    own["word"] = True
    held = len(m.may_open) + len(m.adjective_of) + len(own)
    dropped = caches.clear()
    assert dropped >= held
    assert len(m.may_open) == len(m.adjective_of) == len(own) == 0


def test_a_word_map_that_is_gone_is_forgotten():
    import gc

    before = len(caches._maps)
    m = caches.WordMap()
    assert len(caches._maps) == before + 1
    del m
    gc.collect()
    caches.clear()
    assert len(caches._maps) <= before


def test_emptying_gives_the_c_heaps_free_pages_back(monkeypatch):
    trimmed = []
    monkeypatch.setattr(caches, "give_back", lambda: trimmed.append(1))
    caches.clear()
    assert trimmed == [1]
    monkeypatch.undo()
    caches.give_back()  # glibc's malloc_trim where there is one, else nothing: never an error


def test_caches_are_emptied_when_one_holds_its_share_of_entries_whatever_the_count(monkeypatch):
    """The budget holds in entries too (ENTRIES // N a process): a cycle whose documents brought more words than
    most no longer ends above the others (a dict's table doubles past two thirds of it)."""
    from bellink.ingest.entities import tokens

    monkeypatch.setattr(caches, "ENTRIES", 100)
    monkeypatch.setattr(caches, "_analyzed", 0)
    monkeypatch.setattr(caches, "_since", 0)
    monkeypatch.setattr(caches, "_processes", 1)
    caches.clear()
    for k in range(60):
        tokens._word(f"word{k}")
    caches.after_documents(1)  # 60 < 100: kept
    assert tokens._word.cache_info().currsize == 60
    caches.share(2)  # a worker of 2: its share is 50
    try:
        caches.after_documents(1)
        assert tokens._word.cache_info().currsize == 0
        for k in range(49):
            tokens._word(f"word{k}")
        caches.after_documents(1)
        assert tokens._word.cache_info().currsize == 49
    finally:
        caches.share(1)


def test_a_word_map_holding_its_share_of_entries_empties_the_caches(monkeypatch):
    monkeypatch.setattr(caches, "ENTRIES", 10)
    monkeypatch.setattr(caches, "_analyzed", 0)
    monkeypatch.setattr(caches, "_since", 0)
    monkeypatch.setattr(caches, "_processes", 1)
    caches.clear()
    m = caches.WordMap()
    m.update((f"w{k}", k) for k in range(9))
    caches.after_documents(1)
    assert len(m) == 9
    m["w9"] = 9
    caches.after_documents(1)
    assert len(m) == 0


def test_after_an_emptying_for_entries_the_document_count_starts_again(monkeypatch):
    """A cycle ended by the entries does not leave a short one behind it (the next multiple of the count)."""
    monkeypatch.setattr(caches, "CLEAR_EVERY", 10)
    monkeypatch.setattr(caches, "_analyzed", 0)
    monkeypatch.setattr(caches, "_since", 0)
    monkeypatch.setattr(caches, "_processes", 1)
    full = iter([False] * 6 + [True] + [False] * 100)
    monkeypatch.setattr(caches, "full", lambda: next(full))
    cleared = []
    monkeypatch.setattr(caches, "clear", lambda: cleared.append(caches._analyzed) or 0)
    for _ in range(30):
        caches.after_documents(1)
    assert cleared == [7, 17, 27]
