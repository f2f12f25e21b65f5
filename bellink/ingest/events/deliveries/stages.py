"""The stage a clause asserts for a transfer, and whether it holds when it is reported.

    "are in talks on the supply of Buk-M3"          discussed
    "will receive 12 Yak-130 in 2026"               planned (target_status: delivered)
    "signed a contract for ..."                     ordered
    "the systems entered service"                   in_service
Not a stage: "if Minsk asks, Moscow could supply ..." (hypothetical), "did not receive" (negated),
"talks on the purchase were frozen", "закупка приостановлена" (halted: no stage holds).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Optional

from bellink.ingest.docgate import may
from bellink.ingest.events.lexicons import (
    EN_CONTENT_NOUNS, EN_DISCUSS, EN_DONE, EN_FUTURE_AUX, EN_IRREGULAR_PAST, EN_NEAR_PLAN, EN_NEGATABLE, EN_ORDER,
    EN_PAST, EN_PLAN, EN_PRESENT, EN_PRESENT_AUX, PRESENT_VERBS_EN, RU_DISCUSS, RU_DONE, RU_FUTURE_AUX, RU_ORDER,
    RU_PLAN, RU_STAGE_WORDS, UNMET,
)
from bellink.ingest.events.deliveries.contracts import resumed_predicate, signing_ahead, signing_resumed
from bellink.ingest.events.deliveries.guards import set_aside, waits_for_other
from bellink.ingest.events.deliveries.cues import transfer_cues
from bellink.ingest.events.dates import background_spans
from bellink.ingest.events.lexicons import DEAL_NOUNS, EN_HALT, RU_HALT, TRUTH_CONDITION
from bellink.ingest.events.negation import (
    fruitless, halted, modal_word, negated, negated_own, negated_predicate, negation_word, subordinate_spans,
)
from bellink.ingest.events.words import parses, verb_info, window
from bellink.ingest.model import DELIVERY_STATUSES
from bellink.names import fold

if TYPE_CHECKING:
    from bellink.ingest.events.document import Clause, Cue, Doc, Sent


STAGE_RANK = {s: i for i, s in enumerate(DELIVERY_STATUSES)}


PAST_FORM_EN = re.compile(r"\w+ed")
# "agreed to buy", "an agreement to purchase": the buyer's agreement is an order (stage_cues.tsv, signal order)
EN_AGREED_TO = frozenset({"agreed", "agreement", "agreements"})
EN_BUY = frozenset({"buy", "purchase", "acquire", "procure", "supply", "sell", "deliver", "transfer", "provide", "hand",
                    "give"})
RU_AGREE = frozenset(fold(w) for w in ("договориться", "согласиться"))
RU_BUY = frozenset(fold(w) for w in ("покупка", "закупка", "приобретение", "поставка", "купить", "закупить", "приобрести",
                                     "поставить", "передать", "продать", "передача", "продажа", "предоставить",
                                     "предоставление"))
RU_READY = frozenset({fold("готовый")})


def _agreed_en(sent: Sent, cue: Cue, clause: Clause) -> bool:
    """"agreed to buy / supply / deliver / hand over", "an agreement to purchase": the transfer verb is the
    content of an agreement already made."""
    lows = [t.low for t in window(sent, cue.tok, 5) if t.start >= clause.start]
    if len(lows) < 2 or lows[-1] != "to" or cue.text.lower().split()[0] not in EN_BUY:
        return False
    # ("agreed in 2013 to hand over", "agreed in principle to supply": a time or an adverb between)
    for w in reversed(lows[:-1]):
        if w in EN_AGREED_TO:
            return True
        if not AGREED_GAP.fullmatch(w):
            return False
    return False


AGREED_GAP = re.compile(r"in|on|at|last|this|early|late|already|also|formally|finally|year|month|week|spring|"
                        r"summer|autumn|fall|winter|january|february|march|april|may|june|july|august|september|"
                        r"october|november|december|(?:19|20)\d\d")


def _tense_en(sent: Sent, cue: Cue, clause: Clause) -> str:
    """future | present | past | none, from the auxiliaries just before the cue."""
    win = [t for t in window(sent, cue.tok, 4) if t.start >= clause.start]
    for k in range(len(win) - 2, -1, -1):
        if win[k].low in ("and", "but", "while", "yet") and k > 0 and "," in sent.text[win[k - 1].stop - sent.start:win[k].start - sent.start]:
            # "prices will rise, and Russia handed over ...": an auxiliary before ", and <subject>" is another
            # conjunct's (not "will supply ..., and hand over ...": no subject of its own between)
            win = win[k + 1:]
            break
    lows = [t.low for t in win]
    if len(lows) >= 2 and lows[-1] == "to" and lows[-2] in EN_CONTENT_NOUNS:
        lows = lows[:-1]  # "the deal to supply ... was signed": the deal's content, not a plan
    elif _agreed_en(sent, cue, clause):
        lows = lows[:-1]  # "agreed to buy": the agreement is made (an order), not a plan
    if any(w in EN_FUTURE_AUX for w in lows) or (lows and lows[-1] == "to") or \
            (len(lows) >= 2 and lows[-2:] == ["to", "be"]) or re.search(r"\b(?:is|are) to be\b", " ".join(lows)):
        return "future"
    if any(w in EN_PRESENT_AUX for w in lows):
        return "present"
    if any(w in EN_PAST for w in lows):
        return "past"
    if cue.stage is None:
        return "none"  # a noun ("deliveries", "supplies"): no tense of its own
    w = cue.text.lower().split()[0]
    if w.endswith("ed") or w in EN_IRREGULAR_PAST:
        return "past"
    if w.endswith("s") and not w.endswith("ss"):
        return "present"
    return "none"


# "potential" / "потенциальный" is a stage word when it qualifies the deal ("potential supplies", "потенциальные
# поставки", "the deliveries are potential"), not when it qualifies what the system is ("Iskander complexes, potential
# carriers of nuclear weapons", "«Искандер» – потенциальный носитель ядерного оружия")
POTENTIAL = re.compile(r"(?i)^(?:potential|потенциальн\w*)$")
DEAL_AFTER = re.compile(r"(?i)^\s*(?:[\w-]+\s+){0,2}?(?:" + DEAL_NOUNS + r")(?!\w)")


def _qualifies_the_system(d: Doc, word: str, stop: int) -> bool:
    """"potential" before a noun that is no deal ("potential carriers of nuclear weapons"): the system's description."""
    if not POTENTIAL.match(word):
        return False
    after = d.text[stop:stop + 60]
    return bool(re.match(r"\s+[^\W\d_]", after)) and not DEAL_AFTER.match(after)


