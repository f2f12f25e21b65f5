"""A count with no system of its own, pointing back to the system just named: "the first two divisions".

    "Four S-300PS divisions will go on duty in April. The first two divisions reached Brest in December."
                                                     -> S-300PS, 2 divisions, delivered, December
    "Of the 12 Su-30SM ordered, Belarus has received eight; the remaining four are due by the end of the year."
                                                     -> Su-30SM, 8 delivered; Su-30SM, 4 planned
    "Первую батарею «Тор-М2» бригада получила в декабре, вторую батарею войска получат до конца года."
                                                     -> Tor-M2, 1 battery, planned
    "Оставшиеся восемь истребителей поступят в 2020–2021 годах."   -> the fighter named just before, 8
Not an anaphor: a count inside a date ("13 ноября"), a count of people or money ("eight crews", "$2
billion"), a unit the system is not counted in ("two divisions" after a helicopter), more than one system
family the count could mean (then the fact is left out), a count with its own system.

The referent is the one system family named last before the clause: earlier in the sentence, else in the
two sentences before; ``details['system_from_context']`` names it and confidence is lowered.
"""
from __future__ import annotations
from bellink.names import value_of_keys

from typing import TYPE_CHECKING, Optional
import re

from bellink.ingest.time import dating
from bellink.ingest.events.deliveries.collectives import CATEGORY_UNITS, _ordinal_word, _singular
from bellink.ingest.events.deliveries.topic import kinds_named, topic_referent
from bellink.ingest.events.lexicons import COLLECTIVE_EN, COLLECTIVE_RU, SERIES_EN, SERIES_RU, UNITS
from bellink.ingest.events.numbers import number_value, unit_of
from bellink.ingest.events.words import parses, verb_info

if TYPE_CHECKING:
    from bellink.ingest.events.document import Clause, Cue, Doc, Sent

# the categories a unit noun can count
UNIT_CATEGORIES = {
    "divisions": {"air_defense", "missile"}, "batteries": {"air_defense", "missile", "artillery", "mlrs"},
    "battalions": {"air_defense", "missile"}, "regiments": {"air_defense", "missile"},
    "brigades": {"air_defense", "missile"}, "sets": {"air_defense", "missile", "mlrs"},
    "aircraft": {"fighter", "bomber", "trainer", "transport"}, "helicopters": {"helicopter"},
    "systems": {"air_defense", "missile", "artillery", "mlrs", "radar"}, "launchers": {"missile", "mlrs"},
    "stations": {"radar"}, "vehicles": {"armor"}, "tanks": {"armor"}, "drones": {"uav"},
    "howitzers": {"artillery"},
}
NOT_COUNTED = {"contracts", "troops", "facilities", "missiles"}


EN_AFTER_COUNT = frozenset({"more", "are", "is", "were", "was", "will", "would", "have", "has", "had", "arrived",
                            "due", "in", "by", "to", "from", "of", "on", "at", "and", "before", "last", "this", "next",
                            "reached", "went", "entered", "followed", "came", "should", "must", "could", "may",
                            "left", "departed", "headed", "crossed"})  # ("the first eight left for Russia in April")


def _counts_something_else(d: Doc, t) -> bool:
    """The word after a bare number names what is counted, and it is no unit a system is counted in."""
    if d.ru:
        # "прибыли" reads first as the noun "прибыль": a verb among its readings is the clause's predicate
        ps = parses(t.text)[:3]
        return t.cyr and any(p.tag.POS == "NOUN" for p in ps[:1]) and not any(p.tag.POS == "VERB" for p in ps)
    return t.low not in EN_AFTER_COUNT


def _counted_word(d: Doc, sent: Sent, t):
    """The word a number counts: the next one, past Russian adjectives and participles ("40 новых образцов")."""
    nxt = sent.toks[t.i + 1:t.i + 4]
    if d.ru:
        for x in nxt:
            if re.search(r"[,;.:()–—-]", d.text[t.stop:x.start]):
                break
            if not (x.cyr and any(p.tag.POS in ("ADJF", "PRTF") for p in parses(x.text)[:1])):
                return x
    return nxt[0]


# what may stand before an ordinal that is the subject of its clause: "The second ...", ", а третий ..."
ORDINAL_SUBJECT = re.compile(r"(?i)[\s,;:«\"“–—-]*(?:(?:and|but|while|и|а|но)\s+)?(?:the\s+|a\s+)?")


def _no_noun_after(d: Doc, t) -> bool:
    """The word after an ordinal is no noun it qualifies ("the second should arrive", "третий ожидается"; not
    "the second half", "вторая половина")."""
    if d.ru:
        return t.cyr and not any(p.tag.POS in ("NOUN", "ADJF", "NUMR") for p in parses(t.text)[:1])
    return t.low in EN_AFTER_COUNT or t.low in ("one", "batch") or t.low.endswith("ed")


