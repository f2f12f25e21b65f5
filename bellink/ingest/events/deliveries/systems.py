"""Which weapon systems a transfer cue is about.

    "Russia delivered S-400 systems"           the mention next to the cue
    "..., which Belarus received in 2019"      the antecedent of a relative clause
    "Russia-supplied air defense systems"      a generic noun pointing back to the S-400 named before
Not linked: "repair of the S-300 delivered earlier" (repair takes its own object).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Optional

from bellink.ingest.events.deliveries.anaphora import sentences_before
from bellink.ingest.events.deliveries.guards import mounted, replaced
from bellink.ingest.events.deliveries.topic import topic_referent
from bellink.ingest.events.deliveries.stages import halted_later
from bellink.ingest.events.lexicons import BLOCK_EN, BLOCK_RU, GENERIC_EN, GENERIC_RU
from bellink.ingest.events.negation import halted
from bellink.ingest.events.words import verb_info

if TYPE_CHECKING:
    from bellink.ingest.events.document import Clause, Cue, Doc, Sent


# "for Russia's T-72B3 tank upgrade programme": the system names a programme the object serves, it is not the object
PROGRAMME_AFTER_EN = re.compile(r"^(?:\s+(?!(?:under|to|for|from|in|by|with|as|of|the|a|an)\b)[a-z-]+){0,3}?\s+"
                                r"[Pp]rogram(?:me)?s?\b")


# "по мере перевооружения на С-400", "as they re-equip with the S-400": the army's own new system, not the one
# handed on
REARM_BEFORE = re.compile(r"(?i)(?:перевооруж\w*\s+на|re-?(?:equip|arm)\w*\s+(?:\w+\s+)?with(?:\s+the)?)\s+"
                          r"(?:[\w-]+\s+){0,4}$")


# "Buk-MB3K air defence systems upgraded at Belarusian plants", "С-300, модернизированные на белорусских
# предприятиях": the system's own participle says what happened to it, a repair or upgrade, not the transfer
UPGRADED_AFTER = re.compile(r"(?i)^[»\"”]?,?(?:\s+[\w-]+){0,4}?\s+(?:upgraded|modernized|modernised|overhauled|repaired|"
                            r"refurbished|модернизированн\w*|отремонтированн\w*|модернизирован\w*|отремонтирован\w*)"
                            r"\s+(?:at|by|in|on|на|в)\b")


REARM_CUE = re.compile(r"(?i)re-?(?:arm|equip)|перевооруж")


def _rearm_only(d: Doc, sent: Sent, clause: Clause) -> bool:
    """The clause's only transfer cues are re-arming ("the brigade was re-armed with Russian Tor-M2",
    "бригада перевооружилась на «Тор-М2»"): the new system is what the clause's army receives."""
    from bellink.ingest.events.deliveries.cues import transfer_cues
    cues = transfer_cues(d, sent, clause)
    return bool(cues) and all(REARM_CUE.match(c.text) for c in cues)


def systems_in(d: Doc, sent: Sent, clause: Clause) -> list:
    rearm = None
    out = []
    for m in sent.mentions:
        if m.type != "weapon_system" or not (clause.start <= m.start < clause.stop) or d.in_frame(sent, m.start):
            continue
        if not d.ru and PROGRAMME_AFTER_EN.match(d.text[m.stop:min(clause.stop, m.stop + 50)]):
            continue
        if REARM_BEFORE.search(d.text[max(clause.start, m.start - 80):m.start]):
            if rearm is None:
                rearm = _rearm_only(d, sent, clause)
            if not rearm:
                continue
        out.append(m)
    return [m for m in out
            if not UPGRADED_AFTER.match(d.text[m.stop:min(clause.stop, m.stop + 80)])
            and not _carried_by(d, sent, m)]


# a relative pronoun opening the clause (matched in place: the clause's text is not copied for it)
RELATIVE_OPENING = re.compile(r",?\s*(?:which|котор\w+)\b", re.IGNORECASE)


def antecedent(d: Doc, sent: Sent, clause: Clause) -> list:
    """", which Belarus received in 2019" / ", которые Белоруссия получила": the systems the relative
    clause hangs on, right before its comma."""
    if not RELATIVE_OPENING.match(d.text, clause.start, clause.stop):
        return []
    # (the relative pronoun hangs on the noun right before its comma: "«Тор-М2К» – этого достаточно для новой батареи,
    # которая заступит ...": a dash between ends the system's phrase)
    return [m for m in sent.mentions if m.type == "weapon_system" and 0 <= clause.start - m.stop <= 40 and
            not re.search(r"[,;.–—]|\s-\s", d.text[m.stop:clause.start].rstrip(" »\"”"))]


