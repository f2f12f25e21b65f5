"""Counts reporters give without a number: an ordinal or "another" on a singular unit noun, a pair.

    "the fourth battery of Tor-M2 systems"           1 battery (an ordinal counts one unit, not four)
    "a second Tor-M2 battery will reach Belarus"     1 battery (the unit noun after the system)
    "the second pair of Su-30SM fighters"            2 aircraft (a pair is two, of the noun it governs)
    "третью батарею комплексов «Тор-М2»"             1 battery
    "очередная пара истребителей Су-30СМ2"           2 aircraft
    "контракт на поставку батареи ЗРК «Тор-М2»"      1 battery (a genitive singular after the noun governing it)
    "the fifth and sixth Su-30SM"                    2 aircraft (two ordinals joined)
Not a count: "the first S-400 systems" (an ordinal on a plural says which, not how many), the "35" of
"Su-35" (a designation is never a count), "the fourth batch" (a batch has no size: ``details['batch']``).

Lexicons: ``number_words.tsv`` kinds ``ordinal`` and ``collective``; unit nouns from ``unit_nouns.tsv``.
"""
from __future__ import annotations
from bellink.names import value_of_keys

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from bellink.ingest.events.lexicons import (
    COLLECTIVE_EN, COLLECTIVE_RU, ORDINAL_EN, ORDINAL_RU, UNITS, WEAPON_EN, WEAPON_RU,
)
from bellink.ingest.events.numbers import _ordinal, number_value, unit_of
from bellink.ingest.events.words import parses

if TYPE_CHECKING:
    from bellink.ingest.events.document import Doc, Sent

# the unit a pair of systems of a category is counted in
CATEGORY_UNITS = {"fighter": "aircraft", "bomber": "aircraft", "trainer": "aircraft", "transport": "aircraft",
                  "helicopter": "helicopters", "uav": "drones", "air_defense": "systems", "missile": "systems",
                  "armor": "vehicles", "artillery": "systems", "mlrs": "systems", "radar": "stations"}

GAP_STOP = re.compile(r"[,;:.()]")


@lru_cache(maxsize=5000)
def _singular_ru(word: str) -> bool:
    p = parses(word)[:1]
    return bool(p) and "sing" in p[0].tag


def _singular(d: Doc, t) -> bool:
    if d.ru:
        return _singular_ru(t.text)
    unit = UNITS.get(t.low)
    return bool(unit) and t.low != unit and not t.low.endswith("s")


VERB_POS = frozenset({"VERB", "INFN", "PRTF", "PRTS", "GRND"})


@lru_cache(maxsize=5000)
def _genitive_after_noun(head: str, word: str) -> bool:
    """"поставку батареи «Тор-М2»", "о передаче белорусской армии батареи «Панцирь-СМ»": a formation noun that reads
    as a genitive singular right after a noun is governed by it, so it is one formation ("батареи" alone reads first
    as a plural: "батареи прибыли"); after a verb or a numeral it is not ("передала батареи", "две батареи")."""
    h = parses(head)[:3]
    # ("Прибыли батареи": a verb that also reads as a noun is a verb here)
    return bool(h) and h[0].tag.POS == "NOUN" and not any(p.tag.POS in VERB_POS for p in h) and any(
        p.tag.POS == "NOUN" and "sing" in p.tag and "gent" in p.tag for p in parses(word)[:3])


def _ordinal_word(d: Doc, t) -> bool:
    if d.ru:
        return bool(t.cyr and (t.keys & ORDINAL_RU or _ordinal(t.text)))
    return t.low in ORDINAL_EN


EN_OF_PHRASE = frozenset({"of", "the", "a", "an", "more", "further", "additional"})


@lru_cache(maxsize=5000)
def _modifier_ru(word: str) -> bool:
    p = parses(word)[:1]
    return bool(p) and p[0].tag.POS in ("ADJF", "PRTF")


