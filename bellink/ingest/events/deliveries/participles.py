"""A participle on the system that asserts an earlier stage than the clause's verb, with its own date.

    "Mi-35M helicopters, received in December, are now on combat duty"   delivered (December) + in_service
    "ударные вертолеты Ми-35М, полученные в декабре прошлого года, несут боевое дежурство"
                                                                          delivered (2023-12) + in_service
    "переданные Россией комплексы С-400 поставлены на боевое дежурство"  delivered + in_service
Not a second stage: a participle whose stage is the clause's own ("the delivered systems were
delivered"), one in another clause, one that is negated ("Su-30SM not yet ordered from Russia will arrive next year",
"ещё не заказанные в России Су-30СМ").

The participle is next to the system (at most three words between, a comma allowed) and dated inside its
own phrase ("received in December"); the clause's main stage then does not take that date. An undated
delivered participle on a system put into service ("Tor-M2K received from Russia were put on combat duty")
is its own stage, dated as the clause (it came before it). An undated order participle on a system still to come or
put into service ("Як-130, закупленных в России: первые четыре прибудут ...", "Yak-130 bought from Russia entered
service") is its own ordered stage as of the statement (RULES 20); on an arrival it adds nothing ("a Tor-M2 battery,
bought in Russia, arrived in November": the annotators read the phrase as the system's origin); any other undated
participle adds nothing.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Optional
import re

from bellink.ingest.time import dating
from bellink.ingest.events.dates import after_report
from bellink.ingest.events.deliveries.cues import transfer_cues
from bellink.ingest.events.negation import contracted_not, negated_own
from bellink.ingest.events.numbers import unit_of
from bellink.ingest.events.words import verb_info
from bellink.names import fold

if TYPE_CHECKING:
    from bellink.ingest.events.document import Clause, Cue, Doc, Sent

EN_AUX = {"was", "were", "is", "are", "be", "been", "has", "have", "had", "being", "will", "would", "to"}


def _is_participle(d: Doc, sent: Sent, c: Cue) -> bool:
    word = c.text.split()[0]
    if d.ru:
        return verb_info(word)[0] in ("PRTF",)
    if not re.fullmatch(r"\w+ed|sold|bought", word.lower()) or (" " in c.text.strip() and not re.fullmatch(
            r"\w+ed over", c.text.strip().lower())):
        return False
    if c.tok == 0:
        return True
    prev = sent.toks[c.tok - 1]
    return prev.low not in EN_AUX and not contracted_not(prev, d.text)


# after a participial phrase on a noun, the clause's main predicate: a modal and its verb ("will carry", "are to escort"),
# a progressive or a perfect ("are escorting", "have joined"); never a copula ("are the third lot under the contract",
# "стали второй партией по контракту": a predicate noun about the same transfer). Russian reads a finite verb other
# than a copula ("будут перевозить", "сопровождают")
MAIN_VERB_EN = re.compile(r"(?i)\b(?:(?:will|would|shall|can|could|may|might|must|should)\s+(?:(?:not|also|now|soon|then)\s+)*"
                          r"(?!be\b|become\b|remain\b)[a-z]+|(?:is|are|was|were)\s+(?:(?:not|also|now)\s+)*(?:to\s+(?!be\b)[a-z]+|"
                          r"[a-z]+ing)|(?:has|have|had)\s+(?:(?:not|also|now)\s+)*(?!been\b)[a-z]+(?:ed|en|wn|un|ne))\b")
COPULA_RU = frozenset(fold(w) for w in ("стать", "становиться", "быть", "являться", "оказаться", "оказываться",
                                          "остаться", "оставаться"))


def object_of_main_verb(d: Doc, sent: Sent, c: Cue, m, cues: list) -> bool:
    """``m`` is the object of the clause's main verb after the participle ``c`` on another noun: "Two Il-76MD aircraft
    delivered to Belarus in March will carry its Tor-M2K launchers", "An-26 aircraft, handed over in March, will serve
    alongside its Mi-35M helicopters", "Ил-76МД, переданные Белоруссии в марте, будут перевозить «Тор-М2К»": the transfer
    is the aircraft's, never the launchers' or the helicopters'. Not when a transfer cue of its own stands between (the
    main verb then reads ``m``), nor for a signing participle ("the contract signed in 2019 covers 12 Su-30SM2")."""
    if c.stage not in ("delivered", "in_service") or m.start < c.stop or not _is_participle(d, sent, c):
        return False
    if any(f is not c and c.stop <= f.start < m.start for f in cues):
        return False
    if d.ru:
        toks = [t for t in sent.toks[c.tok + 1:] if t.start < m.start]
        return any(t.cyr and verb_info(t.text)[0] == "VERB" and (not t.keys & COPULA_RU or k + 1 < len(toks) and
                                                                  verb_info(toks[k + 1].text)[0] == "INFN")
                   for k, t in enumerate(toks))  # ("будут перевозить": the future of another verb)
    return MAIN_VERB_EN.search(d.text, c.stop, m.start) is not None


def _after_head(d: Doc, sent: Sent, m, mt: int, c: Cue) -> bool:
    """The participle follows the system's own noun phrase, however long: "Tor-M2K short-range air defence missile
    systems received in April" (no punctuation between, the word before the participle a noun the system is counted
    in)."""
    if not 4 < c.tok - mt <= 8 or re.search(r"[,;:()–—\"«»]", d.text[m.stop:c.start]):
        return False
    return unit_of(sent.toks[c.tok - 1]) is not None


def participle_stage(d: Doc, sent: Sent, clause: Clause, main: Cue, stage: str, m) -> Optional[tuple]:
    """(cue, stage, timex or None, (start, stop) of the phrase) of a participle on ``m`` asserting another
    stage than ``stage``."""
    for c in transfer_cues(d, sent, clause):
        if not c.stage or c.stage == stage:
            continue
        if not _is_participle(d, sent, c) or negated_own(sent, clause, c.tok):
            continue  # ("Su-30SM fighters not yet ordered from Russia", "ещё не заказанные": no order to tell)
        mt = d.tok_at(sent, m.start)
        if not (0 < c.tok - mt <= 4 or 0 < mt - c.tok <= 5 or _after_head(d, sent, m, mt, c)):
            continue
        # the participial phrase: from the participle to the next comma (or to the system when it comes first)
        if c.start > m.start:
            comma = d.text.find(",", c.stop, clause.stop)
            end = comma if comma >= 0 else min(clause.stop, c.stop + 60)
            if c.start < main.start < end:
                end = main.start
            span = (c.start, end)
        else:
            span = (c.start, m.start)
        # the phrase ends at the clause's finite transfer verb, if that comes inside it
        other = [x.start for x in transfer_cues(d, sent, clause) if span[0] < x.start < span[1]]
        if other:
            span = (span[0], min(other))
        times = [t for t in dating.timexes_in(d.a, sent.index) if span[0] <= t.start < span[1] and t.value]
        later = [t for t in times if after_report(d, t)] if c.start > main.start and c.stage in ("ordered",
                                                                                                    "delivered") else []
        if later:
            # "will receive the 12 Su-30SM ordered from Russia next year": a done stage is never dated after the
            # report; the phrase ends before that time, which is the clause's verb's
            span = (span[0], later[0].start)
            times = [t for t in times if t.start < span[1]]
        if not times:
            if c.stage == "ordered" and stage in ("planned", "in_service"):
                # "Як-130, закупленных в России: первые четыре машины прибудут ...", "Yak-130 bought from Russia
                # entered service": the order is a fact of its own, which the text does not date; it holds as of
                # the statement (RULES 20)
                return c, c.stage, None, span
            if c.stage == "delivered" and stage == "in_service":
                # "переданные Россией С-400 поставлены на боевое дежурство", "Tor-M2K received from Russia were put on
                # combat duty": the earlier stage is a fact of its own, as of the clause's date (it came before it)
                return c, c.stage, None, span
            return None  # "the ordered systems will arrive": the plan is what the clause asserts
        if len(times) > 1 and c.start > m.start:
            # "the 12 Mi-35M that Minsk ordered in 2015 in November 2021": the participle's own date is the first;
            # the last one is the clause's verb's
            span = (span[0], times[1].start)
        return c, c.stage, times[0], span
    return None