# an attribution or a source set off by commas inside the clause: "Оставшиеся два дивизиона, по его словам, поступят",
# "the remaining two, he said, will follow", "Первые шесть машин, по условиям контракта, поступят в 2016 году"; an
# inverted attribution ("Еще шесть машин, отметил он, должны прибыть", "the last four, said the commander, will
# follow"); the contract or plan as the source ("согласно контракту", "under the terms of the contract"); a longer one
# with a speech or expectation verb ("Очередная четверка, как пообещал журналистам представитель холдинга, поступит",
# "Следующие четыре машины, как ожидается, будут переданы", "The next four, as the holding's spokesman promised
# journalists, will arrive", "Another four, the air force commander told a press conference, will be handed over")
ASIDE_VERBS_RU = r"(?:сообщ|отмет|уточн|сказ|заяв|рассказ|добав|подчеркн|поясн|напомн|пообещ|обещ|пиш)\w*"
ASIDE_AS_RU = r"(?:" + ASIDE_VERBS_RU + r"|ожида\w*|планиру\w*|предполага\w*)"
ASIDE_VERB_EN = r"(?:said|says|added|noted|told|promised|explained|stressed|reported|announced|expected|confirmed)"
ASIDE = re.compile(r"(?i),\s*(?:по\s+(?:его|её|ее|их)\s+(?:словам|данным)|по\s+словам\s+[^,;:]{1,40}|"
                   r"по\s+(?:данным|информации)\s+[^,;:]{1,40}|по\s+условиям\s+(?:контракта|договора|соглашения)|"
                   r"по\s+(?:плану|графику)|under\s+the\s+(?:contract|deal|agreement|plan|schedule)|as\s+planned|"
                   r"under\s+the\s+terms\s+of\s+[^,;:]{1,40}|as\s+(?:agreed|scheduled|promised)|"
                   r"согласно\s+[^,;:]{1,40}|в\s+соответствии\s+с\s+[^,;:]{1,40}|"
                   r"как\s+" + ASIDE_AS_RU + r"(?:\s+[^,;:]{1,80})?|(?-i:" + ASIDE_VERBS_RU + r")\s+[^,;:]{1,40}|"
                   r"(?:he|she|they|the\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:said|added|noted|says|stressed)|"
                   r"(?:said|added|noted|stressed)\s+(?:the\s+)?[^,;:]{1,40}|"
                   r"as\s+(?!(?:well|soon|long|much|many|far)\b)(?:[^\W\d][\w'’-]*\s+){1,8}?" + ASIDE_VERB_EN +
                   r"(?:\s+[^,;:]{1,50})?|"
                   r"(?!(?:and|but|or|which|that|who|while|when|where|if|as|so|then)\b)(?:[^\W\d][\w'’.-]*\s+){1,6}?"
                   + ASIDE_VERB_EN + r"(?:\s+(?!that\b)[^,;:]{1,50})?|"
                   r"according\s+to\s+[^,;:]{1,40})\s*,")


VERB_CHAIN = frozenset({"is", "are", "was", "were", "be", "been", "being", "to", "expected", "due", "set", "scheduled",
                        "supposed", "going", "will", "would", "should", "shall", "must", "also", "now", "still", "yet",
                        "then", "all", "both", "have", "has", "had", "finally", "soon", "likely",
                        "будут", "будет", "должны", "должна", "должно", "быть", "также", "тоже", "уже", "скоро", "ещё",
                        "еще", "планируется", "планируют", "ожидается", "ожидаются", "предстоит", "как", "ожидают"})


ALL_BEFORE = frozenset({"all", "все", "всех", "всеми"})


def _past_aside(d: Doc, t, cue: Cue) -> bool:
    """Only an aside set off by commas (``ASIDE``), at most three words and the verb's auxiliaries stand between ``t``
    and the cue after it."""
    gap = d.text[t.stop:cue.start]
    if "," not in gap or not ASIDE.search(gap):
        return False
    rest = ASIDE.sub(" ", gap).split()
    return len(rest) <= 3 or all(w.lower() in VERB_CHAIN for w in rest)


# "All eight will be delivered", "are to arrive", "Все восемь поступят", "должны быть переданы": the whole still to come
AHEAD_EN = re.compile(r"(?i)\b(?:will|shall|should|(?:are|is)\s+(?:to|due|expected|set|scheduled))\b")
AHEAD_RU = re.compile(r"(?i)(?<!\w)(?:будут|будет|должны|должен|должно|планируется|ожидается|ожидаются)(?!\w)")


def _told_ahead(d: Doc, t, cue: Cue) -> bool:
    """The verb of "all eight" tells what is still to come (a future, "are to", "должны")."""
    gap = d.text[t.stop:cue.stop] if t.start < cue.start else d.text[cue.start:t.start]
    if d.ru:
        return verb_info(cue.text)[1] == "futr" or bool(AHEAD_RU.search(gap))
    return bool(AHEAD_EN.search(gap))


TOTAL_REACH = 2  # sentences before the "all eight" whose batches it may sum


