"""Agreements and contracts concluded, with parties, subject and count.

    "Russia and Belarus signed an agreement on joint air defense"
    "Минобороны России и Белоруссии заключили три контракта на поставку вертолётов Ми-35М"
Not an agreement: "plans to sign a deal" (an intention), "no agreement was reached" (negated),
"No contract for the S-400 has been signed" / "никакого контракта не заключено" (the accord itself negated).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Optional

from bellink.ingest.events.dates import event_date, quoted, statement_at
from bellink.ingest.events.deliveries.systems import systems_in
from bellink.ingest.events.document import Cue, Draft
from bellink.ingest.events.lexicons import (
    ADOPT_RU, AGREED_EN, AGREED_RU, AGREE_NOUN_EN, AGREE_NOUN_RU, AGREE_REF_EN, AGREE_REF_RU, AGREE_VERB_EN,
    AGREE_VERB_RU, CONTRACT_NOUNS_RU, DECISION_RU, DECISION_VERBS_EN, PLAN_NOT_AGREED_RU, RU_NEG,
)
from bellink.ingest.events.negation import asserted
from bellink.ingest.events.numbers import number_before
from bellink.ingest.events.words import uniq, verb_info

if TYPE_CHECKING:
    from bellink.ingest.events.document import Clause, Doc, Sent


def find_agreements(d: Doc, sent: Sent) -> list:
    out = []
    for clause in sent.clauses:
        cue, rule = _agreement_cue(d, sent, clause)
        if cue is None:
            continue
        if not asserted(d, sent, clause, cue) or _accord_negated(d, sent, clause):
            continue
        if _agreement_future(d, sent, clause, cue):
            continue  # intentions to sign are not agreements
        parties = _parties(d, sent, clause)
        countries = [p for p in parties if p.startswith("country:")]
        details: dict = {"cue": cue.text}
        if len(countries) == 1 and len(d.dyad) == 2 and countries[0] in d.dyad:
            other = [c for c in d.dyad if c != countries[0]]
            parties += other
            details["parties_inferred"] = other
        if not parties:
            continue
        systems = [m.key for m in systems_in(d, sent, clause)]
        subject = _agreement_subject(d, clause, cue)
        if subject:
            details["subject"] = subject
        attributed = bool(sent.frames) or statement_at(d.a, cue.start) is not None or quoted(d, sent, cue.start)
        date, how = event_date(d, sent, clause, cue.start, present=attributed)
        if how == "publication":
            date, how = None, None  # an accord's date is when it was concluded; the report's day is not that
        roles = {"party": parties}
        if systems:
            roles["system"] = systems
        dr = Draft("agreement", sent, clause, cue, roles, status="concluded", details=details,
                   rule=rule)
        q = _agreement_count(d, sent, clause)
        if q:
            dr.quantity, dr.approx, dr.unit = q
        dr.date = date
        if how:
            dr.details["date_from"] = how
        dr.span = (clause.start, clause.stop)
        dr.confidence = 0.8 if not details.get("parties_inferred") else 0.65
        out.append(dr)
    return out


def _accord_negated(d: Doc, sent: Sent, clause: Clause) -> bool:
    """'no contract', 'никакого соглашения': the accord noun itself negated, however far the verb is."""
    toks = d.toks_in(sent, clause.start, clause.stop)
    for k, t in enumerate(toks):
        negation = (t.cyr and t.keys & RU_NEG) if d.ru else t.low in ("no", "neither")
        if not negation:
            continue
        for n in toks[k + 1:k + 3]:
            if (d.ru and n.keys & AGREE_NOUN_RU) or (not d.ru and AGREE_NOUN_EN.fullmatch(n.low)):
                return True
    return False


AGREE_CUE_RU = AGREED_RU | AGREE_REF_RU | AGREE_NOUN_RU


def _agreement_cue(d: Doc, sent: Sent, clause: Clause) -> tuple:
    """(cue, rule) of the clause: agreeing itself, an accord referred to, or an accord noun with a verb of
    concluding it; (None, None) when there is none."""
    cue, rule = None, None
    if d.ru:
        if sent.keyset.isdisjoint(AGREE_CUE_RU):
            return None, None  # a cue is an agreeing, a reference or an accord noun: none in the sentence
        toks = [t for t in d.toks_in(sent, clause.start, clause.stop) if t.cyr]
        nouns = [t for t in toks if t.keys & AGREE_NOUN_RU]
        verbs = [t for t in toks if t.keys & AGREE_VERB_RU and verb_info(t.text)[0] in ("VERB", "PRTS", "PRTF")]
        agreed = [t for t in toks if t.keys & AGREED_RU]
        refs = [t for t in toks if t.keys & AGREE_REF_RU and t.i + 1 < len(sent.toks) and
                sent.toks[t.i + 1].low in ("о", "об")]
        if agreed:
            t = agreed[0]
            cue, rule = Cue(t.start, t.stop, t.text, None, "", t.i), "agreements:agreed"
        elif refs and not verbs:
            t = refs[0]
            cue, rule = Cue(t.start, t.stop, t.text, None, "", t.i), "agreements:reference"
        elif nouns and verbs:
            t = verbs[0]
            cue, rule = Cue(t.start, t.stop, t.text, None, "", t.i), "agreements:concluded"
            if any(n.keys & DECISION_RU for n in nouns) and not any(n.keys - DECISION_RU & AGREE_NOUN_RU
                                                                      for n in nouns):
                if not verbs[0].keys & ADOPT_RU:
                    cue = None
    else:
        if not (d.sentence_has(sent, AGREED_EN) or d.sentence_has(sent, AGREE_NOUN_EN)):
            return None, None  # no cue in any clause (see the note on AGREE_REF_EN below)
        low = d.text[clause.start:clause.stop].lower()
        m = AGREED_EN.search(low)
        if m:
            s = clause.start + m.start()
            cue = Cue(s, clause.start + m.end(), d.text[s:clause.start + m.end()], None, "", d.tok_at(sent, s))
            rule = "agreements:agreed"
        else:
            n = AGREE_NOUN_EN.search(low)
            # every AGREE_REF_EN match holds an AGREE_NOUN_EN noun: without one there is no cue
            v = AGREE_VERB_EN.search(low) if n else None
            ref = AGREE_REF_EN.search(low) if n else None
            if n and v and (n.group() != "decision" or v.group() in DECISION_VERBS_EN):
                s = clause.start + v.start()
                cue = Cue(s, clause.start + v.end(), d.text[s:clause.start + v.end()], None, "",
                          d.tok_at(sent, s))
                rule = "agreements:concluded"
            elif ref:
                s = clause.start + ref.start()
                cue = Cue(s, clause.start + ref.end(), d.text[s:clause.start + ref.end()], None, "",
                          d.tok_at(sent, s))
                rule = "agreements:reference"
    return cue, rule


def _parties(d: Doc, sent: Sent, clause: Clause) -> list:
    """Countries and organizations of the clause that can be parties to an accord (not places, not origins)."""
    parties = []
    for r in sent.refs:
        if not (clause.start <= r.start < clause.stop) or d.in_frame(sent, r.start) or r.country is None:
            continue
        if r.via == "adj" and r.weapon:
            continue
        if r.prep == "in" and r.via != "org":
            continue
        if r.via == "org":
            parties.append(r.entity)
            parties.append(r.country)
        elif r.via in ("name", "place", "pronoun") or (r.via == "adj" and r.actor):
            parties.append(r.country)
    return uniq(parties)


def _agreement_future(d: Doc, sent: Sent, clause: Clause, cue: Cue) -> bool:
    if d.ru:
        pos, tense, _ = verb_info(cue.text)
        planned = any(t.keys & PLAN_NOT_AGREED_RU for t in sent.toks
                      if clause.start <= t.start < cue.start)
        return tense == "futr" or pos == "INFN" or planned
    low = d.text[clause.start:cue.start].lower()
    return bool(re.search(r"\b(?:will|plans?|planned|intends?|to|expected|could|would)\s+(?:\w+\s+){0,2}$", low)) \
        or bool(re.search(r"\b(?:plans?|intends?) to\b", low))


def _agreement_subject(d: Doc, clause: Clause, cue: Cue) -> Optional[str]:
    stop = clause.stop
    sent = d.sents[d.a.sentence_at(cue.start).index]
    for fs, fe in sent.frames:
        if cue.stop <= fs < stop:
            stop = fs
    seg = d.text[cue.stop:stop]
    m = re.search(r"\b(?:on|for|to|о|об|на)\s+([^;.«»\"“”]{5,})", seg)
    if m:
        subj = m.group(1).strip(" ,")
        if len(subj) > 120:
            subj = subj[:120].rsplit(" ", 1)[0] + "…"
        return subj
    seg = d.text[clause.start:cue.start]
    m = re.search(r"\b(?:on|for|о|об|на)\s+(.{5,140}?)(?:[,;.»\"]|$)", seg)
    return m.group(1).strip(" ,") if m else None


def _agreement_count(d: Doc, sent: Sent, clause: Clause) -> Optional[tuple]:
    for t in d.toks_in(sent, clause.start, clause.stop):
        if (t.cyr and t.keys & CONTRACT_NOUNS_RU) or \
                t.low in ("contracts", "agreements", "deals"):
            got = number_before(d, sent, t.start + 0, limit=3)
            if got is None and t.i:
                got = number_before(d, sent, t.start, limit=3)
            if got:
                val, approx, _, _ = got
                return val, approx, "contracts" if t.low.startswith("contract") or "kontrakt" in "".join(t.keys) \
                    else "agreements"
    return None
