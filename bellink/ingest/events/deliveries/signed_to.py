"""A signed contract whose purpose is told by an infinitive: the contract is the order, the infinitive the delivery
it is for.

    "the Volat plant signed a deal last spring to ship 30 MZKT-7930 chassis to Russia in 2016"
                                        -> ordered (spring 2015, 30) and planned (2016, 30)
    "Moscow signed an agreement with Minsk in 2018 to supply four Mi-35M"   -> ordered (2018, 4)
    "Минобороны в 2018 году заключило контракт, чтобы получить четыре Ми-35М в 2019 году"
                                        -> ordered (2018, 4) and planned (2019, 4)
    "... подписал контракт, по которому поставит 30 шасси МЗКТ-7930 в 2016 году"   -> the same
Not an order: a contract still to be signed ("will sign a deal to supply", "хочет подписать контракт, чтобы"), one
not signed ("has not signed a contract to supply"), an infinitive of another verb's ("signed a contract and hopes to
buy ...": the contract is not what the infinitive is for, an "and" stands between), a passive infinitive after a
comma ("signed a contract for 300, to be shipped in 2010": ``clauses.infinitive_tail``).
Before, the infinitive's plan took the contract's time, nearest its verb, and no order was written.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Optional

from bellink.ingest.events.lexicons import CONTRACT_NOUN_EN, CONTRACT_NOUN_RU, CONTRACT_SIGNED_EN, CONTRACT_SIGNED_RU

if TYPE_CHECKING:
    from bellink.ingest.events.document import Clause, Cue, Doc, Sent

# a finite past verb of signing ("signed", "has concluded", "inked"), then the contract noun, then anything but a
# conjunction, a full stop or another clause, ending in "to" right before the infinitive
SIGNED_EN = re.compile(r"(?i)\b(?<!not\s)(?<!never\s)(?:" + CONTRACT_SIGNED_EN + r")\s+(?:[\w'-]+\s+){0,3}?"
                       r"(?:" + CONTRACT_NOUN_EN + r")\b(?:(?!\b(?:and|but|while|or|which|that)\b)[^;:.!?()])"
                       r"{0,80}?\bto\s+$")
SIGNED_RU = re.compile(r"(?i)(?<!не\s)(?:" + CONTRACT_SIGNED_RU + r")\s+(?:[\w-]+\s+){0,4}?(?:" + CONTRACT_NOUN_RU + r")(?!\w)"
                       r"(?:(?![,\s](?:и|но|а|однако)\s)[^;:.!?()]){0,80}?,?\s*(?:чтобы|согласно\s+которому|по\s+которому|"
                       r"согласно\s+которой|по\s+которой)\s+(?:[\w-]+\s+){0,3}?$")
# the same contract whose object the second predicate of "and" tells: "signed a contract in 2023 and is expected to
# receive four Su-30SM2 in 2025", "signed the deal last year and will get 12 Su-30SM" (no object of the contract's own:
# "a contract for Mi-35M ... and will receive Su-30SM" names another order)
SIGNED_AND_EN = re.compile(r"(?i)\b(?<!not\s)(?<!never\s)(?:" + CONTRACT_SIGNED_EN + r")\s+"
                           r"(?:[\w'-]+\s+){0,3}?(?:" + CONTRACT_NOUN_EN + r")\b(?:(?!\b(?:and|but|while|or|which|"
                           r"that|for|on)\b)[^;:.!?(),]){0,60}?\s+and\s+(?:(?:is|are)\s+(?:now\s+)?(?:expected|due|set|"
                           r"scheduled)\s+to|(?:is|are)\s+to|will|would)\s+(?:[a-z]+ly\s+)?$")
# a sign verb that is itself an infinitive or a future ("wants to sign", "will sign", "намерена подписать"): the
# contract is still to come
NOT_YET_EN = re.compile(r"(?i)\b(?:to|will|would|could|may|might|shall|should|must|plans?|intends?|hopes?|wants?)\s+"
                        r"(?:\w+\s+)?$")
NOT_YET_RU = re.compile(r"(?i)(?<!\w)(?:подписать|заключить|подпишет|заключит|намерен\w*|планиру\w*|хочет|хотят)\s*$")


def signed_for(d: Doc, sent: Sent, clause: Clause, cue: Cue) -> Optional[int]:
    """Where the infinitive phrase begins (its "to", "чтобы", "по которому") when ``cue`` is the verb of the purpose of
    a contract the clause says was signed; else None."""
    if cue.side not in ("supply", "receive", "neutral"):
        return None
    lo = max(clause.start, cue.start - 200)
    hit = (SIGNED_RU if d.ru else SIGNED_EN).search(d.text, lo, cue.start)
    if (hit is None or hit.end() != cue.start) and not d.ru:
        hit = SIGNED_AND_EN.search(d.text, lo, cue.start)
        if hit is not None and hit.end() == cue.start and \
                not (NOT_YET_EN.search(d.text[max(clause.start, hit.start() - 30):hit.start()])):
            return hit.start() + re.search(r"\s+and\s", d.text[hit.start():cue.start]).start()
        return None
    if hit is None or hit.end() != cue.start:
        return None
    before = d.text[max(clause.start, hit.start() - 30):hit.start()]
    if (NOT_YET_RU if d.ru else NOT_YET_EN).search(before):
        return None
    to = re.search(r"(?i)(?:\bto|,?\s*(?:чтобы|согласно\s+котор\w+|по\s+котор\w+))\s+(?:[\w-]+\s+){0,3}?$",
                   d.text[hit.start():cue.start])
    return hit.start() + to.start() if to is not None else None