def _running_total(d: Doc, sent: Sent, t) -> bool:
    """"All eight" sums the batches told before it: two or more counts, in its sentence before it or in the
    TOTAL_REACH sentences before, whose last two or three add up to it ("four in the autumn and four more in the
    winter. All eight ...", "три машины в мае, а оставшуюся тройку в декабре. Все шесть ...").
    After one batch ("handed over four in March. All eight will be delivered by the end of the year") it is the whole
    still to come, a plan of its own."""
    val = number_value(d, t)
    if not val:
        return False
    counts = []
    for s in d.sents[max(0, sent.index - TOTAL_REACH):sent.index + 1]:
        times = [(x.start, x.stop) for x in dating.timexes_in(d.a, s.index)]
        for x in s.toks:
            if s is sent and x.start >= t.start:
                break
            if _ordinal_word(d, x):
                continue  # "a second three": the order of a batch, not its count
            v = number_value(d, x)
            if not v:  # a batch told by a collective noun ("оставшуюся тройку", "a second four")
                v = value_of_keys(x.keys, COLLECTIVE_RU, x.text) if d.ru and x.cyr else \
                    COLLECTIVE_EN.get(x.low) if not d.ru else None
            if v and not any(a <= x.start < b for a, b in times):
                counts.append(v)
    return len(counts) >= 2 and sum(counts[-2:]) == val or len(counts) >= 3 and sum(counts[-3:]) == val


# a batch or a train of the goods (a count of them is none of the system: numbers.BATCH_NOUN)
SERIES_BATCH_RU = re.compile(r"(?:парти[яюи]|эшелон|эшелона)$")


def _count_near(d: Doc, sent: Sent, clause: Clause, cue: Cue) -> Optional[tuple]:
    """(quantity, unit, token span) of a bare count phrase beside the cue, or None."""
    toks = [t for t in d.toks_in(sent, clause.start, clause.stop)]
    times = [(t.start, t.stop) for t in dating.timexes_in(d.a, sent.index)]
    near = [t for t in toks if abs(t.i - cue.tok) <= 4 and t.i != cue.tok]
    # "The remaining six are expected to be handed over", "Остальные шесть должны быть переданы": a subject count
    # farther before the cue, with only the verb's auxiliaries between
    near += [t for t in toks if 4 < cue.tok - t.i <= 7 and all(u.low in VERB_CHAIN for u in sent.toks[t.i + 1:cue.tok])]
    # "Очередная четверка, как пообещал ... представитель холдинга, поступит": the words of an aside between do not count
    near += [t for t in toks if t.i < cue.tok and t not in near and _past_aside(d, t, cue)]
    for t in near if d.ru else ():
        after = sent.toks[t.i + 1] if t.i + 1 < len(sent.toks) else None
        if after is not None and after.cyr and not _no_noun_after(d, after):
            continue  # "еще одна партия документов": a batch of other goods (or of a class the generic nouns read)
        if SERIES_BATCH_RU.match(t.low) and any(x.cyr and x.keys & SERIES_RU for x in sent.toks[max(0, t.i - 2):t.i]):
            # "Еще одна партия поступит в первом квартале", "Очередной эшелон отправится в декабре": the next batch of
            # the system just told, with no size of its own (as "Another batch is expected" / "the last batch is due";
            # "одна" counts the batches)
            return None, None, t
    for t in near:
        if any(s <= t.start < e for s, e in times):
            continue
        if not d.ru and t.low in ("a", "an", "the"):
            continue  # "a second four are due": the article counts nothing
        if t.i > 0 and sent.toks[t.i - 1].low in ALL_BEFORE and (not _told_ahead(d, t, cue) or
                                                                 _running_total(d, sent, t)):
            continue  # "Все восемь уже несут дежурство", "all eight are now in service": every batch told, a total
            # (a plan of "all eight" after one batch is the whole still to come: "All eight will be delivered by ...")
        lo, hi = sorted((t.stop, cue.start)) if t.start < cue.start else (cue.stop, t.start)
        if re.search(r"[,;:]", ASIDE.sub(" ", d.text[lo:hi])):
            continue  # "получили первые два комплекса, остальные поступят": the count is another phrase's
            # ("Оставшиеся два дивизиона, по его словам, поступят": an aside between is no other phrase)
        nxt = sent.toks[t.i + 1:t.i + 3]
        if t.i > cue.tok and cue.stage == "planned" and _ordinal_word(d, t) and (
                d.ru and t.i - cue.tok == 1 and (not nxt or _no_noun_after(d, nxt[0])) or
                not d.ru and sent.toks[t.i - 1].low in ("a", "an") and t.i - cue.tok <= 2 and
                (not nxt or nxt[0].low in EN_AFTER_COUNT)):
            return 1.0, None, t  # "and expects a fourth before the end of the year", "и ожидает четвертую": one more
        if _ordinal_word(d, t) and nxt and number_value(d, nxt[0]) is None and not unit_of(nxt[0]) and \
                _no_noun_after(d, nxt[0]) and t.i < cue.tok and ORDINAL_SUBJECT.fullmatch(d.text, clause.start, t.start):
            if nxt[0].low == "batch":
                return None, None, t  # "the last batch is due in the autumn": a batch has no size of its own
            return 1.0, None, t  # "The second should arrive by October", "Третий ожидается летом": one unit
        val = number_value(d, t)
        if d.ru and t.cyr:
            col = value_of_keys(t.keys, COLLECTIVE_RU, t.text)
        else:
            col = COLLECTIVE_EN.get(t.low) if not d.ru else None
        unit = next((unit_of(x) for x in nxt if unit_of(x)), None) if (val or col) else None
        if unit in NOT_COUNTED:
            return None
        if col:
            return float(col), unit, t
        if val is not None and nxt and not unit and not re.search(r"[,;.:()–—-]", d.text[t.stop:nxt[0].start]) \
                and _counts_something_else(d, _counted_word(d, sent, t)):
            return None  # "до 40 километров", "eight crews", "более 40 новых образцов техники": a count of something else
        if val is not None and t.low not in ("a", "an", "one", "single"):
            if d.text[t.stop:t.stop + 1] in ("%", "-") or (nxt and nxt[0].low in ("percent", "процентов", "billion",
                                                                                    "million", "млрд", "млн")):
                return None
            return val, unit, t
        u = unit_of(t)
        if u and u not in NOT_COUNTED and _singular(d, t):
            prev = sent.toks[max(0, t.i - 2):t.i]
            if any(_ordinal_word(d, x) for x in prev):
                return 1.0, u, t
    return None


