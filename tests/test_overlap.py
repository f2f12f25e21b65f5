"""A huge document's time expressions found in a helper process (``--jobs`` > 1) while its entities
are found here: the analysis is the same as in one process, and a helper that fails or is no longer
wanted changes nothing and is not left behind (issue 10)."""
from __future__ import annotations

import dataclasses
from concurrent.futures import Future
from pathlib import Path

import pytest

from bellink.ingest import entities, overlap, pipeline
from bellink.ingest.model import Document

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _doc(name: str, copies: int = 2) -> Document:
    body = (SEEDS / name).read_text(encoding="utf-8")
    text = "\n\n".join([body] * copies)
    return Document(id=name, text=text, lang="ru" if "ru" in name or any("а" <= c <= "я" for c in text[:400]) else "en",
                    published="2021-09-13", published_precision="day")


def _facts(a) -> tuple:
    return ([dataclasses.astuple(t) for t in a.timexes], [dataclasses.asdict(s) for s in a.statements],
            [dataclasses.asdict(e) for e in a.events], [dataclasses.astuple(m) for m in a.mentions])


@pytest.fixture
def beside_used(monkeypatch):
    monkeypatch.setattr(overlap, "MIN_CHARS", 1)  # every document is "huge"
    made = []
    real = overlap.Beside

    class Spy(real):
        def __init__(self, *args):
            super().__init__(*args)
            made.append(self)

    monkeypatch.setattr(overlap, "Beside", Spy)
    return made


def test_a_helper_finds_the_same_time_expressions_and_the_analysis_is_unchanged(beside_used):
    docs = [_doc(f.name) for f in sorted(SEEDS.glob("*.txt"))[:3]]
    alone = pipeline.analyze_many(docs)
    helped = pipeline.analyze_many(docs, helpers=1)
    assert len(beside_used) == 1  # one helper: the first document's, the others here
    assert beside_used[0].future is not None and beside_used[0].pool is None  # it ran, and was shut down
    for a, b in zip(alone, helped):
        assert a.timexes and a.statements
        assert _facts(a) == _facts(b)


def test_once_answered_a_helper_leaves_no_thread_behind():
    """The statements and events splits fork right after the helper's answer (``overlap.halves``), and never
    with another thread alive: the pool's own thread must be gone by then."""
    import threading

    doc = _doc(sorted(SEEDS.glob("*.txt"))[0].name)
    a = pipeline.analyze(doc)
    side = overlap.Beside(a.sentences, "en", doc.published, doc)
    assert side.result() == a.timexes and side.cues is not None
    assert threading.active_count() == 1


def test_without_helpers_or_below_the_size_no_process_is_started(monkeypatch):
    started = []
    monkeypatch.setattr(overlap, "Beside", lambda *a: started.append(a))
    doc = _doc(sorted(SEEDS.glob("*.txt"))[0].name)
    pipeline.analyze_many([doc])
    pipeline.analyze_many([doc], helpers=1)  # a seed article is far below MIN_CHARS
    assert started == []


def test_a_failed_helper_is_replaced_by_the_stage_run_here(monkeypatch):
    doc = _doc(sorted(SEEDS.glob("*.txt"))[0].name)
    a = pipeline.analyze(doc)
    side = overlap.Beside(a.sentences, "en", doc.published)
    side.close()
    side.future = Future()
    side.future.set_exception(RuntimeError("the helper was killed"))
    before = overlap.failures.get("helper: RuntimeError", 0)
    assert side.result() == a.timexes and a.timexes
    assert overlap.failures["helper: RuntimeError"] == before + 1  # counted with its reason, not hidden


def test_a_helper_still_working_when_the_analysis_fails_is_stopped(monkeypatch, beside_used):
    def broken(*args):
        raise RuntimeError("a rule failed")

    monkeypatch.setattr(entities, "annotate_end", broken)
    monkeypatch.setattr(overlap, "timexes_of", _slow_timexes)
    [out] = pipeline.analyze_many([_doc(sorted(SEEDS.glob("*.txt"))[0].name)], helpers=1)
    assert isinstance(out, RuntimeError)
    [side] = beside_used
    assert side.pool is None
    assert side.future.cancelled() or side.future.exception(timeout=30) is not None  # terminated, not finished


