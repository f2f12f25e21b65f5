"""A count delivered in equal batches whose days the clause lists: one stage per batch, each with its share and day.

    "the first four Su-30SM arrived in two pairs, on May 10 and June 20"       delivered 2 (May 10), 2 (June 20)
    "Russia handed over six Yak-130 in three batches: in May, July and October" delivered (May), (July), (October)
    "четыре Су-30СМ прибыли двумя парами – 10 мая и 20 июня"                   delivered 2 (10 May), 2 (20 June)
    "Россия передала четыре Як-130 двумя партиями, в мае и в июле"             delivered (May), (July), no counts
Only a pair fixes a batch's size: "six Yak-130 in two batches, in May and July" gives each batch's row no count (the
text may go on "four in May, two in July"). Not spread: as many times as batches is what makes the days the batches'
("in two pairs in 2019" stays one row, dated 2019), days out of order (a "July" resolved to the year before "May"),
a clause with another time before the batches ("in 2019 ... in two pairs, in May and July": the first time
is the whole's, the list the batches').
Before, the whole took the first day and the other batches were lost.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Optional

from bellink.ingest.time import dating

if TYPE_CHECKING:
    from bellink.ingest.events.document import Clause, Doc, Sent

BATCHES_EN = re.compile(r"(?i)\bin\s+(?P<n>two|three|four|five|six|2|3|4|5|6)\s+(?P<what>pairs|batches|groups|lots|"
                        r"shipments|consignments|deliveries|tranches|instal(?:l)?ments|echelons|trains)\b")
BATCHES_RU = re.compile(r"(?i)(?<!\w)(?P<n>двумя|тремя|четырьмя|пятью|шестью|2|3|4|5|6)\s+(?P<what>парами|партиями|"
                        r"группами|поставками|траншами|эшелонами|очередями|этапами)(?!\w)")
# the batches as the verb's object: "received two batches of Su-30SM2, in May and August", "получили две партии
# Су-30СМ2 – в мае и августе", "delivered two pairs of fighters in May and in August"
OBJECT_EN = re.compile(r"(?i)\b(?P<n>two|three|four|2|3|4)\s+(?P<what>pairs|batches|groups|lots|shipments|consignments|"
                       r"tranches|echelons|trains)\s+of\b")
OBJECT_RU = re.compile(r"(?i)(?<!\w)(?P<n>две|три|четыре|2|3|4)\s+(?P<what>пары|партии|группы|поставки|эшелона|транша)"
                       r"(?!\w)")
# between two listed times: a comma, "and", "и", a preposition again
LIST_GAP = re.compile(r"(?i)\s*(?:,\s*)?(?:(?:and|и)\s+)?(?:(?:in|on|в|во)\s+)?")
NUMBERS = {"two": 2, "две": 2, "три": 3, "четыре": 4, "three": 3, "four": 4, "five": 5, "six": 6, "двумя": 2, "тремя": 3, "четырьмя": 4, "пятью": 5,
           "шестью": 6}
PAIRS = ("pairs", "парами", "пары")
# between the batches' word and the list of days: a dash, a colon, a comma, "on", "in", "—"
TO_LIST = re.compile(r"[\s,:;–—-]*(?:(?:on|in|в|во)\s)?")


def spread(d: Doc, sent: Sent, clause: Clause, total: Optional[float]) -> Optional[list]:
    """[(share or None, timex)] of the batches a clause lists for its count ``total``, else None."""
    rx = BATCHES_RU if d.ru else BATCHES_EN
    hit = rx.search(d.text, clause.start, clause.stop)
    if hit is None:
        return _object_batches(d, sent, clause, total)
    if d.in_frame(sent, hit.start()):
        return None
    n = NUMBERS.get(hit.group("n").lower()) or int(hit.group("n"))
    times = [t for t in dating.timexes_in(d.a, sent.index) if clause.start <= t.start < clause.stop and t.value
             and not d.in_frame(sent, t.start, t.stop)]
    after = [t for t in times if t.start >= hit.end()]
    if len(after) != n or len(times) != n or not TO_LIST.match(d.text, hit.end(), after[0].start) or \
            TO_LIST.match(d.text, hit.end(), after[0].start).end() != after[0].start:
        return None
    if len({t.value for t in after}) != n or not _ascending(after):
        return None  # (batches told out of order, or a day resolved to the year before: the one dated whole stays)
    if hit.group("what").lower() not in PAIRS:
        return [(None, t) for t in after]  # "six in two batches, in May and July": the shares are untold (4 + 2?)
    if total is not None and total != 2.0 * n:
        return None  # "four in two pairs" is two each; "six in two pairs" is no pairs at all
    return [(2.0, t) for t in after]


def _object_batches(d: Doc, sent: Sent, clause: Clause, total: Optional[float]) -> Optional[list]:
    """[(share or None, timex)] when the verb's object is a count of batches ("two batches of Su-30SM2") and the clause
    lists as many times after it, joined by commas and "and" ("in May and August"); a time before the batches is the
    frame only when it holds every listed time ("this year ... in May and August"). Else None."""
    hit = (OBJECT_RU if d.ru else OBJECT_EN).search(d.text, clause.start, clause.stop)
    if hit is None or d.in_frame(sent, hit.start()):
        return None
    n = NUMBERS.get(hit.group("n").lower()) or int(hit.group("n"))
    times = [t for t in dating.timexes_in(d.a, sent.index) if clause.start <= t.start < clause.stop and t.value
             and not d.in_frame(sent, t.start, t.stop)]
    after = [t for t in times if t.start >= hit.end()]
    if len(after) != n or re.search(r"[.;()]", d.text[hit.end():after[0].start]):
        return None
    for a, b in zip(after, after[1:]):
        if LIST_GAP.match(d.text, a.stop, b.start).end() != b.start:
            return None  # (times of other phrases, not one list)
    if len({t.value for t in after}) != n or not _ascending(after):
        return None
    if any(not _holds(t, after) for t in times if t.start < hit.end()):
        return None  # "in 2019 ... two batches, in May and July" of another year: the whole's time, not a frame
    if hit.group("what").lower() not in PAIRS:
        return [(None, t) for t in after]
    if total is not None and total != 2.0 * n:
        return None
    return [(2.0, t) for t in after]


def _holds(frame, times: list) -> bool:
    """Does the time ``frame`` ("this year") hold every one of ``times``?"""
    from bellink.dates import bounds

    try:
        lo, hi = bounds(frame.value, frame.end)
        return all(lo <= bounds(t.value, t.end)[0] and bounds(t.value, t.end)[1] <= hi for t in times)
    except ValueError:
        return False


def _ascending(times: list) -> bool:
    """Do the listed days follow one another ("в мае и в июле" read as May 2024 and July 2023 does not)?"""
    from bellink.dates import bounds

    try:
        spans = [bounds(t.value, t.end) for t in times]
    except ValueError:
        return False
    return all(a[1] < b[0] for a, b in zip(spans, spans[1:]))