def _signals(d: Doc, sent: Sent, clause: Clause, cue: Cue, free) -> tuple:
    """(tokens, discuss, plan and order cues) of the clause outside conditions and reporting frames."""
    discussed = []
    planned = []
    ordered = []
    toks = [t for t in d.toks_in(sent, clause.start, clause.stop) if free(t.start) and not d.in_frame(sent, t.start)]
    if d.ru:
        for t in toks:
            nxt = [u for u in sent.toks[t.i + 1:t.i + 4]]
            if t.keys & RU_DISCUSS and not _qualifies_the_system(d, t.text, t.stop):
                discussed.append(t.text)
            elif t.keys & RU_READY and nxt and verb_info(nxt[0].text)[0] == "INFN":
                # "Россия готова поставить ...": an offer, the talks have not been concluded
                discussed.append(t.text)
            elif t.keys & RU_AGREE and any(u.keys & RU_BUY for u in nxt) and \
                    not any(u.low in ("что", "чтобы") for u in nxt):
                # "договорилась о покупке", "согласилась купить": the buyer's agreement is an order
                ordered.append(t.text)
            elif t.keys & RU_PLAN and not waits_for_other(d, sent, t.start, t.stop, clause.stop) and \
                    not MEASURED_RU.search(d.text, max(sent.start, t.start - 24), t.start) and \
                    not _aside_before_verb(d, t.start, t.stop, cue, verb_info(t.text)[0] == "PRTF"):
                planned.append(t.text)  # not "ждет оплату за поставленные Су-30СМ" (guards.py)
            elif t.keys & RU_ORDER:
                ordered.append(t.text)
            # a done word ("поставки завершились", "начались") is no order: with a bare noun cue it makes the
            # transfer delivered (or planned, in the future), below where no cue has a stage of its own
    else:
        low = d.text[clause.start:clause.stop].lower()
        for rx, bucket in ((EN_DISCUSS, discussed), (EN_PLAN, planned), (EN_ORDER, ordered)):
            for m in rx.finditer(low):
                pos = clause.start + m.start()
                if free(pos) and not d.in_frame(sent, pos):
                    # "will"/"would" only count in front of the transfer, not in a later clause
                    if bucket is planned and m.group() in EN_NEAR_PLAN and not (0 <= cue.start - pos <= 30):
                        continue
                    if bucket is planned and MEASURED_EN.search(low, max(0, m.start() - 40), m.start()):
                        continue  # "two more than planned", "as planned": the plan measures what was done
                    if bucket is planned and _aside_before_verb(d, pos, pos + len(m.group()), cue, m.group().endswith("ed")):
                        continue
                    if bucket is discussed and _qualifies_the_system(d, m.group(), pos + len(m.group())):
                        continue  # "Iskander complexes, potential carriers of nuclear weapons"
                    bucket.append(m.group())
    return toks, discussed, planned, ordered


# "..., but the deal was later cancelled", "Сделка позже была отменена": a later clause (or the next
# sentence's opening) halts the deal the transfer clause made, named back by a definite noun of its own
EN_DEAL_BACK = re.compile(r"\b(?:the|this|that|these|those)\s+(?:deals?|contracts?|purchases?|orders?|agreements?|sales?|"
                          r"acquisitions?|plans?|requests?|talks|negotiations|bids?|proposals?|idea|deliver(?:y|ies)|"
                          r"suppl(?:y|ies)|transfers?)\b"
                          r"(?!\s+(?:for|on|of|to|with|from|over)\b)")