def _counts_the_system(d: Doc, between: list) -> bool:
    """The collective governs the system: the words between them are only its head (a unit noun or a word for
    the system: "четвёрку учебно-боевых самолетов Як-130", "a pair of Su-30SM") and modifiers, never another
    noun or a verb ("Тройка лидеров обсудила поставки С-400": a trio of leaders)."""
    for t in between:
        if unit_of(t):
            continue
        if d.ru:
            if t.cyr and (t.keys & WEAPON_RU or _modifier_ru(t.text)):
                continue
            if not t.cyr and not t.text.isalpha():
                continue  # quotes, hyphens
            return False
        if t.low in EN_OF_PHRASE or WEAPON_EN.match(t.low) or t.text[:1].isupper() or not t.text.isalpha():
            continue
        return False
    return True


def collective_count(d: Doc, sent: Sent, m) -> tuple:
    """(quantity, unit, how) from the noun phrase around the system mention ``m``; (None, None, None) if none."""
    toks = sent.toks
    end = d.tok_at(sent, m.start)
    before = []
    for k in range(end - 1, max(-1, end - 8), -1):
        t = toks[k]
        if GAP_STOP.search(d.text[t.stop:toks[k + 1].start if k + 1 < len(toks) else m.start]):
            break
        before.append(t)
    # a pair of ...: two of the unit the phrase names, else of the system's category
    for n, t in enumerate(before):
        value = value_of_keys(t.keys, COLLECTIVE_RU, t.text) if d.ru and t.cyr \
            else COLLECTIVE_EN.get(t.low) if not d.ru else None
        if value:
            if not _counts_the_system(d, before[:n]):
                break  # "Тройка лидеров обсудила поставки С-400": the trio counts the leaders
            unit = next((unit_of(x) for x in before[:n] if unit_of(x)), None)
            unit = unit or CATEGORY_UNITS.get(d.category(m.key) or "")
            return float(value), unit, "collective"
    # "the fifth and sixth Su-30SM", "пятый и шестой Су-30СМ": two ordinals joined by "and" count two of the system
    # (past the system's head noun: "пятый и шестой истребители Су-30СМ", "the first and second batteries of Tor-M2K")
    head = 0
    while head < min(2, len(before)) and (unit_of(before[head]) or before[head].low == "of" or (
            d.ru and before[head].cyr and before[head].keys & WEAPON_RU) or (not d.ru and WEAPON_EN.match(before[head].low))):
        head += 1
    pair = before[head:head + 4]
    if len(pair) >= 3 and _ordinal_word(d, pair[0]) and pair[1].low in ("and", "и") and \
            _ordinal_word(d, pair[2]) and not (len(pair) > 3 and _ordinal_word(d, pair[3])):
        unit = next((unit_of(x) for x in before[:head] if unit_of(x)), None)
        return 2.0, unit or CATEGORY_UNITS.get(d.category(m.key) or ""), "ordinals"
    # an ordinal on a singular unit noun before the system ("the fourth battery of Tor-M2"), past what only
    # describes the system ("второй дивизион зенитной ракетной системы С-400"); in Russian a singular formation
    # heading the system's phrase is one ("батарея зенитных ракетных комплексов Тор-М2К, прибывшая в мае")
    for n, t in enumerate(before[:5]):
        u = unit_of(t)
        if not u:
            if n < 4 and d.ru and t.cyr and _modifier_ru(t.text) and not _ordinal_word(d, t):
                continue
            if n < 4 and not d.ru and (t.low in ("of", "the") or ORIGIN_EN.fullmatch(t.text) or COUNTRY_ADJ_EN.fullmatch(
                    t.text)):
                continue  # "the third battery of Russian-made Tor-M2 systems", "its first division of Russian Iskander-M"
            break
        if not _singular(d, t) and not (d.ru and u in FORMATIONS and n + 1 < len(before)
                                        and (_genitive_after_noun(before[n + 1].text, t.text) or
                                             _ordinal_word(d, before[n + 1]) and _singular_ru(before[n + 1].text))):
            # ("первой батареи комплексов «Тор-М2Э»": the singular ordinal says the formation noun is one)
            if d.ru:
                continue  # "батарею российских зенитных ракетных комплексов": the plural describes the system
            break
        near = before[n + 1:n + 3]
        # (in Russian the ordinal agrees: "Первые серийные шасси" are plural, however the indeclinable noun reads)
        at = next((j for j, x in enumerate(near) if _ordinal_word(d, x) and (not d.ru or _singular_ru(x.text))), None)
        if at is not None and not any(BATCH_WORD.match(x.low) for x in near[:at]):
            return 1.0, u, "ordinal"  # (not "очередную партию шасси": the ordinal counts batches, which have no size)
        if d.ru and u in FORMATIONS and _counts_the_system(d, before[:n]) and not (
                n + 1 < len(before) and number_value(d, before[n + 1]) is not None):
            return 1.0, u, "formation"
        if u in FORMATIONS:
            break
    # an ordinal right before the system and a singular unit noun after it ("a second Tor-M2 battery"); an
    # article does the same for a formation ("a Tor-M2 battery", "the Iskander-M brigade set": one battery, one set)
    # (past a maker's or origin's adjective: "the second Russian-built Tor-M2 battery")
    lead = before[1:] if before and not d.ru and ORIGIN_EN.fullmatch(before[0].text) else before
    article = bool(lead) and not d.ru and (lead[0].low in ("a", "an", "the", "this", "that") or (
        lead[0].low in WHOLE_EN and len(lead) > 1 and lead[1].low in ("a", "an", "the")))
    if lead and (_ordinal_word(d, lead[0]) or article):
        k = d.tok_at(sent, m.stop)
        for t in toks[k:k + 5]:
            if t.start < m.stop:
                continue
            if GAP_STOP.search(d.text[m.stop:t.start]):
                break
            u = unit_of(t)
            if u == "brigades" and t.low == "brigade" and t.i + 1 < len(toks) and toks[t.i + 1].low == "set":
                u = "sets"  # "a brigade set": one set
                t = toks[t.i + 1]
            if not u and (t.low in SYSTEM_MODIFIERS_EN or t.low.replace("-", " ") in SYSTEM_MODIFIERS_EN):
                continue  # "a new S-400 air defence battalion", "a third Tor-M2 air-defense battery"
            if not d.ru and COLLECTIVE_EN.get(t.low):
                # "Belarus's first Su-30SM2 pair arrived", "a Yak-130 pair": the collective after the system counts it
                return float(COLLECTIVE_EN[t.low]), CATEGORY_UNITS.get(d.category(m.key) or ""), "collective"
            if u and _singular(d, t) and (not article or u in FORMATIONS or (
                    lead[0].low in ("a", "an") and u not in TYPE_UNITS)):
                # ("a Mi-8MTV-5 helicopter", "a Protivnik-GE radar": one piece; "the S-400 system", "a Tor-M2 system"
                # may name the type)
                return 1.0, u, "ordinal" if not article else "article"
            break
    return None, None, None


