"""Clause reading: which predicate of a sentence says what about a system, and whose subject the system is.

A sentence about a system often carries two predicates, each with its own stage and time: a relative clause or a
participial phrase set off by commas on the system's noun phrase, and the main verb after it.

    "Iskander-M systems, which Russia delivered last year, are now on combat duty"
        relative clause (delivered, last year) on "Iskander-M systems"; main predicate "are now on combat duty"
    "Комплексы «Искандер-М», которые Россия передала в прошлом году, с января несут боевое дежурство"
        relative clause (передала, в прошлом году); main predicate "с января несут боевое дежурство"
    "The fifth, handed over last November, has been on combat duty since January"
        participial phrase (handed over, last November) on the subject "The fifth"; main predicate "has been ..."
Not a main predicate of that subject: a clause with a subject of its own after the relative clause ("Iskander-M
systems, which Russia delivered last year, and the S-400 are ...", ", they are ...", ", Belarus put them ...").

The cues read the stage from the predicate's verb (``cues``, ``stages``); this module only says which
stretch of the sentence is which predicate's and which noun phrase is its subject, so that a relative clause's
stage stays in the relative clause and the main verb reads its own stage and date (``read``, ``anaphora``).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Optional

from bellink.ingest.time import dating
from bellink.ingest.events.numbers import unit_of
from bellink.ingest.events.words import verb_info
from bellink.ingest.events.lexicons import CLAUSE_OPENERS_EN, CLAUSE_OPENERS_RU, EN_BE, EN_FUTURE_AUX, EN_PRESENT_AUX

if TYPE_CHECKING:
    from bellink.ingest.events.document import Clause, Cue, Doc, Sent

# a relative clause set off by a comma, opened by its pronoun
RELATIVE_OPEN = re.compile(r"(?i)\s*,\s*(?:which|котор\w+)\b")
# a participial phrase set off by commas right after its noun phrase: ", handed over last November,"
PARTICIPLE_OPEN_EN = re.compile(r"(?i),\s*(?:[a-z]+ed(?:\s+over)?|sold|bought|given|sent|taken|put)\b")
PREPOSITION = re.compile(r"(?i)^(?:since|in|by|on|at|from|until|с|в|во|до|к|со)$")
SUBJECT_WORDS = re.compile(r"(?i)^(?:it|they|he|she|we|this|these|those|there|он|она|оно|они|мы|это|эти)$")


def _opens_predicate(d: Doc, sent: Sent, start: int, cue: Cue) -> bool:
    """Between ``start`` (a comma that closes an inserted clause) and the cue stand only an auxiliary, adverbs or a
    time phrase: the cue's clause has no subject of its own, its subject is the noun phrase before the insertion."""
    gap = d.toks_in(sent, start, cue.start)
    if len(gap) > 5:
        return False
    words = CLAUSE_OPENERS_RU if d.ru else CLAUSE_OPENERS_EN | EN_BE | EN_FUTURE_AUX | EN_PRESENT_AUX
    times = [(t.start, t.stop) for t in dating.timexes_in(d.a, sent.index)]
    for k, t in enumerate(gap):
        if any(s <= t.start < e for s, e in times):
            continue  # "since January", "с января": the predicate's own time
        nxt = gap[k + 1] if k + 1 < len(gap) else None
        if nxt is not None and PREPOSITION.match(t.text) and any(s <= nxt.start < e for s, e in times):
            continue  # ("since" / "с" before a time the time expression leaves out)
        if SUBJECT_WORDS.match(t.text) or t.text[:1].isupper():
            return False
        if t.low not in words and not (d.ru and t.cyr and t.keys & words):
            return False
    return True


# auxiliaries before an "-ed" form that make it no completed act ("are being handed over", "will be delivered")
NOT_DONE_EN = frozenset({"being", "will", "would", "to", "be", "is", "are", "am", "shall", "may", "might", "could",
                         "should", "must", "can"})


def _told_done(d: Doc, sent: Sent, cue: Cue) -> bool:
    """The cue's verb tells a completed act: a past or perfect verb ("arrived", "were handed over", "has received",
    "прибыли", "были переданы"), not one under way or to come ("are being handed over", "will arrive", "поступят")."""
    word = cue.text.split()[0]
    before = {t.low for t in sent.toks[max(0, cue.tok - 2):cue.tok]}
    if d.ru:
        pos, tense, _ = verb_info(word)
        return tense == "past" or pos == "PRTS" and any(w.startswith("был") for w in before)
    return re.fullmatch(r"[a-z]+ed", word.lower()) is not None and not before & NOT_DONE_EN