RU_DEAL_BACK = frozenset(fold(w) for w in ("сделка", "контракт", "договор", "соглашение", "закупка", "покупка",
                                           "приобретение", "заказ", "план", "переговоры", "запрос", "просьба"))
RU_DEAL_COMPLEMENT = frozenset({"о", "об", "на", "по", "с", "со"})
UNDONE_STAGES = ("discussed", "planned", "ordered")


def _deal_halted_in(d: Doc, sent: Sent, clause: Clause, opening: bool) -> str:
    """The halt word of ``clause`` when its subject is a definite back-reference to the deal ("the deal was
    later cancelled", "сделка была заморожена"); "" when the clause halts something it names itself ("talks
    on the S-400 were frozen", "the contract for eight more was frozen") or denies the halt."""
    halt = halted(d, sent, clause)
    if not halt:
        return ""
    if any(m.type == "weapon_system" and clause.start <= m.start < clause.stop for m in sent.mentions):
        return ""  # the clause names a system of its own: it halts that one
    toks = d.toks_in(sent, clause.start, clause.stop)
    if any(negation_word(t, d.text) for t in toks):
        return ""
    if d.ru:
        for i, t in enumerate(toks):
            if t.cyr and t.keys & RU_DEAL_BACK and not d.in_frame(sent, t.start):
                if opening and i > 3:
                    return ""
                nxt = toks[i + 1] if i + 1 < len(toks) else None
                if nxt is not None and (nxt.low in RU_DEAL_COMPLEMENT or (nxt.cyr and verb_info(nxt.text)[1] is None
                                                                          and verb_info(nxt.text)[0] == "NOUN")):
                    return ""  # "контракт на поставку ...", "сделка Минска": a deal it names itself
                return halt
        return ""
    low = d.text[clause.start:clause.stop].lower()
    m = EN_DEAL_BACK.search(low)
    if not m or d.in_frame(sent, clause.start + m.start()):
        return ""
    if opening and len(low[:m.start()].split()) > 3:
        return ""
    return halt


def halted_later(d: Doc, sent: Sent, clause: Clause) -> str:
    """A halt of the deal in a clause after ``clause`` or at the opening of the next sentence."""
    prev = None
    for c in sent.clauses:
        if c.start >= clause.stop:
            halt = _deal_halted_in(d, sent, c, opening=False)
            # the relative clause: the one before ``c`` after the cue's clause, or the cue's own
            rel = prev if prev is not None and (prev.start >= clause.stop or prev.start <= clause.start < prev.stop) \
                else None
            if not halt and rel is not None and RELATIVE_OPENING.match(d.text, rel.start, rel.stop) and \
                    _resumed_predicate(d, sent, c):
                # "talks on buying Yak-130 trainers, which began last autumn, have also been suspended", "talks on
                # S-400 systems, which Minsk had hoped to receive next year, remained frozen", "Переговоры о покупке
                # «Бук-М3», которые шли в 2016 году, были приостановлены": the predicate after the relative clause
                # is the subject's, so its halt is the talks' (and the relative clause's hope goes with them)
                halt = halted(d, sent, c)
            if halt:
                return halt
            # "Минск просил продать ему два дивизиона, однако контракт так и не был подписан": the effort of the
            # clause before came to nothing (a later clause naming a system of its own speaks of that one)
            got = fruitless(d, sent, c)
            if got:
                # "..., but no contract has followed, and officials now call the Su-30SM2 the ceiling": a system in a
                # conjunct after the fruitless one is that conjunct's
                nxt_and = NEXT_CONJUNCT.search(d.text, c.start + 1, c.stop)
                end = nxt_and.start() if nxt_and else c.stop
                if not any(m.type == "weapon_system" and c.start <= m.start < end for m in sent.mentions):
                    return got
        prev = c
    nxt = d.sents[sent.index + 1] if sent.index + 1 < len(d.sents) and d.sents[sent.index + 1].index == sent.index + 1 \
        else None
    if nxt is not None and nxt.clauses:
        first = nxt.clauses[0]
        if ADVERSATIVE.match(d.text, first.start, first.stop) and not any(
                m.type == "weapon_system" and first.start <= m.start < first.stop for m in nxt.mentions):
            # "Minsk asked for two Iskander battalions in 2008. However, no contract was ever signed."
            got = fruitless(d, nxt, first)
            if got:
                return got
        got = _deal_halted_in(d, nxt, first, opening=True)
        if not got and PRONOUN_OPENING.match(d.text, first.start, first.stop) and not any(
                m.type == "weapon_system" and first.start <= m.start < first.stop for m in nxt.mentions):
            # "Minsk asked for a second S-400 battalion in 2019. It never came.", "... к 2023 году. Этого не
            # произошло.", "Talks ... began in 2020. They have since stalled.": the pronoun is the deal or its systems
            got = fruitless(d, nxt, first) or halted(d, nxt, first) or ""
        return got
    return ""


# the next sentence's subject is a pronoun for the deal, the talks or the systems (after a "but" at most)
PRONOUN_OPENING = re.compile(r"(?i)\s*(?:(?:but|however|yet|но|однако)\s*,?\s+)?(?:it|they|that|this|этого|это|они|его|их)\b")