# "Су-30СМ российского производства": the maker of the system named, no production of its own to take it as object
MAKE_OF = re.compile(r"(?i)[а-яё]+(?:ого|ой)\s+(?:производства|разработки|выпуска|сборки)$")


# "delivered four upgraded Su-30SM fighters", "передала четыре модернизированных истребителя Су-30СМ": a participle in
# the system's own noun phrase names its version, not an upgrade the clause is about ("upgraded at the plant" is)
VERSION_BEFORE = re.compile(r"(?i)(?<![\w-])(?:upgraded|moderni[sz]ed|refurbished|модернизированн\w*|модернизирован\w*)"
                            r"(?:\s+(?!(?:at|by|in|on|for|на|в|для)\s)[\w-]+){0,2}\s+[«\"“]?$")


def _blocked(d: Doc, sent: Sent, a_: int, b_: int) -> bool:
    lo, hi = sorted((a_, b_))
    version = VERSION_BEFORE.search(d.text, lo, hi)
    if version is not None and any(m.type == "weapon_system" and m.start == hi for m in sent.mentions):
        hi = version.start()  # (the system's own version word, right before it)
    seg = d.text[lo:hi]
    if d.ru:
        return any(t.keys & BLOCK_RU and not MAKE_OF.search(d.text, max(lo, t.start - 30), t.stop)
                   for t in d.toks_in(sent, lo, hi))
    return bool(BLOCK_EN.search(seg.lower()))


# between a block word and the system it governs: the system's own noun phrase ("some Belarusian", "the army's"), no
# conjunction, comma or verb of another predicate
GOVERNS_GAP = re.compile(r"(?i)[,;:()]|\b(?:and|or|but|then|while|и|или|а|но|затем)\b")
GOVERN_REACH = 40  # characters before the system: a block word and the noun phrase it opens
# the maker's participle names where the system comes from ("Russian-made", "serially produced Su-30SM"), and
# "российского производства" its maker (MAKE_OF): no work on a system the clause is about
MAKER_WORD_EN = re.compile(r"(?:manufactured|produced|developed|production)")
# the system's own noun phrase up to a participle after it ("Pantsir-SM air defense systems received from Russia")
OWN_PARTICIPLE_GAP = re.compile(r"(?i)[»\"”]?,?\s*(?:(?!(?:and|or|but|и|или|а|но)\s)[\w-]+\s+){0,4}")


def _block_governs(d: Doc, sent: Sent, system) -> bool:
    """A block word governs the system as its object right before it ("will convert some Belarusian Su-25 jets and
    deliver ...", "модернизирует белорусские МиГ-29 и поставит ..."): a transfer verb after the system is another
    predicate's, whatever the distance. The system's own version participle ("upgraded Su-30SM") is not one."""
    lo = max(sent.start, d.clause_of(sent, system.start).start, system.start - GOVERN_REACH)
    if VERSION_BEFORE.search(d.text, lo, system.start) is not None:
        return False
    if d.ru:
        toks = d.toks_in(sent, lo, system.start)
        at = next((t.stop for t in reversed(toks) if t.keys & BLOCK_RU and
                   not MAKE_OF.search(d.text, max(lo, t.start - 30), t.stop)), None)
    else:
        low = d.text[lo:system.start].lower()
        found = [m for m in BLOCK_EN.finditer(low) if not MAKER_WORD_EN.fullmatch(m.group())
                 and low[max(0, m.start() - 1):m.start()] != "-"]
        at = lo + found[-1].end() if found else None
    return at is not None and GOVERNS_GAP.search(d.text, at, system.start) is None


def link(d: Doc, sent: Sent, cues: list, system) -> Optional[Cue]:
    best = None
    governed = None  # (asked only when a cue comes after the system)
    if cues and system.stop <= cues[0].start and d.clause_of(sent, system.start) is not d.clause_of(sent, cues[0].start):
        return cues[0]  # a relative clause's antecedent
    trained = TRAINED_ON.search(d.text[max(sent.start, system.start - 50):system.start])
    for c in cues:
        dist_tok = abs(d.tok_at(sent, system.start) - c.tok)
        if dist_tok > 22:
            continue
        if trained and (c.start < system.start or (re.search(r"[,;]", d.text[system.stop:c.start]) and not
                                                   re.fullmatch(r"[»\"”]?,\s*", d.text[system.stop:c.start]))):
            # "crews would begin training on the Pantsir-S1 in the spring, as ... agreed on a first delivery": the
            # system is what the crews train on; only its own participle ("the Tor-M2 received in May", "«Тор-М2»,
            # полученных в мае") is its transfer
            continue
        if _blocked(d, sent, c.stop if c.stop <= system.start else system.stop,
                    system.start if c.stop <= system.start else c.start):
            continue
        if c.start >= system.stop and not OWN_PARTICIPLE_GAP.fullmatch(d.text, system.stop, c.start):
            # ("training on the Tor-M2 received from Russia": the system's own participle is its transfer)
            if governed is None:
                governed = _block_governs(d, sent, system)
            if governed:
                continue
        if best is None or dist_tok < abs(d.tok_at(sent, system.start) - best.tok):
            best = c
    return best


