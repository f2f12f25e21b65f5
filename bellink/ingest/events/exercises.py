"""Exercises: named ones (with the sentences around them) and unnamed ones, with date, status and scale.

    "Zapad-2021 will involve about 200,000 troops"         Zapad-2021, planned, 200,000 troops
    "Белорусские и российские военные провели учения ..."   an unnamed exercise, held
Not an exercise: "exercises" with no participant, place or time.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bellink.ingest.docgate import may
from bellink.ingest.time import dating
from bellink.ingest.events.document import Cue, Draft
from bellink.ingest.events.lexicons import (
    EXERCISE_NOUN, EX_FUTURE_EN, EX_FUTURE_RU, EX_JOINT, EX_PAST_EN, EX_PAST_RU, EX_PLANNED_RU, EX_TAKE_PART,
    SCALE_MULTIPLIERS, SCALE_NOUNS, SCALE_RE,
)
from bellink.ingest.events.words import uniq, verb_info
from bellink.ingest.model import DateRef

if TYPE_CHECKING:
    from bellink.ingest.events.document import Doc, Sent



def _exercise_noun(d: Doc, sent: Sent) -> bool:
    """Does the sentence speak of exercises or drills (EXERCISE_NOUN, searched once per sentence)?"""
    key = ("exercise_noun", sent.index)
    got = d.cue_cache.get(key)
    if got is None:
        got = d.cue_cache[key] = may(EXERCISE_NOUN, d.text, sent.start, sent.stop) and \
            EXERCISE_NOUN.search(sent.text) is not None
    return got


def exercise_context(d: Doc, sent: Sent) -> bool:
    return any(m.type == "exercise" for m in sent.mentions) or _exercise_noun(d, sent)


def _scale(text: str, ru: bool) -> dict:
    out: dict = {}
    for m in SCALE_RE.finditer(text):
        key = next(k for k, _ in SCALE_NOUNS if m.group(k))
        raw = m.group("num").replace("\u00a0", " ")
        if ru:
            raw = raw.replace(" ", "").replace(",", ".")
        else:
            raw = raw.replace(",", "").replace(" ", "")
        try:
            val = float(raw)
        except ValueError:
            continue
        if m.group("mult"):
            val *= next(times for rx, times in SCALE_MULTIPLIERS if rx.fullmatch(m.group("mult")))
        val = int(val) if float(val).is_integer() else val
        out.setdefault(key, val)
    return out


def find_exercises(d: Doc) -> list:
    """Named exercises (one draft per name, from all the sentences about it), then unnamed ones."""
    groups = _named_groups(d)
    out = _unnamed_exercises(d, {s.index for g in groups.values() for s in g["sents"]})
    for key, g in groups.items():
        sents, anchor, m = g["sents"], g["anchor"], g["mention"]
        figures: dict = {}
        for s in [anchor] + [x for x in sents if x is not anchor]:
            for k, v in _scale(_content_text(d, s), d.ru).items():
                figures.setdefault(k, v)
        participants, places, systems = _exercise_roles(d, sents)
        date, how = _exercise_date(d, key, m, anchor, sents)
        status = _exercise_status(d, sents, date)
        roles = {"exercise": [key], "participant": participants, "place": places}
        if systems:
            roles["system"] = systems
        dr = Draft("exercise", anchor, d.clause_of(anchor, m.start), Cue(m.start, m.stop, m.text, None, "", 0),
                   roles, status=status, rule="exercises:named")
        dr.details = {"figures": figures} if figures else {}
        if len(sents) > 1:
            dr.details["sentences"] = [s.index for s in sents]
        if how:
            dr.details["date_from"] = how
        dr.date = date
        dr.span = (m.start, m.stop)
        dr.confidence = 0.9 if participants else 0.7
        out.append(dr)
    return out


def _named_groups(d: Doc) -> dict:
    """Exercise key -> its first mention, that mention's sentence (anchor) and the sentences about it: those
    naming it, those up to three sentences on that speak of exercises, and one just before the first naming."""
    groups: dict = {}
    last_named = None
    for s in d.sents:
        named = [m for m in s.mentions if m.type == "exercise"]
        if named:
            for m in named:
                if m.key not in groups:
                    groups[m.key] = {"anchor": s, "mention": m, "sents": []}
                if not groups[m.key]["sents"] or groups[m.key]["sents"][-1] is not s:  # (sentences come in order)
                    groups[m.key]["sents"].append(s)
            last_named = (named[-1].key, s.index)
            continue
        if last_named and s.index - last_named[1] <= 3 and _exercise_noun(d, s):
            groups[last_named[0]]["sents"].append(s)
            last_named = (last_named[0], s.index)
    # a sentence just before the first naming that speaks of the same drills ("war games that kicked off Thursday")
    for g in groups.values():
        first = g["anchor"].index
        if first > 0:
            prev = d.sents[first - 1]
            if _exercise_noun(d, prev) and not any(m.type == "exercise" for m in prev.mentions) and \
                    not any(prev in gg["sents"] for gg in groups.values()):
                g["sents"].insert(0, prev)
    return groups


def _exercise_roles(d: Doc, sents: list) -> tuple:
    """(participant countries, places, systems) named in the exercise's sentences, outside reporting frames."""
    participants, places, systems = [], [], []
    joint = False
    for s in sents:
        if EX_JOINT.search(s.text):
            joint = True
        for r in s.refs:
            if d.in_frame(s, r.start) or not r.country:
                continue
            if r.via == "org" and r.entity.startswith("organization:"):
                continue  # a ministry or an agency speaks of the drills; the countries are named elsewhere
            if r.prep == "other":
                continue
            if r.via in ("name", "adj", "place", "pronoun") and r.country not in participants:
                if r.via == "place" and r.prep == "in":
                    continue
                participants.append(r.country)
            if r.prep in ("in", "to") and r.via == "name" and r.entity not in places:
                places.append(r.entity)
        for mm in s.mentions:
            if mm.type == "place" and not d.in_frame(s, mm.start) and mm.key not in places:
                ent = d.entity(mm.key)
                if ent and ent.attrs.get("kind") in ("range", "base", "region", "site", "city", None):
                    places.append(mm.key)
            if mm.type == "weapon_system" and mm.key not in systems:
                systems.append(mm.key)
            if mm.type == "military_unit":
                c = d.country_of(mm.key)
                if c and c not in participants:
                    participants.append(c)
    if joint and len(d.dyad) == 2:
        for c in d.dyad:
            if c not in participants:
                participants.append(c)
    return participants, places, systems