# "no new trains arrived", "no more S-400 systems have been delivered": a subject opened by "no" and the theme verb
# right after it (a few words of the noun phrase, an auxiliary, no comma)
# "'not a single tank' had been handed to Russia", "not one battery has arrived": a quantifier of none on the subject
NOT_A_SINGLE_EN = re.compile(r"(?i)\bnot\s+(?:a\s+single|one|even\s+one)\s+(?:[\w-]+[\"”'»]?\s+){0,3}?(?:(?:has|have|had|was|"
                             r"were|is|are|been|yet|ever)\s+)*$")
NO_SUBJECT_EN = re.compile(r"(?i)(?:^|[^\w,;])\s*(no)\s+(?:[\w-]+\s+){0,5}?(?:(?:has|have|had|was|were|is|are|been|yet|"
                           r"so\s+far|ever)\s+)*$")
# "No S-400 systems have been delivered to Belarus", "Neither the S-400 nor the Iskander-M has been handed over": "no" as
# the determiner of a passive's subject (a form of "be" right before the cue) whatever the cue's side; "neither" with its
# "nor" before the auxiliary. An active verb after "no ..." is left to the theme check above ("Belarus had no choice but
# to buy" is no negation). Not "no" of another phrase: "no doubt", "no fewer / later / earlier than", "no secret /
# question / wonder that", "with no fanfare", nor a subject with a clause of its own ("Neither Moscow nor Minsk disclosed
# how many ... have been delivered")
_NOT_SUBJECT = r"(?:that|how|when|whether|what|why|where|which|who|than)"
NONE_PASSIVE_EN = re.compile(r"(?i)(?<!with )(?<!without )(?<!of )(?<!at )(?<!by )(?<!in )(?<!for )\b"
                             r"(no(?!\s+(?:doubt|sooner|secret|question|wonder|matter|(?:fewer|more|less|later|earlier)\s+than)\b)"
                             r"|neither(?=\s+(?:[\w-]+\s+){1,4}?nor\s))"
                             rf"\s+(?:(?!{_NOT_SUBJECT}\b)[\w-]+\s+){{0,8}}?"
                             r"(?:(?:has|have|had|will|would|yet|so\s+far|ever)\s+)*(?:been|be|is|are|was|were)\s+(?:yet\s+)?$")


# "two more than planned", "earlier than expected", "as planned", "according to plan", "на два больше, чем
# планировалось", "как и планировалось", "по плану": the plan word measures the transfer the clause tells, it adds no
# planned stage
MEASURED_EN = re.compile(r"(?:\bthan|\bas|\baccording\s+to)\s+(?:(?:was|had\s+been|originally|initially|first|"
                         r"earlier|previously|the|had)\s+)*$")
MEASURED_RU = re.compile(r"(?i)(?:\bчем|\bкак(?:\s+и)?|\bпо|\bсверх)\s+(?:(?:это|ранее|изначально|и)\s+)*$")


NEXT_CONJUNCT = re.compile(r",\s*(?:and|и|а)\s", re.IGNORECASE)


def _aside_before_verb(d: Doc, start: int, stop: int, cue: Cue, participle: bool) -> bool:
    """"The first S-300PS battalions, promised in 2005, arrived only in 2006", "Первые дивизионы С-300ПС, обещанные в
    2005 году, прибыли ...": a participle set off by commas between the subject and the finite transfer verb tells an
    earlier stage of the subject; the plan in it is not the clause's."""
    if not participle or not stop <= cue.start or not re.search(r",\s*$", d.text[max(0, start - 3):start]):
        return False
    between = d.text[stop:cue.start]
    return between.count(",") == 1 and bool(re.search(r",\s*(?:(?:only|just|finally|лишь|только|наконец)\s+)?$", between))


# a relative clause interposed after the subject, and the subject's own predicate resuming after it (English: the
# Russian participle phrase stays inside its clause)
RELATIVE_OPENING = re.compile(r"\s*,\s*(?:which|that|who|котор\w+)\b", re.IGNORECASE)
RESUMED_PREDICATE = re.compile(r"\s*,\s*(?:(?:also|since|now|later|then|reportedly|officially|effectively)\s+)*"
                               r"(?:has|have|had|was|were|is|are|[a-z]+ed)\b", re.IGNORECASE)
# ", по данным издания, были приостановлены": a Russian predicate resuming, after a source phrase of its own
RESUMED_RU = re.compile(r"\s*,\s*(?:по\s+(?:данным|словам|информации|сведениям)\s+[^,]{1,40},\s*)?"
                        r"(?:(?:так\s+и|также|тоже|уже|затем|позже|вскоре)\s+)*([а-яё]+)", re.IGNORECASE)


def _resumed_predicate(d: Doc, sent: Sent, c: Clause) -> bool:
    if not d.ru:
        return bool(RESUMED_PREDICATE.match(d.text, c.start, c.stop))
    m = RESUMED_RU.match(d.text, c.start, c.stop)
    return bool(m) and verb_info(m.group(1))[0] in ("VERB", "PRTS")


