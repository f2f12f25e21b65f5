"""Supplier and recipient from the clause's country references.

    "Russia delivered ... to Belarus"            supplier Russia, recipient Belarus (subject, "to")
    "Belarus received ... from Russia"           recipient Belarus, supplier Russia
    "Минобороны Белоруссии получило ..."         recipient Belarus (nominative subject), the ministry as org
    "Russian S-400 for Belarus"                  the adjective gives the origin: supplier Russia
    "Belarus and Kazakhstan agreed on a delivery of Yak-130 to Belarus"
                                                 coordinated parties: recipient after to/for, supplier the other
    "Belarus and Kazakhstan agreed on a delivery of Yak-130"
                                                 neither named after to/for nor the maker: no direction, no row
Not a party: a country in the reporting frame or in parentheses, "the border with Ukraine".
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Optional

from bellink.ingest.events.deliveries.shared_total import later_transfer
from bellink.ingest.events.lexicons import EN_BE, WEAPON_EN
from bellink.ingest.events.words import uniq, verb_info, window
from bellink.names import fold, has_cyrillic

if TYPE_CHECKING:
    from bellink.ingest.events.document import Clause, Cue, Doc, Sent
    from bellink.ingest.events.refs import Ref


def transfer_roles(d: Doc, sent: Sent, clause: Clause, cue: Cue, stage: str, systems: list, hyp: list) -> tuple:
    """(suppliers, recipients, notes) from the clause's country references."""
    b = _sort_refs(d, sent, clause, cue, stage, hyp)
    notes: dict = {}
    sup_c, rec_c = _sides(d, cue, stage, systems, b, notes)
    if cue.side == "supply" and d.ru and sup_c and rec_c and _asked_to(d, sent, clause, cue):
        # "Белорусская сторона просит российских партнеров продать ей ...": the one who asks is the recipient, the
        # one asked the supplier of the infinitive
        sup_c, rec_c = rec_c, sup_c
    if stage == "discussed":
        addr, denied, buys = _addressee(d, sent, clause)
        if denied:
            notes["request_denied"] = denied  # "республика не обращалась к Москве с просьбой": no request was made
        rest = [c for c in rec_c + sup_c if c != addr]
        if addr is not None and not buys and addr not in sup_c and rest:
            # "Khrenin asked Moscow for another battery, ... Belarusian-made Buk-MB3K": the one asked is the supplier,
            # the other side the recipient (never the other way round); with no other side named, the fact is left
            # to the rules that find one (a request with its asker unknown is not read as a transfer)
            sup_c, rec_c = [addr], rest[:1]
            notes["addressee"] = addr
        elif addr is not None and buys and addr not in rec_c:
            # "Minsk asked Moscow to buy more chassis", "попросил Москву закупить": the one asked is to receive
            rest = [c for c in sup_c + rec_c if c != addr]
            sup_c, rec_c = rest[:1] if rest else [], [addr]
            notes["addressee"] = addr
    orgs_sup, orgs_rec = [], []
    for r in b["sup"]:
        if r.via == "org":
            orgs_sup.append(r.entity)
    for r in b["rec"] + b["party"]:
        if r.via == "org" and r.country in rec_c:
            orgs_rec.append(r.entity)
    for r in b["counter"] + b["party"]:
        if r.via == "org" and r.country in sup_c:
            orgs_sup.append(r.entity)
    notes["supplier_org"] = uniq(orgs_sup)
    notes["recipient_org"] = uniq(orgs_rec)
    notes["location"] = uniq(r.country for r in b["location"])
    return sup_c, rec_c, notes


RU_ASK = frozenset({"просить", "попросить", "запросить", "упрашивать", "уговаривать", "уговорить"})


RU_ASK_KEYS = frozenset(fold(w) for w in RU_ASK)


def _asked_to(d: Doc, sent: Sent, clause: Clause, cue: Cue) -> bool:
    """The supply verb is an infinitive the subject asks someone else to do ("просит партнеров продать")."""
    if verb_info(cue.text.split()[0])[0] != "INFN":
        return False
    return any(t.keys & RU_ASK_KEYS and t.start >= clause.start for t in window(sent, cue.tok, 4))


