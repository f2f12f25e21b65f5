"""Can a pattern match anywhere in this document? The words every match of it holds, looked for once a document.

Many rules search each sentence or clause of a document for a cue that nearly no text holds ('BelTA learned
from ...', 'for joint training', 'since Soviet times', the other language's channel slots), and Python's ``re``
tries such an alternation at every position of the text: 3-20 us a failed search, asked again for every
sentence. ``may(RX, text)`` answers False when the document ``text`` lacks one of the parts every match of
``RX`` holds (``time.prefilter.requirements``: read off the pattern's parse, never from a lookaround or an
optional part), so a rule writes ``may(RX, d.text) and RX.search(d.text, a, b)`` and gets the search's own
answer; ``may(RX, d.text, a, b)`` also tests the stretch searched, in the document's lowercase (a slice and a
look-up of each word: worth it where the document often holds the words and the sentences seldom do). The
words are read off the parse at a pattern's first question (~1 ms each) and the document is lowercased once,
whatever the number of patterns and sentences asked about it: the document's test is a dict look-up after
the first.

Sound for any text the rule searches that lies in the document (a sentence, a clause, a slice between two
offsets) or is such a text lowercased: a match there would hold the words, and so would the document
(lowercased: the parts are compared lowercase, ``prefilter.fold_text``, which gives None, and so no gate,
for a document with a character whose lowercase is not one character or that IGNORECASE equates with
another letter; otherwise the lowercase keeps the text's offsets). Not for a text the rule rewrote (joined,
normalized).
"""
from __future__ import annotations

import re
from typing import Optional

from bellink.ingest.time.prefilter import DIGIT, fold_text, literal_strings, parts_of

_DIGIT = re.compile(DIGIT)

# id(rx) -> (rx, parts): each part (strings, digit), one of which stands in every match; the pattern is kept so
# its id is never another's. Parts that are not a few plain strings are left out (a weaker test, still sound).
_PARTS: dict = {}
# a longer text (one huge document, read in parts elsewhere) is not gated: its lowercase would be kept beside it
# (the peak memory of a 20 MB document), and nearly every word stands somewhere in it
MAX_CHARS = 1_000_000
# the last document asked about: (text, its lowercase or None, answers by id(rx))
_last: list = [None, None, {}]


def parts(rx: re.Pattern) -> tuple:
    """(strings, digit) for each required part of ``rx`` made of plain strings; () when there is none."""
    got = _PARTS.get(id(rx))
    if got is None:
        got = _PARTS[id(rx)] = (rx, _read(rx))
    return got[1]


def _read(rx: re.Pattern) -> tuple:
    # (the parse itself, not prefilter's cached one, is read when the parts are not on disk: the parses of long
    # alternations are not kept)
    found = parts_of(rx, keep_parse=False)
    out = []
    for _source, _score, folded in found or ():  # None: an unexpected parse shape, no gate
        if folded is not None:
            words, digit = literal_strings(folded)
            if words is not None and (words, digit) not in out:
                out.append((words, digit))
    return tuple(out)


def holds(found: tuple, low: Optional[str]) -> bool:
    """Does the lowercased ``low`` hold one string of every part (None: not known, so yes)?"""
    if low is None:
        return True
    has = low.__contains__
    for words, digit in found:
        if not any(map(has, words)) and not (digit and _DIGIT.search(low)):
            return False
    return True


def may(rx: re.Pattern, text: str, lo: Optional[int] = None, hi: Optional[int] = None) -> bool:
    """False when ``rx`` cannot match in ``text`` (a document) or in any part of it, lowercased or not. With ``lo``
    and ``hi``, the stretch ``text[lo:hi]`` the rule searches is tested too (once the document holds the words):
    the search's text is that stretch, lowercased or not, or (when no word of ``rx``'s parts holds a space) that
    stretch with some characters blanked to spaces."""
    if len(text) > MAX_CHARS:
        return True
    last = _last
    if text is not last[0]:
        last[0], last[1], last[2] = text, fold_text(text), {}
    answers = last[2]
    got = answers.get(id(rx))
    if got is None:
        got = answers[id(rx)] = holds(parts(rx), last[1])
    if got and lo is not None and last[1] is not None:
        return holds(parts(rx), last[1][lo:hi])
    return got


def folded(text: str) -> Optional[str]:
    """The lowercase of ``text`` (a document) that the gates read (``prefilter.fold_text``), made once a document;
    None when there is none (a character lowercasing cannot stand for, a text longer than MAX_CHARS)."""
    if len(text) > MAX_CHARS:
        return None
    last = _last
    if text is not last[0]:
        last[0], last[1], last[2] = text, fold_text(text), {}
    return last[1]