# the next sentence sets itself against this one: "However, ...", "Однако ...", "But ..."
ADVERSATIVE = re.compile(r"\s*(?:but|however|yet|однако|но|тем\s+не\s+менее|впрочем)\b", re.IGNORECASE)


# "may" / "может": a prospect, read as a plan ("could", "might", "мог бы" stay hypothetical)
MAY_PLAN = frozenset({"may", "should", "может", "могут", "должен", "должна", "должно", "должны"})
# possibility, not obligation: "may buy", "может приобрести" (a purchase that must happen, "должна закупить", is no prospect)
MAY_BUY = frozenset({"may", "can", "может", "могут"})
# "can" is the English of "может" too: a purchase it gives is discussed (MAY_BUY), another transfer a plan only with a
# later time of its own ("can receive ... next year"); "can be supplied" alone only says it is possible
CAN_WITH_TIME = frozenset({"can"})
# "Belarus may have bought Iskander systems": a guess about a past purchase, no potential supply
MAY_HAVE = re.compile(r"(?i)\bmay\s+(?:already\s+)?have\s+(?:already\s+)?$")


def _would(d: Doc, sent: Sent, cue: Cue) -> bool:
    """"мог бы получить", "may well ... if": the conditional particle near the cue."""
    return any(t.low == "бы" for t in window(sent, cue.tok, 4))


# "Talks on buying a further batch of Yak-130 trainers have been postponed", "talks ... have been put off until after
# 2015": talks put off hold no discussion (a delivery put off to a date stays planned for it; Russian "отложить" is a
# halt lemma of negation_cues.tsv)
TALKS_PUT_OFF_EN = re.compile(r"(?i)\b(?:(?:has|have|had)\s+been|was|were|is|are)\s+(?:\w+\s+)?(?:postponed|put\s+off|"
                              r"deferred|shelved)\b")


def _agreed_ru(sent: Sent, cue: Cue) -> bool:
    """The infinitive cue follows an agreeing verb, across up to two adverbs ("согласилась безвозмездно передать")."""
    k = cue.tok - 1
    for _ in range(3):
        if k < 0:
            return False
        t = sent.toks[k]
        if t.keys & RU_AGREE:
            return True
        ps = parses(t.text) if t.cyr else ()
        if not ps or "ADVB" not in ps[0].tag:
            return False
        k -= 1
    return False


def asserted_stage(d: Doc, sent: Sent, clause: Clause, cue: Cue, cues: list, hyp: list) -> tuple:
    """(stage, notes) for the transfer the clause asserts around ``cue``; stage None when none is asserted."""
    stage, notes = _asserted_stage(d, sent, clause, cue, cues, hyp)
    if stage == "discussed" and not d.ru:
        got = TALKS_PUT_OFF_EN.search(d.text, clause.start, clause.stop)
        if got and not d.in_frame(sent, got.start()):
            return None, {"halted": got.group()}
    if stage in UNDONE_STAGES:
        halt = halted_later(d, sent, clause) or _resumed_negation(d, sent, clause)
        if halt:
            return None, {"halted": halt}
    return stage, notes


def _resumed_negation(d: Doc, sent: Sent, clause: Clause) -> str:
    """"Talks on buying Iskander systems, which Minsk had held since 2008, are no longer under way", "Переговоры о
    приобретении «Искандеров», которые Минск вел с 2008 года, сейчас не ведутся": the subject's own predicate,
    resumed after the relative clause, is negated, so the talks (or plan) it names do not hold."""
    got = resumed_predicate(d, sent, clause)
    if got is None or d.in_frame(sent, got[0]):
        return ""
    toks = d.toks_in(sent, got[0], got[1])
    if any(t.cyr and t.keys & RU_HALT for t in toks) or may(EN_HALT, d.text, got[0], got[1]) and EN_HALT.search(d.text[got[0]:got[1]].lower()):
        return ""  # "..., was not cancelled", "..., не был отменен": a halt denied holds the stage
    for t in toks[:4]:
        if negation_word(t, d.text):
            return "n't" if t.low == "t" else t.text
    return ""


def _done_until(d: Doc, cue: Cue, clause: Clause) -> Optional[int]:
    """For a cue of a done stage (delivered, in service), where a subordinate clause after it starts: halts there
    are that clause's."""
    if cue.stage not in ("delivered", "in_service"):
        return None
    m = LATER_SUBORDINATE.search(d.text, cue.stop, clause.stop)
    return m.start() if m else None


def _done_verb(d: Doc, sent: Sent, clause: Clause, cue: Cue) -> bool:
    """The cue is a finite verb of a done stage ("delivered", "передала", "entered service"): the transfer is
    reported done, and no effort elsewhere that came to nothing undoes it."""
    if cue.stage not in ("delivered", "in_service"):
        return False
    if d.ru:
        pos, tense, _ = verb_info(cue.text.split()[0])
        return pos in ("VERB", "PRTS") and tense == "past"
    w = cue.text.lower().split()[0]
    return (w.endswith("ed") or w in EN_IRREGULAR_PAST) and _tense_en(sent, cue, clause) != "future"


