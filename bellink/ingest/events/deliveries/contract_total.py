"""A contract's whole told as what the recipient will receive: the count is the order's size, the stage ordered.

    "Всего по контракту республика получит 12 машин"                      ordered, 12 (not planned: no batch is due)
    "In all, Belarus will receive 12 Su-30SM fighters under the contract"  ordered, 12
    "Under the deal Minsk is to get a total of 16 BTR-82A carriers"        ordered, 16
Not the whole: a clause with no word of totality ("Under the contract Belarus will receive four more": a batch still
to come), a clause with a time of its own ("всего по контракту до конца 2017-го планируется поставить 100": the plan
keeps its time, the dated contract phrase its order, contracts.py).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bellink.ingest.events.lexicons import CONTRACT_NOUN_EN, CONTRACT_NOUN_RU, CONTRACT_TOTAL
from bellink.ingest.events.numbers import _collective, number_value
from bellink.ingest.time import dating

if TYPE_CHECKING:
    from bellink.ingest.events.document import Clause, Cue, Doc, Sent

TOTAL = re.compile(r"(?i)(?<!\w)(?:" + CONTRACT_TOTAL + r")(?!\w)")
UNDER_CONTRACT = re.compile(r"(?i)\bunder\s+(?:the|this|that|its|their)\s+(?:same\s+)?(?:" + CONTRACT_NOUN_EN + r")\b|(?<!\w)по\s+"
                            r"(?:этому\s+|данному\s+|тому\s+же\s+|этому\s+же\s+)?(?:" + CONTRACT_NOUN_RU + r")(?!\w)")


def _only(d: Doc, sent: Sent, at: int) -> bool:
    """"всего" right before a number ("всего два", "всего 12", "всего лишь пару") is "only", no word of totality: the
    number as numbers.py reads it."""
    toks = sent.toks
    k = d.tok_at(sent, at)
    if toks[k].low != "всего":
        return False
    k += 1 + (k + 1 < len(toks) and toks[k + 1].low == "лишь")
    return k < len(toks) and (number_value(d, toks[k]) is not None or bool(_collective(d, toks[k])))


def contract_whole(d: Doc, sent: Sent, clause: Clause, cue: Cue) -> bool:
    """Does the clause tell the whole of a contract ("всего по контракту ... получит 12") through ``cue``, a plan to
    receive or supply, with no time of its own?"""
    if cue.side not in ("receive", "supply", "neutral"):
        return False
    total = TOTAL.search(d.text, clause.start, clause.stop)
    if total is not None and _only(d, sent, total.start()):
        return False  # "получит всего два Су-30СМ2 вместо обещанных двенадцати": "only two", not the whole
    under = UNDER_CONTRACT.search(d.text, clause.start, clause.stop)
    if total is None or under is None or d.in_frame(sent, total.start()) or d.in_frame(sent, under.start()):
        return False
    return not any(clause.start <= t.start < clause.stop and not d.in_frame(sent, t.start, t.stop)
                   for t in dating.timexes_in(d.a, sent.index))
