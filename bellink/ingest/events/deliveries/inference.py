"""Filling a delivery's gaps from the rest of the article, and telling domestic transfers apart.

A supplier or recipient the clause does not name comes from what the article stated outright about
the same system family, then from the maker's country in the knowledge base, then from the article's
two main countries; each is marked ``*_inferred`` and lowers confidence. A transfer inside one country
is a service entry.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Optional

from bellink.ingest.events.deliveries.guards import MADE, home_supply, onward_to_units, supplier_owned, unnamed_customer
from bellink.ingest.events.deliveries.shared_total import shared_total


if TYPE_CHECKING:
    from bellink.ingest.events.document import Doc, Draft


def _service_entry(dr, system: str, countries, rule: str, keep_inferred_supplier: bool = False):
    """The draft made the named army's service entry of ``system`` (no transfer between two states): its sides, the
    organisations and the place dropped, a plan kept a plan, anything else in service."""
    dr.kind = "service_entry"
    dr.rule = rule
    dr.roles = {"system": [system], "country": list(countries)}
    dr.status = "planned" if dr.status == "planned" else "in_service"
    for k in ("supplier_org", "recipient_org", "recipient_inferred", "location") + (
            () if keep_inferred_supplier else ("supplier_inferred",)):
        dr.details.pop(k, None)
    return dr


def article_memory(drafts: list, d: Doc) -> dict:
    """System family -> (supplier, recipient) stated outright somewhere in the article (either may be None)."""
    mem: dict = {}
    d.handed = set()
    d.handed_before_service = set()  # ... at a stage before service (discussed to delivered)
    d.arrived = {}  # system family -> the first sentence that tells it delivered
    d.exported = set()  # system families the article sends to a country outside the base (a third country's buyer)
    for dr in drafts:
        if any(not party(d, c) for c in dr.roles.get("recipient") or ()):
            d.exported.add(d.family(dr.roles["system"][0]))
        if dr.status == "delivered" and not dr.details.get("system_from_context"):
            fam = d.family(dr.roles["system"][0])
            d.arrived[fam] = min(d.arrived.get(fam, dr.sent.index), dr.sent.index)
        if dr.details.get("system_from_context"):
            continue  # "the aircraft are the third batch supplied under the contract with Irkut": not stated outright
        sup, rec = dr.roles.get("supplier"), dr.roles.get("recipient")
        if dr.details.get("supplier_inferred"):
            sup = None
        fam = d.family(dr.roles["system"][0])
        if not on_duty_or_placed(dr) and not (dr.status == "discussed" and dr.details.get("modal")):
            # a hand-over told in words of handing over ("delivered in April", "arrived from Russia"); a purchase the
            # text only gives as possible ("Belarus may purchase three more Pantsir-S1 systems") hands nothing over
            d.handed.add(fam)
            if dr.status != "in_service":
                d.handed_before_service.add(fam)
        old = mem.get(fam, (None, None))
        new = (old[0] or (sup[0] if sup else None), old[1] or (rec[0] if rec else None))
        if new[0] and new[0] == new[1]:
            continue
        mem[fam] = new
    return mem


def moves_in_memory(d: Doc, moved: list) -> None:
    """The sides of the article's movements ("A train with 12 T-72A tanks left Belarus for Russia", "six chassis left for
    the Emirates"), per system family, the first told (``d.moves``): a delivery told after them with sides of its own
    missing ("Another 8 tanks followed in April") is one of the same shipments (review 18 W2, W3; ``finish_delivery``).
    A family sent to a third country is exported (``d.exported``)."""
    d.moves = {}
    for mv in moved:
        fam = d.family(mv.roles["system"][0])
        sup, rec = mv.roles.get("supplier") or [], mv.roles.get("recipient") or []
        if any(not party(d, c) for c in rec):
            d.exported.add(fam)
        if sup and rec and fam not in d.moves:
            d.moves[fam] = (sup[0], rec[0], mv.sent.index)


# "combat duty", "alert duty", "боевое дежурство", "несут дежурство": a system standing guard, whoever owns it (unlike
# "entered service", "поступит на вооружение", which take it into an army's arsenal)
DUTY = re.compile(r"(?i)\bduty\b|дежурств")


# a system's history: its first adoption anywhere, its development ("for the first time", "впервые", "development",
# "разработка")
FIRST_ADOPTION = re.compile(r"(?i)\bfor\s+the\s+first\s+time\b|\bfirst\s+(?:entered|went\s+into)\s+service\b|"
                            r"\bdevelopment\s+of\b|(?<!\w)(?:впервые|разработк[аи]\s)")


def on_duty_or_placed(dr: Draft) -> bool:
    """The stage is a system going on duty or being placed somewhere, not a hand-over: "went on combat duty", "will be
    put on alert duty", "deploy", "разместить"."""
    cue = getattr(dr.cue, "text", "") or ""
    # (a system already on duty, "расчеты уже несут боевое дежурство", is told of systems the article hands over in
    # words bellink may not read; only the duty to come is judged here)
    return getattr(dr.cue, "side", None) == "station" or DUTY.search(cue) is not None and \
        dr.status != "in_service" and dr.details.get("target_status") == "in_service"


