"""How many of a system a delivery moves.

    "four divisions and a command post of S-300PS"   4 divisions
    "delivered 126 chassis"                          126 chassis (the count after the verb)
    "обе станции"                                    2 stations (the generic noun that pointed back)
Not a quantity: "the 2019 contract", "the first batch" (kept as ``details['batch']``).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Optional

from bellink.ingest.entities import TOKEN
from bellink.ingest.events.lexicons import APPROX_EN, APPROX_RU, GENERIC_EN, GENERIC_RU, KIND_UNITS, UNITS
from bellink.ingest.events.numbers import (BATCH_NOUN, GROUP_NOUNS, in_timex, number_before, number_value, unit_after,
                                           unit_of)

if TYPE_CHECKING:
    from bellink.ingest.events.document import Clause, Cue, Doc, Sent


def system_quantity(d: Doc, sent: Sent, m) -> tuple:
    got = number_before(d, sent, m.start)
    if got is None:
        return None, False, None
    val, approx, unit, _ = got
    if unit is None:
        unit = unit_after(d, sent, m.stop)
    if unit is None:
        last = TOKEN.findall(m.text)[-1:]
        unit = UNITS.get(last[0].lower()) if last else None
    if unit is None and not d.ru:
        unit = "units" if val else None
    return val, approx, unit


def generic_count(d: Doc, sent: Sent, clause: Clause, cue: Cue, skip: Optional[tuple] = None) -> tuple:
    """The count on the generic noun that pointed back to the system: "обе станции", "the two radars" (never a noun
    inside ``skip``, a contract phrase whose count is the contract's)."""
    from bellink.ingest.events.deliveries.anaphora import ASIDE

    if negated_cue(d, sent, cue):
        return None, False, None  # "еще четыре машины, заявил министр, получены не будут": those are not moved
    for t in d.toks_in(sent, clause.start, clause.stop):
        if skip is not None and skip[0] <= t.start < skip[1]:
            continue
        lo, hi = (t.stop, cue.start) if t.start < cue.start else (cue.stop, t.start)
        # ("Первые шесть машин, по условиям контракта, поступят": an aside between is no other phrase)
        if re.search(r"[,;:]", d.text[lo:hi]) and re.search(r"[,;:]", ASIDE.sub(" ", d.text[lo:hi])):
            if t.start < cue.start and d.text[lo:lo + 1] == "," and not d.text[clause.start:t.start].strip(" «\"") \
                    and _one_formation(d, sent, t, any_unit=True):
                # "Дивизион, законтрактованный в 2023 году, прибыл в июле": the subject, an aside after it
                return 1.0, False, unit_of(t)
            continue  # "получили первые два комплекса, остальные поступят": that count is the other verb's
        if cue.side == "receive" and unit_of(t) in DESTINATION_UNITS:
            continue  # "три бригады получат их": the units that receive, not what they get
        if abs(t.start - cue.start) <= 80 and unit_of(t):
            got = number_before(d, sent, t.start, limit=3)
            if got is not None and not (not d.ru and sent.toks[got[3]].low in ("a", "an")):
                return got[0], got[1], got[2] or unit_of(t)
            if _one_formation(d, sent, t, any_unit=True):
                return 1.0, False, unit_of(t)
            pair = _collective_before(d, sent, t)
            if pair is not None:
                return pair, False, unit_of(t)  # "оставшаяся пара дивизионов поступит", "the remaining pair of battalions"
    return None, False, None


def _collective_before(d: Doc, sent: Sent, t) -> Optional[float]:
    """The count of a collective governing the unit noun ``t`` ("пара дивизионов", "the pair of battalions"), with no
    number of its own before it ("еще одну пару": the number's, read by number_before)."""
    from bellink.ingest.events.numbers import _collective

    k = t.i - 1
    if k >= 0 and not d.ru and sent.toks[k].low == "of":
        k -= 1
    if k < 0 or re.search(r"[,;:.()]", d.text[sent.toks[k].stop:t.start]):
        return None
    value = _collective(d, sent.toks[k])
    if not value or (k > 0 and number_value(d, sent.toks[k - 1]) is not None and sent.toks[k - 1].low not in ("a", "an")):
        return None
    return float(value)


# "Первый дивизион был передан в 2022 году", "the new battalion was handed over", "третья батарея заступила на
# дежурство": an ordinal (or new / another) on a singular formation noun that points back to the system is one
# formation, as on the system's own phrase (collectives.py). Not a batch ("the first batch": no size), not a plural
# ("the first divisions"), not a noun that is no formation ("the new aircraft").
ONE_BEFORE_EN = frozenset({"new", "another", "next", "latest", "further", "additional"})
ONE_BEFORE_RU = ("нов", "очередн", "следующ")


@lru_cache(maxsize=2000)
def _nominative_singular(word: str) -> bool:
    from bellink.ingest.events.words import parses

    # (a masculine inanimate noun reads first as accusative: "дивизион" is the same in both cases)
    return any(p.tag.POS == "NOUN" and "sing" in p.tag and ("nomn" in p.tag or "accs" in p.tag)
               for p in parses(word)[:2])


# a singular verb right after a noun that reads the same in both numbers ("the first chassis was handed over")
SINGULAR_VERB_EN = frozenset({"was", "is", "has"})


def _one_formation(d: Doc, sent: Sent, t, any_unit: bool = False) -> bool:
    from bellink.ingest.events.deliveries.collectives import FORMATIONS, _ordinal_word, _singular, _singular_ru

    if not _singular(d, t) and not (any_unit and not d.ru and UNITS.get(t.low) == t.low and t.i + 1 < len(sent.toks)
                                    and sent.toks[t.i + 1].low in SINGULAR_VERB_EN):
        return False
    formation = unit_of(t) in FORMATIONS
    if formation and any_unit and (_nominative_singular(t.text) if d.ru else
                                   t.i > 0 and sent.toks[t.i - 1].low == "the"):
        # the generic noun that pointed back is one formation by itself: "Дивизион, законтрактованный в 2023 году,
        # прибыл в июле", "The battalion went on combat duty in May" (not "в составе дивизиона", not "the
        # battalions")
        return True
    if t.i == 0:
        return False
    prev = sent.toks[t.i - 1]
    if re.search(r"[,;:.()]", d.text[prev.stop:t.start]):
        return False
    if _ordinal_word(d, prev) and (formation or any_unit and (not d.ru or _singular_ru(prev.text))):
        # "the third battery"; on the noun that pointed back, any singular unit: "the second station is due", "вторая
        # станция поступит" (not "первые машины": the ordinal agrees with a plural)
        return True
    if not formation:
        return False
    if d.ru:
        return prev.cyr and prev.low.startswith(ONE_BEFORE_RU)
    return prev.low in ONE_BEFORE_EN


def quantity_near_cue(d: Doc, sent: Sent, clause: Clause, cue: Cue) -> tuple:
    """A count right after the transfer verb: "delivered 126 chassis", "отгрузил ... 126 шасси"."""
    for t in sent.toks[cue.tok + 1:cue.tok + 6]:
        if t.start >= clause.stop:
            break
        val = number_value(d, t)
        if val is not None and t.low not in ("a", "an", "both"):
            unit = None
            for u in sent.toks[t.i + 1:t.i + 4]:
                if BATCH_NOUN.match(u.low) or u.low in GROUP_NOUNS:
                    break  # "продать еще одну партию истребителей": one batch, of a size the text does not give
                unit = unit_of(u)
                if unit:
                    break
            if unit:
                k = t.i
                approx = any(x.keys & APPROX_RU for x in sent.toks[max(0, k - 2):k]) if d.ru else \
                    bool(APPROX_EN.search(d.text[max(sent.start, t.start - 25):t.start].lower()))
                return val, approx, unit
    return None, False, None


ORDINAL_BATCH = re.compile(r"(?i)\b(first|second|third|fourth|next|перв\w+|втор\w+|трет\w+|четв[её]рт\w+|очередн\w+)\s+"
                           r"(?:batch|consignment|shipment|lot|парти\w+)")


def ordinal_batch(d: Doc, sent: Sent, clause: Clause) -> Optional[str]:
    m = ORDINAL_BATCH.search(d.text[clause.start:clause.stop])
    return m.group(0) if m else None


# "Второе звено Як-130 – четыре машины – прибыло", "a new batch of BTR-82A — 16 vehicles — arrived": the count in
# a dash apposition right after the system's name or its head noun (the collective or batch before it has no number of its own)
# ("The first group of Mi-8MTV-5 helicopters, three machines, arrived": set off by commas as well)
APPOSITION = re.compile(r"(?:\s+(?!(?:from|to|in|on|at|of|for|by|with|and|из|в|на|от|для|с|к|и)\b)[^\W\d_][\w-]*){0,3}"
                        r"[»\"”]?\s*(?:[–—-]|(?P<comma>,))\s+(?:(?:не\s+менее|не\s+более|около|почти|at\s+least|about|some|nearly)\s+)?"
                        r"(?P<n>[\w-]+)\s+(?P<u>\w+)\s*(?=[–—,;.)]|$)")


COMMA_APPOSED_UNITS = frozenset({"vehicles", "units", "aircraft", "helicopters", "launchers", "battalions", "divisions",
                                 "batteries", "systems", "sets", "regiments", "complexes"})
LIST_GOES_ON = re.compile(r"(?i)\s*[,–—]?\s*(?:and|or|и|или|а\s+также|as\s+well\s+as)\b")


def apposition_count(d: Doc, sent: Sent, m) -> tuple:
    """(quantity, approximate?, unit) of a dash apposition on the system's name, else (None, False, None)."""
    hit = APPOSITION.match(d.text, m.stop, sent.stop)
    if hit is None:
        return None, False, None
    num = next((t for t in sent.toks if t.start == hit.start("n")), None)
    word = next((t for t in sent.toks if t.start == hit.start("u")), None)
    if num is None or word is None:
        return None, False, None
    val, unit = number_value(d, num), unit_of(word)
    if val is None or unit is None or num.low in ("a", "an"):
        return None, False, None
    if hit.group("comma") is not None and (unit not in COMMA_APPOSED_UNITS or LIST_GOES_ON.match(d.text, hit.end())):
        # "received Iskander-M launchers, 20 tanks, and S-400 systems": with commas, a list item unless its unit is a
        # machine's or a formation's and the list does not go on
        return None, False, None
    approx = hit.group(0).lstrip(" –—-").split()[0].lower() in ("не", "около", "почти", "at", "about", "some", "nearly")
    return val, approx, unit


# "three Tor-M2K batteries, 12 launchers in all,", "три батареи «Тор-М2К» — всего 12 боевых машин —": the pieces the
# formations hold, set off after the system (and its formation noun)
PIECES_AFTER = re.compile(r"(?i)[»\"”]?(?:\s+[^\W\d_][\w-]*){0,2}?\s*[,–—-]\s+(?:всего\s+|в\s+общей\s+сложности\s+|"
                          r"in\s+all\s+|in\s+total\s+)?(?P<n>[\w-]+)\s+(?:[^\W\d_][\w-]*\s+)?(?P<u>\w+)"
                          r"(?:\s+in\s+all|\s+in\s+total|\s+altogether)?\s*(?=[–—,;)])")


def pieces_count(d: Doc, sent: Sent, m) -> Optional[tuple]:
    """(count, unit) of the pieces set off after a system counted in formations ("три батареи «Тор-М2К» — всего 12
    боевых машин —"): the rules record the pieces when one transfer is counted both ways; None when none."""
    from bellink.ingest.events.deliveries.collectives import FORMATIONS

    hit = PIECES_AFTER.match(d.text, m.stop, sent.stop)
    if hit is None:
        return None
    num = next((t for t in sent.toks if t.start == hit.start("n")), None)
    word = next((t for t in sent.toks if t.start == hit.start("u")), None)
    if num is None or word is None or num.low in ("a", "an"):
        return None
    if any(o.type == "weapon_system" and hit.start("n") <= o.start < hit.end() for o in sent.mentions):
        return None  # the next item of a list ("two S-400 battalions, eight Su-30SM fighters"), not the pieces
    val, unit = number_value(d, num), unit_of(word)
    if val is None or unit is None or unit in FORMATIONS:
        return None
    return val, unit


# "the first six of a new batch of BTR-82A", "первые пять из новой партии БТР-82А": the part the verb moves, named
# before a batch that has no number of its own
BATCH_PART = re.compile(
    r"(?i)(?:\b(?:first|last|remaining|next)\s+(?P<n>[\w-]+)\s+of\s+(?:a|the|its)\s+(?:new\s+|fresh\s+|second\s+|"
    r"third\s+|latest\s+)?(?:batch|consignment|shipment|lot)\s+of\s+"
    r"|(?<!\w)(?:перв|последн|оставш|следующ)\w*\s+(?P<n2>\w+)\s+из\s+(?:нов\w+\s+|очередн\w+\s+|втор\w+\s+|трет\w+\s+)?"
    r"(?:парти\w+|эшелон\w*)\s+)(?:[^\W\d_][\w-]*\s+){0,3}[«\"“]?$")


def batch_part_count(d: Doc, sent: Sent, m) -> Optional[float]:
    """The count of "the first N of a new batch of X" on the system X, else None."""
    hit = BATCH_PART.search(d.text, max(sent.start, m.start - 120), m.start)
    if hit is None:
        return None
    at = hit.start("n") if hit.group("n") else hit.start("n2")
    tok = next((t for t in sent.toks if t.start == at), None)
    return number_value(d, tok) if tok is not None and tok.low not in ("a", "an") else None


# --- the count that is the verb's subject ---------------------------------------------------------------------------
#
#   "..., the last four of which arrived in November 2017"          4 (a part of what the sentence named)
#   "..., пять из которых ВВС получили в прошлом году"               5
#   "Su-30SM2 fighters: the first two landed at Baranovichi"         2
#   "All four come from Russian army stocks"                         4
#   "the first four aircraft are due in 2019"                        4
# Not a count: a year ("in 2019 two"), a number of something else ("two countries signed"), an ordinal alone ("the
# second arrived": one unit, read elsewhere), a count with a system of its own between it and the verb.
SUBJECT_EN = re.compile(
    r"(?i)(?:^[«\"“]?|[,;:–—]\s*|\b(?:and|but|while)\s+)(?:(?:the|all|its|their)\s+)?(?:(?:first|last|remaining|other|final|"
    r"next|latest)\s+)?(?P<n>[\w-]+)(?:\s+of\s+(?:which|them|these|those))?(?:\s+(?P<u>[a-z][\w-]*))?"
    r"\s+(?:(?:have|has|had|were|was|are|is|be|been|will|would|should|could|must|already|finally|then|also|now|all)\s+)"
    r"{0,3}$")
SUBJECT_RU = re.compile(
    r"(?i)(?:^[«\"“]?|[,;:–—]\s*|(?<!\w)(?:и|а|но)\s+)(?:(?:все|первые|последние|оставшиеся|остальные|следующие)\s+)?"
    r"(?P<n>[\w-]+)(?:\s+из\s+(?:которых|них)(?:\s+[\w-]+)?|(?:\s+(?P<u>[а-яё][\w-]*))?)"
    r"(?:\s+(?:уже|также|тоже|затем))?\s*$")


# a verb the text negates: "поставлены не будут", "не поступят", "will not be delivered", "were never handed over"
NEGATED_BEFORE = re.compile(r"(?i)(?:(?<!\w)(?:не|так\s+и\s+не|никогда\s+не)|\b(?:not|never|n't)(?:\s+(?:be|been|yet))?)\s*$")
NEGATED_AFTER = re.compile(r"(?i)\s*(?:не\s+(?:будут|будет|были|был|была|было)|so\s+far\s+not)(?!\w)")


def negated_cue(d: Doc, sent: Sent, cue: Cue) -> bool:
    """Does the text negate the verb at ``cue`` ("еще четыре поставлены не будут", "the rest will not be delivered")?"""
    return bool(NEGATED_BEFORE.search(d.text, max(sent.start, cue.start - 20), cue.start)
                or NEGATED_AFTER.match(d.text, cue.stop, sent.stop))


def subject_count(d: Doc, sent: Sent, clause: Clause, cue: Cue, after: int) -> Optional[tuple]:
    """(count, unit or None) of a bare count phrase that is the subject right before ``cue`` and starts at or after
    ``after`` (past the system's own mention), else None. Not a count: the subject of a negated verb ("еще четыре,
    уточнил он, поставлены не будут": those four are not moved), receiving units ("три бригады получат их")."""
    if negated_cue(d, sent, cue):
        return None
    end = cue.start
    aside = _aside_before(d, max(sent.start, after), cue.start)
    if aside is not None:
        # "первые четыре машины, по словам командования, прибудут", "the first five jets, according to the command,
        # will arrive": the subject stands before the aside
        end = aside
    lo = max(sent.start, after, end - 70)
    # ("^" of a pattern searched from a position matches only at the text's start: the sentence's start is given as
    # a string of its own, so "The first six machines will be delivered" opens the subject; "\0" keeps any other
    # start from passing for one)
    seg = d.text[lo:end] if lo == sent.start else "\0" + d.text[lo:end]
    shift = lo - (len(seg) - (end - lo))
    if aside is not None:
        seg += " "  # (the aside's place: the subject pattern ends on the space before the verb)
    hit = (SUBJECT_RU if d.ru else SUBJECT_EN).search(seg)
    if hit is None or hit.start("n") + shift < after:
        return None
    n_at, u_at = hit.start("n") + shift, (hit.start("u") + shift if hit.group("u") else None)
    tok = next((t for t in sent.toks if t.start == n_at), None)
    if tok is None or tok.low in ("a", "an", "one", "single") or d.in_frame(sent, tok.start):
        return None
    val = number_value(d, tok)
    if val is None or not val.is_integer() or val <= 1:
        return None
    if in_timex(d, sent, tok):
        return None
    unit = None
    if u_at is not None:
        word = next((t for t in sent.toks if t.start == u_at), None)
        unit = unit_of(word) if word is not None else None
        if unit is None and not (word is not None and _generic_noun(d, word)):
            return None  # "two countries signed": a count of something else ("the first six machines": a count)
        if unit in DESTINATION_UNITS and cue.side == "receive":
            return None  # "три бригады, сообщил министр, получат их": the units that receive, not what they get
    return val, unit


def _aside_before(d: Doc, lo: int, at: int) -> Optional[int]:
    """Where an aside set off by commas ("по словам командования", "he said", "согласно контракту") starts when it
    ends right before ``at`` (only the verb's auxiliaries between), else None."""
    from bellink.ingest.events.deliveries.anaphora import ASIDE, VERB_CHAIN

    if "," not in d.text[max(lo, at - 90):at]:
        return None
    last = None
    for last in ASIDE.finditer(d.text, max(lo, at - 90), at):
        pass
    if last is None or any(w.lower() not in VERB_CHAIN for w in re.findall(r"\w+", d.text[last.end():at])):
        return None
    return last.start()


def _generic_noun(d: Doc, t) -> bool:
    """A noun that stands for a system named before ("machines", "машины"): its count counts the system."""
    if d.ru:
        return any(t.keys & keys for keys, _ in GENERIC_RU)
    return any(rx.search(t.low) for rx, _ in GENERIC_EN)


# "вторая партия «Тор-М2К» за год: первую – две батареи – армия получила в марте", "the first – two batteries – arrived
# in March": a count set off by dashes between the system and the verb counts what the verb moved
DASHED = re.compile(r"(?i)\s[–—]\s+(?:(?:не\s+менее|около|at\s+least|about)\s+)?(?P<n>[\w-]+)\s+(?P<u>[^\W\d_]+)\s+[–—]\s")


def dashed_count(d: Doc, sent: Sent, lo: int, cue: Cue) -> Optional[tuple]:
    """(count, unit) of the last dash-set count between ``lo`` and ``cue``, else None."""
    hits = list(DASHED.finditer(d.text, max(lo, cue.start - 120), cue.start))
    if not hits:
        return None
    hit = hits[-1]
    if any(m.type == "weapon_system" and hit.end() <= m.start < cue.start for m in sent.mentions):
        return None  # another system between the count and the verb
    num = next((t for t in sent.toks if t.start == hit.start("n")), None)
    word = next((t for t in sent.toks if t.start == hit.start("u")), None)
    if num is None or word is None or num.low in ("a", "an"):
        return None
    val, unit = number_value(d, num), unit_of(word)
    if val is None or unit is None:
        return None
    return val, unit


# "первый из четырех, закупленных Белоруссией", "the first of eight under a contract signed in 2020": the whole a part
# belongs to, named right before the purchase that is the whole's
WHOLE_BEFORE = re.compile(r"(?i)(?:^|\s)(?:of|из)\s+(?P<n>[\w-]+)(?:\s+(?:[^\W\d_][\w-]*))?\s*,?\s*"
                          r"(?:under\s+(?:a|an|the|its)\s+|(?<!\w)по\s+)?$")


# --- the count of the noun an order's participle qualifies ------------------------------------------------------
#
#   "They are the last four of the twelve ordered in 2016."                      ordered: 12
#   "... the second third of a dozen ordered under a contract signed in 2017"    ordered: 12
#   "The six aircraft, ordered in November 2017, will be handed over in June."   ordered: 6
#   "Из десяти машин, законтрактованных в 2016 году, армия получила восемь."     ordered: 10
# The participle names the order of the whole its noun counts; the count the clause's verb moves is the part's (the
# part's own row). Not a count: a year, one ("the first of them ordered"), a number of something else ("of two
# countries").
WHOLE_OF = re.compile(r"(?i)(?:^|\s)(?:of|из)\s+(?:the\s+|a\s+)?(?P<n>[\w-]+)(?:\s+(?P<u>[^\W\d_][\w-]*))?\s*,?\s*$")
HEAD_SUBJECT = re.compile(r"(?i)(?:^|[:;–—]\s*)[«\"“]?(?:the|these|those|all|все|эти)?\s*(?P<n>[\w-]+)\s+"
                          r"(?:[^\W\d_][\w-]*\s+)?(?P<u>[^\W\d_][\w-]*)\s*,\s*$")


def participle_whole(d: Doc, sent: Sent, cue: Cue) -> Optional[tuple]:
    """(count, unit or None) of the noun phrase an order's participle right after it qualifies, else None."""
    lo = max(sent.start, cue.start - 50)
    seg = d.text[lo:cue.start] if lo == sent.start else "\0" + d.text[lo:cue.start]
    shift = lo - (len(seg) - (cue.start - lo))
    for rx in (WHOLE_OF, HEAD_SUBJECT):
        hit = rx.search(seg)
        if hit is None:
            continue
        tok = next((t for t in sent.toks if t.start == hit.start("n") + shift), None)
        if tok is None or tok.low in ("a", "an", "one", "them", "which", "них", "которых"):
            return None
        if in_timex(d, sent, tok):
            return None
        val = number_value(d, tok)
        if val is None or val <= 1 or not val.is_integer():
            return None
        unit = None
        if hit.group("u"):
            word = next((t for t in sent.toks if t.start == hit.start("u") + shift), None)
            if word is None:
                return None
            unit = unit_of(word)
            if unit is None and not _generic_noun(d, word):
                return None  # "of two countries": a count of something else
        return val, unit
    return None


def order_wholes(d: Doc, drafts: list) -> None:
    """An ordered row read off a participle takes the count of the noun phrase it qualifies (see above)."""
    for dr in drafts:
        if dr.kind != "delivery" or dr.status != "ordered" or dr.cue is None or dr.cue.stage != "ordered":
            continue
        if not dr.cue.text[-2:].lower() in ("ed", "ых", "ые", "ий", "ая", "ую", "ой") and \
                not dr.cue.text.lower().endswith(("bought", "purchased")):
            continue  # a participle: "ordered", "bought", "заказанных", "законтрактованные"
        if dr.quantity is not None and not dr.details.get("system_from_context") and \
                dr.details.get("quantity_from") != "antecedent":
            continue  # "Из 30 машин, заказанных в 2017 году, 12 – истребители Су-30СМ": the system's own count
        if len({m.key for m in dr.sent.mentions if m.type == "weapon_system"}) > 1:
            continue  # "Of the twelve aircraft ordered in 2016, eight Mi-8MTV-5 and four Yak-130 ...": a mixed whole
        got = participle_whole(d, dr.sent, dr.cue)
        if got is None or got[0] == dr.quantity:
            continue
        dr.quantity, dr.approx = got[0], False
        dr.unit = got[1] or (dr.unit if dr.details.get("quantity_from") is None else None)
        dr.details["quantity_from"] = "participle_whole"


def whole_before(d: Doc, sent: Sent, at: int) -> Optional[float]:
    """The count N of "of N" / "из N" (with one noun at most) ending right before ``at``, when it is a number over one,
    else None."""
    hit = WHOLE_BEFORE.search(d.text, max(sent.start, at - 45), at)
    if hit is None:
        return None
    tok = next((t for t in sent.toks if t.start == hit.start("n")), None)
    if tok is None or tok.low in ("a", "an", "the", "them", "which", "них", "которых"):
        return None
    val = number_value(d, tok)
    return val if val is not None and val > 1 and val.is_integer() else None


# --- a brigade or regiment the systems go to -----------------------------------------------------------------
#
#   "доставлены в одну из радиотехнических бригад"        no count (the stations go to a brigade)
#   "На вооружении бригады – комплексы С-300ПС"            no count (the brigade's arms)
#   "delivered the Tor-M2K systems to one of the brigades" no count
# Not this: "a new brigade of Iskander-M systems" (a brigade of the system: one), "a brigade set" (one set).
DESTINATION_UNITS = frozenset({"brigades", "regiments"})
DESTINATION_BEFORE = re.compile(
    r"(?i)(?:\b(?:to|into|at|for|from|of|with|in|within|by)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?"
    r"(?:one\s+of\s+(?:the\s+|its\s+|their\s+)?)?|"
    r"(?<!\w)(?:в|во|на|из|для|к|при|у)\s+(?:одн\w+\s+из\s+)?|"
    r"(?<!\w)(?:вооружении|составе|распоряжение|распоряжении)\s+)(?:[\w-]+\s+){0,2}$")


def destination_formations(d: Doc, drafts: list) -> None:
    """A count of one brigade or regiment that is where the systems go or whose arms they are is no count (above)."""
    for dr in drafts:
        if dr.kind != "delivery" or dr.unit not in DESTINATION_UNITS or dr.quantity != 1.0:
            continue
        sent = dr.sent
        nouns = [t for t in d.toks_in(sent, sent.start, sent.stop) if unit_of(t) == dr.unit]
        if nouns and all(DESTINATION_BEFORE.search(d.text, max(sent.start, t.start - 45), t.start) for t in nouns):
            dr.quantity, dr.unit, dr.approx = None, None, False
            dr.details["quantity_dropped"] = "destination"



def units_by_kind(d: Doc, drafts: list) -> None:
    """A count told with a word for any machine takes the unit of the system's kind: "четыре машины Су-30СМ" are four
    aircraft, "шесть машин" of Mi-8MTV-5 six helicopters (kind_units.tsv), not vehicles."""
    for dr in drafts:
        if dr.kind != "delivery" or not dr.unit or not dr.roles.get("system"):
            continue
        unit = KIND_UNITS.get((d.category(dr.roles["system"][0]), dr.unit))
        if unit:
            dr.unit = unit
