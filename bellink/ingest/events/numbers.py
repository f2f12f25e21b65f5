"""Counts and their units in a noun phrase: "four divisions", "около 20 самолётов", "a dozen jets".

    "delivered four divisions of S-300PS"     (4.0, False, "divisions")
    "about 20 aircraft"                       (20.0, True, "aircraft")
Not a count: years ("the 2019 deal"), "$1 billion", "№ 5", ordinals ("the third battery").
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Optional

from bellink.ingest.events.deliveries.cues import TRANSFER_KEYS_RU
from bellink.ingest.events.lexicons import (
    APPROX_EN, APPROX_RU, BLOCK_RU, COLLECTIVE_EN, COLLECTIVE_RU, EN_NUMBERS, QTY_FILLER_EN, RU_NUMBERS, UNITS,
    UNITS_RU,
)
from bellink.ingest.events.words import is_adj, parses, verb_info
from bellink.names import fold, has_cyrillic, value_of_keys

if TYPE_CHECKING:
    from bellink.ingest.events.document import Doc, Sent, Tok


NUMBER_GAP_STOP = re.compile(r"[;()]|,(?!\d)")


NUMBER_GAP_END = re.compile(r"[.:]\s")


ARTICLE_AT_END = re.compile(r"\ban?\s*$")


VERB_FORM_EN = re.compile(r"\w+(?:ed|ing)")


DIGITS = re.compile(r"\d+")


CONJUNCTIONS = frozenset({"and", "or", "и", "или", "а", "plus"})
APPROX_BEFORE_RU = re.compile(r"(?i)(?<!\w)(?:около|более|свыше|почти|порядка|до|менее)\s+$")
VAGUE_RU = frozenset({"десятки", "десятков", "десятками", "десятках"})
# a group of aircraft of no fixed size: a count of them is no count of the aircraft
GROUP_NOUNS = frozenset({"звено", "звена", "звеньев", "звеньями", "flight", "flights"})
BATCH_NOUN = re.compile(r"(?:парти[яюиейь]\w*|batch(?:es)?|consignments?|shipments?)$")


def in_timex(d: Doc, sent: Sent, t) -> bool:
    """Whether token ``t`` lies inside one of the sentence's time expressions (a day, a year: never a count)."""
    from bellink.ingest.time import dating

    return any(x.start <= t.start < x.stop for x in dating.timexes_in(d.a, sent.index))