# ", though Minsk had refused to buy more", ", хотя ранее Минск отказался": a clause of its own after the cue
LATER_SUBORDINATE = re.compile(r",\s*(?:though|although|even\s+though|while|whereas|after|before|since|when|"
                               r"хотя|тогда\s+как|после\s+того|пока|когда)\b", re.IGNORECASE)


def _ru_verb(sent: Sent, cue: Cue, clause: Clause) -> str:
    """The word whose tense is the cue's: the cue's first word, or the verb before a cue that opens with its
    preposition ("встанет на боевое дежурство": the cue is "на боевое дежурство")."""
    first = cue.text.split()[0]
    if first.lower() in ("на", "в") and cue.tok > 0 and sent.toks[cue.tok - 1].start >= clause.start:
        return sent.toks[cue.tok - 1].text
    return first


def _ought_to_be(win: list) -> bool:
    """"должны быть переданы до конца года", "должна быть поставлена": a transfer that ought to happen, still to come (the
    participle's past form is no done stage)."""
    lows = [t.low for t in win]
    return "быть" in lows and any(w.startswith("должн") for w in lows[:lows.index("быть")])


# a conjunct of its own before the cue's: ", and" (", but", ", while") and a short subject right before the verb ("It is
# unlikely that the war will end soon, and Russia delivered ..."); after a done verb, a comment on it (", a move that
# makes talks unlikely", ", which ...")
CONJUNCT_BEFORE_EN = re.compile(r",\s+(?:and|but|while|yet)\s+(?:(?:the|its|their|a|an)\s+)?(?:[\w'-]+\s+){0,3}?$")
COMMENT_AFTER = {False: re.compile(r",\s+(?:(?:a|an|the)\s+(?:move|step|decision|development|deal|delivery|shipment)\s+"
                                  r"(?:that|which)|something\s+that|in\s+a\s+move\s+that)\b"),
                 True: re.compile(r"(?i),\s*(?:что|это)\s+(?:дела\w+|сдела\w+|означа\w+|ставит|поставил\w*|может|"
                                  r"вряд)(?!\w)")}


def other_conjuncts(d: Doc, sent: Sent, clause: Clause, cue: Cue) -> list:
    """Spans of the clause outside a done verb's own conjunct: before ", and <subject>" right ahead of the cue
    (English), after a comment on the act behind it (", a move that", ", что делает"); their plan, talk and doubt
    words are not this transfer's."""
    out = []
    before = None if d.ru else CONJUNCT_BEFORE_EN.search(d.text, max(clause.start, cue.start - 60), cue.start)
    if before is not None and before.end() == cue.start and before.start() > clause.start:
        out.append((clause.start, before.start()))
    after = COMMENT_AFTER[d.ru].search(d.text, cue.stop, clause.stop)
    if after is not None:
        out.append((after.start(), clause.stop))
    return out