# the verb of a request right before the one asked: "asked Moscow", "urged Russia", "попросил Москву", "обратился к Москве"
ASKED_BEFORE = re.compile(r"(?i)(?:\b(?:ask(?:s|ed|ing)?|urg(?:e|es|ed|ing)|press(?:es|ed|ing)?|approach(?:es|ed|ing)?|"
                          r"sound(?:s|ed|ing)?\s+out|petition(?:s|ed|ing)?)|(?<!\w)(?:попросил\w*|просил\w*|просит|"
                          r"просят|попросит|обратил\w*\s+к|обращается\s+к|обращал\w*\s+к))\s+(?:the\s+)?$")


def _addressee(d: Doc, sent: Sent, clause: Clause) -> tuple:
    """(the country a request is put to: the name or capital right after the request verb, or None; the negation
    before that verb, "" when none; whether it is asked to receive: "asked Moscow to buy")."""
    for r in sent.refs:
        if not (clause.start <= r.start < clause.stop and r.via in ("name", "place", "org") and r.country):
            continue
        hit = ASKED_BEFORE.search(d.text, max(clause.start, r.start - 30), r.start)
        if hit:
            neg = NOT_BEFORE.search(d.text, max(clause.start, hit.start() - 12), hit.start())
            buys = RECEIVE_AFTER.match(d.text, r.stop, min(clause.stop, r.stop + 40)) is not None
            return r.country, neg.group().strip() if neg else "", buys
    return None, "", False


# what the one asked is asked to do is to receive: "asked Moscow to buy", "попросил Москву закупить"
RECEIVE_AFTER = re.compile(r"(?i)\W*(?:[\w-]+\s+){0,2}?(?:to\s+(?:buy|purchase|acquire|accept|take|receive|order)\b|"
                           r"(?:купить|закупить|закупать|приобрести|принять|получить|взять|заказать)(?!\w))")


NOT_BEFORE = re.compile(r"(?i)(?:\b(?:not|never|didn't|did\s+not|has\s+not|hasn't|had\s+not)|(?<!\w)(?:не|никогда\s+не))\s+$")


BUCKETS = ("sup", "rec", "counter", "party", "location", "origin")
TERRITORY_BEFORE = re.compile(r"(?i)(?:территори\w+|territory\s+of)\s+(?:the\s+)?$")
FROM_HOLDINGS = re.compile(r"(?i)(?:^|\s)(?:из|со?)\s+(?:наличи\w+|арсенал\w*|запас\w*|склад\w*|хранени\w+|состав\w*)\s+$")
REQUEST_AFTER = re.compile(r"(?i)\s+(?:requests?|appeals?|applications?|заявк\w*|просьб\w*|запрос\w*|обращени\w*)\b")
CONSIDER_BETWEEN = re.compile(r"(?i)\b(?:ready|prepared|willing|готов\w*)\s+(?:to\s+)?(?:consider|look\s+at|study|examine|"
                              r"рассмотреть|изучить|рассматривать)\b")
# who asks for a transfer is named after "from"/"от" too: "a request from Belarus", "просьбу от Минска",
# "получила от Минска просьбу", "the request ... came from Minsk", "просьба ... поступила от Минска"
REQUEST_WORD = r"(?:requests?|appeals?|applications?|заявк\w*|просьб\w*|запрос\w*|обращени\w*)"
REQUEST_FROM = re.compile(r"(?i)\b" + REQUEST_WORD + r"\s+(?:[\w-]+\s+){0,2}?(?:from|от)\s+(?:the\s+)?$")
CAME_FROM = re.compile(r"(?i)\b(?:came|comes|come|arrived|поступил\w*|пришл\w*|пришел|пришёл)\s+(?:[\w-]+\s+){0,2}?"
                       r"(?:from|от)\s+(?:the\s+)?$")
REQUEST_IN = re.compile(r"(?i)\b" + REQUEST_WORD + r"(?!\w)")
# the one who receives a request is asked to supply: "Russia received a request", "Москва получила ... просьбу"
GOT_REQUEST = re.compile(r"(?i)\b(?:received|receives|got|gets|has\s+received|получил\w*|принял\w*)\s+(?:[\w«»-]+\s+){0,3}?"
                         + REQUEST_WORD + r"(?!\w)")


