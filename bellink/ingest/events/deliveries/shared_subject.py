"""The second predicate of a sentence that names no system: its subject is the first predicate's (elided, a pronoun, a
count or an ordinal with the category's noun), so it is a further stage of the system the first predicate made a row
for, with its own stage and date.

    "Four Su-30SM arrived from Russia in June and are expected to go on combat duty in August."
        -> delivered (4, June) | planned (4, August)
    "A Tor-M2K battery arrived from Russia last week, adding that it would go on combat duty soon."  delivered | planned
    "Belarus signed a contract with Russia for six Mi-35M in February, and the first helicopters are expected in 2025."
        -> ordered (6, February) | planned (2025)
    "Контракт на шесть Ми-35М подписан в феврале, первые вертолеты ожидаются в 2025 году."   ordered | planned
    "В апреле прибыли два Як-130, и до конца лета они должны заступить на дежурство."          delivered | planned
Not a shared subject: a clause with a noun of its own before its verb ("and Russia will send troops", "the helicopters
of the Russian air force"), a category noun the system is not counted in ("the first helicopters" after a tank), a
sentence whose first predicate made no row (nothing to share: ``anaphora`` looks back further, with its own rules).

Only the words below may stand between the clause's start and its verb: conjunctions, auxiliaries and modals, adverbs,
pronouns, a time expression, a count or an ordinal, and a unit noun of the system's category.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bellink.ingest.time import dating
from bellink.ingest.events.deliveries.anaphora import UNIT_CATEGORIES, VERB_CHAIN
from bellink.ingest.events.deliveries.collectives import _ordinal_word
from bellink.ingest.events.numbers import number_value, unit_of

if TYPE_CHECKING:
    from bellink.ingest.events.document import Clause, Cue, Doc, Sent

# the words that may open a clause whose subject is the first predicate's
OPENERS = frozenset({
    "and", "but", "then", "later", "now", "also", "already", "soon", "adding", "added", "that", "the", "it", "they",
    "them", "both", "all", "go", "begin", "start", "enter", "come", "get", "be", "more", "another", "further", "remaining",
    "rest", "of", "its", "their", "these", "those", "expect", "expects",
    "и", "а", "но", "затем", "потом", "позже", "теперь", "уже", "также", "тоже", "добавив", "что", "он", "она", "оно",
    "они", "их", "ее", "её", "его", "обе", "оба", "эти", "ещё", "еще", "остальные", "оставшиеся", "первые", "первая",
    "первый", "первое", "должен", "быть", "начнут", "начнет", "станут",
})
SAME_BATCH = "same_batch"
# a contract noun is a predicate of its own only with its signing word
SIGNED = re.compile(r"(?i)(?<!\w)(?:signed|concluded|inked|подписан\w*|заключ[её]н\w*)(?!\w)")
# what a speaker adds is a clause of its own: its subject is the first predicate's only as a pronoun
SAID_MORE = frozenset({"adding", "added", "добавив"})
PRONOUNS = frozenset({"it", "they", "them", "both", "он", "она", "оно", "они", "обе", "оба"})
# (a unit noun any system may be counted in: "машины" for aircraft and armour alike)
ANY_CATEGORY = frozenset({"vehicles", "units"})


def shared_subject(d: Doc, sent: Sent, clause: Clause, cue: Cue, drafts: list) -> tuple:
    """([system mention], (quantity, unit) or None) of the first predicate's row when ``cue``'s clause shares its
    subject; ([], None) otherwise. A clause with no count of its own goes on with the same batch: (quantity, unit,
    ``SAME_BATCH``), which is a further row only at another stage ("arrived in May and reached the brigade in June" is
    one delivery told twice)."""
    prev = [dr for dr in drafts if dr.kind == "delivery" and dr.sent is sent and dr.clause.stop <= clause.start
            and dr.rule.startswith("deliveries.read:")]
    if not prev or cue.start <= clause.start:
        return [], None
    from bellink.ingest.events.deliveries.quantities import negated_cue

    if negated_cue(d, sent, cue):
        return [], None  # "Беларусь получила Су-30СМ; еще четыре поставлены не будут": no further stage, no count
    if cue.side == "neutral" and not SIGNED.search(d.text, clause.start, clause.stop):
        return [], None  # a contract noun is a predicate only when signed: "; contract for the third signed", not
        # "and a contract followed in May"
    last = prev[-1]
    if any(dr.roles["system"] != last.roles["system"] for dr in prev if dr.clause == last.clause):
        return [], None  # two systems before: which one the clause goes on with is not said
    key = last.roles["system"][0]
    times = [(t.start, t.stop) for t in dating.timexes_in(d.a, sent.index)]
    count = None
    unit = None
    words = set()
    for t in d.toks_in(sent, clause.start, cue.start):
        words.add(t.low)
        if any(s <= t.start < e for s, e in times):
            continue
        if t.low in VERB_CHAIN or t.low in OPENERS:
            continue
        val = number_value(d, t)
        if val is not None:
            count = val
            continue
        if _ordinal_word(d, t):
            continue
        u = unit_of(t)
        if u is not None and (u in ANY_CATEGORY or d.category(key) in UNIT_CATEGORIES.get(u, ())):
            unit = u
            continue
        return [], None  # a noun or verb of its own: another subject
    if words & SAID_MORE and not words & PRONOUNS:
        return [], None  # "..., adding that the launchers had gone back": what a speaker adds names its own subject
    found = [m for m in sent.mentions if m.key == key and last.clause.start <= m.start < last.clause.stop]
    if not found:
        return [], None
    if count is None and unit is None:
        # the same batch: "arrived ... and are expected to go on duty"
        return found[-1:], (last.quantity, last.unit, SAME_BATCH)
    if cue.side == "receive" and unit in ("brigades", "regiments"):
        return found[-1:], None  # "; три бригады получат их": the units that receive, not a count of what they get
    return found[-1:], (count, unit) if count is not None else None
