"""A stage discussed at the talks the article reports is dated by the day of those talks, not by the report.

    "Министры обороны во вторник провели в Москве переговоры. ... Стороны также обсудили поставку Як-130."
                                                                              discussed: that Tuesday
    "The two ministers held talks in Minsk on Tuesday. ... Moscow is ready to consider Minsk's request for
     S-400 divisions, the Russian minister said."                             discussed: that Tuesday
    "«...», – сказал Лукашенко в начале переговоров в Сочи" (dated Friday) ... "Путин заявил, что Россия готова
     рассмотреть просьбу о С-400"                                             discussed: that Friday
Not moved: a stage with a time of its own or words dated by their own attribution ("told journalists on Thursday"),
a speaker whose other words the article dates to another day (he spoke elsewhere), words told to an outlet ("a
source in the holding told RIA Novosti"), talks more than a week before the report or after it, talks named only in
what was said ("the talks were at an early stage"), a stage other than discussed, a stage more than six sentences from the one that dates the talks.

The rules date a stage by "the time the text attaches to that stage (when the talks took place ...)"; words said at
the talks and reported without a day of their own are left at the report's date by the statements stage, one day
or more after the talks. The talks' day is the first day the article gives a sentence that names talks, a meeting,
a board or a session (before the report, within a week of it), else the day of words said there.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Optional

from bellink.ingest.time import dating

if TYPE_CHECKING:
    from bellink.ingest.events.document import Doc

TALKS = re.compile(r"(?i)(?<!\w)(?:talks|negotiations|meeting|summit|board|collegium|session|переговор\w*|встреч\w*|"
                   r"саммит\w*|коллеги(?:я|и|ю|ей)|заседани\w*|совещани\w*)(?!\w)")
TOLD_OUTLET = re.compile(r"(?i)\btold\s+(?:the\s+)?(?:[A-Z][\w-]*|news\s+agency|agency|reporters\s+from)|"
                         r"(?<!\w)(?:сообщил|рассказал|заявил|сказал)\w*\s+(?:агентству|газете|телеканалу|[А-ЯA-Z][А-ЯA-Z]+)")
WEEK = 7  # days the talks may lie before the report
NEAR = 10  # sentences a stage may lie from the one that dates the talks


def _recent_day(value: Optional[str], precision: Optional[str], published: str) -> bool:
    if not value or precision != "day" or len(value) != 10:
        return False
    try:
        days = (date.fromisoformat(published[:10]) - date.fromisoformat(value)).days
    except ValueError:
        return False
    return 0 < days <= WEEK


SIDES = ("person", "country")
# a discussion still going on is no stage of past talks ("Минск и Москва обсуждают поставку", "are discussing")
ONGOING = re.compile(r"(?i)\b(?:(?:are|is)\s+(?:still\s+)?discussing|continue\s+to\s+discuss|still\s+discuss)\b|"
                     r"(?<!\w)(?:обсуждают|обсуждает|продолжают\s+обсуждать|продолжает\s+обсуждать)(?!\w)")


def _two_sides(d: Doc, sent) -> bool:
    """The talks' sentence, or the one before it, names two sides: two people or two countries ("The defence ministers
    of Russia and Belarus held talks", "Khrenin met Shoigu in Moscow. The talks took place on Tuesday."); a meeting of
    one ("Лукашенко провел совещание", "The Belarusian parliament held a session") is the narrator's, not the talks."""
    for s in d.sents[max(0, sent.index - 1):sent.index + 1]:
        for kind in SIDES:
            if len({m.key for m in s.mentions if m.type == kind}) >= 2:
                return True
    return False


def talks_day(d: Doc):
    """(DateRef of the talks' day, index of the sentence that gives it) or None (see the module docstring)."""
    a = d.a
    pub = a.document.published
    if not pub or len(pub) < 10:
        return None
    for sent in d.sents:
        if not TALKS.search(d.text, sent.start, sent.stop):
            continue
        if not _two_sides(d, sent):
            continue  # "Лукашенко провел совещание по уборочной кампании", "parliament held a session": no talks
        for t in dating.timexes_in(a, sent.index):
            if _recent_day(t.value, t.precision, pub) and not dating._inside_quotes(d.text, sent.start, t.start):
                return dating.to_dateref(t), sent.index
    for st in a.statements:
        if st.date is None or st.date.method == "publication" or not _recent_day(st.date.value, st.date.precision, pub):
            continue
        sent = a.sentences[st.sentence] if 0 <= st.sentence < len(a.sentences) else None
        if sent is None:
            continue
        # the talks named where the words were said, not in what was said ("the talks were at an early stage")
        if any(not st.start <= m.start() < st.stop for m in TALKS.finditer(d.text, sent.start, sent.stop)):
            return st.date, st.sentence
    return None


def redate_at_talks(d: Doc, events: list, discussed: bool = True) -> None:
    """Date a discussed stage left at the report's day by the talks the article reports (module docstring); with
    ``discussed`` False, the other stages told there and dated by their statement alone ("Россия согласилась
    безвозмездно передать батарею", "the contract, the minister recalled, is signed"): said at the talks, as of that
    day. Those are re-dated after the rows of a document are merged, so that the talks' day parts no two tellings of
    one stage."""
    pub = d.a.document.published
    if not pub:
        return
    candidates = [ev for ev in events if ev.kind == "delivery" and (ev.status == "discussed") == discussed and (
        ev.date is not None and ev.date.value == pub and ev.details.get("date_from") in ("statement", "publication")
        or discussed and ev.date is None and ev.statement is None)]  # (a narrator's "the sides also discussed ...": undated)
    if not candidates:
        return
    got = talks_day(d)
    if got is None:
        return
    day, at = got
    statements = d.a.statements
    elsewhere = {st.speaker for st in statements if st.speaker and st.date is not None and st.date.value
                 and st.date.method != "publication" and st.date.value != day.value}
    for ev in candidates:
        st = statements[ev.statement] if ev.statement is not None and 0 <= ev.statement < len(statements) else None
        if abs(ev.sentence - at) > NEAR:
            continue
        if ONGOING.search(d.text, d.sents[ev.sentence].start, d.sents[ev.sentence].stop):
            continue  # "Минск и Москва обсуждают поставку С-400": still being discussed, not at those talks  # far from the talks, as often words of another occasion (an earlier interview, a briefing)
        if st is not None and (st.channel is not None or TOLD_OUTLET.search(d.text, d.sents[ev.sentence].start,
                                                                              d.sents[ev.sentence].stop)):
            continue  # "..., a source in the holding told RIA Novosti": words to an outlet, not at the talks
        if st is not None and st.speaker in elsewhere:
            continue  # "..., the commander said ... he told journalists on Thursday": his own occasion
        if st is not None and st.date is not None and st.date.method != "publication":
            continue  # words dated by their own attribution
        ev.date = replace(day)
        ev.details["date_from"] = "talks"
