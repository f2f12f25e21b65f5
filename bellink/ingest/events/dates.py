"""Which date an event takes.

The time expression in the event's own clause, outside the reporting frame (and never a dateline:
"MINSK, May 29 —"). Without one, a stage asserted in a statement (the statements stage's span,
quotation marks, or a reporting frame in the sentence) takes the statement's date: the reporting
verb's time expression, else the statement's date, else the publication date. The choice: a stage is
what the text asserts, and it is asserted as of that day ("is in talks ..., he said on Tuesday"); for
a past stage the report is an upper bound, not a guess, and ``details['date_from']`` ("own",
"statement", "publication") says which it is. A narrator's present-tense fact ("Россия выполняет
контракт") takes the publication date the same way; a narrator's past fact with no date stays undated.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Optional

from bellink.ingest.events.lexicons import (CONTRACT_LITERALS, CONTRACT_NOUN, CONTRACT_NOUN_EN, CONTRACT_SIGNING, FAIR,
                                            FAIR_ACT, FAIR_SHOW)
from bellink.ingest.time import dating
from bellink.ingest.model import DateRef

if TYPE_CHECKING:
    from bellink.ingest.events.document import Clause, Doc, Sent


def event_date(d: Doc, sent: Sent, clause: Clause, trigger: int, present: bool, kinds=None, stage=None) -> tuple:
    """(DateRef or None, how): the clause's own time, else the statement's when the stage is current. ``stage``
    (a delivery's status) lets a contract's own date ("по контракту 2020 года") pass by a stage other than ordered."""
    a = d.a
    own = []
    frame_t = []
    for t in dating.timexes_in(a, sent.index):
        if _dateline(d, sent, t):
            continue
        if d.in_frame(sent, t.start, t.stop):
            frame_t.append(t)
        elif clause.start <= t.start < clause.stop and (kinds is None or t.kind in kinds):
            own.append(t)
    if own:
        own = [t for t in own if not side_phrase(d, sent, clause, t, trigger)]
    if own:
        from bellink.ingest.events.deliveries.guards import set_aside  # (guards reads dates' neighbours)

        aside = set_aside(d, sent)
        # "Instead of the planned delivery in 2023, the Su-30SM arrived in March 2024": the set-aside time is not the
        # clause's
        own = [t for t in own if not any(s <= t.start < e for s, e in aside)] if aside else own
    if len(own) > 1:
        # "came from Russia in December 2022 and went on duty a month later": a time before "and" ends the predicate
        # before the trigger's; the trigger's own time follows it
        after = [t for t in own if t.start >= trigger]
        if after:
            own = [t for t in own if t.start >= trigger or not AND_BEFORE.search(d.text, t.stop, trigger)]
            # "Tor-M2K systems ordered from Russia a year ago would be delivered before the end of the year",
            # "комплексы, заказанные год назад, поступят до конца года": the subject's participle has its own time
            own = [t for t in own if t.start >= trigger or not _subject_participle_time(d, clause, t, trigger)]
    if len(own) > 1 and stage == "planned" and _infinitive_at(d, sent, trigger):
        # "signed a letter of intent last year to buy 12 Su-30SM2 in 2026", "в прошлом году решил закупить ... в 2026
        # году": a time after the infinitive is the plan's own; one before it dates the verb that governs it
        after = [t for t in own if t.start >= trigger]
        if after:
            own = after
    if own:
        # "intends to complete the depot on 1 June and has already given Minsk the Tor-M2": a time before "and"
        # dates the first predicate (its verb before the time), not the one the trigger heads after "and"
        own = [t for t in own if not _earlier_conjunct(d, clause, t, trigger)]
    if own and stage in ("delivered", "in_service", "ordered") and d.a.document.published:
        # "..., as Belarus took delivery of the last of its Mi-35M" beside "will send ... next year": a stage done by
        # the report is never dated after it ("has signed a contract for 300 more, to be shipped in 2010": the
        # signing is not in 2010)
        own = [t for t in own if not after_report(d, t)]
    if own and stage not in (None, "ordered"):
        kept = [t for t in own if not contract_phrase(d, clause, t, trigger)]
        if kept or stage not in ("planned", "discussed"):
            own = kept  # (a contract still to be signed, and no other time: "will be signed next year" is the plan's)
    if own:
        excl = [t for t in dating.timexes_in(a, sent.index) if t not in own]
        t = dating.governing_timex(a, sent.index, trigger, exclude=excl)
        if t is None:
            t = min(own, key=lambda x: abs(x.start - trigger))
        if t.value is None:
            return DateRef(value=None, precision=None, method=t.method, text=t.text), "unresolved"
        return dating.to_dateref(t), "own"
    head = heading_time(d, sent)
    if head is not None:
        return dating.to_dateref(head), "heading"  # "Март. В бригаду поступила третья батарея «Тор-М2»"
    if stage in ("ordered", "delivered", "in_service"):
        fair = fair_year(d, clause)
        pub = d.a.document.published
        if fair is not None and (not present or not pub or not pub.startswith(fair.value)):
            return fair, "own"  # "по контракту, заключенному на форуме «Армия-2015»" in a 2016 report: 2015
    if not present:
        return None, None
    st = statement_at(a, trigger)
    if frame_t:
        t = min(frame_t, key=lambda x: abs(x.start - trigger))
        if t.value:
            return dating.to_dateref(t), "statement"
    if st is not None and a.statements[st].date is not None and a.statements[st].date.value:
        return a.statements[st].date, "statement"
    pub = dating.publication_date(a)
    if sent.index == 0 and pub is not None and "\n" in d.text[sent.stop:sent.stop + 3] and \
            sent.text.rstrip()[-1:] not in ".!?":
        lead = lead_day(d)
        if lead is not None:
            return lead, "statement"  # a headline tells the lead's news: "asks Russia for ..." is the lead's "said on 21 May"
    if pub is not None:
        return pub, "publication"
    return None, None


# --- a chronology's heading ----------------------------------------------------------------------------------------
#
#   "Март.\n В 120-ю бригаду поступила третья батарея «Тор-М2»."     delivered: March (the heading's)
#   "12 March.\n The contract for 12 Su-30SM was signed in Moscow."   ordered: 12 March
# A paragraph that opens with a time expression standing alone as a sentence dates the facts of the paragraph that
# have no time of their own. Not a heading: a time inside a sentence of words ("In March, ..." dates its own sentence).
HEADING_REST = re.compile(r"[\s.:;,–—-]*")
PARAGRAPH_BACK = 8  # sentences a heading reaches


def heading_time(d: Doc, sent: Sent):
    """The time expression heading ``sent``'s paragraph (a sentence of its own before it), or None."""
    i = sent.index
    for _ in range(PARAGRAPH_BACK):
        if i == 0 or "\n" in d.text[d.sents[i - 1].stop:d.sents[i].start]:
            break
        i -= 1
    else:
        return None
    if i == sent.index:
        return None
    head = d.sents[i]
    times = dating.timexes_in(d.a, head.index)
    if len(times) != 1 or not times[0].value:
        return None
    t = times[0]
    if not HEADING_REST.fullmatch(d.text, head.start, t.start) or not HEADING_REST.fullmatch(d.text, t.stop, head.stop):
        return None
    return t


# --- a fair named with its year ---------------------------------------------------------------------------------
#
#   "under the contract concluded at the Army-2020 forum"                    ordered: 2020
#   "Контракт на поставку четырех Як-130 подписан на авиасалоне МАКС-2015"    ordered: 2015
# Not a fair: "at Zapad-2021" (an exercise), "the Army-2020 forum closes on Sunday" (no act at it), a fair in a
# report of the same year (the report's day is the finer date).
NAMED_YEAR = re.compile(r"[«\"“]?(?P<name>[^\W\d_]+)\s?[-‑–]\s?(?P<year>(?:19|20)\d\d)(?!\d)[»\"”]?")
AT_EVENT = re.compile(r"(?i)(?:\b(?:at|during)|(?<!\w)(?:на|в\s+ходе|во\s+время|в\s+рамках))\s+(?:the\s+)?"
                      r"(?:[^\W\d_][\w-]*\s+){0,3}?[«\"“]?$")
NEXT_WORD = re.compile(r"[»\"”]?\s*([^\W\d_]+)")


def fair_year(d: Doc, clause: Clause) -> Optional[DateRef]:
    """The year of a fair or forum named with it ("at the Army-2020 forum", "на салоне МАКС-2015") where the clause's
    act took place, or None."""
    text = d.text
    if "-" not in text[clause.start:clause.stop] and "‑" not in text[clause.start:clause.stop]:
        return None
    for m in NAMED_YEAR.finditer(text, clause.start, clause.stop):
        lo = max(clause.start, m.start() - 60)
        at = AT_EVENT.search(text, lo, m.start())
        if at is None:
            continue
        after = NEXT_WORD.match(text, m.end(), min(clause.stop, m.end() + 30))
        phrase = text[at.start():m.start()] + m.group("name") + " " + (after.group(1) if after else "")
        if not FAIR.search(phrase):
            continue
        # the fair dates the contract signed at it, not the systems shown there ('received the Tor-M2K shown at the
        # Army-2020 forum'): a contract or signing word before it in the clause, no showing between
        before = list(FAIR_ACT.finditer(text, max(clause.start, at.start() - 80), at.start() + len(at.group(0))))
        after_act = FAIR_ACT.search(text, m.end(), min(clause.stop, m.end() + 40))
        if before and not FAIR_SHOW.search(text, before[-1].end(), m.start()) or \
                after_act is not None and not FAIR_SHOW.search(text, m.end(), after_act.start()):
            return DateRef(value=m.group("year"), precision="year", method="explicit", text=m.group(0).strip("«»\"“”"))
    return None


# --- each system of a list its own time: "MT-LB tractors in March and T-72A tanks in the summer" ------------------
#
#   "Belarus shipped MT-LB tractors to Russia in March and T-72A tanks in the summer"    MT-LB March, T-72A summer
#   "Беларусь отправила в Россию тягачи МТ-ЛБ в марте и танки Т-72А летом"                 МТ-ЛБ март, Т-72А лето
# Only when two systems of the clause each have a time right after them (at most three words between, no stop):
# one time after a list ("MT-LB and T-72A in March") dates them all, as before.
PAIR_GAP = re.compile(r"\s*(?:[^\W\d_][\w-]*\s+){0,3}")


def paired_time(d: Doc, sent: Sent, clause: Clause, key: str):
    """The time expression right after the clause's mention of the system ``key`` when another system of the
    clause has a time of its own right after it, else None."""
    ms = [m for m in sent.mentions if m.type == "weapon_system" and clause.start <= m.start < clause.stop]
    if len(ms) < 2:
        return None
    times = [t for t in dating.timexes_in(d.a, sent.index) if clause.start <= t.start < clause.stop and t.value
             and not d.in_frame(sent, t.start)]
    if len(times) < 2:
        return None

    def after(m):
        t = next((t for t in times if t.start >= m.stop), None)
        return t if t is not None and PAIR_GAP.fullmatch(d.text, m.stop, t.start) else None

    fam = d.family(key)
    mine = [after(m) for m in ms if d.family(m.key) == fam]
    others = [after(m) for m in ms if d.family(m.key) != fam]
    if len(mine) != 1 or mine[0] is None or not any(o is not None and o is not mine[0] for o in others):
        return None
    return mine[0]


def _headline(d: Doc) -> bool:
    sent = d.sents[0] if d.sents else None
    return sent is not None and "\n" in d.text[sent.stop:sent.stop + 3] and sent.text.rstrip()[-1:] not in ".!?"


def _lead_index(d: Doc) -> Optional[int]:
    if not d.sents or not _headline(d):
        return None  # a passage without a headline tells no news of the day that can be told from background
    body = [s for s in d.sents[1:6] if len(s.toks) > 8][:1]  # (not a byline)
    return body[0].index if body else None


def in_lead(d: Doc, sent: Sent) -> bool:
    """Is ``sent`` the headline or the lead (the first body sentence), whose news the report tells as of its day?"""
    if "lead_index" not in d.cue_cache:
        d.cue_cache["lead_index"] = _lead_index(d)
    return sent.index == d.cue_cache["lead_index"] or sent.index == 0 and _headline(d)


def lead_day(d: Doc) -> Optional[DateRef]:
    """The day the lead reports (its first day-precision time expression in the week before publication, never the
    dateline's), or None: the date a headline's present tense stands for ("Belarus asks Russia for two Pantsir-S1
    batteries" over "Belarus has asked ..., Ravkov said on 21 May")."""
    if "lead_day" in d.cue_cache:
        return d.cue_cache["lead_day"]
    got = None
    pub = d.a.document.published
    body = [s for s in d.sents[1:6] if len(s.toks) > 8][:1]  # the lead: the first body sentence (not a byline)
    if pub and len(pub) == 10 and body:
        from datetime import date

        sent = body[0]
        for t in dating.timexes_in(d.a, sent.index):
            if t.precision != "day" or not t.value or len(t.value) != 10 or _dateline(d, sent, t):
                continue
            days = (date.fromisoformat(pub) - date.fromisoformat(t.value)).days
            if 0 <= days <= 7:
                got = dating.to_dateref(t)
            break
    d.cue_cache["lead_day"] = got
    return got


def _span_lo(t):
    from bellink.dates import bounds

    try:
        return bounds(t.value, t.end)[0]
    except ValueError:
        return None


def _report_end(d: Doc):
    from bellink.dates import bounds

    try:
        return bounds(d.a.document.published)[1]
    except ValueError:
        return None


# the infinitive marker right before a trigger, an adverb allowed: "to buy", "to quickly receive"
TO_BEFORE = re.compile(r"(?i)\bto\s+(?:[a-z]+ly\s+)?$")


def _infinitive_at(d: Doc, sent: Sent, trigger: int) -> bool:
    """Is the word at ``trigger`` an infinitive ("to buy", "закупить")?"""
    if not d.ru:
        return TO_BEFORE.search(d.text, max(sent.start, trigger - 20), trigger) is not None
    from bellink.ingest.events.words import verb_info

    k = d.tok_at(sent, trigger)
    return k < len(sent.toks) and sent.toks[k].start == trigger and verb_info(sent.toks[k].text)[0] == "INFN"


def after_report(d: Doc, t) -> bool:
    """Does the time expression ``t`` begin after the report's last day (the report has a date)?"""
    if not t.value or not d.a.document.published:
        return False
    end, lo = _report_end(d), _span_lo(t)
    return end is not None and lo is not None and lo > end


# "and" with at most three auxiliaries or adverbs right before the trigger: the trigger heads a predicate of its own
AND_PREDICATE = re.compile(r"(?i)\s(?:and|и)\s+(?:(?:has|have|had|will|would|is|are|was|were|already|also|then|now|уже|также|"
                           r"затем|теперь|тоже)\s+){0,3}$")
# what may stand between the time and that "and": no comma, no other clause
AND_GAP = re.compile(r"[^,;:()«»\"“”.!?–—]{0,40}")


def _earlier_conjunct(d: Doc, clause: Clause, t, trigger: int) -> bool:
    """Is the time ``t`` the first of two coordinated predicates' and the trigger the second's ("... on July 1 and has
    already handed over ...", "... в июле и уже передала ...")? Only when a verb stands before the time in the clause
    (in "In 2021 Russia built the site and handed over the systems" the opening time dates both)."""
    from bellink.ingest.time.words import _markers

    if t.stop > trigger:
        return False
    hit = AND_PREDICATE.search(d.text, t.stop, trigger)
    if hit is None or AND_GAP.fullmatch(d.text, t.stop, hit.start()) is None:
        return False
    lang = "ru" if d.ru else "en"
    before = {k for _, _, k in _markers(d.text[clause.start:t.start], lang) if k != "past_phrase"}
    if not before:
        return False
    if ALREADY.search(hit.group(0)):
        return True  # "... and has already handed over": the second predicate is done, whatever the first's time
    # (two predicates of one tense, "finished the site on July 1 and handed over the systems", may share the time)
    after = {k for _, _, k in _markers(d.text[hit.start():min(clause.stop, trigger + 40)], lang) if k != "past_phrase"}
    return bool(after) and not after & before


ALREADY = re.compile(r"(?i)\b(?:already|уже)\b")


AND_BEFORE = re.compile(r"(?i)\s(?:and|и|а)\s+(?:then\s+|затем\s+|уже\s+|already\s+)?(?:[^\W\d_]+\s*)?$")


# --- time expressions of another predicate in the same clause --------------------------------------------------
#
#   "Minsk had asked for a battery, on top of the two it took in 2011 and 2012"   discussed: not 2011 (an addition)
#   "Russia was ready to supply Su-30SM, adding that a contract was due by the end of next year"   not next year
#   "мы приняли их в конце прошлого года, расчеты уже несут боевое дежурство"   in_service (now): not last year
#   "В прошлом году, как сообщил министр в январе, Беларусь получила ..."   delivered: last year, not January
# Not a participial phrase: "по контракту, подписанному в августе", "The longest train, photographed on Sept. 19, carried
# 17 tanks" (it dates the noun it follows, often the stage itself).

ADDING = re.compile(r"(?i),\s*(?:adding|noting|saying|stressing|explaining|добавив|отметив|подчеркнув|уточнив|"
                    r"заявив|пояснив)\b")
# "in addition to the eight it received in 2019", "to join the one it received in 2022", "в дополнение к первому,
# полученному в 2022 году": a batch the clause sets beside its own
# the words that set another batch beside the clause's own; also the head of the earlier-batch phrase
# (deliveries/coordination.py: "in addition to the pair delivered last autumn")
ADDITION_HEAD = r"\bin\s+addition\s+to|\bon\s+top\s+of|(?<!\w)в\s+дополнение\s+к"
BACKGROUND = re.compile(r"(?i)(?:" + ADDITION_HEAD + r"|\bto\s+join|\bapart\s+from|(?<!\w)помимо)\s")
# ", как сообщил министр в январе,", ", as the minister said in January,": a parenthetical report inside the clause
AS_REPORTED = re.compile(r"(?i)(?:^|,)\s*(?:как|as)\s+(?:[\w-]+\s+){0,3}?(?:\w+(?:ал|ил|ел|ял)(?:а|и|о)?|said|told|wrote|"
                         r"\w+ed)(?!\w)")
PRESENT_DUTY = re.compile(r"(?i)(?:\b(?:is|are)\s+(?:already\s+|now\s+)?(?:on|in)\s|\b(?:несут|несет|несёт|"
                          r"наход(?:и|я)тся|сто(?:и|я)т)\b)")


# ", promised in", ", обещанные в": a participle set off by a comma right before the time, between the subject and
# its finite verb
OTHER_CONTRACT_SIGNED = re.compile(r"(?i)\b(?:current|existing|previous|earlier|old|first|текущ\w+|действующ\w+|"
                                   r"прежн\w+|предыдущ\w+|перв\w+)\s+(?:contract|deal|agreement|order|контракт\w*|"
                                   r"договор\w*|соглашени\w+)\s*,\s*(?:signed|concluded|inked|placed|подписанн\w+|"
                                   r"заключенн\w+|заключённ\w+)\s+(?:[\w-]+\s+){0,2}$")
ASIDE_PARTICIPLE = re.compile(r"(?i),\s*(?:first\s+|originally\s+|initially\s+|ещ[её]\s+|изначально\s+)?(?:[a-z]+ed|"
                              r"flown|sent|brought|bought|sold|built|taken|given|"
                              r"[а-яё]+(?:нн|вш|т)(?:ые|ый|ая|ое|ых|ой|ому|ым|ую)|[а-яё]+вш(?:ие|ий|ая|ее|их|им|ую|ей))\s+(?:[\w-]+\s+){0,3}$")


# a participle on the subject, ending in the time expression ("ordered from Russia a year ago", "заказанные у
# России год назад"), and between it and the verb only an auxiliary or adverb
SUBJECT_PARTICIPLE = re.compile(r"(?i)(?:\b(?:[a-z]{3,}ed|bought|sold|built|sent|made|given|taken)|(?<!\w)[а-яё]+"
                                r"(?:нн|вш|т)(?:ые|ый|ая|ое|ых|ую))\s+(?:[\w-]+\s+){0,4}$")
TO_THE_VERB = re.compile(r"(?i)[\s,]*(?:(?:will|would|should|must|is|are|was|were|be|been|has|have|had|now|still|also|"
                         r"only|finally|"
                         r"будут|будет|должны|должен|должна|уже|теперь|наконец)\s+)*")


def _subject_participle_time(d: Doc, clause: Clause, t, trigger: int) -> bool:
    text = d.text
    if t.stop > trigger or not TO_THE_VERB.fullmatch(text, t.stop, trigger):
        return False
    lo = max(clause.start, t.start - 50)
    return SUBJECT_PARTICIPLE.search(text[lo:t.start]) is not None and "," not in text[lo:t.start].rstrip(", ")


def side_phrase(d: Doc, sent: Sent, clause: Clause, t, trigger: int) -> bool:
    """Does the time expression ``t`` lie in a phrase of another predicate than the one at ``trigger``: an
    ", adding that ..." after it, an "on top of / в дополнение к ..." addition, or an earlier clause before a
    present-tense service entry?"""
    text = d.text
    lo, hi = clause.start, clause.stop
    low = _clause_low(d, clause)
    said = any(w in low for w in SIDE_WORDS)
    if said and trigger < t.start and ADDING.search(text, trigger, t.start):
        return True
    for s_, e_ in background_spans(d, clause, trigger):
        if s_ <= t.start < e_:
            return True
    for hit in AS_REPORTED.finditer(text, lo, hi) if said else ():
        end = _phrase_end(text, hit.end(), hi)
        if hit.start() <= t.start < end and not hit.start() <= trigger < end:
            return True  # "В прошлом году, как сообщил министр в январе, Беларусь получила ...": when it was said
    if t.stop <= trigger and ASIDE_PARTICIPLE.search(text, max(lo, t.start - 40), t.start) and \
            re.fullmatch(r"[^,]*,\s*(?:(?:will|would|had|have|has|were|was|are|is|should|must|будут|будет|должны)\s+)?"
                         r"(?:(?:only|just|finally|лишь|только|наконец)\s+)?", text[t.stop:trigger]):
        return True  # "The first S-300PS battalions, promised in 2005, arrived only in 2006": the aside's own time
    if t.start > trigger and OTHER_CONTRACT_SIGNED.search(text, max(lo, t.start - 60), t.start):
        return True  # "will order four more Su-30SM once the current contract, signed in 2017, is fulfilled": the
        # signing of another contract the clause names after its verb, set off by commas, is not the order's time
    if t.stop <= trigger and PRESENT_DUTY.search(text, max(lo, trigger - 25), min(hi, trigger + 25)) and \
            re.search(r",|\s(?:and|и)\s", text[t.stop:trigger]):
        return True  # "..., расчеты уже несут боевое дежурство": a state as of the report, not of the earlier clause
    return False


# --- the contract's own date beside another stage ---------------------------------------------------------------
#
#   "Первые четыре машины по контракту 2020 года армия получила в ноябре 2021-го"       delivered: November 2021
#   "в 2015 году Минск рассчитывает получить ... Як-130, контракт на которые планируется подписать в декабре"  2015
#   "a contract for four Yak-130 combat trainers, signed in December, would be fulfilled in 2015"           2015
#   "The jets were handed over under a 2017 contract"                 delivered: not 2017 (the report's date)
# Not a contract phrase: "the last jets under the contract arrived in 2020" (a plain time of the clause's verb).

# (the contract nouns and signing verbs are contract_words.tsv's, which every contract rule asks)
# from the contract noun to the time expression: its genitive year ("по контракту 2020 года", "contract of 2017"), or
# a participle / relative clause on it ("signed in December", "подписанному в августе", "на которые ... в декабре"),
# after an optional phrase of what it is for ("a contract for four Yak-130 combat trainers, signed in ...")
CONTRACT_TO_TIME = re.compile(
    r"(?i)(?:\s+(?:for|with|on|на|с|о)\s+[^,;.:()]{0,60}?)?"
    r",?\s+(?:(?:which|that)\s+(?:was|had\s+been|is|has\s+been|will\s+be)\s+|(?:на\s+)?котор\w+\s+"
    r"(?:[^,;.:()\s]+\s+){0,3}?)?(?:" + CONTRACT_SIGNING + r")\b[^,;.:()]{0,30}?\s$")
# "по контракту 2020 года", "the contract of 2017": the year right after the noun
CONTRACT_YEAR = re.compile(r"(?i)\s+(?:of\s+)?$")
YEAR_ONLY = re.compile(r"(?i)(?:19|20)\d\d(?:\s*(?:года|г\.))?")
TIME_BEFORE_CONTRACT = re.compile(r"(?i)\s*(?:[\w-]+\s+)?(?:" + CONTRACT_NOUN_EN + r")\b")


def contract_phrase(d: Doc, clause: Clause, t, trigger: int) -> bool:
    """Does the time expression ``t`` date a contract named beside the stage at ``trigger`` (its year, a
    participle or relative clause on it) rather than the stage itself?"""
    low = _clause_low(d, clause)
    if not any(w in low for w in CONTRACT_LITERALS):
        return False
    text = d.text
    if TIME_BEFORE_CONTRACT.match(text, t.stop, clause.stop) and YEAR_ONLY.fullmatch(t.text.strip()) and \
            not t.start <= trigger < t.stop + 40:
        return True  # "under a 2017 contract"
    for hit in CONTRACT_NOUN.finditer(text, max(clause.start, t.start - 120), t.start):
        if hit.end() <= trigger < t.stop:
            continue  # the stage's own verb is in the phrase ("контракт на которые планируется подписать")
        between = text[hit.end():t.start]
        if CONTRACT_TO_TIME.match(between) or CONTRACT_YEAR.match(between) and YEAR_ONLY.fullmatch(t.text.strip()):
            return True
    return False


def background_spans(d: Doc, clause: Clause, cue_at: int) -> list:
    """(start, stop) of the phrases of ``clause`` that set another batch beside the one at ``cue_at``: after the cue
    they run to the clause's end ("ordered four more, in addition to the eight it received in 2019 and 2020"), before
    it to their comma ("In addition to the two received in 2019, Belarus ordered ...")."""
    text = d.text
    low = _clause_low(d, clause)
    if not any(w in low for w in BACKGROUND_WORDS) or not BACKGROUND.search(text, clause.start, clause.stop):
        return []
    out = []
    for hit in BACKGROUND.finditer(text, clause.start, clause.stop):
        if hit.start() > cue_at:
            out.append((hit.start(), clause.stop))
        else:
            end = _phrase_end(text, hit.end(), clause.stop)
            if end <= cue_at:
                out.append((hit.start(), end))
    return out


# every BACKGROUND match holds one of these (a plain ``in`` is far cheaper than the IGNORECASE alternation)
BACKGROUND_WORDS = ("addition", "top of", "join", "apart", "дополнени", "помимо")
SIDE_WORDS = ("adding", "noting", "saying", "stressing", "explaining", "добавив", "отметив", "подчеркнув", "уточнив",
              "заявив", "пояснив", "как ", "as ")


def _clause_low(d: Doc, clause: Clause) -> str:
    key = ("clause_low", clause.start, clause.stop)
    got = d.cue_cache.get(key)
    if got is None:
        got = d.cue_cache[key] = d.text[clause.start:clause.stop].lower()
    return got


def _phrase_end(text: str, start: int, hi: int) -> int:
    stop = re.compile(r"[,;:()]|\s[-–—]\s").search(text, start, hi)
    return stop.start() if stop else hi


# what may stand between a dateline's date and the lead's first word: the year, the agency ("(BelTA)",
# "/ТАСС/", "INTERFAX.RU"), then a dash or a full stop
DATELINE_BEFORE = re.compile(r"\s*(?:[A-ZА-ЯЁ][A-ZА-ЯЁa-zа-яё.-]*\s*){1,3}(?:,\s*(?:[A-ZА-ЯЁ][A-ZА-ЯЁa-zа-яё.-]*\s*){1,3})?"
                             r"[,.]\s*")  # "KUBINKA, Moscow Region, Aug. 23"
DATELINE_AFTER = re.compile(
    r"(?:,?\s*(?:19|20)\d\d)?(?:\s*(?:года|г\.))?[.,]?\s*"
    r"(?:\(\s*[^()\n]{1,40}\)|/[^/\n]{1,30}/|[A-ZА-ЯЁ][A-ZА-ЯЁ.\-]{2,20})?\s*[.,]?\s*(?:[—–-]|$)")


def _dateline(d: Doc, sent: Sent, t) -> bool:
    """"MINSK, May 29 — ...", "Москва. 29 июня.", "MINSK, 3 March 2020 (BelTA) - ...", "МИНСК, 3 марта /ТАСС/ -":
    the date of the report (what the lead's own "next year" or "last Friday" is read against), never the date
    of the lead's facts."""
    if not DATELINE_BEFORE.fullmatch(d.text, sent.start, t.start):
        return False
    return bool(DATELINE_AFTER.match(d.text[t.stop:min(sent.stop, t.stop + 60)]))


def statement_at(a, pos: int) -> Optional[int]:
    return a.statement_at(pos)


def quoted(d: Doc, sent: Sent, pos: int) -> bool:
    """Inside quotation marks, or in a sentence of a quote that runs on from an earlier one."""
    if dating._inside_quotes(d.text, sent.start, pos):
        return True
    return _quote_open_before(d)[sent.index]


def _quote_open_before(d: Doc) -> dict:
    """Sentence index -> whether more quotes opened than closed in the text before it («» or “”), counted once
    for the document as it goes (counting the whole text before each sentence grew with the square of it)."""
    got = d.cue_cache.get("open_quote")
    if got is None:
        got = d.cue_cache["open_quote"] = {}
        counts = dict.fromkeys("«»“”", 0)
        done = 0
        for s in sorted(d.sents, key=lambda s: s.start):
            for ch in counts:
                counts[ch] += d.text.count(ch, done, s.start)
            done = max(done, s.start)
            got[s.index] = counts["«"] > counts["»"] or counts["“"] > counts["”"]
    return got