def number_before(d: Doc, sent: Sent, pos: int, limit: int = 7) -> Optional[tuple]:
    """(value, approx, unit, token index) of a count in the noun phrase ending at ``pos``."""
    toks = sent.toks
    end = d.tok_at(sent, pos)
    unit = None
    times = 1.0  # "еще одну тройку Ми-35М", "two pairs of Su-30SM": the number counts a collective
    conj = False
    headed = False  # a unit noun stood between the system and the conjunction: that conjunct has its own head
    for k in range(end - 1, max(-1, end - 1 - limit), -1):
        t = toks[k]
        gap = d.text[t.stop:toks[k + 1].start] if k + 1 < len(toks) else ""
        if NUMBER_GAP_STOP.search(gap) or NUMBER_GAP_END.search(gap):
            return None
        if t.low in GROUP_NOUNS or BATCH_NOUN.match(t.low) and not (k > 0 and _count_compound(toks[k - 1])):
            # "еще одно звено Су-30СМ": one flight, whose size the text gives elsewhere (or not at all); "еще одну
            # партию истребителей", "another batch of fighters": the number counts batches, which have no size
            # (unless the batch is sized: "a 16-vehicle batch of BTR-82A")
            return None
        u = unit_of(t)
        if t.low in CONJUNCTIONS:
            conj, headed = True, unit is not None
        elif conj and any(m.type == "weapon_system" and m.start <= t.start < m.stop <= pos for m in sent.mentions):
            return None  # "одну батарею Тор-М2 и партию БТР-82А": the one is the other conjunct's, not the BTR's
        elif conj and headed and u:
            return None  # "четыре истребителя и дивизион «Тор-М2К»": the four count the fighters, the division is one
        if u and unit is None:
            unit = u
        val = number_value(d, t)
        if val is not None and times != 1.0:
            val = val * times
        elif val is None and times == 1.0:
            times = float(_collective(d, t) or 1.0)  # "дюжину" is a number itself, never a collective of one
        if d.ru and t.low.startswith("десятк"):
            val = 10.0
            # "два десятка" 20, "полтора десятка" 15; "десятки танков", "несколько десятков": no number
            prev = toks[k - 1] if k > 0 else None
            n = number_value(d, prev) if prev is not None and prev.cyr else None
            if n is not None:
                return n * val * times, False, unit, k - 1
            if prev is not None and prev.low.startswith("полтор"):
                return 15.0 * times, False, unit, k - 1
            if t.low in ("десятки", "десятков", "десятками"):
                return None
        if val is not None and not d.ru and t.low == "dozen" and HALF_A.search(d.text, max(sent.start, t.start - 12),
                                                                                t.start):
            return 6.0 * times, False, unit, k - 2  # "half a dozen Mi-8MTV-5": six, not a dozen
        if val is not None and not d.ru and t.low == "dozen" and k > 0:
            n = number_value(d, toks[k - 1])
            if n is not None and toks[k - 1].low not in ("a", "an"):
                return n * 12.0 * times, False, unit, k - 1  # "two dozen BTR-82A": 24
        if val is not None:
            if not d.ru and t.low in ("a", "an") and unit is None:
                return None
            if t.low not in ("a", "an", "one") and in_timex(d, sent, t):
                return None  # "On March 5 Belarus bought Tor-M2K systems": the day of a date counts nothing
            if t.low == "both" and _both_and(d, sent, pos):
                return None  # "both Yak-130 trainers and Mi-8 helicopters": "both ... and" joins two things, counts none
            before = ARTICLE_AT_END.sub("", d.text[max(sent.start, t.start - 25):t.start].lower())
            approx = bool(APPROX_EN.search(before)) if not d.ru else any(
                x.keys & APPROX_RU for x in toks[max(0, k - 2):k])
            if not d.ru and re.search(r"\ba\s*$", before) and t.low == "dozen":
                pass
            if t.low == "dozen" and re.search(r"\bseveral\s*$|\bdozens\b", before):
                return None
            return val, approx, unit, k
        if d.ru and t.cyr:
            if t.keys & (TRANSFER_KEYS_RU | BLOCK_RU) or (verb_info(t.text)[0] in ("VERB", "INFN")):
                return None
            if t.low in ("в", "из", "на", "с", "для", "от", "к", "по", "о"):
                return None
            if _ordinal(t.text):
                # "две первые батареи", "два последних дивизиона": a count right before the ordinal
                val = number_value(d, toks[k - 1]) if k > 0 and toks[k - 1].cyr else None
                if val is not None and not NUMBER_GAP_STOP.search(d.text[toks[k - 1].stop:t.start]):
                    return val, False, unit, k - 1
                return None
            continue
        if t.low in ("to", "from", "with", "in", "on", "for", "by", "at", "that", "which", "will", "were", "was",
                     "is", "are", "have", "has", "had", "be", "been", "said", "first", "second", "third", "next",
                     "last"):
            return None
        if VERB_FORM_EN.fullmatch(t.low) and t.low not in QTY_FILLER_EN and t.low not in UNITS:
            return None
    return None


HALF_A = re.compile(r"(?i)\bhalf\s+an?\s+$")


def _both_and(d: Doc, sent: Sent, pos: int) -> bool:
    """The noun phrase "both" opens, the system named at ``pos`` and its unit noun, is followed by the "and" of a
    correlative "both ... and" ("both Yak-130 trainers and Mi-8 helicopters"), not by a verb ("both Tor-M2 batteries
    arrived and ...")."""
    stop = next((m.stop for m in sent.mentions if m.start == pos), pos)
    toks = sent.toks
    k = d.tok_at(sent, stop)
    while k < len(toks) and toks[k].stop <= stop:
        k += 1
    if k < len(toks) and unit_of(toks[k]):
        k += 1
    return k < len(toks) and toks[k].low == "and"
# "1,500 trucks", "1 500 грузовиков": the three digits after a thousands separator end one number, not start one
THOUSANDS_BEFORE = re.compile(r"(?<![\d.,])(\d{1,3})(?:,|(?P<space>[ \u00a0\u202f]))$")
# "около сотни шасси" (about a hundred: the genitive singular after an approximator); "сотни танков" (hundreds) is no number
HUNDRED_RU = frozenset({"сотни"})


def _collective(d: Doc, t: Tok) -> Optional[float]:
    """"пару", "тройку", "pairs": how many one of these counts."""
    if d.ru:
        return value_of_keys(t.keys, COLLECTIVE_RU, t.text) if t.cyr else None
    return COLLECTIVE_EN.get(t.low) or (COLLECTIVE_EN.get(t.low[:-1]) if t.low.endswith("s") else None)