def _asserted_stage(d: Doc, sent: Sent, clause: Clause, cue: Cue, cues: list, hyp: list) -> tuple:
    notes: dict = {}
    seg_start, seg_stop = clause.start, clause.stop
    # a subordinate clause of its own ("Although talks on Su-35 fighters stalled, ...") speaks of another subject:
    # its talks, its halts and its systems are not this transfer's stage
    # (and what "instead of" sets aside, "Instead of the planned eight Su-30SM, ...": the plan that did not come)
    outside = [(s, e) for s, e in hyp] + subordinate_spans(d, clause, cue.start) + background_spans(d, clause, cue.start) \
        + set_aside(d, sent)
    if _done_verb(d, sent, clause, cue):
        outside += other_conjuncts(d, sent, clause, cue)

    def free(pos):
        return not any(s <= pos < e for s, e in outside)

    if not free(cue.start):
        return None, {"hypothetical": d.text[cue.start:cue.stop]}
    # a done stage ("delivered in April") is not halted by a halt after it and a comma ("..., though Minsk had
    # refused to buy more"): that halt speaks of what follows it
    halt = halted(d, sent, clause, before=_done_until(d, cue, clause), cue_at=cue.start, done=_done_verb(d, sent, clause, cue))
    if halt:
        return None, {"halted": halt}
    toks, discussed, planned, ordered = _signals(d, sent, clause, cue, free)
    neg = negated(d, sent, clause, [cue.tok] + [t.i for t in toks if (t.keys & RU_STAGE_WORDS)
                                                 or t.low in EN_NEGATABLE])
    if not neg:
        # "The supply of S-400 to Belarus is not being discussed", "Вопрос о поставках С-400 не рассматривается": the
        # predicate after the noun cue is negated (negation.py)
        neg = negated_predicate(d, sent, clause, cue)
    if not neg and not d.ru and cue.side == "theme":
        # "no new Russian troop trains arrived in January": "no" opens the subject the arrival verb tells of
        got = NO_SUBJECT_EN.search(d.text, max(clause.start, cue.start - 80), cue.start)
        neg = got.group(1) if got else None
    if not neg and not d.ru:
        got = NONE_PASSIVE_EN.search(d.text, max(clause.start, cue.start - 90), cue.start)
        neg = got.group(1) if got else None
    if not neg and not d.ru:
        # "'not a single tank' had been handed to Russia": the subject of the passive is none at all
        got = NOT_A_SINGLE_EN.search(d.text, max(clause.start, cue.start - 60), cue.start)
        neg = got.group().split()[0] if got else None
    if neg:
        return None, {"negation": neg}
    modal = modal_word(d, sent, clause, cue.tok)
    if modal == "May":
        modal = None  # "On May 5 Belarus bought ...", "In May Belarus received ...": the month (review 17 W6); the
        # modal opens a sentence only in a question, which asserts no stage anyway
    if modal and not discussed:
        if modal.lower() in MAY_PLAN and not hyp and cue.stage != "ordered" and not _would(d, sent, cue):
            # "Белоруссия может получить «Тор-М1» уже в следующем году", "a second battalion may be placed near
            # Brest": a prospect the text gives as the plan, without a condition; kept as planned at lower
            # confidence, the modal in details
            notes.update({"modal": modal, "cues": [cue.text]})
            if cue.stage:
                notes["target_status"] = cue.stage
            return "planned", notes
        if modal.lower() in MAY_BUY and cue.stage == "ordered" and not hyp and not _would(d, sent, cue) and \
                not MAY_HAVE.search(d.text, max(clause.start, cue.start - 30), cue.start):
            # "Минск может закупить у Москвы ещё три дивизиона «Тор-М2»", "Belarus may buy S-400 from Russia": a
            # purchase the text gives as possible, without a condition or a plan, is a potential supply (RULES:
            # discussed), at lower confidence; "could buy ... if" stays hypothetical
            notes.update({"modal": modal, "cues": [cue.text]})
            from bellink.ingest.time import dating

            if any(cue.stop <= t.start < clause.stop and t.value for t in dating.timexes_in(d.a, sent.index)):
                notes["target_status"] = cue.stage
                return "planned", notes  # "может приобрести ... уже в следующем году": a target, as "может получить"
            return "discussed", notes
        if modal.lower() in CAN_WITH_TIME and not hyp and not _would(d, sent, cue):
            # "Belarus can receive S-400 systems as early as next year": with a later time of its own, "can" is a prospect
            # as "may"/"может" are (planned, lower confidence); without one, "can be supplied" only says it is possible
            from bellink.ingest.time import dating

            if any(cue.stop <= t.start < clause.stop and t.value for t in dating.timexes_in(d.a, sent.index)):
                notes.update({"modal": modal, "cues": [cue.text]})
                if cue.stage:
                    notes["target_status"] = cue.stage
                return "planned", notes
        return None, {"hypothetical": modal}
    if hyp and not discussed and _done_verb(d, sent, clause, cue) and not any(
            TRUTH_CONDITION.match(d.text, s, e) for s, e in hyp):
        # "If Belarus needs them, Russia has already delivered four Su-30SM2", "Если они понадобятся, Россия уже
        # поставила ...": the condition's scope is its own clause; a transfer reported done outside it is no prospect
        # (a condition on the report itself, "if the reports are true", still leaves it unasserted)
        hyp = []
    if hyp:
        if not discussed:
            return None, {"hypothetical": d.text[hyp[0][0]:hyp[0][1]]}
        unmet = UNMET.search(sent.text)
        if unmet:
            # "ready to discuss ..., if Minsk wants it; no such requests have come yet": an offer, no talks
            return None, {"hypothetical": d.text[hyp[0][0]:hyp[0][1]], "unmet": unmet.group()}
        notes["condition"] = d.text[hyp[0][0]:hyp[0][1]]
    # the grammatical tense of the transfer cue itself
    future = False
    agreed = False
    if d.ru:
        pos, tense, _ = verb_info(_ru_verb(sent, cue, clause))
        win = [t for t in window(sent, cue.tok, 3) if t.start >= clause.start]
        agreed = pos == "INFN" and _agreed_ru(sent, cue)  # "согласилась купить", "согласилась безвозмездно передать"
        if tense == "futr" or (pos == "INFN" and not agreed) or any(t.keys & RU_FUTURE_AUX and t.low in ("будет", "будут", "станет",
                                                                                         "станут") for t in win) or \
                _ought_to_be(win):
            future = True
        notes["tense"] = tense or ("infinitive" if pos == "INFN" else None)
    else:
        agreed = _agreed_en(sent, cue, clause)
        tense = _tense_en(sent, cue, clause)
        future = tense == "future"
        notes["tense"] = tense
    if discussed:
        notes["cues"] = discussed
        return "discussed", notes
    if agreed and (ordered or not d.ru):
        # "Russia has agreed to deliver / hand over ...", "Россия согласилась поставить ...": the agreement is
        # made, the transfer still to come: an order, never the transfer verb's own stage (delivered)
        notes["cues"] = ordered or [d.text[sent.toks[cue.tok - 2].start:cue.stop]]
        return "ordered", notes
    if planned or future:
        notes["cues"] = planned or [cue.text]
        if cue.stage:
            notes["target_status"] = cue.stage
        return "planned", notes
    ahead = signing_ahead(d, sent, clause.start, clause.stop, free)
    if not ahead and (cue.stage == "ordered" or ordered) and not d.in_frame(sent, cue.start):
        ahead = signing_resumed(d, sent, clause)
    # another cue of a done stage told in the future ("the contract ..., the first vehicles will arrive in 2015",
    # "подпишет контракт ..., первая машина которой придет в 2011 году") is a plan, not a done stage
    # another cue under a negation of its own adds no stage ("the S-400 battalion delivered by Russia had not yet taken
    # up combat duty", "переданный Россией, пока не заступил на боевое дежурство": delivered, not in service)
    others = {id(c): c.stage if c is cue else None if negated_own(sent, clause, _verb_at(sent, c)) else _cue_stage(d, sent, clause, c)
              for c in cues}
    if ahead and not any(others[id(c)] and others[id(c)] not in ("ordered", "planned") for c in cues if free(c.start)):
        # "the contract for four Su-30SM will be signed next year": no order exists yet
        notes["cues"] = [ahead]
        notes["target_status"] = "ordered"
        return "planned", notes
    stages = [others[id(c)] for c in cues if others[id(c)] and free(c.start) and not d.in_frame(sent, c.start)]
    if ordered:
        stages.append("ordered")
    if cue.stage:
        stages.append(cue.stage)
    if not stages:
        # "deliveries were completed / began": delivered; "will begin": planned
        if cue.side == "station":
            # "the deployment of S-400 systems from Russia's Far East began this week", "размещение ... завершилось": a
            # placement begun or done hands nothing over
            return None, notes
        if not d.ru:
            m = EN_DONE.search(d.text[seg_start:seg_stop].lower())
            if m:
                before = d.text[seg_start:seg_start + m.start()].lower()
                return ("planned" if re.search(r"\b(?:will|to|would|shall)\s+(?:be\s+)?$", before)
                        else "delivered"), notes
        else:
            for t in toks:
                if t.keys & RU_DONE:
                    pos, tense, _ = verb_info(t.text)
                    return ("planned" if tense == "futr" or pos == "INFN" else "delivered"), notes
        return None, notes
    best = max(stages, key=lambda s: STAGE_RANK[s])
    notes["cues"] = [c.text for c in cues if c.stage]
    return best, notes