# a maker's or origin's adjective between a formation noun and the system: "Russian-made", "Russian-built", "Soviet-era"
ORIGIN_EN = re.compile(r"[A-Z][a-z]+-(?:made|built|produced|supplied|era)")
# a country's adjective there: "Russian", "Belarusian"
COUNTRY_ADJ_EN = re.compile(r"[A-Z][a-z]+(?:ian|ese|ish)")


# "a full Iskander-M brigade set", "a new S-400 battalion": one
WHOLE_EN = frozenset({"new", "full", "complete", "whole", "further", "additional"})
# words between a system and its formation noun that only describe the system
SYSTEM_MODIFIERS_EN = frozenset({"air", "defence", "defense", "air defence", "air defense", "short range",
                                 "medium range", "long range", "missile", "anti aircraft", "surface to air",
                                 "tactical", "operational tactical", "sam", "ballistic", "rocket", "fighter",
                                 "helicopter", "mobile", "surveillance", "early warning", "transport", "attack",
                                 "combat", "multirole", "multi role", "military"})
# units an indefinite article may leave a type, not a piece ("a Tor-M2 system", "a modern missile")
TYPE_UNITS = frozenset({"systems", "units", "missiles", "contracts", "troops", "facilities"})


BATCH_WORD = re.compile(r"(?:batch|consignment|shipment|lot|парти|эшелон|груз)")

# units a singular noun after an article counts as one ("a Tor-M2 battery"); "the S-400 system" names a type
FORMATIONS = frozenset({"batteries", "battalions", "divisions", "regiments", "brigades", "squadrons", "sets"})