def _slow_timexes(spans, lang, published):
    import time

    time.sleep(60)
    return []


@pytest.mark.parametrize("lang", ["ru", None])  # None: the statements stage tells the language from the text
def test_the_helper_finds_the_statements_cues_too_and_they_are_the_ones_found_here(beside_used, monkeypatch, lang):
    from bellink.ingest.statements.extractor import _Extractor

    monkeypatch.setattr(overlap.Beside, "hurry", lambda self: None)  # all of them, however long the entities take

    name = next(f.name for f in sorted(SEEDS.glob("*.txt")) if _doc(f.name).lang == "ru")
    doc = dataclasses.replace(_doc(name), lang=lang)
    helped = pipeline.analyze_many([doc], helpers=1)[0]
    [side] = beside_used
    here = _Extractor(pipeline.analyze(doc))
    assert side.cues == [here.cues(s) for s in helped.sentences] and any(side.cues)
    assert _facts(helped) == _facts(pipeline.analyze(doc))


STORY = {
    "en": "Belarus signed a contract for Yak-130 trainers in May 2015. The first four arrived a year later, the air "
          "force said.\n\nOn 3 March 2019 Minsk received a Tor-M2 battery. The next day its crews began training.",
    "ru": "Контракт на поставку Як-130 Белоруссия подписала в марте 2015 года. Годом позже прибыла первая пара.\n\n"
          "3 марта 2019 года в Минск прибыла батарея Тор-М2. На следующий день расчеты приступили к занятиям.",
}


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_the_helper_reads_the_story_relative_dates_as_they_are_read_here(beside_used, lang):
    # "a year later", "годом позже", "the next day": read against the date the story gave before them (time/story.py)
    doc = Document(id="story", text="\n\n".join([STORY[lang]] * 3), lang=lang, published="2021-09-13",
                   published_precision="day")
    alone = pipeline.analyze(doc)
    helped = pipeline.analyze_many([doc], helpers=1)[0]
    [side] = beside_used
    assert side.storied
    assert {"2016", "2019-03-04"} <= {t.value for t in alone.timexes if t.method == "relative"}
    assert _facts(helped) == _facts(alone)


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_when_the_statements_are_split_the_helper_finds_the_first_parts_cues_only(beside_used, monkeypatch, lang):
    """The cues of the statements' second part are found by the split's child, beside this process's part, not by the
    helper beside the entities (which then kept this process waiting): the helper's cues stop at the split's cut, and
    the analysis is the same as in one process (the child's reading, and this process's if the child fails)."""
    from bellink.ingest.statements import split
    from bellink.ingest.statements.extractor import _Extractor

    monkeypatch.setattr(overlap, "MIN_SPLIT", 1)  # every document is split
    monkeypatch.setattr(overlap.Beside, "hurry", lambda self: None)
    name = next(f.name for f in sorted(SEEDS.glob("*.txt")) if (_doc(f.name).lang == "ru") == (lang == "ru"))
    doc = _doc(name, copies=3)
    alone = pipeline.analyze(doc)
    before = overlap.counts["answered"]
    helped = pipeline.analyze_many([doc], helpers=1)[0]
    [side] = beside_used
    cut = split.split_cut(helped.sentences)
    assert 0 < cut < len(helped.sentences) and len(side.cues) == cut
    here = _Extractor(alone)
    assert side.cues == [here.cues(s) for s in helped.sentences[:cut]]
    assert overlap.counts["answered"] > before  # the splits ran in children
    assert _facts(helped) == _facts(alone)