# "(was) received by Russia from Belarus" right before the reference
RECEIVED_BEFORE = re.compile(r"(?i)\breceived\s+(?:(?:by|from)\s+(?:the\s+)?)?(?:[\w-]+\s+){0,2}?(?:by|from)\s+(?:the\s+)?$")


# between a passive receive verb and its agent: "received by", "bought by the"
AGENT_GAP = re.compile(r"(?i)\s+by\s+(?:the\s+)?")
# a request noun's own phrase up to its passive verb: "request for S-400 systems was", "request has been"
REQUEST_SUBJECT_TAIL = re.compile(r"(?i)(?:\s+(?:for|from|of)\b[^,;:()]{0,60}?)?\s+(?:was|were|(?:has|have|had)\s+been)\s+$")
# a request named in an adjunct, not the subject: "at Minsk's request", "in response to the request", "по просьбе"
REQUEST_ADJUNCT = re.compile(r"(?i)\b(?:at|in\s+response\s+to|following|under|after|upon|on|with|per|by|to)\s+"
                             r"(?:[\w'’-]+\s+){0,3}$")


def _request_received(d: Doc, sent: Sent, r: Ref) -> bool:
    """A request noun is the subject of "received", and the reference is its agent or source ("The request for
    S-400 was received by Russia from Belarus"; not "Following a request, the S-400 were received by Belarus", "At
    Minsk's request four Su-30SM2 were received by Belarus": the request there is an adjunct)."""
    before = d.text[max(sent.start, r.start - 40):r.start]
    got = RECEIVED_BEFORE.search(before)
    if not got:
        return False
    verb = r.start - len(before) + got.start()
    m = None
    for m in REQUEST_IN.finditer(d.text, sent.start, verb):
        pass
    if m is None or not REQUEST_SUBJECT_TAIL.fullmatch(d.text, m.end(), verb):
        return False
    if any(sent.start <= x.start and m.end() <= x.start < verb for x in sent.mentions if x.type == "weapon_system") \
            and not re.match(r"(?i)\s+(?:for|from|of)\b", d.text[m.end():verb]):
        return False
    return not REQUEST_ADJUNCT.search(d.text, max(sent.start, m.start() - 40), m.start())


def _requester(d: Doc, sent: Sent, r: Ref) -> bool:
    """The country after "from"/"от" is the one asking for the transfer, not the one supplying."""
    before = d.text[max(sent.start, r.start - 60):r.start]
    if REQUEST_FROM.search(before) or REQUEST_AFTER.match(d.text, r.stop, min(sent.stop, r.stop + 30)):
        return True
    return bool(CAME_FROM.search(before) and REQUEST_IN.search(d.text, sent.start, r.start))


MAKE_AFTER = re.compile(r"(?i)\s+(?:производства|постройки|разработки|выпуска|сборки|make|manufacture|design|origin)\b")
# a purchase participle before "in"/"в" and a country: "закупленная в России", "bought in Russia"
BOUGHT_IN = re.compile(r"(?i)(?:(?<!\w)(?:за)?куплен\w*|(?<!\w)приобрет[её]нн?\w*|(?<!\w)заказанн?\w*|"
                       r"\b(?:bought|purchased|acquired|ordered))\s+(?:[\w-]+\s+){0,2}?(?:в|во|in)\s+$")
MAKE_BEFORE = re.compile(r"(?i)(?<!\w)(?:производства|постройки|разработки|выпуска)\s+(?:[\w«»\"-]+\s+){0,3}[«\"]?$")
# "the Polish border", "in Polish and Ukrainian directions", "на западном направлении": a country adjective naming a place
BORDER_AFTER = re.compile(r"(?i)\s+(?:(?:and|и)\s+[\w-]+\s+)?(?:border|frontier|directions?|границ\w*|рубеж\w*|направлени\w*)\b")
BORDER_BEFORE = re.compile(r"(?i)(?:border|frontier|границ\w*|рубеж\w*)\s+(?:with\s+|с\s+|со\s+)?$")