def subject_after_relative(d: Doc, sent: Sent, clause: Clause, cue: Cue) -> list:
    """The systems of the noun phrase a relative clause hangs on, when ``clause`` is the main predicate that follows
    that relative clause (", which Russia delivered last year, are now on combat duty"), else []."""
    from bellink.ingest.events.deliveries.systems import antecedent

    if not d.text.startswith(",", clause.start) or cue.start < clause.start:
        return []
    before = [c for c in sent.clauses if c.stop <= clause.start]
    if not before or before[-1].stop != clause.start or not RELATIVE_OPEN.match(d.text, before[-1].start):
        return []
    if not cue.stage or not _opens_predicate(d, sent, clause.start + 1, cue):
        return []
    from bellink.ingest.events.deliveries.cues import transfer_cues

    told = {c.stage for c in transfer_cues(d, sent, before[-1]) if c.stage}
    if not told and not _told_done(d, sent, cue):
        # "The S-300PS, which the Russian army is replacing at home, are being handed over": an aside with no transfer
        # before a stage still under way is left to the reading without it (the aside may say whose they still are);
        # a completed act is said of the noun phrase ("The Tor-M2 batteries, which guard the capital, arrived in May")
        return []
    if cue.stage in told:
        # "..., which arrived in May, arrived ...": the main verb retells the relative clause's stage; "The S-300PS,
        # which the Russian army is replacing at home, are being handed over": one stage, told by the main verb
        # alone, which the reading without the relative clause already has or leaves out
        return []
    return antecedent(d, sent, before[-1])


def apposition_subject(d: Doc, sent: Sent, clause: Clause, cue: Cue) -> Optional[tuple]:
    """((subject start, subject stop), (phrase start, phrase stop)) when the cue's predicate follows a participial
    phrase set off by commas on its subject ("The fifth, handed over last November, has been on combat duty"), else
    None. English only: a Russian participle agrees with its noun and is read by ``participles``."""
    head = d.text.rfind(",", clause.start, cue.start)
    if head < 0 or not _opens_predicate(d, sent, head + 1, cue):
        return None
    opened = d.text.rfind(",", clause.start, head)
    if opened < 0:
        return None
    if d.ru:
        # ", законтрактованная в прошлом году,": a full participle opens the phrase
        first = next(iter(d.toks_in(sent, opened, head)), None)
        if first is None or verb_info(first.text)[0] != "PRTF":
            return None
    elif not PARTICIPLE_OPEN_EN.match(d.text, opened, head):
        return None
    subject = (clause.start, opened)
    if len(d.toks_in(sent, *subject)) > 6:
        return None
    return subject, (opened + 1, head)


def apposition_stage(d: Doc, sent: Sent, clause: Clause, cue: Cue) -> Optional[tuple]:
    """(cue, stage, timex or None, (start, stop)) of the participial phrase on the subject of ``cue``'s predicate
    ("The battalion, ordered in 2021, arrived in July": ordered, 2021) when it tells another stage than the
    predicate's, in the form ``participles.participle_stage`` gives; else None."""
    from bellink.ingest.events.deliveries.cues import transfer_cues

    got = apposition_subject(d, sent, clause, cue)
    if got is None:
        return None
    _, (ps, pe) = got
    inner = [c for c in transfer_cues(d, sent, clause) if ps <= c.start < pe and c.stage]
    if len(inner) != 1 or inner[0].stage == cue.stage:
        return None
    times = [t for t in dating.timexes_in(d.a, sent.index) if ps <= t.start < pe and t.value]
    return inner[0], inner[0].stage, (times[0] if times else None), (ps, pe)


