"""The size of a deal stated in a sentence of its own: the talks, plan or contract just told takes that count.

    "Belarus is discussing the purchase of Mi-8MTV-5 helicopters with Russia. It is about six machines."  -> 6
    "С российскими партнерами обсуждаем закупку Ми-8МТВ-5. Речь идет примерно о полудюжине машин."        -> 6
    "The contract for Su-30SM fighters was signed in 2017. The deal covers twelve aircraft."              -> 12
    "Контракт на Су-30СМ подписан в 2017 году. Он предусматривает поставку 12 самолетов."                 -> 12
    "The contract with Irkut, signed in 2017, covers twelve aircraft." (a contract read without its system's name)
Not a size: a sentence that names another system ("Речь идет также о 20 БТР-82А"), a count of other things ("It is
about 300 million dollars", "речь идет о двух контрактах"), a sentence with deliveries of two systems (whose size?).

(``anaphora.batch_size_next`` is the batch's: "Прибыла партия БТР-82А. В нее вошли шесть машин.")
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bellink.ingest.events.lexicons import CONTRACT_NOUN, CONTRACT_NOUN_EN, CONTRACT_NOUN_RU
from bellink.ingest.events.numbers import number_before, unit_of

if TYPE_CHECKING:
    from bellink.ingest.events.document import Doc

# units that count no system ("two contracts", "40 troops")
NOT_COUNTED = frozenset({"contracts", "troops", "facilities", "missiles"})

# English words for "the machines" the knowledge base has no unit for
MACHINES = frozenset({"machine", "machines"})

# what opens a sentence that only states the size of what was just told
SIZE_OPENER = re.compile(
    r"(?i)\s*[«\"“–—-]?\s*(?:"
    r"речь\s+(?:идет|идёт|шла|пойдет|пойдёт)\s+(?:(?:примерно|приблизительно|ориентировочно|предварительно)\s+)?о(?:б)?\s+"
    r"(?:(?:поставке|закупке|приобретении|покупке|передаче)\s+)?"
    r"|(?P<deal>(?:" + CONTRACT_NOUN_RU + r")\s+(?:предусматривает|предусматривал|предполагает|"
    r"рассчитан\w*\s+на|включает|охватывает)\s+(?:(?:поставку|закупку|передачу)\s+)?"
    r"|(?:он|она|оно)\s+(?:предусматривает|предусматривал|рассчитан\w*\s+на|включает)\s+(?:(?:поставку|закупку|передачу)\s+)?"
    r"|(?:the|this|that)\s+(?:" + CONTRACT_NOUN_EN + r"|purchase)\s+(?:covers|covered|is\s+for|was\s+for|includes|included|"
    r"provides\s+for|provided\s+for|calls\s+for|called\s+for|involves|involved)\s+(?:the\s+(?:delivery|supply|purchase)\s+of\s+)?"
    r"|it\s+(?:covers|covered|includes|included|provides\s+for|provided\s+for|calls\s+for|called\s+for)\s+"
    r"(?:the\s+(?:delivery|supply|purchase)\s+of\s+)?)"
    r"|(?:it|this|that)\s+(?:is|was|will\s+be)\s+(?:(?:about|for)\s+)"
    r"|(?:this|that)\s+(?:concerns|concerned|involves|involved|means|meant)\s+"
    r")")

# the count's own order participle: "Речь идет о двенадцати машинах, законтрактованных в 2019 году" (review 17 W1b)
ORDERED_WORD = re.compile(r"(?i)\b(?:ordered|contracted|purchased|bought)\b|(?<!\w)(?:законтрактованн|заказанн|закупленн|"
                          r"приобретенн|приобретённ)\w*")

# stages a deal's size may fill: a delivery or a service entry is a batch of it, whose size the deal's is not
DEAL_STAGES = frozenset({"discussed", "planned", "ordered"})
# a part of a larger whole: "the first batch", "первые вертолеты", "initial deliveries"
FIRST_PART = re.compile(r"(?i)\b(?:first|initial|opening)\b|(?<!\w)перв\w*")

# the same, said of the contract inside the sentence that tells it ("The contract, signed in 2017, covers twelve aircraft")
COVERS = re.compile(r"(?i)\b(?:covers|covered|is\s+for|was\s+for|provides\s+for|provided\s+for|предусматривает|"
                    r"предусматривал|рассчитан\w*\s+на)\s+(?:(?:the\s+(?:delivery|supply|purchase)\s+of|поставку|закупку)\s+)?")

# the count right after the opener: an approximator, a number word or figure, then at most two words before the unit
COUNT_AFTER = re.compile(r"(?i)(?:(?:some|about|around|roughly|up\s+to|at\s+least|около|порядка|до|не\s+менее)\s+)?"
                         r"[\w-]+(?:\s+[\w-]+){0,3}")


def _size_at(d: Doc, sent, at: int):
    """(quantity, approx, unit) of the count that starts at ``at`` in ``sent``: the first unit noun within four words,
    counted by the number before it; None when there is none, or it counts no system."""
    span = COUNT_AFTER.match(d.text, at, sent.stop)
    if span is None:
        return None
    for t in sent.toks:
        if t.start < at:
            continue
        if t.start >= span.end():
            return None
        unit = unit_of(t)
        if unit is None and t.low in MACHINES:
            unit = ""  # "It is about six machines": counted, with no unit of its own ("машин" is one in Russian)
        if unit is None:
            continue
        if unit in NOT_COUNTED:
            return None
        got = number_before(d, sent, t.start)  # (the phrase before the unit noun: "twelve", "примерно о полудюжине")
        if got is None or got[0] is None:
            return None
        return got[0], got[1], unit or None
    return None


def size_stated(d: Doc, drafts: list) -> None:
    """An uncounted delivery takes the size a sentence of its own states for it (this module's docstring): the next
    sentence, opened by "Речь идет о", "It is about", "The contract covers"; or its own sentence, when the contract
    it was read from "covers" the count."""
    by_sentence: dict = {}
    for dr in drafts:
        if dr.kind == "delivery":
            by_sentence.setdefault(dr.sent.index, []).append(dr)
    # (the sentences with a counted delivery, indexed once: a look-up per sentence, not a scan of all drafts)
    counted = {i for i, rows in by_sentence.items() if any(dr.quantity is not None for dr in rows)}
    for index, rows in by_sentence.items():
        systems = {k for dr in rows for k in dr.roles.get("system", [])}
        if len(systems) != 1:
            continue  # two systems told in the sentence: whose size would it be?
        uncounted = [dr for dr in rows if dr.quantity is None]
        if not uncounted:
            continue
        sent = rows[0].sent
        size = None
        how = None
        for dr in uncounted:
            if dr.status != "ordered" or not dr.details.get("system_from_context"):
                continue
            hit = COVERS.search(d.text, dr.clause.start, dr.clause.stop)
            if hit is not None and CONTRACT_NOUN.search(d.text, dr.clause.start, hit.start()):
                size, how = _size_at(d, sent, hit.end()), "covers"
                break
        if size is None and index + 1 < len(d.sents):
            nxt = d.sents[index + 1]
            if any(m.type == "weapon_system" and m.key not in systems for m in nxt.mentions):
                continue  # "Речь идет также о 20 БТР-82А": another system's count
            if nxt.index in counted:
                # the next sentence tells a counted delivery of its own; or the order's terms again (_terms_next)
                size, how = _terms_next(d, drafts, rows, uncounted, nxt.index)
            else:
                hit = SIZE_OPENER.match(d.text, nxt.start, nxt.stop)
                if hit is not None:
                    size, how = _size_at(d, nxt, hit.end()), "next_sentence_size"
                    if hit.group("deal") or CONTRACT_NOUN.search(d.text, hit.end(), nxt.stop) or \
                            ORDERED_WORD.search(d.text, hit.end(), nxt.stop):
                        how = "next_sentence_deal"  # ("It is about twelve machines under the 2019 contract": the deal's)
        if size is None:
            continue
        value, approx, unit = size
        for dr in uncounted:
            if how == "covers" and dr.status != "ordered":
                continue
            if dr.status not in DEAL_STAGES and (how == "next_sentence_deal" or
                                                 FIRST_PART.search(d.text, dr.clause.start, dr.clause.stop)):
                continue  # "Russia delivered a first batch of Yak-130. The deal covers twelve aircraft": the batch is a
                # part of the deal, not its size (review 17 W1)
            dr.quantity, dr.approx, dr.unit = value, approx, unit
            dr.details["quantity_from"] = how


# a past obligation: what the order was to bring ("Армии должны были передать 8 машин", "12 aircraft were to be
# delivered"): the order's terms told again, not a plan of the report's day
TERMS = re.compile(r"(?i)(?<!\w)(?:должн(?:ы|а|о)?\s+был(?:и|а|о)?|предполагалось|планировалось|"
                   r"(?:were|was)\s+(?:due\s+|supposed\s+)?to)(?!\w)")


def _terms_next(d: Doc, drafts: list, rows: list, uncounted: list, nxt: int):
    """((quantity, approx, unit), how) when the next sentence restates the terms of the uncounted order of this one
    through a generic noun ("Минобороны подписало контракт на Ми-35М. Армии должны были передать 8 машин."): the
    count is the order's and the restatement's own planned row goes; (None, None) otherwise."""
    orders = [dr for dr in uncounted if dr.status == "ordered"]
    if not orders:
        return None, None
    system = rows[0].roles.get("system")
    told = [dr for dr in drafts if dr.kind == "delivery" and dr.sent.index == nxt]
    if len(told) != 1:
        return None, None
    dr = told[0]
    if dr.status != "planned" or dr.quantity is None or dr.approx or not dr.details.get("system_from_context") or \
            dr.roles.get("system") != system or not TERMS.search(d.text, dr.clause.start, dr.clause.stop):
        return None, None
    drafts.remove(dr)
    for o in orders:
        o.details["terms_from"] = "next_sentence"
    uncounted[:] = orders
    return (dr.quantity, False, dr.unit), "next_sentence_terms"