# "Об этом сообщает пресс-служба.", "This was reported by the ministry.": a sentence that only attributes the one
# before it, no sentence of its own for a count to point back past
ATTRIBUTION_ONLY = re.compile(
    r"(?i)^\s*(?:(?:об\s+этом|это|такую\s+информацию|информацию\s+об\s+этом)\s+(?:[\w«»\"-]+\s+){0,3}?"
    r"(?:сообщ|заяв|рассказ|говор|пиш|информир|объяв|следует|распростран|подтверд)\w*|"
    r"(?:this|that|it)\s+was\s+(?:reported|announced|stated|said|confirmed)\b|"
    r"[^.]{0,80}\b(?:said|announced|reported|stated|confirmed)\s+(?:this|so)\b"
    # "said this month", "confirmed this week that ...": a time, and the sentence has content of its own
    r"(?!\s+(?:month|week|year|morning|afternoon|evening|weekend|spring|summer|autumn|fall|winter|time)\b))")


def sentences_before(d: Doc, sent: Sent, n: int) -> list:
    """The ``n`` sentences before ``sent``, nearest first, not counting those that only attribute (at most one skipped)."""
    out = []
    k = sent.index - 1
    skipped = 0
    while k >= 0 and len(out) < n:
        s = d.sents[k]
        if skipped == 0 and ATTRIBUTION_ONLY.match(s.text) and len(s.text) < 160:
            skipped = 1
        else:
            out.append(s)
        k -= 1
    return out


def _referent(d: Doc, sent: Sent, clause: Clause, unit: Optional[str], topic: bool = True) -> list:
    cats = UNIT_CATEGORIES.get(unit) if unit else None
    if cats is None and unit is None and not any(m.type == "weapon_system" and m.stop <= clause.start
                                                  for m in sent.mentions):
        # "The helicopters, he said, would be the last four of the twelve; the first four reached ...": the sentence's
        # own kind noun before the count, where it names no system, says what the count counts
        said = kinds_named(d, sent, sent.start, clause.start)
        if said:
            cats = set().union(*said)

    from bellink.ingest.events.deliveries.systems import CARRIER_MAKE, _carrier

    def fits(m) -> bool:
        # ("The helicopters will be brought in by An-124 transport aircraft. Minsk ordered 12 of them": not the carrier)
        return m.type == "weapon_system" and (cats is None or d.category(m.key) in cats) and \
            not (CARRIER_MAKE.match(m.text) and _carrier(d, m))

    pools = [[m for m in sent.mentions if m.stop <= clause.start and fits(m)]]
    pools += [[m for m in s.mentions if fits(m)] for s in sentences_before(d, sent, 2)]
    for pool in pools:
        if pool:
            fams = {d.family(m.key) for m in pool}
            if len(fams) != 1:
                return []  # more than one system the count could mean: leave the fact out
            return [pool[-1]]
    if any(m.type == "weapon_system" and m.stop <= clause.start for m in sent.mentions) or \
            unit is not None and cats is None or not topic:
        return []  # the sentence itself names another system, or the count is of something no system is counted in
    # "... six Mi-8MTV-5 ... ¶ The commander met the crews. ... ¶ The remaining six are expected": the system the
    # article is still about, named farther back (topic.py)
    return topic_referent(d, sent, fits, lambda d_, s_, m: not (CARRIER_MAKE.match(m.text) and _carrier(d_, m)))


