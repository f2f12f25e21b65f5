"""Deployments: forces or systems of one country placed in another.

    "Russian troops were deployed to Belarus"              Russia: troops in Belarus
    "Russian Iskander-M systems have been deployed in Belarus"
Not a deployment: "plans to deploy" (future), a country's forces at home, a transfer to the host's units.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Optional

from bellink.ingest.events.dates import event_date
from bellink.ingest.events.deliveries.direction import owner_acts
from bellink.ingest.events.deliveries.quantities import system_quantity
from bellink.ingest.events.deliveries.systems import systems_in
from bellink.ingest.events.document import Cue, Draft
from bellink.ingest.events.exercises import exercise_context
from bellink.ingest.events.lexicons import (
    APPROX_EN, APPROX_RU, DEPLOY_EN, DEPLOY_RU, RU_PLAN, TROOPS_EN, TROOPS_RU,
)
from bellink.ingest.events.negation import hyp_spans, modal_word, negated
from bellink.ingest.events.numbers import number_value, unit_of
from bellink.ingest.events.refs import modifier_word
from bellink.ingest.events.words import is_adj, is_noun, uniq, verb_info, window
from bellink.names import fold

if TYPE_CHECKING:
    from bellink.ingest.events.document import Clause, Doc, Sent
    from bellink.ingest.events.refs import Ref


def find_deployments(d: Doc, sent: Sent, delivered: set) -> list:
    out = []
    for clause in sent.clauses:
        cue = _deployment_cue(d, sent, clause)
        if cue is None:
            continue
        units = [m for m in sent.mentions if m.type == "military_unit" and clause.start <= m.start < clause.stop]
        systems = systems_in(d, sent, clause)
        troops = _troop_phrase(d, sent, clause)
        exercise = exercise_context(d, sent)
        if not units and not troops and not (systems and (exercise or owner_acts(d, sent, clause, cue) or
                                                          "sent" in cue.text.lower() or
                                                          fold(cue.text).startswith("napravi") or
                                                          _foreign_systems(d, sent, clause, systems))):
            continue
        hyp = hyp_spans(d, sent, clause)
        if any(s <= cue.start < e for s, e in hyp) or modal_word(d, sent, clause, cue.tok):
            continue
        if negated(d, sent, clause, [cue.tok]):
            continue
        future = _deploy_future(d, sent, clause, cue)
        if future:
            continue  # plans to deploy are not placements yet
        owner, places = _owner_and_places(d, sent, clause, units)
        if not places or not owner:
            continue  # whose forces, and where, must both be in the text
        if all(d.country_of(p) in owner for p in places):
            continue  # a country's forces at home: not a placement abroad
        systems = [m for m in systems if (m.start, m.key) not in delivered]
        date, how = event_date(d, sent, clause, cue.start, present=False)
        objects = [("unit", [m.key], m.text) for m in units] + [("system", [m.key], m.text) for m in systems]
        q = _troop_quantity(d, sent, clause, troops)
        if not objects and not troops:
            continue  # every system named here was delivered, not placed: no deployment to read
        if not objects or (not units and q and q[2] == "troops"):
            objects.insert(0, ("unit", [], troops[0]))
        for role, keys, text in objects:
            roles = {role: keys, "place": places, "country": owner}
            dr = Draft("deployment", sent, clause, cue, roles, status=None,
                       rule=f"deployments:{role if keys else 'forces'}")
            dr.details = {"what": text, "cue": cue.text}
            if exercise:
                ex = [m.key for m in sent.mentions if m.type == "exercise"]
                if ex:
                    dr.roles["exercise"] = ex
                dr.details["for_exercise"] = True
            if q and role == "unit" and (text == troops[0] or keys == [units[0].key] if units else True):
                dr.quantity, dr.approx, dr.unit = q
            elif role == "system":
                qq = system_quantity(d, sent, next(m for m in systems if m.key == keys[0]))
                if qq[0] is not None:
                    dr.quantity, dr.approx, dr.unit = qq
            dr.date = date
            if how:
                dr.details["date_from"] = how
            dr.span = (min(cue.start, clause.start), clause.stop)
            out.append(dr)
    return out


def _deployment_cue(d: Doc, sent: Sent, clause: Clause) -> Optional[Cue]:
    """The clause's first stationing or sending word outside a reporting frame."""
    seg = d.text[clause.start:clause.stop]
    cue = None
    if d.ru:
        for t in (d.toks_in(sent, clause.start, clause.stop) if not sent.keyset.isdisjoint(DEPLOY_RU) else ()):
            if t.keys & DEPLOY_RU and not d.in_frame(sent, t.start):
                cue = Cue(t.start, t.stop, t.text, None, "station", t.i)
                break
    else:
        m = DEPLOY_EN.search(seg.lower()) if d.sentence_has(sent, DEPLOY_EN) else None
        if m and not d.in_frame(sent, clause.start + m.start()):
            s = clause.start + m.start()
            cue = Cue(s, clause.start + m.end(), d.text[s:clause.start + m.end()], None, "station",
                      d.tok_at(sent, s))
    return cue


