"""Equipment moved out of one country's depots into another's, as monitoring groups report it.

    "At least 35 armoured vehicles were moved from Belarusian storage bases to Russia during March,
     including 20 BMP-2"                                  Belarus -> Russia, BMP-2, 20, March
    "About 40 Ural trucks have left Belarusian storage bases for Russia"        Belarus -> Russia
    "The shipments included no fewer than 20 BMP-2"       the movement of the sentence before, its period
    "В январе с белорусских баз хранения в Россию было отправлено около 40 танков Т-72А"
    "Эшелон с 12 танками проследовал в сторону российской границы"   the one system counted in tanks
    "Belarus sent at least 40 Grad launchers from storage to Russia in April"   "sent" out of stock
    "The last train, with 16 launchers, passed Orsha heading for the Russian border"  the one system moved
                                                     that launchers count (Grad, not the tanks)
Not a movement: one with no destination country ("the convoy left the base"), one whose source and
destination are the same country, systems "sent" somewhere with no stock they come out of and no earlier
movement in the article (a deployment's word: "Russia sent two S-400 divisions to Belarus"), forces sent to
an exercise, an owner's systems ("Russian Iskander-M were moved to Belarus": the adjective is the owner).

A movement names its destination with to/for/into or в + accusative (or "в сторону <adj> границы"), its
source with from/с/из, a country adjective on the depots ("Belarusian storage bases") or a subject; a
sentence that only says what the shipments held takes the movement read in one of the two sentences
before (direction and date, ``details['direction_from_context']``). Each is a delivered transfer, the
rule ``deliveries.outflow``. Lexicon: ``movement_cues.tsv``.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Optional
import re

from bellink.ingest.docgate import may
from bellink.ingest.events.dates import event_date
from bellink.ingest.time import dating
from bellink.ingest.events.exercises import exercise_context
from bellink.ingest.events.deliveries.anaphora import UNIT_CATEGORIES, count_anaphor
from bellink.ingest.events.deliveries.guards import OWN_DUTY, mounted, none_of, replaced, supplier_forces, supplier_formation_placed, taken_along
from bellink.ingest.events.deliveries.quantities import system_quantity
from bellink.ingest.events.deliveries.stages import halted_later
from bellink.ingest.events.document import Clause, Cue, Draft
from bellink.ingest.events.lexicons import (
    CARGO_EN, CARGO_RU, MOVE_EN, MOVE_PURPOSE_EN, MOVE_PURPOSE_RU, MOVE_RU, NOT_GOODS_WORDS_EN, PREPARE_EN, PREPARE_RU, RU_TRANSFER, SEND_EN,
    SHARE_EN, SHARE_RU, STOCK_EN, STOCK_RU,
)
from bellink.ingest.events.lexicons import APPROX_EN, APPROX_RU, CARRY_EN, CARRY_RU, COUNT_EN, COUNT_RU, METONYMS, MONITOR_EN, \
    TRAIN_EN, TRAIN_RU
from bellink.ingest.events.negation import conditioned, halted, negated
from bellink.ingest.events.words import verb_info
from bellink.names import fold as _fold
from bellink.ingest.events.numbers import number_before, number_value, unit_after, unit_of

if TYPE_CHECKING:
    from bellink.ingest.events.document import Doc, Sent

TRANSFER_RU = frozenset(RU_TRANSFER)
TOWARD_BORDER_RU = re.compile(r"(?i)в\s+сторону\s+$")
BORDER_AFTER_RU = re.compile(r"(?i)^\s*границ")
DEST_DATIVE_RU = re.compile(r"(?i)^\s*(?:заказчик|покупател|получател|сторон)\w*")
TOWARD_BORDER_EN = re.compile(r"(?i)\b(?:for|to|toward|towards)\s+the\s+$")
BORDER_AFTER_EN = re.compile(r"(?i)^\s*border\b")


def _blocked(d: Doc, sent: Sent) -> bool:
    if d.ru:
        return not sent.keyset.isdisjoint(MOVE_PURPOSE_RU) and any(t.keys & MOVE_PURPOSE_RU for t in sent.toks)
    return may(MOVE_PURPOSE_EN, d.text, sent.start, sent.stop) and MOVE_PURPOSE_EN.search(sent.low) is not None


def _cue(d: Doc, sent: Sent, memory: dict) -> Optional[Cue]:
    cue = _move_cue(d, sent, memory)
    if cue is not None:
        return cue
    cue = _count_cue(d, sent, memory)
    if cue is not None:
        return cue
    prep = (PREPARE_RU if d.ru else PREPARE_EN).search(sent.low) if ("готов" in sent.low if d.ru else (
        "prepar" in sent.low or "read" in sent.low)) else None
    if prep and not d.in_frame(sent, sent.start + prep.start()) and not OWN_DUTY.search(d.text, sent.start, sent.stop) \
            and (_stock(d, sent) or memory.get("last") or not d.ru and _monitor_report(d, sent)):
        # (as for "sent": only equipment out of stock, or more of a movement told before; "Russia is preparing to send
        # two S-400 divisions to Belarus" alone is a deployment announced)
        # (never systems made ready to guard or patrol where they go, "to protect the border", "для охраны границ":
        # the sender's forces deployed, guards.OWN_DUTY)
        # "are preparing to send 30 more T-72A tanks to Russia", "готовят к отправке": a planned movement (only
        # when nothing in the sentence moved already: "sent 20 ... and is preparing to send 30 more" is the general
        # reading's, which gives each conjunct its own stage)
        s = sent.start + prep.start()
        return Cue(s, sent.start + prep.end(), d.text[s:sent.start + prep.end()], "planned", "theme", d.tok_at(sent, s))
    return None


def _move_cue(d: Doc, sent: Sent, memory: dict) -> Optional[Cue]:
    if d.ru:
        ready = [(sent.start + m.start(), sent.start + m.end()) for m in PREPARE_RU.finditer(sent.low)] \
            if "готов" in sent.low else []
        for t in (sent.toks if not sent.keyset.isdisjoint(MOVE_RU) else ()):
            if t.cyr and t.keys & MOVE_RU and not d.in_frame(sent, t.start) and not t.low.startswith("следующ") \
                    and not any(a <= t.start < b for a, b in ready):
                # ("в следующем месяце": the adjective "next", never the verb "следовать"; "готовят к отправке": made
                # ready, the planned movement read below)
                if t.keys & REDEPLOY_RU and not (_stock(d, sent) or memory.get("last") or MONITOR_RU.search(sent.low)):
                    continue  # "Россия перебросила в Беларусь два дивизиона С-400": forces redeployed, as "sent" alone
                    # is in English; out of storage, or in a report of movements, it moves equipment
                # "Беларусь отправит в Россию 30 танков в следующем месяце", "будут отправлены": still to come, planned
                later = verb_info(t.text)[1] == "futr" or any(
                    u.low in ("будет", "будут") for u in sent.toks[max(0, t.i - 2):t.i])
                return Cue(t.start, t.stop, t.text, "planned" if later else "delivered", "theme", t.i)
        return _carry_cue(d, sent)
    for m in (MOVE_EN.finditer(sent.low) if may(MOVE_EN, d.text, sent.start, sent.stop) else ()):
        s = sent.start + m.start()
        if NOT_GOODS_SUBJECT_EN.search(sent.low, max(0, m.start() - 40), m.start()):
            continue
        if not d.in_frame(sent, s):
            return Cue(s, sent.start + m.end(), d.text[s:sent.start + m.end()], "delivered", "theme", d.tok_at(sent, s))
    if may(SEND_EN, d.text) and SEND_EN.search(sent.low) and (STOCK_EN.search(sent.low) or memory.get("last") or _monitor_report(d, sent)
                                     or _maker_before(d, sent, SEND_EN.search(sent.low).start())):
        # "Belarus sent 40 Grad launchers from storage to Russia", or "sent" in an article that already reported
        # a movement: equipment out of stock, not forces deployed (the destination is checked by the caller)
        for m in SEND_EN.finditer(sent.low):
            s = sent.start + m.start()
            if not d.in_frame(sent, s):
                return Cue(s, sent.start + m.end(), d.text[s:sent.start + m.end()], "delivered", "theme",
                           d.tok_at(sent, s))
    return _carry_cue(d, sent)


def _draft_clause(d: Doc, sent: Sent, cue: Cue):
    """The clause a movement is dated and read in: the cue's, reaching back to the train that carries the load
    ("The largest train, spotted at Asipovichy on 17 February, carried 14 of them": the train's date)."""
    clause = d.clause_of(sent, cue.start)
    if cue.side != "carry":
        return clause
    return Clause(clause.start, d.clause_of(sent, cue.stop - 1).stop)


def _count_cue(d: Doc, sent: Sent, memory: dict) -> Optional[Cue]:
    """"In January the group had counted 26 T-72As moving east by rail", "мониторы насчитали еще 30 танков": a monitor's
    count right after a movement the report told (within three sentences) is more of it; alone it moves nothing."""
    last = memory.get("last")
    if not last or sent.index - last[0] > 3:
        return None
    if d.ru:
        hits = [(t.start, t.stop) for t in sent.toks if t.cyr and t.keys & COUNT_RU] \
            if not sent.keyset.isdisjoint(COUNT_RU) else []
    else:
        hits = [(sent.start + m.start(), sent.start + m.end()) for m in COUNT_EN.finditer(sent.low)]
    if hits and not ON_THE_MOVE.search(sent.low):
        return None  # "counted 20 tanks at the base": what stands there has not moved
    for s, e in hits:
        if not d.in_frame(sent, s):
            return Cue(s, e, d.text[s:e], "delivered", "theme", d.tok_at(sent, s))
    return None


# what a counted load is on or doing when it moves: trains, flatcars, "moving east", "bound for", "ушедших на восток"
ON_THE_MOVE = re.compile(r"\b(?:moving|moved|bound|heading|headed|east|eastward|flatcars?|platforms?|trains?|echelons?|"
                         r"rail|shipped|sent|leaving|left)\b|(?<!\w)(?:ушедш\w*|уходящ\w*|ушл\w*|на\s+восток|"
                         r"в\s+сторону|платформ\w*|эшелон\w*|состав\w*|железн\w+|отправлен\w*|вывезен\w*|"
                         r"переданн\w*)")


def _carry_cue(d: Doc, sent: Sent) -> Optional[Cue]:
    """"Another echelon took 12 BMP-2 from Baranovichi towards Russia", "эшелон увез 14 танков в Россию": a carrying
    verb whose subject is a train of a report (a train word before it in its clause) moves what it carries."""
    if d.ru:
        if sent.keyset.isdisjoint(CARRY_RU):
            return None
        hits = [(t.start, t.stop) for t in sent.toks if t.cyr and t.keys & CARRY_RU]
    else:
        hits = [(sent.start + m.start(), sent.start + m.end()) for m in (CARRY_EN.finditer(sent.low) if may(CARRY_EN, d.text, sent.start, sent.stop) else ())]
    for s, e in hits:
        if d.in_frame(sent, s):
            continue
        clause = d.clause_of(sent, s)
        # (one train: "the trains carried no fewer than 25 BTR-80" tells what the shipments held, read with the
        # movement before and its period)
        trains = [t for t in d.toks_in(sent, sent.start, s) if _train(d, t)
                  and (t.low in ("эшелон", "состав") if d.ru else not t.low.endswith("s"))]
        if trains and (trains[-1].start >= clause.start or not re.search(r"[.;:]", d.text[trains[-1].stop:s])):
            # (the cue runs from the train to the verb: the train's own time, "spotted on 17 February", is the load's)
            t = trains[-1]
            return Cue(t.start, e, d.text[t.start:e], "delivered", "carry", d.tok_at(sent, s))
    return None


# the verb of forces redeployed ("перебросить", "передислоцировать"): a transfer of equipment only out of storage or in
# a monitor's report of movements
REDEPLOY_RU = frozenset(_fold(w) for w in ("перебросить", "перебрасывать", "передислоцировать"))
MONITOR_RU = re.compile(r"мониторинг|гаюн|hajun|назіральнік|наблюдател|железнодорожник|телеграм")


PERSONNEL_EN = re.compile(r"\b(?:troops|servicemen|soldiers|personnel(?!\s+carriers?)|paratroopers|contingent|crews)\b")


def _train(d: Doc, t) -> bool:
    """A train of a monitoring report ("the longest train ... carried 15 tanks"), not any cargo word."""
    return bool(t.keys & TRAIN_RU) if d.ru else bool(TRAIN_EN.fullmatch(t.low))


def _monitor_report(d: Doc, sent: Sent) -> bool:
    """The sentence or the article's opening (headline, lead) cites a monitoring group: "sent" there moves equipment
    ("Belarus has sent 30 BTR-80 to Russia since June, the monitors said"), as a monitor reports it."""
    if PERSONNEL_EN.search(sent.low):
        return False  # "sent 300 troops": forces, a deployment
    if MONITOR_EN.search(sent.low):
        return True
    opening = d.cue_cache.get("monitor_opening")  # the headline and lead, searched once an article
    if opening is None:
        opening = d.cue_cache["monitor_opening"] = any(MONITOR_EN.search(s.low) for s in d.sents[:3])
    return opening


def _systems(d: Doc, sent: Sent) -> list:
    """The systems the sentence names outside a reporting frame, and outside a relative clause after another."""
    ms = [m for m in sent.mentions if m.type == "weapon_system" and not d.in_frame(sent, m.start)
          and not mounted(d, sent, m) and not replaced(d, sent, m)]  # "chassis for the Iskander-M launcher": what the
    # chassis carries; "instead of Pantsir-SM batteries, Moscow shipped ...": the one set aside
    return [m for m in ms if not any(o.stop <= m.start and RELATIVE_OPENER.search(d.text, o.stop, m.start) for o in ms)]


# what a ministry is sent that is no equipment: a request, a letter, a proposal, a delegation
PAPERS_RU = re.compile(r"(?i)(?<!\w)(?:запрос|просьб|заявк|письм|предложени|обращени|нот[уы]\b|делегаци|приглашени|"
                       r"документ|проект)\w*")
# a relative clause after the moved system: "45 шасси МЗКТ-7930, на которых базируются комплексы «Искандер-М»", "chassis,
# which carry the Iskander-M": the systems it names are not what moved
RELATIVE_OPENER = re.compile(r"(?i),\s*(?:(?:на|в|для|с|из|под)\s+)?(?:котор\w+|which|that|where|где)\b")


# "пересек границу с Россией": crossing the border with a country
BORDER_WITH_RU = re.compile(r"(?i)(?<!\w)пересе\w*\s+(?:[\w-]+\s+){0,2}?границу\s+с\s*$")


RUSSIA_RU = re.compile(r"(?i)(?:росси|рф\b)")

# "РФ", "РБ", "США": a country's abbreviation, the same in every case
ABBREVIATION = re.compile(r"[А-ЯЁA-Z]{2,4}")
IN_BEFORE_RU = re.compile(r"(?i)(?<!\w)(?:в|во)\s+$")


# "left Belarus for Russia", "leaving Belarus": the country the departure verb takes as its object is the source
LEFT_BEFORE_EN = re.compile(r"(?i)\b(?:left|leaves|leave|leaving|departed|exited)\s+$")


def _sides(d: Doc, sent: Sent, cue: Cue) -> tuple:
    """(source, destination) countries of the movement, either None when the sentence does not say."""
    dest = src = None
    # a country named before the verb is its subject only when it is the nearest ('Польша попросила США ... после
    # того, как Россия перебросила «Искандеры» в Беларусь': Russia moved them, not Poland)
    # (a capital stands for its state: "Минск подготовил к передаче российской армии ...")
    subject = max((r for r in sent.refs if r.country and (r.via == "name" or r.via == "place" and _capital(d, r))
                   and r.prep is None and r.start < cue.start
                   and not r.paren and not d.in_frame(sent, r.start, r.stop)), key=lambda r: r.start, default=None)
    for r in sent.refs:
        if r.country is None or d.in_frame(sent, r.start, r.stop) or r.paren:
            continue
        before = d.text[sent.start:r.start]
        after = d.text[r.stop:r.stop + 20]
        to = r.prep in ("to", "for") and r.via != "adj" or (
            d.ru and r.via == "adj" and (BORDER_AFTER_RU.match(after) and TOWARD_BORDER_RU.search(before)
                                         or "datv" in r.cases and DEST_DATIVE_RU.match(after)))
        if not d.ru and re.search(r"\binto\s*$", before.lower()):
            to = True
        if d.ru and r.prep == "in" and r.via == "name" and ABBREVIATION.fullmatch(d.text[r.start:r.stop]) \
                and IN_BEFORE_RU.search(before) and _next_to(d, sent, r, cue):
            to = True  # "в РФ ушли два эшелона", "ушли в РФ": an indeclinable abbreviation after "в" next to the movement
            # verb is where the load goes (its case cannot tell "в Россию" from "в России"; "с базы в РБ" is not)
        if d.ru and r.via == "org" and r.prep is None and "datv" in r.cases and r.start > cue.start and not r.weapon \
                and not PAPERS_RU.search(d.text, cue.stop, sent.stop):
            to = True  # "МЗКТ отправил российскому Минобороны 45 шасси": the ministry the verb ships to, as "to" is
            # (never a request or a letter sent: "отправило российскому Минобороны запрос о поставке С-400")

        if not d.ru and r.via == "org" and r.prep is None and not r.weapon and cue.stop <= r.start and \
                SEND_EN.fullmatch(cue.text.lower()) and INDIRECT_OBJECT_EN.fullmatch(d.text[cue.stop:r.start]):
            to = True  # "MZKT sent the Russian Defence Ministry 45 chassis": the customer the verb ships to
        if d.ru and r.prep == "with" and r.start > cue.start and BORDER_WITH_RU.search(before) and \
                RUSSIA_RU.match(d.text, r.start):
            # "поезд с 15 БТР-80 пересек границу с Россией": the border crossed is the destination's; a Russian
            # echelon that crossed the border with Belarus is forces moving in, not stock leaving (Russia only)
            to = True
        if not d.ru and r.via == "adj" and BORDER_AFTER_EN.match(after) and TOWARD_BORDER_EN.search(before):
            to = True  # "heading for the Russian border"
        if to and dest is None:
            dest = r.country
        elif (r.prep in ("from", "with") or r.via in ("adj", "org") and r.prep != "in" or
              (r.via == "name" and r.prep is None and r.start < cue.start and r is subject) or
              (not d.ru and r.prep is None and LEFT_BEFORE_EN.search(before))) and not r.weapon:
            # an adjective on the system itself is its owner or maker ("Russian Iskander-M"), not a source
            src = src or r.country
    if src == dest:
        src = None
    return src, dest


# what stands between "sent" and its indirect object: "sent the Russian Defence Ministry", "sent Russia's"
INDIRECT_OBJECT_EN = re.compile(r"(?i)\s+(?:the\s+)?(?:russian\s+|belarusian\s+)?")


# what a plant "sends" that is not its goods: people and papers ("MZKT sent engineers to Russia to service 12
# chassis", "has sent its proposals for 20 chassis to the ministry", "sent a delegation")
NOT_GOODS_EN = re.compile(r"\s+(?:(?:its|their|a|an|the|some|several|two|three|four|five|\d+)\s+)?(?:own\s+)?(?:"
                          + NOT_GOODS_WORDS_EN + r")\b")
# "the money went to the Sukhois": what the movement verb tells of, right before it, is no equipment
NOT_GOODS_SUBJECT_EN = re.compile(r"\b(?:" + NOT_GOODS_WORDS_EN + r")\s+(?:(?:had|has|have|was|were|then|also|all|mostly)\s+)?$")


def _maker_before(d: Doc, sent: Sent, pos: int) -> bool:
    """A manufacturer (kb kind=manufacturer) is named before ``pos`` in the sentence and what it sent is goods:
    "Peleng has sent 30 Sosna-U sights to Uralvagonzavod" is a plant shipping its goods, a sale, not forces sent
    somewhere; "MZKT sent engineers to Russia to service 12 chassis" is no shipment (NOT_GOODS_EN)."""
    verb = SEND_EN.search(sent.low, pos)
    if verb is not None and NOT_GOODS_EN.match(sent.low, verb.end()):
        return False
    for m in sent.mentions:
        if m.type == "organization" and m.start < sent.start + pos and m.key:
            ent = d.entity(m.key)
            if ent is not None and ent.attrs.get("kind") == "manufacturer":
                return True
    return False


# the generic nouns a count after a colon may use for the one system moved ("ушли 20 машин", "20 единиц")
GENERIC_PIECES = frozenset({"vehicles", "units"})


def _count_after_colon(d: Doc, sent: Sent, m) -> Optional[tuple]:
    """(count, unit) the clause after a colon gives the one system moved: "Ural trucks were also sent to Russia: 20 of
    them left by rail on 12 April", "В Россию отправились и грузовики «Урал»: 12 апреля ушли 20 машин"."""
    colon = d.text.find(":", m.stop, sent.stop)
    if colon < 0 or any(o.type == "weapon_system" and o.start > colon for o in sent.mentions):
        return None
    if not d.ru:
        # (the sentence's own lowercased text, offsets from its start: never the whole document's)
        part = OF_THEM_EN.search(sent.low, colon - sent.start)
        if part is None:
            return None
        n = number_value(d, sent.toks[d.tok_at(sent, sent.start + part.start())])
        return (n, None) if n is not None else None
    for t in d.toks_in(sent, colon, sent.stop):
        u = unit_of(t)
        if u and (u in GENERIC_PIECES or d.category(m.key) in UNIT_CATEGORIES.get(u, ())):
            got = number_before(d, sent, t.start, limit=2)
            if got is not None and got[0] is not None:
                return got[0], u
    return None


def _next_to(d: Doc, sent: Sent, r, cue: Cue) -> bool:
    """The reference stands next to the cue: at most one word between them before it (and no such reference right
    after it: "с базы в РБ ушли в РФ"), four after it."""
    if r.stop <= cue.start:
        return len(d.text[r.stop:cue.start].split()) <= 1 and not any(
            o.start >= cue.stop and o.country and _next_to(d, sent, o, cue) for o in sent.refs)
    return r.start >= cue.stop and len(d.text[cue.stop:r.start].split()) <= 4


def _capital(d: Doc, r) -> bool:
    """Is the place reference a capital standing for its state ("Минск", "Moscow")?"""
    return r.entity in METONYMS


def _stock(d: Doc, sent: Sent) -> bool:
    if d.ru:
        return any(t.cyr and t.keys & STOCK_RU for t in sent.toks)
    return bool(STOCK_EN.search(sent.low))


def _source_elsewhere(d: Doc, sent: Sent, dest: str) -> tuple:
    """(source country, how) of a movement whose sentence names no source: a place of the sentence in another
    country ("spotted in Orsha"), the country the equipment was stored in ("out of storage in Belarus"), else
    the one other country the two sentences before (or the headline) speak of; (None, None) when unclear."""
    for m in sent.mentions:
        if m.type == "place" and not d.in_frame(sent, m.start):
            c = d.country_of(m.key)
            if c and c != dest:
                return c, "place"
    if _stock(d, sent):
        for r in sent.refs:
            if r.country and r.country != dest and r.prep == "in" and not d.in_frame(sent, r.start):
                return r.country, "storage"
    before = [s for s in d.sents[max(0, sent.index - 2):sent.index]]
    if sent.index > 2 and d.sents:
        before.insert(0, d.sents[0])
    others = {r.country for s in before for r in s.refs if r.country and r.country != dest}
    if len(others) == 1:
        return next(iter(others)), "context"
    return None, None


def outflows(d: Doc, sent: Sent, memory: dict) -> list:
    """Deliveries the sentence reports as equipment moved from one country to another (see the docstring).
    ``memory`` carries the last movement read (sentence index, source, destination, date draft) to the
    next sentences."""
    if exercise_context(d, sent):
        return []  # forces and equipment sent to an exercise are deployments
    if _blocked(d, sent):
        return []  # sent for repair or modernization: nothing changes hands
    before = memory.get("last")  # the movement told before this sentence
    cue = _cue(d, sent, memory)
    counting = cue is not None and bool(sent.toks[cue.tok].keys & COUNT_RU if d.ru else COUNT_EN.fullmatch(cue.text.lower()))
    from_context = False
    from_report = False
    source_note = None
    goal_of: dict = {}  # system mention -> the goal its own part of the sentence names (review 18 W6)
    if cue is not None:
        src, dest = _sides(d, sent, cue)
        if dest is None:
            # "За последнюю неделю апреля ушло еще 12 тягачей МТ-ЛБ", "A train that left Asipovichy on March 22
            # carried 12 T-72A tanks": a departure with no destination, inside a report of movements
            src, dest = _report_direction(d, sent, memory)
            if dest is None:
                return []
            from_report = True
        if src is None:
            last = memory.get("last")
            if last and sent.index - last[0] <= 2 and last[2] == dest:
                src = last[1]
            else:
                if any(r.weapon and r.country == dest for r in sent.refs):
                    return []  # "шесть российских Су-27СМ3 ... вернулись в Россию": the owner's aircraft going home
                src, how = _source_elsewhere(d, sent, dest)
                if src is None:
                    return []
                source_note = how
        if src == dest or negated(d, sent, d.clause_of(sent, cue.start), [cue.tok]):
            return []
        if conditioned(d, sent, d.clause_of(sent, cue.start), cue.start):
            return []  # "If Russia shipped Tor-M2K launchers to Belarus, Vilnius would protest": no movement asserted
        if taken_along(d, sent, d.clause_of(sent, cue.start)):
            return []  # "Their T-90 tanks went back to Russia with them": troops leaving with their own hardware (guards.py)
        memory["last"] = (sent.index, src, dest, sent, cue)
        own = d.clause_of(sent, cue.start)
        if not from_report and any(t.value and own.start <= t.start < own.stop for t in dating.timexes_in(d.a, sent.index)):
            memory["dated"] = (sent, cue)  # the last movement the report dated itself: its period
        systems = _systems(d, sent)
        if cue.stage == "planned":
            # what is made ready is what follows the words, in their clause
            clause = d.clause_of(sent, cue.start)
            after = [m for m in systems if cue.stop <= m.start < clause.stop]
            # "Another 30 T-72A tanks are being readied for shipment": the subject, when nothing else stands between
            before = [m for m in systems if clause.start <= m.start < cue.start
                      and not PREPARE_GAP.search(d.text[m.stop:cue.start])]
            systems = after or before[-1:]
        else:
            # "Беларусь отправила в Россию 30 Т-72А, а Россия передала Беларуси две батареи Тор-М2", "Belarus shipped
            # 30 T-72A tanks to Russia, but Russia handed two Tor-M2 batteries to Belarus": a system in another clause
            # with a transfer verb of its own is that verb's, read with its own sides, never the movement's
            own = d.clause_of(sent, cue.start)
            every = systems
            systems = [m for m in systems if not _other_transfer(d, sent, own, m) and not none_of(d, sent, cue, m)
                       and not supplier_formation_placed(d, sent, own, m, [src])
                       and not supplier_forces(d, sent, m, [src])]
            # (each system goes where its own part of the sentence sends it: review 18 W6)
            goal_of = {id(m): _own_destination(d, sent, m, every) for m in systems}
            # ("A Russian S-400 regiment deployed to Belarus went on combat duty": the supplier's own formation, guards.py)
    else:
        last = memory.get("last")
        if not last or sent.index - last[0] > 2:
            return []  # (most sentences: no movement just before, nothing to read in them)
        systems = _systems(d, sent)
        if any(r.country for r in sent.refs if not d.in_frame(sent, r.start)):
            return []
        if not systems:
            # "The longest train, photographed on 9 September, carried 15 tanks": one train of the report, its load
            # counted in the unit the report counted one system in (read below, as for a departure)
            cue = _transfer_cue(d, sent)
            if cue is None or not _train(d, sent.toks[cue.tok]) or \
                    negated(d, sent, d.clause_of(sent, cue.start), [cue.tok]):
                return []
            from_report = True
            src, dest = last[1], last[2]
        # "the shipments included ...": a transfer word and systems, no country of its own; "of those, 45 were
        # T-72A tanks": the part of the total just reported that one system makes up
        else:
            cue = _transfer_cue(d, sent)
            if cue is None:
                cue = _share_cue(d, sent)
                if cue is None:
                    return []
                shares = _share_counts(d, sent, systems)
            clause = d.clause_of(sent, cue.start)
            if halted(d, sent, clause) or halted_later(d, sent, clause) or \
                    cue.side != "share" and negated(d, sent, clause, [cue.tok]):  # "не менее 45 пришлось на": a count
                return []  # "переговоры о приобретении «Искандеров» ..., однако договориться так и не удалось"
            _, src, dest, _, _ = last
            from_context = True
    out = []
    counted = {}
    if from_context and cue.side == "share":
        counted = shares
    if not systems and not from_context and not RUNNING_TOTAL.search(sent.low):
        # (never "всего ... ушли более 300 танков разных модификаций": a running total of several systems)
        # "the latest train, carrying 24 tanks, left ...": the one system the article's movements counted in tanks
        for t in sent.toks:
            u = unit_of(t)
            got = number_before(d, sent, t.start, limit=3) if u else None
            keys = memory.get("units", {}).get(u, {})
            if not keys and u:
                # "Последний эшелон с 16 установками": no movement counted in that unit, but the article moved one
                # system family only of a kind the unit counts ("установки" -> launchers: the Grad, not the tanks)
                fits = {k: m for k, m in memory.get("moved", {}).items()
                        if d.category(k) in UNIT_CATEGORIES.get(u, ())}
                if len({d.family(k) for k in fits}) == 1:
                    keys = {next(iter(fits)): next(iter(fits.values()))}
            if got is not None and len(keys) == 1:
                m = next(iter(keys.values()))
                systems = [m]
                counted[m.key] = (got[0], got[1], u)
                break
        if not systems and not from_report and cue.side == "theme" and not RUNNING_TOTAL.search(sent.low):
            # "Первые восемь ушли в Россию в апреле, остальные 27 отправим до декабря": a bare count of the one system
            # the sentence before named (anaphora.count_anaphor, as for a transfer verb)
            found, got = count_anaphor(d, sent, d.clause_of(sent, cue.start), cue)
            if found and got is not None and got[0] is not None:
                systems = [found[0]]
                counted[found[0].key] = (got[0], False, got[1])
        if not systems and from_report:
            # "The largest train, on 17 February, carried 14 of them": a part of what the movement just told moved,
            # when that movement moved one system
            part = OF_THEM_EN.search(sent.low) if not d.ru else None
            if part and before:
                moved = {m.key: m for m in _systems(d, before[3])}
                t = sent.toks[d.tok_at(sent, sent.start + part.start())]
                n = number_value(d, t)
                if len({d.family(k) for k in moved}) == 1 and n is not None:
                    m = next(iter(moved.values()))
                    systems = [m]
                    counted[m.key] = (n, False, None)
    for m in systems:
        q, approx, unit = counted.get(m.key) or system_quantity(d, sent, m)
        if q is None and len(systems) == 1:
            q, unit = _count_after_colon(d, sent, m) or (None, unit)
        if cue.side == "share" and m.key not in counted:
            continue  # a system the share sentence gives no count of: which part it is cannot be told
        if unit:
            memory.setdefault("units", {}).setdefault(unit, {})[m.key] = m
        memory.setdefault("moved", {})[m.key] = m
        goal = goal_of.get(id(m)) if goal_of else None
        dr = Draft("delivery", sent, _draft_clause(d, sent, cue), cue,
                   {"supplier": [src], "recipient": [goal if goal not in (None, src) else dest], "system": [m.key]},
                   status=cue.stage or "delivered",
                   rule="deliveries.outflow:" + ("context" if from_context else "report" if from_report else "movement"))
        dr.quantity, dr.approx, dr.unit = q, approx, unit
        share = cue.side == "share"
        dr.span = (min(cue.start, m.start), max(cue.stop, m.stop)) if m.key not in counted or share else \
            (cue.start, cue.stop)
        if from_report:
            # the direction is the report's: the sentence itself names no destination
            dr.details["direction_from_context"] = True
            dr.confidence = min(dr.confidence or 1.0, 0.6)
            dated = memory.get("dated")
            if counting and dated and sent.index - dated[0].index <= 3 and \
                    not any(t.value for t in dating.timexes_in(d.a, sent.index)):
                # "The monitors also counted a dozen MT-LB": more of the movement told before, in its period
                msent, mcue = dated
                dr.date, how = event_date(d, msent, d.clause_of(msent, mcue.start), mcue.start, False)
                if how:
                    dr.details["date_from"] = "movement"
        if m.key in counted and not share:
            dr.details["system_from_context"] = m.text
            dr.confidence = 0.6
        if source_note:
            # "a train with 20 tanks was spotted in Orsha heading for Russia", "no fewer than 30 tanks left for
            # Russia during the month": the source is a place of the sentence or the country the report is about
            dr.details["source_from"] = source_note
            dr.confidence = min(dr.confidence, 0.7 if source_note != "context" else 0.6)
        if from_context:
            dr.details["direction_from_context"] = True
            dr.confidence = 0.7
            # the period the movement was reported for
            _, _, _, msent, mcue = memory["last"]
            dr.date, how = event_date(d, msent, d.clause_of(msent, mcue.start), mcue.start, False)
            if how:
                dr.details["date_from"] = "movement"
        parts = _breakdown(d, sent, m, dr)
        out.extend(parts or [dr])
        if not parts and len(systems) == 1 and dr.quantity is not None and cue.side != "share":
            # "в марте вывезли 30 танков Т-72Б, в апреле – еще 25", "30 T-72B in March and another 25 in April": the
            # same movement again with its own count and time (coordination.elided_repeats, as for a transfer verb)
            from bellink.ingest.events.deliveries.read import _repeats

            for rep in _repeats(d, sent, dr.clause, dr):
                rep.rule = dr.rule
                out.append(rep)
    return out


# the pieces of a breakdown after a colon: "...: в январе – 12, в феврале – 9, в марте – 15", "...: 12 in January,
# nine in February and 15 in March"
BREAKDOWN_CUT = re.compile(r"(?i)[,;]\s*(?:(?:and|и|а)\s+)?|\s+(?:and|и|а)\s+")


def _breakdown(d: Doc, sent: Sent, m, dr: Draft) -> list:
    """The movement's count split after a colon into parts with their own times ("отправили 36 БМП-1: в январе – 12,
    в феврале – 9, в марте – 15"): one draft per part, its count and its time, in place of the whole (the gold's
    rule: a whole split into dated parts gives the parts). The parts must add up to the whole; else []."""
    from dataclasses import replace

    from bellink.ingest.time import dating

    colon = d.text.find(":", m.stop, sent.stop)
    if colon < 0 or dr.quantity is None or re.search(r"[.;!?]", d.text[m.stop:colon]) or colon - m.stop > 100:
        return []
    if any(o.type == "weapon_system" and o.start > colon for o in sent.mentions):
        return []  # "...: 20 T-72A and 16 BMP-2": a list of systems, read as such
    end = sent.stop
    cuts = [colon + 1] + [colon + 1 + c.end() for c in BREAKDOWN_CUT.finditer(d.text[colon + 1:end])] + [end]
    times = [t for t in dating.timexes_in(d.a, sent.index) if t.start > colon and t.value]
    parts = []
    for lo, hi in zip(cuts, cuts[1:]):
        if not d.text[lo:hi].strip(" .–—-"):
            continue
        ts = [t for t in times if lo <= t.start < hi]
        nums = [t for t in d.toks_in(sent, lo, hi) if number_value(d, t) is not None
                and not any(x.start <= t.start < x.stop for x in ts)]
        if not ts and not nums:
            continue  # "..., the monitors said": no part
        if len(ts) != 1 or len(nums) != 1:
            return []
        parts.append((lo, hi, ts[0], number_value(d, nums[0])))
    if len(parts) < 2 or sum(p[3] for p in parts) != dr.quantity:
        return []
    out = []
    for lo, hi, t, n in parts:
        part = replace(dr, quantity=n, approx=False, date=dating.to_dateref(t), details=dict(dr.details),
                       span=(dr.span[0], hi))
        part.details["part_of"] = dr.quantity
        part.details["date_from"] = "own"
        out.append(part)
    return out


RUNNING_TOTAL = re.compile(r"\b(?:всего|в общей сложности|in total|in all|altogether|overall)\b|"
                           r"\b(?:разных|различных) (?:модификаций|типов|марок)|\bof (?:various|different|all) (?:types|models)")
BOUND_FOR = re.compile(r"(?i)\b(?:bound\s+for|heading\s+(?:for|to)|towards?)\b|(?<!\w)в\s+сторону(?!\w)")
# "carried 14 of them", "18 of those": a number of what was named before
OF_THEM_EN = re.compile(r"\b(?:\d+|[a-z]+(?:-[a-z]+)?)\s+of\s+(?:them|those|these)\b")
PREPARE_GAP = re.compile(r"(?i)[,;:]|\b(?:and|и|а)\b")


def _report_direction(d: Doc, sent: Sent, memory: dict) -> tuple:
    """(source, destination) of the movement reported in the three sentences before, for a departure that names
    no destination ("ушло еще 12 МТ-ЛБ", "a train that left Asipovichy carried ..."); (None, None) when there is
    none, or when the sentence names a country that is neither side (another movement)."""
    last = memory.get("last")
    if not last or sent.index - last[0] > 3:
        return None, None
    _, src, dest, _, _ = last
    for r in sent.refs:
        if r.country is None or d.in_frame(sent, r.start, r.stop):
            continue
        if r.country == src and not r.weapon and (r.via == "adj" or r.prep == "from"):
            continue  # "left Belarusian storage bases": the report's source
        if r.country == dest and r.via != "adj" and r.prep in ("to", "for", "in", "into") and not r.weapon:
            continue  # "bound for Klintsy in Russia's Bryansk region": the report's destination
        return None, None  # "bought from Russia", "arrived in Belarus", "Russian S-400": the sentence's own sides
    for m in sent.mentions:
        if m.type == "place" and not d.in_frame(sent, m.start) and d.country_of(m.key) not in (None, src) and \
                not (d.country_of(m.key) == dest and BOUND_FOR.search(d.text, sent.start, m.start)):
            return None, None  # "left the plant in Izhevsk": a place of another country ("bound for Klintsy": the
            # report's destination)
    return src, dest


def _share_cue(d: Doc, sent: Sent) -> Optional[Cue]:
    """"Of those, 45 were T-72A tanks", "T-72A tanks accounted for 18 of them", "из них 40 пришлось на танки"."""
    m = (SHARE_RU if d.ru else SHARE_EN).search(sent.low)
    if m is None:
        return None
    s = sent.start + m.start()
    return Cue(s, sent.start + m.end(), d.text[s:sent.start + m.end()], None, "share", d.tok_at(sent, s))


SHARE_PIECE = re.compile(r"(?i)[;.]|,\s*(?:and|а|и)\b|,\s*(?=(?:another|further|еще|ещё)\b)|\s(?:and|а|и)\s+(?=(?:another|further|about|around|some|"
                         r"at\s+least|no\s+fewer|еще|ещё|около|примерно|не\s+менее|до\s|\d))")


def _share_counts(d: Doc, sent: Sent, systems: list) -> dict:
    """{system key: (count, approx, unit)} of a share sentence: each system's count is the one number of its own
    conjunct ("no fewer than 45 were T-72A tanks and around 30 were MT-LB" -> 45, 30; "Больше всего – не менее 45
    – пришлось на танки Т-72Б" -> 45); a conjunct with no number or several gives none."""
    cuts = [sent.start] + [sent.start + m.end() for m in SHARE_PIECE.finditer(sent.low)] + [sent.stop]
    spans = [(m.start, m.stop) for m in sent.mentions]
    out = {}
    for m in systems:
        lo = max(c for c in cuts if c <= m.start)
        hi = min(c for c in cuts if c >= m.stop)
        if any(o is not m and lo <= o.start < hi for o in systems):
            continue  # two systems in one conjunct: whose the number is cannot be told
        nums = [t for t in d.toks_in(sent, lo, hi) if not any(s <= t.start < e for s, e in spans)
                and number_value(d, t) is not None and t.low not in ("a", "an", "one", "of")]
        if len(nums) != 1:
            continue
        t = nums[0]
        before = d.text[max(sent.start, t.start - 25):t.start].lower()
        approx = bool(APPROX_EN.search(before)) if not d.ru else any(
            x.keys & APPROX_RU for x in sent.toks[max(0, t.i - 2):t.i])
        unit = unit_after(d, sent, t.stop) or unit_after(d, sent, m.stop) or system_quantity(d, sent, m)[2]
        out[m.key] = (number_value(d, t), approx, unit)
    return out


def _own_destination(d: Doc, sent: Sent, m, systems: list) -> Optional[str]:
    """The country a system's own part of the sentence sends it to: the nearest "to/for/в <country>" between the
    systems before and after it ("six MZKT-7930 chassis left Belarus for the Emirates, and twelve T-72A tanks left
    Belarus for Russia", "в Эмираты ушли шесть шасси, а в Россию - двенадцать танков"), or None (review 18 W6)."""
    before = max((o.stop for o in systems if o.stop <= m.start), default=sent.start)
    after = min((o.start for o in systems if o.start >= m.stop), default=sent.stop)
    goals = [r for r in sent.refs if r.country and r.prep in ("to", "for", "in") and before <= r.start < after
             and not r.paren]
    # (English sends after the system, "left Belarus for Russia"; Russian names the goal first, "в Россию - танки")
    first = [r for r in goals if (r.start < m.start) == d.ru]
    pick = (max(first, key=lambda r: r.start) if d.ru else min(first, key=lambda r: r.start)) if first else None
    return pick.country if pick is not None else None


def _other_transfer(d: Doc, sent: Sent, own, m) -> bool:
    """``m`` stands in a clause other than the movement's that has a transfer verb of its own."""
    from bellink.ingest.events.deliveries.cues import transfer_cues

    clause = d.clause_of(sent, m.start)
    return clause.start != own.start and bool(transfer_cues(d, sent, clause))


def _transfer_word(d: Doc, sent: Sent) -> bool:
    return _transfer_cue(d, sent) is not None


def _transfer_cue(d: Doc, sent: Sent) -> Optional[Cue]:
    """A word for what moved ("the shipments", "эшелоны", "поставки"): the sentence tells its content."""
    for t in sent.toks:
        if (d.ru and t.cyr and (t.keys & TRANSFER_RU or t.keys & CARGO_RU)) or (not d.ru and CARGO_EN.fullmatch(t.low)):
            return Cue(t.start, t.stop, t.text, None, "neutral", t.i)
    return None


def reconcile(drafts: list, moved: list) -> list:
    """The general rules' drafts beside the movements': where both read a system in one sentence the same way,
    the general reading stays (it knows more: cues, tense, organizations); where they disagree on the
    direction, the movement wins (a monitoring report names where the equipment went)."""
    read = {(dr.sent.index, dr.roles["system"][0]): dr for dr in drafts if dr.kind == "delivery"}
    out = list(drafts)
    for mv in moved:
        key = (mv.sent.index, mv.roles["system"][0])
        old = read.get(key)
        if old is not None and (old.roles.get("supplier"), old.roles.get("recipient")) == \
                (mv.roles["supplier"], mv.roles["recipient"]) and not (mv.status == "planned" != old.status):
            continue  # (a movement made ready, "readied for shipment", is planned whatever the verb tense says)
        if old is not None and mv.details.get("direction_from_context") and mv.rule.endswith(":report") and \
                not old.details.get("supplier_inferred"):
            continue  # the sentence's own reading names its sides; the report's direction is only a default
        if old is not None:
            out.remove(old)
        out.append(mv)
    return out