def _owner_adjective(d: Doc, sent, m, owners) -> bool:
    """"Российские системы зенитных ракетных комплексов (ЗРК) С-400": the owner's adjective opens the system's noun
    phrase, a parenthesised abbreviation inside it (which ``supplier_owned`` stops at)."""
    for r in sent.refs:
        if r.via != "adj" or r.country not in owners or not 0 <= m.start - r.stop <= 70:
            continue
        between = re.sub(r"\([^()]{1,12}\)", "", d.text[r.stop:m.start])
        if not re.search(r"[,;.«»\"()]", between) and not MADE.search(d.text, r.start, min(sent.stop, m.stop + 40)):
            return True
    return False


def _owner_places(d: Doc, dr: Draft, sup: list) -> bool:
    """The system's owner places it: the system carries the supplier's own adjective ("Российские системы С-400 могут
    разместить"), or a person of the supplier's state comes before the placement verb in the sentence ("Putin agreed,
    promising to deploy")."""
    system = dr.roles["system"][0]
    # (with no supplier named or made: the other of the article's two countries than where the system is placed)
    placed_in = set(dr.roles.get("recipient") or []) | set(dr.details.get("location") or [])
    owners = list(sup) or [c for c in (d.maker_country(system),) if c] or \
        ([c for c in d.dyad if c not in placed_in] if placed_in and len(d.dyad) == 2 else [])
    if not owners:
        return False
    sent, cue = dr.sent, dr.cue
    if any(m.key == system and (supplier_owned(d, sent, m, owners) or _owner_adjective(d, sent, m, owners))
           for m in sent.mentions):
        return True
    return any(m.type == "person" and m.start < cue.start and d.country_of(m.key) in owners for m in sent.mentions)


def _stationed_abroad(d: Doc, key: str) -> bool:
    ent = d.entity(key)
    return ent is not None and ent.attrs.get("abroad") == "stationed"


def party(d: Doc, country: str) -> bool:
    """The country is one of the two whose transfers the base records (kb countries ``party=yes``)."""
    ent = d.entity(country)
    return ent is not None and ent.attrs.get("party") == "yes"