# "a 16-vehicle batch", "a 12-helicopter order": a number joined to the unit it counts
COUNT_COMPOUND = re.compile(r"-([^\W\d_]+)")
COUNT_COMPOUND_TOKEN = re.compile(r"(\d{1,3})-([^\W\d_]+)")
NOT_COUNT_UNITS = frozenset({"year", "month", "day", "week", "contract", "contracts"})
WORD_COMPOUND_TOKEN = re.compile(r"([a-z]+)-([a-z]+)")


def worded_compound(t: Tok) -> Optional[tuple]:
    """(count, unit) of a number word joined to its unit ("eight-aircraft", "two-battery"), else None. Not read as a
    count by number_value: "two four-launcher batteries" counts batteries (only a contract's own compound is its
    count: read._contract_for_count)."""
    worded = WORD_COMPOUND_TOKEN.fullmatch(t.low) if "-" in t.low else None
    if worded is None or worded.group(1) not in EN_NUMBERS or worded.group(1) in ("a", "an", "one"):
        return None
    unit = _compound_unit(worded.group(2))
    return (float(EN_NUMBERS[worded.group(1)]), unit) if unit else None


def _count_compound(t: Tok) -> bool:
    joined = COUNT_COMPOUND_TOKEN.fullmatch(t.low) if "-" in t.low else None
    return bool(joined and _compound_unit(joined.group(2)))


def _compound_unit(word: str) -> Optional[str]:
    w = word.lower()
    if w in NOT_COUNT_UNITS:
        return None
    return UNITS.get(w) or UNITS.get(w + "s")


@lru_cache(maxsize=10_000)
def _ordinal(word: str) -> bool:
    return any(p.tag.POS == "ADJF" and "Anum" in p.tag for p in parses(word)[:2])


def unit_of(t: Tok) -> Optional[str]:
    if t.cyr or t.text.isupper() and len(t.text) <= 4:
        return value_of_keys(t.keys | {fold(t.text)}, UNITS_RU, t.text)
    joined = COUNT_COMPOUND_TOKEN.fullmatch(t.low) if "-" in t.low else None
    return _compound_unit(joined.group(2)) if joined else UNITS.get(t.low)


def number_value(d: Doc, t: Tok) -> Optional[float]:
    txt = t.text.replace("\u00a0", "")
    if d.text[t.stop:t.stop + 1] == "-" and DIGITS.fullmatch(txt) and d.text[t.start - 1:t.start] != "-":
        joined = COUNT_COMPOUND.match(d.text, t.stop, t.stop + 20)
        if joined and _compound_unit(joined.group(1)):
            return float(txt)  # "a 16-vehicle batch"
    joined = COUNT_COMPOUND_TOKEN.fullmatch(txt)
    if joined and not d.ru and d.text[t.start - 1:t.start] != "-" and _compound_unit(joined.group(2)):
        return float(joined.group(1))
    if d.text[t.stop:t.stop + 1] in ("+", "%", "$", "-") or d.text[t.start - 1:t.start] in ("$", "№", "#"):
        return None
    if DIGITS.fullmatch(txt):
        if len(txt) == 3:
            head = THOUSANDS_BEFORE.search(d.text, max(0, t.start - 5), t.start)
            if head is not None and (d.ru or not head.group("space")):
                return float(head.group(1) + txt)
        if len(txt) == 4 and txt.startswith(("19", "20")):
            return None
        return float(txt)
    if has_cyrillic(txt):
        if t.low in VAGUE_RU:
            return None  # "десятки танков": tens of them, no number
        if t.low in HUNDRED_RU and not APPROX_BEFORE_RU.search(d.text, max(0, t.start - 12), t.start):
            return None  # "сотни танков": hundreds of them; "около сотни": about a hundred
        n = value_of_keys(t.keys, RU_NUMBERS, t.text)
        return None if n is None else float(n)
    return float(EN_NUMBERS[t.low]) if t.low in EN_NUMBERS else None


def unit_after(d: Doc, sent: Sent, stop: int) -> Optional[str]:
    k = d.tok_at(sent, stop)
    unit = None
    for t in sent.toks[k:k + 4]:
        if t.start < stop:
            continue
        gap_ok = not re.search(r"[,;.()]", d.text[stop:t.start])
        if not gap_ok:
            break
        u = unit_of(t)
        if u:
            unit = u
            continue
        if (not t.cyr and t.low in QTY_FILLER_EN) or (t.cyr and is_adj(t.text)):
            continue
        break
    return unit
