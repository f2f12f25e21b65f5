"""The next batch of a series as the subject of a predicate that is no transfer verb elsewhere: the predicate says
when it comes, the subject that it is one more batch of the system told before.

    "The second station follows in the first half of next year."          -> planned, 1 station
    "The next pair is scheduled for December."                            -> planned, 2
    "Two more will land before the end of the month."                     -> planned, 2
    "В 2012 году к ней добавится еще одна батарея."                        -> planned, 1 battery
Not a batch of a series: "the first two" (as often a part whose date the whole's already holds), a count alone ("Two
battalions will arrive"), "The question follows". Not a plan: a predicate of place ("should be with the troops", "is
in the contract"), "would" (a future in the past as often as reported speech), a time before the report ("A second
follows a year later, in 2012": a history told in the present). A clause that names a system, or has a transfer verb,
is the ordinary cues' ("followed", "arrived", "landed").

``series_cues`` gives the predicate as a planned cue whose subject is the batch (side "theme"); the count and the
system it points back to are then read as for any bare count (``anaphora.count_anaphor``).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bellink.ingest.events.deliveries.collectives import _ordinal_word
from bellink.ingest.events.document import Cue
from bellink.ingest.events.lexicons import COLLECTIVE_EN, SERIES_EN, SERIES_RU
from bellink.ingest.events.numbers import number_value, unit_of
from bellink.ingest.time.prefilter import fold_text
from bellink.names import fold

if TYPE_CHECKING:
    from bellink.ingest.events.document import Clause, Doc, Sent

# what may open the clause before the batch: a conjunction, an article, a quote mark, "that" of reported speech
OPENER_EN = frozenset({"and", "but", "while", "the", "a", "its", "their", "that", "then", "now"})
# the batch's own words: "of that batch", "of the contract", "of them"
OF_PHRASE_EN = re.compile(r"\s+of\s+(?:that|the|this|these|them|those|its|their)(?:\s+(?:batch|contract|order|deal|"
                          r"type|kind|aircraft|jets|helicopters|systems|batteries))?\b", re.IGNORECASE)
# the predicate right after the batch: what it says is still to come
PLANNED_EN = re.compile(
    r"\s*(?:,\s*)?(?:(?:also|then|only|in\s+turn)\s+)?"
    r"(?:follows?\b|(?:is|are)\s+(?:due|scheduled|planned|expected|set)\s+(?:for|in|by|before|at)\b|"
    r"(?:will|should|shall|must|(?:is|are)\s+to|(?:is|are)\s+(?:due|expected|scheduled|set)\s+to)\s+(?:also\s+|then\s+)?"
    r"(?:be\s+(?:handed\s+over|delivered|shipped|transferred)|land|arrive|follow|come|fly\s+in|touch\s+down)\b)",
    re.IGNORECASE)
# Russian predicates of a batch still to come that the transfer cues do not hold
PLANNED_RU = frozenset(fold(w) for w in ("добавиться", "последовать"))
FUTURE_RU = frozenset(("добавится", "добавятся", "последует", "последуют"))
# What every PLANNED_EN match holds, without word boundaries (so a sentence without it has no clause or conjunct with
# it): most sentences of an article have no such predicate, and one search per sentence spares reading their clauses
# token by token for a batch that cannot have one
_PLANNED_EN_HELD = (r"follow|(?:is|are)\s+(?:due|scheduled|planned|expected|set|to)|"
                    r"(?:will|should|shall|must)\s+(?:also\s+|then\s+)?(?:be|land|arrive|follow|come|fly|touch)")
PLANNED_EN_HELD = re.compile(_PLANNED_EN_HELD, re.IGNORECASE)
# the same in the sentence lowercased (``prefilter.fold_text``: equal to IGNORECASE for these letters), three times faster
PLANNED_EN_HELD_FOLDED = re.compile(_PLANNED_EN_HELD)


def series_cues(d: Doc, sent: Sent, clause: Clause) -> list:
    """[a planned cue] when ``clause`` names no system and opens with the next batch of a series followed by a
    predicate still to come; []."""
    if not may_hold_series(d, sent):
        return []
    if any(m.type == "weapon_system" and clause.start <= m.start < clause.stop for m in sent.mentions):
        return []
    toks = d.toks_in(sent, clause.start, clause.stop)
    if d.ru:
        return _series_ru(d, sent, toks)
    i = 0
    # (past the frame that attributes the clause: "Ravkov said the next pair would land")
    while i < len(toks) and (toks[i].low in OPENER_EN or d.in_frame(sent, toks[i].start)):
        i += 1
    start = i
    series = False
    while i < len(toks) and i - start < 4:
        t = toks[i]
        if t.low in SERIES_EN or _ordinal_word(d, t) or t.low in COLLECTIVE_EN or number_value(d, t) is not None:
            # ("the first two" opens a whole's split as often as it tells a part the whole's date already holds)
            series = series or t.low in SERIES_EN or _ordinal_word(d, t) and t.low != "first"
            i += 1
            continue
        if unit_of(t) is not None or t.low in ("pair", "batch", "set", "one", "ones", "group", "flight"):
            i += 1
            continue
        break
    if not series or i == start or i >= len(toks):
        return []
    at = toks[i - 1].stop
    of = OF_PHRASE_EN.match(d.text, at, clause.stop)
    if of is not None:
        at = of.end()
    pred = PLANNED_EN.match(d.text, at, clause.stop)
    if pred is None:
        return []
    if _told_as_past(d, sent, clause):
        return []
    lo = pred.start() + len(pred.group()) - len(pred.group().lstrip(" ,"))
    return [Cue(lo, pred.end(), d.text[lo:pred.end()], "planned", "theme", d.tok_at(sent, lo))]


def may_hold_series(d: Doc, sent: Sent) -> bool:
    """Whether the sentence holds the predicate a batch of a series needs (PLANNED_EN's words, a FUTURE_RU verb): when
    not, no clause of it has one. Asked once per sentence (its clauses and conjuncts ask again)."""
    key = ("series predicate", sent.index)
    got = d.cue_cache.get(key)
    if got is None:
        if d.ru:
            low = sent.low  # (a token's lowercase form is the sentence's lowercase at its place)
            got = any(w in low for w in FUTURE_RU)
        else:
            folded = fold_text(sent.text)
            got = (PLANNED_EN_HELD_FOLDED.search(folded) if folded is not None else PLANNED_EN_HELD.search(sent.text)) \
                is not None
        d.cue_cache[key] = got
    return got


def _series_ru(d: Doc, sent: Sent, toks: list) -> list:
    """"к ней добавится еще одна батарея", "за ней последует вторая": a batch of a series with its own verb."""
    for n, t in enumerate(toks):
        if t.low not in FUTURE_RU or not t.keys & PLANNED_RU:
            continue
        after = toks[n + 1:n + 4]
        if any(x.keys & SERIES_RU or _ordinal_word(d, x) for x in after):
            return [Cue(t.start, t.stop, t.text, "planned", "theme", t.i)]
    return []


def _told_as_past(d: Doc, sent: Sent, clause: Clause) -> bool:
    """The clause's time lies wholly before the report ("A second follows a year later, in 2012", "the next pair would
    land in March 2020" in a review written after it): a history told in the present or as a future in the past, not
    a plan."""
    from bellink.dates import bounds
    from bellink.ingest.time import dating

    pub = d.a.document.published
    if not pub:
        return False
    pub_lo, _ = bounds(pub)
    for t in dating.timexes_in(d.a, sent.index):
        if clause.start <= t.start < clause.stop and t.value:
            _, hi = bounds(t.value, None)
            if hi is not None and pub_lo is not None and hi < pub_lo:
                return True
    return False
