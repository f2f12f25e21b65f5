"""A contract named inside a clause about another stage: the contract is its own "ordered" fact, with its own
count and date, and the clause's verb keeps its stage.

    "four Yak-130 ordered from Russia under a contract signed in December would arrive next spring"
        -> ordered (December) + planned (next spring)
    "the first Su-30SM under the contract for 12 aircraft that Minsk signed in June would arrive in 2019"
        -> ordered, 12, June + planned, 2019 (the 12 is the contract's, not the first jets')
    "четыре Як-130, контракт на которые подписан в декабре прошлого года, поступят в ВВС в 2015 году"
        -> ordered, 4, 2012-12 + planned, 4, 2015
    "вертолеты поступили по контракту на двенадцать машин, который министерство заключило в июне"
        -> ordered, 12, June + delivered
Not a second fact: "Belarus signed a contract for 12 Su-30SM in June" (the contract is the clause's own
stage: no other stage is asserted outside it), "a contract may be signed next year" (the signing word is
the clause's verb, not a phrase on the noun: the clause reads it), a contract with no signing word.

The phrase runs from the contract noun (a transfer cue of stage ``ordered`` and side ``neutral``:
"contract", "контракт", "заказ"), or from an "ordered"/"заказанные" participle right before it, to the
first comma that does not open the contract's own relative or participial clause ("который",
"подписанному"), to a verb the clause's own stage rests on, or to the end of the clause.
Lexicons: ``stage_cues.tsv`` signal ``sign``; the contract nouns of ``contract_words.tsv`` (class ``noun``).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Optional

from bellink.ingest.events.lexicons import CONTRACT_NOUN, CONTRACT_NOUN_EN, CONTRACT_NOUN_RU, EN_SIGN, RU_SIGN
from bellink.ingest.events.numbers import number_value, unit_of
from bellink.ingest.events.words import verb_info

if TYPE_CHECKING:
    from bellink.ingest.events.document import Clause, Cue, Doc, Sent

# an English verb the clause's own stage rests on ends the phrase ("... signed in June would arrive")
EN_CLAUSE_VERB = frozenset({"would", "will", "shall", "is", "are", "was", "were", "has", "have", "had", "should",
                            "must", "may", "might", "could", "can"})
# a comma that opens the contract's own clause: ", which was signed", ", который заключило", ", подписанному"
OPENS_OWN = re.compile(r"(?i),\s*(?:which|that|signed|concluded|котор\w+|подписанн\w+|заключенн\w+|заключённ\w+)\b")


# a signing still to come: "will be signed", "is to be concluded", "would be inked next year"
EN_SIGN_AHEAD = re.compile(r"\b(?:will|shall|would|may|might|could|should|is to|are to|to|expected to|due to|set to)\s+(?:\w+\s+)?"
                           r"be\s+(?:signed|concluded|inked)\b")
# ("может быть подписан": a signing that may come is still to come, as "may be signed" is)
RU_WILL = frozenset({"будет", "будут", "должен", "должна", "должно", "должны", "планируется", "предстоит", "может",
                     "могут"})


def signing_ahead(d: Doc, sent: Sent, start: int, stop: int, free=lambda pos: True) -> Optional[str]:
    """The words that put the contract's signing after the report ("will be signed", "будет подписан",
    "подпишут") between ``start`` and ``stop``, None when there are none. A contract still to be signed is no
    order: the clause is "planned" (stages.py), and a contract phrase is no "ordered" fact of its own."""
    if d.ru:
        toks = d.toks_in(sent, start, stop)
        for t in toks:
            if not (t.keys & RU_SIGN) or not free(t.start) or d.in_frame(sent, t.start):
                continue
            pos, tense, _ = verb_info(t.text)
            before = [u.low for u in sent.toks[max(0, t.i - 2):t.i]]
            if tense == "futr" or (pos in ("PRTS", "INFN") and any(w in RU_WILL for w in before)):
                return " ".join([u.text for u in sent.toks[max(0, t.i - 2):t.i] if u.low in RU_WILL] + [t.text])
        return None
    for m in EN_SIGN_AHEAD.finditer(d.text[start:stop].lower()):
        pos = start + m.start()
        if free(pos) and not d.in_frame(sent, pos):
            return m.group()
    return None


# a relative clause set off after the contract noun: ", which Minsk had hoped to sign this year,", ", о котором
# говорили в мае,"
RELATIVE_AFTER = re.compile(r"(?i)\s*,\s*(?:which|that|котор\w+|о\s+котор\w+)\b")


def resumed_predicate(d: Doc, sent: Sent, clause: Clause) -> Optional[tuple]:
    """(start, stop) of the subject's own predicate when it resumes after a relative clause set off after ``clause``
    ("The contract for four Yak-130, which Minsk had hoped to sign this year, | will now be signed in 2012",
    "Переговоры о приобретении «Искандеров», которые Минск вел с 2008 года, | сейчас не ведутся"); None when no
    relative clause follows, or the clause after it names a system of its own (it speaks of that one)."""
    after = [c for c in sent.clauses if c.start >= clause.stop]
    if not after or not RELATIVE_AFTER.match(d.text, after[0].start, after[0].stop):
        return None
    for c in after[1:]:
        if RELATIVE_AFTER.match(d.text, c.start, c.stop):
            continue
        if any(m.type == "weapon_system" and c.start <= m.start < c.stop for m in sent.mentions):
            return None
        head = d.text[c.start:c.stop]
        return c.start + len(head) - len(head.lstrip(" ,–—-")), c.stop
    return None


def signing_resumed(d: Doc, sent: Sent, clause: Clause) -> Optional[str]:
    """The words of a resumed predicate (``resumed_predicate``) that put the contract's signing ahead, else None."""
    got = resumed_predicate(d, sent, clause)
    return signing_ahead(d, sent, got[0], min(got[1], got[0] + 30)) if got else None