@pytest.mark.parametrize("split_too", [False, True])
@pytest.mark.parametrize("lang", ["en", "ru"])
def test_a_hurried_helper_answers_with_the_cues_it_has_and_the_others_are_found_where_they_are_read(
        beside_used, monkeypatch, lang, split_too):
    """Once the entities are done here, the helper is told to answer (``Beside.hurry``): it finds no further cue, and
    this process finds the others where it reads their sentences (here: hurried before its first, none found there).
    The analysis is the same as in one process, with the statements split or not."""
    if split_too:
        monkeypatch.setattr(overlap, "MIN_SPLIT", 1)
    hold = overlap._hold

    def hurried_at_once(flag):
        flag.value = 1
        hold(flag)

    monkeypatch.setattr(overlap, "_hold", hurried_at_once)
    name = next(f.name for f in sorted(SEEDS.glob("*.txt")) if (_doc(f.name).lang == "ru") == (lang == "ru"))
    doc = _doc(name, copies=3)
    alone = pipeline.analyze(doc)
    helped = pipeline.analyze_many([doc], helpers=1)[0]
    [side] = beside_used
    assert side.storied and side.cues == []  # it answered, with the time expressions and no cue
    assert _facts(helped) == _facts(alone) and helped.statements


def test_hurried_in_the_middle_the_helper_keeps_the_cues_it_found():
    from bellink.ingest.statements.extractor import _Extractor

    doc = _doc(sorted(SEEDS.glob("*.txt"))[0].name, copies=10)
    a = pipeline.analyze(doc)
    assert len(a.sentences) > 3 * overlap.HURRY_EVERY

    class Hurried:
        """Read twice before it says 'enough'."""
        reads = 0

        @property
        def value(self):
            self.reads += 1
            return self.reads > 2

    here = _Extractor(a)
    whole = overlap._cues(doc.text, doc.lang, doc.title, a.sentences)
    assert whole == [here.cues(s) for s in a.sentences]
    try:
        overlap._enough = Hurried()
        part = overlap._cues(doc.text, doc.lang, doc.title, a.sentences)
    finally:
        overlap._enough = None
    assert part == whole[:2 * overlap.HURRY_EVERY]


_REAL_TIMEXES = overlap.timexes_of


def _late_timexes(spans, lang, published):
    import time

    time.sleep(3)  # the helper still busy with its time expressions well after the entities are done here
    return _REAL_TIMEXES(spans, lang, published)


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_while_the_helper_is_busy_its_cues_are_found_here_from_the_back_and_are_the_ones_found_there(
        beside_used, monkeypatch, lang):
    from bellink.ingest.statements.extractor import _Extractor

    monkeypatch.setattr(overlap, "timexes_of", _late_timexes)
    got = []
    real = overlap.Beside.cues_while_busy
    monkeypatch.setattr(overlap.Beside, "cues_while_busy", lambda self, settle=0.0: got.append(real(self, 0.0)) or got[-1])
    name = next(f.name for f in sorted(SEEDS.glob("*.txt")) if (_doc(f.name).lang == "ru") == (lang == "ru"))
    doc = _doc(name)
    helped = pipeline.analyze_many([doc], helpers=1)[0]
    [side] = beside_used
    [here] = got
    alone = pipeline.analyze(doc)
    ex = _Extractor(alone)
    # hurried before its cues, the helper found none; this process found them all, from the last sentence down
    assert not side.cues and sorted(here) == list(range(len(helped.sentences)))
    assert list(here) == sorted(here, reverse=True)
    assert [here[k] for k in range(len(here))] == [ex.cues(s) for s in alone.sentences] and any(here.values())
    assert _facts(helped) == _facts(alone)


def test_a_helper_that_answers_at_once_leaves_the_cues_to_the_statements(beside_used, monkeypatch):
    got = []
    real = overlap.Beside.cues_while_busy
    monkeypatch.setattr(overlap.Beside, "cues_while_busy", lambda self, settle=30.0: got.append(real(self, 30.0)) or got[-1])
    doc = _doc(sorted(SEEDS.glob("*.txt"))[0].name)
    helped = pipeline.analyze_many([doc], helpers=1)[0]
    assert got == [{}]
    assert _facts(helped) == _facts(pipeline.analyze(doc))
