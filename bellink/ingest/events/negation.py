"""Negation, denial, modality and conditions: what keeps a cue from asserting a fact.

    "did not receive", "не получила"               negated
    "denied reports that ...", "опроверг"          denied
    "could supply", "мог бы"                       modal
    "if a request arrives", "если заявка поступит" a conditional span
    "talks on the S-400 have been frozen"          halted ("переговоры приостановлены", "to no avail")
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Optional

from bellink.ingest.docgate import folded, may
from bellink.ingest.events.lexicons import (
    CONTRACT_NOUN, DOUBT_WORDS, EN_BE, EN_DENY, EN_DENY_VERBS, EN_UNATTESTED, RU_UNATTESTED, EN_FUTURE_AUX, EN_HALT, EN_MODAL, EN_NEG, EN_NOT_YET, EN_PRESENT_AUX, EN_RESUME, EN_UNREAL, FRUITLESS, HYPOTHETICAL, LIFTED, NOT_BEFORE, RU_DENY, TRUTH_CONDITION,
    RU_AGENDA, RU_HALT, RU_MODAL, RU_MODAL_WORDS, RU_NEG, RU_NONE_OF, RU_RESUME,
)
from bellink.ingest.events.words import verb_info, window
from bellink.ingest.time.prefilter import Folded

if TYPE_CHECKING:
    from bellink.ingest.events.document import Clause, Doc, Sent



def hyp_spans(d: Doc, sent: Sent, clause: Clause) -> tuple:
    """Conditional sub-clauses: from "if"/"если" to the next comma (or the clause end)."""
    key = ("hyp", clause.start, clause.stop)
    got = d.cue_cache.get(key)
    if got is not None:
        return got
    # a clause is a stretch of its sentence cut at punctuation or spaces: no match in the sentence, none in it
    skey = ("hyp_sentence", sent.index)
    if skey not in d.cue_cache:
        d.cue_cache[skey] = may(HYPOTHETICAL, d.text, sent.start, sent.stop) and \
            HYPOTHETICAL.search(sent.text) is not None
    if not d.cue_cache[skey]:
        got = d.cue_cache[key] = ()
        return got
    spans = []
    seg = d.text[clause.start:clause.stop]
    for m in HYPOTHETICAL.finditer(seg):
        s = clause.start + m.start()
        c = seg.find(",", m.end())
        e = clause.start + (c if c >= 0 else len(seg))
        spans.append((s, e))
    got = d.cue_cache[key] = tuple(spans)
    return got


def conditioned(d: Doc, sent: Sent, clause: Clause, at: int) -> Optional[str]:
    """The condition that keeps a movement or transfer at ``at`` from being asserted: one it stands in ("If Russia
    shipped the launchers to Belarus, ..."), or one on the report itself anywhere in its clause ("If the reports are
    true, Russia has shipped ..."). A condition on something else leaves a transfer reported done outside it standing
    ("If Minsk wants more, Moscow has already shipped four"); stages.py reads the other stages against it."""
    for s, e in hyp_spans(d, sent, clause):
        if s <= at < e or TRUTH_CONDITION.match(d.text, s, e):
            return d.text[s:e]
    return None


# what ends the complement of "no sign that", "no evidence of": a punctuation mark, a new conjunct, an "adding that" aside
CLAUSE_BREAK_EN = re.compile(r"(?i)[,:;]|\b(?:and|but|adding|while|whereas)\b")


def contracted_not(t, text: str, offset: int = 0) -> bool:
    """The "n't" of "can't", "didn't", "won’t": tokens are cut at the apostrophe, so it is the token "t" right after
    "n'" (either apostrophe). ``text`` holds the token at ``t.start - offset``."""
    k = t.start - offset
    return t.low == "t" and k >= 2 and text[k - 1] in "'’" and text[k - 2] in "nN"


def negation_word(t, text: str, offset: int = 0) -> bool:
    """A token that negates: "not", "never", "cannot", a contracted "n't", "не", "нет" (the lexicon's negation rows)."""
    return t.low in EN_NEG or contracted_not(t, text, offset) or bool(t.cyr and t.keys & RU_NEG)


def _negation(t, sent: Optional[Sent] = None) -> bool:
    if not (negation_word(t, sent.text, sent.start) if sent is not None else
            (t.low in EN_NEG or bool(t.cyr and t.keys & RU_NEG))):
        return False
    # "not only ... but also", "не только ..., но и": an addition, no negation
    nxt = sent.toks[t.i + 1].low if sent is not None and t.i + 1 < len(sent.toks) else ""
    return nxt not in ("only", "только")


# between a negation and the verb it negates: auxiliaries ("had not yet taken up", "have not been put into service")
AUX_BETWEEN_EN = EN_BE | EN_FUTURE_AUX | EN_PRESENT_AUX | frozenset({"had", "do", "does", "did"})


def negated_own(sent: Sent, clause: Clause, i: int) -> Optional[str]:
    """The negation of the verb or participle at token ``i`` itself: right before it, or before its auxiliaries and "yet"
    ("had not yet taken up combat duty", "Su-30SM fighters not yet ordered", "пока не заступил", "ещё не заказанные").
    Not a negation of another phrase before it ("поставленные не позднее марта, заступили", "in March and not in
    February, entered service")."""
    j = i - 1
    while j >= 0 and sent.toks[j].start >= clause.start and (sent.toks[j].low in AUX_BETWEEN_EN or
                                                              sent.toks[j].low in EN_NOT_YET):
        j -= 1
    if j < 0 or sent.toks[j].start < clause.start:
        return None
    return sent.toks[j].text if _negation(sent.toks[j], sent) else None


def negated(d: Doc, sent: Sent, clause: Clause, positions: list) -> Optional[str]:
    for i in positions:
        for t in window(sent, i, 4):
            if t.start >= clause.start and _negation(t, sent):
                return t.text
    head = d.text[clause.start:min(sent.toks[positions[0]].start, clause.stop)] if positions else ""
    if not d.ru and EN_DENY.search(head.lower()):
        return EN_DENY.search(head.lower()).group()
    if not d.ru:
        # "There is no sign that Russia has delivered ...": not past a clause break ("no sign of damage, and Russia
        # delivered ...", "no evidence of a slowdown: Russia delivered ...")
        got = EN_UNATTESTED.search(head.lower())
        if got and not CLAUSE_BREAK_EN.search(head, got.end()):
            return got.group()
    # a denial before the first position (tokens are in text order: none after it is read)
    toks = sent.toks
    before = toks[positions[0]].start if positions else 0
    if d.ru and positions:
        # "Кремль не стал подтверждать, что Россия передала ...", "отказался подтвердить, что": unconfirmed
        got = RU_UNATTESTED.search(d.text, sent.start, before)
        if got and not re.search(r"[;:]", d.text[got.end():before]):
            return got.group()
    if d.ru:
        for t in toks:
            if t.start >= before:
                break
            if t.keys & RU_DENY and not any(u.cyr and verb_info(u.text)[0] == "VERB" for u in toks[t.i + 1:]
                                             if u.start < before):
                # ("Минобороны опровергло слухи о С-400 и сообщило, что Россия передала ...": a second predicate with
                # its own complement is outside the denial)
                return t.text
    elif positions:
        for t in toks:
            if t.start >= before:
                break
            if t.low in EN_DENY_VERBS:
                return t.text
    return None


# what may stand between "can" and the verb it governs: "be", adverbs ("also", "now", "quickly") and "in principle"
CAN_BETWEEN = frozenset({"be", "also", "now", "soon", "still", "then", "even", "already", "well", "in", "principle",
                         "theory", "easily", "quickly", "probably", "possibly", "potentially", "certainly", "not"})


def modal_word(d: Doc, sent: Sent, clause: Clause, i: int) -> Optional[str]:
    for t in window(sent, i, 4):
        if t.start < clause.start:
            continue
        if t.low == "can" and not all(x.low in CAN_BETWEEN or x.low.endswith("ly") for x in sent.toks[t.i + 1:i]):
            continue  # "can be supplied", "can also quickly deliver", "can in principle buy": the cue's own modal;
            # "Iskander-M, which can carry warheads, were delivered": a capacity of the system, another verb's
        if t.low in DOUBT_WORDS and t.i > 0 and negation_word(sent.toks[t.i - 1], sent.text, sent.start):
            continue  # "it is not unlikely that ...": no doubt
        if t.low in DOUBT_WORDS and (t.low.endswith("edly") or t.low == "якобы") and not all(
                x.low in AUX_BETWEEN_EN or x.low.endswith("ly") or (x.cyr and verb_info(x.text)[0] == "ADVB")
                for x in sent.toks[t.i + 1:i]):
            continue  # "the allegedly secret contract gave Belarus four Tor-M2K": the adverb's word is another's; it holds
            # the transfer at arm's length only in the verb group ("allegedly delivered", "has allegedly shipped",
            # "якобы уже передала")
        if t.low in EN_MODAL or (t.cyr and (t.keys & RU_MODAL or t.low in RU_MODAL_WORDS)):
            return t.text
    if not d.ru:
        # "Had Moscow agreed, Belarus would have bought Su-35s", "was to have received the S-400 in 2020": the perfect
        # after "would" / "was to" tells what did not happen; "would have to buy" a necessity that is no decision,
        # unless a contract makes it the plan ("Under the contract, Russia would have to deliver 12 ... by 2025")
        at = sent.toks[i].start
        got = EN_UNREAL.search(d.text, max(clause.start, at - 40), at)
        if got and not (got.group().rstrip().endswith(("to", "to be")) and
                        CONTRACT_NOUN.search(d.text, sent.start, got.start())):
            return got.group().strip()
    return None


def halted(d: Doc, sent: Sent, clause: Clause, before: Optional[int] = None, cue_at: Optional[int] = None,
           done: bool = False) -> Optional[str]:
    """A halt word in the clause outside its reporting frame: the deal or the talks it reports were frozen,
    suspended, cancelled, blocked, put on hold or tried to no avail, so no stage of the transfer holds
    ("A plan to buy ..., announced in 2009, was cancelled", "переговоры о закупке ... приостановлены").
    A halt that is over halts nothing ("delivered in April after a two-year freeze", "after the freeze was
    lifted", "возобновила поставки, приостановленные в 2014 году"); one still in force does ("frozen and would
    not resume before 2011").
    An effort that came to nothing (``fruitless``) cancels only the effort it governs: never a transfer the clause
    reports ``done`` ("Russia delivered ..., fifteen years after the Soviet Union collapsed"), never from a
    subordinate clause of its own that does not hold the cue at ``cue_at`` ("Although talks on Su-35 fighters
    stalled, Russia delivered ...", "После того как прежний контракт сорвался, Россия передала ...")."""
    if before is not None:
        clause = type(clause)(clause.start, before)  # only the halts before ``before`` count
    if _resumed(d, sent, clause):
        return None
    if not done:
        got = fruitless(d, sent, clause, skip=subordinate_spans(d, clause, cue_at) if cue_at is not None else ())
        if got:
            return got
    seg = d.text[clause.start:clause.stop]
    if d.ru:
        for t in d.toks_in(sent, clause.start, clause.stop):
            if t.cyr and t.keys & RU_HALT and not d.in_frame(sent, t.start) and not _lifted(seg, t.start - clause.start) \
                    and not any(u.keys & RU_NEG for u in sent.toks[max(0, t.i - 2):t.i]):
                return t.text
        return None
    low = seg.lower()
    for m in (EN_HALT.finditer(low) if may(EN_HALT, d.text, clause.start, clause.stop) else ()):
        if not d.in_frame(sent, clause.start + m.start()) and not _lifted(seg, m.start()) \
                and not HALT_DENIED_EN.search(low, max(0, m.start() - 24), m.start()):
            return m.group()
    return None


# "did not suspend", "was never frozen", "не стала откладывать", "не отменили": a halt word under a negation
# halts nothing (the Russian check is RU_NEG on the two words before the halt word)
HALT_DENIED_EN = re.compile(r"\b(?:not|never|n't)\s+(?:(?:been|be|yet|even)\s+)?$|n't\s+(?:been\s+)?$")


# "would not resume before 2011", "will resume next year", "plans to resume": the halt still holds
NOT_YET_EN = re.compile(r"\b(?:not|never|no|will|would|shall|to|could|may|might|cannot)\s+(?:\w+\s+)?$|n't\s+(?:\w+\s+)?$")


def _resumed(d: Doc, sent: Sent, clause: Clause) -> bool:
    """The clause says the halt is over: "resumed", "the freeze was lifted", "возобновила", "разморозили"; not
    when negated or still to come ("would not resume", "не возобновятся", "планируют возобновить")."""
    if d.ru:
        for t in d.toks_in(sent, clause.start, clause.stop):
            if t.cyr and t.keys & RU_RESUME and not d.in_frame(sent, t.start):
                if any(u.keys & RU_NEG for u in sent.toks[max(0, t.i - 2):t.i]):
                    continue
                pos, tense, _ = verb_info(t.text)
                if tense != "futr" and pos != "INFN":
                    return True
        return False
    if not may(EN_RESUME, d.text, clause.start, clause.stop):
        return False
    low = d.text[clause.start:clause.stop].lower()
    return any(not d.in_frame(sent, clause.start + m.start()) and not NOT_YET_EN.search(low[:m.start()])
               for m in EN_RESUME.finditer(low))


def _lifted(seg: str, pos: int) -> bool:
    """The halt word at ``pos`` sits in "after the freeze", "despite the suspension", "после заморозки"."""
    return any(m.start() <= pos < m.end() for m in LIFTED.finditer(seg))



_FRUITLESS = Folded(FRUITLESS)


def fruitless(d: Doc, sent: Sent, clause: Clause, skip=()) -> Optional[str]:
    """The effort the clause reports came to nothing, or its question is off the agenda ("talks ... have never
    produced a contract", "однако договориться так и не удалось", "вопрос о закупке ... пока не стоит"); cues
    inside the ``skip`` spans speak of another subject."""
    # asked of many clauses of a sentence, most of which have none: the sentence is searched once (a clause
    # is a stretch of its sentence ending at punctuation or a space, and the pattern has no lookaround, so a
    # clause can match only where its sentence does)
    key = ("fruitless", sent.index)
    some = d.cue_cache.get(key)
    if some is None:
        # (searched by its case-folded twin in the document's lowercase: prefilter.Folded, two to three times faster)
        some = d.cue_cache[key] = may(FRUITLESS, d.text, sent.start, sent.stop) and \
            _FRUITLESS.search(d.text, sent.start, sent.stop, low=folded(d.text)) is not None
    if not some:
        return None
    for m in _FRUITLESS.finditer(d.text, clause.start, clause.stop, low=folded(d.text)):
        if not d.in_frame(sent, m.start()) and not any(s <= m.start() < e for s, e in skip):
            return m.group()
    return None


# A subordinate clause set off by a comma: "Although talks on the Su-35 stalled, ...", "Хотя переговоры ... зашли в
# тупик, ...", "После того как прежний контракт сорвался, ..." at the front; "..., fifteen years after the Soviet Union
# collapsed", "..., хотя переговоры ... сорвались" at the back. What came to nothing there is that clause's subject.
SUBORDINATE_LEAD = re.compile(r"(?i)\s*[\"«“]?(?:although|though|even\s+though|while|whereas|after|before|since|when|once|"
                              r"хотя|несмотря\s+на\s+то,?\s+что|после\s+того,?\s+как|пока|когда|тогда\s+как)\b[^;]*?,")
SUBORDINATE_TAIL = re.compile(r"(?i),\s*(?:[\w-]+\s+){0,3}?(?:although|though|even\s+though|while|whereas|after|before|"
                              r"since|when|хотя|после\s+того,?\s+как|тогда\s+как|"
                              r"as(?=\s+(?:the|moscow|minsk|russia|belarus|both|it|they|he|she|his|her|its|their)\b))\b[^;]*")


def subordinate_spans(d: Doc, clause: Clause, cue_at: int) -> list:
    """The subordinate clauses of ``clause`` (see above) that do not hold the position ``cue_at``."""
    spans = []
    m = SUBORDINATE_LEAD.match(d.text, clause.start, clause.stop)
    if m and not (m.start() <= cue_at < m.end()):
        spans.append((m.start(), m.end()))
    for m in (SUBORDINATE_TAIL.finditer(d.text, clause.start, clause.stop) if may(SUBORDINATE_TAIL, d.text) else ()):
        if m.start() > cue_at:
            spans.append((m.start(), m.end()))
            break
    return spans


def asserted(d: Doc, sent: Sent, clause: Clause, cue) -> bool:
    """The cue asserts its fact: not negated, not under a modal, not inside an 'if' clause."""
    if negated(d, sent, clause, [cue.tok]) or modal_word(d, sent, clause, cue.tok):
        return False
    return not any(s <= cue.start < e for s, e in hyp_spans(d, sent, clause))


# --- a negated predicate after a noun cue ---------------------------------------------------------------------

# English: the clause's predicate after the noun phrase: an auxiliary and its negation ("is not being discussed",
# "has not been decided", "are not on the agenda", "isn't planned")
AUX_NEG_EN = re.compile(r"(?i)\b(?:is|are|was|were|has|have|had|will|would|does|do|did|can|shall)\s+(?:not|never)\b(?!\s+only)|"
                        r"\b(?:isn't|aren't|wasn't|weren't|hasn't|haven't|hadn't|won't|wouldn't|doesn't|don't|didn't|"
                        r"can't|cannot)\b")
# what may stand before an English noun cue ("the supply of", "talks on deliveries", "any transfer")
NOUN_BEFORE_EN = frozenset("the a an any further new more of on about over for its their such no".split())
# a relative or complement clause between the noun and the negation says something else of it
ANOTHER_CLAUSE = re.compile(r"(?i)[,:;(]|\b(?:that|which|who|whom|whose|where|when|if|whether|because|as|than)\b|"
                            r"(?<!\w)(?:котор\w+|что|чтобы|если|когда|где|как|чем)(?!\w)")
PREDICATE_REACH = 120  # characters after the noun cue: the noun phrase it heads, the auxiliary, the negation


def negated_predicate(d: Doc, sent: Sent, clause: Clause, cue) -> Optional[str]:
    """The cue is a noun in the clause's subject and the clause's predicate after it is negated, however long the noun
    phrase between them: "The supply of S-400 to Belarus is not being discussed", "Вопрос о поставках С-400 сейчас не
    рассматривается", "Планов по продаже Су-35 Белоруссии нет". In Russian the negated verb must say the transfer is on
    the table (kb ``agenda``: "не рассматривается", "не планируются"): "Поставка ... не заставила себя ждать" holds it.
    A negated halt ("Deliveries have not been suspended", "Поставки не прекращались") holds the transfer, a target put
    later ("is not expected before 2023") is a plan; a relative or complement clause between them ("the supply that
    Minsk did not expect ...") or a comma ends the search."""
    first = sent.toks[cue.tok]
    if d.ru:
        # ("Планов продавать Белоруссии «Искандер-М» нет": an infinitive on a noun there is none of)
        if not first.cyr or verb_info(first.text)[0] != "NOUN" and not (
                verb_info(first.text)[0] == "INFN" and cue.tok > 0 and sent.toks[cue.tok - 1].keys & RU_NONE_OF):
            return None
    else:
        before = sent.toks[cue.tok - 1].low if cue.tok > 0 else ""
        after = sent.toks[cue.tok + 1].low if cue.tok + 1 < len(sent.toks) else ""
        if before not in NOUN_BEFORE_EN and after != "of":
            return None
    end = min(clause.stop, cue.stop + PREDICATE_REACH)
    stop = ANOTHER_CLAUSE.search(d.text, cue.stop, end)
    end = stop.start() if stop else end
    if d.ru:
        toks = d.toks_in(sent, cue.stop, end)
        for k, t in enumerate(toks):
            if not t.cyr or d.in_frame(sent, t.start):
                continue
            head = [u for u in d.toks_in(sent, clause.start, cue.start) if u.cyr]
            if t.low == "нет" and (k + 1 == len(toks) or not toks[k + 1].cyr):
                # "Планов по продаже ... нет": the noun the cue hangs on is what there is none of
                # ("Новых заказов на Як-130 сейчас нет": the cue is itself the noun there is none of, in the genitive,
                # with no predicate or second clause between it and "нет": "Заказ ... выполнен и долгов по нему нет",
                # "Контракт ... выполняет без задержек и претензий нет" say there are no debts or claims)
                own = first.keys & RU_NONE_OF and first.low not in first.keys and not any(
                    u.low in ("и", "а", "но") or verb_info(u.text)[0] in ("VERB", "PRTS") for u in toks[:k])
                return t.text if own or any(u.keys & RU_NONE_OF for u in head) else None
            if t.keys & RU_NEG and t.low == "не" and k + 1 < len(toks):
                nxt = toks[k + 1]
                if nxt.low == "только" or nxt.keys & RU_HALT or NOT_BEFORE.search(d.text, nxt.stop, clause.stop):
                    return None
                if nxt.keys & RU_AGENDA:
                    return t.text
        return None
    m = AUX_NEG_EN.search(d.text, cue.stop, end)
    if m is None or d.in_frame(sent, m.start()) or may(EN_HALT, d.text, m.end(), end) and EN_HALT.search(d.text[m.end():end].lower()) or \
            NOT_BEFORE.search(d.text, m.end(), clause.stop):
        return None
    return m.group()