def _sort_refs(d: Doc, sent: Sent, clause: Clause, cue: Cue, stage: str, hyp: list) -> dict:
    """The clause's country references by what they can be: supplier (sup), recipient (rec), the other side of
    "with" (counter), a party whose side the rest of the clause decides, a location, a weapon's origin."""
    b: dict = {k: [] for k in BUCKETS}
    passive = _passive(d, sent, clause, cue)
    # "four more Su-30SM to Belarus this year, in addition to the four delivered to Kazakhstan": a country after another
    # transfer's participle is that transfer's side (shared_total.py)
    other = later_transfer(d, sent, clause, cue)
    for r in sent.refs:
        if not (clause.start <= r.start < clause.stop) or d.in_frame(sent, r.start, r.stop) or r.country is None:
            continue
        if other is not None and r.start > other:
            continue
        if any(s <= r.start < e for s, e in hyp) or r.paren:
            continue
        bucket = _bucket(d, sent, r, cue, stage, passive)
        if bucket:
            b[bucket].append(r)
    if not d.ru:
        # several bare countries before an English verb: only the nearest is its subject
        bare_before = [r for r in b["sup"] + b["rec"] if r.prep is None and r.start < cue.start and r.via != "adj"]
        if len(bare_before) > 1:
            nearest = max(bare_before, key=lambda r: r.start)
            for r in bare_before:
                if r is not nearest:
                    (b["sup"] if r in b["sup"] else b["rec"]).remove(r)
                    b["party"].append(r)
    return b


AMID_BEFORE = re.compile(r"(?i)(?:\bamid(?:st)?|\bagainst\s+the\s+backdrop\s+of|\bна\s+фоне)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$")


def _bucket(d: Doc, sent: Sent, r: Ref, cue: Cue, stage: str, passive: bool) -> Optional[str]:
    """Where one reference goes: by its preposition, else by its grammatical role and the cue's side."""
    if r.supplied:
        return "sup"
    if r.via == "adj" and r.weapon:
        return "origin"
    if r.via == "adj" and MAKE_AFTER.match(d.text, r.stop, min(sent.stop, r.stop + 20)):
        return "origin"  # "Су-30СМ российского производства", "of Russian make": the maker, a supplier only by origin
    if r.via in ("org", "place") and MAKE_BEFORE.search(d.text[max(sent.start, r.start - 50):r.start]):
        return "origin"  # "Ми-8МТВ-5-1 производства Казанского вертолетного завода": the maker, a supplier by origin
    if TERRITORY_BEFORE.search(d.text[max(sent.start, r.start - 30):r.start]):
        return "location"  # "на территории Беларуси", "on the territory of Belarus": where, not who
    if AMID_BEFORE.search(d.text[max(sent.start, r.start - 40):r.start]):
        return None  # "amid the Ukraine crisis", "на фоне украинского кризиса": the background, no party
    prep = r.prep
    if prep == "with" and BORDER_BEFORE.search(d.text[max(sent.start, r.start - 25):r.start]):
        return None
    if r.via == "adj" and BORDER_AFTER.match(d.text, r.stop, min(sent.stop, r.stop + 25)):
        return None  # "close to the Polish border", "in Polish and Ukrainian directions": a place, no party
    if prep in ("from", "by") and _request_received(d, sent, r):
        # "The request for S-400 was received by Russia from Belarus": the one a request reaches is asked to supply
        return "sup" if prep == "by" else "rec"
    if prep == "from" and _requester(d, sent, r):
        return "rec"  # "a request from Belarus for S-400", "получила от Минска просьбу", "the request ... came from Minsk"
    if prep == "from":
        return "sup"
    if prep in ("to", "for"):
        return "rec"
    if prep == "with":
        return "rec" if stage == "in_service" and r.actor else "counter"
    if prep == "by":
        if passive and cue.side == "receive" and AGENT_GAP.fullmatch(d.text, cue.stop, r.start) and \
                not REQUEST_IN.search(d.text, sent.start, cue.start):
            return "rec"  # "were received by the Belarusian Air Force", "were bought by Belarus": the agent receives
            # (only the receive verb's own agent: "built by Irkut" before it is the maker; with a request in an adjunct
            # before the verb, "At Minsk's request four Su-30SM2 were received by Belarus", the clause reads as talks
            # and is left as it was, unread: review1 W3)
        return "sup" if passive else "party"
    if prep == "in" and r.via != "place" and BOUGHT_IN.search(d.text[max(sent.start, r.start - 40):r.start]):
        return "sup"  # "10 БТР-80, закупленных в России", "a battery bought in Russia": where it was bought supplies it
        # (a capital is where the deal was signed: "ordered in Minsk at the MILEX fair", "заказанные в Минске")
    if prep == "in":
        return "location"
    if prep == "other":
        return None
    if prep is None and d.ru and FROM_HOLDINGS.search(d.text[max(sent.start, r.start - 30):r.start]):
        return "sup"  # "из наличия российских войск", "из арсеналов российской армии": from the supplier's stocks
    if r.via == "adj" and REQUEST_AFTER.match(d.text, r.stop, min(sent.stop, r.stop + 30)):
        return "rec"  # "a Belarusian request for Pantsir-S1", "белорусская заявка на С-400": the one who asks receives
    role = _grammatical_role(d, sent, r, cue)
    if role == "subj" and r.start < cue.start and CONSIDER_BETWEEN.search(d.text, r.stop, cue.start):
        return "sup"  # "Russia is ready to consider a Belarusian request for ...": the one who considers supplies
    if role == "subj" and r.start < cue.start and GOT_REQUEST.search(d.text, r.stop, min(sent.stop, cue.stop + 5)):
        return "sup"  # "Russia received a request from Belarus for ...": the one asked supplies
    if role == "subj":
        if passive and cue.side != "theme":
            return "party"
        return {"supply": "sup", "receive": "rec"}.get(cue.side, "party")
    if role == "iobj":
        if d.ru and "datv" in r.cases and "gent" not in r.cases and (
                REQUEST_IN.match(cue.text) or REQUEST_AFTER.match(d.text, r.stop, min(sent.stop, r.stop + 30))):
            return "sup"  # "Минск направил Москве заявку на «Панцирь-С1М»": the one a request is sent to is asked to supply
        return "sup" if cue.side == "receive" and not d.ru else "rec"
    if role == "obj":
        return "rec" if cue.side == "supply" and not passive else "party"
    return None


