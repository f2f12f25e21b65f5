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
