"""Per-document cost grows linearly with the document (issue 10, finding 4).

A 5 MB article used to run for hours: every mention asked for its sentence by
scanning all sentences, every event looked for its statement by scanning all
statements, every statement for its date by scanning all time expressions, and
text without full stops made one sentence the size of the document. These tests
count how often the stages walk the document-wide lists: the count must not grow
with the document. The timed runs are in bench/docsize.py.
"""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from bellink.ingest import entities, pipeline, segment, statements
from bellink.ingest.model import Sentence, Statement, Timex
from bellink.ingest.pipeline import Analysis, analyze_text

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


class CountingList(list):
    """A list that counts the walks over it (iteration), which is what a per-lookup scan does."""

    walks = 0

    def __iter__(self):
        type(self).walks += 1
        return super().__iter__()


@pytest.fixture
def counted(monkeypatch):
    CountingList.walks = 0
    split, extract, annotate = segment.split_sentences, statements.extract, entities.annotate

    def counted_annotate(a):
        a.timexes = CountingList()
        return annotate(a)

    monkeypatch.setattr(segment, "split_sentences", lambda text: CountingList(split(text)))
    monkeypatch.setattr(statements, "extract", lambda a: CountingList(extract(a)))
    monkeypatch.setattr(entities, "annotate", counted_annotate)
    return CountingList


def _article(copies: int) -> str:
    body = (SEEDS / "001_1e42d33d7abe5dcd.txt").read_text(encoding="utf-8")
    return "\n\n".join([body] * copies)


def test_walks_over_sentences_statements_and_timexes_do_not_grow_with_the_document(counted):
    analyze_text(_article(2), lang="en", published="2021-09-13")
    small = counted.walks
    counted.walks = 0
    a = analyze_text(_article(6), lang="en", published="2021-09-13")
    assert a.statements and a.events and a.timexes  # the stages had work to do
    assert counted.walks == small, f"{small} walks for 2 copies, {counted.walks} for 6: a lookup scans a list"


def test_text_without_full_stops_is_cut_into_bounded_sentences():
    words = "Belarus and Russia discussed supplies of S-400 missile systems with Lukashenko "
    text = "Title\n\n" + words * 400  # 32 KB in one line, no sentence end
    sents = segment.split_sentences(text)
    assert len(sents) > 10
    assert max(len(s.text) for s in sents) <= segment.MAX_SENTENCE
    # the cuts fall between words and lose nothing but the spaces at a cut
    assert "".join(s.text for s in sents[1:]).replace(" ", "") == text.split("\n\n", 1)[1].replace(" ", "")
    for s in sents:
        assert text[s.start:s.stop] == s.text


def test_abbreviation_joining_is_unchanged_by_looking_only_at_the_tail():
    text = "Gen. Lt. Andrei Ravkov said so. Then Col. " + "x" * 100 + " Smith left. It was U.S. policy."
    got = [s.text for s in segment.split_sentences(text)]
    assert got[0] == "Gen. Lt. Andrei Ravkov said so."
    assert got[1].startswith("Then Col. ") and got[1].endswith("Smith left.")


def _random_analysis(rng: random.Random) -> tuple[Analysis, int]:
    a = Analysis(document=None)
    pos = 0
    for i in range(rng.randint(1, 30)):
        pos += rng.randint(0, 3)  # gaps between sentences, sometimes none
        stop = pos + rng.randint(1, 40)
        a.sentences.append(Sentence(index=i, start=pos, stop=stop, text="", paragraph=0))
        pos = stop
    for _ in range(rng.randint(0, 40)):
        s = rng.randint(0, pos + 5)
        a.timexes.append(Timex(start=s, stop=s + rng.randint(1, 15), text=str(s), value=None, precision=None,
                               method="explicit"))
    for _ in range(rng.randint(0, 20)):
        s = rng.randint(0, pos)
        a.statements.append(Statement(speaker=None, speaker_text=None, role=None, text="", direct=True, start=s,
                                      stop=s + rng.randint(1, 60), sentence=0, cue=None, channel=None, date=None))
    return a, pos


def test_indexed_lookups_answer_what_the_scans_answered():
    rng = random.Random(10)
    for _ in range(300):
        a, end = _random_analysis(rng)
        for offset in range(-2, end + 8):
            scan = next((s for s in a.sentences if s.start <= offset < s.stop), a.sentences[-1])
            assert a.sentence_at(offset) is scan
            covering = [i for i, st in enumerate(a.statements) if st.start <= offset < st.stop]
            assert a.statements_at(offset) == covering
            assert a.statement_at(offset) == (covering[0] if covering else None)
        for i, s in enumerate(a.sentences):
            assert a.timexes_in(i) == [t for t in a.timexes if s.start <= t.start < s.stop]


def test_a_meeting_is_matched_through_its_people_as_the_walk_over_every_event_matched_it():
    """``same_meeting`` walked every event key kept so far for each meeting (meetings x events in a long
    document); through the index by participant it must find the very key the walk found."""
    from bellink.ingest.events.meetings import same_meeting
    from bellink.ingest.events.merge import _file_meeting
    from bellink.ingest.model import DateRef, Event

    rng = random.Random(10)
    people = [f"person:p{i}" for i in range(12)]
    index, by_person, order = {}, {}, {}
    matched = 0
    for n in range(600):
        kind = rng.choice(["meeting", "meeting", "delivery", "agreement"])
        ev = Event(kind, n, n * 10, n * 10 + 5, status=rng.choice(["held", "planned"]),
                   roles={"participant": rng.sample(people, rng.randint(0, 3)) + rng.sample(["country:by", "org:x"], 1)},
                   date=rng.choice([None, DateRef(rng.choice(["2021-09", "2021-10"]), "month", "explicit")]))
        walked = same_meeting(index, ev)
        assert same_meeting(index, ev, by_person) == walked
        matched += walked is not None
        key = walked if kind == "meeting" and walked else (kind, n)
        if key in index:  # merged: the kept mention gains the other's participants
            for k in ev.roles["participant"]:
                if k not in index[key].roles["participant"]:
                    index[key].roles["participant"].append(k)
        else:
            index[key] = ev
            order[key] = len(order)
        _file_meeting(by_person, order, index, key)
    assert sum(1 for k in index if index[k].kind == "meeting") > 50 and matched > 50  # kept apart and merged


def test_the_articles_document_repeats_no_article_with_the_same_people():
    """bench/docsize.py --kinds articles: copies of an article name their own unknown people (a cost that grows
    with the names seen so far stays hidden when a document repeats a few articles)."""
    import importlib.util
    import re

    spec = importlib.util.spec_from_file_location("docsize", SEEDS.parent / "bench" / "docsize.py")
    docsize = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(docsize)
    firsts, known = docsize._kb_names()

    def unknown_people(text):
        return {(a, b) for a, b in re.findall(r"(?<![\w-])([A-ZА-ЯЁ][a-zа-яё]+)\s+([A-ZА-ЯЁ][a-zа-яё]{3,})", text)
                if a in firsts and b not in known}

    text = docsize.make_document("articles", 1_500_000)
    assert 1_400_000 < len(text.encode("utf-8")) <= 1_500_000
    assert len(unknown_people(text)) > 100  # first name + surname the knowledge base does not know
    assert len(unknown_people(docsize.make_document("prose", 1_500_000))) < 10  # prose repeats the seeds' few
