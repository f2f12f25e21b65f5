"""An order that says when its delivery is due: the order is one stage, the delivery it sets a time for another.

    "the air force and Irkut concluded a deal in 2019 for the supply of eight Yak-130 trainers in 2021-2022"
                                                 -> ordered (2019) and planned (2021-2022)
    "Minsk has bought six Mi-35M helicopters from Russia for delivery in the second half of next year"
                                                 -> ordered and planned (that half-year)
    "Минобороны в 2019 году заключило с «Иркутом» договор о поставке восьми Як-130 в 2021–2022 годах"
                                                 -> ordered (2019) and planned (2021)
Not a target: the contract's period ("контракт на поставку тягачей на 2026 год", "a contract ... for 2026"), the time
the contract was signed ("the deal for the supply of eight Yak-130, concluded in 2019", "договор о поставке ...,
заключенный в 2019 году"), a time no later than the order's own ("concluded in 2019 for the supply ... in 2019" stays
one order), a time before the report when the order has no time of its own (a delivery already due is no plan).

``delivery_target`` returns the same shape as ``clauses.infinitive_tail`` (the cue and the span of the phrase), so
``read`` writes the planned row the same way for both.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Optional

from bellink.ingest.time import dating

if TYPE_CHECKING:
    from bellink.ingest.events.document import Clause, Cue, Doc, Sent

# the delivery noun an order is for: "on the delivery of", "for delivery",
# "на поставку", "о поставке", "с поставкой"
# (not "to deliver": an active infinitive's subject gives the sides, which the order's clause would then lose)
TARGET_EN = re.compile(r"(?i)\b(?:(?:on|for)\s+(?:the\s+)?(?:deliver(?:y|ies)|supply|shipment)(?:\s+of)?|"
                       r"with\s+deliver(?:y|ies)\s+(?:due|scheduled|set))\b")
TARGET_RU = re.compile(r"(?i)(?<!\w)(?:на\s+поставку|о\s+поставке|с\s+поставк(?:ой|ами)|для\s+поставки)(?!\w)")
# the time of the signing, not of the delivery: "signed in 2017", "подписанный в 2017 году"
SIGNED_BEFORE = re.compile(r"(?i)(?:\b(?:signed|concluded|agreed|inked|placed|awarded)|(?<!\w)(?:подписан\w*|заключ[её]н\w*|"
                           r"подписал\w*|заключил\w*))\s+(?:[\w-]+\s+){0,2}?$")

# the contract's own period, not a time the delivery is due: "контракт на поставку тягачей на 2026 год", "... for 2026"
PERIOD_BEFORE = re.compile(r"(?i)(?:(?<!\w)на|\bfor)\s+$")
PERIOD_OPEN = re.compile(r"(?i)(?:на|for)\s")  # (a time expression that holds the preposition: "на 2025 год")


def delivery_target(d: Doc, sent: Sent, clause: Clause, cues: list) -> Optional[tuple]:
    """(cue, (start, stop)) of the phrase that gives an order's delivery its own later time, else None (``read`` uses
    it beside an ordered row only)."""
    # (the order itself may be no cue of its own: "заключило договор о поставке ..."; ``read`` writes the plan only
    # beside a row whose stage is ordered)
    orders = [c for c in cues if c.stage == "ordered"]
    rx = TARGET_RU if d.ru else TARGET_EN
    hit = rx.search(d.text, orders[0].start if orders else clause.start, clause.stop)
    if hit is None:
        return None
    stop = clause.stop
    comma = re.compile(r"[,;(]").search(d.text, hit.end(), clause.stop)
    if comma is not None:
        stop = comma.start()  # "договор о поставке восьми Як-130, заключенный в 2019 году": the signing is the phrase after
    cue = next((c for c in cues if hit.start() <= c.start < stop), None)
    if cue is None or cue.stage not in (None, "delivered"):
        return None
    times = [t for t in dating.timexes_in(d.a, sent.index) if t.value and clause.start <= t.start < clause.stop]
    inside = [t for t in times if hit.start() <= t.start < stop]
    if len(inside) != 1 or inside[0].start < hit.end() or \
            SIGNED_BEFORE.search(d.text, max(clause.start, inside[0].start - 30), inside[0].start) or \
            PERIOD_BEFORE.search(d.text, max(clause.start, inside[0].start - 12), inside[0].start) or \
            PERIOD_OPEN.match(inside[0].text):
        return None
    target = inside[0]
    own = [t for t in times if t is not target and not hit.start() <= t.start < stop]
    if own:
        if not target.value[:4] > max(t.value[:4] for t in own):
            return None  # ("concluded in 2019 for the supply ... in 2019": one order, dated once)
    else:
        pub = d.a.document.published
        if not pub or target.value[:len(pub)] < pub[:len(target.value)]:
            return None  # a time already past at the report, with no order date to be later than: no plan told
    return cue, (hit.start(), stop)