def _verb_at(sent: Sent, c: Cue) -> int:
    """The token of the cue's verb: the cue itself, or the word before a cue that opens with its preposition ("has not
    gone on combat duty", "не поставлен на боевое дежурство")."""
    first = c.text.split()[0].lower() if c.text.strip() else ""
    return c.tok - 1 if first in ("on", "onto", "into", "на") and c.tok > 0 else c.tok


def _cue_stage(d: Doc, sent: Sent, clause: Clause, c: Cue) -> Optional[str]:
    """The stage another cue of the clause adds: a done stage whose own verb is future ("will arrive", "придут") adds
    only a plan."""
    if c.stage not in ("delivered", "in_service"):
        return c.stage
    if d.ru:
        pos, tense, _ = verb_info(_ru_verb(sent, c, clause))
        return "planned" if pos == "VERB" and tense == "futr" else c.stage
    return "planned" if _tense_en(sent, c, clause) == "future" else c.stage


def holds_when_reported(d: Doc, sent: Sent, clause: Clause, cue: Cue) -> bool:
    """Does the clause assert a state that holds when it is reported (present tense)?"""
    toks = [t for t in d.toks_in(sent, clause.start, clause.stop) if not d.in_frame(sent, t.start)]
    if d.ru:
        past = False
        for t in toks:
            pos, tense, _ = verb_info(t.text)
            if pos == "VERB" and tense == "pres":
                return True
            if pos == "VERB" and tense == "past":
                past = True
            if pos == "ADJS" or (pos == "PRTS" and not past):
                return True
        # "две батареи уже на боевом дежурстве": a state named without a verb holds as of the report
        return not past and any(c.text.lower().startswith("на ") for c in transfer_cues(d, sent, clause))
    lows = [t.low for t in toks]
    if any(w in EN_PAST for w in lows):
        return False
    if any(w in EN_PRESENT for w in lows):
        return True
    if any(w in PRESENT_VERBS_EN for w in lows):
        return True
    # a headline without a verb ("Belarus in talks with Russia on ...")
    return sent.index == 0 and not any(PAST_FORM_EN.fullmatch(w) for w in lows)


# "Ранее белорусские военные получили ...", "the systems Moscow transferred earlier", "has already received":
# a transfer done before the report, with no date of its own
EARLIER_EN = frozenset({"earlier", "previously", "already"})
EARLIER_RU = frozenset({"ранее", "прежде", "уже"})


def done_before_report(d: Doc, sent: Sent, clause: Clause) -> str:
    """The adverb that puts an undated transfer before the report ("earlier", "ранее", "already"); "" when
    the clause has none. The fact then takes the report's date (the statement's, else the publication's), and
    its details say the transfer came before it."""
    words = EARLIER_RU if d.ru else EARLIER_EN
    for t in d.toks_in(sent, clause.start, clause.stop):
        if t.low in words and not d.in_frame(sent, t.start):
            return t.text
    return ""