def _grammatical_role(d: Doc, sent: Sent, r: Ref, cue: Cue) -> Optional[str]:
    """subj | iobj | obj of a bare reference: by case in Russian, by position in English."""
    before = r.start < cue.start
    if d.ru or has_cyrillic(d.text[r.start:r.stop]):
        cases = r.cases
        if "nomn" in cases and not (cases & {"datv"} and not before and r.via != "adj"):
            return "subj"
        if cases & {"datv", "gent"}:
            return "iobj"
        if "accs" in cases:
            return "obj"
        return "subj" if before else "obj"
    if r.via == "adj" and not r.actor:
        return None
    return "subj" if before else ("iobj" if cue.side == "supply" and d.tok_at(sent, r.start) - cue.tok <= 2
                                  else "obj")


def _sides(d: Doc, cue: Cue, stage: str, systems: list, b: dict, notes: dict) -> tuple:
    """(supplier countries, recipient countries): what the references say, then the systems' origin."""
    origin_c = [r.country for r in b["origin"]]
    sup_c = uniq(r.country for r in b["sup"])
    rec_c = uniq(r.country for r in b["rec"])
    if cue.stage == "in_service" and origin_c and not sup_c and not rec_c and \
            not any(r.country not in origin_c for r in b["party"] + b["counter"]):
        # "a group of Russian Su-27 fighters has been on duty at the Baranovichi airfield", "на аэродроме несут
        # дежурство четыре российских истребителя": the owner's own aircraft on duty abroad, with no recipient the
        # clause names; nothing changes hands (a recipient that puts them on duty is named: "Belarus has put
        # Russian-made Iskander-M on combat duty")
        notes["owner_on_duty"] = origin_c[0]
    # an in_service or stationing clause: the location receives the system
    if not rec_c and cue.side in ("station", "receive", "theme") and b["location"] and \
            stage in ("planned", "in_service", "delivered"):
        rec_c = uniq(r.country for r in b["location"])
        if stage == "in_service" and not sup_c and origin_c and not set(origin_c) & set(rec_c):
            # "Russian Iskander-M systems went on combat duty in Belarus": the owner's own system on duty
            # abroad, under its own command; nothing changes hands
            notes["owner_on_duty"] = origin_c[0]
    counters = uniq(r.country for r in b["counter"])
    parties = uniq(r.country for r in b["party"] if r.country not in sup_c + rec_c)
    known_origin = uniq(origin_c) or uniq([d.origins.get(m.key) or d.origins.get(d.family(m.key))
                                           for m in systems if d.origins.get(m.key) or
                                           d.origins.get(d.family(m.key))])
    kb_origin = uniq([d.maker_country(m.key) for m in systems if d.maker_country(m.key)])
    if counters:
        if rec_c and not sup_c:
            sup_c = [c for c in counters if c not in rec_c]
        elif sup_c and not rec_c:
            rec_c = [c for c in counters if c not in sup_c]
        elif parties:
            ref_origin = known_origin or kb_origin
            for c in counters + parties:
                if c in ref_origin and c not in sup_c:
                    sup_c.append(c)
            if sup_c:
                rec_c = [c for c in counters + parties if c not in sup_c][:1]
            else:
                notes["sides"] = uniq(parties + counters)  # resolved against the rest of the article
        elif not sup_c and not rec_c:
            notes["sides"] = counters
    if len(parties) > 1 and not sup_c and not rec_c and not set(parties) & set(known_origin or kb_origin):
        # "Belarus and Kazakhstan agreed on a delivery of Yak-130": two parties, none named after to/for, neither
        # the maker: which way it goes cannot be told
        notes["sides"] = parties
        parties = []
    before = uniq(r.country for r in b["party"] if r.country in parties and r.prep is None and r.start < cue.start)
    if rec_c and not sup_c and len(parties) == 1 and before == parties and len(b["party"]) > 1:
        # "Belarus and Kazakhstan agreed on a delivery ... to Belarus": of the two coordinated subjects, the one not
        # named after to/for is the supplier
        sup_c = list(parties)
    if parties and not (sup_c and rec_c):
        ref_origin = known_origin or kb_origin
        for c in parties:
            if c in ref_origin and not sup_c:
                sup_c.append(c)
            elif not rec_c and c not in sup_c and (sup_c or ref_origin):
                rec_c.append(c)
    if not sup_c:
        cand = [c for c in known_origin if c not in rec_c]
        if cand:
            sup_c = cand[:1]
            if not origin_c:
                notes["supplier_inferred"] = True
    if not sup_c:
        cand = [c for c in kb_origin if c not in rec_c]
        if cand and rec_c:
            sup_c = cand[:1]
            notes["supplier_inferred"] = True
    return sup_c, rec_c