def _is_contract(c: Cue) -> bool:
    """An "ordered" cue that names the contract itself: one of the contract nouns of contract_words.tsv ("contract",
    "under the agreement", "signed a deal", "по контракту", "сделка"), not a verb of ordering ("ordered",
    "законтрактовать")."""
    return c.stage == "ordered" and CONTRACT_NOUN.search(c.text) is not None


def contract_phrase(d: Doc, sent: Sent, clause: Clause, cues: list) -> Optional[tuple]:
    """(contract cue, (start, stop) of its phrase) when the phrase asserts a signing; None otherwise."""
    for c in cues:
        if not _is_contract(c):
            continue
        # "ordered from Russia under a contract": the participle belongs to the contract phrase
        start = c.start
        for o in cues:
            if o is not c and o.stage == "ordered" and o.start < c.start and c.tok - o.tok <= 6 and \
                    not re.search(r"[,;]", d.text[o.stop:c.start]) and _participle(d, sent, o):
                start = o.start
        year = None if d.ru else YEAR_BEFORE_EN.search(d.text, max(sent.start, c.start - 12), c.start)
        if year is not None and year.start() >= clause.start:
            start = min(start, year.start())  # "a 2017 contract": the year is the phrase's own date
        limit = clause.stop
        if limit < sent.stop and OPENS_OWN.match(d.text[limit:limit + 40]):
            limit = d.clause_of(sent, min(limit + 2, sent.stop - 1)).stop  # ", который ... заключило"
        stop = limit
        dated = dated_contract(d, sent, c)
        signed, signed_word = dated, False
        for t in sent.toks[c.tok + 1:]:
            if t.start >= limit:
                break
            gap = d.text[sent.toks[t.i - 1].stop:t.start]
            if re.search(r"[,;:]", gap) and (signed or not OPENS_OWN.match(d.text[sent.toks[t.i - 1].stop:])):
                stop = sent.toks[t.i - 1].stop
                break
            if not d.ru and t.low in EN_CLAUSE_VERB:
                stop = t.start
                break
            other = next((o for o in cues if o.tok == t.i and o is not c), None)
            if other is not None and not _participle(d, sent, other) and not _is_contract(other) and \
                    not (other.stage is None and other.side == "neutral" and DEAL_OBJECT.search(
                        d.text, max(sent.start, other.start - 25), other.start)):
                # ("контракт на поставку восьми Ми-35М", "the contract for the supply of 12": the deal's noun is the
                # contract's object, inside its phrase)
                stop = t.start
                break
            if (d.ru and t.keys & RU_SIGN) or (not d.ru and (EN_SIGN.fullmatch(t.low) or (
                    t.low == "placed" and c.text.lower().startswith("order")))):
                # ("an order placed in 2014": an order is placed as a contract is signed; not "placed them on duty")
                signed = signed_word = True
        if dated and not signed_word:
            # "получила по контракту 2017 года первые четыре Су-30СМ": a contract signed only by its year ends with
            # the year, unless its own "на"/"for" count follows ("по контракту 2015 года на двенадцать Ми-8МТВ-5")
            end = _year_end(d, sent, c)
            if end < stop and not CONTRACT_GOES_ON.match(d.text, end, stop):
                stop = end
        if (signed or _fulfilled(d, sent, c, stop, cues)) and not signing_ahead(d, sent, c.start, stop):
            return c, (start, stop)
    return None