# "expects to send about as many again", "отправит еще столько же": the count of the batch just told, again
AS_MANY = re.compile(r"(?i)\b(?:(?:about|roughly|around|nearly)\s+)?as\s+many\s+(?:again|more)\b|"
                     r"(?<!\w)(?:(?:ещ[её]|примерно|около)\s+)*столько\s+же(?!\w)")


def _as_many(d: Doc, sent: Sent, clause: Clause, cue: Cue) -> tuple:
    """([system mention], (quantity, unit)) for "as many again" right after the cue: the system counted just before
    in the same sentence, with its count; ([], None)."""
    from bellink.ingest.events.deliveries.quantities import system_quantity

    hit = AS_MANY.search(d.text, cue.start, min(clause.stop, cue.stop + 40))
    if hit is None or re.search(r"[,;]", d.text[cue.stop:hit.start()]):
        return [], None
    before = [m for m in sent.mentions if m.type == "weapon_system" and m.stop <= clause.start]
    if not before or len({d.family(m.key) for m in before}) != 1:
        return [], None
    q, _, unit = system_quantity(d, sent, before[-1])
    return ([before[-1]], (q, unit)) if q is not None else ([], None)


def count_anaphor(d: Doc, sent: Sent, clause: Clause, cue: Cue) -> tuple:
    """([system mention], (quantity, unit)) for a bare count beside ``cue`` that points back; ([], None)."""
    from bellink.ingest.events.deliveries.quantities import negated_cue

    if cue.side == "station":
        return [], None
    if negated_cue(d, sent, cue):
        return [], None  # "еще четыре, уточнил он, поставлены не будут": those four are not moved at all
    got = _count_near(d, sent, clause, cue)
    if got is None:
        return _as_many(d, sent, clause, cue)
    val, unit, t = got
    if cue.side == "receive" and unit in ("brigades", "regiments"):
        return [], None  # "три бригады получат их": the units that receive, not a count of what they get
    # only a batch of a series ("the remaining six", "ещё пара", "the second battery") may point back past the two
    # sentences before it to the system the article is about; a bare "two" or "it" may not
    found = _referent(d, sent, clause, unit, topic=_series(d, sent, t, unit))
    if not found:
        return [], None
    if val is None:
        return found, None
    if unit is None:
        unit = CATEGORY_UNITS.get(d.category(found[0].key) or "")
    if _collective_word(d, t):
        return found, (val, unit, "collective")
    if val == 1.0 and _ordinal_word(d, t):
        # "Belarus received the first pair of Su-30SM ... The second should follow by the summer", "первую пару
        # ... Вторая придет осенью": a bare ordinal after batches counted in pairs is the next pair
        pair = _pairs_before(d, sent, found[0])
        if pair is not None:
            return found, (pair[0], pair[1] or unit, "collective")
    return found, (val, unit)


def _series(d: Doc, sent: Sent, t, unit: Optional[str]) -> bool:
    """The count ``t`` is one batch of a series: an ordinal, a unit a system is counted in, or a series word
    ("remaining", "other", "next", "ещё", "остальные", "очередной") just before it, or "more" right after it."""
    if _ordinal_word(d, t) or unit in UNIT_CATEGORIES:
        return True
    around = sent.toks[max(0, t.i - 2):t.i + 2]  # ("the remaining six", "six more", "ещё шесть")
    return any(x.keys & SERIES_RU if x.cyr else x.low in SERIES_EN for x in around)


def _collective_word(d: Doc, t) -> bool:
    if d.ru:
        return bool(t.cyr and any(k in COLLECTIVE_RU for k in t.keys))
    return t.low in COLLECTIVE_EN


def _pairs_before(d: Doc, sent: Sent, m) -> Optional[tuple]:
    """(count, unit) of a collective the batches just before were counted in: on the referent's phrase, or as the
    subject of the sentence before this one ("The first pair of the new batch arrived in December")."""
    from bellink.ingest.events.deliveries.collectives import collective_count

    q, unit, how = collective_count(d, d.sents[m.sentence], m)
    if how == "collective":
        return q, unit
    if sent.index > 0:
        prev = d.sents[sent.index - 1]
        if prev.index != m.sentence and "\n" not in d.text[prev.stop:sent.start]:
            for t in prev.toks[:4]:
                if _collective_word(d, t):
                    col = value_of_keys(t.keys, COLLECTIVE_RU, t.text) if d.ru \
                        else COLLECTIVE_EN.get(t.low)
                    return float(col), None
    return None