def finish_delivery(d: Doc, dr: Draft) -> Optional[Draft]:
    """Fill gaps from the article, and turn domestic transfers into service entries."""
    system = dr.roles["system"][0]
    fam = d.family(system)
    if _stationed_abroad(d, system) or _stationed_abroad(d, fam):
        # "Lukashenko confirms plans to put Oreshnik on combat duty", "в республику прибыла не одна машина «Орешника»":
        # a system whose maker's forces keep it abroad under their own command (kb ``abroad=stationed``) is placed,
        # never handed over, whatever the verb
        return None
    sup, rec = dr.roles["supplier"], dr.roles["recipient"]
    mem = d.memory.get(fam)
    sides = dr.details.pop("sides", None)
    if dr.status == "in_service" and not sup and not rec and not sides and fam not in d.handed_before_service and \
            FIRST_ADOPTION.search(dr.sent.text) is not None:
        # "Development of the S-400 started in the late 1980s, and it entered service for the first time in 2007",
        # "комплекс впервые поступил на вооружение в 2007 году": the system's own first adoption, in its maker's army
        # (the system's history); no clause names who would hand it to whom
        return None
    placing = getattr(dr.cue, "side", None) == "station"
    if on_duty_or_placed(dr) and fam not in d.handed and not sides and (
            not placing and (not sup or dr.details.get("supplier_inferred")) and (not rec or dr.details.get("location")) or
            placing and _owner_places(d, dr, sup)):
        # "Lukashenko confirmed the plans to put the Oreshnik on combat duty in December", "Putin promised to deploy
        # Oreshnik missiles in Belarus", "Российские С-400 могут разместить под Минском": a system goes on duty or is
        # placed somewhere, no clause of the article hands it over in words of handing over, and either nothing names
        # the parties or the owner places its own system: stationed (a deployment). The same words beside a stated
        # transfer ("arrived from Russia in May and went on combat duty in June"), or a placement with no owner named
        # ("Комплексы С-400 могут разместить под Брестом": planned), keep their row
        return None
    if dr.details.get("system_from_context") and d.arrived.get(fam, dr.sent.index) < dr.sent.index and \
            onward_to_units(d, dr.sent, dr.clause, dr.cue):
        # "Belarus received a batch of BTR-82A from Russia. The vehicles will be delivered to the military units ...":
        # the army passes on to its units what arrived before (guards.py)
        return None
    if sides and not sup:
        hint = d.origins.get(system) or d.origins.get(fam) or d.maker_country(system) or (mem[0] if mem else None)
        if hint in sides:
            sup = [hint]
            rec = rec or [c for c in sides if c != hint][:1]
        elif mem and mem[1] in sides and not rec:
            rec = [mem[1]]
        elif len(sides) > 1:
            return None  # two sides and nothing says which one supplies
    if not rec and fam in d.exported and unnamed_customer(d, dr.sent, dr.clause):
        # "This year we will hand ten of them to the customer": the buyer the text leaves unnamed, in an article that
        # sends the same system to a country outside the base, is that buyer as likely as the article's own party
        # (guards.py)
        return None
    move = getattr(d, "moves", {}).get(fam)
    if move is not None and dr.status == "delivered" and move[2] < dr.sent.index and (not sup or not rec) and \
            (not sup or sup[0] == move[0]) and (not rec or rec[0] == move[1]):
        # "A train with 12 T-72A tanks left Belarus for Russia in March. Another 8 tanks followed in April.": a later
        # delivery of the family, with a side missing, goes the way the movement before it went (review 18 W2, W3)
        if not sup:
            sup = [move[0]]
            dr.details["supplier_inferred"] = True
        if not rec:
            rec = [move[1]]
            dr.details["recipient_inferred"] = True
    if not rec and mem and mem[1]:
        rec = [mem[1]]
        dr.details["recipient_inferred"] = True
    if not sup and mem and mem[0] and mem[0] not in rec:
        sup = [mem[0]]
        dr.details["supplier_inferred"] = True
    if not sup:
        mk = d.maker_country(system) or d.origins.get(fam)
        if mk and mk not in rec:
            sup = [mk]
            dr.details["supplier_inferred"] = True
    if not rec and sup and len(d.dyad) == 2 and sup[0] in d.dyad:
        ent = d.entity(system)
        if dr.details.get("supplier_inferred") and ent is not None and ent.source == "discovered":
            # "завод собрал восемь тягачей МЗКТ-74135, которые получили части": a system the knowledge base does not
            # list, made by the maker its name opens with, goes abroad only when the text names one of the two sides
            return None
        rec = [c for c in d.dyad if c != sup[0]]
        dr.details["recipient_inferred"] = True
    if set(sup) & set(rec) and len(set(sup) | set(rec)) > 1:
        # a country on both sides: a party of another clause leaked in ("..., хотя ранее Минск отказывался покупать");
        # the other supplier stands when it made the system, else the sides are mixed up ("Belarusian crews are on
        # duty with the S-400 battalion that Russia handed over")
        maker = d.maker_country(system)
        if maker in sup and maker in rec:
            # "белорусские предприятия продолжают поставлять России технику: российская армия получила от МЗКТ 30
            # шасси": the maker on both sides is the one supplying its own product
            rec = [c for c in rec if c != maker]
        else:
            sup = [c for c in sup if c not in rec]
            if maker not in sup:
                return None
    dr.roles["supplier"], dr.roles["recipient"] = sup, rec
    if not rec:
        return None
    if not sup:
        # nobody supplies: an army putting into service a system of unknown origin is a service entry;
        # anything else without a supplier is not a transfer bellink can file
        if dr.status == "in_service":
            return _service_entry(dr, system, rec, "deliveries.inference:no_supplier", keep_inferred_supplier=True)
        return None
    origin = sup[0] if sup else (d.maker_country(system) or d.origins.get(fam) or (mem[0] if mem else None))
    if origin and origin in rec and (not sup or set(sup) <= set(rec)):
        if dr.status in ("in_service", "delivered") or dr.details.get("target_status") in ("in_service", "delivered"):
            return _service_entry(dr, system, rec, "deliveries.inference:domestic")
        return None
    if (dr.details.get("supplier_inferred") or dr.details.get("recipient_inferred")) and home_supply(d, dr.sent, dr.clause):
        # "«Бук-МБ3К», доработанные на белорусском предприятии, поступили в 1146-ю бригаду": a plant's work for an army's own units,
        # the other side only guessed from the article: a domestic supply, the named side's service entry (guards.py)
        if dr.status not in ("in_service", "delivered") and dr.details.get("target_status") not in ("in_service", "delivered") \
                or dr.details.get("supplier_inferred") and dr.details.get("recipient_inferred"):
            return None  # (neither side in the text: whose army it is, nothing says)
        return _service_entry(dr, system, rec if dr.details.get("supplier_inferred") else sup,
                              "deliveries.inference:home_supply")
    if any(not party(d, c) for c in rec):
        kept = [c for c in rec if party(d, c)]
        dropped = [c for c in rec if c not in kept]
        rec = kept
        dr.roles["recipient"] = rec
        if rec and shared_total(d, dr, dropped):
            # "Russia delivered 12 Su-30SM fighters to Belarus and Kazakhstan": the count is the two recipients' total,
            # the party's share untold (review1 W2)
            dr.details["shared_total"] = dr.quantity
            dr.quantity, dr.approx, dr.unit = None, False, None
    if not rec:
        dr.details["third_country"] = True  # (the caller marks its system mention taken: no service entry either)
        # "it exported ten MiG-29 fighters to Sudan", "deliveries of Su-30SM to Kazakhstan began in 2015", "Russia has sold
        # S-400 systems to India and Turkey": an export to a third country is outside the base, which records what its
        # two parties (kb countries ``party=yes``) receive; every gold set written to the brief lists these as not
        # deliveries, and the sides of such a passage are often guessed (a maker's country for "it exported"). What a
        # party buys from a third country ("Belarus and Kazakhstan agreed on a delivery of Yak-130 to Belarus") stays, and
        # a party beside a third country among the recipients keeps the row as its own
        return None
    if dr.details.get("supplier_inferred"):
        dr.confidence = min(dr.confidence, 0.6)
    if dr.details.get("recipient_inferred"):
        dr.confidence = min(dr.confidence, 0.6)
    return dr
