"""Attach a date to a fact: the time expression that governs it in its sentence.

A fact (statement, delivery, meeting...) is anchored at a trigger: the
reporting verb, the delivery verb. The governing time expression is the one in
the same sentence nearest that trigger, preferring one outside quotation marks
when the trigger is outside them (a quote's own dates describe what is quoted,
not when it was said). Statements with no such expression take the
publication date, marked as such, so a user can tell the difference.
"""
from __future__ import annotations

import re
from typing import Optional

from bellink.ingest.model import DateRef, Timex

QUOTE_OPEN = "«“„\""
QUOTE_CLOSE = "»”“\""


_QUOTE_MARKS = re.compile("[«„»“”\"]")  # the only characters that change the state below


def _inside_quotes(text: str, sent_start: int, pos: int) -> bool:
    """Is document offset ``pos`` inside quotation marks within its sentence?"""
    segment = text[sent_start:pos]
    depth = 0
    straight = 0
    for ch in _QUOTE_MARKS.findall(segment):  # (the marks alone: a loop over every letter cost ~60 µs)
        if ch in "«„":
            depth += 1
        elif ch == "»" and depth:
            depth -= 1
        elif ch == "“":
            depth += 1
        elif ch == "”" and depth:
            depth -= 1
        elif ch == '"':
            straight ^= 1
    return depth > 0 or straight == 1


def timexes_in(a, sentence_index: int) -> list[Timex]:
    return a.timexes_in(sentence_index)


def governing_timex(a, sentence_index: int, trigger: int, *, exclude=(), kinds=None,
                    same_quote_state: bool = True) -> Optional[Timex]:
    """The time expression nearest ``trigger`` in the sentence (see the module docstring)."""
    s = a.sentences[sentence_index]
    text = a.document.text
    candidates = [t for t in timexes_in(a, sentence_index) if t not in exclude and (kinds is None or t.kind in kinds)]
    if not candidates:
        return None
    if same_quote_state:
        trigger_quoted = _inside_quotes(text, s.start, trigger)
        same = [t for t in candidates if _inside_quotes(text, s.start, t.start) == trigger_quoted]
        if same:
            candidates = same
        elif not trigger_quoted:
            return None
    return min(candidates, key=lambda t: min(abs(t.start - trigger), abs(t.stop - trigger)))


def to_dateref(t: Timex) -> DateRef:
    return DateRef(value=t.value, precision=t.precision, method=t.method, text=t.text, end=t.end)


def publication_date(a) -> Optional[DateRef]:
    doc = a.document
    if not doc.published:
        return None
    return DateRef(value=doc.published, precision=doc.published_precision, method="publication", text=None)


def date_for(a, sentence_index: int, trigger: int, *, fallback_publication: bool = False,
             same_quote_state: bool = True) -> Optional[DateRef]:
    t = governing_timex(a, sentence_index, trigger, same_quote_state=same_quote_state)
    if t is not None and t.value is not None:
        return to_dateref(t)
    if t is not None and t.value is None:
        # An expression we could not resolve (no publication date): say so rather than guess.
        return DateRef(value=None, precision=None, method=t.method, text=t.text)
    return publication_date(a) if fallback_publication else None