def apposition_anaphor(d: Doc, sent: Sent, clause: Clause, cue: Cue) -> tuple:
    """([system mention], (1.0, unit)) when the subject of ``cue``'s predicate, before a participial phrase set off by
    commas, is a bare ordinal or a singular unit noun pointing back ("The fifth, handed over last November, has been
    on combat duty since January", "The battalion, ordered in 2021, arrived by rail in July"); ([], None)."""
    from bellink.ingest.events.deliveries.clauses import apposition_subject

    got = apposition_subject(d, sent, clause, cue)
    if got is None:
        return [], None
    (ss, se), _ = got
    words = [t for t in d.toks_in(sent, ss, se) if t.low not in ("the", "its", "their", "а", "и", "но")]
    first = bool(words) and (_ordinal_word(d, words[0]) or words[0].low in ("last", "latest"))
    one_unit = bool(words) and _singular(d, words[-1]) and unit_of(words[-1]) is not None
    if not (len(words) == 1 and (first or one_unit) or len(words) == 2 and first and one_unit):
        return [], None  # "The first batch", "The new jets", "Russia": not one unit of a system named before
    unit = unit_of(words[-1]) if one_unit else None
    from bellink.ingest.events.document import Clause

    found = _referent(d, sent, Clause(ss, se), unit)
    if not found:
        return [], None
    return found, (1.0, unit or CATEGORY_UNITS.get(d.category(found[0].key) or ""))


# "It should reach the brigade by October", "They went on combat duty in May", "Ее расчеты уже заступили на
# дежурство": a pronoun (or its crews) as the subject of an arrival or a service entry stands for the system
PRONOUN_SUBJECT = re.compile(r"(?i)\s*[«\"“–—-]?\s*,?\s*(?:(?:and|but|и|а|но)\s+)?(?:(?:now|then|теперь|уже|затем)\s+)?"
                             # "а в 2020 году они ...", "and in 2020 they ...": a time phrase before the pronoun
                             r"(?:(?:в|во|к|до|с|in|by|on|at|since)\s+(?:[\w-]+\s+){1,2}?,?\s*)?"
                             r"(?:it|they|both|its\s+crews|their\s+crews|он|она|оно|они|обе|оба|"
                             r"(?:его|ее|её|их)\s+расч[её]ты)\b")


def pronoun_subject(d: Doc, sent: Sent, clause: Clause, cue: Cue) -> list:
    """[system mention] a pronoun subject of an arrival or a service entry stands for: the one system family of the
    two sentences before (see ``_referent``); [] when the clause opens otherwise or the referent is unclear."""
    if not (cue.side == "theme" or cue.stage == "in_service"):
        return []
    m = PRONOUN_SUBJECT.match(d.text, clause.start, cue.start)
    if m is None:
        # "... and expects them to arrive next spring": the pronoun is the subject of the infinitive
        m = PRONOUN_OF_INFINITIVE.search(d.text, clause.start, cue.start)
        if m is None or m.end() != cue.start:
            return []
    if d.in_frame(sent, m.end() - 1):
        return []
    if COMPLEMENT_BETWEEN.search(d.text, m.end(), cue.start):
        return []  # "Он также сообщил, что за год армия получила ...": the pronoun is the speaker, the
        # subject of the verb whose clause holds the cue, not the subject of the cue
    return _referent(d, sent, clause, None, topic=False)


# a clause of its own opened between the pronoun and the cue: the pronoun is the subject of the verb before it
# (in English only after a verb of saying or knowing: "it became the first unit of that type" has a determiner "that")
COMPLEMENT_BETWEEN = re.compile(r"(?i),\s*(?:что|чтобы)\b|\b(?:said|says|say|noted|notes|note|added|adds|stressed|"
                                r"stresses|stated|states|announced|announces|reported|reports|explained|explains|recalled|"
                                r"confirmed|confirms|claimed|claims|believes|believed|thinks|thought|knows|knew|indicated|"
                                r"emphasi[sz]ed|warned|insisted|admitted|pointed\s+out|told\s+\w+(?:\s+\w+)?)\s+that\b")


PRONOUN_OF_INFINITIVE = re.compile(r"(?i)\b(?:expects?|expected|wants?|wanted|awaits?|awaited)\s+(?:them|it)\s+to\s+"
                                   r"(?:(?:be|start|begin)\s+)?")


def antecedent_count(d: Doc, m) -> Optional[tuple]:
    """(quantity, unit) the antecedent mention was counted with ("two S-400 battalions ... They"), or None."""
    from bellink.ingest.events.deliveries.collectives import collective_count
    from bellink.ingest.events.deliveries.quantities import system_quantity

    s = d.sents[m.sentence]
    q, approx, unit = system_quantity(d, s, m)
    if q is None:
        q, unit, _ = collective_count(d, s, m)
    return (q, unit) if q is not None and not approx else None


# --- the count of the batch a generic noun or pronoun points back to -----------------------------------------
#
#   "Belarus has bought four more Yak-130 ... and expects them to arrive next spring"    -> planned, 4
#   "В субботу в Барановичи прибыла очередная пара Су-30СМ2. Самолеты ... в январе заступят на дежурство."
#                                                                                        -> planned, 2
# Not inherited: a count the later stage has of its own, a stage read from a system the text names again (that is
# no anaphor), a batch more than two sentences back or in another paragraph, an approximate count.

