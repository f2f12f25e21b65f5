"""The story-relative time expressions of one huge document are searched only in the runs of its text that can hold
them (``time/story.py``: ``_finditer``), with exactly the matches a search of the whole text gives (issue 10)."""
from __future__ import annotations

import re

import pytest

from bellink.ingest.time import story
from bellink.ingest.time.prefilter import fold_text

try:
    from re import _constants as C, _parser as P
except ImportError:  # pragma: no cover (Python 3.10)
    P = C = None

PATTERNS = [story.EN, story.RU, story.THAT_YEAR, story.NEW_YEAR, story.LAST_DECADE]

LINES = [
    "Belarus took its first Tor-M2 battery from Russia in 2011, and the second a year later.",
    "The contract was signed on 12 May 2016. The first four arrived the following year",
    "They came in March 2019; the rest two months afterwards, and the very same day a third (about the same time).",
    "«Первые 30 бронетранспортеров мы получили в 2017 году, еще столько же – годом позже», – сказал он.",
    "Контракт подписали в марте 2015 года, а через два года прибыла первая пара! Накануне Минобороны сообщило",
    "В 2024 году завод поставил 40 шасси. Холдинг за тот же год поставил 150 прицелов: в том же году",
    "in December that year, в декабре того же года, in the new year, в новом году, in the last decade, "
    "в прошлом десятилетии",
    "a year\nlater", "the day before", "накануне визита", "on the day before the parade", "a year after that",
    "Nothing of the kind here, only words about words and ground around the round table",
]


def _consumed(items, out: list) -> None:
    """Every item of a parse that consumes a character (lookarounds and anchors left out)."""
    for op, av in items:
        if op in (C.ASSERT, C.ASSERT_NOT, C.AT):
            continue
        if op is C.SUBPATTERN:
            _consumed(av[3], out)
        elif op is C.BRANCH:
            for branch in av[1]:
                _consumed(branch, out)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            _consumed(av[2], out)
        else:
            out.append((op, av))


@pytest.mark.skipif(P is None, reason="no re._parser")
@pytest.mark.parametrize("rx", PATTERNS, ids=lambda rx: rx.pattern[:20])
def test_no_match_can_hold_a_barrier(rx):
    items: list = []
    _consumed(P.parse(rx.pattern, rx.flags), items)
    for op, av in items:
        if op is C.LITERAL:
            assert chr(av).lower() not in story.BARRIER and chr(av).upper() not in story.BARRIER
            continue
        assert op is C.IN, (op, av)  # no '.', no [^...], no negated literal
        for kind, v in av:
            assert kind is not C.NEGATE
            if kind is C.LITERAL:
                assert chr(v) not in story.BARRIER
            elif kind is C.RANGE:
                assert not any(v[0] <= ord(c) <= v[1] for c in story.BARRIER)
            else:
                assert kind is C.CATEGORY and v in (C.CATEGORY_DIGIT, C.CATEGORY_WORD, C.CATEGORY_SPACE), (kind, v)
    assert not re.search(r"[\w\s]", story.BARRIER)  # a barrier is neither a word character nor a space


def _long_text() -> str:
    out, k = [], 0
    while sum(map(len, out)) < story.LONG_TEXT * 1.2:
        line = LINES[k % len(LINES)]
        sep = ["\n\n", " ", ". ", "\n", ", "][k % 5]
        out.append(line + sep)
        k += 1
    return "a year later " + "".join(out) + "the day before"


@pytest.mark.parametrize("rx", PATTERNS, ids=lambda rx: rx.pattern[:20])
def test_the_runs_give_every_match_the_whole_text_gives(rx):
    text = _long_text()
    got = [(m.span(), m.groupdict()) for m in story._finditer(rx, text, fold_text(text))]
    assert got == [(m.span(), m.groupdict()) for m in rx.finditer(text)]
    assert got  # (the text holds some)


def test_story_dates_of_a_long_text_as_before(monkeypatch):
    from bellink.ingest.model import Sentence

    text = _long_text()
    sents, pos = [], 0
    for i, piece in enumerate(re.split(r"(?<=[.!?\n])", text)):
        if piece:
            sents.append(Sentence(i, pos, pos + len(piece), piece, 0))
            pos += len(piece)
    runs = story.add([], sents, text, "en", "2021-09-04")
    monkeypatch.setattr(story, "LONG_TEXT", 10 ** 9)  # the whole text searched
    assert [(t.start, t.stop, t.value) for t in runs] == \
        [(t.start, t.stop, t.value) for t in story.add([], sents, text, "en", "2021-09-04")]
    assert runs
