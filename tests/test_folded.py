"""A pattern's case-folded twin (``prefilter.twin``, ``prefilter.Folded``): searched in the lowercased text, it finds
what the IGNORECASE pattern finds in the text, with the same groups, and hands back the pattern's own matches."""
import re
from pathlib import Path

import pytest

from bellink.ingest.events.negation import _FRUITLESS
from bellink.ingest.time import prefilter as PF
from bellink.ingest.time import story
from bellink.ingest.time import words as TW

# every pattern an ingest searches through its twin
IN_USE = {
    "FRUITLESS": _FRUITLESS.rx, "EN_FUTURE": TW._EN_FUTURE, "EN_PAST": TW._EN_PAST, "RU_FUTURE": TW._RU_FUTURE,
    "RU_PAST": TW._RU_PAST, "STORY_EN": story.EN, "STORY_RU": story.RU, "STORY_HINT": story.HINT,
    "THAT_YEAR": story.THAT_YEAR, "NEW_YEAR": story.NEW_YEAR, "LAST_DECADE": story.LAST_DECADE,
}


def _texts():
    here = Path(__file__).resolve().parent / "data"
    return [p.read_text(encoding="utf-8") for p in sorted(here.rglob("*.txt"))]


def _same(rx, text, *span):
    low = PF.fold_text(text)
    assert low is not None
    f = PF.Folded(rx)
    mine = [(m.span(), m.groups(), m.group()) for m in f.finditer(text, *span, low=low)]
    theirs = [(m.span(), m.groups(), m.group()) for m in rx.finditer(text, *span)]
    assert mine == theirs
    one, other = f.search(text, *span, low=low), rx.search(text, *span)
    assert (one and (one.span(), one.groups(), one.re)) == (other and (other.span(), other.groups(), other.re))


@pytest.mark.parametrize("name", sorted(IN_USE))
def test_each_pattern_in_use_finds_through_its_twin_what_it_finds_itself(name):
    rx = IN_USE[name]
    if not rx.flags & re.I:
        assert PF.twin(rx) is None  # searched as it is
        return
    for text in _texts():
        if PF.fold_text(text) is None:
            continue
        _same(rx, text)
        _same(rx, text, len(text) // 3, 2 * len(text) // 3)  # a stretch: lookbehinds read the text before it


# (pattern, text written for this test): the twin's matches are the pattern's, in the text's own case
CASES = [
    (r"(?i)\b(?:never (?:produced|yielded)|fell through)\b", "Talks NEVER Produced a deal; the plan Fell Through."),
    (r"(?i)(?<!\w)(?:прибыл\w*|поступил\w*)(?!\w)", "Самолеты ПРИБЫЛИ в мае, а вертолеты Поступили позже."),
    (r"(?i)[А-ЯЁ][а-яё]+ского", "в районе Барановичского полигона и БРЕСТСКОГО"),  # ranges of capitals fold too
    (r"(?i)(?P<n>\d+)\s+(?P<w>jets?|tanks?)\b", "12 JETS and 4 Tanks arrived; 7 jet"),
    (r"(?i)\b(\w+)\s+\1\b", "the The jets jets"),  # a back-reference compares case-folded, as IGNORECASE does
    (r"(?i)[^a-z\s]+", "Su-30SM ЯК-130 and MiG"),
]


@pytest.mark.parametrize("pattern,text", CASES)
def test_a_twin_finds_the_same_places_and_groups(pattern, text):
    rx = re.compile(pattern)
    assert PF.twin(rx) is not None
    _same(rx, text)
    _same(rx, text, 3, len(text) - 2)


def test_what_cannot_be_folded_exactly_has_no_twin_and_is_searched_as_it_is():
    assert PF.twin(re.compile(r"(?i)jets (?-i:MiG)")) is None  # case matters inside a scope
    assert PF.twin(re.compile(r"(?ai)jets")) is None  # ASCII folding leaves other letters' case alone
    assert PF.twin(re.compile(r"jets")) is None  # not IGNORECASE: nothing to gain
    assert PF.twin(re.compile(r"(?i)İstanbul")) is None  # a letter whose lowercase is two characters
    rx = re.compile(r"(?i)\bdelivered\b")
    f = PF.Folded(rx)
    assert [m.span() for m in f.finditer("Delivered", low=None)] == [(0, 9)]  # no lowercase given: its own search
    # a text with a character IGNORECASE equates with a letter ("ſ" with "s") is not folded: the callers search it
    # as it is
    assert PF.fold_text("The jets were ſent") is None and rx.search("deliveſ") is None