BACK = 2
# the first, an earlier or the type's batch ("The first fighters of this type", "Первые самолеты") is not the one counted
# just before it (review7 finding 7)
from bellink.ingest.events.deliveries.quantities import _one_formation  # noqa: E402
from bellink.ingest.events.deliveries.redating import EARLIER  # noqa: E402

ALL_OF_THEM = re.compile(r"(?i)(?<!\w)(?:все|всех|всеми|all)\s+(?:(?:the|these|those|of\s+the|эти|этих|наши|its|their)\s+)?"
                         r"[^\W\d_]+")
OTHER_BATCH = re.compile(r"(?i)\b(?:last|final|next|remaining|another|new|следующ\w*|последн\w*|оставш\w*|очередн\w*|нов\w*)\s+"
                         r"(?:batch|consignment|shipment|lot|парти\w+)\b")


def inherit_counts(d: Doc, drafts: list) -> None:
    """Give an uncounted delivery read through a generic noun or pronoun the count of the batch it points back to:
    the nearest earlier counted delivery of the same system family, in its sentence or the two before it."""
    counted = [dr for dr in drafts if dr.kind == "delivery" and dr.quantity is not None and not dr.approx]
    if not counted:
        return
    # only the counted deliveries of the sentence and the BACK before it can be the batch: look them up by sentence
    # (a scan of all of them for each uncounted one grew with the square of a long document's deliveries)
    by_sentence: dict = {}
    for other in counted:
        by_sentence.setdefault(other.sent.index, []).append(other)
    for dr in drafts:
        if dr.kind != "delivery" or dr.quantity is not None or not dr.details.get("system_from_context"):
            continue
        one = next((t for t in d.toks_in(dr.sent, max(dr.sent.start, dr.clause.start - 60), dr.cue.start)
                    if _one_formation(d, dr.sent, t)), None)
        if one is not None:
            # "Вторая батарея, как ожидается, прибудет осенью": one battery, not the count of the batch before it
            dr.quantity, dr.approx, dr.unit = 1.0, False, unit_of(one)
            dr.details["quantity_from"] = "ordinal"
            continue
        if ALL_OF_THEM.search(d.text, max(dr.sent.start, dr.clause.start - 60), dr.cue.start):
            continue  # "Все вертолеты ... несут боевое дежурство", "all the jets are now on duty": every batch, not the last one
        if OTHER_BATCH.search(d.text, dr.clause.start, dr.clause.stop):
            continue  # "the first four in 2016 ..., and the last batch is due in the autumn": another batch, its size untold
        if EARLIER.search(d.text, dr.clause.start, dr.clause.stop):
            continue  # "four more Su-30SM ... The first fighters of this type arrived in 2019": an earlier batch, untold
        fam = d.family(dr.roles["system"][0])
        best = None
        near = [o for k in range(dr.sent.index - BACK, dr.sent.index + 1) for o in by_sentence.get(k, ())]
        for other in near:  # (in ``counted`` order within a sentence: of equal candidates the first still wins)
            if other is dr or d.family(other.roles["system"][0]) != fam:
                continue
            if other.sent.index == dr.sent.index and other.span[0] >= dr.span[0]:
                continue
            if "\n" in d.text[other.sent.stop:dr.sent.start]:
                continue  # another paragraph
            if best is None or (other.sent.index, other.span[0]) > (best.sent.index, best.span[0]):
                best = other
        if best is not None:
            dr.quantity, dr.approx, dr.unit = best.quantity, False, best.unit
            dr.details["quantity_from"] = "antecedent"


# "Прибыла партия БТР-82А. В нее (в партию) вошли шесть машин.", "A batch of BTR-82A arrived. It included six vehicles.": the
# batch's size in the next sentence
BATCH_WORD = re.compile(r"(?i)\b(?:парти[яиюей]|batch|consignment|shipment|эшелон\w*|звено|flight)\b")
SIZE_NEXT = re.compile(
    r"(?i)\s*(?:в\s+(?:нее|неё|ее|её|него|(?:ее|её|его)\s+состав|состав\s+(?:партии|эшелона|звена)|(?:эту\s+)?партию|"
    r"(?:это\s+)?звено)\s+(?:вошли|вошло|входят|входило|входили|войдут|войдет|войдёт)"
    r"|(?:it|(?:the|this)\s+(?:batch|consignment|shipment))\s+(?:included|includes|comprised|comprises|consisted\s+of|"
    r"was\s+made\s+up\s+of))\s+(?:(?:не\s+менее|около|at\s+least|about)\s+)?(?P<n>\w+)\s+(?P<u>\w+)")


# a second count joined to the first: "... and four new ones", "... и еще четыре"
MORE_PARTS = re.compile(r"(?i)(?:,\s*|\s)(?:and|и|а\s+также|plus)\s+(?:ещ[её]\s+|another\s+)?(?:\d+|one|two|three|four|five|six|"
                        r"seven|eight|nine|ten|twelve|од(?:ин|на|ну)|дв[ае]|три|четыре|пять|шесть|семь|восемь|девять|десять)\b")