# ", to be shipped in 2010", ", to be delivered by 2015": what an order is for, told as a stage still to come
TO_BE_BEFORE_EN = re.compile(r",\s*(?:all\s+|both\s+)?to\s+be\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)


def infinitive_tail(d: Doc, sent: Sent, clause: Clause, cues: list) -> Optional[tuple]:
    """(cue, (start, stop)) of a passive infinitive set off by a comma after an order ("has signed a contract for
    300 more, to be shipped in 2010"; "signed a contract for four Yak-130, to be delivered in 2015"): the delivery
    the order is for, a planned stage with its own time beside the order's; else None. English only."""
    if d.ru:
        return None
    for c in cues:
        if c.side not in ("supply", "receive", "theme") or not c.stage:
            continue
        hit = TO_BE_BEFORE_EN.search(d.text, clause.start, c.start)
        if hit is None or hit.end() != c.start:
            continue
        if not any(o.stage == "ordered" and o.stop <= hit.start() for o in cues):
            return None
        comma = d.text.find(",", c.stop, clause.stop)
        return c, (hit.start(), comma if comma >= 0 else clause.stop)
    return None


# a restrictive relative clause right after the system: "the battalion that Moscow had promised last spring"
RELATIVE_ON_EN = re.compile(r"(?i)[»\"”]?\s*(?:[^\W\d_][\w-]*\s+){0,3}?(?:that|which)\s+")
# the main verb's own auxiliaries and adverbs before its cue: "... had reached", "... will be formally handed over"
MAIN_AUX_EN = re.compile(r"(?i)(?:\b(?:will|would|shall|should|could|may|might|must|has|have|had|is|are|was|were|be|"
                         r"been|being|already|now|also|finally|formally|officially|go|goes|went|gone|put|placed)\s+)*$")


def main_predicate_start(d: Doc, sent: Sent, clause: Clause, cue: Cue, ms: list) -> Optional[int]:
    """Where the main verb group of ``cue`` starts when a restrictive relative clause on one of the systems ``ms``
    stands between the system and the cue ("the second Tor-M2K battalion that Moscow had promised last spring had
    reached the brigade": "had reached"), so that the relative clause's words (its plan, its negation, its time)
    are not read as the main verb's; else None. English only (a Russian relative clause is set off by commas)."""
    if d.ru:
        return None
    for m in ms:
        if not (clause.start <= m.stop <= cue.start) or m.sentence != sent.index:
            continue
        hit = RELATIVE_ON_EN.match(d.text, m.stop, cue.start)
        if hit is None or re.search(r"[,;:()]", d.text[m.stop:cue.start]):
            continue
        aux = MAIN_AUX_EN.search(d.text, hit.end(), cue.start)
        start = aux.start() if aux else cue.start
        if len(d.text[hit.end():start].split()) >= 2:
            return start
    return None


# a relative clause after the cue with a modal or future of its own: "enough for a new battery that will go on combat
# duty in the coming months", "the brigade, which is to get a second set"
RELATIVE_AHEAD_EN = re.compile(r"(?i)(?:,\s*)?\b(?:that|which|who)\s+(?:will|would|could|may|might|should|is\s+to|are\s+to|"
                               r"is\s+due|are\s+due|is\s+expected|are\s+expected)\b")


def main_predicate_end(d: Doc, sent: Sent, clause: Clause, cue: Cue) -> Optional[int]:
    """Where a relative clause with a modal or future of its own begins after a done cue ("Belarus received four
    Tor-M2K vehicles last Friday, enough for a new battery that will go on combat duty"): its future is the
    relative clause's, not the received vehicles'; else None. English only."""
    if d.ru or cue.stage not in ("delivered", "in_service", "ordered"):
        return None
    hit = RELATIVE_AHEAD_EN.search(d.text, cue.stop, clause.stop)
    if hit is None:
        return None
    before = [t for t in d.toks_in(sent, cue.stop, hit.start()) if t.text.isalpha()]
    if not before or unit_of(before[-1]) is None and not any(m.type == "weapon_system" and m.stop <= hit.start() and
                                                               m.stop >= before[-1].start for m in sent.mentions):
        return None  # ("said that it would ...", "expects that ...": a content clause, not a relative one)
    return hit.start()


# ", and has already handed over", "and is negotiating", "and will deliver": a second predicate of the same subject
# begins (its auxiliary opens it); English only
AND_PREDICATE_EN = re.compile(r"(?i)\band\s+(?=(?:has|have|had|is|are|was|were|will|would)\b)")
DONE_VERB_EN = re.compile(r"(?i)(?:\w+ed|sent|brought|gave|given|took|taken)\b")


def own_conjunct(d: Doc, sent: Sent, clause: Clause, cue: Cue, cues: list) -> Clause:
    """The part of ``clause`` that is the cue's own predicate when the subject has two joined by "and" + an auxiliary
    ("Russia plans to finish the storage site by July 1 and has already handed over the Iskander complex": the plan is
    the first predicate's, the hand-over is done). Only what comes before the cue is cut: a later predicate may say
    what comes of the same systems ("were handed over ... and are expected to join the duty roster in July"); and a
    conjunct with a transfer word of its own is another stage of the same transfer, read together as before
    (coordination.py)."""
    from bellink.ingest.events.document import Clause

    if d.ru or cue.stage not in ("delivered", "in_service") or not DONE_VERB_EN.match(cue.text):
        return clause  # (only a finite verb of a done stage is cut off: "were overhauled before delivery" keeps the
        # agreement named before it)
    start, stop = clause.start, clause.stop
    for m in AND_PREDICATE_EN.finditer(d.text, clause.start, clause.stop):
        if m.end() <= cue.start:
            if not any(c is not cue and clause.start <= c.start < m.start() for c in cues):
                start = m.end()
    return Clause(start, stop)