# what joins a delivery noun to the contract noun before it: "контракт на поставку", "контракту о поставке", "contract
# for the supply of"
DEAL_OBJECT = re.compile(r"(?i)(?<!\w)(?:" + CONTRACT_NOUN_EN + "|" + CONTRACT_NOUN_RU + r")\s+(?:(?:на|о|об|for|on)\s+)?"
                         r"(?:the\s+)?$")


# the contract as the frame of a batch: "under the contract for ...", "по контракту на поставку ...", "в рамках
# контракта", "the second batch of the contract"
FRAMED = re.compile(r"(?i)(?:\b(?:under|per|of|within)\s+(?:the|this|that|its|their|an?)\s+(?:[\w-]+\s+){0,2}?"
                    r"|(?<!\w)(?:по|в\s+рамках|согласно)\s+(?:[\w-]+\s+){0,2}?)$")


def _fulfilled(d: Doc, sent: Sent, c: Cue, stop: int, cues: list) -> bool:
    """A contract with a count of its own ("for eight Mi-35M", "на поставку восьми Ми-35М") framing a batch the clause
    says arrived or entered service ("Under the contract for eight Mi-35M, Belarus has received four"): a contract
    being fulfilled exists, an order (RULES: "a contract signed or being fulfilled"), though no signing is told."""
    if not FRAMED.search(d.text, max(sent.start, c.start - 40), c.start):
        return False
    if not any(o.stage in ("delivered", "in_service") and not c.start <= o.start < stop and _past(d, sent, o)
               for o in cues):
        return False  # ("will receive four under the contract for eight": a plan, the contract's existence untold)
    from bellink.ingest.events.deliveries.systems import _blocked  # (systems imports this module)

    if _blocked(d, sent, c.stop, stop):
        return False  # ("under a contract for the modernisation of 20 MiG-29": work on systems, not their supply)
    # the batch's systems: those the sentence names outside the contract's phrase
    batch = {m.key for m in sent.mentions if m.type == "weapon_system" and not c.start <= m.start < stop}
    for t in d.toks_in(sent, c.stop, stop):
        if number_value(d, t) is not None and t.low not in ("a", "an", "one", "один", "одна", "одну"):
            counted = [m for m in sent.mentions if m.type == "weapon_system" and 0 <= m.start - t.stop <= 30]
            if counted and batch and not any(m.key in batch for m in counted):
                return False  # the contract counts another system than the batch that arrived
            if counted or any(unit_of(u) for u in sent.toks[t.i + 1:t.i + 3]):
                return True
    return False


# "under a 2017 contract", "по контракту 2015 года", "контракт от 2021 года": a contract dated by the year it was
# concluded in is a signed one, as "signed in 2017" is (the year is the order's date)
YEAR_BEFORE_EN = re.compile(r"(?i)\b(?:19|20)\d\d(?:-year)?\s+$")
YEAR_AFTER_RU = re.compile(r"\s+(?:от\s+)?(?:19|20)\d\d(?:-?го)?\s+г(?:од[а-я]*|\.)")
YEAR_IN = re.compile(r"\b(?:19|20)\d\d\b")
YEAR_AFTER_EN = re.compile(r"\s+of\s+(?:19|20)\d\d\b")


def dated_contract(d: Doc, sent: Sent, c: Cue) -> bool:
    """The contract noun carries the year it was concluded in ("a 2017 contract", "контракту 2015 года")."""
    if d.ru:
        return YEAR_AFTER_RU.match(d.text, c.stop, sent.stop) is not None
    if not c.text.lower().startswith(("contract", "order")):
        # "under a 2005 agreement": the year is inside the agreement cue (transfer_cues.tsv)
        return c.text.lower().endswith("agreement") and YEAR_IN.search(c.text) is not None
    return YEAR_BEFORE_EN.search(d.text, max(sent.start, c.start - 12), c.start) is not None or \
        YEAR_AFTER_EN.match(d.text, c.stop, sent.stop) is not None


