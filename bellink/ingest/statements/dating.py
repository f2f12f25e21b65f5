"""Dating a statement: the time expression nearest its cue, outside the content and quotes.

    "Хренин 24 июня заявил, что системы прибудут к 2025 году."   24 June (not 2025: that is in the content)
    "At the time, X said ..."                                    the previous sentence's date
    otherwise                                                    the publication date, marked as such
A speaker's later words share the date and outlet of the earlier attribution ('told TASS on Wednesday',
then '..., he added').

Lexicons: statement_patterns.tsv (then).
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Optional

from bellink.ingest.time import dating
from bellink.ingest.model import DateRef
from bellink.ingest.statements.values import Cue
from bellink.ingest.statements.words import THEN


# a time a naming verb names ('назвал 15 мая датой прибытия', 'named May 15 as the date'): its object, never the day
# the words were said
NAMED_TIME = re.compile(r"\s*(?:датой|датою|сроком|днем|днём|as\s+the\s+(?:date|deadline|day))\b", re.IGNORECASE)

# how far after the dated words of someone left unknown a pronoun's words still belong to that occasion
OCCASION_SENTENCES = 6
# a title that names the holder the article just quoted ('Khrenin said on Tuesday ... The head of the military
# department added') shares that occasion only close by: further on, a title is as often a new occasion
ROLE_OCCASION_SENTENCES = 3


_PART_START = {"SP": "03", "SU": "06", "FA": "09", "WI": "12", "H1": "01", "H2": "07", "Q1": "01", "Q2": "04",
               "Q3": "07", "Q4": "10"}


def _starts_after(value: str, published: Optional[str]) -> bool:
    """Whether a normalized date ('2010-FA', '2010-06', '2011') begins after the publication day."""
    if not published or not value or not value[:4].isdigit() or not published[:4].isdigit():
        return False
    y, rest = value[:4], value[5:]
    if y != published[:4]:
        return y > published[:4]
    month = _PART_START.get(rest[:2], rest[:2]) if rest else ""
    if not month.isdigit():
        return False
    start = f"{y}-{month}" + (rest[2:5] if rest[2:3] == "-" else "")
    return start > published[:len(start)]


def _a_week(t) -> bool:
    """'told reporters last week', 'на прошлой неделе заявил', 'said this week': a calendar week the words were said
    in, dated by its Monday as a day is (a span of days such as '10-16 September' is when something lasts, not when
    it was said)."""
    if t.method != "relative" or t.precision != "day" or not t.value or not t.end:
        return False
    try:
        lo, hi = date.fromisoformat(t.value), date.fromisoformat(t.end)
    except ValueError:
        return False
    return lo.isoweekday() == 1 and (hi - lo).days == 6


class Dating:
    def date(self, cue: Cue, cs: int, ce: int) -> Optional[DateRef]:
        """The time expression nearest the cue, outside the content, the quotes and any intro before a quote."""
        a = self.a
        lo, hi = cs, ce
        if self._intro is not None:
            lo, hi = min(lo, self._intro[0]), max(hi, self._intro[1])
        # only the cue's sentence's expressions are candidates, so only they need excluding
        exclude = [t for t in dating.timexes_in(a, cue.sentence) if (lo <= t.start < hi and not self._at_the_verb(t, cue))
                   or self.in_speech(t.start) or self._in_earlier_words(t, cue)]
        t = dating.governing_timex(a, cue.sentence, cue.start, exclude=exclude + [
            t for t in dating.timexes_in(a, cue.sentence) if t.kind == "range" and not self._week_of_saying(t, cue)],
            kinds=("date", "range"))
        if t is not None and t.value is not None and _starts_after(t.value, a.document.published):
            # '..., a spokesman said, and the crews are due on duty in the autumn': words are never spoken after
            # the article that reports them; that time is another clause's
            t = None
        if t is not None and t.value is not None:
            return dating.to_dateref(t)
        if t is not None:
            return DateRef(value=None, precision=None, method=t.method, text=t.text)
        s = a.sentences[cue.sentence]
        if cue.sentence > 0 and THEN.search(self.text, s.start, cue.start):
            # 'Тогда ... говорил', 'At the time, X said': the time the previous sentence gave
            prev = [t for t in dating.timexes_in(a, cue.sentence - 1) if t.kind == "date" and t.value]
            if prev:
                return dating.to_dateref(prev[-1])
        return dating.publication_date(a)

    def _in_earlier_words(self, t, cue: Cue) -> bool:
        """Whether time ``t`` stands in the words of a statement read before in the cue's sentence, the cue outside
        them: '... arrived in March, the ministry said, adding that two batteries will follow in May' (March is the
        arrival's, not when the ministry added its words)."""
        return any(h.st.start <= t.start < h.st.stop and not h.st.start <= cue.start < h.st.stop
                   for h in self.hits_in_sentence(cue.sentence))

    def _at_the_verb(self, t, cue: Cue) -> bool:
        """A time right beside the reporting verb dates the saying even where the words' span takes in the frame
        ('В обратном направлении, как сообщило в понедельник Минобороны, из России прибыла батарея')."""
        lo, hi = (t.stop, cue.start) if t.stop <= cue.start else (cue.stop, t.start)
        if t.start >= cue.stop and NAMED_TIME.match(self.text, t.stop):
            return False  # 'назвал 15 мая датой прибытия': the day named, not the day of naming (review R4)
        return 0 <= hi - lo <= 3 and not re.search(r"[,;:()«»\"“”\u2013\u2014]", self.text[lo:hi])

    def _week_of_saying(self, t, cue: Cue) -> bool:
        """A week that dates the reporting verb itself: next to it, with no clause boundary between ('told reporters
        last week that', 'на прошлой неделе заявил'); in '... arrived last week, the ministry said, adding that ...'
        the week is the arrival's."""
        if not _a_week(t):
            return False
        lo, hi = (t.stop, cue.start) if t.stop <= cue.start else (cue.stop, t.start)
        return not re.search(r"[,;:()\u2013\u2014]", self.text[lo:hi])

    def same_occasion(self) -> None:
        """A speaker's other words in the article share the outlet of an interview and the date of the
        earlier attribution ('told TASS on Wednesday', then '..., he added')."""
        hits = sorted(self.hits, key=lambda h: h.cue_start)
        self.occasion_dates(hits)  # 'said at the talks', 'в свою очередь', 'Об этом он сказал во вторник' (occasions.py)
        interview: dict = {}
        for h in hits:
            if h.st.speaker and h.st.channel and h.channel_kind == "interview":
                interview.setdefault(h.st.speaker, h.st.channel)
        last_dated: dict = {}
        unnamed = None  # (date, sentence) of the last dated words of someone left unknown
        office_dated: dict = {}  # speaker -> (date, sentence) of the last dated words found by office alone
        for h in hits:
            st = h.st
            if st.speaker is None:
                # 'the head of state told reporters on Tuesday ... He added': still one occasion, though
                # nobody could be named
                if st.date is not None and st.date.method != "publication" and h.kind in ("role", "institution"):
                    unnamed = (st.date, h.cue_sentence)
                elif unnamed and h.kind in ("pronoun", "inherited", "role") and st.date is not None and \
                        st.date.method == "publication" and h.cue_sentence - unnamed[1] <= OCCASION_SENTENCES:
                    st.date = replace(unnamed[0])
                continue
            unnamed = None
            if st.channel is None and st.speaker in interview:
                st.channel = interview[st.speaker]
            if (st.details.get("speaker_found") or "").startswith("office"):
                # found through the knowledge base, not the article: the article never ties this person's other
                # words to that occasion, so they keep their own dates; its own date is the occasion of the pronouns
                # and role nouns that follow it closely ('the head of state told journalists on Tuesday ... He
                # said'), as it was while nobody could be named
                if st.date is not None and st.date.method != "publication":
                    office_dated[st.speaker] = (st.date, h.cue_sentence)
                elif st.date is not None and st.speaker in last_dated and h.kind == "role" and \
                        h.cue_sentence - last_dated[st.speaker][1] <= ROLE_OCCASION_SENTENCES:
                    # 'Khrenin said on Tuesday ... The head of the military department also said': the holder the
                    # office names is the one the article just quoted, on that occasion
                    st.date = replace(last_dated[st.speaker][0])
                elif st.date is not None and h.kind == "role" and st.speaker in office_dated and \
                        h.cue_sentence - office_dated[st.speaker][1] <= OCCASION_SENTENCES:
                    # 'Во вторник президент России ... заявил, что ... . «...», – подчеркнул глава государства': the
                    # role noun right after words dated and found by office takes up that occasion
                    st.date = replace(office_dated[st.speaker][0])
                continue
            took = office_dated.get(st.speaker)
            if took and h.kind in ("pronoun", "inherited", "role") and st.date is not None and \
                    st.date.method == "publication" and h.cue_sentence - took[1] <= OCCASION_SENTENCES:
                st.date = replace(took[0])
                continue
            if st.date is not None and st.date.method != "publication":
                last_dated[st.speaker] = (st.date, h.cue_sentence)
            elif (st.details.get("rule") or "").startswith("constructions:according_data"):
                # 'по данным Минобороны': the institution's figures, not words of the earlier occasion; what it
                # says after that is no longer tied to that occasion either
                last_dated.pop(st.speaker, None)
            elif st.speaker in last_dated:
                st.date = replace(last_dated[st.speaker][0])
