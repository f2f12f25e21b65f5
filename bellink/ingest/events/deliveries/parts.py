"""A whole split into parts with their own dates: the parts are the stages, not the whole.

    "Russia handed over four S-300PS battalions, two in 2005 and two in 2006"          -> 2 (2005), 2 (2006)
    "four Tor-M2 batteries – two in the spring and two in the autumn"                   -> 2 (spring), 2 (autumn)
    "three Kasta-2E2 radars: the first in June, the other two by the end of the year"   -> 1 (June), 2 (that year)
    "четыре дивизиона С-300ПС: два в 2005 году и два в 2006 году"                       -> 2 (2005), 2 (2006)
    "две батареи «Панцирь-СМ»: одну весной, другую осенью"                              -> 1 (spring), 1 (autumn)
Not split: parts that do not add up to the whole ("four battalions, two in 2005": one part, the whole's date is
read as before), a part without a time of its own, a part that names another system, a verb inside the list (a
clause of its own, read by coordination.py).

The gold's rule (bench/gold/RULES.md, deliveries): "A whole split into parts with their own dates gives the parts and
not the whole". The parts must add up to the whole the verb counted: "the other", "the rest", "остальные" without a
number take what is left.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Optional

from bellink.ingest.events.deliveries.collectives import _ordinal_word
from bellink.ingest.events.deliveries.cues import transfer_cues
from bellink.ingest.events.document import Clause
from bellink.ingest.events.numbers import number_value
from bellink.ingest.time import dating

if TYPE_CHECKING:
    from bellink.ingest.events.document import Doc, Sent

# where the list of parts opens after the whole's phrase: a comma, a colon or a dash
OPEN = re.compile(r"\s*(?:,|:|\s[–—-])\s*")
# between two parts: ", and", "and", ";", ", а", "и"
JOIN = re.compile(r"\s*(?:[,;]\s*(?:(?:and|but|while|и|а)\s+)?|\s+(?:and|и|а)\s+)")
# words a part may have besides its count: "the other two", "the remaining pair", "остальные две"
FILLER = frozenset({"the", "other", "others", "remaining", "rest", "first", "second", "last", "final", "next", "of", "them",
                    "its", "further", "more", "another", "one", "ones",
                    "другую", "другой", "другая", "другие", "других", "остальные", "оставшиеся", "остальных",
                    "оставшихся", "ещё", "еще", "из", "них", "первую", "первый", "первая", "первые", "вторую",
                    "второй", "вторая"})
REST = frozenset({"other", "others", "remaining", "rest", "другую", "другой", "другая", "другие", "остальные", "оставшиеся",
                  "остальных", "оставшихся"})
ONE = frozenset({"one", "один", "одну", "одна", "одно"})
# a preposition that opens a part's time ("in 2005", "by the end of the year", "в 2006 году", "до конца года")
TIME_PREP = re.compile(r"(?i)(?:(?:^|\s)(?:in|by|during|before|until|at|on|в|во|до|к|на))?\s*$")


def _part_count(d: Doc, toks: list, left: float) -> Optional[float]:
    """The count a part's words give: a number, "one" / "одну", a lone ordinal (one), "the other(s)" / "the rest" /
    "остальные" without a number (what is left of the whole); None when a word is no part of a count."""
    if not toks or len(toks) > 4:
        return None
    value = None
    rest = False
    ordinal = False
    for t in toks:
        n = number_value(d, t)
        if n is not None and t.low not in ("a", "an"):
            if value is not None:
                return None
            value = n
        elif t.low in REST:
            rest = True
        elif _ordinal_word(d, t):
            ordinal = True
        elif t.low not in FILLER:
            return None
    if value is not None:
        return value
    if rest:
        return left if left > 0 else None
    return 1.0 if ordinal else None


def dated_parts(d: Doc, sent: Sent, clause: Clause, after: int, whole: float) -> list:
    """[(start, count, Timex)] of the parts of ``whole`` listed after ``after`` (the end of the whole's phrase), each
    with its own time expression, when there are two or more and they add up to the whole; else []."""
    if whole is None or whole < 2 or not float(whole).is_integer():
        return []
    opening = OPEN.search(d.text, after, min(clause.stop, sent.stop))
    if opening is None or re.search(r"[.;()]", d.text[after:opening.start()]) or opening.start() - after > 60:
        return []
    times = sorted((t for t in dating.timexes_in(d.a, sent.index) if t.start >= opening.end() and t.value),
                   key=lambda t: t.start)
    if len(times) < 2:
        return []
    parts = []
    at = opening.end()
    left = float(whole)
    for t in times:
        gap = d.text[at:t.start]
        words = TIME_PREP.sub("", gap, count=1)
        toks = d.toks_in(sent, at, at + len(words))
        count = _part_count(d, toks, left)
        if count is None or count > left:
            break
        if any(m.type == "weapon_system" and at <= m.start < t.start for m in sent.mentions) or \
                transfer_cues(d, sent, Clause(at, t.start)):
            break  # another system's count, or a clause with a verb of its own
        parts.append((at, count, t))
        left -= count
        join = JOIN.match(d.text, t.stop)
        if join is None or left <= 0:
            break
        at = join.end()
    if len(parts) < 2 or left != 0:
        return []
    return parts


# the first part of a whole: "the first four", "первые четыре (из них)"
FIRST = frozenset({"first", "initial", "первые", "первых", "первую", "первая", "первый"})
# what may follow the part's time before the sentence ends: closing punctuation
TAIL = re.compile(r"[\s.,;!?»\"”’)]*")


def first_part(d: Doc, sent: Sent, clause: Clause, after: int, whole: float) -> Optional[tuple]:
    """(start, count, Timex) of the first part of ``whole`` set after its phrase with a time of its own and no verb
    ("a total of 12 Su-30SM, the first four next year", "12 истребителей, первые четыре – в 2016 году"): the part is
    a plan of its own at that time, the whole keeps its count and is dated outside the part; None otherwise (no part,
    a part with a verb of its own, another system's count, more text after the part's time: dated_parts' lists)."""
    if whole is None or whole < 2 or not float(whole).is_integer():
        return None
    opening = OPEN.search(d.text, after, min(clause.stop, sent.stop))
    if opening is None or re.search(r"[.;()]", d.text[after:opening.start()]) or opening.start() - after > 60:
        return None
    times = [t for t in dating.timexes_in(d.a, sent.index) if t.start >= opening.end() and t.value]
    if len(times) != 1:
        return None
    t = times[0]
    tail = TAIL.match(d.text, t.stop, sent.stop)
    if tail.end() < sent.stop and not d.in_frame(sent, tail.end()):
        return None  # ", the first four next year and the rest in 2017", "... next year, when the base is ready"
    at = opening.end()
    words = TIME_PREP.sub("", re.sub(r"\s*[–—-]\s*$", "", d.text[at:t.start]), count=1)
    toks = d.toks_in(sent, at, at + len(words))
    if not toks or toks[0].low not in FIRST and not (len(toks) > 1 and toks[0].low == "the" and toks[1].low in FIRST):
        return None
    count = None
    for u in toks:
        n = number_value(d, u)
        if n is not None and u.low not in ("a", "an", "one"):
            if count is not None:
                return None
            count = n
        elif u.low not in FILLER and u.low not in FIRST:
            return None
    if count is None or count >= whole:
        return None
    if any(m.type == "weapon_system" and at <= m.start < t.start for m in sent.mentions) or \
            transfer_cues(d, sent, Clause(at, t.start)):
        return None
    return at, count, t


def story_year(d: Doc, sent: Sent, clause: Clause, before: int) -> Optional[str]:
    """The year the clause states before its parts ("In 2016, Belarus received four Tor-M2 batteries – two in the spring
    and two in the autumn", "В 2016 году ... – две весной и две осенью"), which a part's bare season or month belongs
    to; None when there is none or more than one."""
    years = [t for t in dating.timexes_in(d.a, sent.index) if clause.start <= t.start < before and t.value and
             t.precision == "year" and t.method == "explicit" and not t.end]
    return years[0].value if len(years) == 1 else None


def in_year(value: str, year: str) -> str:
    """A bare month's or season's value ("2019-SP", "2018-10") moved to ``year``."""
    return year + value[4:]