def _owner_and_places(d: Doc, sent: Sent, clause: Clause, units: list) -> tuple:
    """(whose forces, where): countries named as owners (subject, adjective on forces or systems, a unit's
    country) and places ("to"/"in" a country, any place named), minus the owner's own territory."""
    owner, places = [], []
    for r in sent.refs:
        if not (clause.start <= r.start < clause.stop) or d.in_frame(sent, r.start) or r.country is None:
            continue
        if r.prep in ("to", "in") and r.via in ("name", "place"):
            places.append(r.entity if r.via == "name" else r.entity)
        elif r.via == "adj" and r.prep is None and (r.weapon or _modifies_forces(d, sent, r)):
            owner.append(r.country)
        elif r.prep is None and r.via == "name" and (not d.ru or "nomn" in r.cases):
            owner.append(r.country)
        elif r.via == "name" and r.prep is None and d.ru and r.actor:
            owner.append(r.country)
    for m in sent.mentions:
        if m.type == "place" and clause.start <= m.start < clause.stop and not d.in_frame(sent, m.start) and \
                m.key not in places:
            places.append(m.key)
    for m in units:
        c = d.country_of(m.key)
        if c:
            owner.append(c)
    owner = uniq(owner)
    places = [p for p in uniq(places) if d.country_of(p) not in owner or not p.startswith("country:")]
    return owner, places


def _foreign_systems(d: Doc, sent: Sent, clause: Clause, systems: list) -> bool:
    """"Russian Iskander-M systems have been deployed in Belarus": an owner's adjective on the system and a
    place in another country, with no transfer in the clause."""
    adj = {r.country for r in sent.refs if r.weapon and clause.start <= r.start < clause.stop}
    places = {r.country for r in sent.refs if r.prep in ("in", "to") and clause.start <= r.start < clause.stop}
    return bool(adj and places and not adj & places)


def _modifies_forces(d: Doc, sent: Sent, r: Ref) -> bool:
    """"Russian troops", "российские военные объекты": the adjective names whose forces they are."""
    k = d.tok_at(sent, r.stop - 1) if r.stop > r.start else r.tok
    for t in sent.toks[k + 1:k + 4]:
        if (t.cyr and t.keys & TROOPS_RU) or (not t.cyr and TROOPS_EN.fullmatch(t.low)):
            return True
        if any(m.type in ("military_unit", "weapon_system") and m.start <= t.start < m.stop for m in sent.mentions):
            return True
        if not modifier_word(d, t) and t.low not in ("and", "и"):
            return False
    return False


def _deploy_future(d: Doc, sent: Sent, clause: Clause, cue: Cue) -> bool:
    if d.ru:
        pos, tense, _ = verb_info(cue.text)
        win = [t for t in window(sent, cue.tok, 3) if t.start >= clause.start]
        planned = any(t.keys & RU_PLAN for t in sent.toks if clause.start <= t.start < cue.start)
        return tense == "futr" or pos == "INFN" or planned or any(t.low in ("будет", "будут") for t in win)
    low = d.text[clause.start:cue.start].lower()
    return bool(re.search(r"\b(?:will|plans?|planned|intends?|would|to)\s+(?:\w+\s+){0,2}$", low)) or \
        bool(re.search(r"\bplans? to\b", low))


def _troop_phrase(d: Doc, sent: Sent, clause: Clause) -> list:
    out = []
    if d.ru:
        for t in d.toks_in(sent, clause.start, clause.stop):
            if t.keys & TROOPS_RU and is_noun(t.text) and not d.in_frame(sent, t.start):
                a_, b_ = t.i, t.i
                while a_ > 0 and is_adj(sent.toks[a_ - 1].text):
                    a_ -= 1
                while b_ + 1 < len(sent.toks) and sent.toks[b_ + 1].keys & TROOPS_RU and \
                        d.text[sent.toks[b_].stop:sent.toks[b_ + 1].start] == " ":
                    b_ += 1
                out.append(d.text[sent.toks[a_].start:sent.toks[b_].stop])
        return out
    for m in TROOPS_EN.finditer(d.text[clause.start:clause.stop].lower()):
        s = clause.start + m.start()
        if not d.in_frame(sent, s):
            out.append(d.text[s:clause.start + m.end()])
    return out


def _troop_quantity(d: Doc, sent: Sent, clause: Clause, troops: list) -> Optional[tuple]:
    for t in d.toks_in(sent, clause.start, clause.stop):
        val = number_value(d, t) if t.low not in ("a", "an") else None
        if val is None:
            continue
        nxt = sent.toks[t.i + 1:t.i + 4]
        for u in nxt:
            unit = unit_of(u)
            is_troop = (d.ru and u.keys & TROOPS_RU) or (not d.ru and TROOPS_EN.fullmatch(u.low))
            if unit or is_troop:
                approx = any(x.keys & APPROX_RU for x in sent.toks[max(0, t.i - 2):t.i]) if d.ru else \
                    bool(APPROX_EN.search(d.text[max(sent.start, t.start - 25):t.start].lower()))
                num = val
                m = re.match(r"\d{1,3}(?:,\d{3})+", d.text[t.start:t.start + 12])
                if m and not d.ru:
                    num = float(m.group().replace(",", ""))
                return num, approx, unit or u.low
            if u.cyr and not is_adj(u.text):
                break
    return None