CONTRACT_GOES_ON = re.compile(r"(?i)\s*(?:на|for|with|с|со)\s")


def _year_end(d: Doc, sent: Sent, c: Cue) -> int:
    """Where a dated contract's own words end: after "2015 года" / "of 2017", or after the noun ("a 2017 contract")."""
    hit = (YEAR_AFTER_RU if d.ru else YEAR_AFTER_EN).match(d.text, c.stop, sent.stop)
    return hit.end() if hit else c.stop


def _past(d: Doc, sent: Sent, c: Cue) -> bool:
    """The cue's verb tells a past act: "received", "has arrived", "получила", "прибывшие" (not "will receive",
    "получит", "to be delivered")."""
    word = c.text.split()[0]
    if d.ru:
        pos, tense, _ = verb_info(word)
        return tense == "past" or pos == "PRTS" and not any(
            t.low in RU_WILL for t in sent.toks[max(0, c.tok - 2):c.tok])
    before = {t.low for t in sent.toks[max(0, c.tok - 3):c.tok]}
    return bool(re.fullmatch(r"\w+ed", word.lower())) and not before & {"will", "would", "to", "shall", "may", "might",
                                                                        "could", "should", "must", "be"}


def _participle(d: Doc, sent: Sent, c: Cue) -> bool:
    word = c.text.split()[0]
    if d.ru:
        return verb_info(word)[0] == "PRTF"
    prev = sent.toks[c.tok - 1].low if c.tok > 0 else ""
    return bool(re.fullmatch(r"\w+ed", word.lower())) and prev not in EN_CLAUSE_VERB | {"be", "been", "being"}


def other_stage(phrase: tuple, cues: list, tensed=lambda c: False) -> list:
    """The cues outside the contract phrase when one of them asserts a stage other than "ordered": the
    clause's own stage rests on them. Empty when the contract is the clause's own fact. ``tensed`` tells a cue
    with no stage of its own that its verb's tense gives one ("will supply ... under a 2017 contract": the plan,
    as "поставит ... по контракту 2017 года" is)."""
    _, (ps, pe) = phrase
    rest = [c for c in cues if not ps <= c.start < pe]
    if any((c.stage and c.stage != "ordered" or c.stage is None and tensed(c)) and c.side != "station"
           for c in rest):
        return rest
    return []


def contract_year(d: Doc, sent: Sent, c: Cue) -> Optional[str]:
    """The year an English contract noun is known by when it stands before the noun ("the 2015 contract", "a
    2017-year contract"): no time expression of its own, unlike "контракт 2015 года" or "the contract of 2015"."""
    if d.ru or not _is_contract(c) or not c.text.lower().startswith("contract"):
        return None
    hit = YEAR_BEFORE_EN.search(d.text, max(sent.start, c.start - 12), c.start)
    return hit.group()[:4] if hit else None


# "The remaining six jets under the contract will come next year", "Остальные четыре Ми-35М по контракту поступят в
# войска в 2026 году": a contract named only as the frame of the transfer ("under", "по", "в рамках") asserts no
# stage of its own; the clause's verb does (a contract phrase with a signing word is its own fact: contract_phrase)
UNDER_CONTRACT = re.compile(
    r"(?i)(?:\b(?:under|per|according\s+to|in\s+line\s+with|as\s+part\s+of|within)\s+(?:(?:the|a|an|this|that|its|"
    r"their|his|her|same|existing|current|earlier|original|[\w-]+'s|\d{4}|[\w-]+)\s+){0,3}"
    r"|\b(?:по|в\s+рамках|согласно)\s+(?:[\w-]+\s+){0,2}?)$")


def frame_only(d: Doc, sent: Sent, clause: Clause, cues: list) -> list:
    """The cues without the contract nouns that only frame another cue's transfer ("under the contract", "по
    контракту"), when a cue outside them asserts a stage; ``cues`` unchanged otherwise."""
    framing = [c for c in cues if _is_contract(c) and not dated_contract(d, sent, c) and
               UNDER_CONTRACT.search(d.text, max(clause.start, c.start - 60), c.start)]
    if not framing:
        return cues
    rest = [c for c in cues if c not in framing]
    if any(c.stage in ("delivered", "in_service", "planned") and c.side in ("supply", "receive", "theme")
           for c in rest):
        return rest
    return cues
