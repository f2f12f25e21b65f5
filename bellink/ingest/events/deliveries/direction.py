"""Supplier and recipient from the clause's country references.

    "Russia delivered ... to Belarus"            supplier Russia, recipient Belarus (subject, "to")
    "Belarus received ... from Russia"           recipient Belarus, supplier Russia
    "Минобороны Белоруссии получило ..."         recipient Belarus (nominative subject), the ministry as org
    "Russian S-400 for Belarus"                  the adjective gives the origin: supplier Russia
Not a party: a country in the reporting frame or in parentheses, "the border with Ukraine".
"""
from __future__ import annotations

from typing import TYPE_CHECKING
import re

from bellink.names import has_cyrillic
from bellink.ingest.events.lexicons import EN_BE, WEAPON_EN
from bellink.ingest.events.words import uniq, verb_info, window

if TYPE_CHECKING:
    from bellink.ingest.events.document import Clause, Cue, Doc, Sent


def transfer_roles(d: Doc, sent: Sent, clause: Clause, cue: Cue, stage: str, systems: list, hyp: list) -> tuple:
    """(suppliers, recipients, notes) from the clause's country references."""
    sup, rec, counter, party, location, origin = [], [], [], [], [], []
    orgs_sup, orgs_rec = [], []
    notes: dict = {}
    passive = _passive(d, sent, clause, cue)
    for r in sent.refs:
        if not (clause.start <= r.start < clause.stop) or d.in_frame(sent, r.start, r.stop) or r.country is None:
            continue
        if any(s <= r.start < e for s, e in hyp) or r.paren:
            continue
        if r.supplied:
            sup.append(r)
            continue
        if r.via == "adj" and r.weapon:
            origin.append(r)
            continue
        prep = r.prep
        if prep == "with" and re.search(r"(?i)(?:border|frontier|границ\w*|рубеж\w*)\s+(?:with\s+|с\s+|со\s+)?$",
                                        d.text[max(sent.start, r.start - 25):r.start]):
            continue
        if prep == "from":
            sup.append(r)
        elif prep in ("to", "for"):
            rec.append(r)
        elif prep == "with":
            if stage == "in_service" and r.actor:
                rec.append(r)
            else:
                counter.append(r)
        elif prep == "by":
            (sup if passive else party).append(r)
        elif prep == "in":
            location.append(r)
        elif prep == "other":
            continue
        else:
            before = r.start < cue.start
            if d.ru or has_cyrillic(d.text[r.start:r.stop]):
                cases = r.cases
                if "nomn" in cases and not (cases & {"datv"} and not before and r.via != "adj"):
                    role = "subj"
                elif cases & {"datv", "gent"}:
                    role = "iobj"
                elif "accs" in cases:
                    role = "obj"
                else:
                    role = "subj" if before else "obj"
            else:
                if r.via == "adj" and not r.actor:
                    continue
                role = "subj" if before else ("iobj" if cue.side == "supply" and
                                              d.tok_at(sent, r.start) - cue.tok <= 2 else "obj")
            if role == "subj":
                if passive and cue.side != "theme":
                    party.append(r)
                elif cue.side == "supply":
                    sup.append(r)
                elif cue.side in ("receive",):
                    rec.append(r)
                elif cue.side == "theme":
                    party.append(r)
                else:
                    party.append(r)
            elif role == "iobj":
                if cue.side == "receive" and not d.ru:
                    sup.append(r)
                else:
                    rec.append(r)
            else:
                if cue.side == "supply" and not passive:
                    rec.append(r)
                elif cue.side == "receive" and not passive:
                    party.append(r)
                else:
                    party.append(r)
    origin_c = [r.country for r in origin]
    if not d.ru:
        bare_before = [r for r in sup + rec if r.prep is None and r.start < cue.start and r.via != "adj"]
        if len(bare_before) > 1:
            nearest = max(bare_before, key=lambda r: r.start)
            for r in bare_before:
                if r is not nearest:
                    (sup if r in sup else rec).remove(r)
                    party.append(r)
    sup_c = uniq(r.country for r in sup)
    rec_c = uniq(r.country for r in rec)
    # an in_service or stationing clause: the location receives the system
    if not rec_c and cue.side in ("station", "receive", "theme") and location and stage in ("planned", "in_service",
                                                                                          "delivered"):
        rec_c = uniq(r.country for r in location)
    counters = uniq(r.country for r in counter)
    parties = uniq(r.country for r in party if r.country not in sup_c + rec_c)
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
    for r in sup:
        if r.via == "org":
            orgs_sup.append(r.entity)
    for r in rec + party:
        if r.via == "org" and r.country in rec_c:
            orgs_rec.append(r.entity)
    for r in counter + party:
        if r.via == "org" and r.country in sup_c:
            orgs_sup.append(r.entity)
    notes["supplier_org"] = uniq(orgs_sup)
    notes["recipient_org"] = uniq(orgs_rec)
    notes["location"] = uniq(r.country for r in location)
    return sup_c, rec_c, notes


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