# "crews are training on the S-400", "расчеты проходят обучение на комплексах С-400": the object of the training
TRAINED_ON = re.compile(r"(?:\b(?:train(?:ing|ed|s)?|retrain\w*|master(?:ing|ed)?)\s+(?:on|to\s+operate|to\s+use)\s+|"
                        r"(?:обучени\w+|подготовк\w+|переучивани\w+|обучаются|обучались|учатся|осваива\w+|освоени\w+)"
                        r"\s+(?:работе\s+|эксплуатации\s+)?(?:на\s+)?)(?:the\s+|these\s+|new\s+|[\w-]+\s+){0,3}[«\"“]?$",
                        re.IGNORECASE)
CARRIER_BEFORE = re.compile(r"(?:\bна\s+борту|\bбортом|\bon\s+board|\baboard|\bсопровожда\w*|\bescorted\s+by|"
                            r"\baccompanied\s+by)(?:\s+[\w-]+){0,3}\s*$",
                            re.IGNORECASE)
# ("Mi-35M combat transport helicopters", "Ми-8МТВ-5 military transport helicopters": helicopters that carry troops are
# what was delivered, not a carrier)
CARRIER_AFTER = re.compile(r"\s*(?:[»\"”]\s*)?(?:[\w-]+\s+)?(?:transports?|airlifters?)\b(?!\s+helicopters?\b)",
                           re.IGNORECASE)


def _carrier(d: Doc, m) -> bool:
    """The aircraft that carried the cargo ('на борту транспортного самолета Ан-124', 'brought in by An-124
    transports'): never what a later 'the aircraft' / 'самолеты' stands for."""
    return bool(CARRIER_BEFORE.search(d.text[max(0, m.start - 40):m.start]) or
                CARRIER_AFTER.match(d.text, m.stop, m.stop + 30))


# "by An-124", "in two Il-76s", "самолетами Ил-76", "транспортником Ан-124": the aircraft that carried the cargo
CARRIER_BY = re.compile(r"(?:\b(?:by|in|on|aboard)\s+(?:an?\s+|two\s+|three\s+|four\s+|several\s+|\d+\s+)?"
                        r"(?:(?:russian|belarusian|military|heavy|transport)\s+){0,3}|"
                        r"(?:самол[её]т(?:ом|ами)|борт(?:ом|ами)|транспортник(?:ом|ами))\s+)$", re.IGNORECASE)
