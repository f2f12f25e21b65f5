"""Meetings and visits: two named people or institutions meeting, or one visiting a place.

    "Shoigu met Khrenin in Minsk on Tuesday"     Shoigu met Khrenin in Minsk
    "Хренин посетил Москву"                      Khrenin visited Moscow
Not a meeting: "talks on the supply of S-400 continue" (a negotiation process).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Optional

from bellink.ingest.events.dates import event_date
from bellink.ingest.events.document import Cue, Draft
from bellink.ingest.events.lexicons import (
    ENCOUNTER_EN, MEET_DISCUSS_RU, MEET_EN, MEET_PROCESS_RU, MEET_RU, PROCESS_EN, VISIT_EN, VISIT_RU,
)
from bellink.ingest.events.negation import asserted
from bellink.ingest.events.words import uniq, verb_info, within
from bellink.ingest.model import Event
from bellink.names import fold

if TYPE_CHECKING:
    from bellink.ingest.events.document import Clause, Doc, Sent


def find_meetings(d: Doc, sent: Sent) -> list:
    out = []
    for clause in sent.clauses:
        cue, visit = _meeting_cue(d, sent, clause)
        if cue is None:
            continue
        if not asserted(d, sent, clause, cue):
            continue
        people = uniq(m.key for m in sent.mentions if m.type == "person" and clause.start <= m.start < clause.stop
                       and (d.in_frame(sent, cue.start) or not d.in_frame(sent, m.start) or
                            within(cue.start, m.start, 100)))
        places = []
        for m in sorted((m for m in sent.mentions if m.type == "place" and clause.start <= m.start < clause.stop),
                        key=lambda m: abs(m.start - cue.start)):
            before = d.text[max(clause.start, m.start - 12):m.start].lower()
            if abs(m.start - cue.start) <= 90 and re.search(r"(?:\bin|\bto|\bat|\bв|\bво|\bна)\s+(?:the\s+)?$",
                                                            before):
                places.append(m.key)
                break
            if visit and 0 < m.start - cue.stop <= 3:
                places.append(m.key)  # "visited Moscow", "посетил Москву"
                break
        insts = []
        if len(people) < 2:
            for r in sent.refs:
                if clause.start <= r.start < clause.stop and r.via == "org" and r.entity not in insts and \
                        not d.in_frame(sent, r.start) or (clause.start <= r.start < clause.stop and r.via == "org"
                                                          and d.in_frame(sent, cue.start)):
                    if r.entity.startswith("organization:") and r.entity not in insts:
                        insts.append(r.entity)
                elif clause.start <= r.start < clause.stop and r.via in ("name", "adj") and r.actor and \
                        r.country not in insts and not people and r.prep != "in":
                    insts.append(r.country)
        participants = people + [i for i in insts if i not in people]
        if len(people) >= 2 or (len(participants) >= 2 and (places or people)):
            rule = "meetings:participants"
        elif participants and places and (visit or cue.text.lower() in ("meeting", "session", "summit",
                                                                         "talks")):
            rule = "meetings:visit" if visit else "meetings:venue"
        elif d.ru and len(participants) >= 2:
            rule = "meetings:institutions"
        else:
            continue
        if d.ru and cue.text and fold(cue.text).startswith("obsud") and len(people) < 2 and not places:
            continue
        status = "planned" if _meeting_future(d, sent, clause, cue) else "held"
        date, how = event_date(d, sent, clause, cue.start, present=False)
        dr = Draft("meeting", sent, clause, cue, {"participant": participants, "place": places}, status=status,
                   rule=rule)
        dr.details = {"cue": cue.text, "visit": visit}
        if how:
            dr.details["date_from"] = how
        dr.date = date
        dr.span = (clause.start, clause.stop)
        dr.confidence = 0.85 if len(people) >= 2 else 0.7
        out.append(dr)
    return out


def _meeting_cue(d: Doc, sent: Sent, clause: Clause) -> tuple:
    """(cue, is a visit) of the clause; no cue in a clause about a negotiation process."""
    seg = d.text[clause.start:clause.stop]
    cue = None
    visit = False
    if d.ru:
        for t in (d.toks_in(sent, clause.start, clause.stop) if not sent.keyset.isdisjoint(MEET_RU) else ()):
            if t.keys & MEET_RU:
                if t.keys & MEET_DISCUSS_RU and verb_info(t.text)[0] not in ("VERB",):
                    continue
                cue = Cue(t.start, t.stop, t.text, None, "", t.i)
                visit = bool(t.keys & VISIT_RU)
                break
        if cue is not None and any(t.keys & MEET_PROCESS_RU for t in sent.toks
                                   if clause.start <= t.start < clause.stop) and not visit:
            return None, False  # a negotiation process, not an encounter
    else:
        low = seg.lower()
        m = MEET_EN.search(low) if d.sentence_has(sent, MEET_EN) else None
        if m:
            s = clause.start + m.start()
            cue = Cue(s, clause.start + m.end(), d.text[s:clause.start + m.end()], None, "", d.tok_at(sent, s))
            visit = bool(VISIT_EN.match(m.group()))
            if PROCESS_EN.search(low) and not ENCOUNTER_EN.search(low):
                return None, False
    return cue, visit


def _meeting_future(d: Doc, sent: Sent, clause: Clause, cue: Cue) -> bool:
    if d.ru:
        for t in d.toks_in(sent, clause.start, clause.stop):
            if t.cyr:
                pos, tense, _ = verb_info(t.text)
                if pos == "VERB" and tense == "futr":
                    return True
        return False
    return bool(re.search(r"\b(?:will|would|to meet|is to|are to|scheduled|plans? to)\b",
                          d.text[clause.start:clause.stop].lower()))


def same_meeting(index: dict, ev: Event, by_person: Optional[dict] = None):
    """The key of an earlier mention of the same encounter: shared people, same status, compatible dates.

    ``by_person`` (person key -> {key in ``index``: its position there} for every meeting key whose
    participants ever included that person) narrows the walk to the keys that share a person, in
    ``index`` order, so the first match is the one the walk over all of ``index`` finds (a walk per
    meeting over every event kept so far grew with the square of a long document's meetings)."""
    people = {k for k in ev.roles.get("participant", []) if k.startswith("person:")}
    if by_person is None:
        candidates = index
    else:
        seen: dict = {}
        for p in people:
            seen.update(by_person.get(p, {}))
        candidates = sorted(seen, key=seen.__getitem__)
    for key in candidates:
        old = index[key]
        if old.kind != "meeting" or old.status != ev.status:
            continue
        old_people = {k for k in old.roles.get("participant", []) if k.startswith("person:")}
        if not (people & old_people):
            continue
        if old.date and ev.date and old.date.value and ev.date.value and old.date.value != ev.date.value:
            continue
        return key
    return None