def batch_size_next(d: Doc, drafts: list) -> None:
    """An uncounted delivery of a batch takes the size the next sentence gives it."""
    for dr in drafts:
        if dr.kind != "delivery" or dr.quantity is not None or dr.details.get("system_from_context"):
            continue
        if not BATCH_WORD.search(d.text, dr.clause.start, dr.clause.stop):
            continue
        # the next sentence, or the rest of this one when the segmenter kept them together ("БТР-82А. В нее ...")
        stop = re.compile(r"[.!?]\s+").search(d.text, dr.clause.stop - 1, dr.sent.stop)
        if stop is not None:
            nxt, at = dr.sent, stop.end()
        elif dr.sent.index + 1 < len(d.sents):
            nxt = d.sents[dr.sent.index + 1]
            at = nxt.start
        else:
            continue
        hit = SIZE_NEXT.match(d.text, at, nxt.stop)
        if not hit:
            continue
        tok = next((t for t in nxt.toks if t.start == hit.start("n")), None)
        unit = next((unit_of(t) for t in nxt.toks if t.start == hit.start("u")), None)
        val = number_value(d, tok) if tok is not None else None
        if val is None or unit is None or unit in NOT_COUNTED:
            continue
        if MORE_PARTS.search(d.text, hit.end(), nxt.stop):
            continue  # "two aircraft built in 2019 for Kazakhstan and four new ones": the first count is a part (review7 13)
        dr.quantity, dr.approx, dr.unit = val, False, unit
        dr.details["quantity_from"] = "next_sentence"


# --- a stage told again through a generic noun or pronoun -------------------------------------------------------
#
#   "Беларусь получила «Тор-М2К» в апреле. Церемония передачи состоялась в понедельник."   -> one delivered, April
#   "Belarus has received a battery of Tor-M2K from Russia. The systems were handed over."  -> one delivered
# Kept: another stage ("These systems entered service in 2017"), a batch of its own ("Первые шесть вертолетов
# прибыли в декабре"), a date of its own told of the systems ("первые машины поступят в 2014 году"), the date of a stage its first telling left undated ("received from Russia ... The systems
# arrived in late November").

RETELLING = frozenset({"deliveries.read:generic_noun", "deliveries.read:pronoun", "deliveries.read:implicit_object"})


def drop_retold(d: Doc, events: list) -> list:
    """``events`` without the deliveries read through "the systems" / "они" / "the transfer" that tell again, with
    nothing of their own, a stage an earlier sentence gave the same system family by name: the text asserts it once.

    Linear in the events (issue 10): each (family, stage) keeps only what the test asks of its named tellings
    before a sentence (``_Told``), not the list of them, which a retelling used to scan whole."""
    from bellink.ingest.events.merge import _strong_date

    named: dict = {}
    for ev in events:
        if ev.kind == "delivery" and ev.details.get("rule") not in RETELLING and not ev.details.get("system_from_context"):
            named.setdefault((d.family(ev.roles["system"][0]), ev.status), _Told()).add(
                ev.sentence, ev.date.value if _strong_date(d, ev) else _Told.NONE)
    if not named:
        return events
    out = []
    for ev in events:
        if ev.kind == "delivery" and ev.details.get("rule") in RETELLING:
            told = named.get((d.family(ev.roles["system"][0]), ev.status))
            earlier = told is not None and told.first < ev.sentence
            own_count = ev.quantity is not None and ev.details.get("quantity_from") != "antecedent"
            if earlier and not own_count:
                if not _strong_date(d, ev):
                    continue  # nothing of its own: the stage just told
                if ev.details.get("rule") == "deliveries.read:implicit_object" and \
                        told.dated_otherwise_before(ev.sentence, ev.date.value):
                    continue  # "Церемония передачи состоялась в понедельник": the act's noun, a detail of the dated stage
        out.append(ev)
    return out


class _Told:
    """What ``drop_retold`` asks of the named tellings of one (family, stage): is one of them in a sentence before
    ``s`` (``first < s``), and is one of them, in a sentence before ``s``, strongly dated otherwise than ``value``?
    The latter from the earliest strongly dated telling (its sentence and value) and the earliest whose value
    differs from that one's: when ``value`` differs from the first's, the first answers; else only a telling with
    another value can, and the earliest of those is before ``s`` or none is."""
    NONE = object()  # (no strong date)
    __slots__ = ("first", "dated", "value", "other")

    def __init__(self):
        self.first = self.dated = self.other = float("inf")
        self.value = None

    def add(self, sentence: int, value) -> None:
        self.first = min(self.first, sentence)
        if value is _Told.NONE:
            return
        if sentence < self.dated:
            if self.dated != float("inf") and value != self.value:
                self.other = min(self.other, self.dated)  # the one it replaces differs from it
            self.dated, self.value = sentence, value
        elif value != self.value:
            self.other = min(self.other, sentence)

    def dated_otherwise_before(self, s: int, value) -> bool:
        if self.dated < s and self.value != value:
            return True
        return self.other < s