LISTED_BEFORE = re.compile(r"(?:\band|\bи|\bas well as|\bа также|,)\s+(?:[\w-]+\s+){0,4}$", re.IGNORECASE)
CARRIER_MAKE = re.compile(r"(?:Il|An|Ил|Ан)-?\d", re.IGNORECASE)
# "военно-транспортные самолеты Ил-76", "тяжелый транспортный Ан-124": a transport aircraft, the carrier when the
# sentence names another system it may have carried
TRANSPORT_BEFORE_RU = re.compile(r"транспортн\w+\s+(?:самол[её]т\w*\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)


# "two Il-76MD transport aircraft and four Yak-130 trainers", "Ил-76МД и учебно-боевые Як-130": the next item of
# the same list (the words between the conjunction and the system name no action: "and unloaded four Yak-130")
LISTED_AFTER = re.compile(r"\s*(?:[»\"”]\s*)?(?:[\w-]+\s+){0,3}?(?:and|и|as\s+well\s+as|а\s+также)\s+((?:[\w-]+\s+){0,4})$",
                          re.IGNORECASE)


def _listed_after(d: Doc, sent: Sent, m) -> bool:
    nxt = [o for o in sent.mentions if o.type == "weapon_system" and o.start >= m.stop and not CARRIER_MAKE.match(o.text)]
    if not nxt:
        return False
    o = min(nxt, key=lambda o: o.start)
    got = LISTED_AFTER.match(d.text[m.stop:o.start])
    if not got:
        return False
    for w in got.group(1).split():
        if d.ru:
            if verb_info(w)[0] in ("VERB", "INFN", "GRND"):
                return False
        elif re.fullmatch(r"\w+(?:ed|ing)|\w*(?:took|brought|carried|flew|flown|were|was|had|has)", w.lower()):
            return False
    return True


def _carried_by(d: Doc, sent: Sent, m) -> bool:
    """The transport aircraft that carried the cargo is not what changed hands ("их доставили на борту Ан-124",
    "delivered them by An-124", "the aircraft were brought in by An-124 transports"); a transport aircraft the
    sentence names alone can be the delivery ("Belarus received two Il-76MD transport aircraft from Russia")."""
    if not CARRIER_MAKE.match(m.text):
        return False
    before = d.text[max(sent.start, m.start - 40):m.start]
    if CARRIER_BEFORE.search(before) or CARRIER_BY.search(before):
        return True
    if not (CARRIER_AFTER.match(d.text, m.stop, m.stop + 30) or TRANSPORT_BEFORE_RU.search(before)):
        return False
    if LISTED_BEFORE.search(before) or _listed_after(d, sent, m):
        return False  # "four Yak-130 trainers and two Il-76MD transport aircraft": one more item of the delivery
    return any(o.type == "weapon_system" and not CARRIER_MAKE.match(o.text) for o in sent.mentions)


# "its own purchases", "собственные закупки": the clause's subject's own buying, not a transfer told before
OWN_CUE = re.compile(r"(?i)(?:\b(?:its|their|our|his|her)\s+own|\bсобственн\w+|\bсво(?:и|их|ими|й|я|ю|е|ё))\s+(?:[\w-]+\s+)?$")


def generic_systems(d: Doc, sent: Sent, clause: Clause, cue: Cue) -> list:
    """Systems a generic noun near the cue points back to ("Russia-supplied air defense and missile systems")."""
    cats = set()
    lo = max(clause.start, cue.start - 60)
    near = d.text[lo:min(clause.stop, cue.stop + 80)]
    if d.ru:
        for t in d.toks_in(sent, clause.start, clause.stop):
            if abs(t.start - cue.start) <= 80:
                for keys, c in GENERIC_RU:
                    if t.keys & keys:
                        cats |= c
    else:
        low = near.lower()
        for rx, c in GENERIC_EN:
            # "air defence systems upgraded at Belarusian plants": what happened to them is the upgrade
            if any(not UPGRADED_AFTER.match(d.text[lo + g.end():min(clause.stop, lo + g.end() + 80)])
                   for g in rx.finditer(low)):
                cats |= c
    if not cats:
        return []
    if GENERIC_GOVERNED.search(d.text, max(clause.start, cue.start - 60), min(clause.stop, cue.stop + 80)):
        return []  # "ракеты к комплексам уже отгружены", "missiles for the systems": the cargo is another thing
    if OWN_CUE.search(d.text, max(clause.start, cue.start - 30), cue.start):
        return []  # "Vilnius would speed up its own purchases of air defence": the speaker's own, not the systems named
    found = []
    for m in sent.mentions:
        if m.type == "weapon_system" and m.start < clause.start and d.category(m.key) in cats and \
                m.key not in [f.key for f in found] and not _carrier(d, m) and not mounted(d, sent, m):
            found.append(m)
    if found:
        return found if len({d.family(m.key) for m in found}) == 1 or len(cats) < 3 else []
    if any(m.type == "weapon_system" and m.start >= clause.start and d.category(m.key) in cats for m in sent.mentions):
        # "crews would begin training on the Pantsir-S1, as ... agreed on a first delivery of the gun-missile systems":
        # the sentence names a system of the kind itself (one the cue could not take); not one named before
        return []
    for s in sentences_before(d, sent, 3):
        for m in s.mentions:
            if m.type == "weapon_system" and d.category(m.key) in cats and m.key not in [f.key for f in found] \
                    and not _carrier(d, m) and not mounted(d, s, m) and not replaced(d, s, m):
                # (what a chassis carries, "шасси МЗКТ-7930 под «Искандер-М»", is not what "машины" stand for; nor
                # the one retired, "на смену «стареющим» МиГ-29. Закупки новых истребителей ...")
                found.append(m)
        if found:
            break
    if len(cats) >= 3 and len({d.family(m.key) for m in found}) > 1:
        return []  # "the machines": any kind of system, and more than one named before it could be meant
    if not found and len(cats) < 3 and not any(m.type == "weapon_system" for m in sent.mentions):
        # "... six Mi-8MTV-5 ... ¶ ... ¶ The helicopters will be put on combat duty in April": a kind's noun points
        # back to the one system of its kind the article is still about, named farther back (topic.py)
        found = topic_referent(d, sent, lambda m: d.category(m.key) in cats,
                               lambda d_, s_, m: not _carrier(d_, m) and not mounted(d_, s_, m))
    return found


# the generic noun governed by "к"/"для"/"for the": what the cargo is for, not the cargo
GENERIC_GOVERNED = re.compile(r"(?i)(?:\bк|\bдля|\bfor\s+(?:the|these|those|its|their))\s+(?:[\w-]+\s+){0,2}?"
                              r"(?:комплекс\w*|систем\w*|машин\w*|самол[её]т\w*|вертол[её]т\w*|systems|machines|"
                              r"aircraft|helicopters|launchers)\b")


EN_VERBISH = re.compile(r"(?:began|begun|started|start|starts|were|was|is|are|have|has|had|will|stalled|continued|"
                        r"continue|resumed|ended|took|take|opened)$")


# "all contracts", "long-term contracts", "все контракты", "каких именно контрактов": deals in general or in question
GENERIC_PLURAL_BEFORE = re.compile(r"(?:\b(?:all|long-term|various|many|other|several|which|what|все|всех|вс[её]м|"
                                   r"долгосрочн\w+|разн\w+|многи\w+|други\w+|каки\w+|любы\w+)\s+(?:именно\s+)?)$",
                                   re.IGNORECASE)
PLURAL_DEAL = re.compile(r"(?:contracts|deals|orders|контракт(?:ы|ов|ам|ами|ах)|договор(?:ы|ов|ам|ами|ах)|"
                         r"заказ(?:ы|ов|ам|ами|ах))\b", re.IGNORECASE)


# a repair or an upgrade of a system the owner already has: a later contract noun is that work's, not an order of it
# (never the participle a delivered system can carry: "upgraded", "модернизированные", "refurbished")
REPAIR_WORD = re.compile(r"(?i)(?<!\w)(?:(?:кап)?ремонт\w*|отремонтир\w*|модернизаци\w*|модернизиру(?:ет|ют|ется|ются)|"
                         r"overhaul\w*|repair\w*|refurbish(?:ment|ing)|upgrad(?:e|es|ing)\b|moderni[sz](?:ation|ing))")


def implicit_object(d: Doc, sent: Sent, clause: Clause, cue: Cue) -> list:
    """"Переговоры о закупке начались ...": a transfer noun with no object of its own refers to the one
    system the two sentences before were about."""
    if cue.stage is not None and cue.side != "neutral" and cue.stage != "ordered":
        return []
    # (the word after the whole cue: "within the framework of an agreement" is one cue of several words)
    k = cue.tok + 1
    while k < len(sent.toks) and sent.toks[k].start < cue.stop:
        k += 1
    nxt = sent.toks[k] if k < len(sent.toks) else None
    gap = d.text[cue.stop:nxt.start] if nxt else ""
    if nxt is not None and not re.search(r"[,;.]", gap):
        if d.ru and verb_info(nxt.text)[0] not in ("VERB", "PRTS") and \
                not (nxt.low in ("с", "со") and not PLURAL_DEAL.match(cue.text)):
            # ("Контракт подписан в сентябре", "Контракт с российской стороной подписан": the noun is the subject of
            # its own predicate, or of a party's phrase, not of an object of its own)
            return []
        if not d.ru and not EN_VERBISH.match(nxt.low):
            return []
    if GENERIC_PLURAL_BEFORE.search(d.text[max(sent.start, cue.start - 30):cue.start]) and PLURAL_DEAL.match(cue.text):
        return []  # "Все контракты выполняются в срок", "we work on long-term contracts": contracts in general
    found = {}
    for s in reversed(sentences_before(d, sent, 2)):
        for m in s.mentions:
            if m.type == "weapon_system" and not mounted(d, s, m) and not _carrier(d, m):
                # (the transport that brought the cargo, "на борту Ан-124", is never what the noun's deal was for)
                ref_clause = d.clause_of(s, m.start)
                if REPAIR_WORD.search(d.text, ref_clause.start, ref_clause.stop):
                    continue  # "Белорусские Су-30СМ прошли ремонт ... Контракт подписан в марте": a repair's contract
                if halted(d, s, d.clause_of(s, m.start)) or halted_later(d, s, d.clause_of(s, m.start)):
                    continue  # "переговоры о Су-35 так ни к чему и не привели": no deal for a later noun to mean
                found.setdefault(d.family(m.key), m)
    return list(found.values()) if len(found) == 1 else []
