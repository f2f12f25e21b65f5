"""tails.search_after_stops: an end-anchored search from the last stop character finds what a whole search finds.

The words before a verb in a sentence cut by length only (a document without full stops) are thousands of characters
long; the patterns below are searched from the last character their matches can never hold (issue 10). Random
strings of the words and marks these patterns read, and real phrases, must give the same match both ways."""
import random

import pytest

from bellink.ingest.statements.documents import _DOC_STOPS, DOC_SUBJECT_EN
from bellink.ingest.statements.members import _MEMBER_STOPS, MEMBER_EN, SOURCE_EN
from bellink.ingest.statements.tails import search_after_stops
from bellink.ingest.statements.words import EN_HEAD_AT_END

CASES = [
    (DOC_SUBJECT_EN, _DOC_STOPS),
    (MEMBER_EN, _MEMBER_STOPS),
    (SOURCE_EN, _MEMBER_STOPS),
    (EN_HEAD_AT_END, ",;:.()"),
]
PIECES = ["the", "a", "an", "its", "statement", "report", "ministry's", "Ministry", "one", "of", "administrators",
          "an", "administrator", "sources", "familiar", "with", "talks", "source", "close", "to", "spokesman", "minister",
          "defence", "for", "Belarus", "press", "service", "on", "website", "(", ")", ",", ".", ";", ":", "!", "?",
          "«", "»", '"', "“", "”", "'s", "’s", "-", "\n", "  ", "The", "A", "One", "Two"]
PHRASES = [
    "On Tuesday, a statement on the Belarusian defence ministry's website",
    "The jets landed in Lida. The ministry's statement",
    "As the report (published on Monday) noted, the ministry's Telegram channel",
    "After the talks, one of the project's administrators",
    "In Minsk; an administrator of the Hajun project",
    "Two sources familiar with the talks",
    "The drills ended: the Russian defence minister",
    "the commander of the brigade (the spokesman for the Ministry of Defence",
    "Meanwhile «the ministry's press service",
]


@pytest.mark.parametrize("rx,stops", CASES)
def test_same_match_as_the_whole_search(rx, stops):
    rnd = random.Random(10)
    texts = list(PHRASES)
    for _ in range(4000):
        texts.append(" ".join(rnd.choice(PIECES) for _ in range(rnd.randint(0, 14))))
    texts += [("x, " * 500) + t for t in PHRASES]  # a long run before the phrase
    hits = 0
    for t in texts:
        a, b = rx.search(t), search_after_stops(rx, t, stops)
        assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict())), t
        hits += a is not None
    assert hits >= 3  # the phrases and some random strings do match: the comparison is not empty


def test_quote_and_as_tails_as_whole_searches():
    """speakers.left_subject's closing-quote check and 'as' tail search from where their matches can start."""

    from bellink.ingest.statements.speakers import _QUOTE_BEFORE, AS_TAIL_BEFORE, _quote_tail

    rnd = random.Random(7)
    pieces = ["a", "As", "as", "Zhuk", ",", ", ", "\u00a0", " ", "»", '"', "”", "“", "!", "?", "…", "–", "—", "-",
              "\n", "said", "the", "minister", "."]
    texts = ['"The jets have not changed that," ', "«Всё готово», – ", ", as the minister ", "and, as Khrenin "]
    texts += ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 16))) for _ in range(20000)]
    quoted = tails = 0
    for t in texts:
        full = "x" * 5 + t + "Zhuk"
        lo, hi = 5, 5 + len(t)
        a = _QUOTE_BEFORE.search(full[lo:hi])
        b = _QUOTE_BEFORE.search(full, _quote_tail(full, lo, hi), hi)
        assert (a and (a.start() + lo, a.end() + lo)) == (b and b.span()), t
        quoted += a is not None
        comma = full.rfind(",", lo, hi)
        a = AS_TAIL_BEFORE.search(full[lo:hi])
        b = None if comma < 0 else AS_TAIL_BEFORE.search(full[lo:hi], comma - lo)
        assert (a and a.span()) == (b and b.span()), t
        tails += a is not None
    assert quoted >= 3 and tails >= 3