def _exercise_date(d: Doc, key: str, m, anchor: Sent, sents: list) -> tuple:
    """(DateRef, how): a range first, then the time nearest the name, then the year in the name."""
    date, how = None, None
    ranges = [t for s in sents for t in dating.timexes_in(d.a, s.index)
              if t.kind == "range" and not d.in_frame(s, t.start) and t.value]
    if ranges:
        date, how = dating.to_dateref(ranges[0]), "own"
    else:
        for s in [anchor] + [x for x in sents if x is not anchor]:
            cands = [t for t in dating.timexes_in(d.a, s.index) if not d.in_frame(s, t.start) and t.value
                     and t.kind in ("date", "range", "since")]
            if cands:
                t = min(cands, key=lambda t: abs(t.start - m.start) if s is anchor else t.start)
                date, how = dating.to_dateref(t), "own"
                break
    ent = d.entity(key)
    year = (ent.attrs.get("year") if ent else None) or (re.search(r"(19|20)\d\d", m.text) or [None])[0]
    if date is None and year:
        date, how = DateRef(value=str(year), precision="year", method="explicit", text=m.text), "name"
    elif date is not None and year and date.value and not str(date.value).startswith(str(year)):
        # a time that is not in the exercise's year belongs to something else in the sentence
        date, how = DateRef(value=str(year), precision="year", method="explicit", text=m.text), "name"
    return date, how


def _unnamed_exercises(d: Doc, named: set) -> list:
    """Exercises without a name: a participating country, a participation verb, and a place or a time."""
    out = []
    for s in d.sents:
        if s.index in named or not _exercise_noun(d, s):
            continue
        content = _content_text(d, s)
        m = EXERCISE_NOUN.search(content)
        if not m or not EX_TAKE_PART.search(content):
            continue
        participants = uniq(r.country for r in s.refs if r.country and not d.in_frame(s, r.start) and
                             r.start < s.start + m.start() and r.prep is None and (r.actor or r.via == "name"))
        places = [mm.key for mm in s.mentions if mm.type == "place" and not d.in_frame(s, mm.start) and
                  mm.start > s.start + m.start()]
        timexes = [t for t in dating.timexes_in(d.a, s.index) if not d.in_frame(s, t.start) and t.value]
        if not participants or not (places or timexes):
            continue
        date = dating.to_dateref(timexes[0]) if timexes else None
        cue = Cue(s.start + m.start(), s.start + m.end(), m.group(), None, "", d.tok_at(s, s.start + m.start()))
        dr = Draft("exercise", s, d.clause_of(s, cue.start), cue,
                   {"exercise": [], "participant": participants, "place": places}, status=None,
                   rule="exercises:unnamed")
        dr.status = _exercise_status(d, [s], date)
        figures = _scale(content, d.ru)
        dr.details = {"name": None, **({"figures": figures} if figures else {})}
        dr.date = date
        dr.span = (cue.start, cue.stop)
        dr.confidence = 0.6
        out.append(dr)
    return out


def _content_text(d: Doc, s: Sent) -> str:
    text = s.text
    for fs, fe in s.frames:
        text = text[:fs - s.start] + " " * (fe - fs) + text[fe - s.start:]
    return text


def _exercise_status(d: Doc, sents: list, date) -> str:
    fut = past = False
    for s in sents:
        if d.ru:
            for t in s.toks:
                pos, tense, _ = verb_info(t.text) if t.cyr else (None, None, None)
                if t.keys & EX_FUTURE_RU and (tense == "futr" or t.keys & EX_PLANNED_RU):
                    fut = True
                if (pos == "VERB" and tense in ("past", "pres") and (t.keys & (EX_PAST_RU | EX_FUTURE_RU))) or \
                        (pos == "PRTF" and t.keys & EX_PAST_RU):
                    past = True
        else:
            if EX_FUTURE_EN.search(s.text):
                fut = True
            if any(not re.search(r"\b(?:will|to|would) (?:be )?$", s.text[:m.start()].lower())
                   for m in EX_PAST_EN.finditer(s.text)):
                past = True
    pub = d.a.document.published
    if date is not None and date.value and pub and len(date.value) >= 4 and date.value[:len(pub)] > pub[:len(date.value)]:
        return "planned"
    if past:
        return "held"
    if fut:
        return "planned"
    return "held"