def _passive(d: Doc, sent: Sent, clause: Clause, cue: Cue) -> bool:
    if d.ru:
        pos, _, _ = verb_info(cue.text.split()[0])
        return pos in ("PRTS", "PRTF")
    win = [t.low for t in window(sent, cue.tok, 3) if t.start >= clause.start]
    if any(w in EN_BE for w in win):
        return True
    w = cue.text.lower().split()[0]
    if w.endswith("ed") or w in ("sold", "bought", "built", "made"):
        # a participle right after a noun: "S-400 systems supplied to Belarus"
        prev = sent.toks[cue.tok - 1] if cue.tok > 0 else None
        if prev and (any(m.type == "weapon_system" and m.start <= prev.start < m.stop for m in sent.mentions)
                     or WEAPON_EN.match(prev.low)):
            return True
    return False


def owner_acts(d: Doc, sent: Sent, clause: Clause, cue: Cue) -> bool:
    """"Russia deployed its Iskanders in Belarus": the subject is the systems' owner, not a recipient."""
    for r in sent.refs:
        if clause.start <= r.start < cue.start and r.via in ("name", "place", "org") and r.prep is None and \
                not d.in_frame(sent, r.start):
            if d.ru and "nomn" not in r.cases:
                continue
            if not _passive(d, sent, clause, cue):
                return True
    return False
